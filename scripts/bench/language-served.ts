/**
 * The served-languages part of the language benchmark: words, word pairs and sentences in every
 * language the culture profiles serve (eval/language/served.*.tsv), read the way the gateway reads
 * them — candidates are the profiles' languages — and compared with plain franc and tinyld measured
 * in the same run. Figures are for the held-out split; the tuning split's totals are printed for contrast.
 */
import { loadModule as loadCld3 } from "cld3-asm";
import { eld } from "eld/small";
import { franc } from "franc";
import { detect as tinyld } from "tinyld";
import { SERVED_KINDS, loadServedBenchmark, type ServedKind, type ServedMessage } from "../../eval/language/dataset.ts";
import { LANGUAGES, createLanguageDetector, tinyldSecondDetector, toBcp47, type DetectorOptions, type LanguageHints } from "../../src/language/index.ts";
import { profileLanguages } from "../../src/profiles/schema.ts";
import { microsPerCall } from "./per-call.ts";
import { SERVED, profiles } from "./served-languages.ts";

type Guess = (row: ServedMessage) => { language: string; script?: string };

/** The items scored: the languages a profile serves, and core languages some model serves. */
const scored = (row: ServedMessage): boolean => profiles.some((p) => profileLanguages(p).includes(row.lang)) || SERVED.includes(row.lang);

const cld3 = (await loadCld3()).create(0, 1000);

/** The languages of the first profile that serves `lang`: the prior a person of that culture brings. */
function profilePrior(lang: string): string[] {
  const profile = profiles.find((p) => profileLanguages(p).includes(lang));
  return profile ? profileLanguages(profile) : [];
}

/** ISO 639-3 codes of franc's models for served languages the language table may not know yet. */
const BASELINE_CODES: Record<string, string> = {
  kaz: "kk",
  uzn: "uz",
  kir: "ky",
  tgk: "tg",
  cat: "ca",
  eus: "eu",
  glg: "gl",
  jav: "jv",
  sun: "su",
  ibo: "ig",
  ceb: "ceb",
  ilo: "ilo",
};
const iso = (code: string): string => (code === "und" ? "und" : (toBcp47(code) ?? BASELINE_CODES[code] ?? code));
const right = (row: ServedMessage, guess: { language: string; script?: string }): boolean =>
  guess.language === row.lang && (!row.tag.endsWith("-Latn") || guess.script === undefined || guess.script === "Latn");

/** Per-language group: the tag, with toneless Yoruba apart. */
const groupOf = (row: ServedMessage): string => (row.source.endsWith("-untoned") ? `${row.tag} untoned` : row.tag);

function detector(hints: (row: ServedMessage) => LanguageHints, options: DetectorOptions = {}): Guess {
  const detect = createLanguageDetector({ second: tinyldSecondDetector, ...options });
  return (row) => detect(row.text, hints(row));
}

interface Config {
  name: string;
  guess: Guess;
}

const configs: Config[] = [
  { name: "franc (default options)", guess: (row) => ({ language: iso(franc(row.text)) }) },
  { name: "franc, minLength 1", guess: (row) => ({ language: iso(franc(row.text, { minLength: 1 })) }) },
  { name: "tinyld", guess: (row) => ({ language: iso(tinyld(row.text) || "und") }) },
  { name: "eld (small)", guess: (row) => ({ language: iso(eld.detect(row.text).language || "und") }) },
  { name: "cld3 (cld3-asm)", guess: (row) => ({ language: iso(cld3.findLanguage(row.text).language.split("-")[0]!) }) },
  { name: "detector, served languages", guess: detector(() => ({ allowed: SERVED })) },
  { name: "detector − speakers' base rate", guess: detector(() => ({ allowed: SERVED }), { signals: { speakers: false } }) },
  { name: "detector + the profile's prior", guess: detector((row) => ({ allowed: SERVED, prior: profilePrior(row.lang) })) },
];

type Tally = Map<string, { n: number; ok: number }>;

function tally(guess: Guess, rows: readonly ServedMessage[], key: (row: ServedMessage) => string): Tally {
  const out: Tally = new Map();
  for (const row of rows) {
    const k = key(row);
    const t = out.get(k) ?? { n: 0, ok: 0 };
    t.n++;
    if (right(row, guess(row))) t.ok++;
    out.set(k, t);
  }
  return out;
}

const share = (t: { n: number; ok: number } | undefined): number | undefined => (t && t.n > 0 ? (100 * t.ok) / t.n : undefined);
const cell = (x: number | undefined, width = 5): string => (x === undefined ? "—".padStart(width) : x.toFixed(1).padStart(width));

