/**
 * The local llama.cpp runtime: one node-llama-cpp `Llama` instance, the shared models, the
 * context pool, and one LlamaModelBackend per gguf or lora catalog entry.
 */
import { getLlama, LlamaLogLevel, type Llama } from "node-llama-cpp";
import { localFileOf, type ModelPaths } from "../../catalog/files.ts";
import type { Catalog, GgufModel, LoraModel } from "../../catalog/schema.ts";
import { LlamaModelBackend } from "./backend.ts";
import { ContextPool } from "./context-pool.ts";
import { ModelRegistry } from "./model-registry.ts";
import type { SamplingDefaults } from "./stream-chat.ts";
import { defaultThreadCount } from "./threads.ts";

export interface LlamaRuntimeOptions {
  /** "auto" picks CUDA/Vulkan/Metal when a prebuilt binary and a device exist; false is CPU only. */
  gpu?: "auto" | false;
  /** CPU threads per evaluation; defaultThreadCount() from the available cores when absent. */
  threads?: number;
  /** An unused context (and then its model) is unloaded after this long. Default 5 minutes. */
  keepAliveMs?: number;
  /** Contexts alive across all entries; the least recently used idle one makes room. Default 4. */
  maxContexts?: number;
  /** Requests generating at once per entry. Default 1. */
  parallel?: number;
  /** Requests waiting per entry before QueueFullError (HTTP 429). Default 16. */
  maxQueue?: number;
  /** Token budget per context (capped by the model's training length and memory). Default 8192. */
  contextSize?: number;
  /** After a failed model load, fail fast for this long before trying again. Default 30 s. */
  retryLoadAfterMs?: number;
  /** Sampling where a request leaves a field out. */
  defaults?: Partial<SamplingDefaults>;
  /** Where catalog sources live on disk. Default: models/weights under process.cwd(). */
  paths?: ModelPaths;
  /** llama.cpp's own warnings and errors (never message text). Default: stderr. */
  log?: (level: "warn" | "error", message: string) => void;
}

export const DEFAULT_KEEP_ALIVE_MS = 5 * 60_000;

const DEFAULT_SAMPLING: SamplingDefaults = { maxTokens: 512, temperature: 0.7 };

/** getLlama failed: no usable prebuilt llama.cpp binary here, and building is switched off. */
export class LlamaRuntimeUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      "local models are unavailable: node-llama-cpp found no usable prebuilt llama.cpp binary for " +
        `${process.platform}-${process.arch} (building from source is disabled). Reinstall with ` +
        "`npm ci` so the @node-llama-cpp/* binary package for this platform is present. Cause: " +
        (cause instanceof Error ? cause.message : String(cause)),
      { cause },
    );
    this.name = "LlamaRuntimeUnavailableError";
  }
}

export interface LlamaRuntimeStats {
  gpu: string | false;
  threads: number;
  /** Model files in memory now. */
  loadedModels: string[];
  /** Model loads since start; a base model shared by LoRA entries counts once per load. */
  modelLoads: number;
  /** Entry ids with a live (or loading) context, least recently used first. */
  contexts: string[];
}

export interface LlamaRuntime {
  readonly threads: number;
  /** One backend per gguf and lora entry of the catalog; hosted entries are skipped. */
  createBackends(catalog: Catalog): LlamaModelBackend[];
  /** The backend created for a catalog id, if any. */
  backend(id: string): LlamaModelBackend | undefined;
  stats(): LlamaRuntimeStats;
  /** Unloads everything; waiting requests fail, later requests get BackendUnavailableError. */
  close(): Promise<void>;
}

function missingHint(id: string, entry: GgufModel | LoraModel): string {
  if ("repo" in entry.source) return `run \`npm run models:pull -- --model ${id}\``;
  if (entry.demo) return "run `npm run make:test-model`";
  return "check the path in models/catalog.json";
}

export async function createLlamaRuntime(options: LlamaRuntimeOptions = {}): Promise<LlamaRuntime> {
  const threads = options.threads ?? defaultThreadCount();
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a positive integer, got ${threads}`);
  const log = options.log ?? ((level, message) => console.error(`[llama.cpp ${level}] ${message.trimEnd()}`));

  let llama: Llama;
  try {
    llama = await getLlama({
      gpu: options.gpu ?? "auto",
      build: "never",
      // Caps all evaluations together, so parallel contexts share the threads instead of oversubscribing.
      maxThreads: threads,
      logLevel: LlamaLogLevel.warn,
      logger: (level, message) => {
        if (level === LlamaLogLevel.error || level === LlamaLogLevel.fatal) log("error", message);
        else if (level === LlamaLogLevel.warn) log("warn", message);
      },
    });
  } catch (error) {
    throw new LlamaRuntimeUnavailableError(error);
  }

  const models = new ModelRegistry(llama);
  const pool = new ContextPool(models, {
    maxContexts: options.maxContexts ?? 4,
    keepAliveMs: options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS,
    contextSize: options.contextSize ?? 8192,
    threads,
  });
  const paths: ModelPaths = options.paths ?? { modelsDir: "models/weights", projectRoot: process.cwd() };
  const defaults: SamplingDefaults = { ...DEFAULT_SAMPLING, ...options.defaults };
  const backends = new Map<string, LlamaModelBackend>();
  let closed = false;

  const deps = {
    pool,
    models,
    defaults,
    parallel: options.parallel ?? 1,
    maxQueue: options.maxQueue ?? 16,
    retryLoadAfterMs: options.retryLoadAfterMs ?? 30_000,
    findBackend: (id: string) => backends.get(id),
    isClosed: () => closed,
  };

  function create(id: string, entry: GgufModel | LoraModel, catalog: Catalog): LlamaModelBackend {
    let modelPath: string;
    let adapter: { path: string; scale: number } | undefined;
    if (entry.kind === "gguf") {
      modelPath = localFileOf(entry.source, paths);
    } else {
      const base = catalog.models[entry.base];
      if (base?.kind !== "gguf") {
        throw new Error(`models.${id}.base: "${entry.base}" is not a gguf model in the catalog`);
      }
      modelPath = localFileOf(base.source, paths);
      adapter = { path: localFileOf(entry.source, paths), scale: entry.scale };
    }
    return new LlamaModelBackend({ id, modelPath, demo: entry.demo, missingHint: missingHint(id, entry), ...(adapter ? { adapter } : {}) }, deps);
  }

  return {
    threads,
    createBackends(catalog) {
      const created: LlamaModelBackend[] = [];
      for (const [id, entry] of Object.entries(catalog.models)) {
        if (entry.kind === "hosted") continue;
        if (backends.has(id)) throw new Error(`a llama backend for ${id} already exists`);
        const backend = create(id, entry, catalog);
        backends.set(id, backend);
        created.push(backend);
      }
      return created;
    },
    backend: (id) => backends.get(id),
    stats: () => ({
      gpu: llama.gpu,
      threads,
      loadedModels: models.loadedPaths(),
      modelLoads: models.loadCount,
      contexts: pool.keys(),
    }),
    async close() {
      if (closed) return;
      closed = true;
      for (const backend of backends.values()) backend.rejectQueued();
      await pool.close();
      await models.closeAll();
      await llama.dispose();
    },
  };
}
