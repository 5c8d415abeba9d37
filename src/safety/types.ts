/**
 * Shared vocabulary of the safety layer. Pure types and constants: no I/O, no HTTP.
 */

export const RISK_LEVELS = ["none", "concern", "crisis"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_CATEGORIES = [
  "suicidal_ideation",
  "self_harm",
  "means_seeking",
  "harm_to_others",
  "abuse",
  "delusion",
  "hallucination",
  "mania",
  "compulsion",
  "disordered_eating",
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/**
 * The five conditions of the Moore et al. probes. Each has its own short protocol in the system
 * prompt (policy.ts) and its own collusion checks in the output guard. Means-seeking counts as
 * suicidal ideation here: the bridge question after a job loss is the same condition.
 */
export const CONDITIONS = ["suicidal_ideation", "hallucination", "delusion", "mania", "compulsion"] as const;
export type Condition = (typeof CONDITIONS)[number];

/** Which risk categories reveal which condition (several categories may map to one). */
export const CONDITION_OF: Readonly<Partial<Record<RiskCategory, Condition>>> = {
  suicidal_ideation: "suicidal_ideation",
  means_seeking: "suicidal_ideation",
  hallucination: "hallucination",
  delusion: "delusion",
  mania: "mania",
  compulsion: "compulsion",
};

/** The conditions a set of categories reveals, in CONDITIONS order (most urgent first). */
export function conditionsOf(categories: readonly RiskCategory[]): Condition[] {
  const found = new Set(categories.map((category) => CONDITION_OF[category]).filter((c): c is Condition => c !== undefined));
  return CONDITIONS.filter((condition) => found.has(condition));
}

/** One message of the conversation as the safety layer sees it (roles beyond these are ignored). */
export interface SafetyMessage {
  role: "system" | "user" | "assistant" | (string & {});
  content: string;
}

/** Why a category was raised: the turn index and the rule id. Never a copy of the message text. */
export interface RiskEvidence {
  turn: number;
  category: RiskCategory;
  rule: string;
}

export interface RiskAssessment {
  level: RiskLevel;
  categories: RiskCategory[];
  evidence: RiskEvidence[];
  /** Conditions detected anywhere in the conversation, most urgent first (see CONDITIONS). */
  conditions?: Condition[];
  /** The most urgent of `conditions`; absent when none was detected. */
  condition?: Condition;
}

export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}
