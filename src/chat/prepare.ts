import type { ChatMessage } from "../backends/types.ts";
import { detectLanguageCached, languageName, type DetectedLanguage } from "../language/index.ts";
import type { Lens } from "../profiles/lens-schema.ts";
import { composeSystemPrompt } from "../profiles/prompt.ts";
import { profileLanguages, type Profile } from "../profiles/schema.ts";
import { route } from "../routing/route.ts";
import { assessRisk, crisisProtocolPrompt, safetyPolicyPrompt, type RiskAssessment } from "../safety/index.ts";
import type { ChatRunDeps } from "./deps.ts";
import { assignArm, type ArmAssignment } from "./experiment.ts";
import { textOf, type ChatInput } from "./input.ts";
import { resolveProfile } from "./resolve-profile.ts";

/** Everything decided before generation starts: who answers, in which language, with which prompt. */
export interface PreparedChat {
  body: ChatInput;
  profile: Profile;
  lenses: Lens[];
  detected: DetectedLanguage;
  risk: RiskAssessment;
  country: string | undefined;
  /** Language of templates and the disclosure: the detected one, or the profile's primary for "und". */
  templateLanguage: string;
  messages: ChatMessage[];
  plan: ReturnType<typeof route>;
  firstTurn: boolean;
  breakSuggested: boolean;
  interactionId: string;
  experiment: ArmAssignment | undefined;
}

const BREAK_NOTE =
  "This conversation has gone on for a while. Near the end of your answer, gently suggest taking a break and reaching out to someone the person trusts; do not end the conversation.";

/** Profile → language → risk → arm → route → system prompt. Throws a ChatError for a bad profile or lens choice. */
export async function prepare(deps: ChatRunDeps, body: ChatInput, headerProfile: string | undefined, sessionMinutes: number): Promise<PreparedChat> {
  const { profile, lenses, pinnedModel } = resolveProfile(
    { model: body.model, bodyProfile: body.profile, headerProfile, bodyLenses: body.lenses },
    deps.profiles,
    deps.lenses,
    (id) => id in deps.catalog.models,
  );
  const conversation = body.messages.map((m) => ({ role: m.role === "developer" ? "system" : m.role, content: textOf(m.content) }) as ChatMessage);
  const userTurns = conversation.filter((m) => m.role === "user").map((m) => m.content);
  const detected = detectLanguageCached(userTurns[userTurns.length - 1] ?? "", {
    hint: body.language,
    allowed: [...deps.servedLanguages],
    prior: profileLanguages(profile),
    history: userTurns.slice(0, -1),
  });
  // The whole conversation, not only the last turn: a disclosure several turns back still counts.
  const risk = assessRisk(conversation, { languages: profileLanguages(profile) });
  const country = body.country ?? profile.countries[0];
  const experiment = await assignArm(deps.keys, profile, { user: body.user, session_id: body.session_id, pinned: pinnedModel });
  const plan = route({
    profile,
    language: detected.language,
    catalog: deps.catalog,
    health: (model) => deps.backends.get(model)?.health(),
    lastResort: deps.lastResort,
    pinned: pinnedModel,
    arm: experiment && { id: experiment.arm, targets: experiment.targets },
  });
  const language = detected.language === "und" ? profile.languages.primary[0]! : detected.language;
  const firstTurn = !conversation.some((m) => m.role === "assistant");
  const breakSuggested = userTurns.length >= deps.breakAfterTurns || sessionMinutes >= deps.breakAfterMinutes;
  // A lens or profile never overrides safety: the crisis protocol replaces the everyday policy and
  // composeSystemPrompt always puts the safety text last.
  const safetyPolicy =
    risk.level === "crisis"
      ? crisisProtocolPrompt(language, { country, supports: profile.supports.map((s) => s.text), conditions: risk.conditions })
      : [safetyPolicyPrompt(risk), breakSuggested ? BREAK_NOTE : ""].filter(Boolean).join("\n");
  const systemPrompt = composeSystemPrompt({
    profile,
    lenses,
    language: detected.language === "und" ? undefined : detected.language,
    script: detected.script,
    languageName: detected.language === "und" ? undefined : languageName(detected.language),
    otherCulture: plan.otherCulture,
    safetyPolicy,
    firstTurn,
    // The person's own words decide which profile details a first turn needs (idioms, care and stigma).
    userTurns,
  });
  return {
    body,
    profile,
    lenses,
    detected,
    risk,
    country,
    templateLanguage: language,
    messages: [{ role: "system", content: systemPrompt }, ...conversation],
    plan,
    firstTurn,
    breakSuggested,
    interactionId: crypto.randomUUID(),
    experiment,
  };
}

/** Minutes since the session's first interaction; 0 for a new or unknown session, or when the store cannot say. */
export async function minutesIntoSession(deps: ChatRunDeps, sessionId: string | undefined): Promise<number> {
  if (!sessionId || !deps.sessionStartedAt) return 0;
  try {
    const started = await deps.sessionStartedAt(sessionId);
    return started ? (Date.now() - started.getTime()) / 60_000 : 0;
  } catch {
    return 0; // a database hiccup must not fail the chat; the suggestion just waits
  }
}
