import { badRequest, notFound } from "../api/errors.ts";
import type { Profile } from "../profiles/schema.ts";
import { profileId } from "../profiles/schema.ts";

export const PROFILE_MODEL_PREFIX = "glocal/";

export interface ProfileChoice {
  profile: Profile;
  /** A catalog model the request pinned through `model`, bypassing the profile's own targets. */
  pinnedModel?: string;
}

interface ProfileSources {
  model?: string;
  bodyProfile?: string;
  headerProfile?: string;
}

/**
 * The profile comes from `model: "glocal/<id>"`, the `profile` body field or the `x-glocal-profile`
 * header. Where several are given they must agree. A `model` that is a catalog id pins that model.
 */
export function resolveProfile(
  sources: ProfileSources,
  profiles: ReadonlyMap<string, Profile>,
  isCatalogModel: (id: string) => boolean,
): ProfileChoice {
  const named: { source: string; id: string }[] = [];
  let pinnedModel: string | undefined;
  if (sources.model !== undefined) {
    if (sources.model.startsWith(PROFILE_MODEL_PREFIX)) {
      named.push({ source: "model", id: sources.model.slice(PROFILE_MODEL_PREFIX.length) });
    } else if (isCatalogModel(sources.model)) {
      pinnedModel = sources.model;
    } else {
      throw notFound(
        `model "${clip(sources.model)}" is not served here; use "glocal/<profile>" (${listIds(profiles)}) or a model from GET /v1/models`,
        "model",
        "model_not_found",
      );
    }
  }
  if (sources.bodyProfile !== undefined) named.push({ source: "profile", id: sources.bodyProfile });
  if (sources.headerProfile !== undefined) named.push({ source: "x-glocal-profile header", id: sources.headerProfile });

  const first = named[0];
  if (!first) {
    throw badRequest(
      `choose a culture profile with model "glocal/<profile>", the "profile" field or the x-glocal-profile header; profiles: ${listIds(profiles)}`,
      "model",
      "profile_required",
    );
  }
  const disagreeing = named.find((n) => n.id !== first.id);
  if (disagreeing) {
    throw badRequest(
      `${first.source} names profile "${clip(first.id)}" but ${disagreeing.source} names "${clip(disagreeing.id)}"; send one profile`,
      disagreeing.source === "profile" ? "profile" : "model",
      "profile_conflict",
    );
  }
  const param = first.source === "profile" ? "profile" : first.source === "model" ? "model" : null;
  if (!profileId.safeParse(first.id).success) {
    throw badRequest(
      `profile "${clip(first.id)}" is not a valid profile id (lowercase letters, digits and dashes); profiles: ${listIds(profiles)}`,
      param,
      "invalid_profile",
    );
  }
  const profile = profiles.get(first.id);
  if (!profile) {
    throw notFound(`unknown profile "${first.id}"; valid profiles: ${listIds(profiles)}`, param, "profile_not_found");
  }
  return pinnedModel ? { profile, pinnedModel } : { profile };
}

function listIds(profiles: ReadonlyMap<string, Profile>): string {
  return [...profiles.keys()].sort().join(", ");
}

/** Echo user-supplied ids in messages without letting a megabyte string through. */
function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}
