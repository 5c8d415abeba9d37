/** The files the pages load from `/assets/`. Runtime-agnostic: how they are built is the host's business. */
export const ASSET_NAMES = ["playground.js", "eval.js", "style.css", "icon.svg"] as const;
export type AssetName = (typeof ASSET_NAMES)[number];

export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  /** The same bytes gzip-compressed, where the host made them. */
  gzip?: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** Content hash: the ETag, and the `?v=` that lets browsers cache the file for good. */
  etag: string;
}

export interface WebAssets {
  get(name: AssetName): Promise<Asset>;
}

export function isAssetName(name: string): name is AssetName {
  return (ASSET_NAMES as readonly string[]).includes(name);
}
