import { data as FRANC_MODELS } from "franc/data.js";
import type { ScriptCode } from "./languages.ts";

/**
 * franc's trigram models and distance, computed directly over the candidate languages only.
 *
 * Same models and same measure as `francAll(text, { only })`, but (1) each model is parsed once into a
 * Map instead of re-filtering franc's whole table per call, which makes it several times faster on
 * short text, and (2) it returns raw distances, which can be put on the same scale as the other
 * signals, where franc returns scores normalised by text length.
 */

const MAX_DIFFERENCE = 300; // franc's penalty for a trigram the model does not have

const FRANC_SCRIPT: Partial<Record<ScriptCode, string>> = {
  Latn: "Latin",
  Cyrl: "Cyrillic",
  Arab: "Arabic",
  Deva: "Devanagari",
  Hebr: "Hebrew",
  Ethi: "Ethiopic",
  Mymr: "Myanmar",
};

const models = new Map<string, Map<string, number> | null>();

function model(script: string, francCode: string): Map<string, number> | null {
  const key = `${script}:${francCode}`;
  let parsed = models.get(key);
  if (parsed === undefined) {
    const source = FRANC_MODELS[script]?.[francCode];
    parsed = source === undefined ? null : new Map(source.split("|").map((trigram, rank) => [trigram, rank]));
    models.set(key, parsed);
  }
  return parsed;
}

/** franc's text cleaning: ASCII punctuation and digits to spaces, whitespace collapsed, lower case, padded. */
function trigramCounts(text: string): Map<string, number> {
  const cleaned = " " + text.replace(/[\u0021-\u0040]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase() + " ";
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

export interface TrigramResult {
  /** franc distance per candidate (undefined where franc has no model for it). */
  distances: Map<string, number>;
  /** Trigrams in the text. */
  trigrams: number;
}

/**
 * franc distances for `candidates` (pairs of our language code and franc's code) in `script`.
 * Lower is closer. Languages franc has no model for in that script are left out.
 */
export function trigramDistances(
  text: string,
  script: ScriptCode,
  candidates: ReadonlyArray<readonly [string, string]>,
): TrigramResult {
  const distances = new Map<string, number>();
  const francScript = FRANC_SCRIPT[script];
  if (francScript === undefined) return { distances, trigrams: 0 };
  const counts = trigramCounts(text);
  let trigrams = 0;
  for (const count of counts.values()) trigrams += count;
  for (const [code, francCode] of candidates) {
    const m = model(francScript, francCode);
    if (m === null) continue;
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = m.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    distances.set(code, distance);
  }
  return { distances, trigrams };
}
