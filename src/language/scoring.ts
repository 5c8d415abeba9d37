import { francAll } from "franc";
import type { LanguageInfo, ScriptCode } from "./languages.ts";
import { letterCues, missingLetterPenalties } from "./letters.ts";
import { lexiconEvidence } from "./lexicon.ts";
import type { CountedScript, ScriptProfile } from "./script.ts";
import { LANGUAGES } from "./languages.ts";
import { UNTONED_YORUBA, trigramDistances } from "./trigrams.ts";

const FRANC_CODES = [...LANGUAGES.flatMap((l) => (l.franc ? [l.franc] : [])), UNTONED_YORUBA];

/**
 * Languages franc has no model for, read with a close relative's: Nigerian Pidgin's spelling is
 * English-based, so it ties with English on trigrams and the word lists decide.
 */
const TRIGRAM_PROXY: Record<string, string> = { pcm: "eng" };

/** Languages also read against a second model, the closer counting: Yoruba as typed without tone marks. */
const SECOND_MODEL: Record<string, string> = { yo: UNTONED_YORUBA };

/**
 * Scores the candidate languages of one text. Each signal adds log-odds-like points to each
 * candidate; the best total wins and a softmax over the totals is the confidence.
 */

export type ScoredSignal = "letters" | "lexicon" | "franc" | "second" | "prior" | "history" | "speakers";
export const SCORED_SIGNALS: readonly ScoredSignal[] = ["letters", "lexicon", "franc", "second", "prior", "history", "speakers"];

export interface Weights {
  letters: number;
  lexicon: number;
  /** Points per trigram franc's model is missing, relative to the best candidate (×1/300 of its distance). */
  franc: number;
  prior: number;
  history: number;
  /** Points per tenfold speakers: a base rate for near ties, far below one word-list hit… */
  speakers: number;
  /** …in messages of at most this many letters; a longer text says enough by itself. */
  speakersLetters: number;
  second: number;
  /** The second detector is asked only when the leader's margin is below this. */
  secondBelowMargin: number;
  /** Softmax temperature turning score gaps into a probability. */
  temperature: number;
  /** Confidence ceiling 1 − doubt·e^(−letters/scale): how much a very short text is discounted… */
  shortTextDoubt: number;
  /** …and over how many letters that doubt fades. */
  shortTextLetters: number;
  /** Below this confidence, a message of at most `fallbackLetters` letters keeps the conversation's or profile's language. */
  fallbackBelow: number;
  fallbackLetters: number;
  /** …and only when the fallback language scores within this many points of the best. */
  fallbackWithin: number;
}

/**
 * Weights were chosen on the tuning split (and confidence calibrated against it with the word lists
 * switched off, as a stand-in for words the lists do not know); the held-out split checks them.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  letters: 1,
  lexicon: 2,
  franc: 0.5,
  prior: 1,
  history: 1.5,
  speakers: 0.1,
  speakersLetters: 24,
  second: 2,
  secondBelowMargin: 1,
  temperature: 0.4,
  shortTextDoubt: 0.35,
  shortTextLetters: 8,
  fallbackBelow: 0.4,
  fallbackLetters: 24,
  fallbackWithin: 1,
};

/**
 * A second, independent detector consulted when the other signals leave the top two close. Gets the
 * candidates best first; returns a 0..1 score per candidate language it knows (its best = 1),
 * leaving out languages it does not know. Its opinion counts only when it knows both of the top two.
 */
export type SecondDetector = (text: string, candidates: readonly string[]) => ReadonlyMap<string, number>;

export interface Candidate {
  info: LanguageInfo;
  /** In the deployment's allowed set (otherwise only a contender for the confidence). */
  allowed: boolean;
  contributions: Record<ScoredSignal, number>;
  total: number;
}

export interface ScoringInput {
  sample: string;
  script: ScriptCode;
  profile: ScriptProfile;
  pool: readonly LanguageInfo[];
  allowed: readonly LanguageInfo[];
  prior: readonly LanguageInfo[];
  history: { info: LanguageInfo; confidence: number } | undefined;
  /** Whether the speakers base rate is added. */
  useSpeakers: boolean;
  /** Which text signals run; prior and history are applied whenever given. */
  use: { letters: boolean; lexicon: boolean; franc: boolean; second: SecondDetector | undefined };
  /** Without the script step: franc picks the script itself and candidates span all scripts. */
  francPicksScript: boolean;
  weights: Weights;
}

