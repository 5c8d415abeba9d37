import { describe, expect, it } from "vitest";
import { createLanguageDetector, detectLanguage, tinyldSecondDetector } from "../src/language/index.ts";
import { lexiconEvidence, lexiconTokens } from "../src/language/lexicon.ts";
import { UNTONED_YORUBA, trigramDistances } from "../src/language/trigrams.ts";

const SERVED = "en es pt ru kk ky tg uz ar hi fa sw yo ha pcm ig ca gl eu id jv su tl ceb ilo fr".split(" ");
const best = (scores: Map<string, number>): string | undefined => [...scores].sort((a, b) => b[1] - a[1])[0]?.[0];

describe("word-list evidence", () => {
  it("reads the endings by which Romance relatives spell one word apart", () => {
    expect(best(lexiconEvidence("libertad").scores)).toBe("es");
    expect(best(lexiconEvidence("llibertat").scores)).toBe("ca");
    expect(lexiconEvidence("liberdade").scores.get("es")).toBeUndefined();
    expect(best(lexiconEvidence("dichiarazione").scores)).toBe("it");
  });

  it("counts a two-word phrase on top of its words: 'no fit' is Pidgin though both words are English", () => {
    const pidgin = lexiconEvidence("i no fit sleep").scores;
    expect(pidgin.get("pcm")!).toBeGreaterThan(pidgin.get("en")!);
    const english = lexiconEvidence("i can't sleep").scores;
    expect(english.get("en")!).toBeGreaterThan(english.get("pcm") ?? 0);
    expect(lexiconTokens("i no fit")).toEqual(expect.arrayContaining(["no fit", "i no"]));
  });

  it("reads the apostrophes people type as one (Uzbek oʻ, ’, `)", () => {
    const ascii = lexiconEvidence("o'zi").scores;
    expect(ascii.get("uz")).toBeGreaterThan(0);
    for (const typed of ["oʻzi", "o’zi", "o`zi"]) expect(lexiconEvidence(typed).scores).toEqual(ascii);
  });
});

describe("Yoruba without tone marks", () => {
  it("is closer to the untoned copy of franc's Yoruba model than to the toned one, and toned text the other way", () => {
    const models = ["yor", UNTONED_YORUBA];
    const distance = (text: string, model: string): number => trigramDistances(text, "Latn", [["yo", model]], models).distances.get("yo")!;
    expect(distance("okan mi ko bale rara", UNTONED_YORUBA)).toBeLessThan(distance("okan mi ko bale rara", "yor"));
    expect(distance("ọkàn mi kò balẹ̀ rárá", "yor")).toBeLessThan(distance("ọkàn mi kò balẹ̀ rárá", UNTONED_YORUBA));
  });
});

describe("speakers' base rate", () => {
  it("settles a short phrase Spanish and Galician write alike in favour of Spanish, and only then", () => {
    const without = createLanguageDetector({ second: tinyldSecondDetector, signals: { speakers: false } });
    expect(without("de nada", { allowed: SERVED }).language).not.toBe("es");
    expect(detectLanguage("de nada", { allowed: SERVED }).language).toBe("es");
    // Galician that reads as Galician stays Galician.
    expect(detectLanguage("non podo durmir nada", { allowed: SERVED }).language).toBe("gl");
  });

  it("does not count on long messages", () => {
    const long = "toda persoa ten dereito á liberdade de opinión e de expresión";
    const without = createLanguageDetector({ second: tinyldSecondDetector, signals: { speakers: false } });
    expect(detectLanguage(long, { allowed: SERVED })).toEqual(without(long, { allowed: SERVED }));
  });
});
