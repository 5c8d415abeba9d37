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

/**
 * One index per script over every franc model the table names: trigram → rank in each model (−1 =
 * absent). A text's trigrams are then looked up once each, not once per candidate language.
 */
interface ScriptIndex {
  column: Map<string, number>;
  ranks: Map<string, Int16Array>;
}

/** Per list of model codes (callers pass the same array every time), per script. */
const indexesByCodes = new WeakMap<readonly string[], Map<string, ScriptIndex | null>>();

/**
 * Models derived from franc's: Yoruba without tone marks and underdots, as people often type it
 * ("okan mi ko bale"), which franc's toned model hardly recognises. Same trigrams, stripped, each at
 * the rank of its first (most frequent) toned form.
 */
export const UNTONED_YORUBA = "yor-untoned";
const stripMarks = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
const DERIVED: Record<string, { from: string; trigram: (trigram: string) => string }> = {
  [UNTONED_YORUBA]: { from: "yor", trigram: stripMarks },
};

function modelTrigrams(models: Record<string, string>, code: string): string[] | undefined {
  const own = models[code];
  if (own !== undefined) return own.split("|");
  const derived = DERIVED[code];
  const source = derived && models[derived.from];
  if (derived === undefined || source === undefined) return undefined;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const trigram of source.split("|")) {
    const plain = derived.trigram(trigram);
    if (!seen.has(plain)) {
      seen.add(plain);
      out.push(plain);
    }
  }
  return out;
}

function scriptIndex(script: string, francCodes: readonly string[]): ScriptIndex | null {
  let indexes = indexesByCodes.get(francCodes);
  if (indexes === undefined) {
    indexes = new Map();
    indexesByCodes.set(francCodes, indexes);
  }
  let index = indexes.get(script);
  if (index !== undefined) return index;
  const models = FRANC_MODELS[script];
  const lists = models ? francCodes.flatMap((code) => (modelTrigrams(models, code) ? [[code, modelTrigrams(models, code)!] as const] : [])) : [];
  if (lists.length === 0) {
    indexes.set(script, null);
    return null;
  }
  const column = new Map(lists.map(([code], i) => [code, i]));
  const ranks = new Map<string, Int16Array>();
  lists.forEach(([, trigrams], i) => {
    trigrams.forEach((trigram, rank) => {
      let row = ranks.get(trigram);
      if (row === undefined) {
        row = new Int16Array(lists.length).fill(-1);
        ranks.set(trigram, row);
      }
      row[i] = rank;
    });
  });
  index = { column, ranks };
  indexes.set(script, index);
  return index;
}

/** Whitespace as `\s` matches it. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * franc's text cleaning — ASCII punctuation and digits to spaces, whitespace collapsed, lower case,
 * padded with a space each side — in one pass instead of two regular expressions, then trigram counts.
 * (Lower-casing first is the same: it never yields punctuation, digits or spaces.)
 */
function trigramCounts(text: string): Map<string, number> {
  const lower = text.toLowerCase();
  let cleaned = " ";
  let run = 0; // start of the current run of kept characters
  let pendingSpace = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if ((code >= 0x21 && code <= 0x40) || isSpace(code)) {
      if (i > run) {
        if (pendingSpace && cleaned.length > 1) cleaned += " ";
        cleaned += lower.slice(run, i);
        pendingSpace = false;
      }
      pendingSpace = true;
      run = i + 1;
    }
  }
  cleaned += " ";
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The candidates' columns in a script index, resolved once per candidate list (callers pass the same list again). */
const columnsCache = new WeakMap<object, WeakMap<ScriptIndex, { codes: string[]; columns: Int32Array }>>();
function resolvedColumns(index: ScriptIndex, candidates: ReadonlyArray<readonly [string, string]>): { codes: string[]; columns: Int32Array } {
  let byIndex = columnsCache.get(candidates);
  if (byIndex === undefined) {
    byIndex = new WeakMap();
    columnsCache.set(candidates, byIndex);
  }
  let resolved = byIndex.get(index);
  if (resolved === undefined) {
    const codes: string[] = [];
    const columns: number[] = [];
    for (const [code, francCode] of candidates) {
      const column = index.column.get(francCode);
      if (column !== undefined) {
        codes.push(code);
        columns.push(column);
      }
    }
    resolved = { codes, columns: Int32Array.from(columns) };
    byIndex.set(index, resolved);
  }
  return resolved;
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
  allFrancCodes: readonly string[],
): TrigramResult {
  const distances = new Map<string, number>();
  const francScript = FRANC_SCRIPT[script];
  const index = francScript === undefined ? null : scriptIndex(francScript, allFrancCodes);
  if (index === null) return { distances, trigrams: 0 };
  const { codes, columns } = resolvedColumns(index, candidates);
  const totals = new Float64Array(columns.length);
  let trigrams = 0;
  for (const [trigram, count] of trigramCounts(text)) {
    trigrams += count;
    const row = index.ranks.get(trigram);
    if (row === undefined) {
      for (let i = 0; i < columns.length; i++) totals[i]! += MAX_DIFFERENCE;
      continue;
    }
    for (let i = 0; i < columns.length; i++) {
      const rank = row[columns[i]!]!;
      totals[i]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  for (let i = 0; i < codes.length; i++) {
    // A language read against two models (Yoruba, toned and not; its pairs come side by side) keeps the closer.
    if (codes[i + 1] === codes[i]) {
      distances.set(codes[i]!, Math.min(totals[i]!, totals[i + 1]!));
      i++;
    } else distances.set(codes[i]!, totals[i]!);
  }
  return { distances, trigrams };
}
