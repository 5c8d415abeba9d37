import type { ChatBackend } from "../backends/types.ts";
import type { WriteQueueStatus } from "../store/write-queue.ts";
import { withDeadline } from "../util/deadline.ts";

export interface ReadinessDeps {
  backends: ReadonlyMap<string, ChatBackend>;
  pingDatabase: () => Promise<void>;
  databaseDriver: string;
  writeStatus: () => WriteQueueStatus;
}

const USABLE = new Set(["ready", "idle", "loading"]);

/** /readyz: the database round trip and each backend's state; ready when both the store and a model can serve. */
export async function readiness(deps: ReadinessDeps) {
  const started = performance.now();
  let database: { driver: string; ok: boolean; latency_ms: number; error?: string };
  try {
    await withDeadline(deps.pingDatabase(), 2000, "no answer within 2000 ms");
    database = { driver: deps.databaseDriver, ok: true, latency_ms: Math.round(performance.now() - started) };
  } catch (error) {
    database = { driver: deps.databaseDriver, ok: false, latency_ms: Math.round(performance.now() - started), error: (error as Error).message };
  }
  const backends = [...deps.backends.values()].map((b) => {
    const h = b.health();
    return { id: b.id, kind: b.kind, demo: b.demo === true, state: h.state, detail: h.detail ?? null, queued: h.queued ?? 0 };
  });
  const anyUsable = backends.some((b) => USABLE.has(b.state));
  // Writes spool to disk while the database is down, so chat still works: "degraded", not "unavailable".
  const status = !anyUsable ? "unavailable" : database.ok ? "ready" : "degraded";
  return { status, database, writes: deps.writeStatus(), backends };
}
