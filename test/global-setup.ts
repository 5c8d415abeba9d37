import { existsSync } from "node:fs";
import { join } from "node:path";
import { makeTestModel } from "../src/gguf/demo-model.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";

/** Every test run uses the generated tiny GGUF; make it once (it takes milliseconds, is deterministic). */
export default async function setup(): Promise<void> {
  const outDir = join(PROJECT_ROOT, "models", "test");
  if (!existsSync(join(outDir, "glocal-demo.gguf")) || !existsSync(join(outDir, "glocal-demo-lora.gguf"))) {
    await makeTestModel({ outDir });
  }
}
