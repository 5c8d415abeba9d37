/**
 * Parsers for the answers of learned guard classifiers, and how a verdict maps onto the gateway's risk
 * vocabulary. Pure: the model call lives in src/chat/guard-model.ts.
 *
 * Formats, as their model cards show them:
 *  - Qwen3Guard-Gen: `Safety: Safe|Unsafe|Controversial`, then `Categories: Violent, Suicide & Self-Harm, …`
 *    (or `None`); when the last turn is an answer, also `Refusal: Yes|No`.
 *  - Llama Guard 3: `safe`, or `unsafe` followed by a line of hazard codes (`S1,S11`).
 *  - ShieldGemma: `Yes` (the text violates the policy) or `No`; the card reads the Yes/No token
 *    probability, a chat endpoint gives us only the token.
 *
 * Anything else is unparseable: the caller treats that like a failed guard (fail closed), never as safe.
 */
import type { GuardFormat } from "../catalog/schema.ts";
import { levelRank, maxLevel, RISK_CATEGORIES, type RiskAssessment, type RiskCategory, type RiskLevel } from "./types.ts";

export type GuardLabel = "safe" | "controversial" | "unsafe";

export interface GuardModelVerdict {
  label: GuardLabel;
  /** The model's own category names (Llama Guard codes spelled out), e.g. "Suicide & Self-Harm". */
  categories: string[];
  /** Qwen3Guard on an answer: whether the answer refuses. */
  refusal?: boolean;
}

export class GuardOutputError extends Error {
  constructor(format: GuardFormat, why: string) {
    super(`unparseable ${format} guard output: ${why}`);
    this.name = "GuardOutputError";
  }
}

export const SELF_HARM_CATEGORY = "Suicide & Self-Harm";
export const VIOLENCE_CATEGORIES: ReadonlySet<string> = new Set(["Violent", "Violent Crimes"]);

const QWEN_CATEGORIES = [
  "Violent",
  "Non-violent Illegal Acts",
  "Sexual Content or Sexual Acts",
  "PII",
  SELF_HARM_CATEGORY,
  "Unethical Acts",
  "Politically Sensitive Topics",
  "Copyright Violation",
  "Jailbreak",
] as const;

/** MLCommons hazard codes as Llama Guard 3 answers them (S14 is the 8B model's code-interpreter abuse). */
export const LLAMA_GUARD_HAZARDS: Readonly<Record<string, string>> = {
  S1: "Violent Crimes",
  S2: "Non-Violent Crimes",
  S3: "Sex-Related Crimes",
  S4: "Child Sexual Exploitation",
  S5: "Defamation",
  S6: "Specialized Advice",
  S7: "Privacy",
  S8: "Intellectual Property",
  S9: "Indiscriminate Weapons",
  S10: "Hate",
  S11: SELF_HARM_CATEGORY,
  S12: "Sexual Content",
  S13: "Elections",
  S14: "Code Interpreter Abuse",
};

const SEVERITY: Record<GuardLabel, number> = { safe: 0, controversial: 1, unsafe: 2 };

/** Reasoning models may wrap thoughts in <think> tags before the verdict; the verdict is what follows. */
function withoutThinking(text: string): string {
  return text.replace(/<think>[\s\S]*?<\/think>/gi, "").trim();
}

function parseQwen3Guard(raw: string): GuardModelVerdict {
  const text = withoutThinking(raw);
  const labels = [...text.matchAll(/^\s*Safety\s*:\s*(Safe|Unsafe|Controversial)\b/gim)].map((m) => m[1]!.toLowerCase() as GuardLabel);
  if (labels.length === 0) throw new GuardOutputError("qwen3guard-gen", "no `Safety:` line");
  // Two contradicting labels (a degenerate repetition): the more severe one, never the milder.
  const label = labels.reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a));
  const categories = new Set<string>();
  for (const line of text.matchAll(/^\s*Categories\s*:\s*(.*)$/gim)) {
    for (const name of QWEN_CATEGORIES) if (line[1]!.toLowerCase().includes(name.toLowerCase())) categories.add(name);
  }
  const refusal = /^\s*Refusal\s*:\s*(Yes|No)\b/im.exec(text)?.[1];
  return {
    label,
    categories: QWEN_CATEGORIES.filter((c) => categories.has(c)),
    ...(refusal ? { refusal: refusal.toLowerCase() === "yes" } : {}),
  };
}

