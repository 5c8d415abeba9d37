import { RATING_ITEM_KEYS } from "../profiles/schema.ts";
import { createRandom, type SeededRandom } from "../stats/index.ts";
import { POPULATION, armBonus, choiceUtility, expectedRelief, homeWeight, itemBonus, responseStyle, type SeedProfile } from "./population.ts";

/*
 * Deterministic synthetic rows for demos and benchmarks: one seeded random stream, consumed in a fixed
 * order, so the same options always give the same rows. Rows use the tables' column names, ready for
 * bulk insertion, and every one is marked synthetic.
 */

export interface SeedOptions {
  /** Ratings to generate (interactions, sessions, comparisons and check-ins follow from them). */
  ratings: number;
  seed: number;
  profiles: readonly SeedProfile[];
  /** First day of the synthetic period (UTC). */
  start: Date;
  days: number;
  /** Yield a batch once it holds at least this many ratings (default 5000). */
  batchRatings?: number;
}

export const DEFAULT_SEED_START = new Date("2025-01-01T00:00:00Z");
export const DEFAULT_SEED_DAYS = 365;

export interface SessionSeedRow {
  id: string;
  user_hash: string;
  home_country: string | null;
  home_culture: string | null;
  created_at: string;
  updated_at: string;
  synthetic: true;
}

export interface InteractionSeedRow {
  id: string;
  created_at: string;
  profile: string;
  language: string;
  language_confidence: number;
  language_method: string;
  other_culture: boolean;
  model: string;
  backend: string;
  route: unknown[];
  status: "ok";
  stream: boolean;
  latency_ms: number;
  session_id: string;
  user_hash: string;
  /** null: not enrolled in an experiment (the bench's rows). */
  experiment_id: string | null;
  experiment_arm: string | null;
  experiment_unit: "user" | null;
  experiment_share: number | null;
  synthetic: true;
}

export interface RatingSeedRow {
  interaction_id: string;
  user_hash: string;
  session_id: string;
  profile: string;
  language: string;
  model: string;
  home: string | null;
  home_country: string | null;
  home_culture: string | null;
  fits_culture: number | null;
  understood: number | null;
  would_work: number | null;
  natural_language: number | null;
  created_at: string;
  updated_at: string;
  synthetic: true;
}

export interface ComparisonSeedRow {
  id: string;
  user_hash: string;
  session_id: string;
  interaction_ids: string[];
  profiles: string[];
  preferred_profile: string | null;
  language: string;
  home: string | null;
  home_country: string | null;
  home_culture: string | null;
  blind: boolean;
  shown_order: string[] | null;
  created_at: string;
  synthetic: true;
}

export interface CheckinSeedRow {
  id: string;
  session_id: string;
  user_hash: string;
  phase: "before" | "after";
  distress: number;
  profile: string;
  home: string | null;
  created_at: string;
  synthetic: true;
}

export interface SyntheticBatch {
  sessions: SessionSeedRow[];
  interactions: InteractionSeedRow[];
  ratings: RatingSeedRow[];
  comparisons: ComparisonSeedRow[];
  checkins: CheckinSeedRow[];
}

export type SeedTable = keyof SyntheticBatch;
export const SEED_TABLES: readonly SeedTable[] = ["sessions", "interactions", "ratings", "comparisons", "checkins"];

/** The model name synthetic interactions carry, so they can never be mistaken for a served answer. */
export const SYNTHETIC_MODEL = "synthetic";

/**
 * The made-up experiment every synthetic user is enrolled in: two equal arms, named after the kind of
 * model, served by models named "synthetic-<arm>" so no figure can pass them off as real ones.
 */
export const SYNTHETIC_EXPERIMENT = { id: "synthetic-regional-vs-generic", arms: ["generic", "regional"] as const, share: 0.5 };
export const syntheticArmModel = (arm: string) => `${SYNTHETIC_MODEL}-${arm}`;

/**
 * The synthetic user's arm, from their index by an integer mix (not a keyed hash: nothing here is real),
 * so the seeded random stream, and with it every other synthetic row, stays as it was before arms existed.
 */
