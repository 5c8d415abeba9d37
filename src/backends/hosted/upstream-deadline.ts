/**
 * One upstream attempt's abort signal: it fires when the caller aborts, or when the upstream sends
 * nothing for `timeoutMs` while we wait on it (connect, first byte, and each later chunk).
 * The clock is paused while the consumer holds a delta, so a slow reader never counts as a slow
 * upstream. dispose() aborts whatever is still in flight, which closes the upstream socket.
 *
 * arm() and pause() run once per streamed chunk, so they only note the time: one timer per attempt,
 * set on the first arm(), checks when it fires whether the current wait really lasted `timeoutMs`
 * and otherwise waits out the rest. No timer is created or cleared per chunk.
 */
export class UpstreamDeadline {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** performance.now() when the current wait began; undefined while paused. */
  private waitingSince: number | undefined;
  private readonly onCallerAbort = () => this.controller.abort(this.caller.reason);
  timedOut = false;

  constructor(
    private readonly caller: AbortSignal,
    private readonly timeoutMs: number,
  ) {
    if (caller.aborted) this.controller.abort(caller.reason);
    else caller.addEventListener("abort", this.onCallerAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Start (or restart) waiting on the upstream. */
  arm(): void {
    this.waitingSince = performance.now();
    this.timer ??= setTimeout(this.check, this.timeoutMs);
  }

  /** Stop the clock while we are not waiting on the upstream. */
  pause(): void {
    this.waitingSince = undefined;
  }

  private readonly check = (): void => {
    this.timer = undefined;
    if (this.waitingSince === undefined || this.controller.signal.aborted) return; // paused: the next arm() sets a timer
    const waited = performance.now() - this.waitingSince;
    if (waited < this.timeoutMs) {
      this.timer = setTimeout(this.check, Math.ceil(this.timeoutMs - waited));
      return;
    }
    this.timedOut = true;
    this.controller.abort(new DOMException(`no upstream data within ${this.timeoutMs} ms`, "TimeoutError"));
  };

  /**
   * Stop the clock for good. `completed`: the upstream's response was read to its end, so there is
   * nothing to abort and its keep-alive connection goes back to the pool; otherwise (an error, or the
   * consumer stopped early) the request is aborted, which closes the socket.
   */
  dispose(completed = false): void {
    this.pause();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.caller.removeEventListener("abort", this.onCallerAbort);
    if (!completed && !this.controller.signal.aborted) this.controller.abort(new DOMException("upstream request finished", "AbortError"));
  }
}
