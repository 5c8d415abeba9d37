import type { ChatMessage } from "../types.ts";

/*
 * ESTIMATES, used only when the upstream reports no usage (many TGI versions send none while
 * streaming). We have no tokenizer for a remote model, so this is a rough heuristic, not a count:
 * about 4 characters per token for ASCII text (typical BPE on English) and one token per other
 * character (CJK, Hangul, Thai, … often take one or more tokens each). Expect ±50 %.
 */

/** Per-message overhead of chat templates (role markers, separators), also an estimate. */
const TOKENS_PER_MESSAGE = 4;

export function estimateTextTokens(text: string): number {
  const tally = new CompletionTally();
  tally.add(text);
  return tally.characterEstimate();
}

export function estimatePromptTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + estimateTextTokens(message.content), 0);
}

/** Counts a completion as it streams, without keeping its text. */
export class CompletionTally {
  private chunks = 0;
  private ascii = 0;
  private other = 0;

  add(delta: string): void {
    this.chunks++;
    for (const char of delta) {
      if (char.charCodeAt(0) < 0x80) this.ascii++;
      else this.other++;
    }
  }

  characterEstimate(): number {
    return Math.ceil(this.ascii / 4) + this.other;
  }

  /**
   * Streaming servers send about one token per content chunk, which is closer than the character
   * heuristic when there are many chunks, so take the larger of the two.
   */
  tokens(): number {
    return Math.max(this.chunks, this.characterEstimate());
  }
}
