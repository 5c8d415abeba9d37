import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Asset, AssetName, WebAssets } from "./assets.ts";

const clientFile = (name: string) => fileURLToPath(new URL(`./client/${name}`, import.meta.url));

const SOURCES: Record<AssetName, { entry: string; contentType: string; bundle: boolean }> = {
  "playground.js": { entry: clientFile("playground.ts"), contentType: "text/javascript; charset=utf-8", bundle: true },
  "eval.js": { entry: clientFile("eval.ts"), contentType: "text/javascript; charset=utf-8", bundle: true },
  "style.css": { entry: clientFile("style.css"), contentType: "text/css; charset=utf-8", bundle: true },
  "icon.svg": { entry: clientFile("icon.svg"), contentType: "image/svg+xml", bundle: false },
};

async function build(name: AssetName): Promise<Asset> {
  const source = SOURCES[name];
  let body: Uint8Array<ArrayBuffer>;
  if (source.bundle) {
    // esbuild ships with tsx; loaded on first use so hosts that never serve the pages never load it.
    const { build: esbuild } = await import("esbuild");
    const result = await esbuild({
      entryPoints: [source.entry],
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "browser",
      target: ["es2022", "chrome100", "firefox100", "safari15"],
      legalComments: "none",
      logLevel: "silent",
    });
    body = new Uint8Array(result.outputFiles[0]?.contents ?? []);
  } else {
    body = new Uint8Array(await readFile(source.entry));
  }
  return {
    body,
    gzip: new Uint8Array(gzipSync(body, { level: 9 })),
    contentType: source.contentType,
    etag: createHash("sha256").update(body).digest("base64url").slice(0, 16),
  };
}

/**
 * The pages' scripts and stylesheet, bundled from TypeScript in memory with esbuild on first request
 * and kept for the life of the process: no build step, nothing written to disk. A failed build is not
 * cached, so a fixed source is picked up by the next request.
 */
export function bundledWebAssets(): WebAssets {
  const cache = new Map<AssetName, Promise<Asset>>();
  return {
    get(name) {
      let pending = cache.get(name);
      if (!pending) {
        pending = build(name);
        cache.set(name, pending);
        pending.catch(() => cache.delete(name));
      }
      return pending;
    },
  };
}
export { build as buildWebAsset };
