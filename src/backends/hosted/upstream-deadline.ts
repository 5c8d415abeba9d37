/**
 * One upstream attempt's abort signal: it fires when the caller aborts, or when the upstream sends
 * nothing for `timeoutMs` while we wait on it (connect, first byte, and each later chunk).
 * The timer is paused while the consumer holds a delta, so a slow reader never counts as a slow
 * upstream. dispose() aborts whatever is still in flight, which closes the upstream socket.
 */
export class UpstreamDeadline {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
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
    this.pause();
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new DOMException(`no upstream data within ${this.timeoutMs} ms`, "TimeoutError"));
    }, this.timeoutMs);
  }

  /** Stop the clock while we are not waiting on the upstream. */
  pause(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.pause();
    this.caller.removeEventListener("abort", this.onCallerAbort);
    if (!this.controller.signal.aborted) this.controller.abort(new DOMException("upstream request finished", "AbortError"));
  }
}
