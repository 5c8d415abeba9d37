import { localFileOf, type ModelPaths } from "../catalog/files.ts";
import type { Catalog, GgufModel, LoraModel } from "../catalog/schema.ts";
import { createGuardModel, type GuardModel } from "../chat/guard-model.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../util/log.ts";
import { createHostedBackend } from "./hosted/index.ts";
import { LazyLlamaRuntime, type LocalEntryFiles } from "./lazy-llama.ts";
import type { ChatBackend } from "./types.ts";

export interface Backends {
  byModel: ReadonlyMap<string, ChatBackend>;
  /** True once node-llama-cpp is loaded (the first local request, or GLOCAL_PRELOAD). */
  localRuntimeStarted(): boolean;
  /** The learned guard classifier named by GLOCAL_GUARD_MODEL, on its own backend (never routed to). */
  guard?: GuardModel;
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
  if (base?.kind !== "gguf") throw new Error(`models.${id}.base: "${entry.base}" is not a gguf model in the catalog`);
  return { ...common, modelPath: localFileOf(base.source, paths), adapterPath: localFileOf(entry.source, paths) };
}

/**
 * One backend per catalog entry: local GGUF and LoRA entries share one llama.cpp runtime, which
 * (with node-llama-cpp itself) is loaded on the first request a local model serves; hosted entries
 * each get an @huggingface/inference client.
 */
export async function createBackends(catalog: Catalog, paths: ModelPaths, config: Config, log: Logger, options: BackendOptions = {}): Promise<Backends> {
  const byModel = new Map<string, ChatBackend>();
  let guardBackend: ChatBackend | undefined;
  const guardId = config.GLOCAL_GUARD_MODEL;
  const guardEntry = guardId ? catalog.guards?.[guardId] : undefined;
  if (guardId && !guardEntry) {
    const known = Object.keys(catalog.guards ?? {});
    throw new Error(
      `GLOCAL_GUARD_MODEL="${guardId}" is not in the catalog's guards${known.length ? `; one of: ${known.join(", ")}` : " (the catalog has none)"}`,
    );
  }
  const local = Object.entries(catalog.models).filter((pair): pair is [string, GgufModel | LoraModel] => pair[1].kind !== "hosted");
  const runtime = new LazyLlamaRuntime(async () => {
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
    if (guardId && guardEntry?.kind === "gguf") created.createBackends({ models: { [guardId]: guardEntry } });
    log.info("llama_runtime", { threads: created.threads, gpu: created.stats().gpu, start_ms: Math.round(performance.now() - started) });
    return created;
  });
  for (const [id, entry] of local) byModel.set(id, runtime.backend(localEntryFiles(id, entry, catalog, paths)));
  if (guardId && guardEntry?.kind === "gguf") guardBackend = runtime.backend(localEntryFiles(guardId, guardEntry, catalog, paths));

  // Tokens: HF_TOKEN from the validated config, an entry's own tokenEnv from the environment.
  const tokens = { ...process.env, HF_TOKEN: config.HF_TOKEN };
  for (const [id, entry] of Object.entries(catalog.models)) {
    if (entry.kind !== "hosted") continue;
    byModel.set(id, createHostedBackend(id, entry, { env: tokens }));
  }

  if (guardId && guardEntry?.kind === "hosted") guardBackend = createHostedBackend(guardId, guardEntry, { env: tokens });
  const guard =
    guardId && guardEntry && guardBackend
      ? createGuardModel({ id: guardId, format: guardEntry.format, backend: guardBackend, timeoutMs: config.GLOCAL_GUARD_TIMEOUT_MS })
      : undefined;
  if (guard) log.info("guard_model", { model: guard.id, format: guard.format, backend: guardBackend!.kind, state: guardBackend!.health().state });

  const defaultEntry = catalog.default ? catalog.models[catalog.default] : undefined;
  if (options.preload && catalog.default && defaultEntry && defaultEntry.kind !== "hosted") {
    await warmUp(byModel.get(catalog.default) as ChatBackend, runtime, log);
  }

  return {
    byModel,
    localRuntimeStarted: () => runtime.started,
    ...(guard ? { guard } : {}),
    async close() {
      await runtime.close();
      await Promise.allSettled([...byModel.values(), ...(guardBackend ? [guardBackend] : [])].map((b) => b.close?.()));
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
