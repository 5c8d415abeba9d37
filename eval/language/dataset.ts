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