export async function servedLanguagesReport(): Promise<void> {
  const all = loadServedBenchmark("heldout");
  const heldout = all.filter(scored);
  const tuning = loadServedBenchmark("tuning").filter(scored);
  const left = [...new Set(all.filter((r) => !scored(r)).map((r) => r.tag))];
  const known = SERVED.filter((code) => LANGUAGES.some((l) => l.code === code));
  console.log(
    `\nServed languages — ${heldout.length} held-out + ${tuning.length} tuning items (hand-written chat texts and UDHR excerpts), ` +
      `${new Set(heldout.map(groupOf)).size} groups; candidates = the ${SERVED.length} languages the profiles list ` +
      `(${known.length} known to the language table)`,
  );
  if (left.length > 0) console.log(`left out, served by no profile or model: ${left.join(", ")}`);
  console.log("UDHR excerpts favour franc, whose trigram models were built from the UDHR; the written items do not.\n");

  const kindKey = (row: ServedMessage): string => row.kind;
  const sourceKey = (row: ServedMessage): string => `${row.source.startsWith("udhr") ? "udhr" : "written"} ${row.kind}`;
  const head = SERVED_KINDS.map((k) => k.padStart(8)).join("");
  console.log("µs per call: CPU time of this process and wall clock, median of 5 passes over the held-out items; × franc by CPU time\n");
  console.log(
    `${"accuracy %".padEnd(34)} ${"held-out".padEnd(24)}   ${"held-out, written only".padEnd(24)}   ${"tuning".padEnd(24)}  CPU µs  wall µs  × franc`,
  );
  console.log(`${"".padEnd(34)} ${head}   ${head}   ${head}`);
  let francMicros = 0;
  const totals = new Map<string, Tally>();
  for (const config of configs) {
    const held = tally(config.guess, heldout, kindKey);
    const written = tally(config.guess, heldout, sourceKey);
    const tuned = tally(config.guess, tuning, kindKey);
    totals.set(config.name, held);
    const micros = microsPerCall(config.guess, heldout);
    if (francMicros === 0) francMicros = micros.cpu;
    const cells = (t: Tally, prefix = ""): string => SERVED_KINDS.map((k) => cell(share(t.get(prefix + k)), 8)).join("");
    console.log(
      `${config.name.padEnd(34)} ${cells(held)}   ${cells(written, "written ")}   ${cells(tuned)}  ${micros.cpu.toFixed(1).padStart(6)}  ${micros.wall.toFixed(1).padStart(7)}  ${(micros.cpu / francMicros).toFixed(2).padStart(7)}`,
    );
  }

  // Per language, held-out: the detector (served languages, no prior) next to plain franc.
  const full = configs.find((c) => c.name === "detector, served languages")!;
  const plain = configs[0]!;
  const byGroupKind = (row: ServedMessage): string => `${groupOf(row)}\t${row.kind}`;
  const ours = tally(full.guess, heldout, byGroupKind);
  const theirs = tally(plain.guess, heldout, byGroupKind);
  const lenient = tally(configs[1]!.guess, heldout, byGroupKind);
  const order = (g: string): number => {
    const i = LANGUAGES.findIndex((l) => l.code === g.split(/[- ]/)[0]);
    return i < 0 ? 999 : i;
  };
  const groups = [...new Set(heldout.map(groupOf))].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  console.log("\nper language, held-out: detector % (plain franc % / franc minLength 1 %), n items per kind");
  console.log(`${"".padEnd(12)}${SERVED_KINDS.map((k: ServedKind) => k.padEnd(24)).join("")}n`);
  for (const g of groups) {
    const cells = SERVED_KINDS.map((k) => {
      const key = `${g}\t${k}`;
      return `${cell(share(ours.get(key)))} (${cell(share(theirs.get(key)))} / ${cell(share(lenient.get(key)))})`.padEnd(24);
    }).join("");
    const n = SERVED_KINDS.map((k) => ours.get(`${g}\t${k}`)?.n ?? 0).join("/");
    console.log(`${g.padEnd(12)}${cells}${n}`);
  }

  const fullTotals = totals.get(full.name)!;
  const francTotals = totals.get(plain.name)!;
  console.log(
    "\nratio to plain franc, held-out: " +
      SERVED_KINDS.map((k) => {
        const a = share(fullTotals.get(k))!;
        const b = share(francTotals.get(k))!;
        return `${k} ${a.toFixed(1)} / ${b.toFixed(1)} = ${b > 0 ? (a / b).toFixed(2) : "∞"}×`;
      }).join("; "),
  );

  const at = (tag: string, kind: ServedKind): number | undefined => {
    let n = 0;
    let ok = 0;
    for (const [key, t] of ours) {
      const [g, k] = key.split("\t");
      if (k === kind && g!.split(" ")[0] === tag) {
        n += t.n;
        ok += t.ok;
      }
    }
    return n === 0 ? undefined : (100 * ok) / n;
  };
  const micros = microsPerCall(full.guess, heldout);
  const verdict = (x: number | undefined, target: number): string => `${cell(x)} % (≥ ${target} %)  ${x !== undefined && x >= target ? "met" : "MISSED"}`;
  console.log("\ntargets (detector, served languages, held-out, no hint or prior):");
  console.log(`  word pairs          ${verdict(share(fullTotals.get("pair")), 90)}`);
  console.log(`  sentences           ${verdict(share(fullTotals.get("sentence")), 98)}`);
  console.log(`  English pairs       ${verdict(at("en", "pair"), 85)}`);
  console.log(`  Spanish pairs       ${verdict(at("es", "pair"), 85)}`);
  console.log(`  Yoruba sentences    ${verdict(at("yo", "sentence"), 90)}  (with and without tone marks)`);
  console.log(
    `  speed               ${micros.cpu.toFixed(1)} µs CPU per call (≤ 50 µs)  ${micros.cpu <= 50 ? "met" : "MISSED"}  (wall clock ${micros.wall.toFixed(1)} µs)`,
  );
}
