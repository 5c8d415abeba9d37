import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The labelled short-message benchmark for language detection.
 *
 * Two files, same format (`lang<TAB>text`, header row):
 *   short-messages.tsv          the tuning split: word lists and weights were tuned while looking at it;
 *   short-messages.heldout.tsv  written after tuning, by the same hand, with new sentences; its figures
 *                               are the honest ones.
 */

export type Split = "tuning" | "heldout";

export interface LabelledMessage {
  lang: string;
  text: string;
  words: number;
  band: LengthBand;
}

export const LENGTH_BANDS = ["1", "2-3", "4-6", "7-12"] as const;
export type LengthBand = (typeof LENGTH_BANDS)[number];

const FILES: Record<Split, string> = {
  tuning: "short-messages.tsv",
  heldout: "short-messages.heldout.tsv",
};

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/**
 * Words as ICU segments them: spaces for most scripts, a dictionary for Chinese, Japanese and Thai,
 * so a Japanese sentence is not "one word".
 */
export function wordCount(text: string): number {
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Length band; CJK sentences that ICU splits into more than 12 words count as 7–12. */
export function lengthBand(words: number): LengthBand {
  if (words <= 1) return "1";
  if (words <= 3) return "2-3";
  if (words <= 6) return "4-6";
  return "7-12";
}

export function loadLanguageBenchmark(split: Split): LabelledMessage[] {
  const path = fileURLToPath(new URL(FILES[split], import.meta.url));
  const lines = readFileSync(path, "utf8").split("\n");
  const header = lines[0]?.trim();
  if (header !== "lang\ttext") throw new Error(`${FILES[split]}: expected header "lang<TAB>text", got "${header}"`);
  const rows: LabelledMessage[] = [];
  for (const [index, line] of lines.slice(1).entries()) {
    if (line.trim() === "") continue;
    const tab = line.indexOf("\t");
    if (tab <= 0) throw new Error(`${FILES[split]}:${index + 2}: expected "lang<TAB>text"`);
    const text = line.slice(tab + 1);
    const words = wordCount(text);
    rows.push({ lang: line.slice(0, tab), text, words, band: lengthBand(words) });
  }
  return rows;
}

/**
 * The served-languages benchmark (built by build-served.ts): words, word pairs and sentences in every
 * language the culture profiles serve, hand-written chat texts and UDHR excerpts, split once with a
 * fixed seed. Format: `lang<TAB>kind<TAB>source<TAB>text`; `lang` is the tag the detector should
 * answer, with a script subtag for romanised variants ("hi-Latn" Hinglish, "ar-Latn" Franco-Arab).
 */
export const SERVED_KINDS = ["word", "pair", "sentence"] as const;
export type ServedKind = (typeof SERVED_KINDS)[number];

/** 1 word → word; 2–3 → pair (a pair plus a particle, "ó rẹ̀ mí"); 4 and more → sentence. */
export function kindOf(words: number): ServedKind {
  return words <= 1 ? "word" : words <= 3 ? "pair" : "sentence";
}

export interface ServedMessage {
  /** Expected tag, e.g. "yo", "hi-Latn". */
  tag: string;
  /** Its primary subtag, what `detectLanguage(...).language` should say. */
  lang: string;
  kind: ServedKind;
  /** "written", "udhr", or either with "-untoned" (Yoruba without tone marks or underdots). */
  source: string;
  text: string;
}

const SERVED_FILES: Record<Split, string> = { tuning: "served.tuning.tsv", heldout: "served.heldout.tsv" };

export function loadServedBenchmark(split: Split): ServedMessage[] {
  const name = SERVED_FILES[split];
  const lines = readFileSync(fileURLToPath(new URL(name, import.meta.url)), "utf8").split("\n");
  if (lines[0] !== "lang\tkind\tsource\ttext") throw new Error(`${name}: expected header "lang<TAB>kind<TAB>source<TAB>text"`);
  const rows: ServedMessage[] = [];
  for (const [index, line] of lines.slice(1).entries()) {
    if (line.trim() === "") continue;
    const [tag, kind, source, text] = line.split("\t");
    if (!tag || !source || !text || !(SERVED_KINDS as readonly string[]).includes(kind ?? "")) {
      throw new Error(`${name}:${index + 2}: expected "lang<TAB>word|pair|sentence<TAB>source<TAB>text"`);
    }
    rows.push({ tag, lang: tag.split("-")[0]!, kind: kind as ServedKind, source, text });
  }
  return rows;
}
