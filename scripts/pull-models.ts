/**
 * npm run models:pull [-- --profile X | --model Y | --all]
 * Downloads GGUF weights from Hugging Face into the models directory with a progress bar. With no
 * option it pulls the catalog's default model. Weights are git-ignored.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pullModel } from "../src/catalog/pull.ts";
import { loadConfig } from "../src/config.ts";
import { loadCatalogFile, loadProfilesDir, PROJECT_ROOT } from "../src/server.ts";

const { values } = parseArgs({
  options: {
    profile: { type: "string", multiple: true },
    model: { type: "string", multiple: true },
    all: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log("usage: npm run models:pull [-- --profile <id>]... [--model <catalog id>]... [--all]");
  process.exit(0);
}

const config = loadConfig();
const catalog = loadCatalogFile(resolve(PROJECT_ROOT, config.GLOCAL_CATALOG));
const profiles = new Map(loadProfilesDir(resolve(PROJECT_ROOT, config.GLOCAL_PROFILES_DIR)).map((p) => [p.id, p]));

const wanted = new Set<string>();
for (const id of values.model ?? []) {
  if (!catalog.models[id]) fail(`unknown model "${id}"; catalog ids: ${Object.keys(catalog.models).join(", ")}`);
  wanted.add(id);
}
for (const id of values.profile ?? []) {
  const profile = profiles.get(id);
  if (!profile) fail(`unknown profile "${id}"; profiles: ${[...profiles.keys()].join(", ")}`);
  for (const t of profile.targets) wanted.add(t.model);
  for (const arm of profile.experiment?.arms ?? []) for (const t of arm.targets) wanted.add(t.model);
  wanted.add(profile.fallback.model);
}
if (values.all) for (const [id, m] of Object.entries(catalog.models)) if (!m.demo) wanted.add(id);
if (wanted.size === 0) {
  if (!catalog.default) fail("the catalog names no default model; pass --model or --profile");
  wanted.add(catalog.default);
}

const paths = { modelsDir: config.GLOCAL_MODELS_DIR, projectRoot: PROJECT_ROOT };
let failed = 0;
for (const id of wanted) {
  const entry = catalog.models[id]!;
  if (entry.kind === "hosted") {
    console.log(`${id}: hosted endpoint, nothing to download`);
    continue;
  }
  if (!entry.commercial) console.log(`${id}: note: licence "${entry.licence}" does not allow commercial use`);
  try {
    const pulled = await pullModel(catalog, id, paths, { showProgress: true, token: config.HF_TOKEN, startTimeoutMs: 30_000 });
    console.log(pulled.length ? `${id}: downloaded ${pulled.join(", ")}` : `${id}: already present`);
  } catch (error) {
    failed++;
    console.error(`${id}: download failed: ${(error as Error).message}`);
  }
}
console.log(`weights are in ${join(resolve(PROJECT_ROOT, config.GLOCAL_MODELS_DIR))}`);
process.exit(failed ? 1 : 0);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
