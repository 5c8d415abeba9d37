import type { Lens } from "./lens-schema.ts";
import { MAX_LENSES } from "./lenses.ts";
import { detailGroupsFor, type DetailGroup } from "./prompt-cues.ts";
import type { Profile } from "./schema.ts";
import { disclosureFor, ownEntry, textTagFor } from "./texts.ts";
import { estimateTokens } from "./token-estimate.ts";

/** Who the assistant is and how it talks, whatever the culture. */
const ROLE = [
  "You are glocal, an AI companion for emotional support, not a therapist or a doctor.",
  "Listen first, reflect what the person feels, keep answers short and warm.",
  "Offer suggestions as options that fit the person's life, never as orders; never diagnose or make clinical claims.",
].join("\n");

/**
 * Built-in safety rules, used when the caller passes no policy of its own (the safety module passes
 * its crisis protocol here). Whatever the text, it goes last, under a header that gives it precedence.
 */
export const DEFAULT_SAFETY_POLICY = [
  "Never give information that could be used for self-harm or to harm others (heights, bridges, poisons, doses, weapons), however the request is phrased.",
  "If the person may be in danger, stay with them, ask whether they are safe right now, and encourage contacting local emergency services or a crisis line.",
].join("\n");

export const SAFETY_HEADER = "# Safety rules (they take precedence over everything above, lenses included)";

/** Header of the part added when the conversation calls for it (second turn on, or cued words). */
export const DETAILS_HEADER = "# More on this culture, for this conversation";

/** Upper bound the tests hold every prompt to, details included: small models have small contexts. */
export const MAX_SYSTEM_PROMPT_CHARS = 7000;

/**
 * Tokens the first-turn system prompt may cost on the default model (Qwen2.5's tokenizer), counted
 * as the chat template renders it, role markers included. Prefill time grows with it, and on a CPU
 * it is most of the wait for the first word.
 */
export const FIRST_TURN_TOKEN_BUDGET = 800;

/** `<|im_start|>system\n` … `<|im_end|>\n`: what the chat template adds around the system text. */
const TEMPLATE_TOKENS = 5;

/**
 * Estimated tokens kept free for the safety policy when the first-turn core is fitted. Fixed, not the
 * policy of the moment, so a change of risk level never changes the core (nor its cached KV prefix).
 * The tests check that the everyday policy fits in it.
 */
export const SAFETY_RESERVE_TOKENS = 260;

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
  /**
   * First answer of the conversation: open it with the disclosure, and carry only the budget-fitted
   * core. Later turns keep the disclosure for when asked and add every detail the core left out.
   */
  firstTurn?: boolean;
  /**
   * The person's messages so far, oldest first: on the first turn their words can call for details
   * the core leaves out (an idiom of the culture, words about mental-health care). See prompt-cues.ts.
   */
  userTurns?: readonly string[];
}

/**
 * One optional line of the first-turn core. The core takes as many as fit the budget, in priority
 * order; the rest move to the details. `key` names the line ("support:2"); sections render by key.
 */
interface CoreItem {
  key: string;
  text: string;
}

/** What the first-turn core carries beyond its fixed parts, by key (see coreCandidates). */
type CoreSelection = ReadonlySet<string>;

function lensNote(profile: Profile, lens: Lens): string | undefined {
  const note = ownEntry(profile.lensNotes, lens.id);
  return note ? `In ${profile.name.en}: ${note}` : undefined;
}

/**
 * The optional core lines, most important first: how a chosen lens applies here, how distress is
 * voiced, then the leading explanatory models, supports and advice to avoid taken in turn (profiles
 * list each by importance), register, each lens's full guidance, then the rest of each list.
 */
function coreCandidates(profile: Profile, lenses: readonly Lens[]): CoreItem[] {
  const c = profile.communication;
  const model = (i: number): CoreItem[] => (i < profile.explanatoryModels.length ? [{ key: `model:${i}`, text: profile.explanatoryModels[i]! }] : []);
  const support = (i: number): CoreItem[] => (i < profile.supports.length ? [{ key: `support:${i}`, text: `- ${profile.supports[i]!.text}` }] : []);
  const avoid = (i: number): CoreItem[] => (i < profile.avoid.length ? [{ key: `avoid:${i}`, text: `- ${profile.avoid[i]!.advice}` }] : []);
  const items: CoreItem[] = [];
  for (const lens of lenses) {
    const note = lensNote(profile, lens);
    if (note) items.push({ key: `lens-note:${lens.id}`, text: note });
  }
  items.push({ key: "distress", text: `Distress is often voiced as: ${c.distressExpression}` });
  items.push(...model(0), ...support(0), ...avoid(0), ...support(1), ...model(1), ...support(2), ...avoid(1));
  items.push({ key: "directness", text: `Directness: ${c.directness}` }, { key: "formality", text: `Formality: ${c.formality}` });
  for (const lens of lenses) items.push({ key: `lens-guidance:${lens.id}`, text: lens.systemPrompt });
  for (let i = 2; i < profile.explanatoryModels.length; i++) items.push(...model(i));
  for (let i = 3; i < profile.supports.length; i++) items.push(...support(i));
  for (let i = 2; i < profile.avoid.length; i++) items.push(...avoid(i));
  return items;
}

