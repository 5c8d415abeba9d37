import { CORE_LANGUAGES, LANGUAGES, languageInfo, type LanguageInfo, type ScriptCode } from "./languages.ts";
import { dominantScript, scriptProfile } from "./script.ts";
import {
  DEFAULT_WEIGHTS,
  decidingSignal,
  probability,
  scoreCandidates,
  type Candidate,
  type ScoredSignal,
  type SecondDetector,
  type Weights,
} from "./scoring.ts";
import { tinyldSecondDetector } from "./second-detector.ts";
import { TextLru } from "../util/lru.ts";

/**
 * Language detection for short chat messages.
 *
 * Order of decisions: an explicit hint wins; text without letters keeps the conversation's language
 * (else the profile's);
 * a script that only one candidate language writes decides on its own (Hangul → ko, Thai → th, kana
 * → ja); otherwise each candidate that writes the script is scored by independent signals and the
 * best one wins:
 *   letters  letters only some languages use (ñ ¿ → es, ã → pt, ğ ş ı → tr, ے ٹ → ur), and the
 *            absence of letters a language cannot do without (Ukrainian without і/ї/є)
 *   lexicon  hits in small per-language word lists (function words, greetings, everyday words),
 *            including Hindi and Arabic typed in Latin letters and Yoruba without tone marks
 *   franc    franc's trigram distance, restricted to the candidates (Pidgin read with English's model)
 *   second   a second detector (tinyld), asked only when the others leave the top two close
 *   prior    the culture profile's languages (a nudge, not a restriction)
 *   history  the language of the conversation's earlier user turns
 *   speakers how widely each language is spoken: settles near ties in short messages between
 *            relatives that write a phrase alike (Spanish over Galician on "de nada")
 * Candidates are the deployment's `allowed` languages (default: the core languages). When a short
 * message still reads too unsure (below `fallbackBelow`), the conversation's language, else the
 * profile's main one, is kept instead of a near-random guess, if it writes the script and scores
 * close: method "fallback:conversation" / "fallback:profile".
 */

export interface LanguageHints {
  /** Explicit BCP-47 hint from the request: wins when the language table knows it. */
  hint?: string | undefined;
  /** The languages this deployment serves: detection chooses among these (default: the core languages). */
  allowed?: readonly string[] | undefined;
  /** The culture profile's languages: a prior, not a restriction. */
  prior?: readonly string[] | undefined;
  /** The conversation's earlier user turns, oldest first. */
  history?: readonly string[] | undefined;
}

export type DetectionMethod =
  | "hint"
  | "script"
  | "letters"
  | "lexicon"
  | "franc"
  | "second-detector"
  | "prior"
  | "history"
  | "speakers"
  | "combined"
  | "fallback:conversation"
  | "fallback:profile"
  | "none";

export interface DetectedLanguage {
  /** BCP-47 primary subtag, e.g. "ko"; "und" when nothing can be said. */
  language: string;
  /** ISO 639-3, e.g. "kor"; "und" when undetermined. */
  iso639_3: string;
  /** 0..1, roughly the chance the answer is right; short texts are capped well below 1. */
  confidence: number;
  /** ISO 15924 code of the dominant script ("Zyyy" when the text has no letters). */
  script: ScriptCode;
  /** The signal that decided. */
  method: DetectionMethod;
}

/** Signals that can be switched off, for the benchmark's ablation. */
export type Signal = "script" | "letters" | "lexicon" | "franc" | "second" | "prior" | "history" | "speakers";

export interface DetectorOptions {
  signals?: Partial<Record<Signal, boolean>>;
  weights?: Partial<Weights>;
  /** Second detector; none by default here (`detectLanguage` uses tinyld). */
  second?: SecondDetector;
}

export type LanguageDetector = (text: string, hints?: LanguageHints) => DetectedLanguage;

const SAMPLE_CHARS = 2048; // like franc: the first 2 KB say enough, and huge inputs stay cheap
const HISTORY_TURNS = 3;
const HISTORY_CHARS = 600;
const SCRIPT_ONLY_CONFIDENCE = 0.98; // Hangul, Thai, Tamil…: one language writes it
const SCRIPT_MOSTLY_CONFIDENCE = 0.95; // Devanagari → Hindi: other known languages write it, none is a candidate

const METHOD: Record<ScoredSignal, DetectionMethod> = {
  letters: "letters",
  lexicon: "lexicon",
  franc: "franc",
  second: "second-detector",
  prior: "prior",
  history: "history",
  speakers: "speakers",
};

type HistoryVote = { info: LanguageInfo; confidence: number } | undefined;

function result(info: LanguageInfo, confidence: number, script: ScriptCode, method: DetectionMethod): DetectedLanguage {
  const rounded = Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000;
  return { language: info.code, iso639_3: info.iso639_3, confidence: rounded, script, method };
}