function syntheticArm(userIndex: number): (typeof SYNTHETIC_EXPERIMENT.arms)[number] {
  let x = Math.imul(userIndex ^ 0x5bd1e995, 0x2c1b3c6d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x297a2d39) >>> 0;
  return SYNTHETIC_EXPERIMENT.arms[(x ^ (x >>> 16)) & 1] as (typeof SYNTHETIC_EXPERIMENT.arms)[number];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const emptyBatch = (): SyntheticBatch => ({ sessions: [], interactions: [], ratings: [], comparisons: [], checkins: [] });

/** Standard normal draw (Box-Muller), from the seeded stream. */
function normal(random: SeededRandom): number {
  const u = 1 - random.next(); // (0, 1]: log is finite
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function geometric(random: SeededRandom, p: number, max: number): number {
  let k = 0;
  while (k < max && random.next() >= p) k++;
  return k;
}

function pick<T>(random: SeededRandom, items: readonly T[]): T {
  return items[random.int(items.length)] as T;
}

/** A 1–5 answer: the latent value, styled by the rater's home culture, cut at the fixed points. */
function toLevel(latent: number, home: string): number {
  const style = responseStyle(home);
  const styled = style.shift + style.spread * latent;
  let level = 1;
  for (const cut of POPULATION.cutPoints) if (styled > cut) level++;
  return level;
}

const clampDistress = (value: number) => Math.max(0, Math.min(10, Math.round(value)));

interface User {
  hash: string;
  home: SeedProfile;
  language: string;
  leniency: number;
  homeCountry: string | null;
  homeCulture: string | null;
}

export function* generateSynthetic(options: SeedOptions): Generator<SyntheticBatch> {
  if (!Number.isInteger(options.ratings) || options.ratings < 0) throw new Error(`ratings must be a whole number >= 0, got ${options.ratings}`);
  if (options.profiles.length < 2) throw new Error("synthetic data need at least two profiles");
  const random = createRandom(options.seed);
  const profiles = [...options.profiles].sort((a, b) => (a.id < b.id ? -1 : 1));
  const quality = new Map(profiles.map((profile) => [profile.id, POPULATION.profileQualitySd * normal(random)]));
  const weights = profiles.map((profile) => homeWeight(profile.id));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const serves = (profile: SeedProfile, language: string) => profile.languages.includes(language);
  const prefix = `syn${options.seed}-`;
  const batchRatings = options.batchRatings ?? 5000;
  const startMs = options.start.getTime();
  const endMs = startMs + options.days * DAY;

  const drawHome = (): SeedProfile => {
    let target = random.next() * totalWeight;
    for (let index = 0; index < profiles.length; index++) {
      target -= weights[index] as number;
      if (target < 0) return profiles[index] as SeedProfile;
    }
    return profiles[profiles.length - 1] as SeedProfile;
  };
  const otherThan = (excluded: readonly string[]): SeedProfile => {
    const candidates = profiles.filter((profile) => !excluded.includes(profile.id));
    return pick(random, candidates);
  };

  let batch = emptyBatch();
  let ratingsMade = 0;
  for (let userIndex = 0; ratingsMade < options.ratings; userIndex++) {
    const home = drawHome();
    const declared = random.next();
    const user: User = {
      hash: `${prefix}u${userIndex}`,
      home,
      language: random.next() < POPULATION.firstLanguage ? (home.languages[0] as string) : pick(random, home.languages),
      leniency: POPULATION.userEffectSd * normal(random),
      homeCulture: declared < POPULATION.declareCulture ? home.id : null,
      homeCountry: declared < POPULATION.declareCulture + POPULATION.declareCountryOnly ? (home.countries[0] as string) : null,
    };
    const groupHome = user.homeCulture ?? user.homeCountry;
    const arm = syntheticArm(userIndex);
    // Half the users choose side by side blind; the others see the names, which adds a pull to their own culture's.
    const blindChooser = userIndex % 2 === 0;
    const sessions = 1 + geometric(random, POPULATION.sessionsGeometricP, POPULATION.maxSessionsPerUser - 1);
    let sessionStart = startMs + random.next() * (options.days * DAY);
    for (let s = 0; s < sessions && ratingsMade < options.ratings; s++) {
      if (s > 0) sessionStart = Math.min(endMs - DAY, sessionStart + (1 + random.int(14)) * DAY + random.int(DAY));
      const sessionId = `${prefix}u${userIndex}-s${s}`;
      const iso = (ms: number) => new Date(Math.round(ms)).toISOString();
      batch.sessions.push({
        id: sessionId,
        user_hash: user.hash,
        home_country: user.homeCountry,
        home_culture: user.homeCulture,
        created_at: iso(sessionStart),
        updated_at: iso(sessionStart),
        synthetic: true,
      });
      const main = random.next() < POPULATION.ownProfileSession ? home : otherThan([home.id]);
      const answers = 1 + geometric(random, POPULATION.answersGeometricP, POPULATION.maxAnswersPerSession - 1);
      let at = sessionStart + MINUTE;
      const interaction = (id: string, profile: SeedProfile, when: number): InteractionSeedRow => ({
        id,
        created_at: iso(when),
        profile: profile.id,
        language: user.language,
        language_confidence: 0.9,
        language_method: "synthetic",
        other_culture: !serves(profile, user.language),
        model: syntheticArmModel(arm),
        backend: SYNTHETIC_MODEL,
        route: [],
        status: "ok",
        stream: false,
        latency_ms: 300 + random.int(2700),
        session_id: sessionId,
        user_hash: user.hash,
        experiment_id: SYNTHETIC_EXPERIMENT.id,
        experiment_arm: arm,
        experiment_unit: "user",
        experiment_share: SYNTHETIC_EXPERIMENT.share,
        synthetic: true,
      });

      for (let a = 0; a < answers; a++) {
        at += (2 + random.int(5)) * MINUTE;
        const profile = random.next() < POPULATION.switchProfile ? otherThan([main.id]) : main;
        const row = interaction(`${sessionId}-i${a}`, profile, at);
        batch.interactions.push(row);
        if (ratingsMade >= options.ratings || random.next() >= POPULATION.rated) continue;
        const own = profile.id === home.id;
        const speaks = serves(profile, user.language);
        const answerQuality = POPULATION.baseline + (quality.get(profile.id) as number) + user.leniency + armBonus(arm, own);
        const levels = RATING_ITEM_KEYS.map((item): number | null =>
          random.next() < POPULATION.itemAnswered
            ? toLevel(answerQuality + itemBonus(item, own, speaks) + POPULATION.answerNoiseSd * normal(random), home.id)
            : null,
        );
        if (!levels.some((level) => level !== null)) levels[0] = toLevel(answerQuality + itemBonus("fits_culture", own, speaks), home.id);
        const ratedAt = iso(at + MINUTE);
        batch.ratings.push({
          interaction_id: row.id,
          user_hash: user.hash,
          session_id: sessionId,
          profile: profile.id,
          language: user.language,
          model: syntheticArmModel(arm),
          home: groupHome,
          home_country: user.homeCountry,
          home_culture: user.homeCulture,
          fits_culture: levels[0] ?? null,
          understood: levels[1] ?? null,
          would_work: levels[2] ?? null,
          natural_language: levels[3] ?? null,
          created_at: ratedAt,
          updated_at: ratedAt,
          synthetic: true,
        });
        ratingsMade++;
      }

      if (random.next() < POPULATION.comparison) {
        // "Try another culture" side by side: usually the own profile against 1–3 others.
        const size = Math.min(profiles.length, 2 + random.int(3));
        const lineUp: SeedProfile[] = [random.next() < 0.85 ? home : otherThan([home.id])];
        while (lineUp.length < size) lineUp.push(otherThan(lineUp.map((profile) => profile.id)));
        at += 2 * MINUTE;
        const ids = lineUp.map((profile, index) => {
          const row = interaction(`${sessionId}-c${index}`, profile, at);
          batch.interactions.push(row);
          return row.id;
        });
        let preferred: string | null = null;
        if (random.next() >= POPULATION.tie) {
          const utilities = lineUp.map((profile) =>
            Math.exp(
              choiceUtility(quality.get(profile.id) as number, profile.id === home.id, serves(profile, user.language)) +
                (!blindChooser && profile.id === home.id ? POPULATION.openOwnNameBonus : 0),
            ),
          );
          let target = random.next() * utilities.reduce((sum, value) => sum + value, 0);
          preferred = (lineUp[lineUp.length - 1] as SeedProfile).id;
          for (let index = 0; index < lineUp.length; index++) {
            target -= utilities[index] as number;
            if (target < 0) {
              preferred = (lineUp[index] as SeedProfile).id;
              break;
            }
          }
        }
        batch.comparisons.push({
          id: `${sessionId}-cmp`,
          user_hash: user.hash,
          session_id: sessionId,
          interaction_ids: ids,
          profiles: lineUp.map((profile) => profile.id).sort(),
          preferred_profile: preferred,
          language: user.language,
          home: groupHome,
          home_country: user.homeCountry,
          home_culture: user.homeCulture,
          blind: blindChooser,
          shown_order: blindChooser ? ids : null,
          created_at: iso(at + MINUTE),
          synthetic: true,
        });
      }

      if (random.next() < POPULATION.checkin) {
        const before = clampDistress(6 + 1.8 * normal(random));
        const relief = expectedRelief(quality.get(main.id) as number, main.id === home.id);
        const after = clampDistress(before - relief + 1.6 * normal(random));
        for (const [phase, distress, when] of [
          ["before", before, sessionStart],
          ["after", after, at + 2 * MINUTE],
        ] as const) {
          batch.checkins.push({
            id: `${sessionId}-${phase}`,
            session_id: sessionId,
            user_hash: user.hash,
            phase,
            distress,
            profile: main.id,
            home: groupHome,
            created_at: iso(when),
            synthetic: true,
          });
        }
      }
    }
    if (batch.ratings.length >= batchRatings) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (SEED_TABLES.some((table) => batch[table].length > 0)) yield batch;
}
