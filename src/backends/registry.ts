import { localFileOf, type ModelPaths } from "../catalog/files.ts";
import type { Catalog, GgufModel, LoraModel } from "../catalog/schema.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../util/log.ts";
import { createHostedBackend } from "./hosted/index.ts";
import { LazyLlamaRuntime, type LocalEntryFiles } from "./lazy-llama.ts";
import type { ChatBackend } from "./types.ts";

export interface Backends {
  byModel: ReadonlyMap<string, ChatBackend>;
  /** True once node-llama-cpp is loaded (the first local request, or GLOCAL_PRELOAD). */
  localRuntimeStarted(): boolean;
  close(): Promise<void>;
}

export interface BackendOptions {
  /** Start llama.cpp and load the default model at start-up when the default model is local. */
  preload?: boolean;
}

function missingHint(id: string, entry: GgufModel | LoraModel): string {
  if ("repo" in entry.source) return `run \`npm run models:pull -- --model ${id}\``;
  if (entry.demo) return "run `npm run make:test-model`";
  return "check the path in models/catalog.json";
}

function localEntryFiles(id: string, entry: GgufModel | LoraModel, catalog: Catalog, paths: ModelPaths): LocalEntryFiles {
  const common = { id, demo: entry.demo, missingHint: missingHint(id, entry) };
  if (entry.kind === "gguf") return { ...common, modelPath: localFileOf(entry.source, paths) };
  const base = catalog.models[entry.base];
  if (!base || base.kind !== "gguf") throw new Error(`models.${id}.base: "${entry.base}" is not a gguf model in the catalog`);
  return { ...common, modelPath: localFileOf(base.source, paths), adapterPath: localFileOf(entry.source, paths) };
}

/**
 * One backend per catalog entry: local GGUF and LoRA entries share one llama.cpp runtime, which
 * (with node-llama-cpp itself) is loaded on the first request a local model serves; hosted entries
 * each get an @huggingface/inference client.
 */
export async function createBackends(
  catalog: Catalog,
  paths: ModelPaths,
  config: Config,
  log: Logger,
  options: BackendOptions = {},
): Promise<Backends> {
  const byModel = new Map<string, ChatBackend>();
  const local = Object.entries(catalog.models).filter((pair): pair is [string, GgufModel | LoraModel] => pair[1].kind !== "hosted");
  const runtime = new LazyLlamaRuntime(
    async () => {
      const started = performance.now();
      const { createLlamaRuntime } = await import("./llama/index.ts");
      const created = await createLlamaRuntime({
        gpu: config.LLAMA_GPU === "false" ? false : "auto",
        threads: config.LLAMA_THREADS,
        keepAliveMs: config.GLOCAL_KEEP_ALIVE_SECONDS * 1000,
        maxQueue: config.GLOCAL_MAX_QUEUE,
        paths,
        log: (level, message) => log[level]("llama_cpp", { message }),
      });
      created.createBackends(catalog);
      log.info("llama_runtime", { threads: created.threads, gpu: created.stats().gpu, start_ms: Math.round(performance.now() - started) });
      return created;
    },
  );
  for (const [id, entry] of local) byModel.set(id, runtime.backend(localEntryFiles(id, entry, catalog, paths)));

  // Tokens: HF_TOKEN from the validated config, an entry's own tokenEnv from the environment.
  const tokens = { ...process.env, HF_TOKEN: config.HF_TOKEN };
  for (const [id, entry] of Object.entries(catalog.models)) {
    if (entry.kind !== "hosted") continue;
    byModel.set(id, createHostedBackend(id, entry, { env: tokens }));
  }

  const defaultEntry = catalog.default ? catalog.models[catalog.default] : undefined;
  if (options.preload && catalog.default && defaultEntry && defaultEntry.kind !== "hosted") {
    await warmUp(byModel.get(catalog.default) as ChatBackend, runtime, log);
  }

  return {
    byModel,
    localRuntimeStarted: () => runtime.started,
    async close() {
      await runtime.close();
      await Promise.allSettled([...byModel.values()].map((b) => b.close?.()));
    },
  };
}

/** GLOCAL_PRELOAD: start llama.cpp and load the default model's weights with a one-token answer. */
async function warmUp(backend: ChatBackend, runtime: LazyLlamaRuntime, log: Logger): Promise<void> {
  const started = performance.now();
  await runtime.load(); // a missing binary stops start-up here, as the operator asked for local models
  if (backend.health().state === "missing") {
    log.warn("preload_skipped", { model: backend.id, detail: backend.health().detail });
    return;
  }
  const warm = backend.generate({ model: backend.id, messages: [{ role: "user", content: "hi" }], maxTokens: 1 }, new AbortController().signal);
  for await (const _event of warm) {
    // drain: the point is the model load and the first evaluation
  }
  log.info("preloaded", { model: backend.id, ms: Math.round(performance.now() - started) });
}
