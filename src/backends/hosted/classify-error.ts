import {
  InferenceClientHubApiError,
  InferenceClientInputError,
  InferenceClientProviderApiError,
  InferenceClientProviderOutputError,
  InferenceClientRoutingError,
} from "@huggingface/inference";
import { HostedUnavailableError, UpstreamRejectedError } from "./errors.ts";

export interface FailureContext {
  backendId: string;
  /** Our own deadline fired (no byte from upstream within timeoutMs). */
  timedOut: boolean;
  timeoutMs: number;
  /** A text delta has already been yielded. */
  started: boolean;
  /** The Retry-After header of the last upstream response, if it had one. */
  retryAfterHeader: string | null;
  now: number;
}

/** Upstream messages can be long or echo input; keep them short in errors that may be logged. */
const MAX_UPSTREAM_MESSAGE = 200;

/**
 * Turns whatever the client or fetch threw into one of the two errors the gateway acts on:
 * HostedUnavailableError (transient: fall through / end the stream) or UpstreamRejectedError (502).
 * The caller's own abort is handled before this and never reaches it.
 */
export function classifyUpstreamError(error: unknown, context: FailureContext): HostedUnavailableError | UpstreamRejectedError {
  const { backendId } = context;
  const unavailable = (message: string, reason: HostedUnavailableError["reason"], status?: number, retryAfterSeconds?: number) =>
    new HostedUnavailableError(message, backendId, reason, status, retryAfterSeconds, { cause: error });

  if (context.timedOut) {
    return context.started
      ? unavailable(`upstream stalled: no data for ${context.timeoutMs} ms mid-stream`, "timeout")
      : unavailable(`upstream did not answer within ${context.timeoutMs} ms`, "timeout");
  }

  if (error instanceof InferenceClientProviderApiError || error instanceof InferenceClientHubApiError) {
    const status = error.httpResponse.status;
    const detail = shorten(error.message);
    if (status === 429) {
      const retryAfter = parseRetryAfter(context.retryAfterHeader, context.now);
      return unavailable(`upstream rate limit (429): ${detail}`, "rate-limited", 429, retryAfter);
    }
    if (status === 408 || status >= 500) {
      const retryAfter = parseRetryAfter(context.retryAfterHeader, context.now);
      return unavailable(`upstream server error (${status}): ${detail}`, "server-error", status, retryAfter);
    }
    if (status >= 200 && status < 300) {
      // A 200 that carried an SSE `{"error": …}` event (overload, OOM mid-generation), or a body that
      // is not an event stream at all.
      if (isStreamErrorEvent(error.httpResponse.body)) {
        return unavailable(`upstream reported an error while streaming: ${detail}`, "stream-error", status);
      }
      return new UpstreamRejectedError(`upstream answered in an unexpected format: ${detail}`, backendId, status, {
        cause: error,
      });
    }
    return new UpstreamRejectedError(`upstream refused the request (${status}): ${detail}`, backendId, status, {
      cause: error,
    });
  }

  if (error instanceof InferenceClientProviderOutputError || error instanceof SyntaxError) {
    return new UpstreamRejectedError(`upstream answered with something that is not a chat completion: ${shorten(error.message)}`, backendId, undefined, {
      cause: error,
    });
  }

  if (error instanceof InferenceClientInputError || error instanceof InferenceClientRoutingError) {
    return new UpstreamRejectedError(`hosted model is misconfigured: ${shorten(error.message)}`, backendId, undefined, {
      cause: error,
    });
  }

  const code = networkErrorCode(error);
  switch (code) {
    case "ECONNREFUSED":
      return unavailable("connection refused by upstream", "refused");
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_NONAME":
      return unavailable(`DNS lookup failed for the upstream host (${code})`, "dns");
    case "UND_ERR_CONNECT_TIMEOUT":
    case "ETIMEDOUT":
      return unavailable(`connecting to upstream timed out (${code})`, "timeout");
    case "UND_ERR_SOCKET":
    case "ECONNRESET":
    case "EPIPE":
      return unavailable(context.started ? "upstream closed the connection mid-stream" : "upstream closed the connection", "network");
  }
  if (code) return unavailable(`network error reaching upstream (${code})`, "network");
  const message = error instanceof Error ? error.message : String(error);
  return unavailable(`unexpected failure calling upstream: ${shorten(message)}`, "network");
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Node's fetch (undici) wraps the socket error as `TypeError: fetch failed` with a coded cause. */
function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isStreamErrorEvent(body: unknown): boolean {
  return typeof body === "object" && body !== null && "error" in body;
}

function shorten(message: string): string {
  const singleLine = message.replace(/\s+/g, " ").trim();
  return singleLine.length > MAX_UPSTREAM_MESSAGE ? `${singleLine.slice(0, MAX_UPSTREAM_MESSAGE)}…` : singleLine;
}
