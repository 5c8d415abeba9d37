import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languageName } from "../src/language/index.ts";
import type { Lens } from "../src/profiles/lens-schema.ts";
import { indexLenses } from "../src/profiles/load.ts";
import { loadLensesDir } from "../src/profiles/load-node.ts";
import { cuedDetailGroups } from "../src/profiles/prompt-cues.ts";
import {
  composeSystemPrompt,
  DEFAULT_SAFETY_POLICY,
  DETAILS_HEADER,
  FIRST_TURN_TOKEN_BUDGET,
  MAX_SYSTEM_PROMPT_CHARS,
  SAFETY_HEADER,
  SAFETY_RESERVE_TOKENS,
} from "../src/profiles/prompt.ts";
import type { Profile } from "../src/profiles/schema.ts";
import { disclosureFor } from "../src/profiles/texts.ts";
import { estimateTokens } from "../src/profiles/token-estimate.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { safetyPolicyPrompt } from "../src/safety/index.ts";
import { loadProfilesDir } from "../src/server.ts";
import { qwenSystemMessageTokens, qwenTokens } from "./helpers/qwen-tokens.ts";

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

const lensMarker = (lens: Lens) => `# Lens: ${lens.name.en}\n`;

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
          for (const [firstTurn, otherCulture] of [
            [true, false],
            [false, false],
            [true, true],
          ] as const) {
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
            // Culture: the fragment always; every support either in the core or (later turns) in the details.
            const cultureAt = prompt.indexOf(`# Culture: ${profile.name.en} (${profile.name.native})`);
            expect(cultureAt, where).toBeGreaterThan(0);
            expect(prompt, where).toContain(profile.systemPrompt);
            if (!firstTurn) {
              for (const support of profile.supports) expect(prompt, where).toContain(support.text);
              for (const model of profile.explanatoryModels) expect(prompt, where).toContain(model);
              for (const note of profile.stigma) expect(prompt, where).toContain(note);
              expect(prompt.indexOf(DETAILS_HEADER), where).toBeLessThan(safetyAt);
            } else {
              expect(prompt, where).not.toContain(DETAILS_HEADER);
            }
            // Lenses: each marker and summary present, after the culture and before the safety rules.
            for (const lens of combo) {
              const at = prompt.indexOf(lensMarker(lens));
              expect(at, `${where}: ${lens.id} marker`).toBeGreaterThan(cultureAt);
              expect(at, `${where}: ${lens.id} before safety`).toBeLessThan(safetyAt);
              expect(prompt.indexOf(lens.summary), where).toBeLessThan(safetyAt);
              if (!firstTurn) {
                expect(prompt.indexOf(lens.systemPrompt), where).toBeLessThan(safetyAt);
                const note = profile.lensNotes[lens.id];
                if (note) expect(prompt, where).toContain(`In ${profile.name.en}: ${note}`);
              }
            }
            for (const lens of lenses.filter((l) => !combo.includes(l))) expect(prompt, where).not.toContain(lensMarker(lens));
            // Language: the instruction, the writing guidance, and the disclosure in that language.
            const variant = profile.languages.variants.find((v) => v.tag === tag);
            expect(prompt, where).toContain(variant ? `Answer in ${variant.name}` : `Answer in ${name}`);
            const writing = profile.languages.writing[tag];
            if (writing) expect(prompt, where).toContain(writing);
            expect(prompt, where).toContain(profile.disclosure[tag]!);
            expect(prompt.includes("Begin this first answer with your disclosure"), where).toBe(firstTurn);
            expect(prompt.indexOf("# Language"), where).toBeLessThan(safetyAt);
          }
        }
      }
      expect(rendered).toBe(combos.length * textLanguages(profile).length * 3);
    });
  }
});

/**
 * Every first turn a request can produce: each profile × lens combination × each language and script
 * variant the profile writes texts for, plus a language foreign to the profile (otherCulture, no
 * disclosure of its own) and an undetermined one.
 */
function firstTurns() {
  const turns: Array<{ where: string; prompt: string; disclosure: string }> = [];
  for (const profile of profiles) {
    for (const combo of lensCombinations(lenses)) {
      const languages = [
        ...textLanguages(profile).map((l) => ({ ...l, otherCulture: false })),
        { language: "de", script: undefined, tag: "de", otherCulture: true },
        { language: undefined, script: undefined, tag: "und", otherCulture: false },
      ];
      for (const { language, script, tag, otherCulture } of languages) {
        for (const risk of ["none", "concern"] as const) {
          const prompt = composeSystemPrompt({
            profile,
            language,
            script,
            languageName: language ? (languageName(language) ?? language) : undefined,
            otherCulture,
            lenses: combo,
            firstTurn: true,
            safetyPolicy: safetyPolicyPrompt({ level: risk }),
          });
          const disclosure = disclosureFor(profile, language, script)?.text ?? "";
          turns.push({ where: `${profile.id} [${combo.map((l) => l.id).join("+")}] ${tag} risk=${risk}`, prompt, disclosure });
        }
      }
    }
  }
  return turns;
}

