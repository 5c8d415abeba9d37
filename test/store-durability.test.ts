import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../src/store/open.ts";
import { MemorySpool, SpoolFullError } from "../src/store/spool.ts";
import { FileSpool, REJECTED_FILE, SPOOL_FILE } from "../src/store/spool-file.ts";
import type { InteractionRow } from "../src/store/schema.ts";
import type { Store } from "../src/store/store.ts";
import { openWriteQueue, type SubmitOutcome, type WriteQueue } from "../src/store/write-queue.ts";
import { interactionOp, type WriteOp } from "../src/store/write-ops.ts";
import { createLogger, silentLogger } from "../src/util/log.ts";
import { startTestPostgres, type TestPostgres } from "./helpers/postgres.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "glocal-spool-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function interaction(id: string = randomUUID()): InteractionRow {
  return {
    id,
    profile: "kr",
    language: "ko",
    languageConfidence: 0.9,
    languageMethod: "script",
    otherCulture: false,
    model: "m",
    backend: "llama",
    route: [],
    status: "ok",
    stream: false,
    latencyMs: 10,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ratingOp = (interactionId: string, value: number): WriteOp => ({
  kind: "rating",
  row: { interactionId, userHash: null, items: { fits_culture: value }, comment: null, at: new Date().toISOString() },
});

describe("file spool", () => {
  it("returns appended ops in order, across read chunks, and empties only when fully consumed", async () => {
    const dir = tempDir();
    const spool = await FileSpool.open(dir, { log: silentLogger });
    const ops = Array.from({ length: 300 }, (_, i) => interactionOp(interaction(`i-${i}`)));
    await Promise.all(ops.map((op) => spool.append(op)));
    const first = await spool.read(0, 200);
    expect(first.ops.map((op) => (op.kind === "interaction" ? op.row.id : ""))).toEqual(ops.slice(0, 200).map((_, i) => `i-${i}`));
    expect(await spool.truncateIfConsumed(first.next)).toBe(false);
    const rest = await spool.read(first.next, 1000);
    expect(rest.ops).toHaveLength(100);
    expect(rest.next).toBe(spool.size);
    expect(await spool.truncateIfConsumed(rest.next)).toBe(true);
    expect(spool.size).toBe(0);
    expect(readFileSync(join(dir, SPOOL_FILE), "utf8")).toBe("");
    await spool.close();
  });

  it("keeps what was acknowledged across a reopen and cuts off a torn last line", async () => {
    const dir = tempDir();
    const spool = await FileSpool.open(dir, { log: silentLogger });
    await spool.append(interactionOp(interaction("kept")));
    await spool.close();
    writeFileSync(join(dir, SPOOL_FILE), '{"kind":"interaction","row":{"id":"torn', { flag: "a" }); // crash mid-write
    const reopened = await FileSpool.open(dir, { log: silentLogger });
    const { ops } = await reopened.read(0, 10);
    expect(ops.map((op) => (op.kind === "interaction" ? op.row.id : op.kind))).toEqual(["kept"]);
    await reopened.append(interactionOp(interaction("after")));
    expect((await reopened.read(0, 10)).ops).toHaveLength(2);
    await reopened.close();
  });

  it("refuses appends beyond its size bound instead of growing without limit", async () => {
    const spool = await FileSpool.open(tempDir(), { log: silentLogger, maxBytes: 2000 });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => spool.append(interactionOp(interaction()))));
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.status === "rejected" && r.reason instanceof SpoolFullError)).toBe(true);
    expect(spool.size).toBeLessThanOrEqual(2000);
    await spool.close();
  });
});

