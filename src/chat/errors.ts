/**
 * Why a chat could not be answered, in the chat's own terms: no HTTP status here. src/api/chat-errors.ts
 * gives each kind its status and OpenAI error type. `code` is the stable reason clients branch on and
 * `field` the request field to fix, when one is at fault.
 */
export type ChatErrorKind =
  | "unknown_model"
  | "unknown_profile"
  | "profile_required"
  | "profile_conflict"
  | "invalid_profile_request"
  | "conversation_too_long"
  | "models_busy"
  | "no_model_available"
  | "generation_failed";

/** The request fields a chat error can blame. */
export type ChatField = "model" | "profile" | "lenses" | "messages";

export abstract class ChatError extends Error {
  abstract readonly kind: ChatErrorKind;

  constructor(
    message: string,
    readonly code: string,
    readonly field: ChatField | null = null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** `model` is neither "glocal/<profile>" nor a catalog model. */
export class UnknownModel extends ChatError {
  readonly kind = "unknown_model";
  constructor(message: string) {
    super(message, "model_not_found", "model");
  }
}

export class UnknownProfile extends ChatError {
  readonly kind = "unknown_profile";
  constructor(message: string, field: ChatField | null) {
    super(message, "profile_not_found", field);
  }
}

export class ProfileRequired extends ChatError {
  readonly kind = "profile_required";
  constructor(message: string) {
    super(message, "profile_required", "model");
  }
}

/** The model, `profile` field and header name different profiles. */
export class ProfileConflict extends ChatError {
  readonly kind = "profile_conflict";
  constructor(message: string, field: ChatField) {
    super(message, "profile_conflict", field);
  }
}

/** A malformed profile id or lens list; `code` is the profiles module's reason (invalid_lens, unknown_lens, …). */
export class InvalidProfileRequest extends ChatError {
  readonly kind = "invalid_profile_request";
}

/** Every model of the profile refused the prompt as too long, even after dropping older turns. */
export class ConversationTooLong extends ChatError {
  readonly kind = "conversation_too_long";
  constructor(message: string) {
    super(message, "context_length_exceeded", "messages");
  }
}

/** Every model that could answer has a full queue; worth retrying soon. */
export class ModelsBusy extends ChatError {
  readonly kind = "models_busy";
  constructor(
    message: string,
    /** The queues' own estimate of when a slot frees up. */
    readonly retryAfterSeconds: number,
  ) {
    super(message, "queue_full");
  }
}

/** No model of the profile is up (down, failing, or none serves the language). */
export class NoModelAvailable extends ChatError {
  readonly kind = "no_model_available";
  constructor(message: string) {
    super(message, "no_backend_available");
  }
}

/** The model failed after it had started answering (a whole-answer request). */
export class GenerationFailed extends ChatError {
  readonly kind = "generation_failed";
  constructor(message: string) {
    super(message, "generation_failed");
  }
}
