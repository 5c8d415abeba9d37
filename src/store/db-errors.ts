/*
 * Which write failures are worth retrying. Drizzle wraps driver errors (DrizzleQueryError, whose
 * message holds the statement's parameters, so it is never logged); the SQLSTATE sits on the cause.
 */

/** The first five-character SQLSTATE on the error or its causes. */
export function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && /\d/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Data exceptions (22), integrity violations (23) and syntax or schema errors (42) fail the same way
 * every time: retrying them would wedge the spool. Everything else (connection loss, shutdown,
 * timeouts, out of resources, serialization failures) may pass on a later try.
 */
export function isPermanentWriteError(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && /^(22|23|42)/.test(state);
}

/** A log-safe description: SQLSTATE or error code, never a message (which may quote parameters). */
export function describeDbError(error: unknown): string {
  const state = sqlState(error);
  if (state) return `sqlstate ${state}`;
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.name : typeof error;
}
