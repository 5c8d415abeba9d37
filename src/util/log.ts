import { pino } from "pino";

/**
 * Structured one-line JSON logs through pino. Callers pass ids, names and numbers only: message text never
 * goes in a log line (mental-health content is sensitive), so there is deliberately no "body" or "text"
 * helper here, and fields that could only hold conversation text or a user id are dropped as a second line
 * of defence.
 */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Field names that would only ever carry conversation text or a raw user id: removed from every line. */
const NEVER_LOGGED = ["text", "content", "messages", "prompt", "completion", "answer", "user", "body"];

/**
 * A logger writing one JSON object per line: `{"level":"info","time":"…","event":"…",…fields}`. Lines go to
 * stderr, or to `write` (tests capture them this way). GLOCAL_LOG_LEVEL picks the lowest level written.
 */
export function createLogger(level: LogLevel = "info", write?: (line: string) => void): Logger {
  // Bundlers for Workers resolve pino's browser build, which has no destinations and ignores streams.
  if (typeof pino.destination !== "function") return jsonLineLogger(level, write ?? ((line) => console.log(line)));
  const destination = write ? { write } : pino.destination({ fd: 2, sync: true });
  const base = pino(
    {
      level,
      base: null,
      messageKey: "event",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: NEVER_LOGGED, remove: true },
    },
    destination,
  );
  const emit = (at: Exclude<LogLevel, "silent">) => (event: string, fields?: Record<string, unknown>) => {
    if (fields) base[at](fields, event);
    else base[at](event);
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

const LEVEL_RANK: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50, silent: Infinity };

/** The same line format without pino, for runtimes that only have console (Cloudflare Workers). */
function jsonLineLogger(level: LogLevel, write: (line: string) => void): Logger {
  const emit = (at: Exclude<LogLevel, "silent">) => (event: string, fields?: Record<string, unknown>) => {
    if (LEVEL_RANK[at] < LEVEL_RANK[level]) return;
    const kept = Object.fromEntries(Object.entries(fields ?? {}).filter(([key]) => !NEVER_LOGGED.includes(key)));
    write(JSON.stringify({ level: at, time: new Date().toISOString(), event, ...kept }));
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

export const silentLogger: Logger = createLogger("silent", () => {});
