import type { Context } from "hono";
import type { ChatBackend, ChatMessage, GenerateEvent } from "../backends/types.ts";
import type { Catalog } from "../catalog/schema.ts";
import { startWithFailover, type StartedGeneration } from "../chat/failover.ts";
import { resolveProfile } from "../chat/resolve-profile.ts";
import { detectLanguage, languageName, type DetectedLanguage } from "../language/index.ts";
import type { Lens } from "../profiles/lens-schema.ts";
import { composeSystemPrompt } from "../profiles/prompt.ts";
import { profileLanguages, type Profile } from "../profiles/schema.ts";
import { route, type RouteStep } from "../routing/route.ts";
import type { InteractionRow } from "../store/schema.ts";
import type { Logger } from "../util/log.ts";
import { readJsonBody } from "./body.ts";
import { chatRequestSchema, textOf, type ChatRequest } from "./chat-schema.ts";
import { ApiError, badRequest } from "./errors.ts";

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
  recordInteraction: (row: InteractionRow) => void;
  log: Logger;
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
}

interface PreparedChat {
  body: ChatRequest;
  profile: Profile;
  lenses: Lens[];
  detected: DetectedLanguage;
  messages: ChatMessage[];
  plan: ReturnType<typeof route>;
  interactionId: string;
}

function prepare(deps: ChatDeps, body: ChatRequest, headerProfile: string | undefined): PreparedChat {
  const { profile, lenses, pinnedModel } = resolveProfile(
    { model: body.model, bodyProfile: body.profile, headerProfile, bodyLenses: body.lenses },
    deps.profiles,
    deps.lenses,
    (id) => id in deps.catalog.models,
  );
  const userTurns = body.messages.filter((m) => m.role === "user").map((m) => textOf(m.content));
  const detected = detectLanguage(userTurns[userTurns.length - 1] ?? "", {
    hint: body.language,
    allowed: [...deps.servedLanguages],
    prior: profileLanguages(profile),
    history: userTurns.slice(0, -1),
  });
  const plan = route({
    profile,
    language: detected.language,
    catalog: deps.catalog,
    health: (model) => deps.backends.get(model)?.health(),
    lastResort: deps.lastResort,
    pinned: pinnedModel,
  });
  const systemPrompt = composeSystemPrompt({
    profile,
    lenses,
    language: detected.language === "und" ? undefined : detected.language,
    script: detected.script,
    languageName: detected.language === "und" ? undefined : languageName(detected.language),
    otherCulture: plan.otherCulture,
    firstTurn: !body.messages.some((m) => m.role === "assistant"),
  });
  const messages: ChatMessage[] = [
    { role: "system", content: systemPrompt },
    ...body.messages.map((m) => ({ role: m.role === "developer" ? "system" : m.role, content: textOf(m.content) }) as ChatMessage),
  ];
  return { body, profile, lenses, detected, messages, plan, interactionId: crypto.randomUUID() };
}

function servedBy(chat: PreparedChat, backend: ChatBackend): ServedBy {
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
  };
}

