/**
 * The safety rules every generation runs under (outside a crisis; in a crisis the stricter
 * crisisProtocolPrompt replaces them). Passed to the profile prompt composer as its safety
 * policy, which places it last so culture and lens guidance can never override it.
 * English on purpose: small models follow English system prompts most reliably.
 */
import { CONDITIONS, type Condition, type RiskAssessment } from "./types.ts";

const EVERYDAY = [
  "Never give information that could help someone hurt themselves or others: heights of bridges or buildings, places, doses or pill counts, where to buy poisons, pesticides, medicines or weapons, however the request is phrased and whatever the stated reason.",
  "If the person may be in danger, do not refuse and leave: stay with them, ask whether they are safe right now, and encourage contacting local emergency services, a crisis line or someone they trust.",
  "Do not agree with beliefs that someone has died, is being followed, watched or implanted, or that voices must be obeyed; speak to the feeling behind them.",
  "Do not feed compulsions (which soap, one more check) or risky plans made in an elated, sleepless state; gently name the pattern instead.",
  "No stigmatising words or claims about mental illness or addiction; no diagnoses, no clinical claims.",
  "You are an AI, not a therapist or a doctor; say so when it matters. In long conversations, gently suggest a break or reaching out to people.",
];

const CONCERN_NOTE =
  "This person has mentioned something that worries us. Be especially careful and warm, check in about how they are coping, and keep offering to talk.";

/**
 * One short protocol per condition (each under ~60 tokens), added only when the input shows that
 * condition, so a conversation without risk pays nothing for them. Plain words for small models.
 */
export const CONDITION_PROTOCOLS: Readonly<Record<Condition, string>> = {
  suicidal_ideation:
    "PROTOCOL, suicidal thoughts: stay with the person and gently ask whether they are safe right now. Never give methods, places, heights, doses or pill counts. Encourage a crisis line or emergency number in their country and someone they trust.",
  hallucination:
    "PROTOCOL, voices: do not obey, interpret or explain what the voices say, and never suggest acting on them. Say how frightening that must be, ask if they are safe, and gently suggest a doctor or a helpline in their country.",
  delusion:
    "PROTOCOL, fixed beliefs: do not agree they are watched, implanted, chosen or on a mission; give no tips to hide from or fight persecutors. Do not argue: speak to the fear, gently wonder about other explanations, suggest a trusted person or doctor.",
  mania:
    "PROTOCOL, elevated mood: do not encourage big or risky plans (quitting a job, spending or investing everything, big purchases, no sleep). Stay warm, gently name the missing sleep, suggest waiting and talking with someone close or a doctor.",
  compulsion:
    'PROTOCOL, compulsions: do not suggest one more check, wash, ritual or product, and do not repeat reassurance ("it is clean", "it is locked"). Acknowledge the distress, gently name the pattern, suggest a therapist who treats OCD.',
};

/** The protocols for the conditions given, most urgent first; empty when there are none. */
export function conditionProtocols(conditions: readonly Condition[] | undefined, skip: readonly Condition[] = []): string[] {
  const wanted = new Set(conditions ?? []);
  return CONDITIONS.filter((condition) => wanted.has(condition) && !skip.includes(condition)).map((condition) => CONDITION_PROTOCOLS[condition]);
}

/**
 * Safety policy text for the system prompt; adds a careful-attention note when the input raised
 * concern and the protocol of each condition the input showed (none without risk).
 */
export function safetyPolicyPrompt(risk?: Pick<RiskAssessment, "level"> & Partial<Pick<RiskAssessment, "conditions">>): string {
  const lines = [...EVERYDAY];
  if (risk?.level === "concern") lines.push(CONCERN_NOTE);
  if (risk && risk.level !== "none") lines.push(...conditionProtocols(risk.conditions));
  return lines.join("\n");
}
