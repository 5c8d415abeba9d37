/**
 * Which free sequence of a context should serve a prompt. llama.cpp keeps each sequence's KV cache,
 * and node-llama-cpp re-evaluates only the tokens after the longest prefix a sequence already holds
 * (LlamaContextSequence.adaptStateToTokens). So a follow-up turn should land on the sequence that
 * holds its conversation, and a new conversation on a profile on the sequence that last served that
 * profile (they share the system prompt); a prompt unlike any cached one should take the sequence
 * whose cache is worth least rather than overwrite a useful one. Pure: token arrays in, an index out.
 */

export interface CachedSequence {
  /** Tokens the sequence's KV cache holds now, in order. */
  tokens: readonly number[];
  /** When it was last released (any increasing counter): breaks ties towards the least recently used. */
  lastUsed: number;
}

/** How many leading tokens two token lists share. */
export function commonPrefixLength(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/**
 * Cached tokens thrown away weigh half a reused token: overwriting a long cache for a short gain
 * loses more than it saves when that cache's profile or conversation comes back.
 */
const DISCARD_WEIGHT = 0.5;

/**
 * The index of the candidate that best serves `prompt`: most tokens reused, fewest cached tokens
 * discarded, then least recently used. Undefined when there is no candidate.
 */
export function chooseSequence(candidates: readonly CachedSequence[], prompt: readonly number[]): { index: number; reused: number } | undefined {
  let best: { index: number; reused: number; score: number; lastUsed: number } | undefined;
  candidates.forEach((candidate, index) => {
    const reused = commonPrefixLength(candidate.tokens, prompt);
    const score = reused - DISCARD_WEIGHT * (candidate.tokens.length - reused);
    if (!best || score > best.score || (score === best.score && candidate.lastUsed < best.lastUsed))
      best = { index, reused, score, lastUsed: candidate.lastUsed };
  });
  return best && { index: best.index, reused: best.reused };
}
