import { createHmac, createSecretKey } from "node:crypto";
import { assertUsableSecret, privacyKeysFrom, type PrivacyKeys } from "./keys.ts";

/**
 * Node only: the same hashes and tokens as importPrivacyKeys, on node:crypto. Web Crypto in Node
 * hands every HMAC to the libuv thread pool, which under load costs more than the HMAC itself (a
 * few microseconds here); the gateway's hot path (a token per chat, a check per rating) uses this.
 */
export function nodePrivacyKeys(secret: string): PrivacyKeys {
  assertUsableSecret(secret);
  // One key object for the process: createHmac then skips converting and copying the secret on every call.
  const key = createSecretKey(Buffer.from(secret, "utf8"));
  return privacyKeysFrom((context, value) =>
    createHmac("sha256", key)
      .update(context + value, "utf8")
      .digest(),
  );
}
