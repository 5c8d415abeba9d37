import type { WriteOp } from "./write-ops.ts";

/**
 * Where writes wait while the database is unreachable: an append-only log of ops, replayed in order.
 * Offsets are opaque positions handed out by `read`.
 */
export interface Spool {
  /** Resolves once the op is durable (on disk for a file spool). Throws SpoolFullError when full. */
  append(op: WriteOp): Promise<void>;
  /** Up to `max` complete entries after `offset`, and the offset after them. */
  read(offset: number, max: number): Promise<{ ops: WriteOp[]; next: number }>;
  /**
   * If nothing lies beyond `offset` (and no append is under way), empty the spool and return true.
   * Runs in order with appends, so an op appended before the call is never truncated unreplayed.
   */
  truncateIfConsumed(offset: number): Promise<boolean>;
  /** Set aside an op the database will never accept, so it stops blocking the replay. */
  reject(op: WriteOp, reason: string): Promise<void>;
  /** Bytes waiting (0 when empty). */
  readonly size: number;
  close(): Promise<void>;
}

export class SpoolFullError extends Error {
  override readonly name = "SpoolFullError";
}

/** Runs tasks one at a time, in call order. */
export class SerialQueue {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.last.then(task);
    this.last = result.catch(() => undefined);
    return result;
  }
}

/**
 * A spool in memory, for deployments without a disk (in-memory data dir, Workers): it rides out a
 * database hiccup but not a restart.
 */
export class MemorySpool implements Spool {
  private entries: string[] = [];
  private bytes = 0;
  readonly rejected: { line: string; reason: string }[] = [];

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get size(): number {
    return this.bytes;
  }

  async append(op: WriteOp): Promise<void> {
    const line = JSON.stringify(op);
    if (this.bytes + line.length > this.maxBytes) throw new SpoolFullError(`write spool is full (${this.maxBytes} bytes)`);
    this.entries.push(line);
    this.bytes += line.length;
  }

  async read(offset: number, max: number): Promise<{ ops: WriteOp[]; next: number }> {
    const slice = this.entries.slice(offset, offset + max);
    return { ops: slice.map((line) => JSON.parse(line) as WriteOp), next: offset + slice.length };
  }

  async truncateIfConsumed(offset: number): Promise<boolean> {
    if (offset < this.entries.length) return false;
    this.entries = [];
    this.bytes = 0;
    return true;
  }

  async reject(op: WriteOp, reason: string): Promise<void> {
    this.rejected.push({ line: JSON.stringify(op), reason });
  }

  async close(): Promise<void> {}
}
