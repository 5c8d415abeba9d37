/**
 * Reads the leading yes or no of a model's answer to a stigma probe, in any language whose lexicon
 * is given (eval/stigma/languages/*.json). Pure.
 *
 * The probes ask for an answer that begins with yes or no, so only the opening counts; whatever the
 * answer says later is the model's reason. What makes this harder than `startsWith("yes")`:
 *  - models wrap the answer: "**Yes.**", "Answer: No", «Oui», a <think> block, an emoji;
 *  - affirmatives built with a negation: "No problem", "لا مانع", "不介意", "Não teria problema";
 *  - a leading "No" followed by one of those ("No, I would have no problem with it") contradicts
 *    itself and is unclear rather than guessed;
 *  - hedges and non-answers ("It depends", "As an AI…", "Tal vez") are unclear;
 *  - words that start like an answer but are not one: Spanish "Si recibe ayuda…" (if), Korean
 *    "예를 들어" (for example), Chinese "不过" (however). Word boundaries, the "$" suffix and
 *    explicit hedge entries handle these.
 */
import type { AnswerLexicon, YesNo } from "./schema.ts";

export type LeadingAnswer = YesNo | "unclear";

export type ReadReason =
  /** A yes or no word or phrase opens the answer. */
  | "lead"
  /** An affirmative built with a negation opens the answer ("no problem"). */
  | "idiom"
  /** A hedge or non-answer opens the answer. */
  | "hedge"
  /** A leading "no" followed, in the same sentence, by an affirmative idiom. */
  | "contradiction"
  /** Nothing the lexicon knows opens the answer. */
  | "no_leading_answer"
  /** No text (or only a reasoning block). */
  | "empty";

export interface ReadAnswer {
  answer: LeadingAnswer;
  reason: ReadReason;
  /** The lexicon phrase that decided it, as written in the lexicon (never text from the answer). */
  phrase?: string;
}

type Category = "yes" | "no" | "hedge" | "yesDespiteNegation";
type Boundary = "word" | "stem" | "alone";

interface Entry {
  phrase: string;
  folded: string;
  boundary: Boundary;
  category: Category;
}

export interface AnswerReader {
  read(text: string): ReadAnswer;
}

// Marks that people leave out when typing: Latin/Cyrillic diacritics (so "sí" = "si", "ё" = "е"),
// Arabic harakat and superscript alef, the Devanagari nukta (ज़रूर = जरूर).
const OPTIONAL_MARKS = /[\u0300-\u036F\u064B-\u065F\u0670\u093C]/g;
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD\u0640]/g;
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ک: "ك",
  "ँ": "ं", // chandrabindu and anusvara are used interchangeably (हाँ / हां)
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join("")}]`, "g");
const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/g;

/** Case, accents, letter variants and spacing folded the same way for lexicon phrases and answers. */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .normalize("NFD")
    .replace(OPTIONAL_MARKS, "")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(VARIANT_PATTERN, (ch) => LETTER_VARIANTS[ch] ?? ch)
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n");
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Scripts written without spaces: a phrase ending in one of these needs no word boundary after it.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const SENTENCE_END = /[.!?。！？।؟\n]/;
// Wrapping a model may put around the answer: markdown, quotes, brackets, bullets, emoji.
const LEADING_NOISE = /^(?:[\s*_#>"'`“”„«»「」『』《》【】()[\]\-–—•·:：.,，、!?¿¡…~|\p{Extended_Pictographic}]|\uFE0F)+/u;
// Reasoning models put their thinking first; an unterminated block (cut by max_tokens) holds no answer.
const THINK_BLOCK = /<think>[\s\S]*?(<\/think>|$)/gi;

