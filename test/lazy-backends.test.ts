import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestModel } from "../scripts/make-test-model.ts";
import { createBackends, type Backends } from "../src/backends/registry.ts";
import { BackendUnavailableError, type GenerateEvent } from "../src/backends/types.ts";
import { catalogSchema, type Catalog } from "../src/catalog/schema.ts";
import { loadConfig } from "../src/config.ts";
import { silentLogger } from "../src/util/log.ts";

let dir: string;
let catalog: Catalog;
const opened: Backends[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "glocal-lazy-"));
  const { modelPath } = await makeTestModel({ outDir: dir });
  const common = { name: "test", languages: ["en"], licence: "none", demo: true };
  catalog = catalogSchema.parse({
    default: "demo",
    models: {
      demo: { kind: "gguf", source: { path: modelPath }, ...common },
      absent: { kind: "gguf", source: { path: path.join(dir, "absent.gguf") }, ...common },
      hosted: { kind: "hosted", endpoint: { url: "http://127.0.0.1:9/v1", model: "m" }, ...common, demo: false },
    },
  });
});

afterAll(async () => {
  await Promise.all(opened.map((b) => b.close()));
  await rm(dir, { recursive: true, force: true });
});

async function open(env: Record<string, string> = {}): Promise<Backends> {
  const config = loadConfig({ LLAMA_GPU: "false", LLAMA_THREADS: "1", ...env });
  const backends = await createBackends(catalog, { modelsDir: dir, projectRoot: dir }, config, silentLogger, { preload: config.GLOCAL_PRELOAD });
  opened.push(backends);
  return backends;
}

async function drain(events: AsyncIterable<GenerateEvent>): Promise<string> {
  let text = "";
  for await (const event of events) if (event.type === "text") text += event.text;
  return text;
}

describe("local models load on first use", () => {
  it("leaves llama.cpp unloaded until a local model is asked to generate, then serves through it", async () => {
    const backends = await open();
    expect(backends.localRuntimeStarted()).toBe(false);
    expect(backends.byModel.get("demo")?.health()).toMatchObject({ state: "idle" });
    expect(backends.byModel.get("hosted")?.health().state).not.toBe("missing");
    expect(backends.localRuntimeStarted()).toBe(false); // health and routing never start it

    const demo = backends.byModel.get("demo")!;
    const text = await drain(
      demo.generate({ model: "demo", messages: [{ role: "user", content: "hello" }], maxTokens: 4, seed: 1 }, new AbortController().signal),
    );
    expect(text.length).toBeGreaterThan(0);
    expect(backends.localRuntimeStarted()).toBe(true);
    expect(demo.health().state).toBe("ready");
  });

  it("reports missing weights and refuses them without starting llama.cpp", async () => {
    const backends = await open();
    const absent = backends.byModel.get("absent")!;
    expect(absent.health()).toMatchObject({ state: "missing", detail: expect.stringMatching(/absent\.gguf/) });
    await expect(drain(absent.generate({ model: "absent", messages: [{ role: "user", content: "hi" }] }, new AbortController().signal))).rejects.toBeInstanceOf(
      BackendUnavailableError,
    );
    expect(backends.localRuntimeStarted()).toBe(false);
  });

  it("starts llama.cpp and loads the default model at start-up with GLOCAL_PRELOAD=1", async () => {
    const backends = await open({ GLOCAL_PRELOAD: "1" });
    expect(backends.localRuntimeStarted()).toBe(true);
    expect(backends.byModel.get("demo")?.health().state).toBe("ready");
  });
});
