import { createHmac } from "node:crypto";
import { assertUsableSecret, privacyKeysFrom, type PrivacyKeys } from "./keys.ts";

/**
 * Node only: the same hashes and tokens as importPrivacyKeys, on node:crypto. Web Crypto in Node
 * hands every HMAC to the libuv thread pool, which under load costs more than the HMAC itself (a
 * few microseconds here); the gateway's hot path (a token per chat, a check per rating) uses this.
 */
export function nodePrivacyKeys(secret: string): PrivacyKeys {
  assertUsableSecret(secret);
  return privacyKeysFrom((context, value) => createHmac("sha256", secret).update(context + value, "utf8").digest());
}
