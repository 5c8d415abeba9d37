/**
 * npm run models:pull [-- --profile X | --model Y | --guard | --all]
 * Downloads GGUF weights from Hugging Face into the models directory with a progress bar. With no
 * option it pulls the catalog's default model; --guard pulls the default guard classifier
 * (catalog `defaultGuard`), which GLOCAL_GUARD_MODEL then names. Weights are git-ignored.
 */
import { join, resolve } from "node:path";
import { parsePullArgs, planPulls, PullPlanError } from "../src/catalog/pull-plan.ts";
import { pullModel } from "../src/catalog/pull.ts";
import { loadConfig } from "../src/config.ts";
import { loadCatalogFile, loadProfilesDir, PROJECT_ROOT } from "../src/server.ts";

let values: ReturnType<typeof parsePullArgs>;
try {
  values = parsePullArgs(process.argv.slice(2));
} catch (error) {
  fail((error as Error).message);
}

if (values.help) {
  console.log("usage: npm run models:pull [-- --profile <id>]... [--model <catalog or guard id>]... [--guard] [--all]");
  process.exit(0);
}

const config = loadConfig();
const catalog = loadCatalogFile(resolve(PROJECT_ROOT, config.GLOCAL_CATALOG));
const profiles = new Map(loadProfilesDir(resolve(PROJECT_ROOT, config.GLOCAL_PROFILES_DIR)).map((p) => [p.id, p]));

let planned: ReturnType<typeof planPulls>;
try {
  planned = planPulls(catalog, profiles, values);
} catch (error) {
  if (error instanceof PullPlanError) fail(error.message);
  throw error;
}

const paths = { modelsDir: config.GLOCAL_MODELS_DIR, projectRoot: PROJECT_ROOT };
let failed = 0;
for (const { id, entry, guard } of planned) {
  if (entry.kind === "hosted") {
    console.log(`${id}: hosted endpoint, nothing to download`);
    continue;
  }
  if (!entry.commercial) console.log(`${id}: note: licence "${entry.licence}" does not allow commercial use`);
  try {
    // A guard is pulled as a one-entry catalog: pull.ts resolves ids in `models`.
    const source = guard ? { models: { [id]: entry } } : catalog;
    const pulled = await pullModel(source, id, paths, { showProgress: true, token: config.HF_TOKEN, startTimeoutMs: 30_000 });
    console.log(pulled.length ? `${id}: downloaded ${pulled.join(", ")}` : `${id}: already present`);
    if (guard) console.log(`${id}: a guard classifier; switch it on with GLOCAL_GUARD_MODEL=${id}`);
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
