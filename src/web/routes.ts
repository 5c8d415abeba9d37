import type { Context, Hono } from "hono";
import { isAssetName, type Asset, type AssetName, type WebAssets } from "./assets.ts";
import { acceptLanguageTags, matchLocale } from "./locales/index.ts";
import { pageShell, type PageName } from "./pages.ts";

export interface WebDeps {
  /** Where the pages' scripts and stylesheet come from (on Node: bundledWebAssets() from ./bundle.ts). */
  assets: WebAssets;
}

/*
 * Content-Security-Policy: everything from this origin only, no inline script. The evaluator page's
 * charts (Vega) compile their expressions with Function() and set inline styles, so that page alone
 * allows 'unsafe-eval' and inline styles; the playground, where people write about distress, allows neither.
 */
const BASE_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];
const POLICY: Record<PageName, string> = {
  playground: [...BASE_POLICY, "script-src 'self'", "style-src 'self'"].join("; "),
  eval: [...BASE_POLICY, "script-src 'self' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'"].join("; "),
};

const PAGE_SCRIPT: Record<PageName, AssetName> = { playground: "playground.js", eval: "eval.js" };

async function page(c: Context, deps: WebDeps, name: PageName): Promise<Response> {
  const [script, style] = await Promise.all([deps.assets.get(PAGE_SCRIPT[name]), deps.assets.get("style.css")]);
  const locale = matchLocale(acceptLanguageTags(c.req.header("accept-language"))) ?? "en";
  c.header("Content-Security-Policy", POLICY[name]);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cache-Control", "no-store");
  c.header("Vary", "Accept-Language");
  return c.html(
    pageShell(name, locale, {
      script: `/assets/${PAGE_SCRIPT[name]}?v=${script.etag}`,
      style: `/assets/style.css?v=${style.etag}`,
    }),
  );
}

/**
 * The playground at `/` and the evaluator page at `/eval`, and their assets under `/assets/`. The pages
 * are clients of the public API like any app: they hold no server-side state of their own.
 */
export function registerWebRoutes(app: Hono, deps: WebDeps): void {
  app.get("/", (c) => page(c, deps, "playground"));
  app.get("/eval", (c) => page(c, deps, "eval"));

  app.get("/assets/:name", async (c) => {
    const name = c.req.param("name");
    if (!isAssetName(name)) return c.notFound();
    return assetResponse(c, await deps.assets.get(name));
  });
}

/** An asset with its ETag, gzip where the client takes it, and immutable caching for a versioned URL. */
export function assetResponse(c: Context, asset: Asset): Response {
  const etag = `"${asset.etag}"`;
  const headers: Record<string, string> = {
    "Content-Type": asset.contentType,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    Vary: "Accept-Encoding",
    // A versioned URL names these exact bytes forever; an unversioned one must be revalidated.
    "Cache-Control": c.req.query("v") === asset.etag ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (c.req.header("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const gzip = asset.gzip !== undefined && /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");
  if (gzip) headers["Content-Encoding"] = "gzip";
  return new Response(gzip && asset.gzip ? asset.gzip : asset.body, { status: 200, headers });
}
