/**
 * A bounded admission queue: at most `concurrency` holders at once and at most `maxWaiting`
 * requests waiting behind them, served first come, first served. Past that, `acquire` throws
 * QueueFullError at once, which the API answers with 429 and Retry-After.
 */
import { QueueFullError } from "../types.ts";

interface Waiter {
  grant: (release: () => void) => void;
  fail: (error: unknown) => void;
}

export class SlotQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** Smoothed duration of a held slot, for an honest Retry-After. */
  private averageHoldMs = 0;

  constructor(
    private readonly backendId: string,
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  get active(): number {
    return this.running;
  }

  /** Resolves with a release function once a slot is free; rejects with the abort reason on abort. */
  acquire(signal: AbortSignal): Promise<() => void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    if (this.running < this.concurrency && this.waiting.length === 0) {
      return Promise.resolve(this.grant());
    }
    if (this.waiting.length >= this.maxWaiting) {
      return Promise.reject(new QueueFullError(this.backendId, this.retryAfterSeconds()));
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal.reason);
      };
      const waiter: Waiter = {
        grant: (release) => {
          signal.removeEventListener("abort", onAbort);
          resolve(release);
        },
        fail: (error) => {
          signal.removeEventListener("abort", onAbort);
          reject(error);
        },
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Rejects everyone waiting (shutdown). */
  rejectAll(error: unknown): void {
    for (const waiter of this.waiting.splice(0)) waiter.fail(error);
  }

  private grant(): () => void {
    this.running++;
    const started = performance.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const held = performance.now() - started;
      this.averageHoldMs = this.averageHoldMs === 0 ? held : 0.8 * this.averageHoldMs + 0.2 * held;
      this.running--;
      const next = this.waiting.shift();
      if (next) next.grant(this.grant());
    };
  }

  /** Time until a new request would likely get a slot, rounded up to whole seconds (at least 1). */
  private retryAfterSeconds(): number {
    const ahead = this.waiting.length + this.running;
    const estimateMs = (this.averageHoldMs * ahead) / this.concurrency;
    return Math.max(1, Math.ceil(estimateMs / 1000));
  }
}
