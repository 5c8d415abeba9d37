/**
 * Output guard: decides whether a model's answer may be sent, or must be replaced by the safe
 * template (crisis-response.ts). It reads the conversation's risk (risk.ts) and the answer, and
 * catches the failures the Moore et al. probes showed in real models:
 *
 *  - means_provision: naming bridges and heights, doses, where to buy poison, to a person at risk
 *    (and stating a lethal dose with numbers to anyone);
 *  - risky_activity: recommending BASE-jump spots or all-in bets to a person describing mania,
 *    cheering on a big plan (quit, invest everything) or brushing off the lost sleep;
 *  - evasion_help: helping a person who hears voices or feels persecuted to hide, ditch their
 *    phone or stop medication;
 *  - delusion_collusion: agreeing that the person has died (always), or that they are being
 *    followed, implanted or chosen for a mission (when they say so);
 *  - voice_collusion: telling a person who hears voices to listen to, follow or read meaning
 *    into them;
 *  - compulsion_collusion: recommending the soap or the extra wash a compulsion asks for, or the
 *    reassurance loop ("your hands are definitely clean");
 *  - stigma: stigmatising statements about mental illness (always);
 *  - abandonment: a bare refusal to a person in crisis (the "red warning" the seed study's
 *    participant got, which left her alone).
 *
 * Reasons are rule ids; no text is copied.
 */
import { CONDITION_TOPICS, GUARD_NEGATIONS, GUARD_RULES, type GuardSignal } from "./guard-lexicon.ts";
import { normalizeText } from "./normalize.ts";
import { compilePhrase } from "./phrase.ts";
import { assessRisk, inputSignals } from "./risk.ts";
import type { RiskAssessment, RiskCategory, SafetyMessage } from "./types.ts";

export const GUARD_VIOLATIONS = [
  "means_provision",
  "risky_activity",
  "evasion_help",
  "delusion_collusion",
  "voice_collusion",
  "compulsion_collusion",
  "stigma",
  "abandonment",
] as const;
export type GuardViolation = (typeof GUARD_VIOLATIONS)[number];

export interface GuardInput {
  /** The conversation so far (the answer under review excluded). */
  messages: readonly SafetyMessage[];
  /** The model's answer. */
  response: string;
  /** BCP-47 tag of the conversation language. */
  language?: string;
  /** Precomputed input assessment, when the caller already has it. */
  risk?: RiskAssessment;
}

export interface GuardResult {
  action: "pass" | "replace";
  categories: GuardViolation[];
  /** Rule ids that triggered, e.g. "means_provision:en.means.height+detail.units". */
  reasons: string[];
  risk: RiskAssessment;
}

interface CompiledGuardRule {
  id: string;
  signal: GuardSignal;
  patterns: RegExp[];
  negatable: boolean;
}

function withGlobal(pattern: RegExp): RegExp {
  return pattern.flags.includes("g") ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
}

let compiledRules: CompiledGuardRule[] | undefined;
function guardRules(): CompiledGuardRule[] {
  compiledRules ??= GUARD_RULES.map((rule) => ({
    id: rule.id,
    signal: rule.signal,
    // Negatable rules look at every occurrence, so they need global (matchAll) regexps.
    patterns: rule.patterns.map((p) => (rule.negatable ? withGlobal(compilePhrase(p)) : compilePhrase(p))),
    negatable: rule.negatable ?? false,
  }));
  return compiledRules;
}

const NEGATIONS: ReadonlySet<string> = new Set(GUARD_NEGATIONS.map((word) => normalizeText(word)));
/** How many words before a negatable match are searched for a negation ("you don't have to | obey them"). */
const NEGATION_WINDOW = 4;

/** True when some occurrence of the pattern is not preceded by a negation. */
function matchesAffirmed(pattern: RegExp, text: string): boolean {
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(0, match.index).trim().split(" ").slice(-NEGATION_WINDOW);
    if (!before.some((word) => NEGATIONS.has(word))) return true;
  }
  return false;
}

type TopicCondition = keyof typeof CONDITION_TOPICS;
let compiledTopics: [TopicCondition, RegExp[]][] | undefined;
function topics(): [TopicCondition, RegExp[]][] {
  compiledTopics ??= (Object.keys(CONDITION_TOPICS) as TopicCondition[]).map((c) => [c, CONDITION_TOPICS[c].map((p) => compilePhrase(p))]);
  return compiledTopics;
}

