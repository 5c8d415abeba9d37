export { createHostedBackend, DEFAULT_BACKOFF_MS, HostedBackend, type HostedBackendOptions } from "./hosted-backend.ts";
export { HostedUnavailableError, UpstreamRejectedError, type UnavailableReason } from "./errors.ts";
