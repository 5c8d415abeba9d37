/**
 * One chat completion on a leased sequence: OpenAI-shaped messages in, text deltas and a final
 * `done` (usage, finish reason) out. The prompt is rendered by the model's own chat template.
 * Message text is never logged.
 */
import type { ChatHistoryItem, ChatWrapper, LlamaChat, Token, Tokenizer } from "node-llama-cpp";
import { PromptTooLongError, type ChatMessage, type GenerateEvent, type SamplingOptions } from "../types.ts";
import { EventChannel } from "./event-channel.ts";

/** Sampling used where a request leaves a field out. */
export interface SamplingDefaults {
  maxTokens: number;
  temperature: number;
  topP?: number;
}

export function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = messages.map((m): ChatHistoryItem => {
    switch (m.role) {
      case "system":
        return { type: "system", text: m.content };
      case "user":
        return { type: "user", text: m.content };
      default:
        return { type: "model", response: [m.content] };
    }
  });
  // An empty model turn at the end is where the answer goes.
  history.push({ type: "model", response: [] });
  return history;
}

/**
 * Tokens of the rendered prompt, as the template lays it out (the OpenAI prompt_tokens). The same
 * tokens LlamaChat evaluates, so they can be matched against what a sequence's KV cache holds.
 */
export function renderPromptTokens(chatWrapper: ChatWrapper, tokenizer: Tokenizer, messages: readonly ChatMessage[]): Token[] {
  const { contextText } = chatWrapper.generateContextState({ chatHistory: toChatHistory(messages) });
  return contextText.tokenize(tokenizer);
}

/** What the caller already knows of the prompt: its length and how much of it the sequence holds. */
export interface KnownPrompt {
  tokens: number;
  /** Leading tokens already in the sequence's KV cache. */
  cached: number;
}

/**
 * Streams one answer. Aborting `signal` stops generation within a token and the iterator throws
 * the abort reason; a consumer that stops iterating early stops generation too. Either way the
 * sequence is idle again before this generator finishes, so the caller can lend it to the next
 * request.
 */
export async function* streamChat(
  chat: LlamaChat,
  tokenizer: Tokenizer,
  messages: readonly ChatMessage[],
  sampling: SamplingOptions,
  defaults: SamplingDefaults,
  signal: AbortSignal,
  /** Told of every generated token, including those of an answer that is then aborted. */
  onTokens?: (count: number) => void,
  /** Catalog id, named in a PromptTooLongError. */
  modelId = "model",
  known?: KnownPrompt,
): AsyncGenerator<GenerateEvent> {
  if (signal.aborted) throw signal.reason;
  const history = toChatHistory(messages);
  const promptTokens = known?.tokens ?? renderPromptTokens(chat.chatWrapper, tokenizer, messages).length;
  // LlamaChat evaluates at least the prompt's last token, whatever the cache holds.
  const cachedPromptTokens = known ? Math.max(0, Math.min(known.cached, promptTokens - 1)) : undefined;

  const stopGenerating = new AbortController();
  const onAbort = () => stopGenerating.abort(signal.reason);
  signal.addEventListener("abort", onAbort, { once: true });

  const deltas = new EventChannel<string>();
  let completionTokens = 0;
  const topP = sampling.topP ?? defaults.topP;
  const generation = chat
    .generateResponse(history, {
      signal: stopGenerating.signal,
      stopOnAbortSignal: true,
      maxTokens: sampling.maxTokens ?? defaults.maxTokens,
      temperature: sampling.temperature ?? defaults.temperature,
      ...(topP !== undefined ? { topP } : {}),
      ...(sampling.seed !== undefined ? { seed: sampling.seed } : {}),
      ...(sampling.stop?.length ? { customStopTriggers: sampling.stop } : {}),
      onToken: (tokens) => {
        completionTokens += tokens.length;
        onTokens?.(tokens.length);
      },
      onTextChunk: (text) => {
        if (text !== "") deltas.push(text);
      },
    })
    .then(
      (response) => {
        deltas.close();
        return response;
      },
      (error: unknown) => {
        const failure = isContextOverflow(error) ? new PromptTooLongError(modelId, chat.context.contextSize) : error;
        deltas.fail(failure);
        throw failure;
      },
    );
  // Handled here so a failure while the consumer is not pulling is no unhandled rejection;
  // the consumer still sees it through `deltas`.
  generation.catch(() => {});

  try {
    for await (const text of deltas) {
      // Text generated before the abort but not yet pulled is dropped, not delivered.
      if (signal.aborted) throw signal.reason;
      yield { type: "text", text };
    }
    const response = await generation;
    if (signal.aborted) throw signal.reason;
    yield {
      type: "done",
      finishReason: response.metadata.stopReason === "maxTokens" ? "length" : "stop",
      usage: { promptTokens, completionTokens, ...(cachedPromptTokens !== undefined ? { cachedPromptTokens } : {}) },
    };
  } finally {
    signal.removeEventListener("abort", onAbort);
    stopGenerating.abort();
    // Wait for llama.cpp to stop before the sequence goes back to the pool.
    await generation.catch(() => {});
  }
}

/** node-llama-cpp's way of saying even the shortened history does not fit the context. */
function isContextOverflow(error: unknown): boolean {
  return error instanceof Error && /compress chat history|context size is too small|exceeds the context/i.test(error.message);
}