/** Renders the culture section with the selected optional lines, always in the same order. */
function cultureSection(profile: Profile, selected: CoreSelection): string {
  const c = profile.communication;
  const lines = [`# Culture: ${profile.name.en} (${profile.name.native})`, profile.systemPrompt];
  if (selected.has("formality")) lines.push(`Formality: ${c.formality}`);
  if (selected.has("directness")) lines.push(`Directness: ${c.directness}`);
  if (selected.has("distress")) lines.push(`Distress is often voiced as: ${c.distressExpression}`);
  const models = profile.explanatoryModels.filter((_, i) => selected.has(`model:${i}`));
  if (models.length > 0) lines.push(`How people there explain distress: ${models.join(" ")}`);
  const supports = profile.supports.filter((_, i) => selected.has(`support:${i}`));
  if (supports.length > 0) lines.push("Supports people use, to offer only as options that fit what the person said:", ...supports.map((s) => `- ${s.text}`));
  const avoid = profile.avoid.filter((_, i) => selected.has(`avoid:${i}`));
  if (avoid.length > 0) lines.push("Avoid advice that misfits here:", ...avoid.map((a) => `- ${a.advice}`));
  return lines.join("\n");
}

function lensSection(lens: Lens, profile: Profile, selected: CoreSelection): string {
  const lines = [`# Lens: ${lens.name.en}`, lens.summary];
  if (selected.has(`lens-guidance:${lens.id}`)) lines.push(lens.systemPrompt);
  const note = lensNote(profile, lens);
  if (note && selected.has(`lens-note:${lens.id}`)) lines.push(note);
  return lines.join("\n");
}

/**
 * The answer language, its writing guidance, the disclosure text, and last the one line that changes
 * after the first answer (open with the disclosure / say it when asked): short, so the turn that
 * changes it re-evaluates little.
 */
function languageSection(ctx: PromptContext, firstTurn: boolean): string {
  const { profile } = ctx;
  const tag = textTagFor(profile, ctx.language, ctx.script);
  const variant = profile.languages.variants.find((v) => v.tag === tag);
  const lines = ["# Language"];
  if (variant) lines.push(`Answer in ${variant.name}, the way the person wrote.`);
  else lines.push(ctx.languageName ? `Answer in ${ctx.languageName}.` : "Answer in the language the person wrote in.");
  const writing = ownEntry(profile.languages.writing, tag);
  if (writing) lines.push(writing);
  if (ctx.otherCulture) {
    lines.push("The person chose this culture's perspective while writing in another language; keep the perspective but do not assume they live there.");
  }
  const disclosure = disclosureFor(profile, ctx.language, ctx.script);
  if (disclosure) {
    lines.push(`Your disclosure: "${disclosure.text}"`);
    lines.push(firstTurn ? "Begin this first answer with your disclosure, as written." : "If the person asks what you are, say it as your disclosure does.");
  } else {
    lines.push(
      firstTurn
        ? "Begin this first answer by saying briefly, in the person's language, that you are an AI, not a therapist or doctor, and cannot act in an emergency."
        : "If the person asks what you are, say in their language that you are an AI, not a therapist or doctor, and cannot act in an emergency.",
    );
  }
  return lines.join("\n");
}

/**
 * Everything the core left out that the conversation now calls for, in a fixed order so that adding a
 * group inserts lines rather than reshuffling them.
 */
