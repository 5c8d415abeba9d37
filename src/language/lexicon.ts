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
/** First words of the two-word phrases in INDEX, so only those words build a phrase key. */
const PHRASE_STARTS = new Set<string>();
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
    const space = word.indexOf(" ");
    if (space > 0) PHRASE_STARTS.add(word.slice(0, space));
    const shared = 1 / Math.sqrt(langs.size);
    INDEX.set(
      word,
      [...langs].map(([lang, factor]) => [lang, shared * factor] as const),
    );
  }
}

/**
 * Word endings that give a language away when the word itself is not listed: Basque, which franc
 * has no model for and whose words are long compounds of stem and case endings, and the suffixes
 * by which close Romance relatives spell the same word differently (Spanish -dad and -ciones,
 * Galician -dade and -cións, Portuguese -ção, Catalan -ció and -tat, Italian -zione and -ità). An
 * ending several languages share counts for each, less. The longest matching ending counts, once.
 */
const ENDINGS: ReadonlyArray<readonly [string, Readonly<Record<string, number>>]> = (
  [
    ..."tzeko tasuna tasunak tasunik tzea tzen tzeari aren arekin ekin rentzat etan tuta tzera".split(" ").map((e) => [e, { eu: 0.5 }] as const),
    ["ciones", { es: 0.5 }],
    ["cións", { gl: 0.5 }],
    ["ción", { es: 0.35, gl: 0.35 }],
    ["ções", { pt: 0.5 }],
    ["ção", { pt: 0.5 }],
    ["ões", { pt: 0.5 }],
    ["cions", { ca: 0.5 }],
    ["ció", { ca: 0.5 }],
    ["zione", { it: 0.5 }],
    ["zioni", { it: 0.5 }],
    ["dad", { es: 0.5 }],
    ["tad", { es: 0.5 }],
    ["dade", { pt: 0.35, gl: 0.35 }],
    ["tade", { pt: 0.35, gl: 0.35 }],
    ["eito", { gl: 0.25, pt: 0.25 }],
    ["eitos", { gl: 0.25, pt: 0.25 }],
    ["tat", { ca: 0.5 }],
    ["tats", { ca: 0.5 }],
    ["ità", { it: 0.5 }],
    ["ité", { fr: 0.5 }],
    ["miento", { es: 0.5 }],
    ["mientos", { es: 0.5 }],
    ["aje", { es: 0.5 }],
    ["axe", { gl: 0.5 }],
    ["atge", { ca: 0.5 }],
    ["agem", { pt: 0.5 }],
    ["aggio", { it: 0.5 }],
    ["ència", { ca: 0.5 }],
    ["ência", { pt: 0.5 }],
    ["encia", { es: 0.35, gl: 0.35 }],
    ["enza", { it: 0.5 }],
    ["ável", { pt: 0.5 }],
    ["ível", { pt: 0.5 }],
    ["eiro", { pt: 0.35, gl: 0.35 }],
    ["eira", { pt: 0.35, gl: 0.35 }],
    ["ness", { en: 0.5 }],
    ["ing", { en: 0.3 }],
    ["ung", { de: 0.5 }],
    ["keit", { de: 0.5 }],
    ["heit", { de: 0.5 }],
    ["lich", { de: 0.5 }],
    ["schaft", { de: 0.5 }],
    ["keun", { su: 0.5 }],
  ] as const
).toSorted(([a], [b]) => b.length - a.length);

/** The endings by their last letter, longest first, so a word is checked against a handful only. */
const ENDINGS_BY_LAST = new Map<string, Array<(typeof ENDINGS)[number]>>();
for (const entry of ENDINGS) {
  const last = entry[0].slice(-1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), entry]);
}

function addEnding(scores: Map<string, number>, word: string): void {
  const endings = ENDINGS_BY_LAST.get(word.charAt(word.length - 1));
  if (endings === undefined) return;
  for (const [ending, langs] of endings) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      for (const lang in langs) scores.set(lang, (scores.get(lang) ?? 0) + langs[lang]!);
      return;
    }
  }
}

// The apostrophes people type for one: ’ and ‘, and Uzbek's oʻ/gʻ (U+02BB) and tutuq (U+02BC), often `.
const APOSTROPHES = /[’‘ʻʼ`]/g;
const HAS_APOSTROPHE = /[’‘ʻʼ`]/;
const asciiApostrophes = (text: string): string => (HAS_APOSTROPHE.test(text) ? text.replace(APOSTROPHES, "'") : text);

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
 * Every word `lexiconEvidence` may look a text up by: each token, its parts around an apostrophe
 * or hyphen, and each two adjacent tokens (for phrases). For the word-list rule check (eval/language/word-list-rule.ts), so it sees every word a
 * list entry could match.
 */
export function lexiconTokens(lowerText: string): string[] {
  const out: string[] = [];
  const text = asciiApostrophes(lowerText);
  let previous = "";
  for (let token of text.split(TOKEN_SPLIT)) {
    token = trimJoiners(token);
    if (token === "") continue;
    if (previous !== "") out.push(`${previous} ${token}`);
    previous = token;
    out.push(token);
    const apostrophe = token.indexOf("'");
    if (apostrophe > 0) out.push(token.slice(0, apostrophe + 1), token.slice(apostrophe + 1));
    else if (token.includes("-")) for (const part of token.split("-")) if (part !== "") out.push(part);
  }
  return out;
}

/**
 * One word-list string's entries: lower-cased NFC words, with whether each is written "+word" (a
 * marker). "no_fit" is a two-word phrase, "no fit", matched on adjacent words.
 */
export function listEntries(words: string): Array<{ word: string; marker: boolean }> {
  const out: Array<{ word: string; marker: boolean }> = [];
  for (const raw of words.split(/\s+/)) {
    const marker = raw.startsWith("+");
    const word = (marker ? raw.slice(1) : raw).normalize("NFC").toLowerCase().replace("_", " ");
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
  const text = asciiApostrophes(lowerText);
  let previous = "";
  for (let token of text.split(TOKEN_SPLIT)) {
    if (token === "") continue;
    token = trimJoiners(token);
    if (token === "") continue;
    words++;
    // A phrase counts on top of its words: "no fit" is Pidgin though "no" and "fit" are English too.
    if (PHRASE_STARTS.has(previous)) addWord(scores, `${previous} ${token}`);
    previous = token;
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
