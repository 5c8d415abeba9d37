import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import type { Catalog, CatalogModel, GgufSource } from "./schema.ts";
import { catalogSchema } from "./schema.ts";
import { DataFileError } from "../profiles/load.ts";
import { describeAllIssues } from "../util/zod-issues.ts";

export interface ModelPaths {
  /** Where pulled weights live (git-ignored). */
  modelsDir: string;
  /** Base for local `{path}` sources (the project root). */
  projectRoot: string;
}

/** Where a GGUF source lives on this machine, pulled or local. */
export function localFileOf(source: GgufSource, paths: ModelPaths): string {
  if ("path" in source) return isAbsolute(source.path) ? source.path : resolve(paths.projectRoot, source.path);
  return join(resolve(paths.projectRoot, paths.modelsDir), source.file);
}

export function isOnDisk(entry: CatalogModel, paths: ModelPaths): boolean {
  return entry.kind === "hosted" || existsSync(localFileOf(entry.source, paths));
}

/** `hf:owner/repo/file.gguf` for node-llama-cpp's downloader; undefined for local sources. */
export function downloadUriOf(source: GgufSource): string | undefined {
  if ("path" in source) return undefined;
  const revision = source.revision ? `#${source.revision}` : "";
  return `hf:${source.repo}/${source.file}${revision}`;
}

export function parseCatalog(file: string, data: unknown): Catalog {
  const result = catalogSchema.safeParse(data);
  if (!result.success) throw new DataFileError(file, describeAllIssues(result.error));
  const catalog = result.data;
  for (const [id, entry] of Object.entries(catalog.models)) {
    if (entry.kind === "lora" && catalog.models[entry.base]?.kind !== "gguf") {
      throw new DataFileError(file, `  - models.${id}.base: "${entry.base}" must be a gguf model in this catalog`);
    }
  }
  if (catalog.default && !catalog.models[catalog.default]) {
    throw new DataFileError(file, `  - default: "${catalog.default}" is not a model in this catalog`);
  }
  for (const id of Object.keys(catalog.guards ?? {})) {
    // Backends are keyed by id: a guard and a chat model with one id would shadow each other.
    if (catalog.models[id]) throw new DataFileError(file, `  - guards.${id}: the id is also a chat model's; give the guard its own id`);
  }
  if (catalog.defaultGuard && !catalog.guards?.[catalog.defaultGuard]) {
    throw new DataFileError(file, `  - defaultGuard: "${catalog.defaultGuard}" is not in this catalog's guards`);
  }
  return catalog;
}
