/**
 * The learned guard classifier, asked through the same backends as the chat models (a GGUF on the
 * llama backend, or a hosted endpoint). The conversation goes as chat messages; the guard's own chat
 * template turns it into its moderation prompt, and the answer under review is the last assistant turn.
 *
 * A call never throws: a failure, a timeout or an answer outside the model's format comes back as
 * `unavailable`, and the caller fails closed (chat/answer-guard.ts).
 */
import type { ChatBackend, ChatMessage } from "../backends/types.ts";
import type { GuardFormat } from "../catalog/schema.ts";
import { parseGuardOutput, type GuardModelVerdict } from "../safety/guard-formats.ts";

export type GuardCall = { status: "ok"; verdict: GuardModelVerdict } | { status: "unavailable"; reason: "timeout" | "error" | "unparseable" | "aborted" };

export interface GuardModel {
  readonly id: string;
  readonly format: GuardFormat;
  /** Classify the last turn of `messages` (a user turn: the input; an assistant turn: the answer). */
  classify(messages: readonly ChatMessage[], signal: AbortSignal): Promise<GuardCall>;
}

/** The verdict is a couple of short lines; 48 tokens leave room for Qwen3Guard's three. */
const GUARD_MAX_TOKENS = 48;

export function createGuardModel(options: { id: string; format: GuardFormat; backend: ChatBackend; timeoutMs: number }): GuardModel {
  const { id, format, backend, timeoutMs } = options;
  return {
    id,
    format,
    async classify(messages, signal) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = AbortSignal.any([signal, timeout]);
      let text = "";
      try {
        const turns = messages.filter((m) => m.role !== "system").map((m) => ({ role: m.role, content: m.content }));
        for await (const event of backend.generate({ model: id, messages: turns, maxTokens: GUARD_MAX_TOKENS, temperature: 0 }, combined)) {
          if (event.type === "text") text += event.text;
        }
      } catch {
        if (timeout.aborted) return { status: "unavailable", reason: "timeout" };
        return { status: "unavailable", reason: signal.aborted ? "aborted" : "error" };
      }
      try {
        return { status: "ok", verdict: parseGuardOutput(format, text) };
      } catch {
        return { status: "unavailable", reason: "unparseable" };
      }
    },
  };
}
