import { detectAll, supportedLanguages, toISO2 } from "tinyld";
import type { SecondDetector } from "./scoring.ts";
import { toBcp47 } from "./languages.ts";

/**
 * tinyld as the second detector: a different model (word and n-gram frequencies from a much larger
 * corpus than franc's trigram profiles) that knows many everyday words the word lists miss. It does
 * not know Swahili, Yoruba, Zulu or Hausa; those get no opinion rather than a vote against.
 */

const code = (tag: string): string => toBcp47(tag) ?? tag;
const KNOWN = new Set(supportedLanguages.map((iso3) => code(toISO2(iso3))));

export const tinyldSecondDetector: SecondDetector = (text, candidates) => {
  const opinion = new Map<string, number>();
  // Candidates come best first; when tinyld cannot judge the top two, its opinion would not be used.
  if (!KNOWN.has(candidates[0] ?? "") || !KNOWN.has(candidates[1] ?? "")) return opinion;
  for (const candidate of candidates) if (KNOWN.has(candidate)) opinion.set(candidate, 0);
  if (opinion.size === 0) return opinion;
  const ranked = detectAll(text);
  // Relative to its best guess over all its languages, so "none of these" keeps every candidate low.
  let best = 0;
  for (const r of ranked) best = Math.max(best, r.accuracy);
  if (best <= 0) return opinion;
  for (const r of ranked) {
    const lang = code(r.lang);
    if (opinion.has(lang)) opinion.set(lang, r.accuracy / best);
  }
  return opinion;
};
