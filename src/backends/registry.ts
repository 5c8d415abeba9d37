import type { ModelPaths } from "../catalog/files.ts";
import type { Catalog } from "../catalog/schema.ts";
import { createGuardModel, type GuardModel } from "../chat/guard-model.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../util/log.ts";
import { createHostedBackend } from "./hosted/index.ts";
import type { ChatBackend } from "./types.ts";

export interface Backends {
  byModel: ReadonlyMap<string, ChatBackend>;
  /** The learned guard classifier named by GLOCAL_GUARD_MODEL, on its own backend (never routed to). */
  guard?: GuardModel;
  close(): Promise<void>;
}

/**
 * One backend per catalog entry: local GGUF and LoRA entries share one llama.cpp runtime (loaded
 * lazily, on first use), hosted entries each get an @huggingface/inference client.
 */
export async function createBackends(catalog: Catalog, paths: ModelPaths, config: Config, log: Logger): Promise<Backends> {
  const byModel = new Map<string, ChatBackend>();
  let guardBackend: ChatBackend | undefined;
  const closers: Array<() => Promise<void>> = [];

  const guardId = config.GLOCAL_GUARD_MODEL;
  const guardEntry = guardId ? catalog.guards?.[guardId] : undefined;
  if (guardId && !guardEntry) {
    const known = Object.keys(catalog.guards ?? {});
    throw new Error(`GLOCAL_GUARD_MODEL="${guardId}" is not in the catalog's guards${known.length ? `; one of: ${known.join(", ")}` : " (the catalog has none)"}`);
  }
  const hasLocal = Object.values(catalog.models).some((m) => m.kind !== "hosted") || guardEntry?.kind === "gguf";
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
    if (guardId && guardEntry?.kind === "gguf") {
      const [backend] = runtime.createBackends({ models: { [guardId]: guardEntry } });
      guardBackend = backend;
    }
    closers.push(() => runtime.close());
    log.info("llama_runtime", { threads: runtime.threads, gpu: runtime.stats().gpu });
  }

  // Tokens: HF_TOKEN from the validated config, an entry's own tokenEnv from the environment.
  const tokens = { ...process.env, HF_TOKEN: config.HF_TOKEN };
  for (const [id, entry] of Object.entries(catalog.models)) {
    if (entry.kind !== "hosted") continue;
    byModel.set(id, createHostedBackend(id, entry, { env: tokens }));
  }

  if (guardId && guardEntry?.kind === "hosted") guardBackend = createHostedBackend(guardId, guardEntry);
  const guard =
    guardId && guardEntry && guardBackend
      ? createGuardModel({ id: guardId, format: guardEntry.format, backend: guardBackend, timeoutMs: config.GLOCAL_GUARD_TIMEOUT_MS })
      : undefined;
  if (guard) log.info("guard_model", { model: guard.id, format: guard.format, backend: guardBackend!.kind, state: guardBackend!.health().state });

  return {
    byModel,
    ...(guard ? { guard } : {}),
    async close() {
      await Promise.allSettled(closers.map((close) => close()));
      await Promise.allSettled([...byModel.values(), ...(guardBackend ? [guardBackend] : [])].map((b) => b.close?.()));
    },
  };
}
