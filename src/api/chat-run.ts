import type { ChatBackend, ChatMessage, GenerateEvent } from "../backends/types.ts";
import type { Catalog } from "../catalog/schema.ts";
import { RequestGuard, type GuardSummary } from "../chat/answer-guard.ts";
import { ConversationTooLong, ModelsBusy, NoModelAvailable } from "../chat/errors.ts";
import { assignArm, type ArmAssignment } from "../chat/experiment.ts";
import { startWithFailover, type StartedGeneration } from "../chat/failover.ts";
import type { GuardModel } from "../chat/guard-model.ts";
import { guardStream, type GuardedChunk } from "../chat/guarded-stream.ts";
import { resolveProfile } from "../chat/resolve-profile.ts";
import { detectLanguageCached, languageName, type DetectedLanguage } from "../language/index.ts";
import type { Lens } from "../profiles/lens-schema.ts";
import { composeSystemPrompt } from "../profiles/prompt.ts";
import { profileLanguages, type Profile } from "../profiles/schema.ts";
import { route, type RouteStep } from "../routing/route.ts";
import {
  aiDisclosure,
  assessRisk,
  crisisProtocolPrompt,
  crisisResourcesBlock,
  crisisResponse,
  resourcesFor,
  safetyPolicyPrompt,
  type ResolvedResources,
  type RiskAssessment,
} from "../safety/index.ts";
import type { PrivacyKeys } from "../privacy/keys.ts";
import type { InteractionRow } from "../store/schema.ts";
import type { InteractionTextWrite } from "../store/write-ops.ts";
import type { ChatOutcome } from "../metrics/metrics.ts";
import type { Logger } from "../util/log.ts";
import { textOf, type ChatRequest } from "./chat-schema.ts";

export interface ChatDeps {
  profiles: ReadonlyMap<string, Profile>;
  lenses: ReadonlyMap<string, Lens>;
  catalog: Catalog;
  backends: ReadonlyMap<string, ChatBackend>;
  /** Languages this deployment serves: detection is restricted to them. */
  servedLanguages: readonly string[];
  /** Model tried after a profile's fallback (the demo model in offline mode). */
  lastResort?: string;
  maxBodyBytes: number;
  /** After this many user turns, or minutes of a session, the model is asked to suggest a break or reaching out to people. */
  breakAfterTurns: number;
  breakAfterMinutes: number;
  /** When a session began (its first recorded interaction), for the break suggestion. */
  sessionStartedAt?: (sessionId: string) => Promise<Date | undefined>;
  recordInteraction: (row: InteractionRow) => void;
  /** Set only where the deployment opted in to storing text (GLOCAL_STORE_TEXT). */
  recordInteractionText?: (row: InteractionTextWrite) => void;
  /** User hashes and rating tokens. */
  keys: PrivacyKeys;
  /** The learned guard classifier (GLOCAL_GUARD_MODEL); the lexicon guards alone when absent. */
  guard?: GuardModel;
  /**
   * BENCHMARK ONLY (scripts/bench/guard.ts): send the model's deltas unguarded, to measure what the guard
   * adds. Set only by startGateway's `unguardedForBenchmark` option, never from a request or the environment.
   */
  unguardedForBenchmark?: boolean;
  log: Logger;
  /** Told of every chat run as it is recorded (metrics, the request log); ids and numbers only, never text. */
  onChatRecorded?: (outcome: ChatOutcome) => void;
}

/** What every response says about how it was served: in the `glocal` object and `x-glocal-*` headers. */
export interface ServedBy {
  interaction_id: string;
  profile: string;
  lenses: string[];
  language: { code: string; iso639_3: string; confidence: number; method: string };
  model: string;
  backend: string;
  demo: boolean;
  other_culture: boolean;
  route: RouteStep[];
  risk: { level: RiskAssessment["level"]; categories: RiskAssessment["categories"] };
  /** The person's country's resources, for a banner; present whenever risk is not "none". */
  crisis_resources?: ResolvedResources;
  /** The answer was replaced by the localised crisis template because the model's failed the guard. */
  safety_replaced: boolean;
  /** How the answer was guarded: windows checked, the guard model's status and verdicts, what flagged it. */
  guard: GuardSummary;
  /** HMAC over the interaction id: what POST /v1/ratings needs to rate this answer. */
  rating_token: string;
  /** Short "you are talking to an AI" text in the person's language, on a conversation's first answer. */
  disclosure?: string;
  break_suggested: boolean;
  /** The profile's experiment this request was enrolled in and the arm it was assigned; absent when not enrolled. */
  experiment?: { id: string; arm: string; unit: ArmAssignment["unit"] };
}

export type DoneEvent = Extract<GenerateEvent, { type: "done" }>;