export function scoreCandidates(input: ScoringInput): Candidate[] {
  const { sample, script, profile, weights, use } = input;
  // Plain loops, no closures: this runs on every message.
  const scored: Candidate[] = new Array(input.pool.length);
  for (let i = 0; i < input.pool.length; i++) {
    const info = input.pool[i]!;
    scored[i] = {
      info,
      allowed: input.allowed.includes(info),
      contributions: { letters: 0, lexicon: 0, franc: 0, second: 0, prior: 0, history: 0, speakers: 0 },
      total: 0,
    };
  }

  if (script === "Hani" && !input.francPicksScript) {
    // Han without kana reads as Chinese, the more surely the longer it is: Japanese sentences nearly
    // always carry kana, but one or two kanji ("無理", "限界") are a Japanese message too, which a
    // Japanese profile or conversation tips over.
    for (const c of scored) c.contributions.franc = c.info.code === "zh" ? Math.min(4, 0.15 * profile.han) : 0;
  } else {
    if (use.letters) {
      const cues = letterCues(sample);
      const missing = missingLetterPenalties(sample, script, profile.counts[script as CountedScript] ?? 0);
      for (const c of scored) c.contributions.letters = weights.letters * ((cues.get(c.info.code) ?? 0) + (missing.get(c.info.code) ?? 0));
    }
    if (use.lexicon) {
      const { scores } = lexiconEvidence(sample.toLowerCase());
      for (const c of scored) c.contributions.lexicon = weights.lexicon * (scores.get(c.info.code) ?? 0);
    }
    if (use.franc) {
      const missing = input.francPicksScript ? francScriptMisses(sample, scored) : trigramMisses(sample, script, input.pool, scored);
      for (const c of scored) c.contributions.franc = -weights.franc * (missing.get(c.info.code) ?? 0);
    }
  }
  for (const c of scored) {
    if (input.prior.includes(c.info)) c.contributions.prior = weights.prior;
    if (input.history?.info === c.info) c.contributions.history = weights.history * input.history.confidence;
    if (input.useSpeakers && profile.letters <= weights.speakersLetters) c.contributions.speakers = weights.speakers * speakersLog(c.info, script);
  }
  total(scored);

  const [first, second] = scored;
  if (use.second && first && second && first.total - second.total < weights.secondBelowMargin && script !== "Hani") {
    const opinion = use.second(
      sample,
      scored.map((c) => c.info.code),
    );
    // It can only settle what it knows: a top two with a language it has no model for is left to the others.
    if (!opinion.has(first.info.code) || !opinion.has(second.info.code)) return scored;
    // No opinion (a language it does not know) counts as middling, not as a vote against.
    for (const c of scored) c.contributions.second = weights.second * (opinion.get(c.info.code) ?? 0.5);
    total(scored);
  }
  return scored;
}

/**
 * log10 of a language's speakers (in millions) in its main script; in another script (Hindi and
 * Arabic typed in Latin letters) how many write it so is unknown, and it counts as one million.
 */
function speakersLog(info: LanguageInfo, script: ScriptCode): number {
  return info.scripts[0] === script || (script === "Hani" && info.scripts[0] === "Jpan") ? Math.log10(info.speakers) : 0;
}

const byTotal = (a: Candidate, b: Candidate): number => b.total - a.total;

function total(scored: Candidate[]): void {
  for (const c of scored) {
    const k = c.contributions;
    // Same order as SCORED_SIGNALS, so the sums (and ties) are as before.
    c.total = 0 + k.letters + k.lexicon + k.franc + k.second + k.prior + k.history + k.speakers;
  }
  scored.sort(byTotal);
}

/** [our code, franc model] for each language of a pool that franc (or a proxy) models; built once per pool. */
const francModelsCache = new WeakMap<readonly LanguageInfo[], ReadonlyArray<readonly [string, string]>>();
function poolFrancModels(pool: readonly LanguageInfo[]): ReadonlyArray<readonly [string, string]> {
  let pairs = francModelsCache.get(pool);
  if (pairs === undefined) {
    pairs = pool.flatMap((info) => {
      const model = info.franc ?? TRIGRAM_PROXY[info.code];
      const second = SECOND_MODEL[info.code];
      if (!model) return [];
      return second ? [[info.code, model] as const, [info.code, second] as const] : [[info.code, model] as const];
    });
    francModelsCache.set(pool, pairs);
  }
  return pairs;
}

/** franc distance above the best candidate, in missing-trigram units (franc charges 300 per miss). */
function trigramMisses(sample: string, script: ScriptCode, pool: readonly LanguageInfo[], scored: readonly Candidate[]): Map<string, number> {
  const pairs = poolFrancModels(pool);
  const { distances } = trigramDistances(sample, script, pairs, FRANC_CODES);
  const misses = new Map<string, number>();
  if (distances.size === 0) return misses;
  let best = Infinity;
  let worst = -Infinity;
  for (const d of distances.values()) {
    best = Math.min(best, d);
    worst = Math.max(worst, d);
  }
  // A language franc has no model for (Basque; Hindi and Arabic in Latin letters) sits a quarter of the
  // way from the best to the worst rather than last, so its word lists and letters can still carry it.
  for (const c of scored) misses.set(c.info.code, ((distances.get(c.info.code) ?? best + (worst - best) / 4) - best) / 300);
  return misses;
}

/**
 * The same quantity recovered from franc's own normalised scores (1 − Δdistance / (length·300 − min)),
 * for the ablation without the script step; languages of other scripts miss every trigram.
 */
function francScriptMisses(sample: string, scored: readonly Candidate[]): Map<string, number> {
  const only = scored.flatMap((c) => (c.info.franc ? [c.info.franc] : []));
  const ranked = francAll(sample, { only, minLength: 1 });
  const length = Math.min(sample.length, 2048);
  const misses = new Map<string, number>();
  for (const c of scored) misses.set(c.info.code, length);
  for (const [francCode, score] of ranked) {
    const c = scored.find((x) => x.info.franc === francCode);
    if (c) misses.set(c.info.code, (1 - score) * length);
  }
  return misses;
}

/** Softmax probability of `winner` among all scored languages. */
export function probability(winner: Candidate, scored: readonly Candidate[], temperature: number): number {
  let norm = 0;
  for (const c of scored) norm += Math.exp((c.total - winner.total) / temperature);
  return 1 / norm;
}

/**
 * The signal that decided: the one without which the runner-up would have won. None alone (several
 * agreeing) or more than one → undefined, i.e. "combined".
 */
export function decidingSignal(winner: Candidate, runnerUp: Candidate): ScoredSignal | undefined {
  const margin = winner.total - runnerUp.total;
  const decisive = SCORED_SIGNALS.filter((s) => margin - (winner.contributions[s] - runnerUp.contributions[s]) <= 0);
  return decisive.length === 1 ? decisive[0] : undefined;
}
