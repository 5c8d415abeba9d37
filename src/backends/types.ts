/**
 * The one interface every model backend implements. The router and the API never know which kind
 * they got: a local llama.cpp model, a LoRA context over one, or a hosted endpoint.
 */

export type ChatRole = "system" | "user" | "assistant";

export interface ChatMessage {
  role: ChatRole;
  content: string;
}

export interface SamplingOptions {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stop?: string[];
  seed?: number;
}

export interface GenerateRequest extends SamplingOptions {
  /** Catalog model id that the router chose. */
  model: string;
  /** Optional LoRA adapter id (local backend only) applied over the model. */
  adapter?: string;
  messages: ChatMessage[];
  /**
   * The caller only uses the whole answer (a non-streamed response): a backend may produce it in one
   * piece, e.g. a hosted one with a plain (non-streaming) upstream call. Deltas are optional then.
   */
  wholeAnswer?: boolean;
}

/** What a backend yields while generating: text deltas, then exactly one `done`. */
export type GenerateEvent =
  | { type: "text"; text: string }
  | {
      type: "done";
      finishReason: "stop" | "length";
      /**
       * `cachedPromptTokens`: leading prompt tokens a local model's KV cache already held, so it did
       * not evaluate them again (OpenAI's prompt_tokens_details.cached_tokens); absent where unknown.
       */
      usage: { promptTokens: number; completionTokens: number; cachedPromptTokens?: number };
    };

export type BackendState = "ready" | "loading" | "idle" | "missing" | "down";

export interface BackendHealth {
  state: BackendState;
  /** Human-readable reason, shown in /readyz and in route traces. */
  detail?: string;
  /** Requests waiting in this backend's queue, where it has one. */
  queued?: number;
}

export interface ChatBackend {
  /** Catalog model id (plus adapter where the backend serves one), unique per gateway. */
  readonly id: string;
  readonly kind: "llama" | "hosted";
  /** True for the generated demo model, whose text is gibberish. */
  readonly demo?: boolean;
  generate(request: GenerateRequest, signal: AbortSignal): AsyncIterable<GenerateEvent>;
  health(): BackendHealth;
  close?(): Promise<void>;
}

/**
 * Thrown by a backend when it cannot start generating. The router falls through to the next
 * target on these; after the first token they end the stream instead.
 */
export class BackendUnavailableError extends Error {
  constructor(
    message: string,
    readonly backendId: string,
    /** Upstream HTTP status where there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = "BackendUnavailableError";
  }
}

/** A model's bounded queue is full: the API answers 429 with Retry-After. */
export class QueueFullError extends Error {
  constructor(
    readonly backendId: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`model ${backendId} is busy: its queue is full`);
    this.name = "QueueFullError";
  }
}

/**
 * The conversation does not fit the model's context even after dropping older turns. Another model
 * may have a larger context, so the router moves on; when none fits, the API answers 400.
 */
export class PromptTooLongError extends Error {
  constructor(
    readonly backendId: string,
    readonly contextSize?: number,
  ) {
    super(`the conversation does not fit the context of ${backendId}${contextSize ? ` (${contextSize} tokens)` : ""}`);
    this.name = "PromptTooLongError";
  }
}
