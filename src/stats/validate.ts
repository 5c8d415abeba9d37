import { StatsInputError } from "./errors.ts";

/** Every value must be a finite number; `what` names the input in the error. */
export function assertFiniteValues(values: readonly number[], what: string): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new StatsInputError(`${what}[${i}] must be a finite number, got ${String(value)}`);
    }
  }
}

export function assertNonEmpty(values: readonly unknown[], what: string): void {
  if (values.length === 0) throw new StatsInputError(`${what} is empty; need at least one value`);
}

export function assertPositiveInteger(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new StatsInputError(`${what} must be a positive integer, got ${value}`);
  }
}

export function assertConfidenceLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new StatsInputError(`confidence level must lie strictly between 0 and 1, got ${level}`);
  }
}
