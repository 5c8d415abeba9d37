import type { ChatBackend } from "../backends/types.ts";
import type { Catalog, CatalogModel } from "../catalog/schema.ts";
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

/** A profile as validated, plus the live state of each model it routes to. */
export function profileView(profile: Profile, catalog: Catalog, backends: ReadonlyMap<string, ChatBackend>) {
  const stateOf = (model: string) => backends.get(model)?.health().state ?? "unconfigured";
  return {
    ...profile,
    model: `${PROFILE_MODEL_PREFIX}${profile.id}`,
    targets: profile.targets.map((t) => ({ ...t, state: stateOf(t.model), demo: catalog.models[t.model]?.demo ?? false })),
    fallback: { ...profile.fallback, state: stateOf(profile.fallback.model) },
  };
}
