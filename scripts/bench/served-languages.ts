import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadProfilesDir } from "../../src/profiles/load-node.ts";
import { profileLanguages, type Profile } from "../../src/profiles/schema.ts";

/** The culture profiles and the languages the gateway serves, read as server.ts reads them. */

const root = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
export const profiles: Profile[] = loadProfilesDir(root("culture-profiles"));
const catalog = JSON.parse(readFileSync(root("models/catalog.json"), "utf8")) as { models: Record<string, { demo?: boolean; languages: string[] }> };

/** What the gateway passes as `allowed`: the profiles' languages and those of the real (non-demo) catalog models. */
export const SERVED: readonly string[] = [
  ...new Set([
    ...profiles.flatMap(profileLanguages),
    ...Object.values(catalog.models)
      .filter((m) => !m.demo)
      .flatMap((m) => m.languages),
  ]),
];
