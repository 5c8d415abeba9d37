import { Hono, type Context } from "hono";
import { createChatHandler, type ChatDeps } from "./api/chat.ts";
import { createCompareHandler } from "./api/compare.ts";
import { registerFeedbackRoutes, type FeedbackDeps } from "./api/feedback.ts";
import type { WriteQueueStatus } from "./store/write-queue.ts";
import { assetResponse, registerWebRoutes, type WebDeps } from "./web/routes.ts";
import { modelsList, profileView } from "./api/catalog-views.ts";
import { isDocsAssetName, type DocsAssets } from "./api/docs-assets.ts";
import { renderDocsPage, renderInteractiveDocsPage } from "./api/docs-page.ts";
import { asApiError } from "./api/chat-errors.ts";
import { ApiError, errorResponse, notFound } from "./api/errors.ts";
import { readiness } from "./api/health.ts";
import { buildOpenApiDocument } from "./api/openapi.ts";
import { chatRecorder, observeRequests } from "./api/observe.ts";
import { noMetrics, type Metrics } from "./metrics/metrics.ts";
import type { Logger } from "./util/log.ts";

export const VERSION = "0.1.0";

/*
 * The interactive docs: scripts from this origin only; Scalar sets inline styles and may use data: images;
 * "try it" requests go to this gateway only ('self'), so nothing leaves for Scalar's hosted services.
 */
const DOCS_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export interface AppDeps extends ChatDeps {
  pingDatabase: () => Promise<void>;
  databaseDriver: string;
  /** The durable write queue's state, for /readyz. */
  writeStatus: () => WriteQueueStatus;
  /** Ratings, comparisons, sessions, check-ins, erasure and evaluator endpoints. */
  feedback: FeedbackDeps;
  /** The playground (/) and evaluator (/eval) pages; absent, the gateway is API-only. */
  web?: WebDeps;
  log: Logger;
  /** Counters and histograms behind GET /metrics; the Node entry gives prom-client's, the default records nothing. */
  metrics?: Metrics;
  /** Scalar's scripts for the interactive /docs; absent, /docs is a static page. */
  docsAssets?: DocsAssets;
  /** The public base URL for the OpenAPI document's `servers` (GLOCAL_PUBLIC_URL); the request's origin when absent. */
  publicUrl?: string;
}

/**
 * The composition root, runtime-agnostic: no fs, no process. Node (src/server.ts) and Workers give it
 * their profiles, catalog, backends and store.
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const openApi = buildOpenApiDocument(VERSION);

  const metrics = deps.metrics ?? noMetrics;
  app.use("*", observeRequests(deps.log, metrics));
  // Each chat request records its runs into its own request log line, and into the metrics.
  const chatDeps = (c: Context): ChatDeps => {
    const record = chatRecorder(c);
    const onChatRecorded: ChatDeps["onChatRecorded"] = (outcome) => {
      metrics.observeChat(outcome);
      record(outcome);
    };
    return { ...deps, onChatRecorded };
  };
  app.post("/v1/chat/completions", (c) => createChatHandler(chatDeps(c))(c));
  app.post("/v1/chat/compare", (c) => createCompareHandler(chatDeps(c))(c));
  registerFeedbackRoutes(app, { ...deps.feedback, onRated: (interactionId) => metrics.observeRating(interactionId) });
  if (deps.web) registerWebRoutes(app, deps.web);
  app.get("/v1/models", (c) => c.json(modelsList(deps.profiles, deps.catalog, deps.backends)));
  app.get("/v1/profiles", (c) => c.json({ object: "list", data: [...deps.profiles.values()].map((p) => profileView(p, deps.catalog, deps.backends)) }));
  app.get("/v1/profiles/:id", (c) => {
    const id = c.req.param("id");
    const profile = deps.profiles.get(id);
    if (!profile) {
      throw notFound(`unknown profile "${id.slice(0, 64)}"; valid profiles: ${[...deps.profiles.keys()].sort().join(", ")}`, "id", "profile_not_found");
    }
    return c.json(profileView(profile, deps.catalog, deps.backends));
  });
  app.get("/v1/lenses", (c) => c.json({ object: "list", data: [...deps.lenses.values()] }));
  app.get("/healthz", (c) => c.json({ status: "ok", version: VERSION }));
  app.get("/readyz", async (c) => {
    const report = await readiness(deps);
    return c.json(report, report.status === "unavailable" ? 503 : 200);
  });
  app.get("/metrics", async (c) => {
    const exposition = await metrics.render();
    if (!exposition) throw notFound("metrics are off on this gateway", null, "metrics_disabled");
    return c.body(exposition.body, 200, { "content-type": exposition.contentType, "cache-control": "no-store" });
  });
  app.get("/openapi.json", (c) => c.json({ ...openApi, servers: [{ url: deps.publicUrl ?? new URL(c.req.url).origin, description: "this gateway" }] }));
  app.get("/docs", async (c) => {
    if (!deps.docsAssets) return c.html(renderDocsPage(openApi));
    const [scalar, init] = await Promise.all([deps.docsAssets.get("scalar.js"), deps.docsAssets.get("docs.js")]);
    c.header("Content-Security-Policy", DOCS_POLICY);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    return c.html(renderInteractiveDocsPage({ scalar: `/docs/assets/scalar.js?v=${scalar.etag}`, init: `/docs/assets/docs.js?v=${init.etag}` }));
  });
  app.get("/docs/assets/:name", async (c) => {
    const name = c.req.param("name");
    if (!deps.docsAssets || !isDocsAssetName(name)) return c.notFound();
    return assetResponse(c, await deps.docsAssets.get(name));
  });

  app.notFound((c) => errorResponse(c, notFound(`no route ${c.req.method} ${new URL(c.req.url).pathname}; see /docs for the API`, null, "route_not_found")));
  app.onError((error, c) => {
    const known = asApiError(error);
    if (known) return errorResponse(c, known);
    deps.log.error("unhandled_error", { name: error.name, path: new URL(c.req.url).pathname });
    return errorResponse(c, new ApiError(500, "internal error; this is a bug in glocal, please report it", "server_error", "internal_error"));
  });
  return app;
}
