import { LEXICON_WORDS } from "./lexicon-data.ts";
import { SERVED_LEXICON_WORDS } from "./lexicon-data-served.ts";

/**
 * Word-list evidence: how many of a message's words each language's list knows. Short chat text is
 * mostly function words and a handful of everyday words, which is exactly where trigram statistics
 * are thinnest and a word list is strongest.
 */

// word → [language, weight][]; a word shared by k lists weighs 1/√k in each, so "no" (en, es, it…)
// says less than "nggak". A word written "+word" is a marker of its language (Pidgin "abeg", "wahala"
// amid English words) and weighs double there.
const INDEX = new Map<string, Array<readonly [string, number]>>();
{
  const owners = new Map<string, Map<string, number>>();
  for (const [lang, words] of [...Object.entries(LEXICON_WORDS), ...Object.entries(SERVED_LEXICON_WORDS)]) {
    for (const { word, marker } of listEntries(words)) {
      const langs = owners.get(word) ?? new Map<string, number>();
      langs.set(lang, Math.max(langs.get(lang) ?? 1, marker ? 2 : 1));
      owners.set(word, langs);
    }
  }
  for (const [word, langs] of owners) {
    const shared = 1 / Math.sqrt(langs.size);
    INDEX.set(
      word,
      [...langs].map(([lang, factor]) => [lang, shared * factor] as const),
    );
  }
}

/**
 * Word endings that give a language away when the word itself is not listed — for Basque, which
 * franc has no model for and whose words are long compounds of stem and case endings.
 */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ..."tzeko tasuna tasunak tasunik tzea tzen tzeari aren arekin ekin rentzat etan tuta tzera".split(" ").map((e) => [e, "eu"] as const),
];
const ENDING_WEIGHT = 0.5;

function addEnding(scores: Map<string, number>, word: string): void {
  for (const [ending, lang] of ENDINGS) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      scores.set(lang, (scores.get(lang) ?? 0) + ENDING_WEIGHT);
      return;
    }
  }
}

const TOKEN_SPLIT = /[^\p{L}\p{M}'\u200c-]+/u;

function addWord(scores: Map<string, number>, word: string): boolean {
  const entries = INDEX.get(word);
  if (entries === undefined) return false;
  for (const [lang, weight] of entries) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  return true;
}

const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2d; // ' and -

/** The token without leading or trailing apostrophes and hyphens (most tokens have none: no copy then). */
function trimJoiners(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && isJoiner(token.charCodeAt(start))) start++;
  while (end > start && isJoiner(token.charCodeAt(end - 1))) end--;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

/**
 * Every word `lexiconEvidence` may look a text up by: each token, and its parts around an apostrophe
 * or hyphen. For the word-list rule check (eval/language/word-list-rule.ts), so it sees every word a
 * list entry could match.
 */
export function lexiconTokens(lowerText: string): string[] {
  const out: string[] = [];
  const text = lowerText.includes("’") ? lowerText.replace(/’/g, "'") : lowerText;
  for (let token of text.split(TOKEN_SPLIT)) {
    token = trimJoiners(token);
    if (token === "") continue;
    out.push(token);
    const apostrophe = token.indexOf("'");
    if (apostrophe > 0) out.push(token.slice(0, apostrophe + 1), token.slice(apostrophe + 1));
    else if (token.includes("-")) for (const part of token.split("-")) if (part !== "") out.push(part);
  }
  return out;
}

/** One word-list string's entries: lower-cased NFC words, with whether each is written "+word" (a marker). */
export function listEntries(words: string): Array<{ word: string; marker: boolean }> {
  const out: Array<{ word: string; marker: boolean }> = [];
  for (const raw of words.split(/\s+/)) {
    const marker = raw.startsWith("+");
    const word = (marker ? raw.slice(1) : raw).normalize("NFC").toLowerCase();
    if (word !== "") out.push({ word, marker });
  }
  return out;
}

export interface LexiconEvidence {
  /** Weighted word hits per language. */
  scores: Map<string, number>;
  /** Words in the text (after splitting clitics and hyphenated compounds). */
  words: number;
}

/** Text must already be NFC-normalised and lower-cased. */
export function lexiconEvidence(lowerText: string): LexiconEvidence {
  const scores = new Map<string, number>();
  let words = 0;
  const text = lowerText.includes("’") ? lowerText.replace(/’/g, "'") : lowerText;
  for (let token of text.split(TOKEN_SPLIT)) {
    if (token === "") continue;
    token = trimJoiners(token);
    if (token === "") continue;
    words++;
    if (addWord(scores, token)) continue;
    addEnding(scores, token);
    // "j'ai" → "j'" + "ai"; "don't" is listed whole; "gabi-gabi" → "gabi" ×2; "می‌کنم" is listed whole.
    const apostrophe = token.indexOf("'");
    if (apostrophe > 0) {
      addWord(scores, token.slice(0, apostrophe + 1));
      addWord(scores, token.slice(apostrophe + 1));
    } else if (token.includes("-")) {
      for (const part of token.split("-")) if (part !== "") addWord(scores, part);
    }
  }
  return { scores, words };
}
