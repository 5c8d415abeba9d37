import type { MiddlewareHandler } from "hono";
import { secretsEqual } from "../../privacy/keys.ts";
import { ApiError } from "../errors.ts";

/** An evaluator key shorter than this could be guessed by trying. */
export const MIN_EVALUATOR_KEY_LENGTH = 16;

/**
 * Evaluator endpoints need `Authorization: Bearer <GLOCAL_EVALUATOR_KEY>`: 401 without credentials,
 * 403 with wrong ones, and off (403 saying how to turn them on) when no key is configured. The key is
 * compared in constant time.
 */
export function requireEvaluator(evaluatorKey: string | undefined): MiddlewareHandler {
  if (evaluatorKey !== undefined && evaluatorKey.length < MIN_EVALUATOR_KEY_LENGTH) {
    throw new Error(`GLOCAL_EVALUATOR_KEY must be at least ${MIN_EVALUATOR_KEY_LENGTH} characters (e.g. \`openssl rand -base64 32\`)`);
  }
  return async (c, next) => {
    if (!evaluatorKey) {
      throw new ApiError(
        403,
        'evaluator endpoints are off: set GLOCAL_EVALUATOR_KEY on the gateway and send it as "Authorization: Bearer <key>"',
        "invalid_request_error",
        "evaluator_endpoints_disabled",
      );
    }
    const header = c.req.header("authorization");
    const match = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
    if (!match) {
      c.header("WWW-Authenticate", 'Bearer realm="glocal-eval"');
      throw new ApiError(
        401,
        header
          ? 'malformed Authorization header: send "Authorization: Bearer <evaluator key>"'
          : 'evaluator endpoints need "Authorization: Bearer <evaluator key>"',
        "invalid_request_error",
        "missing_evaluator_key",
      );
    }
    if (!(await secretsEqual(match[1] as string, evaluatorKey))) {
      throw new ApiError(403, "wrong evaluator key", "invalid_request_error", "invalid_evaluator_key");
    }
    c.header("Cache-Control", "no-store");
    await next();
  };
}