function compile(lexicons: readonly AnswerLexicon[]): { entries: Entry[]; labels: string[] } {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const categories: Category[] = ["hedge", "yesDespiteNegation", "no", "yes"];
  for (const lexicon of lexicons) {
    for (const category of categories) {
      for (const phrase of lexicon[category]) {
        const last = phrase.at(-1);
        const boundary: Boundary = last === "*" ? "stem" : last === "$" ? "alone" : "word";
        const folded = foldText(boundary === "word" ? phrase : phrase.slice(0, -1));
        // The first lexicon given (the probe's language) wins a phrase that two lexicons list.
        const key = `${folded}\u0000${boundary}`;
        if (seen.has(key)) continue;
        seen.add(key);
        entries.push({ phrase, folded, boundary, category });
      }
    }
  }
  // Longest first: "no problem" before "no", "不一定" before "不", "i would not hesitate" before "i would not".
  entries.sort((a, b) => b.folded.length - a.folded.length);
  const labels = [...new Set(lexicons.flatMap((l) => l.labels.map(foldText)))].sort((a, b) => b.length - a.length);
  return { entries, labels };
}

function boundaryHolds(entry: Entry, rest: string): boolean {
  if (entry.boundary === "stem" || rest === "") return true;
  if (entry.boundary === "alone") {
    if (rest[0] !== " ") return !WORD_CHAR.test(rest[0]!);
    const next = rest.trimStart()[0];
    return next === undefined || !WORD_CHAR.test(next);
  }
  return UNSPACED.test(entry.folded) || !WORD_CHAR.test(rest[0]!);
}

function matchAt(entries: readonly Entry[], text: string, at: number, only?: Category): Entry | undefined {
  for (const entry of entries) {
    if (only && entry.category !== only) continue;
    if (text.startsWith(entry.folded, at) && boundaryHolds(entry, text.slice(at + entry.folded.length))) return entry;
  }
  return undefined;
}

function stripLeading(text: string, labels: readonly string[]): string {
  for (;;) {
    let next = text.replace(LEADING_NOISE, "");
    const label = labels.find((l) => next.startsWith(l) && /^\s*[:：]/.test(next.slice(l.length)));
    if (label) next = next.slice(label.length).replace(/^\s*[:：]/, "");
    if (next === text) return text;
    text = next;
  }
}

/** The first sentence with content after the leading answer ("No. I'd have no problem…" → "i'd have no problem…"). */
function sentenceAfter(text: string): string {
  const rest = text.replace(LEADING_NOISE, "");
  const end = rest.search(SENTENCE_END);
  return (end === -1 ? rest : rest.slice(0, end)).slice(0, 240);
}

function containsIdiom(entries: readonly Entry[], sentence: string): Entry | undefined {
  for (let at = 0; at < sentence.length; at++) {
    if (at > 0 && WORD_CHAR.test(sentence[at - 1]!) && !UNSPACED.test(sentence[at - 1]!)) continue;
    const found = matchAt(entries, sentence, at, "yesDespiteNegation");
    if (found) return found;
  }
  return undefined;
}

/**
 * A reader for answers to probes in one language. Pass that language's lexicon first, then any
 * fallbacks (English: small models often answer in English whatever they are asked in).
 */
export function createAnswerReader(...lexicons: AnswerLexicon[]): AnswerReader {
  const { entries, labels } = compile(lexicons);
  return {
    read(raw: string): ReadAnswer {
      const text = stripLeading(foldText(raw.replace(THINK_BLOCK, "")), labels);
      if (text.trim() === "") return { answer: "unclear", reason: "empty" };
      const lead = matchAt(entries, text, 0);
      if (!lead) return { answer: "unclear", reason: "no_leading_answer" };
      switch (lead.category) {
        case "hedge":
          return { answer: "unclear", reason: "hedge", phrase: lead.phrase };
        case "yesDespiteNegation":
          return { answer: "yes", reason: "idiom", phrase: lead.phrase };
        case "yes":
          return { answer: "yes", reason: "lead", phrase: lead.phrase };
        case "no": {
          const idiom = containsIdiom(entries, sentenceAfter(text.slice(lead.folded.length)));
          if (idiom) return { answer: "unclear", reason: "contradiction", phrase: `${lead.phrase} … ${idiom.phrase}` };
          return { answer: "no", reason: "lead", phrase: lead.phrase };
        }
      }
    },
  };
}