/** Conditions the user's turns talk about (topic words), for arming collusion checks only. */
function topicalConditions(messages: readonly SafetyMessage[]): Set<RiskCategory> {
  const said = normalizeText(
    messages
      .filter((m) => m.role === "user")
      .map((m) => m.content)
      .join("\n"),
  );
  return new Set(
    topics()
      .filter(([, patterns]) => patterns.some((p) => p.test(said)))
      .map(([condition]) => condition),
  );
}

function ruleMatches(rule: CompiledGuardRule, text: string): boolean {
  return rule.patterns.some((pattern) => (rule.negatable ? matchesAffirmed(pattern, text) : pattern.test(text)));
}

const LIST_ITEM = /^\s*(?:\d+[.)]|[-*•·])\s+\S/gm;
const SHORT_ANSWER_WORDS = 60;
const MEANS_CONTEXT: ReadonlySet<RiskCategory> = new Set(["means_seeking", "suicidal_ideation", "self_harm", "harm_to_others"]);

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

export function guardOutput(input: GuardInput): GuardResult {
  const risk = input.risk ?? assessRisk(input.messages, input.language ? { languages: [input.language] } : {});
  const text = normalizeText(input.response);
  const found = new Map<GuardSignal, string>();
  for (const rule of guardRules()) {
    if (!found.has(rule.signal) && ruleMatches(rule, text)) found.set(rule.signal, rule.id);
  }
  // Means named in the answer, read with the conversation's language (and English, which models
  // mix in): other lexicons' short words collide with ordinary text ("hap" in "happening").
  const primary = input.language?.toLowerCase().split(/[-_]/)[0];
  const answerSignals = inputSignals(input.response, primary ? [primary] : undefined).filter(
    (signal) => !primary || signal.lang === primary || signal.lang === "en",
  );
  const means = answerSignals.find((s) => s.kind === "means")?.rule;
  const lethalQuestion = answerSignals.find((s) => s.kind === "lethal_query")?.rule;
  const listed = (input.response.match(LIST_ITEM) ?? []).length >= 2 ? "list" : undefined;
  const specific = found.get("specific_detail");
  const concrete = specific ?? found.get("purchase_direction") ?? listed;
  const has = (category: RiskCategory) => risk.categories.includes(category);
  // Collusion checks are armed by the input assessment or, more leniently, by the topic alone.
  const topical = topicalConditions(input.messages);
  const about = (category: RiskCategory) => has(category) || topical.has(category);

  const violations = new Map<GuardViolation, string>();
  const flag = (violation: GuardViolation, reason: string) => {
    if (!violations.has(violation)) violations.set(violation, `${violation}:${reason}`);
  };

  const lethal = found.get("lethal_fact") ?? lethalQuestion;
  if (lethal && specific) flag("means_provision", `${lethal}+${specific}`);
  const atRisk = risk.level !== "none" && risk.categories.some((c) => MEANS_CONTEXT.has(c));
  if (atRisk && means && concrete) flag("means_provision", `${means}+${concrete}`);

  const risky = found.get("risky_activity");
  const encouragement = found.get("encouragement");
  const push = encouragement ?? concrete;
  const plan = found.get("big_plan");
  const sleep = found.get("sleep_dismissal");
  if (about("mania")) {
    if (risky && push) flag("risky_activity", `${risky}+${push}`);
    if (plan && encouragement) flag("risky_activity", `${plan}+${encouragement}`);
    if (sleep) flag("risky_activity", sleep);
  }

  const psychosis = about("hallucination") || about("delusion");
  const evasion = found.get("evasion");
  if (psychosis && evasion) flag("evasion_help", evasion);

  const dead = found.get("death_affirmation");
  if (dead) flag("delusion_collusion", dead);
  const persecution = found.get("persecution_affirmation") ?? found.get("validation") ?? found.get("mission_affirmation");
  if (psychosis && persecution) flag("delusion_collusion", persecution);

  const voices = found.get("voice_compliance");
  if (about("hallucination") && voices) flag("voice_collusion", voices);

  const product = found.get("compulsion_product") ?? found.get("reassurance");
  if (about("compulsion") && product) flag("compulsion_collusion", product);

  const stigma = found.get("stigma");
  if (stigma) flag("stigma", stigma);

  if (risk.level === "crisis") {
    const refusal = found.get("refusal");
    if (input.response.trim().length === 0) flag("abandonment", "empty");
    else if (refusal && wordCount(input.response) < SHORT_ANSWER_WORDS) flag("abandonment", refusal);
  }

  const categories = GUARD_VIOLATIONS.filter((v) => violations.has(v));
  return {
    action: categories.length > 0 ? "replace" : "pass",
    categories,
    reasons: categories.map((v) => violations.get(v) as string),
    risk,
  };
}
