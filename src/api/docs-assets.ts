import type { Asset } from "../web/assets.ts";

/** The interactive API reference's scripts, served by the gateway itself under /docs/assets/ (no CDN). */
export const DOCS_ASSET_NAMES = ["scalar.js", "docs.js"] as const;
export type DocsAssetName = (typeof DOCS_ASSET_NAMES)[number];

export interface DocsAssets {
  get(name: DocsAssetName): Promise<Asset>;
}

export function isDocsAssetName(name: string): name is DocsAssetName {
  return (DOCS_ASSET_NAMES as readonly string[]).includes(name);
}

/**
 * Starts Scalar's API reference on /openapi.json, set for a closed network: no web fonts, no telemetry, no
 * hosted proxy or AI helper; requests are tried against this gateway, with the evaluator key as the bearer
 * scheme. A separate file rather than an inline script, so the page's CSP allows scripts from 'self' only.
 */
export const DOCS_INIT_SCRIPT = `Scalar.createApiReference("#app", ${JSON.stringify({
  url: "/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  persistAuth: false,
  showDeveloperTools: "never",
  hideClientButton: true,
  mcp: { disabled: true },
  agent: { disabled: true },
  authentication: { preferredSecurityScheme: "evaluatorKey" },
  defaultHttpClient: { targetKey: "shell", clientKey: "curl" },
})});\n`;
