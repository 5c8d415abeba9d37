import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "../src/catalog/files.ts";
import { parsePullArgs, planPulls, PullPlanError, type ProfileModels } from "../src/catalog/pull-plan.ts";
import { loadCatalogFile, PROJECT_ROOT } from "../src/server.ts";
import { DataFileError } from "../src/profiles/load.ts";

const catalog = loadCatalogFile(join(PROJECT_ROOT, "models", "catalog.json"));
const profiles: ProfileModels = new Map([["kr", { targets: [{ model: "exaone-3.5-2.4b-instruct" }], fallback: { model: "qwen2.5-1.5b-instruct" } }]]);

describe("guard classifiers in the catalog", () => {
  it("the shipped catalog names Qwen3Guard-Gen 0.6B as the default guard, and each guard's output format", () => {
    expect(catalog.defaultGuard).toBe("qwen3guard-gen-0.6b");
    expect(catalog.guards?.["qwen3guard-gen-0.6b"]).toMatchObject({ kind: "gguf", format: "qwen3guard-gen" });
    expect(catalog.guards?.["llama-guard-3-1b"]?.format).toBe("llama-guard-3");
    expect(catalog.guards?.["shieldgemma-2b"]?.format).toBe("shieldgemma");
    // Guards are never chat models: routing cannot pick them.
    for (const id of Object.keys(catalog.guards ?? {})) expect(catalog.models[id]).toBeUndefined();
  });

  it("a catalog without guards still validates", () => {
    const parsed = parseCatalog("c.json", { models: { m: { kind: "gguf", name: "m", source: { path: "m.gguf" }, languages: ["en"], licence: "x" } } });
    expect(parsed.guards).toBeUndefined();
  });

  it("refuses a guard with an unknown format, one that shares a chat model's id, and a missing defaultGuard", () => {
    const model = { kind: "gguf", name: "m", source: { path: "m.gguf" }, languages: ["en"], licence: "x" };
    expect(() => parseCatalog("c.json", { models: { m: model }, guards: { g: { ...model, format: "openai-moderation" } } })).toThrow(/format/);
    expect(() => parseCatalog("c.json", { models: { m: model }, guards: { m: { ...model, format: "shieldgemma" } } })).toThrow(
      /guards\.m: the id is also a chat model/,
    );
    expect(() => parseCatalog("c.json", { models: { m: model }, defaultGuard: "g" })).toThrow(DataFileError);
  });
});

describe("npm run models:pull option parsing and selection", () => {
  it("--guard selects the default guard, and nothing else", () => {
    const planned = planPulls(catalog, profiles, parsePullArgs(["--guard"]));
    expect(planned.map((p) => [p.id, p.guard])).toEqual([["qwen3guard-gen-0.6b", true]]);
  });

  it("--model takes chat and guard ids alike; --profile adds its targets and fallback", () => {
    const planned = planPulls(catalog, profiles, parsePullArgs(["--model", "llama-guard-3-1b", "--profile", "kr"]));
    expect(planned.map((p) => [p.id, p.guard])).toEqual([
      ["llama-guard-3-1b", true],
      ["exaone-3.5-2.4b-instruct", false],
      ["qwen2.5-1.5b-instruct", false],
    ]);
  });

  it("no option pulls the default chat model; --all never includes guards or the demo model", () => {
    expect(planPulls(catalog, profiles, parsePullArgs([])).map((p) => p.id)).toEqual([catalog.default]);
    const all = planPulls(catalog, profiles, parsePullArgs(["--all"]));
    expect(all.some((p) => p.guard || p.entry.demo)).toBe(false);
  });

  it("says what to fix for unknown ids and options", () => {
    expect(() => planPulls(catalog, profiles, parsePullArgs(["--model", "nope"]))).toThrow(/unknown model "nope"; catalog ids: .*qwen3guard-gen-0\.6b/);
    expect(() => planPulls({ ...catalog, defaultGuard: undefined }, profiles, { guard: true })).toThrow(/no defaultGuard/);
    expect(() => parsePullArgs(["--gaurd"])).toThrow(PullPlanError);
  });
});