function undetermined(script: ScriptCode): DetectedLanguage {
  return { language: "und", iso639_3: "und", confidence: 0, script, method: "none" };
}

/** Known languages among `codes`, de-duplicated, in the order given. */
function knownLanguages(codes: readonly string[] | undefined): LanguageInfo[] {
  const out: LanguageInfo[] = [];
  for (const code of codes ?? []) {
    const info = languageInfo(code);
    if (info && !out.includes(info)) out.push(info);
  }
  return out;
}

const CORE = knownLanguages(CORE_LANGUAGES);

/**
 * The chat path passes the same served list on every call: resolve it once, by the array itself
 * (no key to build), else by its contents. Callers do not mutate a list they pass.
 */
const allowedByArray = new WeakMap<readonly string[], LanguageInfo[]>();
const allowedCache = new Map<string, LanguageInfo[]>();
function allowedLanguages(codes: readonly string[] | undefined): LanguageInfo[] {
  if (!codes || codes.length === 0) return CORE;
  let known = allowedByArray.get(codes);
  if (known !== undefined) return known;
  const key = codes.join(",");
  known = allowedCache.get(key);
  if (known === undefined) {
    known = knownLanguages(codes);
    if (allowedCache.size >= 64) allowedCache.clear(); // bounded: deployments have a handful of lists
    allowedCache.set(key, known);
  }
  allowedByArray.set(codes, known);
  return known;
}

/** The candidates and scored pool for one allowed list and script, built once (the scorer caches per pool too). */
interface ScriptCandidates {
  writers: LanguageInfo[];
  candidates: LanguageInfo[];
  pool: LanguageInfo[];
}
const candidatesCache = new WeakMap<readonly LanguageInfo[], Map<ScriptCode, ScriptCandidates>>();
function scriptCandidates(script: ScriptCode, allowed: readonly LanguageInfo[]): ScriptCandidates {
  let byScript = candidatesCache.get(allowed);
  if (byScript === undefined) {
    byScript = new Map();
    candidatesCache.set(allowed, byScript);
  }
  let found = byScript.get(script);
  if (found === undefined) {
    const writers = writersOf(script);
    const candidates = candidatesFor(script, allowed, writers);
    // The other core languages of the script are scored too, as contenders: the answer is always a
    // candidate, but a restriction must not make a guess look certain (Spanish text in an
    // English-only deployment is "en" at low confidence, not 0.99).
    const pool = [...candidates, ...writers.filter((w) => w.core && !candidates.includes(w))];
    found = { writers, candidates, pool };
    byScript.set(script, found);
  }
  return found;
}

const writersCache = new Map<ScriptCode, LanguageInfo[]>();
function writersOf(script: ScriptCode): LanguageInfo[] {
  let writers = writersCache.get(script);
  if (writers === undefined) {
    writers = LANGUAGES.filter((info) => writesScript(info, script));
    writersCache.set(script, writers);
  }
  return writers;
}

/** Languages written in `script`; Han text may be Chinese or Japanese (kanji without kana). */
function writesScript(info: LanguageInfo, script: ScriptCode): boolean {
  if (script === "Hani") return info.scripts.includes("Hani") || info.scripts.includes("Jpan");
  return info.scripts.includes(script);
}

/**
 * Candidates for a script: the allowed languages that write it; when none do (Thai text in an
 * English/Korean deployment), every core (else known) language that writes it, so the answer stays
 * true to the text and the router can fall back, rather than forcing an allowed language onto it.
 */
function candidatesFor(script: ScriptCode, allowed: readonly LanguageInfo[], writers: readonly LanguageInfo[]): LanguageInfo[] {
  const restricted = allowed.filter((info) => writesScript(info, script));
  if (restricted.length > 0) return restricted;
  const core = writers.filter((info) => info.core);
  return core.length > 0 ? core : [...writers];
}

