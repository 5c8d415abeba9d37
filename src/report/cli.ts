import { resolve } from "node:path";
import { loadConfig, type Config } from "../config.ts";
import { PROJECT_ROOT } from "../project-root.ts";
import { connect, type Connection } from "../store/open.ts";

/** Shared by the offline tools (eval:report, eval:seed, export:finetune): settings, database, arguments. */

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface ToolSettings {
  config: Config;
  /** The PGlite data dir (absolute), also where default output goes. */
  dataDir: string;
  profilesDir: string;
}

export function toolSettings(env: Record<string, string | undefined> = process.env): ToolSettings {
  const config = loadConfig(env);
  const dataDir = config.GLOCAL_DATA_DIR.startsWith("memory://") ? config.GLOCAL_DATA_DIR : resolve(config.GLOCAL_DATA_DIR);
  return { config, dataDir, profilesDir: resolve(PROJECT_ROOT, config.GLOCAL_PROFILES_DIR) };
}

/** The database the gateway would use: DATABASE_URL, else PGlite under GLOCAL_DATA_DIR; migrated. */
export function connectConfigured(settings: ToolSettings): Promise<Connection> {
  return connect({ databaseUrl: settings.config.DATABASE_URL, dataDir: settings.dataDir });
}

/** Where the database is, for messages: never the password. */
export function describeDatabase(settings: ToolSettings): string {
  const url = settings.config.DATABASE_URL;
  if (!url) return `PGlite in ${settings.dataDir}`;
  const parsed = new URL(url);
  return `Postgres at ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

export function parseInstant(value: string | undefined, option: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${option} must be an ISO 8601 date or date-time such as 2025-01-31, got "${value}"`);
  return date;
}

export function parseWholeNumber(value: string | undefined, option: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const number = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(number) || number < min) throw new UsageError(`${option} must be a whole number >= ${min}, got "${value}"`);
  return number;
}

/** Run a tool's main: usage errors print their message and exit 2, anything else exits 1. */
export async function runTool(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof UsageError ? `usage: ${message}` : `failed: ${message}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
}
