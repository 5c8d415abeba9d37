import { BackendUnavailableError, PromptTooLongError, QueueFullError, type ChatBackend, type GenerateEvent, type GenerateRequest } from "../backends/types.ts";
import type { RouteStep } from "../routing/route.ts";

export interface StartedGeneration {
  backend: ChatBackend;
  /** The first event, already received: generation is known to have started. */
  first: GenerateEvent;
  /** The rest of the events. */
  rest: AsyncIterator<GenerateEvent>;
  /** Milliseconds from the first attempt to the first event. */
  timeToFirstEventMs: number;
}

export type FailoverOutcome = { ok: true; started: StartedGeneration } | { ok: false; queueFull: boolean; promptTooLong: boolean; retryAfterSeconds: number };

/**
 * Try the route's candidates in order until one produces its first event. A failure before the first
 * event (refused, 5xx, timeout, full queue) moves on to the next candidate and is written into the trace;
 * after the first event, failures belong to the caller's stream.
 */
export async function startWithFailover(
  candidates: readonly string[],
  trace: RouteStep[],
  backendOf: (model: string) => ChatBackend | undefined,
  request: Omit<GenerateRequest, "model">,
  signal: AbortSignal,
  onFailure: (model: string, error: unknown) => void,
): Promise<FailoverOutcome> {
  const started = performance.now();
  let queueFull = false;
  let attempts = 0;
  let tooLong = 0;
  let retryAfterSeconds = 10;
  for (let i = 0; i < candidates.length; i++) {
    const model = candidates[i]!;
    const step = trace.find((s) => s.model === model && s.decision === "candidate");
    const backend = backendOf(model);
    if (!backend) {
      if (step) Object.assign(step, { decision: "failed", reason: "no backend registered" });
      continue;
    }
    if (signal.aborted) break;
    const iterator = backend.generate({ ...request, model }, signal)[Symbol.asyncIterator]();
    try {
      const first = await iterator.next();
      if (first.done) throw new BackendUnavailableError("backend ended without output", backend.id);
      if (step) step.decision = "selected";
      markNotTried(trace, candidates.slice(i + 1));
      return {
        ok: true,
        started: { backend, first: first.value, rest: iterator, timeToFirstEventMs: performance.now() - started },
      };
    } catch (error) {
      await iterator.return?.().catch(() => {});
      attempts++;
      if (error instanceof PromptTooLongError) tooLong++;
      if (error instanceof QueueFullError) {
        queueFull = true;
        retryAfterSeconds = Math.min(retryAfterSeconds, error.retryAfterSeconds);
      }
      if (step) Object.assign(step, { decision: "failed", reason: `failed before the first token: ${failureReason(error)}` });
      onFailure(model, error);
    }
  }
  return { ok: false, queueFull, promptTooLong: attempts > 0 && tooLong === attempts, retryAfterSeconds };
}

function markNotTried(trace: RouteStep[], models: readonly string[]): void {
  for (const step of trace) {
    if (step.decision === "candidate" && models.includes(step.model)) {
      Object.assign(step, { decision: "not_tried", reason: `${step.reason}; not needed` });
    }
  }
}

function failureReason(error: unknown): string {
  if (error instanceof QueueFullError) return "queue full";
  if (error instanceof PromptTooLongError) return error.message;
  if (error instanceof BackendUnavailableError) return error.status ? `${error.message} (HTTP ${error.status})` : error.message;
  if (error instanceof Error && error.name === "AbortError") return "aborted";
  return error instanceof Error ? error.message : String(error);
}
