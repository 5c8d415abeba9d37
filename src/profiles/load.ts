import { lensSchema, type Lens } from "./lens-schema.ts";
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
  checkIdMatchesFile(file, result.data.id);
  return result.data;
}

/** Validate one lens's parsed JSON (culture-profiles/lenses/<id>.json); pure like parseProfile. */
export function parseLens(file: string, data: unknown): Lens {
  const result = lensSchema.safeParse(data);
  if (!result.success) throw new DataFileError(file, describeAllIssues(result.error));
  checkIdMatchesFile(file, result.data.id);
  return result.data;
}

function checkIdMatchesFile(file: string, id: string): void {
  const expectedId = file.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
  if (id !== expectedId) throw new DataFileError(file, `  - id: "${id}" must match the file name "${expectedId}"`);
}

/** Profiles may only name models the catalog knows; checked once at start-up. */
export function checkProfileModels(profiles: readonly Profile[], catalog: Catalog, fileOf: (id: string) => string): void {
  for (const profile of profiles) {
    const named = [
      ...profile.targets.map((t, i) => ({ field: `targets[${i}].model`, model: t.model })),
      ...(profile.experiment?.arms ?? []).flatMap((arm, a) =>
        arm.targets.map((t, i) => ({ field: `experiment.arms[${a}].targets[${i}].model`, model: t.model })),
      ),
      { field: "fallback.model", model: profile.fallback.model },
    ];
    for (const { field, model } of named) {
      if (!catalog.models[model]) {
        throw new DataFileError(fileOf(profile.id), `  - ${field}: "${model}" is not in the models catalog (known: ${Object.keys(catalog.models).join(", ")})`);
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

export function indexLenses(lenses: readonly Lens[]): Map<string, Lens> {
  const byId = new Map<string, Lens>();
  for (const lens of lenses) {
    if (byId.has(lens.id)) throw new DataFileError(lens.id, `  - id: "${lens.id}" is used by two lenses`);
    byId.set(lens.id, lens);
  }
  return byId;
}

/** A profile's `lensNotes` may only name lenses that exist; checked once at start-up, like the models. */
export function checkProfileLenses(profiles: readonly Profile[], lenses: ReadonlyMap<string, Lens>, fileOf: (id: string) => string): void {
  for (const profile of profiles) {
    for (const id of Object.keys(profile.lensNotes)) {
      if (!lenses.has(id)) {
        throw new DataFileError(
          fileOf(profile.id),
          `  - lensNotes.${id}: "${id}" is not a lens (known: ${[...lenses.keys()].sort().join(", ") || "none loaded"})`,
        );
      }
    }
  }
}