function detailsSection(profile: Profile, lenses: readonly Lens[], selected: CoreSelection, groups: Set<DetailGroup> | "all"): string | undefined {
  const wants = (group: DetailGroup) => groups === "all" || groups.has(group);
  const c = profile.communication;
  const lines: string[] = [];
  if (groups === "all") {
    if (!selected.has("formality")) lines.push(`Formality: ${c.formality}`);
    if (!selected.has("directness")) lines.push(`Directness: ${c.directness}`);
    if (!selected.has("distress")) lines.push(`Distress is often voiced as: ${c.distressExpression}`);
    const models = profile.explanatoryModels.filter((_, i) => !selected.has(`model:${i}`));
    if (models.length > 0) lines.push(`Other ways people there explain distress: ${models.join(" ")}`);
    const supports = profile.supports.filter((_, i) => !selected.has(`support:${i}`));
    if (supports.length > 0) lines.push("More supports, to offer only as options that fit:", ...supports.map((s) => `- ${s.text}`));
  }
  if (wants("idioms") && c.idioms.length > 0) lines.push(`Idioms of distress: ${c.idioms.map((i) => `${i.term} = ${i.meaning}`).join("; ")}.`);
  if (wants("care")) {
    lines.push(`Stigma: ${profile.stigma.join(" ")}`);
    lines.push("Why some advice misfits here:", ...profile.avoid.map((a) => `- ${a.advice}: ${a.why}`));
  }
  if (groups === "all") {
    for (const lens of lenses) {
      const parts = [`${lens.name.en} lens:`];
      if (!selected.has(`lens-guidance:${lens.id}`)) parts.push(lens.systemPrompt);
      if (lens.supports.length > 0) parts.push(`Options you may offer: ${lens.supports.join("; ")}.`);
      if (lens.avoid.length > 0) parts.push(`Avoid: ${lens.avoid.join("; ")}.`);
      const note = lensNote(profile, lens);
      if (note && !selected.has(`lens-note:${lens.id}`)) parts.push(note);
      lines.push(parts.join(" "));
    }
  }
  return lines.length > 0 ? [DETAILS_HEADER, ...lines].join("\n") : undefined;
}

/**
 * Estimated cost of the parts every first-turn prompt has. The disclosure is in the person's
 * language, so its Latin letters are priced as a language other than English.
 */
function fixedCost(ctx: PromptContext, lenses: readonly Lens[]): number {
  const none = new Set<string>();
  const fixed = [ROLE, cultureSection(ctx.profile, none), ...lenses.map((l) => lensSection(l, ctx.profile, none)), languageSection(ctx, true), SAFETY_HEADER];
  const disclosure = disclosureFor(ctx.profile, ctx.language, ctx.script)?.text ?? "";
  const english = estimateTokens(fixed.join("\n\n").replace(disclosure, ""));
  return english + estimateTokens(disclosure, { latin: "other" }) + SAFETY_RESERVE_TOKENS + TEMPLATE_TOKENS;
}

/**
 * The optional core lines that fit the first-turn budget, taken in priority order (a line that does
 * not fit is skipped and a shorter later one may still fit). Depends on the profile, lenses and
 * language only, never on the turn or the risk, so the core, and its cached prefix, stay the same for
 * the whole conversation and for every conversation like it.
 */
export function selectCore(ctx: PromptContext): CoreSelection {
  const lenses = ctx.lenses ?? [];
  let used = fixedCost(ctx, lenses);
  const selected = new Set<string>();
  for (const item of coreCandidates(ctx.profile, lenses)) {
    // +1 for the line break; section labels ("Supports people use…") are priced on their first line.
    const cost = estimateTokens(item.text) + 1 + labelCost(item.key, selected);
    if (used + cost > FIRST_TURN_TOKEN_BUDGET) continue;
    used += cost;
    selected.add(item.key);
  }
  return selected;
}

const LABELS: Record<string, string> = {
  model: "How people there explain distress: ",
  support: "Supports people use, to offer only as options that fit what the person said:\n",
  avoid: "Avoid advice that misfits here:\n",
};

function labelCost(key: string, selected: ReadonlySet<string>): number {
  const kind = key.split(":")[0]!;
  const label = LABELS[kind];
  if (!label || [...selected].some((k) => k.startsWith(`${kind}:`))) return 0;
  return estimateTokens(label) + 1;
}

/**
 * Compose the system prompt: role, the culture, any lenses, the answer language with the disclosure,
 * then (when the conversation calls for them) the details the first turn leaves out, and the safety
 * policy last, under a header that gives it precedence over culture and lenses. The first turn's
 * prompt fits FIRST_TURN_TOKEN_BUDGET with the everyday policy; everything before the first-turn line
 * depends on profile, lenses and language only, so a local model reuses its KV cache across turns
 * and across conversations.
 */
export function composeSystemPrompt(ctx: PromptContext): string {
  const lenses = ctx.lenses ?? [];
  if (lenses.length > MAX_LENSES) throw new RangeError(`at most ${MAX_LENSES} lenses can be composed; got ${lenses.length}`);
  const safety = (ctx.safetyPolicy ?? DEFAULT_SAFETY_POLICY).trim() || DEFAULT_SAFETY_POLICY;
  const firstTurn = ctx.firstTurn ?? false;
  const selected = selectCore(ctx);
  const details = detailsSection(ctx.profile, lenses, selected, detailGroupsFor(ctx.profile, ctx.userTurns ?? [], firstTurn));
  return [
    ROLE,
    cultureSection(ctx.profile, selected),
    ...lenses.map((lens) => lensSection(lens, ctx.profile, selected)),
    languageSection(ctx, firstTurn),
    ...(details ? [details] : []),
    `${SAFETY_HEADER}\n${safety}`,
  ].join("\n\n");
}
