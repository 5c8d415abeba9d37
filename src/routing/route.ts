import type { BackendHealth } from "../backends/types.ts";
import type { Catalog } from "../catalog/schema.ts";
import { profileLanguages, type ModelTarget, type Profile } from "../profiles/schema.ts";

export type TargetRole = "pinned" | "target" | "fallback" | "last-resort";

/**
 * One line of the route trace. The router writes `candidate` or `skipped`; the chat handler later turns
 * candidates into `selected`, `failed` or `not_tried` as it works through them.
 */
export interface RouteStep {
  model: string;
  role: TargetRole;
  decision: "candidate" | "skipped" | "selected" | "failed" | "not_tried";
  reason: string;
}

export interface RouteInput {
  profile: Profile;
  /** Detected (or hinted) BCP-47 language, "und" when undetermined. */
  language: string;
  catalog: Catalog;
  /** Health of the backend serving a catalog model; undefined when no backend is registered for it. */
  health: (model: string) => BackendHealth | undefined;
  /** A model to try after the profile's fallback (the demo model in offline mode). */
  lastResort?: string;
  /** A catalog model the request named explicitly: tried first, before the profile's own targets. */
  pinned?: string;
  /** The person's experiment arm: its targets replace the profile's (the fallback stays). */
  arm?: { id: string; targets: readonly ModelTarget[] };
}

export interface RoutePlan {
  /** Models to try in order; empty means nothing can serve (503). */
  candidates: string[];
  trace: RouteStep[];
  /** The person writes in a language this profile is not written for: they are trying another culture. */
  otherCulture: boolean;
}

const USABLE: ReadonlySet<BackendHealth["state"]> = new Set(["ready", "idle", "loading"]);

function unusableReason(health: BackendHealth | undefined): string | undefined {
  if (!health) return "no backend is configured for this model";
  if (USABLE.has(health.state)) return undefined;
  return health.detail ? `${health.state}: ${health.detail}` : health.state;
}

/**
 * Pure routing: the first healthy target that serves the language, then the profile's multilingual
 * fallback, then an optional last resort. Every model considered is traced with the reason.
 */
export function route(input: RouteInput): RoutePlan {
  const { profile, language, catalog, health } = input;
  const trace: RouteStep[] = [];
  const candidates: string[] = [];
  const seen = new Set<string>();

  const consider = (model: string, role: TargetRole, servesLanguage: boolean, languageNote: string) => {
    if (seen.has(model)) {
      trace.push({ model, role, decision: "skipped", reason: "already considered above" });
      return;
    }
    seen.add(model);
    if (!servesLanguage) {
      trace.push({ model, role, decision: "skipped", reason: languageNote });
      return;
    }
    const problem = catalog.models[model] ? unusableReason(health(model)) : "not in the models catalog";
    if (problem) {
      trace.push({ model, role, decision: "skipped", reason: problem });
      return;
    }
    candidates.push(model);
    trace.push({ model, role, decision: "candidate", reason: languageNote });
  };

  const undetermined = language === "und";
  if (input.pinned) consider(input.pinned, "pinned", true, "named by the request's model field");
  const armNote = input.arm ? ` (experiment arm "${input.arm.id}")` : "";
  for (const target of input.arm?.targets ?? profile.targets) {
    const serves = undetermined || target.languages.includes(language);
    const note = undetermined
      ? "language undetermined: profile order"
      : serves
        ? `serves ${language} for this profile`
        : `does not serve ${language} (serves ${target.languages.join(", ")})`;
    consider(target.model, "target", serves, note + armNote);
  }
  consider(profile.fallback.model, "fallback", true, "profile's multilingual fallback");
  if (input.lastResort) consider(input.lastResort, "last-resort", true, "deployment's last resort (demo model)");

  return {
    candidates,
    trace,
    otherCulture: !undetermined && !profileLanguages(profile).includes(language),
  };
}
