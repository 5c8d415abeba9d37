import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { ChatOutcome, Metrics } from "../metrics/metrics.ts";
import type { Logger } from "../util/log.ts";

/** An incoming x-request-id is kept when it is short and plain; anything else is replaced by a fresh id. */
const REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

export function acceptRequestId(header: string | undefined): string | undefined {
  return header !== undefined && REQUEST_ID.test(header) ? header : undefined;
}

/** The chat runs of one request, collected as they are recorded. */
interface RequestScope {
  chats: ChatOutcome[];
  /** Set while a streamed answer is still going: called when its run is recorded. */
  onChat?: () => void;
}

const scopes = new WeakMap<Request, RequestScope>();

/**
 * The per-request hook for the chat handlers: they record each run through it, so the request's log line
 * and metrics carry its profile, language, model, backend, risk and time to first token.
 */
export function chatRecorder(c: Context): (outcome: ChatOutcome) => void {
  return (outcome) => {
    const scope = scopes.get(c.req.raw);
    if (!scope) return;
    scope.chats.push(outcome);
    scope.onChat?.();
  };
}

/** The route pattern that answered ("/v1/profiles/:id"), never the raw path: bounded label values, no ids in logs. */
function routeOf(c: Context): string {
  const handlers = matchedRoutes(c).filter((r) => r.method !== "ALL" && !r.path.endsWith("*"));
  return handlers.at(-1)?.path ?? "unmatched";
}

/**
 * One structured log line and one metrics observation per request: request id, route pattern, status,
 * latency, and for chats the profile, language, model, backend, risk level and time to first token. Never
 * message text, never user ids. A streamed answer is logged when its stream ends, with its full latency.
 */
export function observeRequests(log: Logger, metrics: Metrics): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = acceptRequestId(c.req.header("x-request-id")) ?? crypto.randomUUID();
    const scope: RequestScope = { chats: [] };
    scopes.set(c.req.raw, scope);
    await next();
    c.res.headers.set("x-request-id", requestId);

    const emit = () => {
      const durationMs = performance.now() - started;
      const route = routeOf(c);
      metrics.observeRequest({ route, method: c.req.method, status: c.res.status, durationMs, chats: scope.chats });
      log.info("request", {
        request_id: requestId,
        method: c.req.method,
        route,
        status: c.res.status,
        latency_ms: Math.round(durationMs),
        ...chatFields(scope.chats),
      });
    };
    const streaming = (c.res.headers.get("content-type") ?? "").startsWith("text/event-stream");
    if (streaming && scope.chats.length === 0) scope.onChat = emit;
    else emit();
  };
}

function chatFacts({ row, risk, safetyReplaced }: ChatOutcome) {
  return {
    interaction_id: row.id,
    profile: row.profile,
    language: row.language,
    model: row.model ?? null,
    backend: row.backend ?? null,
    risk,
    outcome: row.status,
    ...(row.errorCode ? { error_code: row.errorCode } : {}),
    ttft_ms: row.timeToFirstTokenMs ?? null,
    safety_replaced: safetyReplaced,
  };
}

/** One chat: its facts inline; a comparison: one entry per profile. */
function chatFields(chats: readonly ChatOutcome[]) {
  if (chats.length === 0) return {};
  if (chats.length === 1) return chatFacts(chats[0]!);
  return { chats: chats.map(chatFacts) };
}