interface PreparedChat {
  body: ChatRequest;
  profile: Profile;
  lenses: Lens[];
  detected: DetectedLanguage;
  risk: RiskAssessment;
  country: string | undefined;
  /** Language of templates and the disclosure: the detected one, or the profile's primary for "und". */
  templateLanguage: string;
  messages: ChatMessage[];
  plan: ReturnType<typeof route>;
  firstTurn: boolean;
  breakSuggested: boolean;
  interactionId: string;
  experiment: ArmAssignment | undefined;
}

const BREAK_NOTE =
  "This conversation has gone on for a while. Near the end of your answer, gently suggest taking a break and reaching out to someone the person trusts; do not end the conversation.";

async function prepare(deps: ChatDeps, body: ChatRequest, headerProfile: string | undefined, sessionMinutes: number): Promise<PreparedChat> {
  const { profile, lenses, pinnedModel } = resolveProfile(
    { model: body.model, bodyProfile: body.profile, headerProfile, bodyLenses: body.lenses },
    deps.profiles,
    deps.lenses,
    (id) => id in deps.catalog.models,
  );
  const conversation = body.messages.map((m) => ({ role: m.role === "developer" ? "system" : m.role, content: textOf(m.content) }) as ChatMessage);
  const userTurns = conversation.filter((m) => m.role === "user").map((m) => m.content);
  const detected = detectLanguageCached(userTurns[userTurns.length - 1] ?? "", {
    hint: body.language,
    allowed: [...deps.servedLanguages],
    prior: profileLanguages(profile),
    history: userTurns.slice(0, -1),
  });
  // The whole conversation, not only the last turn: a disclosure several turns back still counts.
  const risk = assessRisk(conversation, { languages: profileLanguages(profile) });
  const country = body.country ?? profile.countries[0];
  const experiment = await assignArm(deps.keys, profile, { user: body.user, session_id: body.session_id, pinned: pinnedModel });
  const plan = route({
    profile,
    language: detected.language,
    catalog: deps.catalog,
    health: (model) => deps.backends.get(model)?.health(),
    lastResort: deps.lastResort,
    pinned: pinnedModel,
    arm: experiment && { id: experiment.arm, targets: experiment.targets },
  });
  const language = detected.language === "und" ? profile.languages.primary[0]! : detected.language;
  const firstTurn = !conversation.some((m) => m.role === "assistant");
  const breakSuggested = userTurns.length >= deps.breakAfterTurns || sessionMinutes >= deps.breakAfterMinutes;
  // A lens or profile never overrides safety: the crisis protocol replaces the everyday policy and
  // composeSystemPrompt always puts the safety text last.
  const safetyPolicy =
    risk.level === "crisis"
      ? crisisProtocolPrompt(language, { country, supports: profile.supports.map((s) => s.text), conditions: risk.conditions })
      : [safetyPolicyPrompt(risk), breakSuggested ? BREAK_NOTE : ""].filter(Boolean).join("\n");
  const systemPrompt = composeSystemPrompt({
    profile,
    lenses,
    language: detected.language === "und" ? undefined : detected.language,
    script: detected.script,
    languageName: detected.language === "und" ? undefined : languageName(detected.language),
    otherCulture: plan.otherCulture,
    safetyPolicy,
    firstTurn,
    // The person's own words decide which profile details a first turn needs (idioms, care and stigma).
    userTurns,
  });
  return {
    body,
    profile,
    lenses,
    detected,
    risk,
    country,
    templateLanguage: language,
    messages: [{ role: "system", content: systemPrompt }, ...conversation],
    plan,
    firstTurn,
    breakSuggested,
    interactionId: crypto.randomUUID(),
    experiment,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function servedBy(chat: PreparedChat, backend: ChatBackend, ratingToken: string, guard: RequestGuard): ServedBy {
  return {
    interaction_id: chat.interactionId,
    profile: chat.profile.id,
    lenses: chat.lenses.map((l) => l.id),
    language: {
      code: chat.detected.language,
      iso639_3: chat.detected.iso639_3,
      confidence: round(chat.detected.confidence),
      method: chat.detected.method,
    },
    model: backend.id,
    backend: backend.kind,
    demo: backend.demo === true,
    other_culture: chat.plan.otherCulture,
    route: chat.plan.trace,
    risk: { level: guard.risk.level, categories: guard.risk.categories },
    ...(guard.risk.level !== "none" ? { crisis_resources: resourcesFor(chat.country) } : {}),
    safety_replaced: false,
    guard: guard.summary,
    rating_token: ratingToken,
    ...(chat.firstTurn ? { disclosure: aiDisclosure(chat.templateLanguage) } : {}),
    break_suggested: chat.breakSuggested,
    ...(chat.experiment ? { experiment: { id: chat.experiment.id, arm: chat.experiment.arm, unit: chat.experiment.unit } } : {}),
  };
}

export function servedHeaders(served: ServedBy): Record<string, string> {
  return {
    "x-glocal-interaction-id": served.interaction_id,
    "x-glocal-profile": served.profile,
    "x-glocal-lenses": served.lenses.join(","),
    "x-glocal-language": served.language.code,
    "x-glocal-model": served.demo ? `${served.model}; demo` : served.model,
    "x-glocal-backend": served.backend,
    "x-glocal-other-culture": String(served.other_culture),
    "x-glocal-risk": served.risk.level,
    "x-glocal-route": served.route.map((s) => `${s.model}=${s.decision}`).join(", "),
    ...(served.experiment ? { "x-glocal-experiment": `${served.experiment.id}; arm=${served.experiment.arm}` } : {}),
  };
}

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
 * Validate-and-route is done by the caller; this resolves the profile, detects language and risk, and
 * starts generation with failover. Throws a ChatError (chat/errors.ts) when it cannot; returns undefined when the client
 * went away before anything started.
 */
export async function runChat(deps: ChatDeps, body: ChatRequest, headerProfile: string | undefined, clientSignal: AbortSignal): Promise<ChatRun | undefined> {
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
      if (keepText && status === "ok" && answer !== undefined) {
        keepText({
          interactionId: chat.interactionId,
          userHash,
          messages: chat.messages.slice(1).map((m) => ({ role: m.role, content: m.content })),
          completion: answer,
          at: new Date().toISOString(),
        });
      }
    },
  };
}

