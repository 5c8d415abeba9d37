import { BackendUnavailableError } from "../types.ts";

/** Why a hosted endpoint could not serve: shown in health details and route traces. */
export type UnavailableReason = "refused" | "dns" | "timeout" | "network" | "server-error" | "rate-limited" | "stream-error" | "circuit-open" | "no-token";

/**
 * A transient failure of a hosted endpoint (it is down, slow, overloaded or rate-limiting us).
 * Before the first delta the router moves on to the next target; after it the stream ends.
 */
export class HostedUnavailableError extends BackendUnavailableError {
  constructor(
    message: string,
    backendId: string,
    readonly reason: UnavailableReason,
    status?: number,
    /** From the upstream's Retry-After header (429/503), in whole seconds. */
    readonly retryAfterSeconds?: number,
    options?: { cause?: unknown },
  ) {
    super(message, backendId, status);
    this.name = "HostedUnavailableError";
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/**
 * The upstream answered, but not with a chat completion we can use: it refused the request (4xx:
 * bad token, unknown model, invalid parameters), or sent a body that is not the OpenAI/TGI wire
 * format, or the client refused the configuration before sending. Sending the same request again
 * will not help, so this is not a BackendUnavailableError; the API answers 502 with the message.
 */
export class UpstreamRejectedError extends Error {
  constructor(
    message: string,
    readonly backendId: string,
    /** Upstream HTTP status where there was one. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message);
    this.name = "UpstreamRejectedError";
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
