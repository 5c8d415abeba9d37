import { type BootstrapOptions, type ConfidenceInterval, bootstrapMeanCi } from "./bootstrap.ts";
import { mean } from "./descriptive.ts";
import { StatsInputError } from "./errors.ts";
import { underpowered } from "./power.ts";
import { assertNonEmpty } from "./validate.ts";

export interface BeforeAfter {
  before: number;
  after: number;
}

export interface MeanChangeResult {
  n: number;
  mean_before: number;
  mean_after: number;
  /** Mean of (after − before); for distress, negative means people felt less distressed after. */
  mean_change: number;
  ci95: ConfidenceInterval;
  resamples: number;
  seed: number;
  underpowered: boolean;
  method: string;
}

/** Mean within-person change with a bootstrap CI that resamples people (pairs), not scores. */
export function meanChangeCi(pairs: readonly BeforeAfter[], options: BootstrapOptions = {}): MeanChangeResult {
  assertNonEmpty(pairs, "pairs");
  pairs.forEach((pair, index) => {
    if (!Number.isFinite(pair.before) || !Number.isFinite(pair.after)) {
      throw new StatsInputError(`pairs[${index}] needs finite before and after values`);
    }
  });
  const changes = pairs.map((pair) => pair.after - pair.before);
  const interval = bootstrapMeanCi(changes, options);
  return {
    n: pairs.length,
    mean_before: mean(pairs.map((pair) => pair.before)),
    mean_after: mean(pairs.map((pair) => pair.after)),
    mean_change: interval.estimate,
    ci95: { lower: interval.lower, upper: interval.upper, level: interval.level },
    resamples: interval.resamples,
    seed: interval.seed,
    underpowered: underpowered(pairs.length),
    method: `mean paired change (after − before) with ${interval.method}`,
  };
}
