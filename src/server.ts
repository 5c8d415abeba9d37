import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import { createApp } from "./app.ts";
import { bundledWebAssets } from "./web/bundle.ts";
import { scalarDocsAssets } from "./web/docs-bundle.ts";
import { PROJECT_ROOT } from "./project-root.ts";
import { createBackends } from "./backends/registry.ts";
import { isOnDisk, parseCatalog, type ModelPaths } from "./catalog/files.ts";
import type { Catalog } from "./catalog/schema.ts";
import { loadConfig, type Config } from "./config.ts";
import { checkProfileLenses, checkProfileModels, indexLenses, indexProfiles } from "./profiles/load.ts";
import { LENSES_SUBDIR, loadLensesDir, loadProfilesDir, readJsonFile } from "./profiles/load-node.ts";
import { profileLanguages } from "./profiles/schema.ts";
import { assessRisk } from "./safety/index.ts";
import { nodePrivacyKeys } from "./privacy/node-keys.ts";
import { resolveSecret } from "./privacy/secret-file.ts";
import { openStore } from "./store/open.ts";
import { MemorySpool } from "./store/spool.ts";
import { FileSpool } from "./store/spool-file.ts";
import { openWriteQueue } from "./store/write-queue.ts";
import { interactionOp, type WriteOp } from "./store/write-ops.ts";
import type { Store } from "./store/store.ts";
import { createLogger, type Logger } from "./util/log.ts";
import { createPrometheusMetrics } from "./metrics/prometheus.ts";

export { PROJECT_ROOT, loadProfilesDir };
export const DEMO_MODEL_ID = "glocal-demo";

export interface GatewayOptions {
  /** Settings; anything not given comes from the environment, then defaults. */
  config?: Partial<Config>;
  /** Pull the catalog's default model at start when missing and not offline (npm start does). */
  pullDefaultModel?: boolean;
  /** BENCHMARK ONLY (npm run bench:guard): answers skip the output guard, to measure what it adds. */
  unguardedForBenchmark?: boolean;
  log?: Logger;
}

export interface Gateway {
  url: string;
  port: number;
  store: Store;
  /** True once node-llama-cpp is loaded: a local model has served, or GLOCAL_PRELOAD asked for it. */
  localRuntimeStarted(): boolean;
  close(): Promise<void>;
}

export function loadCatalogFile(file: string): Catalog {
  return parseCatalog(file, readJsonFile(file));
}

/**
 * Decide whether the gateway runs on real weights or on the generated demo model. The demo model is
 * the last resort offline, or when the default model could not be pulled.
 */
async function ensureModels(config: Config, catalog: Catalog, paths: ModelPaths, pull: boolean, log: Logger): Promise<boolean> {
  const defaultId = catalog.default;
  const defaultEntry = defaultId ? catalog.models[defaultId] : undefined;
  let haveDefault = !!defaultEntry && isOnDisk(defaultEntry, paths);
  if (!haveDefault && defaultId && pull && !config.GLOCAL_OFFLINE) {
    log.info("pulling_default_model", { model: defaultId });
    try {
      // Imported here: the downloader is node-llama-cpp's, which a gateway on hosted models never needs in memory.
      const { pullModel } = await import("./catalog/pull.ts");
      await pullModel(catalog, defaultId, paths, { showProgress: process.stderr.isTTY, token: config.HF_TOKEN, startTimeoutMs: 15_000 });
      haveDefault = true;
    } catch (error) {
      log.warn("default_model_pull_failed", { model: defaultId, error: (error as Error).message });
    }
  }
  const needDemo = config.GLOCAL_OFFLINE || !haveDefault;
  if (needDemo) {
    const demo = catalog.models[DEMO_MODEL_ID];
    if (!demo) throw new Error(`the models catalog has no "${DEMO_MODEL_ID}" entry, which offline mode needs`);
    if (!isOnDisk(demo, paths)) {
      const { makeTestModel } = await import("./gguf/demo-model.ts");
      await makeTestModel({ outDir: join(PROJECT_ROOT, "models", "test") });
    }
    console.error(
      `glocal: running on the DEMO model (random weights, gibberish answers). Get real models with "npm run models:pull" on a machine that can reach Hugging Face, then restart without GLOCAL_OFFLINE.`,
    );
  }
  return needDemo;
}

