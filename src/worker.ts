/**
 * Cloudflare Workers entry: the same app as the Node server (createApp), with
 * - hosted backends only (no llama.cpp on Workers; catalog entries of other kinds have no backend and
 *   the router skips them with "no backend is configured");
 * - settings from the Worker's bindings (vars and secrets) instead of process.env, through the same
 *   zod schema; hosted tokens (HF_TOKEN or an entry's tokenEnv) are read from the bindings too;
 * - Postgres through postgres.js over a Hyperdrive binding named HYPERDRIVE, or a DATABASE_URL secret,
 *   one client per request (Workers may not share sockets between requests);
 * - writes straight to the database, no spool (see src/store/direct-writes.ts for what that means);
 * - profiles, lenses, catalog and the pages' bundles from dist/worker/prebuilt.js, which
 *   `npm run build:worker` generates (no fs, no esbuild at run time).
 * Migrations are not run here: run `npm run db:migrate` against the database before deploying.
 */
import { drizzle } from "drizzle-orm/postgres-js";
import type { ExecutionContext, Hono } from "hono";
import postgres from "postgres";
import * as prebuilt from "glocal-prebuilt";
import { createApp } from "./app.ts";
import { createHostedBackend } from "./backends/hosted/index.ts";
import type { ChatBackend } from "./backends/types.ts";
import { catalogSchema, type Catalog } from "./catalog/schema.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { importPrivacyKeys } from "./privacy/keys.ts";
import { checkProfileLenses, checkProfileModels, DataFileError, indexLenses, indexProfiles, parseLens, parseProfile } from "./profiles/load.ts";
import { profileLanguages } from "./profiles/schema.ts";
import { directWrites } from "./store/direct-writes.ts";
import type { AnyPgDatabase } from "./store/db.ts";
import { currentScope, newRequestScope, requestScopedStore, runInScope } from "./store/request-scope.ts";
import type { Store } from "./store/store.ts";
import { storeOver } from "./store/store-over.ts";
import { interactionOp, type WriteOp } from "./store/write-ops.ts";
import { createLogger } from "./util/log.ts";
import { describeAllIssues } from "./util/zod-issues.ts";
import { ASSET_NAMES, isAssetName, type Asset, type AssetName, type WebAssets } from "./web/assets.ts";

export interface WorkerEnv {
  /** Hyperdrive binding (wrangler.toml [[hyperdrive]]); wins over DATABASE_URL. */
  HYPERDRIVE?: { connectionString: string };
  [binding: string]: unknown;
}

interface WorkerGateway {
  app: Hono;
  databaseUrl: string;
}

/** Workers' string bindings (vars, secrets) as the environment the config schema reads. */
export function bindingsAsEnvironment(env: WorkerEnv): Record<string, string | undefined> {
  const strings: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) if (typeof value === "string") strings[key] = value;
  if (env.HYPERDRIVE?.connectionString) strings.DATABASE_URL = env.HYPERDRIVE.connectionString;
  return strings;
}

function prebuiltCatalog(): Catalog {
  const result = catalogSchema.safeParse(prebuilt.catalog);
  if (!result.success) throw new DataFileError("models catalog (prebuilt)", describeAllIssues(result.error));
  return result.data;
}

function prebuiltAssets(): WebAssets {
  const decode = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const byName = new Map<AssetName, Asset>();
  for (const name of ASSET_NAMES) {
    const built = prebuilt.assets[name];
    if (!built || !isAssetName(name)) throw new Error(`dist/worker/prebuilt.js has no asset ${name}: run npm run build:worker`);
    byName.set(name, { body: decode(built.body), gzip: built.gzip ? decode(built.gzip) : undefined, contentType: built.contentType, etag: built.etag });
  }
  return { get: async (name) => byName.get(name) as Asset };
}

function openPostgresStore(databaseUrl: string): Store {
  // max 5: Workers allow six open connections per request. fetch_types off: the schema has no custom types.
  const client = postgres(databaseUrl, { max: 5, fetch_types: false, onnotice: () => {}, connect_timeout: 10 });
  return storeOver(drizzle(client) as unknown as AnyPgDatabase, "postgres", () => client.end({ timeout: 5 }));
}

