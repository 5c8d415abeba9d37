import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SecretError, importPrivacyKeys, ratingToken, secretsEqual, userHasher, verifyRatingToken } from "../src/privacy/keys.ts";
import { nodePrivacyKeys } from "../src/privacy/node-keys.ts";
import { SECRET_FILE_NAME, loadOrCreateSecret, resolveSecret } from "../src/privacy/secret-file.ts";
import { createLogger } from "../src/util/log.ts";

const SECRET = "a-deployment-secret-of-some-length";
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "glocal-secret-"));
  dirs.push(dir);
  return dir;
};

describe("keyed user hashes", () => {
  it("are HMAC-SHA256 hex, stable for one secret, different under another, and never the raw id", async () => {
    const hash = await userHasher(SECRET);
    const first = await hash("user-42");
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await hash("user-42")).toBe(first);
    expect(await hash("user-43")).not.toBe(first);
    expect(await (await userHasher(`${SECRET}!`))("user-42")).not.toBe(first);
    // Independent reference: node's HMAC over the same context-prefixed input.
    const { createHmac } = await import("node:crypto");
    expect(first).toBe(createHmac("sha256", SECRET).update("glocal/user-hash/v1\u0000user-42").digest("hex"));
  });

  it("refuses a short secret", async () => {
    await expect(importPrivacyKeys("short")).rejects.toThrow(SecretError);
  });
});

describe("rating tokens", () => {
  it("verify for their own interaction only, and only under the issuing secret", async () => {
    const token = await ratingToken(SECRET, "interaction-1");
    expect(token).toMatch(/^rt1\.[A-Za-z0-9_-]{43}$/);
    expect(await verifyRatingToken(SECRET, "interaction-1", token)).toBe(true);
    expect(await verifyRatingToken(SECRET, "interaction-2", token)).toBe(false);
    expect(await verifyRatingToken(`${SECRET}!`, "interaction-1", token)).toBe(false);
  });

  it("reject tampered, truncated and malformed tokens", async () => {
    const keys = await importPrivacyKeys(SECRET);
    const token = await keys.ratingToken("i");
    const flipped = token.slice(0, -2) + (token.at(-2) === "A" ? "B" : "A") + token.at(-1);
    for (const bad of [
      flipped,
      token.slice(0, -1),
      `${token}A`,
      "rt1.",
      `rt2.${token.slice(4)}`,
      "",
      "rt1.!!!!",
      token.toUpperCase(),
      `${token.slice(0, -1)}+`,
      `${token.slice(0, -1)}/`,
      `${token}=`,
      `${token.slice(0, -1)}é`,
    ]) {
      expect(await keys.verifyRatingToken("i", bad), bad).toBe(false);
    }
  });

  it("are not user hashes: the two contexts never coincide", async () => {
    const keys = await importPrivacyKeys(SECRET);
    const asUser = await keys.hashUser("x");
    const token = await keys.ratingToken("x");
    expect(Buffer.from(token.slice(4), "base64url").toString("hex")).not.toBe(asUser);
  });
});

describe("the node:crypto keys", () => {
  it("give exactly the Web Crypto hashes and tokens, and accept each other's tokens", async () => {
    const web = await importPrivacyKeys(SECRET);
    const node = nodePrivacyKeys(SECRET);
    for (const value of ["user-1", "", "사용자", "emoji 🙂", "lone \ud800 surrogate", "x".repeat(5000)]) {
      expect(await node.hashUser(value), value).toBe(await web.hashUser(value));
      const token = await node.ratingToken(value);
      expect(token).toBe(await web.ratingToken(value));
      expect(await web.verifyRatingToken(value, token)).toBe(true);
      expect(await node.verifyRatingToken(`${value}.`, token)).toBe(false);
      const bucket = await node.armBucket("exp-1", "user", value);
      expect(bucket).toBe(await web.armBucket("exp-1", "user", value));
      expect(bucket >= 0 && bucket < 1).toBe(true);
      // The unit kind and the experiment are part of the key: a session named like a user lands elsewhere.
      expect(await node.armBucket("exp-1", "session", value)).not.toBe(bucket);
      expect(await node.armBucket("exp-2", "user", value)).not.toBe(bucket);
    }
    const blind = await node.blindToken(["i1", "i2"]);
    expect(blind).toBe(await web.blindToken(["i1", "i2"]));
    expect(await web.verifyBlindToken(["i1", "i2"], blind)).toBe(true);
    expect(await web.verifyBlindToken(["i2", "i1"], blind)).toBe(false); // the order shown is what it proves
    expect(await web.verifyBlindToken(["i1", "i2"], await node.ratingToken("i1"))).toBe(false);
    expect(() => nodePrivacyKeys("short")).toThrow(SecretError);
  });
});

describe("secretsEqual", () => {
  it("compares whole values", async () => {
    expect(await secretsEqual("evaluator-key-1", "evaluator-key-1")).toBe(true);
    expect(await secretsEqual("evaluator-key-1", "evaluator-key-2")).toBe(false);
    expect(await secretsEqual("evaluator-key", "evaluator-key-1")).toBe(false);
    expect(await secretsEqual("", "x")).toBe(false);
  });
});

describe("the data-dir secret", () => {
  it("is generated once with mode 0600 and read back afterwards", () => {
    const dir = tempDir();
    const created = loadOrCreateSecret(dir);
    expect(created.created).toBe(true);
    expect(created.secret.length).toBeGreaterThanOrEqual(43);
    const file = join(dir, SECRET_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadOrCreateSecret(dir);
    expect(again).toEqual({ secret: created.secret, file, created: false });
    expect(readFileSync(file, "utf8").trim()).toBe(created.secret);
  });

  it("refuses a file that holds no usable secret", () => {
    const dir = tempDir();
    writeFileSync(join(dir, SECRET_FILE_NAME), "short\n", { mode: 0o600 });
    expect(() => loadOrCreateSecret(dir)).toThrow(/no usable secret/);
  });

  it("prefers GLOCAL_SECRET, and warns (without the secret) when it falls back to the file", () => {
    const lines: string[] = [];
    const log = createLogger("info", (line) => lines.push(line));
    expect(resolveSecret({ configured: SECRET, dataDir: tempDir(), log })).toBe(SECRET);
    expect(lines).toEqual([]);
    const dir = tempDir();
    const secret = resolveSecret({ configured: undefined, dataDir: dir, log });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: "warn", event: "glocal_secret_unset", generated: true });
    expect(lines[0]).not.toContain(secret);
    expect(resolveSecret({ configured: undefined, dataDir: "memory://", log })).not.toBe(secret);
  });
});
