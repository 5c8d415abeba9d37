/**
 * `npm run make:test-model [-- --out DIR] [-- --seed N]`: writes the tiny random-weights demo
 * model and its LoRA adapter (default models/test/). Importable: `makeTestModel({outDir, seed})`.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { DEMO_DEFAULT_SEED, makeTestModel } from "../src/gguf/demo-model.ts";

export { makeTestModel } from "../src/gguf/demo-model.ts";
export type { MakeTestModelOptions } from "../src/gguf/demo-model.ts";

export const DEFAULT_TEST_MODEL_DIR = path.join("models", "test");

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: DEFAULT_TEST_MODEL_DIR },
      seed: { type: "string", default: String(DEMO_DEFAULT_SEED) },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`--seed must be an integer from 0 to 4294967295, got "${values.seed}"`);
  }
  const started = performance.now();
  const { modelPath, adapterPath } = await makeTestModel({ outDir: values.out, seed });
  const ms = (performance.now() - started).toFixed(0);
  console.log(`wrote ${modelPath} and ${adapterPath} (seed ${seed}) in ${ms} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
