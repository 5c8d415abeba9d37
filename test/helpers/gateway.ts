import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Catalog, CatalogModel } from "../../src/catalog/schema.ts";
import type { Config } from "../../src/config.ts";
import { loadCatalogFile, PROJECT_ROOT, startGateway, type Gateway } from "../../src/server.ts";
import { silentLogger, type Logger } from "../../src/util/log.ts";

export const DEMO_GGUF = "models/test/glocal-demo.gguf";
export const DEMO_LORA = "models/test/glocal-demo-lora.gguf";

/**
 * The real catalog with every local model pointed at the generated demo weights, so routing decisions
 * (which catalog id serves which profile and language) are the production ones while the weights are tiny.
 */
export function demoWeightsCatalog(overrides: Record<string, CatalogModel> = {}): Catalog {
  const real = loadCatalogFile(join(PROJECT_ROOT, "models", "catalog.json"));
  const models: Record<string, CatalogModel> = {};
  for (const [id, entry] of Object.entries(real.models)) {
    if (entry.kind === "gguf") models[id] = { ...entry, source: { path: DEMO_GGUF } };
    else if (entry.kind === "lora") models[id] = { ...entry, source: { path: DEMO_LORA } };
    else models[id] = entry;
  }
  return { ...real, models: { ...models, ...overrides } };
}

export interface TestGateway extends Gateway {
  dir: string;
}

/** Start the real gateway on a loopback port with a temporary catalog and data directory. */
export async function startTestGateway(
  options: { catalog?: Catalog; config?: Partial<Config>; log?: Logger /** bench:guard's baseline only */; unguardedForBenchmark?: boolean } = {},
): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), "glocal-test-"));
  const config: Partial<Config> = {
    PORT: 0,
    HOST: "127.0.0.1",
    GLOCAL_DATA_DIR: "memory://",
    GLOCAL_LOG_LEVEL: "silent",
    LLAMA_GPU: "false",
    ...options.config,
  };
  if (options.catalog) {
    const file = join(dir, "catalog.json");
    writeFileSync(file, JSON.stringify(options.catalog));
    config.GLOCAL_CATALOG = file;
  }
  const gateway = await startGateway({ config, log: options.log ?? silentLogger, ...(options.unguardedForBenchmark ? { unguardedForBenchmark: true } : {}) });
  return {
    ...gateway,
    dir,
    close: async () => {
      await gateway.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The interaction row a chat left, once the write queue has stored it (writes go after the answer). */
export async function waitForInteraction(on: Pick<Gateway, "store">, id: string) {
  for (let i = 0; i < 100; i++) {
    const row = await on.store.getInteraction(id);
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`interaction ${id} was never recorded`);
}