describe("first-turn token budget on the default model's tokenizer (Qwen2.5)", () => {
  const turns = firstTurns();

  it(`every first-turn system prompt costs at most ${FIRST_TURN_TOKEN_BUDGET} tokens, chat-template markers included`, () => {
    expect(turns.length).toBeGreaterThanOrEqual(525);
    let largest = { tokens: 0, where: "" };
    for (const { where, prompt } of turns) {
      const tokens = qwenSystemMessageTokens(prompt);
      expect(tokens, where).toBeLessThanOrEqual(FIRST_TURN_TOKEN_BUDGET);
      if (tokens > largest.tokens) largest = { tokens, where };
    }
    console.log(`largest first-turn system prompt: ${largest.tokens} tokens (${largest.where}) over ${turns.length} prompts`);
  });

  it("the runtime estimate never under-counts the real tokenizer, so the composer's fitting is safe", () => {
    for (const { where, prompt, disclosure } of turns) {
      const estimate = estimateTokens(prompt.replace(disclosure, "")) + estimateTokens(disclosure, { latin: "other" });
      expect(estimate, where).toBeGreaterThanOrEqual(qwenTokens(prompt));
    }
  });

  it("the fixed safety reserve holds the everyday policy, with or without the concern note", () => {
    expect(estimateTokens(safetyPolicyPrompt())).toBeLessThanOrEqual(SAFETY_RESERVE_TOKENS);
    expect(estimateTokens(safetyPolicyPrompt({ level: "concern" }))).toBeLessThanOrEqual(SAFETY_RESERVE_TOKENS);
  });
});

describe("a stable prefix across turns, and details when the conversation calls for them", () => {
  const kr = profiles.find((p) => p.id === "kr")!;
  const base = { profile: kr, language: "ko", languageName: "Korean", otherCulture: false, lenses: [lenses[0]!] } as const;

  it("everything before the first-turn line is the same on every turn and at every risk level", () => {
    const first = composeSystemPrompt({ ...base, firstTurn: true, userTurns: ["안녕하세요"] });
    const later = composeSystemPrompt({ ...base, firstTurn: false, userTurns: ["안녕하세요", "요즘 잠을 못 자요"] });
    const concern = composeSystemPrompt({ ...base, firstTurn: false, userTurns: ["힘들어요"], safetyPolicy: safetyPolicyPrompt({ level: "concern" }) });
    const core = first.slice(0, first.indexOf("Begin this first answer"));
    expect(core).toContain(`Your disclosure: "${kr.disclosure.ko}"`);
    expect(later.startsWith(core)).toBe(true);
    expect(concern.startsWith(core)).toBe(true);
    // Two new conversations on the same profile, lens and language share the whole first-turn prompt.
    expect(composeSystemPrompt({ ...base, firstTurn: true, userTurns: ["hi"] })).toBe(
      composeSystemPrompt({ ...base, firstTurn: true, userTurns: ["잘 지내요?"] }),
    );
  });

  it("an idiom of the culture in the person's words brings the idioms on the first turn", () => {
    expect(cuedDetailGroups(kr, ["화병이 난 것 같아요"])).toEqual(new Set(["idioms"]));
    const prompt = composeSystemPrompt({ ...base, firstTurn: true, userTurns: ["화병이 난 것 같아요"] });
    expect(prompt).toContain(DETAILS_HEADER);
    expect(prompt).toContain("화병 = hwa-byung");
    expect(prompt).not.toContain(`Stigma: ${kr.stigma[0]}`);
    expect(prompt.indexOf(DETAILS_HEADER)).toBeLessThan(prompt.indexOf(SAFETY_HEADER));
  });

  it("words about mental-health care bring the stigma notes and the reasons behind the advice to avoid", () => {
    const india = profiles.find((p) => p.id === "in")!;
    expect(cuedDetailGroups(india, ["kya mujhe psychiatrist ke paas jaana chahiye?"])).toEqual(new Set(["care"]));
    expect(cuedDetailGroups(kr, ["정신과 가도 될까요"])).toEqual(new Set(["care"]));
    const prompt = composeSystemPrompt({ ...base, firstTurn: true, userTurns: ["정신과 가도 될까요"] });
    expect(prompt).toContain(`Stigma: ${kr.stigma.join(" ")}`);
    expect(prompt).toContain(`${kr.avoid[0]!.advice}: ${kr.avoid[0]!.why}`);
  });

  it("a plain greeting calls for nothing, and the first turn stays within the budget", () => {
    expect(cuedDetailGroups(kr, ["hi"]).size).toBe(0);
    const prompt = composeSystemPrompt({ ...base, firstTurn: true, userTurns: ["hi"], safetyPolicy: safetyPolicyPrompt() });
    expect(prompt).not.toContain(DETAILS_HEADER);
    expect(qwenSystemMessageTokens(prompt)).toBeLessThanOrEqual(FIRST_TURN_TOKEN_BUDGET);
  });
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
