import { z } from "zod";
import { languageCode } from "../catalog/schema.ts";

/** Lowercase slug: what users type in `glocal/<id>` and what file names carry. */
export const profileId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, "a lowercase slug such as \"kr\" or \"central-asia\"");

const countryCode = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 country code such as \"KR\"");

/** A model this profile prefers, and the languages it should serve for this profile. */
export const modelTarget = z.object({
  /** Catalog model id (models/catalog.json). */
  model: z.string().min(1),
  languages: z.array(languageCode).min(1),
});

export const profileSchema = z
  .object({
    id: profileId,
    name: z.object({
      en: z.string().min(1),
      native: z.string().min(1),
    }),
    countries: z.array(countryCode).min(1),
    languages: z.object({
      /** Languages people of this culture usually write in; the first is the default. */
      primary: z.array(languageCode).min(1),
      /** Languages commonly understood there too. */
      also: z.array(languageCode).default([]),
    }),
    communication: z.object({
      formality: z.string().min(1),
      directness: z.string().min(1),
      /** How distress is usually voiced (e.g. somatic idioms). */
      distressExpression: z.string().min(1),
    }),
    /** Preferred models, best first; each serves the languages it lists. */
    targets: z.array(modelTarget).min(1),
    /** Multilingual model that serves any language when no target can. */
    fallback: z.object({ model: z.string().min(1) }),
    /** Fragment of the system prompt that carries this culture. */
    systemPrompt: z.string().min(40).max(4000),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type ModelTarget = z.infer<typeof modelTarget>;

/** All languages a profile is written for: the route says `other_culture` when the user's is not one. */
export function profileLanguages(profile: Profile): string[] {
  return [...profile.languages.primary, ...profile.languages.also];
}
