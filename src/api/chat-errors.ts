import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ChatError, ModelsBusy, type ChatErrorKind } from "../chat/errors.ts";
import { ApiError, type ErrorType } from "./errors.ts";

/** A Retry-After for an outage: backends' health is rechecked within seconds. */
const OUTAGE_RETRY_SECONDS = 10;

/** The one place a chat's domain errors get their HTTP status and OpenAI error type. */
const HTTP_OF: Record<ChatErrorKind, { status: ContentfulStatusCode; type: ErrorType }> = {
  unknown_model: { status: 404, type: "not_found_error" },
  unknown_profile: { status: 404, type: "not_found_error" },
  profile_required: { status: 400, type: "invalid_request_error" },
  profile_conflict: { status: 400, type: "invalid_request_error" },
  invalid_profile_request: { status: 400, type: "invalid_request_error" },
  conversation_too_long: { status: 400, type: "invalid_request_error" },
  models_busy: { status: 429, type: "rate_limit_error" },
  no_model_available: { status: 503, type: "service_unavailable" },
  generation_failed: { status: 502, type: "upstream_error" },
};

export function chatApiError(error: ChatError): ApiError {
  const { status, type } = HTTP_OF[error.kind];
  const retryAfter = error instanceof ModelsBusy ? error.retryAfterSeconds : error.kind === "no_model_available" ? OUTAGE_RETRY_SECONDS : undefined;
  return new ApiError(status, error.message, type, error.code, error.field, retryAfter);
}

/** What the API answers for an error: ApiErrors as they are, chat errors mapped; undefined for anything else (a bug). */
export function asApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof ChatError) return chatApiError(error);
  return undefined;
}
