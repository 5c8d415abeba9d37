/**
 * Keyed hashes and tokens over the deployment secret (GLOCAL_SECRET), on Web Crypto only so the same
 * code runs on Node and on Cloudflare Workers.
 * - A user id is stored only as HMAC-SHA256(secret, context ‖ user): the same user always maps to the
 *   same hash (ratings stay idempotent, erasure finds everything), nobody without the secret can
 *   reverse or recompute it.
 * - A rating token is HMAC-SHA256(secret, context ‖ interaction id): the chat response hands it out,
 *   and only its holder can rate or compare that interaction.
 * - An arm bucket is HMAC-SHA256(secret, context ‖ experiment ‖ unit ‖ key) read as a number in [0, 1):
 *   the same person always lands in the same arm of an experiment, and nobody can predict or steer it.
 * - A blind token is HMAC-SHA256(secret, context ‖ interaction ids in shown order): it proves a
 *   comparison was shown blind, in that order, so a client cannot record an open choice as blind.
 * Distinct context prefixes keep a user hash from ever being valid as a token and vice versa.
 */

const encoder = new TextEncoder();
export const USER_CONTEXT = "glocal/user-hash/v1\u0000";
export const RATING_CONTEXT = "glocal/rating-token/v1\u0000";
export const ARM_CONTEXT = "glocal/arm-bucket/v1\u0000";
export const BLIND_CONTEXT = "glocal/blind-comparison/v1\u0000";
const TOKEN_PREFIX = "rt1.";
const BLIND_PREFIX = "bt1.";
const MAC_BYTES = 32;
/** A secret shorter than this is guessable; 32 random bytes (43 base64url characters) is the default. */
export const MIN_SECRET_LENGTH = 16;

export interface PrivacyKeys {
  /** 64 hex characters. */
  hashUser(user: string): Promise<string>;
  /** "rt1." + base64url MAC; opaque to apps. */
  ratingToken(interactionId: string): Promise<string>;
  /** Constant-time check that `token` was issued for `interactionId` under this secret. */
  verifyRatingToken(interactionId: string, token: string): Promise<boolean>;
  /** Uniform in [0, 1), fixed for (experiment, unit kind, key): where this unit falls among the arms' weights. */
  armBucket(experimentId: string, unit: "user" | "session", key: string): Promise<number>;
  /** "bt1." + base64url MAC over the interaction ids in the order shown. */
  blindToken(shownOrder: readonly string[]): Promise<string>;
  verifyBlindToken(shownOrder: readonly string[], token: string): Promise<boolean>;
}

export class SecretError extends Error {
  override readonly name = "SecretError";
}

/** HMAC-SHA256 under the secret, over `context ‖ value`. */
export type KeyedMac = (context: string, value: string) => Promise<Uint8Array> | Uint8Array;

export function assertUsableSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new SecretError(`GLOCAL_SECRET must be at least ${MIN_SECRET_LENGTH} characters (32 random bytes recommended, e.g. \`openssl rand -base64 32\`)`);
  }
}

/** The hashes and tokens over any HMAC-SHA256 implementation (Web Crypto here, node:crypto in node-keys.ts). */
export function privacyKeysFrom(mac: KeyedMac): PrivacyKeys {
  return {
    hashUser: async (user) => toHex(await mac(USER_CONTEXT, user)),
    ratingToken: async (interactionId) => TOKEN_PREFIX + toBase64Url(await mac(RATING_CONTEXT, interactionId)),
    async verifyRatingToken(interactionId, token) {
      if (!token.startsWith(TOKEN_PREFIX)) return false;
      const given = fromBase64Url(token.slice(TOKEN_PREFIX.length));
      if (!given || given.length !== MAC_BYTES) return false;
      return bytesEqual(given, await mac(RATING_CONTEXT, interactionId));
    },
    async armBucket(experimentId, unit, key) {
      const bytes = await mac(ARM_CONTEXT, `${experimentId}\u0000${unit}\u0000${key}`);
      // The first 48 bits as a fraction: exact in a double, and 2^-48 granularity is far below any weight.
      let value = 0;
      for (let i = 0; i < 6; i++) value = value * 256 + (bytes[i] as number);
      return value / 2 ** 48;
    },
    blindToken: async (shownOrder) => BLIND_PREFIX + toBase64Url(await mac(BLIND_CONTEXT, shownOrder.join("\u0000"))),
    async verifyBlindToken(shownOrder, token) {
      if (!token.startsWith(BLIND_PREFIX)) return false;
      const given = fromBase64Url(token.slice(BLIND_PREFIX.length));
      if (!given || given.length !== MAC_BYTES) return false;
      return bytesEqual(given, await mac(BLIND_CONTEXT, shownOrder.join("\u0000")));
    },
  };
}

/** Web Crypto (Node, Workers, browsers): import the secret once; every hash and token is one HMAC. */
export async function importPrivacyKeys(secret: string): Promise<PrivacyKeys> {
  assertUsableSecret(secret);
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return privacyKeysFrom(async (context, value) => new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(context + value))));
}

/** `(user) => hash` for callers that only need user hashes. */
export async function userHasher(secret: string): Promise<(user: string) => Promise<string>> {
  const keys = await importPrivacyKeys(secret);
  return (user) => keys.hashUser(user);
}

/** One-off token; callers issuing many should keep the PrivacyKeys from importPrivacyKeys. */
export async function ratingToken(secret: string, interactionId: string): Promise<string> {
  return (await importPrivacyKeys(secret)).ratingToken(interactionId);
}

export async function verifyRatingToken(secret: string, interactionId: string, token: string): Promise<boolean> {
  return (await importPrivacyKeys(secret)).verifyRatingToken(interactionId, token);
}

/**
 * Equality of two secrets without an early exit: both are hashed to 32 bytes first, so neither the
 * position of the first difference nor the length of the expected value shows in the timing.
 */
export async function secretsEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  return bytesEqual(a, b);
}

/** Equal-length byte arrays compared without an early exit. */
function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

/** A fresh random secret: 32 bytes, base64url. */
export function generateSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function sha256(value: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(value)));
}

function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const BASE64URL_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Character code → 6-bit value, −1 outside the base64url alphabet. */
const BASE64URL_VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64URL_ALPHABET.length; i++) values[BASE64URL_ALPHABET.charCodeAt(i)] = i;
  return values;
})();

/**
 * Unpadded base64url → bytes, or undefined for any character outside the alphabet or an impossible
 * length. A plain loop: every rating and comparison checks a token, and atob plus Uint8Array.from
 * cost several microseconds each time.
 */
function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (BASE64URL_VALUES[code] as number) : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
