import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseProfile } from "../src/profiles/load.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import type { BackendHealth } from "../src/backends/types.ts";
import type { Catalog } from "../src/catalog/schema.ts";
import type { Profile } from "../src/profiles/schema.ts";
import { route } from "../src/routing/route.ts";

const gguf = (languages: string[]) => ({
  kind: "gguf" as const,
  name: "m",
  source: { path: "x.gguf" },
  languages,
  regional: [],
  licence: "Apache-2.0",
  commercial: true,
  demo: false,
});

const catalog: Catalog = {
  models: { ko_model: gguf(["ko", "en"]), en_model: gguf(["en"]), multi: gguf(["en", "ko", "yo"]), demo: { ...gguf(["en"]), demo: true } },
};

// A real profile file, with the models swapped for this test's catalog: the router reads only these fields.
const shipped = parseProfile("kr.json", JSON.parse(readFileSync(join(PROJECT_ROOT, "culture-profiles", "kr.json"), "utf8")));
const profile: Profile = {
  ...shipped,
  languages: { ...shipped.languages, primary: ["ko"], also: ["en"] },
  targets: [
    { model: "ko_model", languages: ["ko"] },
    { model: "en_model", languages: ["en"] },
  ],
  fallback: { model: "multi" },
};

const healthy = (): BackendHealth => ({ state: "ready" });
const states =
  (map: Record<string, BackendHealth["state"]>) =>
  (model: string): BackendHealth | undefined =>
    map[model] ? { state: map[model]!, detail: map[model] === "down" ? "connection refused" : undefined } : undefined;

describe("route", () => {
  it("takes the first healthy target that serves the language, then the fallback", () => {
    const plan = route({ profile, language: "ko", catalog, health: healthy });
    expect(plan.candidates).toEqual(["ko_model", "multi"]);
    expect(plan.trace.map((s) => [s.model, s.decision])).toEqual([
      ["ko_model", "candidate"],
      ["en_model", "skipped"],
      ["multi", "candidate"],
    ]);
    expect(plan.trace[1]!.reason).toBe("does not serve ko (serves en)");
    expect(plan.otherCulture).toBe(false);
  });

  it("skips unhealthy targets with the reason", () => {
    const plan = route({ profile, language: "ko", catalog, health: states({ ko_model: "down", multi: "idle" }) });
    expect(plan.candidates).toEqual(["multi"]);
    expect(plan.trace[0]).toMatchObject({ model: "ko_model", decision: "skipped", reason: "down: connection refused" });
  });

  it("treats missing weights and unconfigured backends as unusable", () => {
    const plan = route({ profile, language: "en", catalog, health: states({ en_model: "missing" }) });
    expect(plan.candidates).toEqual([]);
    expect(plan.trace.find((s) => s.model === "multi")?.reason).toBe("no backend is configured for this model");
  });

  it("ends with the last resort when one is configured", () => {
    const plan = route({ profile, language: "en", catalog, health: states({ demo: "ready" }), lastResort: "demo" });
    expect(plan.candidates).toEqual(["demo"]);
    expect(plan.trace.at(-1)).toMatchObject({ model: "demo", role: "last-resort", decision: "candidate" });
  });

  it("flags another culture's language and still routes it to the fallback", () => {
    const plan = route({ profile, language: "yo", catalog, health: healthy });
    expect(plan.otherCulture).toBe(true);
    expect(plan.candidates).toEqual(["multi"]);
  });

  it("keeps profile order when the language is undetermined", () => {
    const plan = route({ profile, language: "und", catalog, health: healthy });
    expect(plan.candidates).toEqual(["ko_model", "en_model", "multi"]);
    expect(plan.otherCulture).toBe(false);
  });

  it("tries a pinned model first and does not list a model twice", () => {
    const plan = route({ profile, language: "ko", catalog, health: healthy, pinned: "multi" });
    expect(plan.candidates).toEqual(["multi", "ko_model"]);
    expect(plan.trace.at(-1)).toMatchObject({ model: "multi", role: "fallback", decision: "skipped", reason: "already considered above" });
  });

  it("skips a model the catalog does not know", () => {
    const plan = route({ profile: { ...profile, targets: [{ model: "ghost", languages: ["ko"] }] }, language: "ko", catalog, health: healthy });
    expect(plan.trace[0]).toMatchObject({ model: "ghost", decision: "skipped", reason: "not in the models catalog" });
  });
});
