import { z } from "zod";
import { languageCode } from "../catalog/schema.ts";
import { refuseSafetyOverrides, textTag } from "./text-rules.ts";

export { textTag } from "./text-rules.ts";

/** Lowercase slug: what users type in `glocal/<id>` and what file names carry. */
export const profileId = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'a lowercase slug such as "kr" or "central-asia"');

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as "KR"');

/** Slug of an identity/worldview lens (culture-profiles/lenses/<id>.json). */
export const lensId = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'a lowercase slug such as "faith"');

/** A model this profile prefers, and the languages it should serve for this profile. */
export const modelTarget = z.object({
  /** Catalog model id (models/catalog.json). */
  model: z.string().min(1),
  languages: z.array(languageCode).min(1),
});

/** Slug of an experiment or an arm: what evaluators query and what `glocal.experiment` names. */
export const experimentSlug = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'a lowercase slug such as "kr-regional-vs-generic-2026"');

/** One arm: the targets a person assigned to it is routed to, in place of the profile's own. */
export const experimentArm = z
  .object({
    id: experimentSlug,
    /** Relative weight: an arm of weight 2 gets twice the people of an arm of weight 1. */
    weight: z.number().positive().finite(),
    targets: z.array(modelTarget).min(1),
    /** What this arm is, for evaluators (e.g. "kr LoRA v2, trained on 2026-03 ratings"). */
    note: z.string().min(3).max(300).optional(),
  })
  .strict();

/**
 * A randomised comparison of models within a profile: each person is assigned one arm by a keyed hash of
 * their user id and the experiment id (src/chat/experiment.ts), so who gets which model is not confounded
 * with who chose what.
 */
export const experimentSchema = z
  .object({
    id: experimentSlug,
    arms: z.array(experimentArm).min(2).max(8),
    /** The arm the others are compared with (the current model); the first arm when absent. */
    baseline: experimentSlug.optional(),
  })
  .strict()
  .superRefine((experiment, ctx) => {
    const ids = experiment.arms.map((arm) => arm.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: "custom", path: ["arms", index, "id"], message: `arm "${id}" is named twice` });
    });
    if (experiment.baseline !== undefined && !ids.includes(experiment.baseline)) {
      ctx.addIssue({ code: "custom", path: ["baseline"], message: `"${experiment.baseline}" is not one of the arms (${ids.join(", ")})` });
    }
  });

/** The four cultural-validity items every profile asks, 1–5, in its own languages (issue 3). */
export const RATING_ITEM_KEYS = ["fits_culture", "understood", "would_work", "natural_language"] as const;
export type RatingItemKey = (typeof RATING_ITEM_KEYS)[number];
export const RATING_SCALE_POINTS = 5;

const sentence = z.string().min(3).max(300);

/** Item wording plus the label of each scale point, 1 (first) to 5 (last). */
export const ratingItemsSchema = z
  .object({
    fits_culture: sentence,
    understood: sentence,
    would_work: sentence,
    natural_language: sentence,
    anchors: z.array(z.string().min(1).max(60)).length(RATING_SCALE_POINTS),
  })
  .strict();

/** Kinds of support; the text says how people use it there, as an option. */
export const SUPPORT_KINDS = [
  "family",
  "elders",
  "friends",
  "faith",
  "community",
  "traditional-healing",
  "physical-activity",
  "nature",
  "creative",
  "peer-support",
  "professional",
  "self-care",
] as const;

/** Wording that presumes instead of offering: supports must read as options a person may take or leave. */
const PRESUMPTIVE = /\b(you (must|should|need to|have to)|everyone (is|does|has|believes|prays)|all \w+ (are|believe|pray|have))\b/i;

const support = z
  .object({
    kind: z.enum(SUPPORT_KINDS),
    text: z
      .string()
      .min(20)
      .max(400)
      .refine((t) => !PRESUMPTIVE.test(t), 'word a support as an option ("some people find…", "if it fits…"), never as an order or an assumption'),
  })
  .strict();

const advice = z
  .object({
    /** Advice a generic assistant tends to give that misfits here. */
    advice: z.string().min(5).max(200),
    /** Why it misfits, and what works better. */
    why: z.string().min(10).max(400),
  })
  .strict();

const idiom = z
  .object({
    /** The expression as people say it, in their language. */
    term: z.string().min(1).max(80),
    /** What it means, in English, for the model and for evaluators. */
    meaning: z.string().min(5).max(200),
  })
  .strict();

/** A script variant people write in chat, e.g. Hindi in Latin letters (Hinglish). */
const variant = z
  .object({
    tag: textTag.refine((t) => t.includes("-"), 'a variant names a script, e.g. "hi-Latn"'),
    name: z.string().min(3).max(120),
  })
  .strict();

