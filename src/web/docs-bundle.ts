import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { DOCS_INIT_SCRIPT, type DocsAssetName, type DocsAssets } from "../api/docs-assets.ts";
import type { Asset } from "./assets.ts";

/** Scalar's self-contained browser build, from the installed @scalar/api-reference package. */
function scalarStandalonePath(): string {
  const entry = fileURLToPath(import.meta.resolve("@scalar/api-reference"));
  return join(dirname(entry), "browser", "standalone.js");
}

function asset(body: Uint8Array<ArrayBuffer>): Asset {
  return {
    body,
    gzip: new Uint8Array(gzipSync(body, { level: 6 })),
    contentType: "text/javascript; charset=utf-8",
    etag: createHash("sha256").update(body).digest("base64url").slice(0, 16),
  };
}

/** Read (and gzip) on first request, then kept for the life of the process; a failed read is retried next time. */
export function scalarDocsAssets(): DocsAssets {
  const cache = new Map<DocsAssetName, Promise<Asset>>();
  const load = async (name: DocsAssetName) =>
    asset(name === "scalar.js" ? new Uint8Array(await readFile(scalarStandalonePath())) : new Uint8Array(new TextEncoder().encode(DOCS_INIT_SCRIPT)));
  return {
    get(name) {
      let pending = cache.get(name);
      if (!pending) {
        pending = load(name);
        cache.set(name, pending);
        pending.catch(() => cache.delete(name));
      }
      return pending;
    },
  };
}
