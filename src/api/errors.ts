import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export type ErrorType = "invalid_request_error" | "not_found_error" | "rate_limit_error" | "service_unavailable" | "upstream_error" | "server_error";

/**
 * An error the API answers with, in the OpenAI shape {error:{message,type,param,code}}. The message
 * always says what to fix.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly type: ErrorType,
    readonly code: string,
    readonly param: string | null = null,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }

  toBody() {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

export const badRequest = (message: string, param: string | null = null, code = "invalid_request") =>
  new ApiError(400, message, "invalid_request_error", code, param);

export const notFound = (message: string, param: string | null = null, code = "not_found") => new ApiError(404, message, "not_found_error", code, param);

export function errorResponse(c: Context, error: ApiError): Response {
  if (error.retryAfterSeconds !== undefined) c.header("Retry-After", String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
  return c.json(error.toBody(), error.status);
}
