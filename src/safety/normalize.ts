/**
 * Text normalisation shared by the lexicon compiler and the matcher. Patterns and messages go
 * through the same function, so a rule written in ordinary spelling matches stylised input:
 * "K1LLL   mysellf!!" and "kill myself" both become "kil myself".
 *
 * Steps, in order (each one is there for a reason seen in real chat text):
 *  1. NFKC: full-width letters and digits (common in CJK input methods) become ordinary ones.
 *  2. lower case; Turkish dotless ı and German ß folded so ASCII typing matches.
 *  3. zero-width joiners/non-joiners, soft hyphens and Arabic tatweel removed (Persian writes
 *     "می‌خوام" with a ZWNJ, many people type it without).
 *  4. diacritics stripped where they are optional in everyday typing: Latin/Cyrillic combining
 *     marks, Arabic harakat, the Devanagari nukta. Devanagari vowel signs and kana voicing marks
 *     are kept because they change the word.
 *  5. Arabic/Persian letter variants unified (alef forms, yeh/kaf variants, teh marbuta) and
 *     Arabic-Indic, Persian and Devanagari digits mapped to ASCII.
 *  6. leetspeak inside Latin words: a digit right after a letter is read as a letter (k1ll, d13).
 *     Digits that start a token stay digits ("25m", "3ayez" in Arabizi).
 *  7. punctuation and emoji become spaces.
 *  8. runs of the same letter collapse to one ("sooo" → "so", "kill" → "kil"); patterns collapse
 *     identically, so this costs no precision on the pattern side.
 *  9. spaces between CJK/kana/Hangul characters are dropped (spacing there is optional and
 *     inconsistent), then whitespace collapses.
 */

const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF\u00AD\u0640]/g;
// Combining marks we treat as optional: Latin/Greek/Cyrillic diacritics, Arabic harakat and
// superscript alef, the Devanagari nukta.
const OPTIONAL_MARKS = /[\u0300-\u036F\u064B-\u065F\u0670\u093C]/g;

const CHAR_MAP: Record<string, string> = {
  ı: "i",
  ß: "ss",
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ئ: "ي",
  ؤ: "و",
  ة: "ه",
  ک: "ك",
  ۀ: "ه",
  "ँ": "ं", // Devanagari chandrabindu and anusvara are used interchangeably in chat (हूँ / हूं)
};

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };

const NON_ASCII_DIGIT_BASES = [0x0660, 0x06f0, 0x0966]; // Arabic-Indic, extended (Persian), Devanagari

function mapChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const mapped = CHAR_MAP[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.codePointAt(0) ?? 0;
    let digit: string | undefined;
    for (const base of NON_ASCII_DIGIT_BASES) {
      if (code >= base && code <= base + 9) digit = String(code - base);
    }
    out += digit ?? ch;
  }
  return out;
}

const LATIN_LETTER = /[a-z]/;

/** Reads digits and @/$ that follow a Latin letter as letters: "k1ll" → "kill", "d13" → "die". */
function unLeet(text: string): string {
  let out = "";
  let prevIsLetter = false;
  for (const ch of text) {
    const mapped = LEET[ch];
    if (mapped !== undefined && prevIsLetter) {
      out += mapped;
      prevIsLetter = true;
      continue;
    }
    out += ch;
    prevIsLetter = LATIN_LETTER.test(ch);
  }
  return out;
}

const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
const REPEATED_LETTER = /(\p{L})\1+/gu;
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー";
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +(?=[${CJK}])`, "gu");

export function normalizeText(input: string): string {
  let text = input.normalize("NFKC").toLowerCase();
  text = text.replace(ZERO_WIDTH, "");
  text = text.normalize("NFD").replace(OPTIONAL_MARKS, "").normalize("NFC");
  text = mapChars(text);
  text = unLeet(text);
  text = text.replace(NOT_WORD, " ");
  text = text.replace(REPEATED_LETTER, "$1");
  text = text.replace(/\s+/g, " ").trim();
  text = text.replace(SPACE_BETWEEN_CJK, "");
  return text;
}

/** True when the raw text asks something: a question mark in any script. */
export function hasQuestionMark(input: string): boolean {
  return /[?？؟¿]/.test(input);
}
