import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lens } from "./lens-schema.ts";
import { DataFileError, parseLens } from "./load.ts";

/** Lenses live next to the profiles, one JSON file per lens. */
export const LENSES_SUBDIR = "lenses";

function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DataFileError(file, `  - (file): ${(error as Error).message}`);
  }
}

/**
 * Node only: read and validate every `<dir>/*.json` lens. A missing directory means no lenses (a
 * deployment may ship none); an invalid file stops start-up with the file and field named.
 */
export function loadLensesDir(dir: string): Lens[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return files.map((f) => parseLens(join(dir, f), readJsonFile(join(dir, f))));
}
