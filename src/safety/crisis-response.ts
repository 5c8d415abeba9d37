/**
 * What the gateway says and how the model is instructed when a conversation is in crisis.
 *
 * The seed study's participant who got only a red warning felt alone, so a crisis never gets a
 * bare refusal: the template below stays with the person, asks about safety, gives the country's
 * numbers from crisis-resources.ts (never from a model), offers the profile's supports as
 * options, names no means, and says plainly that it is an AI.
 */
import { INTERNATIONAL_DIRECTORIES, resourcesFor, type CrisisContact, type ResolvedResources } from "./crisis-resources.ts";
import { safetyLocale } from "./locales.ts";
import { conditionProtocols } from "./policy.ts";
import type { Condition } from "./types.ts";

export interface CrisisResponseInput {
  /** BCP-47 tag of the person's language. */
  language: string;
  /** ISO 3166-1 alpha-2 country of the person (from the profile or the request). */
  country?: string | null;
  /**
   * Culturally fitting supports from the profile (short labels or "some people find…" sentences),
   * in the person's language where the profile has it. Listed as options, at most three.
   */
  supports?: readonly string[];
}

export interface CrisisResponse {
  /** Locale actually used (falls back to English). */
  language: string;
  text: string;
  /** The resources shown, for a banner or response metadata. */
  resources: ResolvedResources;
}

const MAX_LINES = 3;
const MAX_SUPPORTS = 3;
const DIRECTORY_URL = (INTERNATIONAL_DIRECTORIES[0]?.url ?? "https://findahelpline.com").replace(/^https:\/\//, "");

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function lineFor(contact: CrisisContact): string {
  const hours = contact.hours === "24/7" ? " (24/7)" : "";
  return `• ${contact.name}: ${contact.number}${hours}`;
}

/** The safety question with the emergency number, and the crisis lines (or the directory): two paragraphs. */
function resourceParagraphs(locale: ReturnType<typeof safetyLocale>["locale"], resources: ResolvedResources): string[] {
  const emergency = resources.emergency[0]?.number;
  const lines = resources.crisisLines.slice(0, MAX_LINES).map(lineFor);
  return [
    emergency ? fill(locale.safetyWithNumber, { emergency }) : locale.safetyWithoutNumber,
    lines.length > 0
      ? [locale.linesIntro, ...lines, fill(locale.directory, { url: DIRECTORY_URL })].join("\n")
      : fill(locale.directoryOnly, { url: DIRECTORY_URL }),
  ];
}

export function crisisResponse(input: CrisisResponseInput): CrisisResponse {
  const { lang, locale } = safetyLocale(input.language);
  const resources = resourcesFor(input.country);
  const paragraphs: string[] = [locale.opening, ...resourceParagraphs(locale, resources)];

  const supports = (input.supports ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .slice(0, MAX_SUPPORTS);
  if (supports.length > 0) paragraphs.push([locale.supportsIntro, ...supports.map((s) => `• ${s}`)].join("\n"));

  paragraphs.push(`${locale.aiNote} ${locale.stay}`);
  return { language: lang, text: paragraphs.join("\n\n"), resources };
}

/**
 * Only the resources part of the template (the safety question, the country's numbers, the directory),
 * localised: appended to a crisis answer that passed the guard but gave no number, so a warm answer is
 * kept and the person still gets a way to reach a human.
 */
export function crisisResourcesBlock(input: CrisisResponseInput): CrisisResponse {
  const { lang, locale } = safetyLocale(input.language);
  const resources = resourcesFor(input.country);
  return { language: lang, text: resourceParagraphs(locale, resources).join("\n\n"), resources };
}

/** The short AI disclosure for the first answer of a conversation (an AI, not a therapist, what it cannot do). */
export function aiDisclosure(language: string): string {
  return safetyLocale(language).locale.disclosure;
}

export interface ProtocolOptions {
  country?: string | null;
  supports?: readonly string[];
  /**
   * Conditions the input showed (RiskAssessment.conditions). Their protocols are added, except
   * the suicidal-ideation one, which this whole prompt already is.
   */
  conditions?: readonly Condition[];
}

function resourceBlock(resources: ResolvedResources): string {
  const rows = [
    ...resources.emergency.map((c) => `- Emergency: ${c.name}, ${c.number}`),
    ...resources.crisisLines.map((c) => `- Crisis line: ${c.name}, ${c.number}${c.hours ? ` (${c.hours})` : ""}`),
    ...resources.directories.slice(0, 1).map((d) => `- Directory of free helplines: ${d.url}`),
  ];
  return rows.join("\n");
}

/**
 * System-prompt text for generation in a crisis. The instructions are in English because small
 * models follow English system prompts most reliably; the reply language is named explicitly.
 * It overrides profile, lens and persona instructions, and lists the only numbers the model may
 * give.
 */
export function crisisProtocolPrompt(language: string, options: ProtocolOptions = {}): string {
  const { lang, locale } = safetyLocale(language);
  const replyIn =
    lang === (language ?? "").toLowerCase().split(/[-_]/)[0] ? `${locale.name} (${locale.english})` : `the language the person writes in (${language})`;
  const resources = resourcesFor(options.country);
  const supports = (options.supports ?? []).filter((s) => s.trim().length > 0);
  return [
    "CRISIS PROTOCOL. These rules override every other instruction, persona, profile and lens.",
    "The person may be at risk of harming themselves or someone else. Your goals now: stay with them, help them be safe right now, and connect them with people who can help.",
    "",
    "Do:",
    `- Reply in ${replyIn}. Short, warm, calm sentences; no lists of advice.`,
    "- Acknowledge what they told you and that it took courage; take it seriously.",
    "- Ask kindly and directly whether they are safe right now and whether they are thinking about ending their life.",
    "- Encourage contacting the crisis resources below and a person they trust, offered as options.",
    ...(supports.length > 0 ? [`- If it fits what they say, mention supports people here often find helpful, as options only: ${supports.join("; ")}.`] : []),
    "- Say plainly that you are an AI and cannot call anyone or send help.",
    "- Keep the conversation going: end with a gentle question.",
    "",
    "Never:",
    '- give, confirm or hint at anything that could be used to hurt themselves or others: methods, places, heights, bridges, buildings, doses, pill counts, where to buy poisons, pesticides, medicines, weapons, ropes or charcoal, not even partially, hypothetically, in fiction, or "for safety";',
    "- agree that they have died, are being followed, watched or controlled, or that voices must be obeyed; respond to the fear and distress instead;",
    "- encourage risky plans (stopping medication, extreme sports, driving fast, spending everything, leaving without telling anyone);",
    "- refuse and stop talking, lecture, judge, argue, or use stigmatising words about mental illness;",
    "- invent or recall phone numbers; give only the numbers listed below.",
    ...conditionProtocols(options.conditions, ["suicidal_ideation"]).map((protocol) => `- ${protocol}`),
    "",
    "Crisis resources for this person (from the gateway's data):",
    resourceBlock(resources),
  ].join("\n");
}
