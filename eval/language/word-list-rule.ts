/**
 * The word-list rule, checked mechanically: the word lists written after the benchmarks were split
 * (src/language/lexicon-data-served.ts) may not hold a word that occurs in a held-out item of either
 * benchmark but in no tuning item. Such a word can only have come from the held-out split (or, known
 * from elsewhere, would flatter it), so it is taken out, even when it is a common word.
 *
 *   npx tsx eval/language/word-list-rule.ts          lists the offending words
 *   npx tsx eval/language/word-list-rule.ts --fix    removes them from lexicon-data-served.ts
 *
 * test/language-word-lists.test.ts keeps the rule: it fails while any such word is listed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SERVED_LEXICON_WORDS } from "../../src/language/lexicon-data-served.ts";
import { lexiconTokens, listEntries } from "../../src/language/lexicon.ts";
import { loadLanguageBenchmark, loadServedBenchmark, type Split } from "./dataset.ts";

/** Every word the lexicon would look up in the items of one split, both benchmarks together. */
function splitWords(split: Split): Set<string> {
  const texts = [...loadServedBenchmark(split), ...loadLanguageBenchmark(split)].map((row) => row.text);
  const words = new Set<string>();
  for (const text of texts) for (const word of lexiconTokens(text.normalize("NFC").toLowerCase())) words.add(word);
  return words;
}

export interface HeldOutOnlyWord {
  lang: string;
  word: string;
}

/** List entries of lexicon-data-served.ts that occur in held-out items and in no tuning item. */
export function heldOutOnlyWords(lists: Record<string, string> = SERVED_LEXICON_WORDS): HeldOutOnlyWord[] {
  const tuning = splitWords("tuning");
  const heldout = splitWords("heldout");
  const out: HeldOutOnlyWord[] = [];
  for (const [lang, words] of Object.entries(lists)) {
    for (const { word } of listEntries(words)) if (heldout.has(word) && !tuning.has(word)) out.push({ lang, word });
  }
  return out;
}

/** The lists file's source with the given words taken out of the given languages' lists. */
export function withoutWords(source: string, drop: readonly HeldOutOnlyWord[]): string {
  let out = source;
  for (const lang of new Set(drop.map((d) => d.lang))) {
    const words = new Set(drop.filter((d) => d.lang === lang).map((d) => d.word));
    // `lang: \`…\`` — one template literal per language; plain word lists, no substitutions.
    const start = out.search(new RegExp(`\\n  ${lang}: \``));
    if (start < 0) throw new Error(`no list for "${lang}"`);
    const open = out.indexOf("`", start);
    const close = out.indexOf("`", open + 1);
    const body = out
      .slice(open + 1, close)
      .split("\n")
      .map((line) => {
        const kept = line
          .trim()
          .split(/\s+/)
          .filter((raw) => raw !== "" && !listEntries(raw).some((entry) => words.has(entry.word)));
        const indent = line.match(/^\s*/)![0];
        return kept.length > 0 ? indent + kept.join(" ") : "";
      })
      .filter((line, i) => i === 0 || line !== "")
      .join("\n");
    out = out.slice(0, open + 1) + body + out.slice(close);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = heldOutOnlyWords();
  console.log(`${found.length} listed word(s) occur only in held-out items${found.length > 0 ? ":" : ""}`);
  for (const { lang, word } of found) console.log(`  ${lang}  ${word}`);
  if (process.argv.includes("--fix") && found.length > 0) {
    const file = fileURLToPath(new URL("../../src/language/lexicon-data-served.ts", import.meta.url));
    writeFileSync(file, withoutWords(readFileSync(file, "utf8"), found));
    console.log(`removed them from ${file.slice(file.lastIndexOf("src/"))}`);
  }
}