function servedHeaders(served: ServedBy): Record<string, string> {
  return {
    "x-glocal-interaction-id": served.interaction_id,
    "x-glocal-profile": served.profile,
    "x-glocal-lenses": served.lenses.join(","),
    "x-glocal-language": served.language.code,
    "x-glocal-model": served.demo ? `${served.model}; demo` : served.model,
    "x-glocal-backend": served.backend,
    "x-glocal-other-culture": String(served.other_culture),
    "x-glocal-route": served.route.map((s) => `${s.model}=${s.decision}`).join(", "),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function createChatHandler(deps: ChatDeps) {
  return async (c: Context): Promise<Response> => {
    const startedAt = performance.now();
    const body = await readJsonBody(c, chatRequestSchema, deps.maxBodyBytes);
    const chat = prepare(deps, body, c.req.header("x-glocal-profile"));

    const abort = new AbortController();
    const onClientGone = () => abort.abort(new DOMException("client closed the connection", "AbortError"));
    c.req.raw.signal.addEventListener("abort", onClientGone, { once: true });

    const record = (fields: Partial<InteractionRow> & Pick<InteractionRow, "status">) =>
      deps.recordInteraction({
        id: chat.interactionId,
        profile: chat.profile.id,
        language: chat.detected.language,
        languageConfidence: chat.detected.confidence,
        languageMethod: chat.detected.method,
        otherCulture: chat.plan.otherCulture,
        route: chat.plan.trace,
        stream: body.stream,
        latencyMs: Math.round(performance.now() - startedAt),
        ...fields,
      });

    const outcome = await startWithFailover(
      chat.plan.candidates,
      chat.plan.trace,
      (model) => deps.backends.get(model),
      {
        messages: chat.messages,
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
      c.req.raw.signal.removeEventListener("abort", onClientGone);
      if (abort.signal.aborted) {
        record({ status: "aborted" });
        // Nobody is listening any more; 499 is nginx's "client closed request", for access logs only.
        return new Response(null, { status: 499 });
      }
      if (outcome.promptTooLong) {
        record({ status: "error", errorCode: "context_length_exceeded" });
        throw badRequest(
          "the conversation is too long for every model of this profile, even after dropping older turns; send fewer or shorter messages",
          "messages",
          "context_length_exceeded",
        );
      }
      record({ status: "unavailable", errorCode: outcome.queueFull ? "queue_full" : "no_backend" });
      const tried = chat.plan.trace.map((s) => `${s.model}: ${s.reason}`).join("; ");
      throw outcome.queueFull
        ? new ApiError(429, `every model for profile "${chat.profile.id}" is busy; retry shortly (${tried})`, "rate_limit_error", "queue_full", null, outcome.retryAfterSeconds)
        : new ApiError(503, `no model can serve profile "${chat.profile.id}" right now (${tried})`, "service_unavailable", "no_backend_available", null, 10);
    }

    const { started } = outcome;
    const served = servedBy(chat, started.backend);
    const ttft = Math.round(performance.now() - startedAt);
    const common = {
      created: Math.floor(Date.now() / 1000),
      model: started.backend.id,
      id: `chatcmpl-${chat.interactionId}`,
    };
    const finish = (status: InteractionRow["status"], done?: Extract<GenerateEvent, { type: "done" }>, errorCode?: string) => {
      c.req.raw.signal.removeEventListener("abort", onClientGone);
      record({
        status,
        model: started.backend.id,
        backend: started.backend.kind,
        timeToFirstTokenMs: ttft,
        promptTokens: done?.usage.promptTokens ?? null,
        completionTokens: done?.usage.completionTokens ?? null,
        errorCode: errorCode ?? null,
      });
    };

    if (!body.stream) {
      let text = "";
      let done: Extract<GenerateEvent, { type: "done" }> | undefined;
      try {
        for (let event: GenerateEvent | undefined = started.first; event; ) {
          if (event.type === "text") text += event.text;
          else done = event;
          const next = await started.rest.next();
          event = next.done ? undefined : next.value;
        }
      } catch (error) {
        finish(abort.signal.aborted ? "aborted" : "error", undefined, "generation_failed");
        throw new ApiError(502, `model ${started.backend.id} failed while answering; retry the request`, "upstream_error", "generation_failed");
      }
      finish("ok", done);
      const usage = done?.usage ?? { promptTokens: 0, completionTokens: 0 };
      return c.json(
        {
          ...common,
          object: "chat.completion",
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: text, refusal: null },
              logprobs: null,
              finish_reason: done?.finishReason ?? "stop",
            },
          ],
          usage: {
            prompt_tokens: usage.promptTokens,
            completion_tokens: usage.completionTokens,
            total_tokens: usage.promptTokens + usage.completionTokens,
          },
          glocal: served,
        },
        200,
        servedHeaders(served),
      );
    }

    return sseResponse({
      started,
      served,
      common,
      includeUsage: body.stream_options?.include_usage === true,
      abort,
      finish,
      log: deps.log,
    });
  };
}

const encoder = new TextEncoder();
const sse = (data: unknown) => encoder.encode(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);

interface SseArgs {
  started: StartedGeneration;
  served: ServedBy;
  common: { created: number; model: string; id: string };
  includeUsage: boolean;
  abort: AbortController;
  finish: (status: InteractionRow["status"], done?: Extract<GenerateEvent, { type: "done" }>, errorCode?: string) => void;
  log: Logger;
}

/**
 * OpenAI-style SSE: chat.completion.chunk events, a finish chunk, an optional usage chunk, `[DONE]`. A
 * failure after the first token ends the stream with a `data: {"error": …}` event, which OpenAI clients
 * raise as an APIError.
 */
function sseResponse({ started, served, common, includeUsage, abort, finish, log }: SseArgs): Response {
  const chunk = (delta: Record<string, unknown>, finishReason: string | null, extra: Record<string, unknown> = {}) => ({
    ...common,
    object: "chat.completion.chunk",
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...extra,
  });
  let finished = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(sse(chunk({ role: "assistant", content: "" }, null, { glocal: served })));
      let done: Extract<GenerateEvent, { type: "done" }> | undefined;
      try {
        for (let event: GenerateEvent | undefined = started.first; event; ) {
          if (event.type === "text") {
            if (event.text) controller.enqueue(sse(chunk({ content: event.text }, null)));
          } else done = event;
          const next = await started.rest.next();
          event = next.done ? undefined : next.value;
        }
        controller.enqueue(sse(chunk({}, done?.finishReason ?? "stop", { glocal: served })));
        if (includeUsage) {
          const usage = done?.usage ?? { promptTokens: 0, completionTokens: 0 };
          controller.enqueue(
            sse({
              ...common,
              object: "chat.completion.chunk",
              choices: [],
              usage: {
                prompt_tokens: usage.promptTokens,
                completion_tokens: usage.completionTokens,
                total_tokens: usage.promptTokens + usage.completionTokens,
              },
            }),
          );
        }
        controller.enqueue(sse("[DONE]"));
        finished = true;
        finish("ok", done);
        controller.close();
      } catch (error) {
        if (finished) return;
        finished = true;
        if (abort.signal.aborted) {
          finish("aborted");
          return;
        }
        log.warn("generation_failed_mid_stream", { model: served.model, error: (error as Error).name });
        finish("error", undefined, "generation_failed");
        try {
          controller.enqueue(
            sse({
              error: {
                message: `model ${served.model} failed while answering; the answer above is incomplete, retry the request`,
                type: "upstream_error",
                param: null,
                code: "generation_failed",
              },
            }),
          );
          controller.close();
        } catch {
          // the client is already gone
        }
      }
    },
    cancel() {
      // The client went away: stop generating and free the model for the next person.
      abort.abort(new DOMException("client closed the stream", "AbortError"));
      void started.rest.return?.();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      "x-accel-buffering": "no",
      ...servedHeaders(served),
    },
  });
}