/** Start the gateway: config, profiles, catalog, store, backends, HTTP server. */
export async function startGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const config: Config = { ...loadConfig(), ...options.config };
  const log = options.log ?? createLogger(config.GLOCAL_LOG_LEVEL);
  const paths: ModelPaths = { modelsDir: config.GLOCAL_MODELS_DIR, projectRoot: PROJECT_ROOT };

  const catalogFile = resolve(PROJECT_ROOT, config.GLOCAL_CATALOG);
  const catalog = loadCatalogFile(catalogFile);
  const profilesDir = resolve(PROJECT_ROOT, config.GLOCAL_PROFILES_DIR);
  const profileList = loadProfilesDir(profilesDir);
  checkProfileModels(profileList, catalog, (id) => join(profilesDir, `${id}.json`));
  const profiles = indexProfiles(profileList);
  const lenses = indexLenses(loadLensesDir(join(profilesDir, LENSES_SUBDIR)));
  checkProfileLenses(profileList, lenses, (id) => join(profilesDir, `${id}.json`));

  const demoMode = await ensureModels(config, catalog, paths, options.pullDefaultModel ?? false, log);
  const dataDir = config.GLOCAL_DATA_DIR.startsWith("memory://") ? config.GLOCAL_DATA_DIR : resolve(config.GLOCAL_DATA_DIR);
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir });
  // Every write goes through the durable queue: a database hiccup spools to disk, never fails a chat.
  const spool = dataDir.startsWith("memory://") ? new MemorySpool() : await FileSpool.open(join(dataDir, "spool"), { log });
  const writes = await openWriteQueue({ store, spool, log });
  const keys = nodePrivacyKeys(resolveSecret({ configured: config.GLOCAL_SECRET, dataDir, log, sharedDatabase: config.DATABASE_URL !== undefined }));
  const submit = (op: WriteOp) => {
    writes.submit(op).catch((error: Error) => log.error("write_not_recorded", { kind: op.kind, error: error.message }));
  };
  const backends = await createBackends(catalog, paths, config, log, { preload: config.GLOCAL_PRELOAD });

  // Compile the safety lexicons now (about half a second) rather than on the first person's message.
  assessRisk([{ role: "user", content: "hello" }]);
  const servedLanguages = [
    ...new Set(
      profileList.flatMap(profileLanguages).concat(
        Object.values(catalog.models)
          .filter((m) => !m.demo)
          .flatMap((m) => m.languages),
      ),
    ),
  ];
  const metrics = config.GLOCAL_METRICS
    ? createPrometheusMetrics({
        profiles: profiles.keys(),
        languages: servedLanguages,
        models: Object.keys(catalog.models),
        backends: backends.byModel,
        writeStatus: () => writes.status(),
      })
    : undefined;
  const app = createApp({
    profiles,
    lenses,
    catalog,
    backends: backends.byModel,
    servedLanguages,
    lastResort: demoMode ? DEMO_MODEL_ID : undefined,
    maxBodyBytes: config.GLOCAL_MAX_BODY_BYTES,
    breakAfterTurns: config.GLOCAL_BREAK_AFTER_TURNS,
    breakAfterMinutes: config.GLOCAL_BREAK_AFTER_MINUTES,
    sessionStartedAt: (id) => store.sessionStartedAt(id),
    recordInteraction: (row) => submit(interactionOp(row)),
    recordInteractionText: config.GLOCAL_STORE_TEXT ? (row) => submit({ kind: "interaction_text", row }) : undefined,
    keys,
    ...(backends.guard ? { guard: backends.guard } : {}),
    ...(options.unguardedForBenchmark ? { unguardedForBenchmark: true } : {}),
    pingDatabase: () => store.ping(),
    databaseDriver: store.driver,
    writeStatus: () => writes.status(),
    web: { assets: bundledWebAssets() },
    docsAssets: scalarDocsAssets(),
    feedback: {
      store,
      writes,
      keys,
      evaluatorKey: config.GLOCAL_EVALUATOR_KEY,
      storeText: config.GLOCAL_STORE_TEXT,
      maxBodyBytes: config.GLOCAL_MAX_BODY_BYTES,
      profiles,
      log,
      // Replicas: a rating may reach this gateway a moment before another one has stored its interaction.
      interactionGraceMs: config.DATABASE_URL ? 3000 : undefined,
    },
    log,
    metrics,
    publicUrl: config.GLOCAL_PUBLIC_URL,
  });

  const server: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, () => ready(s));
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
  log.info("listening", { url, database: store.driver, demo: demoMode, profiles: profiles.size, backends: backends.byModel.size });

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    store,
    localRuntimeStarted: () => backends.localRuntimeStarted(),
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((done) => {
          server.close(() => done());
          // Streams in flight would hold close() open; end idle keep-alive sockets now.
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          setTimeout(() => (server as { closeAllConnections?: () => void }).closeAllConnections?.(), 5000).unref();
        });
        await backends.close();
        await writes.close();
        await store.close();
      })()),
  };
}

async function main(): Promise<void> {
  let gateway: Gateway;
  try {
    gateway = await startGateway({ pullDefaultModel: true });
  } catch (error) {
    console.error(`glocal could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  console.error(`glocal is listening on ${gateway.url} (API docs: ${gateway.url}/docs)`);
  const stop = (signal: string) => {
    console.error(`glocal: ${signal} received, shutting down`);
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