export const profileSchema = z
  .object({
    id: profileId,
    name: z.object({
      en: z.string().min(1),
      native: z.string().min(1),
    }),
    /** Who this profile is for and what it does not cover (e.g. "Egypt, not the Gulf"). */
    about: z.string().min(20).max(600),
    countries: z.array(countryCode).min(1),
    languages: z
      .object({
        /** Languages people of this culture usually write in; the first is the default. */
        primary: z.array(languageCode).min(1),
        /** Languages commonly understood there too. */
        also: z.array(languageCode).default([]),
        /** Script variants of primary languages that people write in chat; each needs its own texts. */
        variants: z.array(variant).default([]),
        /** How to write each language for this culture (register, script, code-switching). */
        writing: z.record(textTag, z.string().min(10).max(400)).default({}),
      })
      .strict(),
    communication: z
      .object({
        /** Formality and honorifics. */
        formality: z.string().min(1),
        directness: z.string().min(1),
        /** How distress is usually voiced (e.g. somatic idioms). */
        distressExpression: z.string().min(1),
        /** Idioms of distress, with their meaning. */
        idioms: z.array(idiom).max(8).default([]),
      })
      .strict(),
    /** Common ways people there make sense of distress (explanatory models). */
    explanatoryModels: z.array(z.string().min(10).max(300)).min(2).max(8),
    /** Supports people actually use, worded as options. */
    supports: z.array(support).min(3).max(10),
    /** Advice that misfits here. */
    avoid: z.array(advice).min(2).max(8),
    /** How stigma around mental health shows up, and what that means for the conversation. */
    stigma: z.array(z.string().min(10).max(300)).min(1).max(6),
    /** Short disclosure per text tag: an AI, not a therapist, what it cannot do. */
    disclosure: z.record(textTag, z.string().min(40).max(600)),
    /** Cultural-validity rating items per text tag. */
    ratingItems: z.record(textTag, ratingItemsSchema),
    /** How a lens applies in this culture (e.g. legal risk for LGBTQ+ people), keyed by lens id. */
    lensNotes: z.record(lensId, z.string().min(20).max(600)).default({}),
    /** Preferred models, best first; each serves the languages it lists. */
    targets: z.array(modelTarget).min(1),
    /** Multilingual model that serves any language when no target can. */
    fallback: z.object({ model: z.string().min(1) }),
    /** Optional randomised arms over the targets (see experimentSchema). */
    experiment: experimentSchema.optional(),
    /** Fragment of the system prompt that carries this culture. */
    systemPrompt: z.string().min(40).max(4000),
    /** Whether people of this culture have reviewed the texts; drafts say so. */
    review: z
      .object({
        status: z.enum(["draft", "community-reviewed"]),
        note: z.string().min(10).max(400),
      })
      .strict(),
  })
  .strict()
  .superRefine((profile, ctx) => {
    refuseSafetyOverrides(profile, ctx);
    const { primary, also, variants, writing } = profile.languages;
    for (const v of variants) {
      const base = v.tag.split("-")[0]!;
      if (!primary.includes(base)) {
        ctx.addIssue({ code: "custom", path: ["languages", "variants"], message: `"${v.tag}" is a variant of "${base}", which is not a primary language` });
      }
    }
    // Texts people see must exist in every language the profile is primarily written for.
    const required = [...primary, ...variants.map((v) => v.tag)];
    for (const tag of required) {
      if (!Object.hasOwn(profile.disclosure, tag))
        ctx.addIssue({ code: "custom", path: ["disclosure", tag], message: `missing: every primary language and variant needs a disclosure` });
      if (!Object.hasOwn(profile.ratingItems, tag))
        ctx.addIssue({ code: "custom", path: ["ratingItems", tag], message: `missing: every primary language and variant needs rating items` });
    }
    const known = new Set([...required, ...also]);
    const check = (field: "disclosure" | "ratingItems" | "writing", keys: string[]) => {
      for (const tag of keys) {
        if (!known.has(tag)) {
          const path = field === "writing" ? ["languages", "writing", tag] : [field, tag];
          ctx.addIssue({ code: "custom", path, message: `"${tag}" is not one of this profile's languages (${[...known].join(", ")})` });
        }
      }
    };
    check("disclosure", Object.keys(profile.disclosure));
    check("ratingItems", Object.keys(profile.ratingItems));
    check("writing", Object.keys(writing));
  });

export type Profile = z.infer<typeof profileSchema>;
export type ModelTarget = z.infer<typeof modelTarget>;
export type Experiment = z.infer<typeof experimentSchema>;
export type ExperimentArm = z.infer<typeof experimentArm>;
export type RatingItems = z.infer<typeof ratingItemsSchema>;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** All languages a profile is written for: the route says `other_culture` when the user's is not one. */
export function profileLanguages(profile: Profile): string[] {
  return [...profile.languages.primary, ...profile.languages.also];
}
