import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalogSchema, languageCode, type Catalog, type CatalogModel, type GgufModel } from "../src/catalog/schema.ts";
import { describeAllIssues } from "../src/util/zod-issues.ts";

const catalogFile = fileURLToPath(new URL("../models/catalog.json", import.meta.url));
const profilesDir = fileURLToPath(new URL("../culture-profiles/", import.meta.url));

const rawText = readFileSync(catalogFile, "utf8");
const raw = JSON.parse(rawText) as { default?: string; models: Record<string, Record<string, unknown>> };

function parseCatalog(): Catalog {
  const result = catalogSchema.safeParse(raw);
  if (!result.success) throw new Error(`models/catalog.json is invalid:\n${describeAllIssues(result.error)}`);
  return result.data;
}
const catalog = parseCatalog();
const entries = Object.entries(catalog.models);

type HubGguf = GgufModel & { source: { repo: string; file: string } };
function isHubGguf(model: CatalogModel): model is HubGguf {
  return model.kind === "gguf" && "repo" in model.source;
}
const hubModels = entries.filter((e): e is [string, HubGguf] => isHubGguf(e[1]) && !e[1].demo);

/** The 28 languages the gateway detects; the generated demo model claims all of them. */
const DETECTED_LANGUAGES = "en es fr pt de it ru uk ar fa ur hi bn ta ko ja zh vi id tl tr sw yo zu he th pl ha".split(" ");

/** About 1 GB is the default download's budget; 1.2 GB leaves room for the listing's rounding. */
const DEFAULT_MAX_BYTES = 1.2e9;
/** A Q4_K_M of a 9B model is about 6 GB; anything far above is not a small model. */
const SMALL_MODEL_MAX_BYTES = 7e9;

/**
 * Fields the catalog carries ahead of the schema (proposed to the lead): the schema strips them today,
 * so they are checked on the raw JSON.
 */
const proposedFields = z.object({
  quantisation: z.string().regex(/^(I?Q\d\w*|F16|BF16|F32)$/, 'a llama.cpp quantisation label such as "Q4_K_M"'),
  regional: z.array(languageCode),
});

describe("models/catalog.json", () => {
  it("parses with the catalog schema", () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it("defines every model id once (JSON.parse would silently keep only the last duplicate)", () => {
    for (const [id] of entries) {
      const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const definitions = rawText.match(new RegExp(`"${escaped}"\\s*:\\s*\\{`, "g")) ?? [];
      expect(definitions.length, `model id "${id}"`).toBe(1);
    }
  });

  it("keeps the ids that profiles and tests already use", () => {
    for (const id of ["qwen2.5-1.5b-instruct", "exaone-3.5-2.4b-instruct", "llama-3.2-3b-instruct", "glocal-demo", "glocal-demo-lora"]) {
      expect(catalog.models[id], id).toBeDefined();
    }
  });

  it("names a default that is a small, permissively licensed multilingual GGUF from the hub", () => {
    const id = catalog.default;
    expect(id).toBeDefined();
    const model = catalog.models[id!];
    expect(model, `default "${id}"`).toBeDefined();
    if (!model || !isHubGguf(model)) throw new Error(`default "${id}" must be a GGUF from Hugging Face`);
    expect(model.demo).toBe(false);
    expect(model.sizeBytes).toBeDefined();
    expect(model.sizeBytes!).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
    expect(model.licence).toMatch(/^(Apache-2\.0|MIT)$/);
    expect(model.commercial).toBe(true);
    expect(model.languages.length).toBeGreaterThanOrEqual(10);
  });

  it("gives every lora adapter a base that exists and is a GGUF model", () => {
    const loras = entries.filter(([, m]) => m.kind === "lora");
    expect(loras.length).toBeGreaterThan(0);
    for (const [id, lora] of loras) {
      if (lora.kind !== "lora") continue;
      const base = catalog.models[lora.base];
      expect(base, `${id}.base "${lora.base}"`).toBeDefined();
      expect(base?.kind, `${id}.base "${lora.base}"`).toBe("gguf");
      expect(base?.demo, `${id}: a demo adapter goes with the demo base and only with it`).toBe(lora.demo);
    }
  });

  it("documents every downloadable model: card, licence, commercial flag, size", () => {
    expect(hubModels.length).toBeGreaterThanOrEqual(10);
    for (const [id, model] of hubModels) {
      expect(model.card, `${id}.card`).toMatch(/^https:\/\/huggingface\.co\/[\w.-]+\/[\w.-]+$/);
      expect(model.licence.trim(), `${id}.licence`).not.toBe("");
      // `commercial` defaults to true in the schema; a downloadable model must state it, not inherit it.
      expect(typeof raw.models[id]?.commercial, `${id}.commercial`).toBe("boolean");
      expect(model.sizeBytes, `${id}.sizeBytes`).toBeDefined();
      expect(model.sizeBytes!, `${id}.sizeBytes`).toBeLessThan(SMALL_MODEL_MAX_BYTES);
      expect(model.source.file, `${id}.source.file`).toMatch(/\.gguf$/);
    }
  });

  it("flags non-commercial licences", () => {
    for (const [id, model] of hubModels) {
      if (/(^|\W)NC(\W|$)|non-commercial|CC-BY-NC/i.test(model.licence)) {
        expect(model.commercial, `${id} has a non-commercial licence: ${model.licence}`).toBe(false);
      }
    }
  });

  it("states each file's quantisation, matching the file name, and regional languages it actually lists", () => {
    for (const [id, model] of hubModels) {
      const extra = proposedFields.safeParse(raw.models[id]);
      if (!extra.success) throw new Error(`${id}:\n${describeAllIssues(extra.error)}`);
      expect(model.source.file.toLowerCase(), `${id}.quantisation`).toContain(extra.data.quantisation.toLowerCase());
      for (const language of extra.data.regional) {
        expect(model.languages, `${id}.regional "${language}" must be one of its languages`).toContain(language);
      }
    }
  });

  it("ships the generated demo model and its adapter over every detected language", () => {
    const demo = catalog.models["glocal-demo"];
    const lora = catalog.models["glocal-demo-lora"];
    expect(demo).toMatchObject({ kind: "gguf", demo: true, licence: "Apache-2.0", source: { path: "models/test/glocal-demo.gguf" } });
    expect(lora).toMatchObject({
      kind: "lora",
      base: "glocal-demo",
      demo: true,
      licence: "Apache-2.0",
      source: { path: "models/test/glocal-demo-lora.gguf" },
    });
    expect([...(demo?.languages ?? [])].sort()).toEqual([...DETECTED_LANGUAGES].sort());
    expect([...(lora?.languages ?? [])].sort()).toEqual([...DETECTED_LANGUAGES].sort());
  });

  it("knows every model the culture profiles name", () => {
    const files = readdirSync(profilesDir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const profile = JSON.parse(readFileSync(profilesDir + file, "utf8")) as {
        targets?: { model: string }[];
        fallback?: { model: string };
      };
      const named = [...(profile.targets ?? []).map((t) => t.model), profile.fallback?.model].filter((m): m is string => typeof m === "string");
      for (const model of named) expect(catalog.models[model], `${file} names "${model}"`).toBeDefined();
    }
  });
});
