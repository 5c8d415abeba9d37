import type { Lens } from "./lens-schema.ts";
import { lensId, profileId } from "./schema.ts";

/** A request adds at most this many lenses to a profile: more would dilute the culture and the prompt. */
export const MAX_LENSES = 2;

/** Joins a profile and its lenses in a model id: `glocal/ng+faith+lgbtq`. */
export const LENS_SEPARATOR = "+";

export type LensRequestErrorCode = "invalid_profile" | "invalid_lens" | "unknown_lens" | "too_many_lenses";

/**
 * A request named lenses that cannot be used. Pure (no HTTP here): the API turns it into a 400 (a
 * 404 for `unknown_lens` if it prefers) with `code` as the OpenAI error code.
 */
export class LensRequestError extends Error {
  constructor(
    readonly code: LensRequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "LensRequestError";
  }
}

export interface ProfileModelId {
  profileId: string;
  /** Lens ids in the order written, duplicates removed. */
  lensIds: string[];
}

/**
 * Split the part after `glocal/` into a profile and its lenses: "ng+faith" → {profileId: "ng",
 * lensIds: ["faith"]}. Checks syntax and the lens count; whether the lenses exist is resolveLenses'.
 */
export function parseProfileModelId(value: string): ProfileModelId {
  const [profilePart = "", ...lensParts] = value.split(LENS_SEPARATOR);
  if (!profileId.safeParse(profilePart).success) {
    throw new LensRequestError(
      "invalid_profile",
      `"${clip(profilePart)}" is not a valid profile id (lowercase letters, digits and dashes), in "${clip(value)}"; write glocal/<profile> or glocal/<profile>+<lens>`,
    );
  }
  for (const part of lensParts) {
    if (!lensId.safeParse(part).success) {
      throw new LensRequestError("invalid_lens", `"${clip(part)}" is not a valid lens id (lowercase letters, digits and dashes), in "${clip(value)}"`);
    }
  }
  const lensIds = unique(lensParts);
  checkCount(lensIds);
  return { profileId: profilePart, lensIds };
}

/**
 * The lenses a request named (from `lenses: [...]`, the model id, or both), validated against the
 * loaded lenses. Duplicates count once; unknown ids and more than MAX_LENSES are errors that list
 * what is valid.
 */
export function resolveLenses(ids: readonly string[], lenses: ReadonlyMap<string, Lens>): Lens[] {
  const wanted = unique(ids);
  checkCount(wanted);
  const resolved: Lens[] = [];
  for (const id of wanted) {
    const lens = lenses.get(id);
    if (!lens) {
      const valid = [...lenses.keys()].sort().join(", ") || "(none loaded)";
      throw new LensRequestError("unknown_lens", `unknown lens "${clip(id)}"; valid lenses: ${valid}`);
    }
    resolved.push(lens);
  }
  return resolved;
}

function checkCount(ids: readonly string[]): void {
  if (ids.length > MAX_LENSES) {
    throw new LensRequestError("too_many_lenses", `at most ${MAX_LENSES} lenses can be added to a profile; got ${ids.length} (${ids.map(clip).join(", ")})`);
  }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Echo user-supplied ids without letting a megabyte string into an error message. */
function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}…` : value;
}
