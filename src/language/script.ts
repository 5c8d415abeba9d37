import type { ScriptCode } from "./languages.ts";

/**
 * Which writing systems a text uses, counted per letter with a plain code-point range table (one pass,
 * no regular expressions: this runs on every message).
 *
 * Japanese is split into its parts: kana is counted as `Kana`, ideographs as `Hani`; `dominantScript`
 * folds them back into `Jpan` when any kana is present. Combining marks, digits, punctuation, spaces
 * and emoji count for nothing.
 */

export type CountedScript = Exclude<ScriptCode, "Jpan" | "Zyyy"> | "Kana";

export interface ScriptProfile {
  /** Letters per script (Han, Kana and Hangul weighted, see WEIGHT). */
  counts: Partial<Record<CountedScript, number>>;
  /** Sum of weighted letters. */
  letters: number;
  /** Kana letters (unweighted). */
  kana: number;
  /** Han ideographs (unweighted). */
  han: number;
}

// [start, end, script] sorted by start; gaps are "no script".
const RANGES: ReadonlyArray<readonly [number, number, CountedScript]> = [
  [0x0041, 0x005a, "Latn"],
  [0x0061, 0x007a, "Latn"],
  [0x00aa, 0x00aa, "Latn"],
  [0x00ba, 0x00ba, "Latn"],
  [0x00c0, 0x00d6, "Latn"],
  [0x00d8, 0x00f6, "Latn"],
  [0x00f8, 0x02af, "Latn"],
  [0x0370, 0x03ff, "Grek"],
  [0x0400, 0x052f, "Cyrl"],
  [0x0531, 0x058f, "Armn"],
  [0x05d0, 0x05f4, "Hebr"],
  [0x0620, 0x064a, "Arab"],
  [0x066e, 0x06d3, "Arab"],
  [0x06d5, 0x06d5, "Arab"],
  [0x06fa, 0x06ff, "Arab"],
  [0x0750, 0x077f, "Arab"],
  [0x08a0, 0x08ff, "Arab"],
  [0x0900, 0x0963, "Deva"],
  [0x0971, 0x097f, "Deva"],
  [0x0980, 0x09e3, "Beng"],
  [0x09f0, 0x09ff, "Beng"],
  [0x0a00, 0x0a65, "Guru"],
  [0x0a70, 0x0a7f, "Guru"],
  [0x0a80, 0x0ae5, "Gujr"],
  [0x0af0, 0x0aff, "Gujr"],
  [0x0b00, 0x0b65, "Orya"],
  [0x0b70, 0x0b7f, "Orya"],
  [0x0b80, 0x0be5, "Taml"],
  [0x0bf0, 0x0bff, "Taml"],
  [0x0c00, 0x0c65, "Telu"],
  [0x0c70, 0x0c7f, "Telu"],
  [0x0c80, 0x0ce5, "Knda"],
  [0x0cf0, 0x0cff, "Knda"],
  [0x0d00, 0x0d65, "Mlym"],
  [0x0d70, 0x0d7f, "Mlym"],
  [0x0d80, 0x0dff, "Sinh"],
  [0x0e01, 0x0e4e, "Thai"],
  [0x0e80, 0x0eff, "Laoo"],
  [0x0f00, 0x0fff, "Tibt"],
  [0x1000, 0x109f, "Mymr"],
  [0x10a0, 0x10ff, "Geor"],
  [0x1100, 0x11ff, "Hang"],
  [0x1200, 0x139f, "Ethi"],
  [0x1780, 0x17ff, "Khmr"],
  [0x1e00, 0x1eff, "Latn"],
  [0x1f00, 0x1fff, "Grek"],
  [0x3041, 0x309f, "Kana"],
  [0x30a1, 0x30ff, "Kana"],
  [0x3130, 0x318f, "Hang"],
  [0x31f0, 0x31ff, "Kana"],
  [0x3400, 0x4dbf, "Hani"],
  [0x4e00, 0x9fff, "Hani"],
  [0xa960, 0xa97f, "Hang"],
  [0xac00, 0xd7ff, "Hang"],
  [0xf900, 0xfaff, "Hani"],
  [0xfb1d, 0xfb4f, "Hebr"],
  [0xfb50, 0xfdff, "Arab"],
  [0xfe70, 0xfeff, "Arab"],
  [0xff21, 0xff3a, "Latn"],
  [0xff41, 0xff5a, "Latn"],
  [0xff66, 0xff9f, "Kana"],
];

// One Hangul syllable or ideograph carries about as much as a short Latin word; weighting keeps a
// Korean sentence with one English loanword Korean ("오늘 meeting 너무 힘들었어").
const WEIGHT: Partial<Record<CountedScript, number>> = { Hang: 3, Hani: 3, Kana: 2 };

function scriptOf(code: number): CountedScript | undefined {
  if (code < 0x41) return undefined;
  if (code >= 0x20000 && code <= 0x3ffff) return "Hani"; // CJK extensions B and later
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = RANGES[mid]!;
    if (code < range[0]) hi = mid - 1;
    else if (code > range[1]) lo = mid + 1;
    else return range[2];
  }
  return undefined;
}

export function scriptProfile(text: string): ScriptProfile {
  const counts: Partial<Record<CountedScript, number>> = {};
  let letters = 0;
  let kana = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i)!;
      i++;
    }
    const script = scriptOf(code);
    if (script === undefined) continue;
    if (script === "Kana") kana++;
    else if (script === "Hani") han++;
    const weight = WEIGHT[script] ?? 1;
    counts[script] = (counts[script] ?? 0) + weight;
    letters += weight;
  }
  return { counts, letters, kana, han };
}

/**
 * The script that carries most of the text. Any kana alongside Han makes the text Japanese (`Jpan`);
 * a stray kana in a long Chinese text does not (it needs a tenth of the ideographs).
 */
export function dominantScript(profile: ScriptProfile): ScriptCode {
  let best: CountedScript | undefined;
  let bestCount = 0;
  for (const [script, count] of Object.entries(profile.counts) as Array<[CountedScript, number]>) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  if (best === undefined) return "Zyyy";
  const japanese = profile.kana > 0 && profile.kana * 10 >= profile.han;
  if (best === "Kana" || (best === "Hani" && japanese)) return "Jpan";
  if (best === "Hani") return "Hani";
  return best;
}
