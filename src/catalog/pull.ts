import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createModelDownloader } from "node-llama-cpp";
import type { Catalog } from "./schema.ts";
import { withDeadline } from "../util/deadline.ts";
import { downloadUriOf, isOnDisk, localFileOf, type ModelPaths } from "./files.ts";

export interface PullOptions {
  /** Show node-llama-cpp's progress bar on the terminal. */
  showProgress?: boolean;
  /** Give up when the download has not started within this many ms (unreachable hub, no network). */
  startTimeoutMs?: number;
  token?: string;
  signal?: AbortSignal;
}

/** The catalog entries a model needs on disk: a LoRA adapter needs its base too. */
export function filesNeededFor(catalog: Catalog, id: string): string[] {
  const entry = catalog.models[id];
  if (!entry) throw new Error(`"${id}" is not in the models catalog`);
  if (entry.kind === "hosted") return [];
  return entry.kind === "lora" ? [...filesNeededFor(catalog, entry.base), id] : [id];
}

/**
 * Download a catalog model's GGUF (and a LoRA's base) into the models directory with node-llama-cpp's
 * downloader; files already there are skipped. Returns the ids actually downloaded.
 */
export async function pullModel(catalog: Catalog, id: string, paths: ModelPaths, options: PullOptions = {}): Promise<string[]> {
  const pulled: string[] = [];
  for (const needed of filesNeededFor(catalog, id)) {
    const entry = catalog.models[needed]!;
    if (entry.kind === "hosted" || isOnDisk(entry, paths)) continue;
    const uri = downloadUriOf(entry.source);
    if (!uri) throw new Error(`model "${needed}" is a local file that is missing: ${localFileOf(entry.source, paths)}`);
    const target = localFileOf(entry.source, paths);
    mkdirSync(dirname(target), { recursive: true });
    const started = withStartTimeout(
      createModelDownloader({
        modelUri: uri,
        dirPath: dirname(target),
        fileName: target.slice(dirname(target).length + 1),
        showCliProgress: options.showProgress ?? false,
        ...(options.token ? { tokens: { huggingFace: options.token } } : {}),
      }),
      options.startTimeoutMs ?? 20_000,
      needed,
    );
    const downloader = await started;
    await downloader.download(options.signal ? { signal: options.signal } : undefined);
    pulled.push(needed);
  }
  return pulled;
}

/** Resolving the file on the hub is where a closed network hangs; bound it so start-up never stalls. */
function withStartTimeout<T>(promise: Promise<T>, ms: number, id: string): Promise<T> {
  return withDeadline(promise, ms, `could not reach the model hub for "${id}" within ${ms / 1000} s`);
}
