import { resourcesFor } from "../safety/index.ts";
import type { InteractionRow } from "../store/schema.ts";
import { RequestGuard } from "./answer-guard.ts";
import type { ChatRunDeps } from "./deps.ts";
import { ConversationTooLong, ModelsBusy, NoModelAvailable } from "./errors.ts";
import { startWithFailover, type StartedGeneration } from "./failover.ts";
import { guardedAnswer, textDeltas, unguarded, type DoneEvent } from "./guarded-answer.ts";
import type { GuardedChunk } from "./guarded-stream.ts";
import type { ChatInput } from "./input.ts";
import { minutesIntoSession, prepare, type PreparedChat } from "./prepare.ts";
import { servedBy, type ServedBy } from "./served-by.ts";

/** A generation that has produced its first event, with everything needed to answer and record it. */
export interface ChatRun {
  served: ServedBy;
  started: StartedGeneration;
  abort: AbortController;
  /**
   * The answer as the client may see it: every answer goes through the streaming output guard
   * (chat/guarded-stream.ts), crisis or not. Iterating it throws what the backend throws.
   */
  answer: AsyncIterable<GuardedChunk>;
  /** The backend's `done` event, once `answer` is exhausted (undefined when the guard stopped generation). */
  done(): DoneEvent | undefined;
  /** Settles once the guard model's input verdict is in and `served.risk` reflects it (at once without one). */
  inputChecked: Promise<void>;
  /** ISO country whose crisis resources apply (request's `country`, else the profile's first). */
  country: string | undefined;
  /** Record the interaction once, with how it ended; the answer's text is kept only with consent. */
  finish(status: InteractionRow["status"], done?: DoneEvent, errorCode?: string, answer?: string): void;
}

/**
 * The chat pipeline for one validated request: resolve the profile, detect language and risk, assign
 * the arm, route, and start generation with failover. Throws a ChatError (chat/errors.ts) when the
 * request cannot be answered; returns undefined when the client went away before anything started.
 */
export async function runChat(deps: ChatRunDeps, body: ChatInput, headerProfile: string | undefined, clientSignal: AbortSignal): Promise<ChatRun | undefined> {
  const startedAt = performance.now();
  const chat = await prepare(deps, body, headerProfile, await minutesIntoSession(deps, body.session_id));
  const userHash = body.user ? await deps.keys.hashUser(body.user) : null;
  const abort = new AbortController();
  const onClientGone = () => abort.abort(new DOMException("client closed the connection", "AbortError"));
  clientSignal.addEventListener("abort", onClientGone, { once: true });
  // The guard model's input verdict runs while the chat model starts; the first answer bytes wait for it.
  const guard = new RequestGuard({
    model: deps.unguardedForBenchmark ? undefined : deps.guard,
    conversation: chat.messages.slice(1),
    language: chat.templateLanguage,
    lexiconRisk: chat.risk,
    signal: abort.signal,
  });

  const record = (fields: Partial<InteractionRow> & Pick<InteractionRow, "status">, safetyReplaced = false) => {
    clientSignal.removeEventListener("abort", onClientGone);
    const row = {
      id: chat.interactionId,
      profile: chat.profile.id,
      language: chat.detected.language,
      languageConfidence: chat.detected.confidence,
      languageMethod: chat.detected.method,
      otherCulture: chat.plan.otherCulture,
      route: chat.plan.trace,
      stream: body.stream,
      sessionId: body.session_id ?? null,
      userHash,
      experimentId: chat.experiment?.id ?? null,
      experimentArm: chat.experiment?.arm ?? null,
      experimentUnit: chat.experiment?.unit ?? null,
      experimentShare: chat.experiment?.share ?? null,
      latencyMs: Math.round(performance.now() - startedAt),
      ...fields,
    };
    deps.recordInteraction(row);
    deps.onChatRecorded?.({ row, risk: guard.risk.level, safetyReplaced });
  };

  const outcome = await startWithFailover(
    chat.plan.candidates,
    chat.plan.trace,
    (model) => deps.backends.get(model),
    {
      messages: chat.messages,
      wholeAnswer: !body.stream,
      maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
      temperature: body.temperature ?? undefined,
      topP: body.top_p ?? undefined,
      stop: typeof body.stop === "string" ? [body.stop] : (body.stop ?? undefined),
      seed: body.seed ?? undefined,
    },
    abort.signal,
    (model, error) => deps.log.warn("backend_failed_before_first_token", { model, error: (error as Error).name }),
  );

  if (!outcome.ok) {
    if (abort.signal.aborted) {
      record({ status: "aborted" });
      return undefined;
    }
    if (outcome.promptTooLong) {
      record({ status: "error", errorCode: "context_length_exceeded" });
      throw new ConversationTooLong(
        "the conversation is too long for every model of this profile, even after dropping older turns; send fewer or shorter messages",
      );
    }
    record({ status: "unavailable", errorCode: outcome.queueFull ? "queue_full" : "no_backend" });
    const tried = chat.plan.trace.map((s) => `${s.model}: ${s.reason}`).join("; ");
    throw outcome.queueFull
      ? new ModelsBusy(`every model for profile "${chat.profile.id}" is busy; retry shortly (${tried})`, outcome.retryAfterSeconds)
      : new NoModelAvailable(`no model can serve profile "${chat.profile.id}" right now (${tried})`);
  }

  const { started } = outcome;
  const ttft = Math.round(performance.now() - startedAt);
  const keepText = body.store_text_consent ? deps.recordInteractionText : undefined;
  const served = servedBy(chat, started.backend, await deps.keys.ratingToken(chat.interactionId), guard);
  let done: DoneEvent | undefined;
  const source = textDeltas(started, (event) => (done = event));
  const inputChecked = guard.inputChecked.then(() => {
    served.risk = { level: guard.risk.level, categories: guard.risk.categories };
    if (guard.risk.level !== "none") served.crisis_resources ??= resourcesFor(chat.country);
  });
  return {
    served,
    started,
    abort,
    answer: deps.unguardedForBenchmark ? unguarded(source) : guardedAnswer(chat, served, guard, source, abort, inputChecked),
    done: () => done,
    inputChecked,
    country: chat.country,
    finish: (status, done, errorCode, answer) => {
      record(
        {
          status,
          model: started.backend.id,
          backend: started.backend.kind,
          timeToFirstTokenMs: ttft,
          promptTokens: done?.usage.promptTokens ?? null,
          completionTokens: done?.usage.completionTokens ?? null,
          errorCode: errorCode ?? null,
        },
        served.safety_replaced,
      );
      if (keepText && status === "ok" && answer !== undefined) keepText(textWrite(chat, userHash, answer));
    },
  };
}

/** The consented conversation and answer, without the system prompt. */
function textWrite(chat: PreparedChat, userHash: string | null, answer: string) {
  return {
    interactionId: chat.interactionId,
    userHash,
    messages: chat.messages.slice(1).map((m) => ({ role: m.role, content: m.content })),
    completion: answer,
    at: new Date().toISOString(),
  };
}
