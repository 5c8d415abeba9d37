import type { Profile, RatingItems } from "./schema.ts";

/** A record's own entry: a language code from a request must never reach Object.prototype. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The key under which a profile keeps texts for the conversation's language: the script variant when
 * the profile has one ("hi" written in "Latn" → "hi-Latn", Hinglish), else the language itself.
 * Undefined when the language is undetermined.
 */
export function textTagFor(profile: Profile, language: string | undefined, script?: string): string | undefined {
  if (!language || language === "und") return undefined;
  if (script) {
    const variant = `${language}-${script}`;
    if (profile.languages.variants.some((v) => v.tag === variant)) return variant;
  }
  return language;
}

/** The profile's disclosure in the conversation's language, if the profile has one in it. */
export function disclosureFor(profile: Profile, language: string | undefined, script?: string): { tag: string; text: string } | undefined {
  const tag = textTagFor(profile, language, script);
  const text = ownEntry(profile.disclosure, tag);
  return tag !== undefined && text !== undefined ? { tag, text } : undefined;
}

/**
 * Rating items for the conversation's language; the profile's first primary language when it has no
 * wording in that one (a person always gets items they can answer, and `tag` says which).
 */
export function ratingItemsFor(profile: Profile, language: string | undefined, script?: string): { tag: string; items: RatingItems } {
  const tag = textTagFor(profile, language, script);
  const own = ownEntry(profile.ratingItems, tag);
  if (tag !== undefined && own) return { tag, items: own };
  const fallbackTag = profile.languages.primary[0]!;
  // The schema guarantees rating items for every primary language.
  return { tag: fallbackTag, items: profile.ratingItems[fallbackTag]! };
}
