/**
 * Which catalog entries `npm run models:pull` downloads, from its options. Pure, so the selection is
 * tested without a network: the download itself (pull.ts) needs the Hugging Face hub.
 */
import { parseArgs } from "node:util";
import type { Catalog, CatalogModel, GuardModel } from "./schema.ts";

export interface PullOptions {
  profile?: string[];
  model?: string[];
  all?: boolean;
  /** The catalog's default guard classifier (`defaultGuard`). */
  guard?: boolean;
}

/** The command line of `npm run models:pull -- …`; throws PullPlanError on an unknown option. */
export function parsePullArgs(args: string[]): PullOptions & { help: boolean } {
  try {
    const { values } = parseArgs({
      args,
      options: {
        profile: { type: "string", multiple: true },
        model: { type: "string", multiple: true },
        all: { type: "boolean", default: false },
        guard: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    return values;
  } catch (error) {
    throw new PullPlanError(
      `${(error as Error).message}; usage: npm run models:pull [-- --profile <id>]... [--model <catalog or guard id>]... [--guard] [--all]`,
    );
  }
}

/** Profile id → the models it routes to. */
export type ProfileModels = ReadonlyMap<
  string,
  {
    targets: ReadonlyArray<{ model: string }>;
    fallback: { model: string };
    experiment?: { arms: ReadonlyArray<{ targets: ReadonlyArray<{ model: string }> }> };
  }
>;

export class PullPlanError extends Error {}

export interface PlannedPull {
  id: string;
  entry: CatalogModel | GuardModel;
  /** A guard classifier, not a chat model. */
  guard: boolean;
}

export function planPulls(catalog: Catalog, profiles: ProfileModels, options: PullOptions): PlannedPull[] {
  const guards = catalog.guards ?? {};
  const wanted = new Map<string, PlannedPull>();
  const addModel = (id: string) => wanted.set(id, { id, entry: catalog.models[id]!, guard: false });
  const addGuard = (id: string) => wanted.set(id, { id, entry: guards[id]!, guard: true });

  for (const id of options.model ?? []) {
    if (catalog.models[id]) addModel(id);
    else if (guards[id]) addGuard(id);
    else throw new PullPlanError(`unknown model "${id}"; catalog ids: ${[...Object.keys(catalog.models), ...Object.keys(guards)].join(", ")}`);
  }
  for (const id of options.profile ?? []) {
    const profile = profiles.get(id);
    if (!profile) throw new PullPlanError(`unknown profile "${id}"; profiles: ${[...profiles.keys()].join(", ")}`);
    for (const t of profile.targets) addModel(t.model);
    // An experiment's arms route to their own models: pull those too.
    for (const arm of profile.experiment?.arms ?? []) for (const t of arm.targets) addModel(t.model);
    addModel(profile.fallback.model);
  }
  if (options.guard) {
    if (!catalog.defaultGuard) throw new PullPlanError("the catalog names no defaultGuard; pass --model <guard id>");
    addGuard(catalog.defaultGuard);
  }
  if (options.all) for (const [id, m] of Object.entries(catalog.models)) if (!m.demo) addModel(id);
  if (wanted.size === 0) {
    if (!catalog.default) throw new PullPlanError("the catalog names no default model; pass --model or --profile");
    addModel(catalog.default);
  }
  return [...wanted.values()];
}
