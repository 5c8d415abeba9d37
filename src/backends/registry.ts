import type { ModelPaths } from "../catalog/files.ts";
import type { Catalog } from "../catalog/schema.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../util/log.ts";
import { createHostedBackend } from "./hosted/index.ts";
import type { ChatBackend } from "./types.ts";

export interface Backends {
  byModel: ReadonlyMap<string, ChatBackend>;
  close(): Promise<void>;
}

/**
 * One backend per catalog entry: local GGUF and LoRA entries share one llama.cpp runtime (loaded
 * lazily, on first use), hosted entries each get an @huggingface/inference client.
 */
export async function createBackends(catalog: Catalog, paths: ModelPaths, config: Config, log: Logger): Promise<Backends> {
  const byModel = new Map<string, ChatBackend>();
  const closers: Array<() => Promise<void>> = [];

  const hasLocal = Object.values(catalog.models).some((m) => m.kind !== "hosted");
  if (hasLocal) {
    const { createLlamaRuntime } = await import("./llama/index.ts");
    const runtime = await createLlamaRuntime({
      gpu: config.LLAMA_GPU === "false" ? false : "auto",
      threads: config.LLAMA_THREADS,
      keepAliveMs: config.GLOCAL_KEEP_ALIVE_SECONDS * 1000,
      maxQueue: config.GLOCAL_MAX_QUEUE,
      paths,
      log: (level, message) => log[level]("llama_cpp", { message }),
    });
    for (const backend of runtime.createBackends(catalog)) byModel.set(backend.id, backend);
    closers.push(() => runtime.close());
    log.info("llama_runtime", { threads: runtime.threads, gpu: runtime.stats().gpu });
  }

  // Tokens: HF_TOKEN from the validated config, an entry's own tokenEnv from the environment.
  const tokens = { ...process.env, HF_TOKEN: config.HF_TOKEN };
  for (const [id, entry] of Object.entries(catalog.models)) {
    if (entry.kind !== "hosted") continue;
    byModel.set(id, createHostedBackend(id, entry, { env: tokens }));
  }

  return {
    byModel,
    async close() {
      await Promise.allSettled(closers.map((close) => close()));
      await Promise.allSettled([...byModel.values()].map((b) => b.close?.()));
    },
  };
}
