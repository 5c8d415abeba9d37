import { profileSchema, type Profile } from "./schema.ts";
import { describeAllIssues } from "../util/zod-issues.ts";
import type { Catalog } from "../catalog/schema.ts";

/** A data file that does not validate: start-up stops with the file and the fields to fix. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    details: string,
  ) {
    super(`${file} is invalid:\n${details}`);
    this.name = "DataFileError";
  }
}

/** Validate one profile's parsed JSON; `file` names it in errors. Pure: works on Workers too. */
export function parseProfile(file: string, data: unknown): Profile {
  const result = profileSchema.safeParse(data);
  if (!result.success) throw new DataFileError(file, describeAllIssues(result.error));
  const expectedId = file.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
  if (result.data.id !== expectedId) {
    throw new DataFileError(file, `  - id: "${result.data.id}" must match the file name "${expectedId}"`);
  }
  return result.data;
}

/** Profiles may only name models the catalog knows; checked once at start-up. */
export function checkProfileModels(profiles: readonly Profile[], catalog: Catalog, fileOf: (id: string) => string): void {
  for (const profile of profiles) {
    const named = [
      ...profile.targets.map((t, i) => ({ field: `targets[${i}].model`, model: t.model })),
      { field: "fallback.model", model: profile.fallback.model },
    ];
    for (const { field, model } of named) {
      if (!catalog.models[model]) {
        throw new DataFileError(
          fileOf(profile.id),
          `  - ${field}: "${model}" is not in the models catalog (known: ${Object.keys(catalog.models).join(", ")})`,
        );
      }
    }
  }
}

export function indexProfiles(profiles: readonly Profile[]): Map<string, Profile> {
  const byId = new Map<string, Profile>();
  for (const p of profiles) {
    if (byId.has(p.id)) throw new DataFileError(p.id, `  - id: "${p.id}" is used by two profiles`);
    byId.set(p.id, p);
  }
  return byId;
}
