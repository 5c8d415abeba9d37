/**
 * Language-detection benchmark: accuracy by message length and µs per call, for plain franc, franc
 * restricted to the supported languages, the detector's signals added one by one, each left out in
 * turn, and the full detector with and without a profile prior or conversation history. Everything
 * is measured in the same run on the same rows.
 *
 *   npm run bench:language
 */
import { franc } from "franc";
import { LENGTH_BANDS, loadLanguageBenchmark, type LabelledMessage, type LengthBand } from "../../eval/language/dataset.ts";
import {
  CORE_LANGUAGES,
  LANGUAGES,
  createLanguageDetector,
  languageInfo,
  tinyldSecondDetector,
  toBcp47,
  type DetectorOptions,
  type LanguageHints,
} from "../../src/language/index.ts";
import { servedLanguagesReport } from "./language-served.ts";
import { microsPerCall } from "./per-call.ts";

type Guess = (row: LabelledMessage, index: number, rows: readonly LabelledMessage[]) => string;

interface Config {
  name: string;
  guess: Guess;
  /** Timed (µs per call); the hint variants cost the same as the plain detector and are not. */
  timed: boolean;
}

const tuning = loadLanguageBenchmark("tuning");
const heldout = loadLanguageBenchmark("heldout");
const everything = [...tuning, ...heldout];

const francOnly = CORE_LANGUAGES.map((code) => languageInfo(code)!.franc!);
const code = (iso3: string): string => (iso3 === "und" ? "und" : (toBcp47(iso3) ?? iso3));

function detector(options: DetectorOptions, hints?: (row: LabelledMessage, index: number, rows: readonly LabelledMessage[]) => LanguageHints): Guess {
  const detect = createLanguageDetector({ second: tinyldSecondDetector, ...options });
  return hints ? (row, i, rows) => detect(row.text, hints(row, i, rows)).language : (row) => detect(row.text).language;
}

/** A culture profile that matches the writer: their language plus English, as most profiles list. */
const matchingPrior = (row: LabelledMessage): LanguageHints => ({ prior: [row.lang, "en"] });

/** A profile of another culture writing the same script (es → fr, ru → uk…): must not override the text. */
function otherPrior(row: LabelledMessage): LanguageHints {
  const own = languageInfo(row.lang)!;
  const sameScript = LANGUAGES.filter((l) => l.core && l !== own && l.scripts.some((s) => own.scripts.includes(s)));
  return { prior: [(sameScript[0] ?? languageInfo(row.lang === "en" ? "es" : "en")!).code] };
}

/** Two earlier turns by the same writer: the previous rows of the same language in the file. */
function history(row: LabelledMessage, index: number, rows: readonly LabelledMessage[]): LanguageHints {
  const earlier: string[] = [];
  for (let i = index - 1; i >= 0 && earlier.length < 2; i--) if (rows[i]!.lang === row.lang) earlier.unshift(rows[i]!.text);
  for (let i = rows.length - 1; i > index && earlier.length < 2; i--) if (rows[i]!.lang === row.lang) earlier.unshift(rows[i]!.text);
  return { history: earlier };
}

const off = (...signals: string[]): DetectorOptions => ({ signals: Object.fromEntries(signals.map((s) => [s, false])) });

const configs: Config[] = [
  { name: "franc (default options)", guess: (row) => code(franc(row.text)), timed: true },
  { name: "franc, only the 28, minLength 1", guess: (row) => code(franc(row.text, { only: francOnly, minLength: 1 })), timed: true },
  { name: "+ script fast path (franc on its candidates)", guess: detector(off("letters", "lexicon", "second")), timed: true },
  { name: "+ letter cues", guess: detector(off("lexicon", "second")), timed: true },
  { name: "+ word lists", guess: detector(off("second")), timed: true },
  { name: "+ second detector (tinyld) = full", guess: detector({}), timed: true },
  { name: "full − script fast path", guess: detector(off("script")), timed: true },
  { name: "full − letter cues", guess: detector(off("letters")), timed: true },
  { name: "full − word lists", guess: detector(off("lexicon")), timed: true },
  { name: "full − franc trigrams", guess: detector(off("franc")), timed: true },
  { name: "full − second detector", guess: detector(off("second")), timed: true },
  { name: "full + matching profile prior", guess: detector({}, matchingPrior), timed: true },
  { name: "full + other-culture prior", guess: detector({}, otherPrior), timed: false },
  { name: "full + 2 earlier turns (history)", guess: detector({}, history), timed: true },
];

function accuracy(config: Config, rows: readonly LabelledMessage[]): Record<LengthBand | "all", number> {
  const total: Record<string, number> = {};
  const right: Record<string, number> = {};
  rows.forEach((row, i) => {
    const ok = config.guess(row, i, rows) === row.lang ? 1 : 0;
    for (const key of [row.band, "all"]) {
      total[key] = (total[key] ?? 0) + 1;
      right[key] = (right[key] ?? 0) + ok;
    }
  });
  const out = {} as Record<LengthBand | "all", number>;
  for (const key of [...LENGTH_BANDS, "all"] as const) out[key] = (100 * (right[key] ?? 0)) / (total[key] ?? 1);
  return out;
}