function parseLlamaGuard3(raw: string): GuardModelVerdict {
  const text = withoutThinking(raw)
    .replace(/<\|eot_id\|>/g, "")
    .trim();
  const [first = "", ...rest] = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const verdict = first.toLowerCase().replace(/[.!]+$/, "");
  if (verdict === "safe") return { label: "safe", categories: [] };
  if (verdict !== "unsafe") throw new GuardOutputError("llama-guard-3", "the first line is neither `safe` nor `unsafe`");
  const codes = [...rest.join(",").matchAll(/\bS(\d{1,2})\b/gi)].map((m) => `S${Number(m[1])}`);
  const categories = [...new Set(codes)].map((code) => LLAMA_GUARD_HAZARDS[code] ?? code);
  return { label: "unsafe", categories };
}

function parseShieldGemma(raw: string): GuardModelVerdict {
  const word = /^[\s"'*]*(yes|no)\b/i.exec(withoutThinking(raw))?.[1]?.toLowerCase();
  if (!word) throw new GuardOutputError("shieldgemma", "the answer does not start with Yes or No");
  return word === "yes" ? { label: "unsafe", categories: ["Dangerous Content"] } : { label: "safe", categories: [] };
}

/** The verdict in a guard model's text; throws GuardOutputError when the text is not in the format. */
export function parseGuardOutput(format: GuardFormat, text: string): GuardModelVerdict {
  switch (format) {
    case "qwen3guard-gen":
      return parseQwen3Guard(text);
    case "llama-guard-3":
      return parseLlamaGuard3(text);
    case "shieldgemma":
      return parseShieldGemma(text);
  }
}

/**
 * What a verdict on the person's message means for input risk. Self-harm is the guard's contribution
 * this gateway exists for: unsafe → crisis, controversial → concern. Violence raises concern (harm to
 * others); other categories (PII, copyright, politics…) are not mental-health risk and raise nothing.
 * ShieldGemma's single "dangerous content" policy covers self-harm and weapons alike: concern.
 */
export function inputRiskOf(format: GuardFormat, verdict: GuardModelVerdict): { level: RiskLevel; categories: RiskCategory[] } {
  if (verdict.label === "safe") return { level: "none", categories: [] };
  if (format === "shieldgemma") return { level: "concern", categories: ["self_harm"] };
  const selfHarm = verdict.categories.includes(SELF_HARM_CATEGORY);
  const violent = verdict.categories.some((c) => VIOLENCE_CATEGORIES.has(c));
  if (selfHarm) return { level: verdict.label === "unsafe" ? "crisis" : "concern", categories: ["suicidal_ideation"] };
  if (violent) return { level: "concern", categories: ["harm_to_others"] };
  // Unsafe with no category we can read: still a flag, so at least concern.
  if (verdict.label === "unsafe" && verdict.categories.length === 0) return { level: "concern", categories: [] };
  return { level: "none", categories: [] };
}

/**
 * Whether an answer (window) fails on the guard's verdict: anything unsafe, and a controversial
 * self-harm verdict (for a person who may be at risk, borderline self-harm content is not sent).
 */
export function answerFails(verdict: GuardModelVerdict): boolean {
  return verdict.label === "unsafe" || (verdict.label === "controversial" && verdict.categories.includes(SELF_HARM_CATEGORY));
}

/**
 * The lexicon assessment raised by a guard: the level can only go up, categories are added, and the
 * evidence names the guard (rule `guard:<format>`), never text. A lexicon crisis is never lowered.
 */
export function raiseRisk(
  lexicon: RiskAssessment,
  raised: { level: RiskLevel; categories: readonly RiskCategory[] },
  rule: string,
  turn: number,
): RiskAssessment {
  if (levelRank(raised.level) === 0 && raised.categories.length === 0) return lexicon;
  const added = raised.categories.filter((c) => !lexicon.categories.includes(c));
  return {
    ...lexicon,
    level: maxLevel(lexicon.level, raised.level),
    categories: RISK_CATEGORIES.filter((c) => lexicon.categories.includes(c) || added.includes(c)),
    evidence: [...lexicon.evidence, ...added.map((category) => ({ turn, category, rule }))],
  };
}
