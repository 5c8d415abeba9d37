/**
 * The module scripts/build-worker.ts generates (dist/worker/prebuilt.js, aliased in wrangler.toml):
 * raw data, validated again by src/worker.ts with the same schemas the Node server uses.
 */
declare module "glocal-prebuilt" {
  export const catalog: unknown;
  /** File name → parsed JSON of each culture profile / lens. */
  export const profiles: Record<string, unknown>;
  export const lenses: Record<string, unknown>;
  /** Asset name → base64 bytes (and gzip), content type and content hash. */
  export const assets: Record<string, { body: string; gzip?: string; contentType: string; etag: string }>;
}
