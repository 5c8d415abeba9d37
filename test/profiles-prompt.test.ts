import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languageName } from "../src/language/index.ts";
import type { Lens } from "../src/profiles/lens-schema.ts";
import { indexLenses } from "../src/profiles/load.ts";
import { loadLensesDir } from "../src/profiles/load-node.ts";
import { composeSystemPrompt, DEFAULT_SAFETY_POLICY, MAX_SYSTEM_PROMPT_CHARS, SAFETY_HEADER } from "../src/profiles/prompt.ts";
import type { Profile } from "../src/profiles/schema.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { loadProfilesDir } from "../src/server.ts";

const profiles = loadProfilesDir(join(PROJECT_ROOT, "culture-profiles"));
const lenses = [...indexLenses(loadLensesDir(join(PROJECT_ROOT, "culture-profiles", "lenses"))).values()];

/** No lens, each lens alone, and every pair: what a request can ask for. */
function lensCombinations(all: readonly Lens[]): Lens[][] {
  const combos: Lens[][] = [[]];
  all.forEach((a, i) => {
    combos.push([a]);
    for (const b of all.slice(i + 1)) combos.push([a, b]);
  });
  return combos;
}

/** Every language a profile writes texts for: its primary languages and their script variants. */
function textLanguages(profile: Profile): { language: string; script?: string; tag: string }[] {
  return [
    ...profile.languages.primary.map((language) => ({ language, tag: language })),
    ...profile.languages.variants.map((v) => {
      const [language, script] = v.tag.split("-") as [string, string];
      return { language, script, tag: v.tag };
    }),
  ];
}

const lensMarker = (lens: Lens) => `# Lens: ${lens.name.en} (${lens.id})`;

describe("composeSystemPrompt over every profile × lens combination × language", () => {
  const combos = lensCombinations(lenses);

  it("covers the shipped data: 16 profiles, 3 lenses, 7 combinations", () => {
    expect(profiles.length).toBeGreaterThanOrEqual(14);
    expect(lenses.length).toBeGreaterThanOrEqual(3);
    expect(combos).toHaveLength(1 + lenses.length + (lenses.length * (lenses.length - 1)) / 2);
  });

  for (const profile of profiles) {
    it(`${profile.id}: size bound and every required part, in order`, () => {
      let rendered = 0;
      for (const combo of combos) {
        for (const { language, script, tag } of textLanguages(profile)) {
          for (const [firstTurn, otherCulture] of [[true, false], [false, false], [true, true]] as const) {
            const name = languageName(language) ?? language;
            const prompt = composeSystemPrompt({ profile, language, script, languageName: name, otherCulture, lenses: combo, firstTurn });
            rendered++;
            const where = `${profile.id} [${combo.map((l) => l.id).join("+")}] ${tag} firstTurn=${firstTurn} otherCulture=${otherCulture}`;

            expect(prompt.length, where).toBeLessThan(MAX_SYSTEM_PROMPT_CHARS);
            // Policy: the role up front, the safety rules once, at the very end.
            expect(prompt, where).toContain("not a therapist");
            expect(prompt.indexOf(SAFETY_HEADER), where).toBe(prompt.lastIndexOf(SAFETY_HEADER));
            expect(prompt.endsWith(`${SAFETY_HEADER}\n${DEFAULT_SAFETY_POLICY}`), where).toBe(true);
            const safetyAt = prompt.indexOf(SAFETY_HEADER);
            // Culture.
            const cultureAt = prompt.indexOf(`# Culture: ${profile.name.en} (${profile.name.native})`);
            expect(cultureAt, where).toBeGreaterThan(0);
            expect(prompt, where).toContain(profile.systemPrompt);
            for (const support of profile.supports) expect(prompt, where).toContain(support.text);
            // Lenses: each marker and text present, after the culture and before the safety rules.
            for (const lens of combo) {
              const at = prompt.indexOf(lensMarker(lens));
              expect(at, `${where}: ${lens.id} marker`).toBeGreaterThan(cultureAt);
              expect(at, `${where}: ${lens.id} before safety`).toBeLessThan(safetyAt);
              expect(prompt.indexOf(lens.systemPrompt), where).toBeLessThan(safetyAt);
              const note = profile.lensNotes[lens.id];
              if (note) expect(prompt, where).toContain(`In ${profile.name.en}: ${note}`);
            }
            for (const lens of lenses.filter((l) => !combo.includes(l))) expect(prompt, where).not.toContain(lensMarker(lens));
            // Language: the instruction, the writing guidance, and the disclosure in that language.
            const variant = profile.languages.variants.find((v) => v.tag === tag);
            expect(prompt, where).toContain(variant ? `Answer in ${variant.name}` : `Answer in ${name}`);
            const writing = profile.languages.writing[tag];
            if (writing) expect(prompt, where).toContain(writing);
            expect(prompt, where).toContain(profile.disclosure[tag]!);
            expect(prompt.includes("Begin this first answer with this disclosure"), where).toBe(firstTurn);
            expect(prompt.indexOf("# Language"), where).toBeLessThan(safetyAt);
          }
        }
      }
      expect(rendered).toBe(combos.length * textLanguages(profile).length * 3);
    });
  }
});

describe("composeSystemPrompt inputs", () => {
  const profile = profiles.find((p) => p.id === "in")!;
  const [first, second, third] = lenses as [Lens, Lens, Lens];

  it("puts a caller's safety policy last, in place of the built-in one", () => {
    const policy = "CRISIS PROTOCOL: ask about immediate safety; give the country's crisis resources; never provide means.";
    const prompt = composeSystemPrompt({ profile, otherCulture: false, lenses: [first, second], safetyPolicy: policy });
    expect(prompt.endsWith(`${SAFETY_HEADER}\n${policy}`)).toBe(true);
    expect(prompt).not.toContain(DEFAULT_SAFETY_POLICY);
    // A blank policy never leaves the prompt without safety rules.
    expect(composeSystemPrompt({ profile, otherCulture: false, safetyPolicy: "  " }).endsWith(DEFAULT_SAFETY_POLICY)).toBe(true);
  });

  it("answers Hindi in Latin letters in Hinglish, with the Hinglish disclosure", () => {
    const prompt = composeSystemPrompt({ profile, otherCulture: false, language: "hi", script: "Latn", languageName: "Hindi", firstTurn: true });
    expect(prompt).toContain("Answer in Hinglish");
    expect(prompt).toContain(profile.disclosure["hi-Latn"]!);
    expect(prompt).not.toContain(profile.disclosure.hi!);
  });

  it("without a disclosure in the conversation's language, asks for one in the person's language", () => {
    const prompt = composeSystemPrompt({ profile, otherCulture: true, language: "de", languageName: "German", firstTurn: true });
    expect(prompt).toContain("Answer in German");
    expect(prompt).toContain("Begin this first answer by saying briefly, in the person's language, that you are an AI");
    expect(prompt).toContain("writing in another language");
  });

  it("keeps working for an undetermined language", () => {
    const prompt = composeSystemPrompt({ profile, otherCulture: false, language: "und" });
    expect(prompt).toContain("Answer in the language the person wrote in.");
  });

  it("refuses more than two lenses", () => {
    expect(() => composeSystemPrompt({ profile, otherCulture: false, lenses: [first, second, third] })).toThrow(RangeError);
  });
});
