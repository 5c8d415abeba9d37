/**
 * Thrown for input that a statistic cannot be computed from (empty groups, ratings off the scale,
 * non-finite numbers, bad options). Callers at the HTTP edge map it to a 400, never a 500.
 */
export class StatsInputError extends Error {
  override readonly name = "StatsInputError";
}
