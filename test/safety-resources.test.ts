import { describe, expect, it } from "vitest";
import {
  CRISIS_RESOURCES,
  INTERNATIONAL_DIRECTORIES,
  REQUIRED_COUNTRIES,
  SAFETY_LANGUAGES,
  SAFETY_LOCALES,
  VERIFIED_ON,
  aiDisclosure,
  crisisProtocolPrompt,
  crisisResponse,
  resourcesFor,
  safetyPolicyPrompt,
  CONDITION_PROTOCOLS,
  CONDITIONS,
  type CrisisContact,
} from "../src/safety/index.ts";

const allContacts = (): [string, CrisisContact][] =>
  Object.values(CRISIS_RESOURCES).flatMap((entry) => [...entry.emergency, ...entry.crisisLines].map((c): [string, CrisisContact] => [entry.country, c]));

describe("crisis resources data", () => {
  it.each(REQUIRED_COUNTRIES)("%s has an entry with an emergency number and a crisis line or a stated gap", (country) => {
    const entry = CRISIS_RESOURCES[country];
    expect(entry, `${country} lacks crisis resources`).toBeDefined();
    expect(entry!.emergency.length).toBeGreaterThan(0);
    if (entry!.crisisLines.length === 0) expect(entry!.crisisLineGap, `${country}: no crisis line and no stated gap`).toMatch(/\S{10}/);
  });

  it("covers every profile language's main countries (profiles fail to show resources otherwise)", () => {
    expect(REQUIRED_COUNTRIES.length).toBeGreaterThanOrEqual(24);
    expect(new Set(REQUIRED_COUNTRIES).size).toBe(REQUIRED_COUNTRIES.length);
  });

  it("every contact has a source URL, a kind and a consistent verification status", () => {
    for (const [country, contact] of allContacts()) {
      const where = `${country} ${contact.name}`;
      expect(contact.source, where).toMatch(/^https?:\/\/[^\s/]+\.[a-z]{2,}/);
      expect(contact.number, where).toMatch(/\d/);
      for (const page of contact.seenIn) expect(page, where).toMatch(/^https?:\/\//);
      if (contact.status === "verified") {
        expect(contact.verified, where).toBe(VERIFIED_ON);
        expect(contact.sourceKind, `${where}: verified only from an official page`).toBe("official");
        expect(contact.seenIn.length, `${where}: verified without the page it was read on`).toBeGreaterThan(0);
      } else {
        expect(contact.verified, where).toBeNull();
      }
    }
  });

  it("states the truth about verification: some entries verified, the rest marked unverified", () => {
    const contacts = allContacts().map(([, c]) => c);
    expect(contacts.some((c) => c.status === "verified")).toBe(true);
    expect(contacts.some((c) => c.status === "unverified")).toBe(true);
  });

  it("always offers an international directory and falls back to it for unknown countries", () => {
    expect(INTERNATIONAL_DIRECTORIES.length).toBeGreaterThan(0);
    const unknown = resourcesFor("ZZ");
    expect(unknown.country).toBeNull();
    expect(unknown.crisisLines).toEqual([]);
    expect(unknown.directories.length).toBeGreaterThan(0);
    expect(resourcesFor("br").country).toBe("BR");
  });
});

describe("crisisResponse", () => {
  it.each(SAFETY_LANGUAGES)("%s: warm template with the country's numbers, a safety question, supports as options and the AI note", (language) => {
    const locale = SAFETY_LOCALES[language]!;
    const { text, resources, language: used } = crisisResponse({ language, country: "BR", supports: ["support A", "support B"] });
    expect(used).toBe(language);
    expect(text.startsWith(locale.opening)).toBe(true);
    expect(text).toContain("192");
    expect(text).toContain("188");
    expect(text).toContain(locale.aiNote);
    expect(text).toContain(locale.supportsIntro);
    expect(text).toContain("• support A");
    expect(text).toContain("findahelpline.com");
    expect(resources.country).toBe("BR");
    expect(locale.safetyWithNumber).toContain("{emergency}");
    expect(text).not.toContain("{");
  });

  it("uses the person's country, not a default", () => {
    const kr = crisisResponse({ language: "ko", country: "KR" }).text;
    expect(kr).toContain("109");
    expect(kr).not.toContain("988");
    const us = crisisResponse({ language: "en", country: "US" }).text;
    expect(us).toContain("988");
    expect(us).toContain("911");
  });

  it("says so honestly when a country has no confirmed crisis line, and still gives the emergency number", () => {
    const { text } = crisisResponse({ language: "ru", country: "UZ" });
    expect(text).toContain("112");
    expect(text).toContain(SAFETY_LOCALES.ru!.directoryOnly.replace("{url}", "findahelpline.com"));
  });

  it("without a known country asks about safety and points to the directory, inventing no number", () => {
    const { text } = crisisResponse({ language: "en" });
    expect(text).toContain(SAFETY_LOCALES.en!.safetyWithoutNumber);
    expect(text.match(/\d{3,}/g) ?? []).toEqual([]);
  });

  it("falls back to English for unsupported languages and romanised variants", () => {
    expect(crisisResponse({ language: "it", country: "FR" }).language).toBe("en");
    expect(crisisResponse({ language: "hi-Latn", country: "IN" }).language).toBe("en");
    expect(crisisResponse({ language: "pt-BR", country: "BR" }).language).toBe("pt");
  });
});

describe("prompts and disclosure", () => {
  it("the crisis protocol names the reply language, forbids means, and lists only data-backed numbers", () => {
    const prompt = crisisProtocolPrompt("ko", { country: "KR", supports: ["가족"] });
    expect(prompt).toContain("Reply in 한국어 (Korean)");
    expect(prompt).toMatch(/Never:/);
    expect(prompt).toMatch(/bridges/);
    expect(prompt).toContain("109");
    expect(prompt).toContain("가족");
    expect(prompt).not.toContain("988");
  });

  it("every language has a disclosure that is not the English one (except English)", () => {
    for (const language of SAFETY_LANGUAGES) {
      const disclosure = aiDisclosure(language);
      expect(disclosure.length).toBeGreaterThan(40);
      if (language !== "en") expect(disclosure).not.toBe(aiDisclosure("en"));
    }
  });

  it("the everyday policy adds a careful note only when the input raised concern", () => {
    expect(safetyPolicyPrompt({ level: "concern" }).length).toBeGreaterThan(safetyPolicyPrompt({ level: "none" }).length);
    expect(safetyPolicyPrompt()).toMatch(/not a therapist/);
  });

  it("adds a condition's protocol only when that condition was detected, and nothing without risk", () => {
    const everyday = safetyPolicyPrompt({ level: "none" });
    expect(everyday).not.toMatch(/PROTOCOL/);
    expect(safetyPolicyPrompt({ level: "none", conditions: ["delusion"] })).toBe(everyday);
    for (const condition of CONDITIONS) {
      const prompt = safetyPolicyPrompt({ level: "concern", conditions: [condition] });
      expect(prompt).toContain(CONDITION_PROTOCOLS[condition]);
      for (const other of CONDITIONS) if (other !== condition) expect(prompt).not.toContain(CONDITION_PROTOCOLS[other]);
    }
    const two = safetyPolicyPrompt({ level: "concern", conditions: ["mania", "hallucination"] });
    expect(two.indexOf(CONDITION_PROTOCOLS.hallucination)).toBeLessThan(two.indexOf(CONDITION_PROTOCOLS.mania));
  });

  it("keeps each protocol short (≤ 45 words, about 60 tokens) and free of numbers a model could repeat wrongly", () => {
    for (const condition of CONDITIONS) {
      const text = CONDITION_PROTOCOLS[condition];
      expect(text.split(/\s+/).length, condition).toBeLessThanOrEqual(45);
      expect(text, condition).not.toMatch(/\d/);
    }
  });

  it("the crisis protocol carries the other detected conditions' protocols, not a second suicide protocol", () => {
    const plain = crisisProtocolPrompt("en", { country: "US" });
    const voices = crisisProtocolPrompt("en", { country: "US", conditions: ["suicidal_ideation", "hallucination"] });
    expect(voices).toContain(CONDITION_PROTOCOLS.hallucination);
    expect(voices).not.toContain(CONDITION_PROTOCOLS.suicidal_ideation);
    expect(plain).not.toMatch(/PROTOCOL,/);
  });
});
