/*
 * The made-up population behind eval:seed. Every number here is an illustrative assumption chosen to
 * make demo reports look like real ones (own-culture preference, cultures that answer scales
 * differently, small groups), NOT an estimate of anything. Synthetic rows are flagged and excluded
 * from real reports.
 */

/** What the generator needs to know about a profile. */
export interface SeedProfile {
  id: string;
  /** ISO 3166-1 alpha-2 codes; the first is used when a user declares only a country. */
  countries: readonly string[];
  /** Languages the profile serves, primary first. */
  languages: readonly string[];
}

/**
 * How people of a home culture use a 1–5 scale: `shift` moves every answer up (acquiescence),
 * `spread` stretches answers towards the ends (> 1, extreme responding) or squeezes them towards the
 * midpoint (< 1). The directions follow Harzing (2006), who found more acquiescent and extreme
 * responding in Spanish-speaking and several African and South Asian samples and more middle
 * responding in East Asian ones; the sizes are invented.
 */
export interface ResponseStyle {
  shift: number;
  spread: number;
}

const RESPONSE_STYLES: Readonly<Record<string, ResponseStyle>> = {
  jp: { shift: -0.2, spread: 0.6 },
  cn: { shift: 0, spread: 0.7 },
  kr: { shift: -0.1, spread: 0.75 },
  fr: { shift: -0.15, spread: 0.9 },
  id: { shift: 0.2, spread: 0.9 },
  ir: { shift: 0, spread: 1 },
  "central-asia": { shift: 0.1, spread: 1 },
  in: { shift: 0.35, spread: 1.1 },
  ph: { shift: 0.3, spread: 1.1 },
  us: { shift: 0.15, spread: 1.2 },
  eg: { shift: 0.2, spread: 1.2 },
  ke: { shift: 0.25, spread: 1.2 },
  es: { shift: 0.2, spread: 1.25 },
  br: { shift: 0.3, spread: 1.3 },
  ng: { shift: 0.3, spread: 1.3 },
  mx: { shift: 0.35, spread: 1.4 },
};
const NEUTRAL_STYLE: ResponseStyle = { shift: 0, spread: 1 };

export function responseStyle(home: string): ResponseStyle {
  return RESPONSE_STYLES[home] ?? NEUTRAL_STYLE;
}

/** Relative share of users per home culture: uneven on purpose, so small cells appear. */
const HOME_WEIGHTS: Readonly<Record<string, number>> = {
  in: 14,
  cn: 12,
  us: 10,
  id: 8,
  ng: 8,
  br: 7,
  mx: 6,
  ph: 6,
  eg: 5,
  ke: 4,
  jp: 4,
  ir: 4,
  fr: 3,
  es: 3,
  kr: 3,
  "central-asia": 2,
};
const DEFAULT_HOME_WEIGHT = 3;

export function homeWeight(profileId: string): number {
  return HOME_WEIGHTS[profileId] ?? DEFAULT_HOME_WEIGHT;
}

/** Knobs of the generator; the defaults are what eval:seed uses. */
export const POPULATION = {
  /** Share of users who declare home culture and country, country only; the rest declare nothing. */
  declareCulture: 0.8,
  declareCountryOnly: 0.12,
  /** Share of users who write in their home culture's first language (others pick another it serves). */
  firstLanguage: 0.85,
  /** Sessions served mainly by the user's own profile; the rest try another culture's. */
  ownProfileSession: 0.72,
  /** Within a session, answers from another profile than the session's main one. */
  switchProfile: 0.12,
  /** Answers per session: 1 + geometric(p), capped. */
  answersGeometricP: 0.35,
  maxAnswersPerSession: 12,
  /** Share of answers that get rated, and share of items answered in a rating. */
  rated: 0.75,
  itemAnswered: 0.92,
  /** Sessions per user: 1 + geometric(p), capped. */
  sessionsGeometricP: 0.55,
  maxSessionsPerUser: 4,
  /** Sessions with a side-by-side comparison, and its chance of a tie. */
  comparison: 0.15,
  tie: 0.12,
  /** Sessions with a before and after distress check-in. */
  checkin: 0.35,
  /** SD of each profile's overall answer quality, of a user's leniency, of one answer's noise. */
  profileQualitySd: 0.25,
  userEffectSd: 0.5,
  answerNoiseSd: 0.9,
  /** Latent cut points between the five levels (before the response style applies). */
  cutPoints: [-1.6, -0.55, 0.45, 1.4],
  /** Overall positivity of answers on the latent scale. */
  baseline: 0.3,
  /** Extra pull to the own culture's profile in an open (not blind) side-by-side choice: its name is on it. */
  openOwnNameBonus: 0.4,
  /** Latent bonus of the synthetic experiment's "regional" arm for people of the profile's own culture. */
  regionalArmBonus: 0.35,
} as const;

/** The synthetic experiment's effect: the regional arm's model fits its own culture's people a little better. */
export function armBonus(arm: string, own: boolean): number {
  return arm === "regional" && own ? POPULATION.regionalArmBonus : 0;
}

/** Latent bonus per item: the own culture's profile fits better; a profile that does not serve the language reads less natural. */
export function itemBonus(item: string, own: boolean, servesLanguage: boolean): number {
  switch (item) {
    case "fits_culture":
      return own ? 0.9 : -0.1;
    case "understood":
      return own ? 0.45 : 0;
    case "would_work":
      return own ? 0.6 : -0.05;
    case "natural_language":
      return (servesLanguage ? 0.5 : -0.9) + (own ? 0.2 : 0);
    default:
      return 0;
  }
}

/** Utility of a profile in a side-by-side choice (choice probability ∝ exp(utility)). */
export function choiceUtility(quality: number, own: boolean, servesLanguage: boolean): number {
  return quality + (own ? 0.8 : 0) + (servesLanguage ? 0.3 : -0.6);
}

/** Expected drop in distress (0–10 scale) over a session. */
export function expectedRelief(quality: number, own: boolean): number {
  return 0.5 + (own ? 0.8 : 0.3) + quality;
}
