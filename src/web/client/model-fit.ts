import type { ModelView, ProfileView } from "./api.ts";

/** Backend states the router will use (src/routing/route.ts). */
const USABLE = new Set(["ready", "idle", "loading"]);

export type FitKind = "target" | "fallback" | "demo" | "none";

export interface ModelFit {
  kind: FitKind;
  /** Display name of the model that would answer, when one can. */
  model: string | null;
}

/**
 * Which model would answer this profile now, in the router's order: the profile's own targets, its
 * multilingual fallback, then the generated demo model where the gateway runs offline.
 */
export function modelFit(profile: ProfileView, models: ReadonlyMap<string, ModelView>): ModelFit {
  const name = (id: string) => models.get(id)?.name ?? id;
  const target = profile.targets.find((t) => USABLE.has(t.state));
  if (target) return { kind: target.demo ? "demo" : "target", model: name(target.model) };
  if (USABLE.has(profile.fallback.state)) return { kind: "fallback", model: name(profile.fallback.model) };
  const demo = [...models.values()].find((m) => m.demo && USABLE.has(m.state));
  if (demo) return { kind: "demo", model: demo.name };
  return { kind: "none", model: null };
}