export function createLanguageDetector(options: DetectorOptions = {}): LanguageDetector {
  const on = (signal: Signal): boolean => options.signals?.[signal] ?? true;
  const weights: Weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const use = {
    letters: on("letters"),
    lexicon: on("lexicon"),
    franc: on("franc"),
    second: on("second") ? options.second : undefined,
  };

  function detect(text: string, hints: LanguageHints = {}): DetectedLanguage {
    const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).normalize("NFC");
    const profile = scriptProfile(sample);
    const script = dominantScript(profile);

    const hinted = hints.hint === undefined ? undefined : languageInfo(hints.hint);
    if (hinted) return result(hinted, 1, script, "hint");

    const allowed = allowedLanguages(hints.allowed);
    const prior = on("prior") ? knownLanguages(hints.prior) : [];
    const history = on("history") ? historyLanguage(hints.history, allowed) : undefined;

    if (script === "Zyyy") {
      // Nothing to read (empty, digits, emoji): keep the conversation's language, else the profile's.
      if (history) return result(history.info, Math.min(0.5, history.confidence * 0.6), script, "fallback:conversation");
      if (prior[0]) return result(prior[0], 0.2, script, "fallback:profile");
      return undetermined(script);
    }

    let candidates: LanguageInfo[];
    let pool: LanguageInfo[];
    if (on("script")) {
      const found = scriptCandidates(script, allowed);
      const writers = found.writers;
      candidates = found.candidates;
      if (candidates.length === 0) return undetermined(script); // a script no known language writes
      const only = candidates[0]!;
      if (candidates.length === 1 && writers.length === 1) return result(only, SCRIPT_ONLY_CONFIDENCE, script, "script");
      if (candidates.length === 1 && script !== "Hani" && !writers.some((w) => w.core && w !== only)) {
        return result(only, SCRIPT_MOSTLY_CONFIDENCE, script, "script");
      }
      pool = found.pool;
    } else {
      candidates = [...allowed];
      pool = candidates;
    }

    const scored = scoreCandidates({
      sample,
      script,
      profile,
      pool,
      allowed: candidates,
      prior,
      history,
      useSpeakers: on("speakers"),
      use,
      francPicksScript: !on("script"),
      weights,
    });
    const winner = scored.find((c) => c.allowed)!;
    const runnerUp = scored.find((c) => c.allowed && c !== winner);
    const ceiling = 1 - weights.shortTextDoubt * Math.exp(-profile.letters / weights.shortTextLetters);
    const confidence = probability(winner, scored, weights.temperature) * ceiling;
    const decider = runnerUp ? decidingSignal(winner, runnerUp) : undefined;
    // Han read as Chinese by default is the script's call, not franc's.
    const method: DetectionMethod = !runnerUp
      ? "script"
      : decider === undefined
        ? "combined"
        : script === "Hani" && decider === "franc"
          ? "script"
          : METHOD[decider];
    if (confidence < weights.fallbackBelow && profile.letters <= weights.fallbackLetters) {
      // A short message the text alone cannot place: rather than a near-random guess, keep the
      // conversation's language, else the profile's main one, when it writes this script.
      const fallback = fallbackLanguage(history, prior, scored);
      // Only a contender within reach: a short message that clearly reads otherwise keeps its reading.
      if (fallback && fallback.info !== winner.info && winner.total - fallback.total <= weights.fallbackWithin) {
        // Confidence as for a message with no letters: the policy's, not the text's.
        return fallback.info === history?.info
          ? result(fallback.info, Math.min(0.5, history.confidence * 0.6), script, "fallback:conversation")
          : result(fallback.info, 0.2, script, "fallback:profile");
      }
    }
    return result(winner.info, confidence, script, method);
  }

  /** The conversation's language, else the profile's main one, among the allowed candidates of this script. */
  function fallbackLanguage(history: HistoryVote, prior: readonly LanguageInfo[], scored: readonly Candidate[]): Candidate | undefined {
    for (const info of [history?.info, prior[0]]) {
      const candidate = info && scored.find((c) => c.allowed && c.info === info);
      if (candidate) return candidate;
    }
    return undefined;
  }

  /** The language of the last few user turns, read together as one text. */
  function historyLanguage(turns: readonly string[] | undefined, allowed: readonly LanguageInfo[]): HistoryVote {
    if (!turns || turns.length === 0) return undefined;
    let joined = "";
    for (let i = turns.length - 1; i >= 0 && i >= turns.length - HISTORY_TURNS; i--) {
      joined = `${turns[i]}\n${joined}`;
      if (joined.length >= HISTORY_CHARS) break;
    }
    const found = detect(joined.slice(-HISTORY_CHARS), { allowed: allowed.map((l) => l.code) });
    const info = found.language === "und" ? undefined : languageInfo(found.language);
    return info ? { info, confidence: found.confidence } : undefined;
  }

  return detect;
}

/** The detector with every signal on and tinyld as the second detector. */
export const detectLanguage: LanguageDetector = createLanguageDetector({ second: tinyldSecondDetector });

/**
 * `detect` behind a bounded cache keyed by every input it reads (the text, the hint, the allowed and
 * prior languages, the history turns it looks at), so a retried or re-sent turn, or the same
 * conversation under several profiles, is detected once. The key is the inputs themselves, never a
 * hash: a hit is always the same text.
 */
export function cachedDetector(detect: LanguageDetector, maxChars = 2_000_000): LanguageDetector {
  const cache = new TextLru<DetectedLanguage>(maxChars);
  return (text, hints = {}) => {
    const history = hints.history?.slice(-HISTORY_TURNS);
    // JSON keeps the parts apart whatever characters the texts hold.
    const key = JSON.stringify([hints.hint, hints.allowed, hints.prior, history, text]);
    return cache.get(key, () => Object.freeze(detect(text, { ...hints, history })));
  };
}

/** detectLanguage with the cache, for the request path. */
export const detectLanguageCached: LanguageDetector = cachedDetector(detectLanguage);