describe("write queue over a real Postgres that goes away", () => {
  let server: TestPostgres;
  let url: string;
  const opened: { store?: Store; queue?: WriteQueue }[] = [];
  beforeAll(async () => {
    server = await startTestPostgres();
    url = await server.createDatabase();
  });
  afterEach(async () => {
    await server.start();
    for (const { queue, store } of opened.splice(0)) {
      await queue?.close();
      await store?.close();
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  async function countRows(table: "interactions" | "ratings", ids: string[]): Promise<number> {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const column = table === "interactions" ? "id" : "interaction_id";
      const [row] = await sql`select count(*)::int as n from ${sql(table)} where ${sql(column)} in ${sql(ids)}`;
      return row?.n as number;
    } finally {
      await sql.end({ timeout: 1 });
    }
  }

  async function open(spoolDir: string): Promise<{ store: Store; queue: WriteQueue }> {
    const store = await openStore({ dataDir: "memory://", databaseUrl: url });
    const spool = await FileSpool.open(spoolDir, { log: silentLogger });
    const queue = await openWriteQueue({
      store,
      spool,
      log: process.env.DEBUG_QUEUE ? createLogger("debug") : silentLogger,
      retryInitialMs: 50,
      retryMaxMs: 400,
      writeTimeoutMs: 3000,
    });
    opened.push({ store, queue });
    return { store, queue };
  }

  it("loses no interaction and no rating when the server stops mid-load and comes back", async () => {
    const { queue } = await open(tempDir());
    const total = 1200;
    const ids = Array.from({ length: total }, () => randomUUID());
    const outcomes: SubmitOutcome[] = [];
    let next = 0;
    let outage: Promise<void> | undefined;
    // 16 clients, each: record an interaction, then rate it, like the chat path and an app would. The
    // server stops a quarter of the way in, with writes in flight, and stays down for at least a
    // second of writes; it comes back at three quarters.
    const client = async () => {
      while (next < total) {
        const i = next++;
        if (i === total / 4) outage = Promise.all([server.stop(), sleep(1000)]).then(() => undefined);
        if (i === (3 * total) / 4) await outage?.then(() => server.start());
        const id = ids[i] as string;
        outcomes.push(await queue.submit(interactionOp(interaction(id))));
        await queue.whenWritten(id);
        outcomes.push(await queue.submit(ratingOp(id, 1 + (i % 5))));
      }
    };
    await Promise.all(Array.from({ length: 16 }, client));
    await queue.drained();

    expect(outcomes).toHaveLength(2 * total);
    const queued = outcomes.filter((o) => o.status === "queued").length;
    expect(queued).toBeGreaterThan(0); // the outage really hit the writes
    expect(queue.status()).toMatchObject({ mode: "direct", spoolBytes: 0, rejected: 0 });
    expect(await countRows("interactions", ids)).toBe(total);
    expect(await countRows("ratings", ids)).toBe(total);
  });

  it("replays a spool left by a gateway that stopped during an outage", async () => {
    const spoolDir = tempDir();
    const first = await open(spoolDir);
    await server.stop();
    const ids = Array.from({ length: 50 }, () => randomUUID());
    for (const id of ids) {
      expect(await first.queue.submit(interactionOp(interaction(id)))).toEqual({ status: "queued" });
      expect(await first.queue.submit(ratingOp(id, 4))).toEqual({ status: "queued" });
    }
    expect(first.queue.pendingInteraction(ids[0] as string)).toMatchObject({ profile: "kr" });
    await first.queue.close();
    await first.store.close();

    await server.start();
    const second = await open(spoolDir);
    expect(second.queue.degraded).toBe(true);
    expect(second.queue.pendingInteraction(ids[0] as string)).toMatchObject({ profile: "kr" });
    await second.queue.drained();
    expect(await countRows("interactions", ids)).toBe(50);
    expect(await countRows("ratings", ids)).toBe(50);
    expect(second.queue.pendingInteraction(ids[0] as string)).toBeUndefined();
  });

  it("sets aside a spooled write the database refuses for good, and replays the rest", async () => {
    const spoolDir = tempDir();
    const { queue } = await open(spoolDir);
    await server.stop();
    const id = randomUUID();
    await queue.submit(interactionOp(interaction(id)));
    await queue.submit(ratingOp(id, 9)); // out of range: the CHECK constraint refuses it on replay
    const good = randomUUID();
    await queue.submit(interactionOp(interaction(good)));
    await queue.submit(ratingOp(good, 3));
    await server.start();
    await queue.drained();
    expect(queue.status()).toMatchObject({ rejected: 1, spoolBytes: 0 });
    expect(await countRows("ratings", [id, good])).toBe(1);
    const rejected = readFileSync(join(spoolDir, REJECTED_FILE), "utf8").trim().split("\n");
    expect(rejected).toHaveLength(1);
    expect(JSON.parse(rejected[0] as string)).toMatchObject({ reason: "sqlstate 23514" });
  });

  it("answers a refused write with the error in direct mode instead of spooling it", async () => {
    const { queue } = await open(tempDir());
    const id = randomUUID();
    expect(await queue.submit(interactionOp(interaction(id)))).toEqual({ status: "stored", result: "created" });
    await expect(queue.submit(ratingOp(id, 0))).rejects.toThrow();
    expect(queue.degraded).toBe(false);
  });
});

describe("write queue with an in-memory spool", () => {
  it("writes concurrent ratings together and fails only the one the database refuses", async () => {
    const store = await openStore({ dataDir: "memory://" });
    const queue = await openWriteQueue({ store, spool: new MemorySpool(), log: silentLogger });
    const ids = Array.from({ length: 30 }, () => randomUUID());
    for (const id of ids) await queue.submit(interactionOp(interaction(id)));
    const outcomes = await Promise.allSettled(ids.map((id, i) => queue.submit(ratingOp(id, i === 7 ? 9 : 1 + (i % 5)))));
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(1);
    expect(outcomes[7]?.status).toBe("rejected");
    expect(outcomes.filter((o) => o.status === "fulfilled" && o.value.status === "stored")).toHaveLength(29);
    expect(queue.degraded).toBe(false);
    const [all] = await store.ratingCounts({ includeSynthetic: false }, []);
    expect(all?.n).toBe(29);
    await queue.close();
    await store.close();
  });

  it("keeps at most maxConcurrentBatches batches in flight and lets later ratings join the next batch", async () => {
    const store = await openStore({ dataDir: "memory://" });
    let inFlight = 0;
    let mostInFlight = 0;
    const batchSizes: number[] = [];
    const counted = new Proxy(store, {
      get(target, property) {
        const value = Reflect.get(target, property) as unknown;
        if (property !== "applyWrites" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
        return async (ops: WriteOp[]) => {
          inFlight++;
          mostInFlight = Math.max(mostInFlight, inFlight);
          batchSizes.push(ops.length);
          try {
            await new Promise((resolve) => setTimeout(resolve, 20)); // a database busy for 20 ms per round trip
            return await (value as Store["applyWrites"]).call(target, ops);
          } finally {
            inFlight--;
          }
        };
      },
    });
    const queue = await openWriteQueue({ store: counted, spool: new MemorySpool(), log: silentLogger, maxConcurrentBatches: 1 });
    const ids = Array.from({ length: 40 }, () => randomUUID());
    for (const id of ids) await queue.submit(interactionOp(interaction(id)));
    batchSizes.length = 0;
    mostInFlight = 0;
    // One rating per event-loop turn, as requests arrive: without the bound each turn sent its own batch.
    const pending: Promise<SubmitOutcome>[] = [];
    for (const [i, id] of ids.entries()) {
      pending.push(queue.submit(ratingOp(id, 1 + (i % 5))));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const outcomes = await Promise.all(pending);
    expect(outcomes.every((o) => o.status === "stored" && o.result === "created")).toBe(true);
    expect(mostInFlight).toBe(1);
    expect(batchSizes.reduce((sum, size) => sum + size, 0)).toBe(ids.length);
    expect(batchSizes.length).toBeLessThan(ids.length);
    const [all] = await store.ratingCounts({ includeSynthetic: false }, []);
    expect(all?.n).toBe(ids.length);
    await queue.close();
    await store.close();
  });

  it("spills to the spool past its in-flight bound and drains back to direct writes", async () => {
    const store = await openStore({ dataDir: "memory://" });
    const queue = await openWriteQueue({ store, spool: new MemorySpool(), log: silentLogger, maxInFlight: 4, retryInitialMs: 10 });
    const ids = Array.from({ length: 40 }, () => randomUUID());
    const outcomes = await Promise.all(ids.map((id) => queue.submit(interactionOp(interaction(id)))));
    expect(outcomes.filter((o) => o.status === "queued").length).toBeGreaterThan(0);
    await queue.drained();
    for (const id of ids) expect(await store.getInteraction(id)).toBeDefined();
    await queue.close();
    await store.close();
  });
});
