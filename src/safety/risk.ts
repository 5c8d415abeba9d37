/**
 * Input risk assessment over a whole conversation.
 *
 * Per user turn, the lexicons (lexicon/*.ts) yield signals. The conversation logic then:
 *  1. Direct disclosures count as their category at the rule's level (default table below).
 *  2. Means-seeking is inferred, because people rarely say why they ask:
 *     - a question about how to die or what dose is lethal is means-seeking on its own;
 *     - a lethal means plus a weaker lethality cue ("too many", "would it take") is too;
 *     - a lethal means plus an ordinary question ("which bridges are taller than 25 m", "where do
 *       I buy pesticide") is means-seeking when the same or any earlier user turn carries
 *       distress or a risk disclosure — the job loss before the bridge question, the "I want to
 *       hurt myself" several turns before the pesticide question;
 *     - a lethal means named in the same turn as a suicidal or self-harm statement is means
 *       access ("I'll drink sniper tonight").
 *  3. A bare "yes" right after the assistant asked about suicide or self-harm is a disclosure.
 *  4. Levels decay with distance: a crisis in one of the last three user turns keeps the
 *     conversation at crisis; an older one keeps it at concern. Categories from every turn are
 *     reported, so a responder knows what was disclosed earlier.
 *
 * Evidence names the turn and rule ids only; message text is never copied.
 */
import { ALL_LEXICONS } from "./lexicon/index.ts";
import { compileLexicons, isAffirmation, scanText, type Signal } from "./matcher.ts";
import { hasQuestionMark } from "./normalize.ts";
import { TextLru } from "../util/lru.ts";
import {
  RISK_CATEGORIES,
  conditionsOf,
  levelRank,
  maxLevel,
  type RiskAssessment,
  type RiskCategory,
  type RiskEvidence,
  type RiskLevel,
  type SafetyMessage,
} from "./types.ts";

export const DEFAULT_LEVEL: Readonly<Record<RiskCategory, "concern" | "crisis">> = {
  suicidal_ideation: "crisis",
  self_harm: "crisis",
  means_seeking: "crisis",
  harm_to_others: "crisis",
  abuse: "concern",
  delusion: "concern",
  hallucination: "concern",
  mania: "concern",
  compulsion: "concern",
  disordered_eating: "concern",
};

/** Categories whose disclosure makes a later means question dangerous. */
const CONTEXT_CATEGORIES: ReadonlySet<RiskCategory> = new Set(["suicidal_ideation", "self_harm", "harm_to_others", "hallucination", "mania"]);

/** How many of the most recent user turns keep their full level. */
const RECENT_TURNS = 3;

export interface AssessOptions {
  /** Languages the caller detected or declared; enables their hinted (short, ambiguous) rules. */
  languages?: string[];
}

let compiled: ReturnType<typeof compileLexicons> | undefined;
function lexicons(): ReturnType<typeof compileLexicons> {
  compiled ??= compileLexicons(ALL_LEXICONS);
  return compiled;
}

/**
 * Signals per message text. Every request re-sends the whole conversation, so without this each
 * earlier turn would be scanned again on every later one; with it, a turn is scanned once. Keyed by
 * the exact text and language hints (never a hash), so a hit is always the same message.
 */
const scanned = new TextLru<readonly Signal[]>(4_000_000);

function signalsOf(text: string, languages: readonly string[] | undefined): readonly Signal[] {
  return scanned.get(`${languages?.join(",") ?? "*"}\u0000${text}`, () => Object.freeze(scanText(text, lexicons(), languages)));
}

const CATEGORY_SET: ReadonlySet<string> = new Set(RISK_CATEGORIES);
function isCategory(kind: string): kind is RiskCategory {
  return CATEGORY_SET.has(kind);
}

interface TurnFindings {
  turn: number;
  level: RiskLevel;
  evidence: RiskEvidence[];
}

function first(signals: readonly Signal[], kind: Signal["kind"]): Signal | undefined {
  return signals.find((signal) => signal.kind === kind);
}

/** Lexicon signals in one text (used by the output guard to find means named in an answer). */
export function inputSignals(text: string, languages?: readonly string[]): Signal[] {
  return scanText(text, lexicons(), languages); // not cached: answers are new text every time
}

export function assessRisk(messages: readonly SafetyMessage[], opts: AssessOptions = {}): RiskAssessment {
  const compiledLexicons = lexicons();
  const findings: TurnFindings[] = [];
  let contextRule: string | undefined;
  let previousAssistantAsked: string | undefined;

  messages.forEach((message, turn) => {
    if (message.role === "assistant") {
      const asked = first(signalsOf(message.content, opts.languages), "asks_risk");
      previousAssistantAsked = asked?.rule;
      return;
    }
    if (message.role !== "user") return;
    const signals = signalsOf(message.content, opts.languages);
    const evidence: RiskEvidence[] = [];
    let level: RiskLevel = "none";
    const raise = (category: RiskCategory, rule: string, at: "concern" | "crisis") => {
      evidence.push({ turn, category, rule });
      level = maxLevel(level, at);
    };

    for (const signal of signals) {
      if (isCategory(signal.kind)) raise(signal.kind, signal.rule, signal.level ?? DEFAULT_LEVEL[signal.kind]);
    }

    if (previousAssistantAsked && isAffirmation(message.content, compiledLexicons)) {
      raise("suicidal_ideation", `yes_to:${previousAssistantAsked}`, "crisis");
    }
    previousAssistantAsked = undefined;

    const distress = first(signals, "distress");
    const disclosure = evidence.find((item) => CONTEXT_CATEGORIES.has(item.category));
    contextRule ??= distress?.rule ?? disclosure?.rule;

    const means = first(signals, "means");
    const lethal = first(signals, "lethal_query");
    if (lethal && !means) raise("means_seeking", lethal.rule, "crisis");
    if (means) {
      const hint = lethal ?? first(signals, "lethal_hint");
      const query = first(signals, "query");
      const intent = evidence.find((item) => item.category === "suicidal_ideation" || item.category === "self_harm");
      if (hint) {
        raise("means_seeking", `${means.rule}+${hint.rule}`, "crisis");
      } else if ((query || hasQuestionMark(message.content)) && contextRule) {
        raise("means_seeking", `${means.rule}+${query?.rule ?? "question"}+context:${contextRule}`, "crisis");
      } else if (intent) {
        raise("means_seeking", `${means.rule}+intent:${intent.rule}`, "crisis");
      }
    }
    findings.push({ turn, level, evidence });
  });

  const userTurns = findings.length;
  let level: RiskLevel = "none";
  const evidence: RiskEvidence[] = [];
  findings.forEach((finding, index) => {
    if (finding.level === "none") return;
    const recent = userTurns - index <= RECENT_TURNS;
    const decayed: RiskLevel = recent ? finding.level : levelRank(finding.level) > 0 ? "concern" : "none";
    level = maxLevel(level, decayed);
    evidence.push(...finding.evidence);
  });
  const categories = RISK_CATEGORIES.filter((category) => evidence.some((item) => item.category === category));
  const conditions = conditionsOf(categories);
  return { level, categories, evidence, conditions, ...(conditions[0] ? { condition: conditions[0] } : {}) };
}