async function buildGateway(env: WorkerEnv): Promise<WorkerGateway> {
  const bindings = bindingsAsEnvironment(env);
  const config = loadConfig(bindings);
  if (!config.DATABASE_URL) {
    throw new ConfigError("no database: add a Hyperdrive binding named HYPERDRIVE, or set the DATABASE_URL secret (wrangler secret put DATABASE_URL)");
  }
  if (!config.GLOCAL_SECRET) {
    throw new ConfigError(
      "GLOCAL_SECRET is not set: a Worker has no data dir to keep a generated one; set it with `wrangler secret put GLOCAL_SECRET` (32 random bytes)",
    );
  }
  const log = createLogger(config.GLOCAL_LOG_LEVEL);
  const catalog = prebuiltCatalog();
  const profileList = Object.entries(prebuilt.profiles).map(([file, data]) => parseProfile(file, data));
  const fileOf = (id: string) => Object.keys(prebuilt.profiles).find((file) => file.endsWith(`/${id}.json`)) ?? id;
  checkProfileModels(profileList, catalog, fileOf);
  const profiles = indexProfiles(profileList);
  const lenses = indexLenses(Object.entries(prebuilt.lenses).map(([file, data]) => parseLens(file, data)));
  checkProfileLenses(profileList, lenses, fileOf);

  // Tokens come from the bindings: HF_TOKEN through the validated config, an entry's tokenEnv as bound.
  const tokens = { ...bindings, HF_TOKEN: config.HF_TOKEN };
  const backends = new Map<string, ChatBackend>();
  for (const [id, entry] of Object.entries(catalog.models)) {
    if (entry.kind === "hosted") backends.set(id, createHostedBackend(id, entry, { env: tokens }));
  }

  const keys = await importPrivacyKeys(config.GLOCAL_SECRET);
  const store = requestScopedStore("postgres");
  const writes = directWrites({ store, log, track: (work) => currentScope()?.track(work) });
  const submit = (op: WriteOp) => {
    writes.submit(op).catch((error: Error) => log.error("write_not_recorded", { kind: op.kind, error: error.name }));
  };
  const servedLanguages = [
    ...new Set(
      profileList.flatMap(profileLanguages).concat(
        Object.values(catalog.models)
          .filter((m) => !m.demo && m.kind === "hosted")
          .flatMap((m) => m.languages),
      ),
    ),
  ];
  const app = createApp({
    profiles,
    lenses,
    catalog,
    backends,
    servedLanguages,
    maxBodyBytes: config.GLOCAL_MAX_BODY_BYTES,
    breakAfterTurns: config.GLOCAL_BREAK_AFTER_TURNS,
    breakAfterMinutes: config.GLOCAL_BREAK_AFTER_MINUTES,
    sessionStartedAt: (id) => store.sessionStartedAt(id),
    recordInteraction: (row) => submit(interactionOp(row)),
    recordInteractionText: config.GLOCAL_STORE_TEXT ? (row) => submit({ kind: "interaction_text", row }) : undefined,
    keys,
    pingDatabase: () => store.ping(),
    databaseDriver: store.driver,
    writeStatus: () => writes.status(),
    web: { assets: prebuiltAssets() },
    feedback: {
      store,
      writes,
      keys,
      evaluatorKey: config.GLOCAL_EVALUATOR_KEY,
      storeText: config.GLOCAL_STORE_TEXT,
      maxBodyBytes: config.GLOCAL_MAX_BODY_BYTES,
      profiles,
      log,
    },
    log,
  });
  log.info("worker_ready", { profiles: profiles.size, hosted_backends: backends.size });
  return { app, databaseUrl: config.DATABASE_URL };
}

let gateway: Promise<WorkerGateway> | undefined;

function misconfigured(error: unknown): Response {
  const message = error instanceof Error ? error.message : String(error);
  return Response.json(
    { error: { message: `this glocal Worker is misconfigured: ${message}`, type: "server_error", param: null, code: "misconfigured" } },
    { status: 500 },
  );
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    let ready: WorkerGateway;
    try {
      gateway ??= buildGateway(env);
      ready = await gateway;
    } catch (error) {
      gateway = undefined; // a fixed binding is picked up by the next request
      return misconfigured(error);
    }
    const scope = newRequestScope(() => openPostgresStore(ready.databaseUrl));
    const response = await runInScope(scope, () => ready.app.fetch(request, env, ctx));
    if (!response.body) {
      ctx.waitUntil(scope.close());
      return response;
    }
    // The request's client stays open while the body streams (a chat records its interaction at the end).
    const { readable, writable } = new TransformStream();
    ctx.waitUntil(
      response.body
        .pipeTo(writable)
        .catch(() => undefined)
        .then(() => scope.close()),
    );
    return new Response(readable, response);
  },
};
