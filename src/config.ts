import { z } from "zod";
import { describeAllIssues } from "./util/zod-issues.ts";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .default("")
  .transform((v) => v === "1" || v === "true" || v === "yes");

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v : undefined));

/**
 * Every setting a deployment can change, validated in one place. Each key is documented in the README's
 * environment table; keep the two in step.
 */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default("127.0.0.1"),
  GLOCAL_DATA_DIR: z.string().default("./data"),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "a postgres:// URL")
      .optional(),
  ),
  GLOCAL_OFFLINE: flag,
  HF_TOKEN: optionalString,
  LLAMA_THREADS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(256).optional()),
  LLAMA_GPU: z.enum(["auto", "false"]).default("auto"),
  /** Start llama.cpp and load the default model at start-up (when it is local) instead of on first use. */
  GLOCAL_PRELOAD: flag,
  GLOCAL_MODELS_DIR: z.string().default("./models/weights"),
  GLOCAL_CATALOG: z.string().default("./models/catalog.json"),
  GLOCAL_PROFILES_DIR: z.string().default("./culture-profiles"),
  GLOCAL_KEEP_ALIVE_SECONDS: z.coerce.number().int().min(0).default(300),
  GLOCAL_MAX_QUEUE: z.coerce.number().int().min(0).default(16),
  GLOCAL_BREAK_AFTER_TURNS: z.coerce.number().int().min(1).default(20),
  GLOCAL_BREAK_AFTER_MINUTES: z.coerce.number().int().min(1).default(45),
  GLOCAL_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  /** Key for user hashes and rating tokens; generated into the data dir when unset. */
  GLOCAL_SECRET: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  /** Bearer key for the evaluator endpoints; they are off without it. */
  GLOCAL_EVALUATOR_KEY: optionalString.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  /** The deployment opts in to storing message text (only for requests that also consent). */
  GLOCAL_STORE_TEXT: flag,
  /** Catalog `guards` id of the learned guard classifier asked about every user turn and answer window; none when unset. */
  GLOCAL_GUARD_MODEL: optionalString,
  /** How long one guard-model verdict may take before the gateway treats the guard as unavailable (fail closed). */
  GLOCAL_GUARD_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  GLOCAL_LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Prometheus metrics at GET /metrics; on unless set to 0. */
  GLOCAL_METRICS: z
    .enum(["1", "0", "true", "false", "yes", "no", ""])
    .default("1")
    .transform((v) => !["0", "false", "no"].includes(v)),
  /** The gateway's public base URL for the OpenAPI document's `servers`; the request's own origin when unset. */
  GLOCAL_PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://glocal.example.org" }).optional()),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(`invalid environment settings:\n${describeAllIssues(result.error)}`);
  }
  return result.data;
}
