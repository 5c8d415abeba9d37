import type { BackendHealth } from "../types.ts";

/**
 * Health of one hosted endpoint, circuit-breaker style: ready until a failure, then "down" for a
 * back-off (or the upstream's Retry-After) so the router skips it instead of paying a timeout per
 * request; after the back-off it is "ready" again and the next request is the trial. A success
 * closes the circuit.
 */
export class CircuitBreaker {
  private downUntil = 0;
  private lastFailure: string | undefined;

  constructor(
    private readonly backoffMs: number,
    private readonly now: () => number,
  ) {}

  /** True while the back-off after a failure is running. */
  isOpen(): boolean {
    return this.lastFailure !== undefined && this.now() < this.downUntil;
  }

  remainingMs(): number {
    return Math.max(0, this.downUntil - this.now());
  }

  recordFailure(reason: string, retryAfterMs?: number): void {
    this.lastFailure = reason;
    this.downUntil = this.now() + (retryAfterMs ?? this.backoffMs);
  }

  recordSuccess(): void {
    this.lastFailure = undefined;
    this.downUntil = 0;
  }

  health(): BackendHealth {
    if (this.lastFailure === undefined) return { state: "ready" };
    if (this.isOpen()) {
      const seconds = Math.ceil(this.remainingMs() / 1000);
      return { state: "down", detail: `${this.lastFailure}; retrying in ${seconds} s` };
    }
    return { state: "ready", detail: `retrying after: ${this.lastFailure}` };
  }
}
