import type { Logger } from "../util/log.ts";
import { describeDbError, isPermanentWriteError } from "./db-errors.ts";
import type { Spool } from "./spool.ts";
import type { Store } from "./store.ts";
import type { WriteOp, WriteResult } from "./write-ops.ts";

export type SubmitOutcome = { status: "stored"; result: WriteResult } | { status: "queued" };

/** What a pending (not yet stored) interaction write says, so dependants can be checked meanwhile. */
export interface PendingInteraction {
  profile: string;
  userHash: string | null;
  sessionId: string | null;
}

/**
 * Every database write of the gateway goes through here, so a database hiccup never loses a row and
 * never fails a chat:
 * - "direct" mode: a write is applied at once (bounded: at most `maxInFlight` at a time, each with a
 *   timeout);
 * - when one fails for a reason that may pass (connection lost, server shutting down, timeout) or the
 *   in-flight bound is hit, the queue switches to "spooling": that write and every later one is
 *   appended to the spool (durable before the caller hears "queued"), in arrival order;
 * - a retry loop with exponential backoff replays the spool in order; every op is idempotent, so a
 *   write that timed out but did land, or a replay cut short, is harmless. When the spool is empty
 *   again the queue returns to direct mode.
 * A write the database refuses for good (constraint violation) is not retried: the caller gets the
 * error in direct mode; the replay sets it aside in the spool's reject file.
 */
export interface WriteQueue {
  submit(op: WriteOp): Promise<SubmitOutcome>;
  /** Resolves when the interaction's write, if one is under way, has been stored or spooled. */
  whenWritten(interactionId: string): Promise<void>;
  /** Fields of an interaction whose write is under way or spooled; undefined once stored (or never seen). */
  pendingInteraction(interactionId: string): PendingInteraction | undefined;
  /** True while writes go to the spool. */
  readonly degraded: boolean;
  /** Resolves when no direct write is in flight. */
  idle(): Promise<void>;
  /** Resolves when the spool is empty and the queue is back in direct mode. */
  drained(): Promise<void>;
  status(): WriteQueueStatus;
  /** Stops retrying; spooled writes stay in the spool for the next start. */
  close(): Promise<void>;
}

export interface WriteQueueStatus {
  mode: "direct" | "spooling";
  inFlight: number;
  spoolBytes: number;
  spooled: number;
  replayed: number;
  /** Replayed writes whose own checks refused them (e.g. the interaction was never stored). */
  skipped: number;
  rejected: number;
}

export interface WriteQueueOptions {
  store: Pick<Store, "applyWrite" | "applyWrites">;
  spool: Spool;
  log: Logger;
  /** Direct writes in flight before new ones spill to the spool (default 512). */
  maxInFlight?: number;
  /** A direct write slower than this is treated as failed and spooled (default 10 s). */
  writeTimeoutMs?: number;
  /** Replay backoff: first and longest wait (default 100 ms, 5 s). */
  retryInitialMs?: number;
  retryMaxMs?: number;
  /** Ops read and applied per replay step (default 256), with this many statements at once (default 8). */
  replayBatch?: number;
  replayConcurrency?: number;
  /** Ratings (and, separately, interactions) arriving together are written in one statement, up to this many (default 256). */
  maxRatingBatch?: number;
  /** Batches of each kind in flight at once (default 4); further ops wait and join the next batch. */
  maxConcurrentBatches?: number;
}

/** Kinds written many to a statement, directly and on replay. */
const BATCHED_KINDS: readonly WriteOp["kind"][] = ["interaction", "rating"];

/** Kinds other ops refer to: applied first within a replay batch. */
const BASE_KINDS = new Set<WriteOp["kind"]>(["interaction", "session", "interaction_text"]);

class TimeoutError extends Error {
  override readonly name = "TimeoutError";
}

type Settled = { result: WriteResult } | { error: unknown };

