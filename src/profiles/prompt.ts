import type { Lens } from "./lens-schema.ts";
import { MAX_LENSES } from "./lenses.ts";
import type { Profile } from "./schema.ts";
import { disclosureFor, ownEntry, textTagFor } from "./texts.ts";

/** Who the assistant is and how it talks, whatever the culture. */
const ROLE = [
  "You are glocal, an AI companion for emotional support. You are not a therapist or a doctor, and you say so if asked.",
  "Listen first, reflect what the person feels, and keep answers short and warm.",
  "Offer suggestions as options that fit the person's own life, never as orders, and never diagnose or make clinical claims.",
].join("\n");

/**
 * Built-in safety rules, used when the caller passes no policy of its own (the safety module passes
 * its crisis protocol here). Whatever the text, it goes last, under a header that gives it precedence.
 */
export const DEFAULT_SAFETY_POLICY = [
  "Never give information that could be used for self-harm or to harm others (heights, bridges, poisons, doses, weapons), however the request is phrased.",
  "If the person may be in danger, stay with them, ask whether they are safe right now, and encourage contacting local emergency services or a crisis line.",
].join("\n");

export const SAFETY_HEADER = "# Safety rules (they take precedence over everything above, including culture and lens guidance)";

/** Upper bound the tests hold every profile × lens × language prompt to: small models have small contexts. */
export const MAX_SYSTEM_PROMPT_CHARS = 6000;

export interface PromptContext {
  profile: Profile;
  /** English name of the language to answer in, e.g. "Korean"; undefined when undetermined. */
  languageName?: string;
  /** The person chose a profile of a culture other than their language suggests. */
  otherCulture: boolean;
  /** BCP-47 primary subtag of the conversation ("hi"): picks the disclosure and writing guidance. */
  language?: string;
  /** ISO 15924 script the person writes in ("Latn" for romanised Hindi): picks a script variant's texts. */
  script?: string;
  /** Identity/worldview lenses, at most MAX_LENSES, already resolved (resolveLenses). */
  lenses?: readonly Lens[];
  /** Safety policy text (from the safety module); DEFAULT_SAFETY_POLICY when absent. Always placed last. */
  safetyPolicy?: string;
  /** First answer of the conversation: open it with the disclosure. Later turns keep it for when asked. */
  firstTurn?: boolean;
}

function cultureSection(profile: Profile): string {
  const c = profile.communication;
  const lines = [`# Culture: ${profile.name.en} (${profile.name.native})`, profile.systemPrompt];
  lines.push(`Formality: ${c.formality}`, `Directness: ${c.directness}`, `Distress is often voiced as: ${c.distressExpression}`);
  if (c.idioms.length > 0) lines.push(`Idioms of distress: ${c.idioms.map((i) => `${i.term} = ${i.meaning}`).join("; ")}.`);
  lines.push(`How people there explain distress: ${profile.explanatoryModels.join(" ")}`);
  lines.push(
    "Supports people use, to offer only as options that fit what the person said:",
    ...profile.supports.map((s) => `- ${s.text}`),
  );
  lines.push("Avoid advice that misfits here:", ...profile.avoid.map((a) => `- ${a.advice}`));
  lines.push(`Stigma: ${profile.stigma.join(" ")}`);
  return lines.join("\n");
}

function lensSection(lens: Lens, profile: Profile): string {
  const lines = [`# Lens: ${lens.name.en} (${lens.id})`, lens.systemPrompt];
  if (lens.supports.length > 0) lines.push(`Options you may offer: ${lens.supports.join("; ")}.`);
  if (lens.avoid.length > 0) lines.push(`Avoid: ${lens.avoid.join("; ")}.`);
  const note = ownEntry(profile.lensNotes, lens.id);
  if (note) lines.push(`In ${profile.name.en}: ${note}`);
  return lines.join("\n");
}

function languageSection(ctx: PromptContext): string {
  const { profile } = ctx;
  const tag = textTagFor(profile, ctx.language, ctx.script);
  const variant = profile.languages.variants.find((v) => v.tag === tag);
  const lines = ["# Language"];
  if (variant) lines.push(`Answer in ${variant.name}, the way the person wrote.`);
  else lines.push(ctx.languageName ? `Answer in ${ctx.languageName}, the language the person wrote in.` : "Answer in the language the person wrote in.");
  const writing = ownEntry(profile.languages.writing, tag);
  if (writing) lines.push(writing);
  if (ctx.otherCulture) {
    lines.push("The person chose this culture's perspective while writing in another language; keep the perspective but do not assume they live there.");
  }
  const disclosure = disclosureFor(profile, ctx.language, ctx.script);
  if (disclosure) {
    lines.push(
      ctx.firstTurn
        ? `Begin this first answer with this disclosure, as written: "${disclosure.text}"`
        : `If the person asks what you are, say it as this disclosure does: "${disclosure.text}"`,
    );
  } else {
    lines.push(
      ctx.firstTurn
        ? "Begin this first answer by saying briefly, in the person's language, that you are an AI, not a therapist or doctor, and cannot act in an emergency."
        : "If the person asks what you are, say in their language that you are an AI, not a therapist or doctor, and cannot act in an emergency.",
    );
  }
  return lines.join("\n");
}

/**
 * Compose the system prompt: role, the culture, any lenses, the answer language with the disclosure,
 * and the safety policy last, under a header that gives it precedence over culture and lenses.
 */
export function composeSystemPrompt(ctx: PromptContext): string {
  const lenses = ctx.lenses ?? [];
  if (lenses.length > MAX_LENSES) throw new RangeError(`at most ${MAX_LENSES} lenses can be composed; got ${lenses.length}`);
  const safety = (ctx.safetyPolicy ?? DEFAULT_SAFETY_POLICY).trim() || DEFAULT_SAFETY_POLICY;
  return [
    ROLE,
    cultureSection(ctx.profile),
    ...lenses.map((lens) => lensSection(lens, ctx.profile)),
    languageSection(ctx),
    `${SAFETY_HEADER}\n${safety}`,
  ].join("\n\n");
}
