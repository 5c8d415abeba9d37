import type { Experiment, ExperimentArm } from "../profiles/schema.ts";

/** Each arm's share of the experiment's total weight, in the profile's order. */
export function armShares(experiment: Pick<Experiment, "arms">): number[] {
  const total = experiment.arms.reduce((sum, arm) => sum + arm.weight, 0);
  return experiment.arms.map((arm) => arm.weight / total);
}

/**
 * Pure: the arm whose slice of [0, 1) holds `bucket`, the slices laid out by weight in the profile's
 * order. A uniform bucket gives each arm its share of people; the same bucket always the same arm.
 */
export function pickArm(experiment: Pick<Experiment, "arms">, bucket: number): { arm: ExperimentArm; share: number } {
  if (!(bucket >= 0 && bucket < 1)) throw new RangeError(`bucket must lie in [0, 1), got ${bucket}`);
  const shares = armShares(experiment);
  let upper = 0;
  for (const [index, arm] of experiment.arms.entries()) {
    upper += shares[index] as number;
    if (bucket < upper) return { arm, share: shares[index] as number };
  }
  // Rounding can leave the last slice a hair short of 1.
  const last = experiment.arms.length - 1;
  return { arm: experiment.arms[last] as ExperimentArm, share: shares[last] as number };
}
