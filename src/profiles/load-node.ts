import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lens } from "./lens-schema.ts";
import { DataFileError, parseLens, parseProfile } from "./load.ts";
import type { Profile } from "./schema.ts";

/** Lenses live next to the profiles, one JSON file per lens. */
export const LENSES_SUBDIR = "lenses";

/** A JSON data file; unreadable or malformed JSON stops start-up with the file named. */
export function readJsonFile(file: string): unknown {
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
  return jsonFilesIn(dir).map((file) => parseLens(file, readJsonFile(file)));
}

/** Node only: read and validate every `<dir>/*.json` culture profile; at least one must exist. */
export function loadProfilesDir(dir: string): Profile[] {
  if (!existsSync(dir)) throw new DataFileError(dir, "  - (directory): culture-profiles directory not found");
  const files = jsonFilesIn(dir);
  if (files.length === 0) throw new DataFileError(dir, "  - (directory): no profile files (*.json)");
  return files.map((file) => parseProfile(file, readJsonFile(file)));
}

function jsonFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));
}
