import type { Lens } from "../profiles/lens-schema.ts";
import { LensRequestError, parseProfileModelId, resolveLenses } from "../profiles/lenses.ts";
import type { Profile } from "../profiles/schema.ts";
import { InvalidProfileRequest, ProfileConflict, ProfileRequired, UnknownModel, UnknownProfile, type ChatField } from "./errors.ts";

export const PROFILE_MODEL_PREFIX = "glocal/";

export interface ProfileChoice {
  profile: Profile;
  /** Identity/worldview lenses added to the profile (model suffix "+faith" and/or the lenses field). */
  lenses: Lens[];
  /** A catalog model the request pinned through `model`, bypassing the profile's own targets. */
  pinnedModel?: string;
}

interface ProfileSources {
  model?: string;
  bodyProfile?: string;
  headerProfile?: string;
  bodyLenses?: readonly string[];
}

/**
 * The profile comes from `model: "glocal/<id>[+lens…]"`, the `profile` body field or the
 * `x-glocal-profile` header. Where several are given they must agree. A `model` that is a catalog id
 * pins that model. Lenses come from the model suffix and the `lenses` field together.
 */
export function resolveProfile(
  sources: ProfileSources,
  profiles: ReadonlyMap<string, Profile>,
  lenses: ReadonlyMap<string, Lens>,
  isCatalogModel: (id: string) => boolean,
): ProfileChoice {
  const named: { source: string; id: string }[] = [];
  const lensIds: string[] = [...(sources.bodyLenses ?? [])];
  let pinnedModel: string | undefined;
  if (sources.model !== undefined) {
    if (sources.model.startsWith(PROFILE_MODEL_PREFIX)) {
      const parsed = lensRequest(() => parseProfileModelId(sources.model!.slice(PROFILE_MODEL_PREFIX.length)), "model");
      named.push({ source: "model", id: parsed.profileId });
      lensIds.push(...parsed.lensIds);
    } else if (isCatalogModel(sources.model)) {
      pinnedModel = sources.model;
    } else {
      throw new UnknownModel(`model "${clip(sources.model)}" is not served here; use "glocal/<profile>" (${listIds(profiles)}) or a model from GET /v1/models`);
    }
  }
  if (sources.bodyProfile !== undefined) named.push({ source: "profile", id: sources.bodyProfile });
  if (sources.headerProfile !== undefined) named.push({ source: "x-glocal-profile header", id: sources.headerProfile });

  const first = named[0];
  if (!first) {
    throw new ProfileRequired(
      `choose a culture profile with model "glocal/<profile>", the "profile" field or the x-glocal-profile header; profiles: ${listIds(profiles)}`,
    );
  }
  const disagreeing = named.find((n) => n.id !== first.id);
  if (disagreeing) {
    throw new ProfileConflict(
      `${first.source} names profile "${clip(first.id)}" but ${disagreeing.source} names "${clip(disagreeing.id)}"; send one profile`,
      disagreeing.source === "profile" ? "profile" : "model",
    );
  }
  const param: ChatField | null = first.source === "profile" ? "profile" : first.source === "model" ? "model" : null;
  if (first.source !== "model") {
    lensRequest(() => parseProfileModelId(first.id), param);
    if (first.id.includes("+")) {
      throw new InvalidProfileRequest(
        `profile "${clip(first.id)}" names lenses; put them in the "lenses" field or in model "glocal/<profile>+<lens>"`,
        "invalid_profile",
        param,
      );
    }
  }
  const profile = profiles.get(first.id);
  if (!profile) {
    throw new UnknownProfile(`unknown profile "${clip(first.id)}"; valid profiles: ${listIds(profiles)}`, param);
  }
  const chosenLenses = lensRequest(() => resolveLenses(lensIds, lenses), "lenses");
  return pinnedModel ? { profile, lenses: chosenLenses, pinnedModel } : { profile, lenses: chosenLenses };
}

/** Lens and profile-id syntax errors from the pure profiles module, naming the field they came in. */
function lensRequest<T>(run: () => T, field: ChatField | null): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof LensRequestError) throw new InvalidProfileRequest(error.message, error.code, field);
    throw error;
  }
}

function listIds(profiles: ReadonlyMap<string, Profile>): string {
  return [...profiles.keys()].sort().join(", ");
}

/** Echo user-supplied ids in messages without letting a megabyte string through. */
function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}
