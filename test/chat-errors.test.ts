import { describe, expect, it } from "vitest";
import { asApiError, chatApiError } from "../src/api/chat-errors.ts";
import { ApiError } from "../src/api/errors.ts";
import {
  ConversationTooLong,
  GenerationFailed,
  InvalidProfileRequest,
  ModelsBusy,
  NoModelAvailable,
  ProfileConflict,
  ProfileRequired,
  UnknownModel,
  UnknownProfile,
  type ChatError,
} from "../src/chat/errors.ts";

const cases: { error: ChatError; status: number; type: string; code: string; param: string | null; retryAfter?: number }[] = [
  { error: new UnknownModel("m"), status: 404, type: "not_found_error", code: "model_not_found", param: "model" },
  { error: new UnknownProfile("m", "profile"), status: 404, type: "not_found_error", code: "profile_not_found", param: "profile" },
  { error: new ProfileRequired("m"), status: 400, type: "invalid_request_error", code: "profile_required", param: "model" },
  { error: new ProfileConflict("m", "profile"), status: 400, type: "invalid_request_error", code: "profile_conflict", param: "profile" },
  { error: new InvalidProfileRequest("m", "unknown_lens", "lenses"), status: 400, type: "invalid_request_error", code: "unknown_lens", param: "lenses" },
  { error: new InvalidProfileRequest("m", "invalid_profile", null), status: 400, type: "invalid_request_error", code: "invalid_profile", param: null },
  { error: new ConversationTooLong("m"), status: 400, type: "invalid_request_error", code: "context_length_exceeded", param: "messages" },
  { error: new ModelsBusy("m", 3.5), status: 429, type: "rate_limit_error", code: "queue_full", param: null, retryAfter: 3.5 },
  { error: new NoModelAvailable("m"), status: 503, type: "service_unavailable", code: "no_backend_available", param: null, retryAfter: 10 },
  { error: new GenerationFailed("m"), status: 502, type: "upstream_error", code: "generation_failed", param: null },
];

describe("chat errors → HTTP", () => {
  it.each(cases)("$error.name → $status $code", ({ error, status, type, code, param, retryAfter }) => {
    const api = chatApiError(error);
    expect(api.status).toBe(status);
    expect(api.retryAfterSeconds).toBe(retryAfter);
    expect(api.toBody()).toEqual({ error: { message: "m", type, param, code } });
  });

  it("covers every kind of chat error", () => {
    expect(new Set(cases.map((c) => c.error.kind)).size).toBe(9);
  });

  it("passes ApiErrors through and leaves other errors to the 500 handler", () => {
    const api = new ApiError(413, "too big", "invalid_request_error", "body_too_large");
    expect(asApiError(api)).toBe(api);
    expect(asApiError(new GenerationFailed("m"))?.status).toBe(502);
    expect(asApiError(new TypeError("bug"))).toBeUndefined();
  });
});
