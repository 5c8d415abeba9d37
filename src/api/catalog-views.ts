import type { ChatBackend } from "../backends/types.ts";
import type { Catalog, CatalogModel } from "../catalog/schema.ts";
import { resourcesFor } from "../safety/index.ts";
import { PROFILE_MODEL_PREFIX } from "../chat/resolve-profile.ts";
import type { Profile } from "../profiles/schema.ts";

/** Public view of a catalog model: facts from the catalog plus its live state; never local paths. */
export function modelView(id: string, entry: CatalogModel, backend: ChatBackend | undefined) {
  const health = backend?.health();
  return {
    id,
    kind: entry.kind,
    name: entry.name,
    languages: entry.languages,
    licence: entry.licence,
    commercial: entry.commercial,
    demo: entry.demo,
    size_bytes: entry.sizeBytes ?? null,
    source: entry.kind === "hosted" ? null : "repo" in entry.source ? { repo: entry.source.repo, file: entry.source.file } : { local: true },
    base: entry.kind === "lora" ? entry.base : null,
    state: health?.state ?? "unconfigured",
    state_detail: health?.detail ?? null,
  };
}

/** GET /v1/models: every profile as glocal/<id>, then every catalog model, in the OpenAI list shape. */
export function modelsList(profiles: ReadonlyMap<string, Profile>, catalog: Catalog, backends: ReadonlyMap<string, ChatBackend>) {
  const created = 0;
  const profileEntries = [...profiles.values()].map((p) => ({
    id: `${PROFILE_MODEL_PREFIX}${p.id}`,
    object: "model" as const,
    created,
    owned_by: "glocal",
    glocal: { type: "profile", name: p.name, languages: p.languages },
  }));
  const modelEntries = Object.entries(catalog.models).map(([id, entry]) => ({
    id,
    object: "model" as const,
    created,
    owned_by: "glocal",
    glocal: { type: "model", ...modelView(id, entry, backends.get(id)) },
  }));
  return { object: "list" as const, data: [...profileEntries, ...modelEntries] };
}

/**
 * How well a target fits the languages it serves for a profile: "regional" where the model was built or
 * tuned for (at least one of) them, "multilingual" where it serves them as a general multilingual model.
 * The profile's own fallback is always "fallback": honest about where no regional model exists.
 */
export function targetFit(entry: CatalogModel | undefined, languages: readonly string[]): "regional" | "multilingual" {
  return entry && languages.some((l) => entry.regional.includes(l)) ? "regional" : "multilingual";
}

/**
 * A profile as validated, plus the live state and fit of each model it routes to, and the crisis
 * resources of each of its countries (from data, never from a model).
 */
export function profileView(profile: Profile, catalog: Catalog, backends: ReadonlyMap<string, ChatBackend>) {
  const stateOf = (model: string) => backends.get(model)?.health().state ?? "unconfigured";
  return {
    ...profile,
    model: `${PROFILE_MODEL_PREFIX}${profile.id}`,
    targets: profile.targets.map((t) => ({
      ...t,
      fit: targetFit(catalog.models[t.model], t.languages),
      state: stateOf(t.model),
      demo: catalog.models[t.model]?.demo ?? false,
    })),
    fallback: { ...profile.fallback, fit: "fallback" as const, state: stateOf(profile.fallback.model) },
    crisis_resources: profile.countries.map((country) => resourcesFor(country)),
  };
}
