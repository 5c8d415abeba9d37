import { loadProfilesDir } from "../profiles/load-node.ts";
import { RATING_ITEM_KEYS, profileLanguages, type Profile, type RatingItemKey } from "../profiles/schema.ts";
import type { SeedProfile } from "../seed/population.ts";

/**
 * Node only: the culture profiles as the offline tools need them (report, seed, export), read and
 * validated like the gateway does, without loading the gateway itself (backends, models).
 */
export function readProfiles(dir: string): Profile[] {
  return loadProfilesDir(dir);
}

/** Which countries make a home a profile's own (see isOwnProfile in the evaluator). */
export function profileCountries(profiles: readonly Profile[]): Map<string, { countries: string[]; experiment?: Profile["experiment"] }> {
  return new Map(profiles.map((profile) => [profile.id, { countries: profile.countries, ...(profile.experiment ? { experiment: profile.experiment } : {}) }]));
}

export function seedProfiles(profiles: readonly Profile[]): SeedProfile[] {
  return profiles.map((profile) => ({ id: profile.id, countries: profile.countries, languages: profileLanguages(profile) }));
}

const FALLBACK_ANCHORS = ["1", "2", "3", "4", "5"];

/** The items' and scale points' English wording, from the first profile with English texts; keys otherwise. */
export function englishInstrument(profiles: readonly Profile[]): { items: Record<RatingItemKey, string>; anchors: readonly string[] } {
  const english = profiles.map((profile) => profile.ratingItems.en).find((items) => items !== undefined);
  return {
    items: Object.fromEntries(RATING_ITEM_KEYS.map((key) => [key, english?.[key] ?? key])) as Record<RatingItemKey, string>,
    anchors: english?.anchors ?? FALLBACK_ANCHORS,
  };
}
