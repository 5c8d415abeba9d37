/**
 * A conservative, dependency-free estimate of how many tokens a text costs a small model, for
 * fitting the system prompt into its budget at request time without loading a tokenizer.
 *
 * Weights per character class, set to over-count Qwen2.5's byte-level BPE (the default model's
 * tokenizer): English costs about one token per 4-5 letters, but the same Latin letters in Swahili,
 * Hausa or Tagalog cost one per 2-2.5 (`latin: "other"`), Hangul and CJK about one per character,
 * Devanagari more than one. test/profiles-prompt.test.ts checks the estimate against the real
 * Qwen2.5 tokenizer on every composed prompt and fails if it ever under-counts.
 */

export interface EstimateOptions {
  /** How the text's Latin letters tokenize: English (the prompt's own wording) or another language. */
  latin?: "english" | "other";
}

const LATIN_LETTER = { english: 0.25, other: 0.55 } as const;
const DIGIT = 1;
const SPACE = 0.05;
/** ASCII punctuation: usually its own token, sometimes merged with a space or a neighbour. */
const PUNCTUATION = 0.55;

/** [first code point, last code point, tokens per character], for the scripts the profiles write. */
const RANGES: ReadonlyArray<readonly [number, number, number]> = [
  [0x0080, 0x024f, 1.2], // Latin-1 and Latin Extended (é, ã, ɓ)
  [0x0400, 0x04ff, 0.5], // Cyrillic
  [0x0600, 0x06ff, 0.9], // Arabic, Persian
  [0x0900, 0x097f, 1.3], // Devanagari
  [0x1100, 0x11ff, 1], // Hangul jamo
  [0x3000, 0x30ff, 0.85], // CJK punctuation, kana
  [0x3130, 0x318f, 1], // Hangul compatibility jamo
  [0x3400, 0x9fff, 0.85], // CJK ideographs
  [0xac00, 0xd7af, 0.9], // Hangul syllables
  [0xff00, 0xffef, 0.9], // full-width forms
];
/** Anything else (combining tone marks, Latin Extended Additional ẹ ọ, emoji): several bytes, rare in the vocabulary. */
const OTHER = 2;

function weightOf(code: number): number {
  for (const [from, to, weight] of RANGES) if (code >= from && code <= to) return weight;
  return OTHER;
}

export function estimateTokens(text: string, options: EstimateOptions = {}): number {
  const letter = LATIN_LETTER[options.latin ?? "english"];
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) total += letter;
    else if (code >= 0x30 && code <= 0x39) total += DIGIT;
    else if (code === 0x20 || code === 0x0a || code === 0x09) total += SPACE;
    else if (code < 0x80) total += PUNCTUATION;
    else total += weightOf(code);
  }
  return Math.ceil(total);
}
