import type { Logger } from "../util/log.ts";
import { describeDbError, isPermanentWriteError } from "./db-errors.ts";
import { SpoolFullError } from "./spool.ts";
import type { Store } from "./store.ts";
import type { PendingInteraction, SubmitOutcome, WriteQueue, WriteQueueStatus } from "./write-queue.ts";
import type { WriteOp } from "./write-ops.ts";

/** A write that could not be stored on a host without a spool: the API answers 503 and the app retries. */
export class NoSpoolError extends SpoolFullError {
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, "name", { value: "NoSpoolError" });
  }
}

/**
 * The write queue for hosts without a disk (Cloudflare Workers): every write goes straight to the
 * database and the caller hears "stored" only once it committed. Durability is the database's alone:
 * a rating, comparison or check-in is acknowledged after its commit, and while the database is
 * unreachable those endpoints answer 503 (the app retries); an interaction's metadata record, written
 * after the answer was sent, is lost (and logged) if its write fails. `track` hands each write to the
 * host, which must keep the request alive until it settles (Workers: ctx.waitUntil).
 */
export function directWrites(options: { store: Pick<Store, "applyWrite">; log: Logger; track?: (write: Promise<unknown>) => void }): WriteQueue {
  const pending = new Map<string, { info: PendingInteraction; written: Promise<void> }>();
  let inFlight = 0;
  const counters = { rejected: 0 };

  const submit = async (op: WriteOp): Promise<SubmitOutcome> => {
    inFlight++;
    try {
      return { status: "stored", result: await options.store.applyWrite(op) };
    } catch (error) {
      if (isPermanentWriteError(error)) {
        counters.rejected++;
        throw error;
      }
      options.log.warn("database_write_failed_no_spool", { kind: op.kind, error: describeDbError(error) });
      throw new NoSpoolError("the database is unreachable and this host keeps no write spool");
    } finally {
      inFlight--;
    }
  };

  return {
    submit(op) {
      const outcome = submit(op);
      if (op.kind === "interaction") {
        const written = outcome.then(
          () => undefined,
          () => undefined,
        );
        pending.set(op.row.id, {
          info: { profile: op.row.profile, userHash: op.row.userHash ?? null, sessionId: op.row.sessionId ?? null },
          written,
        });
        void written.then(() => pending.delete(op.row.id));
      }
      options.track?.(outcome.catch(() => undefined));
      return outcome;
    },
    whenWritten: (id) => pending.get(id)?.written ?? Promise.resolve(),
    // Only while the write is under way: once it settled, the database is the truth.
    pendingInteraction: (id) => pending.get(id)?.info,
    get degraded() {
      return false;
    },
    idle: async () => {
      await Promise.all([...pending.values()].map((entry) => entry.written));
    },
    drained: async () => {
      await Promise.all([...pending.values()].map((entry) => entry.written));
    },
    status: (): WriteQueueStatus => ({ mode: "direct", inFlight, spoolBytes: 0, spooled: 0, replayed: 0, skipped: 0, rejected: counters.rejected }),
    close: async () => {
      await Promise.all([...pending.values()].map((entry) => entry.written));
    },
  };
}