const pct = (x: number): string => x.toFixed(1).padStart(5);
const pad = (s: string, n: number): string => s.padEnd(n);

console.log(`Language detection — ${tuning.length} tuning + ${heldout.length} held-out chat messages, ${CORE_LANGUAGES.length} languages`);
console.log(`Node ${process.version}; µs per call = CPU time, median of 5 passes over all ${everything.length} rows after 3 warm-up passes\n`);
const bandsHeader = `${LENGTH_BANDS.map((b) => b.padStart(5)).join(" ")}   all`;
console.log(`${pad("accuracy % by words", 46)}  ${pad("held-out", 29)}   ${pad("tuning", 29)}   µs/call  × franc`);
console.log(`${pad("", 46)}  ${bandsHeader}   ${bandsHeader}`);

let francMicros = 0;
const full = configs.find((c) => c.name.endsWith("= full"))!;
for (const config of configs) {
  const held = accuracy(config, heldout);
  const tuned = accuracy(config, tuning);
  let speed = "      —       —";
  if (config.timed) {
    const micros = microsPerCall(config.guess, everything).cpu;
    if (francMicros === 0) francMicros = micros;
    speed = `${micros.toFixed(1).padStart(8)}  ${(micros / francMicros).toFixed(2).padStart(6)}`;
  }
  const cells = (a: Record<string, number>): string => [...LENGTH_BANDS, "all"].map((k) => pct(a[k]!)).join(" ");
  console.log(`${pad(config.name, 46)}  ${cells(held)}   ${cells(tuned)}  ${speed}`);
}

// Per-language accuracy of the full detector.
console.log("\nfull detector per language (held-out / tuning, %):");
const perLanguage = (rows: readonly LabelledMessage[]): Map<string, [number, number]> => {
  const m = new Map<string, [number, number]>();
  rows.forEach((row, i) => {
    const [right, total] = m.get(row.lang) ?? [0, 0];
    m.set(row.lang, [right + (full.guess(row, i, rows) === row.lang ? 1 : 0), total + 1]);
  });
  return m;
};
const heldByLang = perLanguage(heldout);
const tunedByLang = perLanguage(tuning);
const cellsPerLine = 7;
const langCells = CORE_LANGUAGES.map((lang) => {
  const [hr, ht] = heldByLang.get(lang) ?? [0, 0];
  const [tr, tt] = tunedByLang.get(lang) ?? [0, 0];
  return `${lang} ${((100 * hr) / ht).toFixed(0).padStart(3)}/${((100 * tr) / tt).toFixed(0).padStart(3)}`;
});
for (let i = 0; i < langCells.length; i += cellsPerLine) console.log(`  ${langCells.slice(i, i + cellsPerLine).join("   ")}`);

// Is the confidence honest? Accuracy per confidence bin, held-out split.
console.log("\nfull detector calibration on held-out (confidence bin → share correct):");
const detect = createLanguageDetector({ second: tinyldSecondDetector });
const bins = [0, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0001];
const binStats = bins.slice(0, -1).map(() => ({ n: 0, right: 0, confidence: 0 }));
for (const row of heldout) {
  const r = detect(row.text);
  const bin = bins.findIndex((lo, i) => r.confidence >= lo && r.confidence < bins[i + 1]!);
  const s = binStats[bin]!;
  s.n++;
  s.confidence += r.confidence;
  s.right += r.language === row.lang ? 1 : 0;
}
binStats.forEach((s, i) => {
  if (s.n === 0) return;
  const range = `[${bins[i]!.toFixed(2)}, ${Math.min(1, bins[i + 1]!).toFixed(2)}${i === bins.length - 2 ? "]" : ")"}`;
  console.log(`  ${range.padEnd(13)} n=${String(s.n).padStart(3)}  mean confidence ${(s.confidence / s.n).toFixed(2)}  correct ${(s.right / s.n).toFixed(2)}`);
});

const fullHeld = accuracy(full, heldout);
const fullMicros = microsPerCall(full.guess, everything).cpu;
const verdict = (ok: boolean): string => (ok ? "met" : "MISSED");
console.log("\ntargets (full detector, held-out split, no hint or prior):");
console.log(`  2–3 words  ${fullHeld["2-3"].toFixed(1)} % (≥ 90 %)  ${verdict(fullHeld["2-3"] >= 90)}`);
console.log(`  7–12 words ${fullHeld["7-12"].toFixed(1)} % (≥ 98 %)  ${verdict(fullHeld["7-12"] >= 98)}`);
console.log(`  speed      ${fullMicros.toFixed(1)} µs per call (≤ 50 µs)  ${verdict(fullMicros <= 50)}`);

await servedLanguagesReport();
