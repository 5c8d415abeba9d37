import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkProfileModels, DataFileError, parseProfile } from "../src/profiles/load.ts";
import { composeSystemPrompt } from "../src/profiles/prompt.ts";
import { loadCatalogFile, loadProfilesDir, PROJECT_ROOT } from "../src/server.ts";

const dir = join(PROJECT_ROOT, "culture-profiles");
const kr = JSON.parse(readFileSync(join(dir, "kr.json"), "utf8"));

describe("culture profiles", () => {
  it("every shipped profile validates and names catalog models", () => {
    const profiles = loadProfilesDir(dir);
    expect(profiles.map((p) => p.id)).toEqual(expect.arrayContaining(["us", "kr", "ng"]));
    expect(profiles).toHaveLength(readdirSync(dir).filter((f) => f.endsWith(".json")).length);
    const catalog = loadCatalogFile(join(PROJECT_ROOT, "models", "catalog.json"));
    expect(() => checkProfileModels(profiles, catalog, (id) => `${id}.json`)).not.toThrow();
  });

  it("a bad field stops with the file and the field named", () => {
    const bad = { ...kr, targets: [{ model: "exaone", languages: ["Korean"] }] };
    expect(() => parseProfile("culture-profiles/kr.json", bad)).toThrow(DataFileError);
    expect(() => parseProfile("culture-profiles/kr.json", bad)).toThrow(/culture-profiles\/kr\.json[\s\S]*targets\[0\]\.languages\[0\]/);
  });

  it("rejects ids that are not lowercase slugs, unknown fields, and ids that differ from the file name", () => {
    expect(() => parseProfile("x/KR.json", { ...kr, id: "KR" })).toThrow(/id: /);
    expect(() => parseProfile("x/kr.json", { ...kr, id: "../etc" })).toThrow(/id: /);
    expect(() => parseProfile("x/kr.json", { ...kr, colour: "blue" })).toThrow(/colour/);
    expect(() => parseProfile("x/korea.json", kr)).toThrow(/must match the file name "korea"/);
  });

  it("a model unknown to the catalog is named with its field", () => {
    const profile = parseProfile("culture-profiles/kr.json", { ...kr, fallback: { model: "nope" } });
    const catalog = loadCatalogFile(join(PROJECT_ROOT, "models", "catalog.json"));
    expect(() => checkProfileModels([profile], catalog, () => "culture-profiles/kr.json")).toThrow(/fallback\.model: "nope" is not in the models catalog/);
  });

  it("the system prompt carries policy, culture and the answer language", () => {
    const profile = parseProfile("culture-profiles/kr.json", kr);
    const prompt = composeSystemPrompt({ profile, languageName: "Korean", otherCulture: false });
    expect(prompt).toContain("not a therapist");
    expect(prompt).toContain(profile.systemPrompt);
    expect(prompt).toContain("Answer in Korean");
    expect(composeSystemPrompt({ profile, languageName: "Yoruba", otherCulture: true })).toContain("writing in another language");
  });
});
