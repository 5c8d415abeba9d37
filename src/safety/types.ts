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
}

export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}
