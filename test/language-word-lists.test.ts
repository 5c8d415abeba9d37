import { describe, expect, it } from "vitest";
import { loadLanguageBenchmark, loadServedBenchmark, type Split } from "../eval/language/dataset.ts";
import { heldOutOnlyWords, withoutWords } from "../eval/language/word-list-rule.ts";
import { lexiconTokens } from "../src/language/lexicon.ts";

/** The words the lexicon would look up in one split's items, both benchmarks. */
const wordsOf = (split: Split): string[] =>
  [...loadServedBenchmark(split), ...loadLanguageBenchmark(split)].flatMap((row) => lexiconTokens(row.text.normalize("NFC").toLowerCase()));

describe("word-list rule (lists written after the benchmark split)", () => {
  it("lists no word that occurs only in held-out items", () => {
    // If this fails: `npx tsx eval/language/word-list-rule.ts --fix` takes the listed words out.
    expect(heldOutOnlyWords()).toEqual([]);
  });

  it("flags a word found in held-out items and in no tuning item, and nothing else", () => {
    const tuning = new Set(wordsOf("tuning"));
    const heldOutOnly = wordsOf("heldout").find((word) => !tuning.has(word))!;
    expect(heldOutOnly).toBeDefined();
    // "the" occurs in tuning items and a made-up word in no item at all: both may stay.
    expect(heldOutOnlyWords({ xx: `the qqqzzz ${heldOutOnly}` })).toEqual([{ lang: "xx", word: heldOutOnly }]);
  });

  it("takes words out of one language's list only, keeping markers, lines and the rest", () => {
    const source = ["export const L = {", "  en: `tired +sad lonely +so_sad", "    sad night`,", "  es: `sad triste`,", "};", ""].join("\n");
    const out = withoutWords(source, [
      { lang: "en", word: "sad" },
      { lang: "en", word: "night" },
      { lang: "en", word: "so sad" },
    ]);
    expect(out).toBe(["export const L = {", "  en: `tired lonely`,", "  es: `sad triste`,", "};", ""].join("\n"));
  });
});