/** Minutes since the session's first interaction; 0 for a new or unknown session, or when the store cannot say. */
async function minutesIntoSession(deps: ChatDeps, sessionId: string | undefined): Promise<number> {
  if (!sessionId || !deps.sessionStartedAt) return 0;
  try {
    const started = await deps.sessionStartedAt(sessionId);
    return started ? (Date.now() - started.getTime()) / 60_000 : 0;
  } catch {
    return 0; // a database hiccup must not fail the chat; the suggestion just waits
  }
}

/** The text deltas of a started generation; `onDone` gets its `done` event. Throws what the backend throws. */
async function* textDeltas(started: StartedGeneration, onDone: (done: DoneEvent) => void): AsyncGenerator<string> {
  let finished = false;
  try {
    for (let event: GenerateEvent | undefined = started.first; event; ) {
      if (event.type === "text") yield event.text;
      else onDone(event);
      const next = await started.rest.next();
      event = next.done ? undefined : next.value;
    }
    finished = true;
  } finally {
    // Stopped early (the guard replaced the answer, or the client left): let the backend free its slot.
    if (!finished) await started.rest.return?.()?.catch?.(() => undefined);
  }
}

async function* unguarded(source: AsyncIterable<string>): AsyncGenerator<GuardedChunk> {
  for await (const text of source) yield { kind: "answer", text };
}

/**
 * The answer through the streaming guard. A failing window stops the model and the localised crisis
 * template (with the country's numbers from data and the profile's supports) replaces the rest. In a
 * crisis, an answer that passed but gave none of the country's numbers keeps its words and gets the
 * resources appended: a warm answer is not thrown away, and nobody in crisis is left without a way to
 * reach a person.
 */
function guardedAnswer(
  chat: PreparedChat,
  served: ServedBy,
  guard: RequestGuard,
  source: AsyncIterable<string>,
  abort: AbortController,
  inputChecked: Promise<void>,
) {
  const language = chat.templateLanguage;
  const supports = chat.profile.supports.map((s) => s.text);
  const stream = guardStream({
    source,
    beforeFirstCheck: inputChecked,
    check: guard.check,
    lag: guard.lag,
    replacement: () => {
      served.safety_replaced = true;
      const replacement = crisisResponse({ language, country: chat.country, supports });
      served.crisis_resources = replacement.resources;
      return replacement.text;
    },
    addition: (answer) => {
      if (guard.risk.level !== "crisis") return undefined;
      const resources = resourcesFor(chat.country);
      const numbers = [...resources.crisisLines, ...resources.emergency].map((c) => c.number);
      if (numbers.some((n) => answer.includes(n))) return undefined;
      const block = crisisResourcesBlock({ language, country: chat.country });
      served.crisis_resources = block.resources;
      return block.text;
    },
    stop: () => abort.abort(new DOMException("the output guard replaced the answer", "AbortError")),
  });
  // The summary object is shared: glocal.guard reads the stream's figures as they change.
  const report = stream.report;
  return (async function* () {
    for await (const chunk of stream.chunks) {
      Object.assign(guard.summary, report);
      yield chunk;
    }
    Object.assign(guard.summary, report);
  })();
}
