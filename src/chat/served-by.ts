import type { ChatBackend } from "../backends/types.ts";
import type { RouteStep } from "../routing/route.ts";
import { aiDisclosure, resourcesFor, type ResolvedResources, type RiskAssessment } from "../safety/index.ts";
import type { GuardSummary, RequestGuard } from "./answer-guard.ts";
import type { ArmAssignment } from "./experiment.ts";
import type { PreparedChat } from "./prepare.ts";

/** What every response says about how it was served: in the `glocal` object and `x-glocal-*` headers. */
export interface ServedBy {
  interaction_id: string;
  profile: string;
  lenses: string[];
  language: { code: string; iso639_3: string; confidence: number; method: string };
  model: string;
  backend: string;
  demo: boolean;
  other_culture: boolean;
  route: RouteStep[];
  risk: { level: RiskAssessment["level"]; categories: RiskAssessment["categories"] };
  /** The person's country's resources, for a banner; present whenever risk is not "none". */
  crisis_resources?: ResolvedResources;
  /** The answer was replaced by the localised crisis template because the model's failed the guard. */
  safety_replaced: boolean;
  /** How the answer was guarded: windows checked, the guard model's status and verdicts, what flagged it. */
  guard: GuardSummary;
  /** HMAC over the interaction id: what POST /v1/ratings needs to rate this answer. */
  rating_token: string;
  /** Short "you are talking to an AI" text in the person's language, on a conversation's first answer. */
  disclosure?: string;
  break_suggested: boolean;
  /** The profile's experiment this request was enrolled in and the arm it was assigned; absent when not enrolled. */
  experiment?: { id: string; arm: string; unit: ArmAssignment["unit"] };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function servedBy(chat: PreparedChat, backend: ChatBackend, ratingToken: string, guard: RequestGuard): ServedBy {
  return {
    interaction_id: chat.interactionId,
    profile: chat.profile.id,
    lenses: chat.lenses.map((l) => l.id),
    language: {
      code: chat.detected.language,
      iso639_3: chat.detected.iso639_3,
      confidence: round(chat.detected.confidence),
      method: chat.detected.method,
    },
    model: backend.id,
    backend: backend.kind,
    demo: backend.demo === true,
    other_culture: chat.plan.otherCulture,
    route: chat.plan.trace,
    risk: { level: guard.risk.level, categories: guard.risk.categories },
    ...(guard.risk.level !== "none" ? { crisis_resources: resourcesFor(chat.country) } : {}),
    safety_replaced: false,
    guard: guard.summary,
    rating_token: ratingToken,
    ...(chat.firstTurn ? { disclosure: aiDisclosure(chat.templateLanguage) } : {}),
    break_suggested: chat.breakSuggested,
    ...(chat.experiment ? { experiment: { id: chat.experiment.id, arm: chat.experiment.arm, unit: chat.experiment.unit } } : {}),
  };
}
