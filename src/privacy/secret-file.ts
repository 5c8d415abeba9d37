import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../util/log.ts";
import { MIN_SECRET_LENGTH, SecretError, generateSecret } from "./keys.ts";

/** Node only: where an unset GLOCAL_SECRET comes from. */
export const SECRET_FILE_NAME = "secret";

export interface LoadedSecret {
  secret: string;
  /** Where it is kept; undefined for an in-memory data dir. */
  file?: string;
  /** True when this call generated it. */
  created: boolean;
}

/**
 * The secret kept in the data dir, generated (32 random bytes, file mode 0600) on first use. Losing
 * the file makes every stored user hash and every issued rating token unusable, so it is read, never
 * rotated here.
 */
export function loadOrCreateSecret(dataDir: string): LoadedSecret {
  if (dataDir.startsWith("memory://")) return { secret: generateSecret(), created: true };
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SECRET_FILE_NAME);
  try {
    writeFileSync(file, `${generateSecret()}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600); // the umask may have narrowed it further, never widened; make it exact
    return { secret: readSecret(file), file, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return { secret: readSecret(file), file, created: false };
}

function readSecret(file: string): string {
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new SecretError(`${file} holds no usable secret (fewer than ${MIN_SECRET_LENGTH} characters); delete it to generate a new one`);
  }
  return secret;
}

/**
 * GLOCAL_SECRET when set; otherwise the data-dir secret, with a warning that says what to do. With a
 * shared database (DATABASE_URL) there is no fallback: replicas that each generated their own secret
 * would refuse each other's rating tokens and hash one user two ways, so start-up stops instead.
 */
export function resolveSecret(options: { configured: string | undefined; dataDir: string; log: Logger; sharedDatabase?: boolean }): string {
  if (options.configured) return options.configured;
  if (options.sharedDatabase) {
    throw new SecretError(
      "GLOCAL_SECRET is not set, but DATABASE_URL is: every gateway on one database must use the same secret " +
        "(rating tokens issued by one replica are checked by the others, user hashes must match); " +
        "set GLOCAL_SECRET to the same 32 random bytes on every replica, e.g. `openssl rand -base64 32`",
    );
  }
  const loaded = loadOrCreateSecret(options.dataDir);
  options.log.warn("glocal_secret_unset", {
    using: loaded.file ?? "a random in-memory secret (user hashes and rating tokens die with this process)",
    generated: loaded.created,
    fix: "set GLOCAL_SECRET to 32 random bytes (e.g. `openssl rand -base64 32`) and keep it with your backups",
  });
  return loaded.secret;
}