/**
 * Group commit: ops submitted while the database is busy with earlier batches wait and go together in
 * the next one, so under load each round trip (and commit) carries many ratings or interactions; alone,
 * an op goes after a zero-delay timer. At most `maxConcurrent` batches are in flight at once: without
 * that bound every event-loop turn sent its own tiny batch and the commits, not the rows, set the pace.
 */
class Batcher {
  private ops: WriteOp[] = [];
  private waiters: { resolve: (result: WriteResult) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;
  private flushing = 0;

  constructor(
    private readonly apply: (ops: WriteOp[]) => Promise<Settled[]>,
    private readonly maxBatch: number,
    private readonly maxConcurrent: number,
  ) {}

  add(op: WriteOp): Promise<WriteResult> {
    return new Promise((resolve, reject) => {
      this.ops.push(op);
      this.waiters.push({ resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.ops.length === 0 || this.flushing >= this.maxConcurrent) return; // a finishing batch calls again
    if (this.ops.length >= this.maxBatch) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setTimeout(() => this.flush(), 0);
    }
  }

  private flush(): void {
    this.scheduled = false;
    if (this.ops.length === 0 || this.flushing >= this.maxConcurrent) return;
    const ops = this.ops.slice(0, this.maxBatch);
    const waiters = this.waiters.slice(0, this.maxBatch);
    this.ops = this.ops.slice(ops.length);
    this.waiters = this.waiters.slice(waiters.length);
    this.flushing++;
    this.apply(ops)
      .then(
        (settled) =>
          waiters.forEach((waiter, index) => {
            const outcome = settled[index] as Settled;
            if ("result" in outcome) waiter.resolve(outcome.result);
            else waiter.reject(outcome.error);
          }),
        (error) => {
          for (const waiter of waiters) waiter.reject(error);
        },
      )
      .finally(() => {
        this.flushing--;
        this.schedule();
      });
  }
}

/** Open the queue; if the spool holds writes from before (a crash, an outage at shutdown), replay them. */
export async function openWriteQueue(options: WriteQueueOptions): Promise<WriteQueue> {
  const queue = new DurableWriteQueue(options);
  await queue.recover();
  return queue;
}

class DurableWriteQueue implements WriteQueue {
  private mode: "direct" | "spooling" = "direct";
  /** Spool position up to which the replay has applied everything. */
  private replayOffset = 0;
  private inFlight = 0;
  private closed = false;
  private looping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private readonly pending = new Map<string, { info: PendingInteraction; written: Promise<void>; spooled: boolean }>();
  private idleWaiters: (() => void)[] = [];
  private drainWaiters: (() => void)[] = [];
  private counters = { spooled: 0, replayed: 0, skipped: 0, rejected: 0 };
  private readonly maxInFlight: number;
  private readonly writeTimeoutMs: number;
  private readonly retryInitialMs: number;
  private readonly retryMaxMs: number;
  private readonly replayBatch: number;
  private readonly replayConcurrency: number;
  private readonly ratings: Batcher;
  private readonly interactions: Batcher;

  constructor(private readonly options: WriteQueueOptions) {
    const concurrentBatches = options.maxConcurrentBatches ?? 4;
    this.ratings = new Batcher((ops) => this.applyTogether(ops), options.maxRatingBatch ?? 256, concurrentBatches);
    this.interactions = new Batcher((ops) => this.applyTogether(ops), options.maxRatingBatch ?? 256, concurrentBatches);
    this.maxInFlight = options.maxInFlight ?? 512;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 10_000;
    this.retryInitialMs = options.retryInitialMs ?? 100;
    this.retryMaxMs = options.retryMaxMs ?? 5_000;
    this.replayBatch = options.replayBatch ?? 256;
    this.replayConcurrency = options.replayConcurrency ?? 8;
  }

  get degraded(): boolean {
    return this.mode === "spooling";
  }

  async recover(): Promise<void> {
    if (this.options.spool.size === 0) return;
    // Interactions in the spool exist as far as ratings are concerned.
    for (let offset = 0; ; ) {
      const { ops, next } = await this.options.spool.read(offset, 4096);
      if (ops.length === 0) break;
      for (const op of ops) if (op.kind === "interaction") this.trackSpooled(op);
      offset = next;
    }
    this.options.log.warn("spool_replay_on_start", { bytes: this.options.spool.size });
    this.enterSpooling(0);
  }

  submit(op: WriteOp): Promise<SubmitOutcome> {
    if (this.closed) return Promise.reject(new Error("the write queue is closed"));
    if (this.mode === "spooling" || this.inFlight >= this.maxInFlight) {
      if (this.mode === "direct") {
        this.options.log.warn("write_queue_full_spilling_to_spool", { in_flight: this.inFlight });
        this.enterSpooling();
      }
      return this.spool(op);
    }
    return this.direct(op);
  }

  private async direct(op: WriteOp): Promise<SubmitOutcome> {
    this.inFlight++;
    let settle: () => void = () => {};
    if (op.kind === "interaction") {
      const written = new Promise<void>((resolve) => (settle = resolve));
      this.pending.set(op.row.id, { info: pendingInfo(op), written, spooled: false });
    }
    try {
      const batch = op.kind === "rating" ? this.ratings : op.kind === "interaction" ? this.interactions : undefined;
      const result = await this.withTimeout(batch ? batch.add(op) : this.options.store.applyWrite(op));
      if (op.kind === "interaction" && !this.pending.get(op.row.id)?.spooled) this.pending.delete(op.row.id);
      return { status: "stored", result };
    } catch (error) {
      if (isPermanentWriteError(error)) {
        if (op.kind === "interaction") this.pending.delete(op.row.id);
        throw error;
      }
      if (this.mode === "direct") {
        this.options.log.warn("database_write_failed_spooling", { kind: op.kind, error: describeDbError(error) });
        this.enterSpooling();
      }
      return await this.spool(op);
    } finally {
      settle();
      this.inFlight--;
      if (this.inFlight === 0) this.notify("idle");
    }
  }

  private async spool(op: WriteOp): Promise<SubmitOutcome> {
    if (op.kind === "interaction") this.trackSpooled(op);
    try {
      await this.options.spool.append(op);
    } catch (error) {
      if (op.kind === "interaction") this.pending.delete(op.row.id);
      throw error;
    }
    this.counters.spooled++;
    return { status: "queued" };
  }

  private trackSpooled(op: Extract<WriteOp, { kind: "interaction" }>): void {
    this.pending.set(op.row.id, { info: pendingInfo(op), written: Promise.resolve(), spooled: true });
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`write took longer than ${this.writeTimeoutMs} ms`)), this.writeTimeoutMs);
    });
    work.catch(() => undefined); // a write that loses the race may still fail later; nobody awaits it
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  private enterSpooling(firstDelayMs = this.retryInitialMs): void {
    this.mode = "spooling";
    if (this.looping) return;
    this.looping = true;
    this.loop = this.retryLoop(firstDelayMs);
  }

  private async retryLoop(firstDelayMs: number): Promise<void> {
    let delay = firstDelayMs;
    let failures = 0;
    try {
      // The condition is checked again after a successful replay: a write that failed in between
      // has switched back to spooling, and this loop must replay it (no second loop was started).
      while (!this.closed && this.mode === "spooling") {
        await this.sleep(delay);
        if (this.closed) return;
        try {
          if (await this.replay()) {
            const { replayed, skipped, rejected } = this.counters;
            this.options.log.info("spool_replayed_back_to_direct_writes", { replayed, skipped, rejected });
          }
          delay = this.retryInitialMs;
          failures = 0;
        } catch (error) {
          failures++;
          // One line per doubling, not one per attempt: an outage of minutes stays a few log lines.
          if ((failures & (failures - 1)) === 0) {
            this.options.log.warn("spool_replay_waiting_for_database", { attempts: failures, error: describeDbError(error) });
          }
          delay = Math.min(this.retryMaxMs, Math.max(this.retryInitialMs, delay * 2));
        }
      }
    } finally {
      this.looping = false;
    }
  }

  /** Apply the spool where the last replay stopped; true when it was emptied and direct mode resumed. */
  private async replay(): Promise<boolean> {
    const { spool } = this.options;
    for (;;) {
      if (this.closed) return false;
      const { ops, next } = await spool.read(this.replayOffset, this.replayBatch);
      if (ops.length === 0) {
        if (this.inFlight > 0) return false; // a failing direct write may still append
        if (!(await spool.truncateIfConsumed(this.replayOffset))) continue;
        this.replayOffset = 0;
        this.mode = "direct";
        for (const [id, entry] of this.pending) if (entry.spooled) this.pending.delete(id);
        this.notify("drained");
        return true;
      }
      await this.applyBatch(ops.filter((op) => BASE_KINDS.has(op.kind)));
      await this.applyBatch(ops.filter((op) => !BASE_KINDS.has(op.kind)));
      this.replayOffset = next;
    }
  }

  /** Ops of one kind in one statement; if the database refuses one for good, each is tried alone so only it fails. */
  private async applyTogether(ops: WriteOp[]): Promise<Settled[]> {
    try {
      return (await this.options.store.applyWrites(ops)).map((result) => ({ result }));
    } catch (error) {
      if (!isPermanentWriteError(error) || ops.length === 1) return ops.map(() => ({ error }));
      return Promise.all(
        ops.map((op) =>
          this.options.store.applyWrite(op).then(
            (result) => ({ result }),
            (failure: unknown) => ({ error: failure }),
          ),
        ),
      );
    }
  }

  /** Apply replayed ops; refused ones are set aside, a transient failure aborts the step (it is retried). */
  private async applyBatch(ops: WriteOp[]): Promise<void> {
    const settle = async (op: WriteOp, outcome: Settled) => {
      if ("result" in outcome) {
        this.counters.replayed++;
        if (outcome.result === "skipped") this.counters.skipped++;
        return;
      }
      if (!isPermanentWriteError(outcome.error)) throw outcome.error;
      this.counters.rejected++;
      await this.options.spool.reject(op, describeDbError(outcome.error));
    };
    for (const kind of BATCHED_KINDS) {
      const together = ops.filter((op) => op.kind === kind);
      if (together.length === 0) continue;
      const settled = await this.withTimeout(this.applyTogether(together));
      for (const [index, op] of together.entries()) await settle(op, settled[index] as Settled);
    }
    const others = ops.filter((op) => !BATCHED_KINDS.includes(op.kind));
    let index = 0;
    const worker = async () => {
      while (index < others.length) {
        const op = others[index++] as WriteOp;
        const outcome = await this.withTimeout(this.options.store.applyWrite(op)).then(
          (result): Settled => ({ result }),
          (error: unknown): Settled => ({ error }),
        );
        await settle(op, outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.replayConcurrency, others.length) }, worker));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  whenWritten(interactionId: string): Promise<void> {
    return this.pending.get(interactionId)?.written ?? Promise.resolve();
  }

  pendingInteraction(interactionId: string): PendingInteraction | undefined {
    return this.pending.get(interactionId)?.info;
  }

  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  drained(): Promise<void> {
    if (this.mode === "direct" && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  private notify(event: "idle" | "drained"): void {
    if (event === "idle") {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
    if (this.mode === "direct" && this.inFlight === 0) {
      const waiters = this.drainWaiters;
      this.drainWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  status(): WriteQueueStatus {
    return { mode: this.mode, inFlight: this.inFlight, spoolBytes: this.options.spool.size, ...this.counters };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await this.loop;
    await this.idle();
    await this.options.spool.close();
  }
}

function pendingInfo(op: Extract<WriteOp, { kind: "interaction" }>): PendingInteraction {
  return { profile: op.row.profile, userHash: op.row.userHash ?? null, sessionId: op.row.sessionId ?? null };
}
