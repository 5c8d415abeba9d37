import { describe, expect, it } from "vitest";
import { bootstrapMeanCiFromCounts } from "../src/stats/bootstrap.ts";
import { createRandom } from "../src/stats/random.ts";
import { resampleSumDistribution, resampleSumSampler } from "../src/stats/resample-sum.ts";

/** P(sum of n draws = s) by plain repeated convolution: the definition, slow and exact up to rounding. */
function convolvedSums(distinct: number[], counts: number[], n: number): Map<number, number> {
  const total = counts.reduce((sum, count) => sum + count, 0);
  let sums = new Map<number, number>([[0, 1]]);
  for (let draw = 0; draw < n; draw++) {
    const next = new Map<number, number>();
    for (const [sum, probability] of sums) {
      distinct.forEach((value, k) => {
        next.set(sum + value, (next.get(sum + value) ?? 0) + (probability * (counts[k] as number)) / total);
      });
    }
    sums = next;
  }
  return sums;
}

describe("the distribution of a resample's sum", () => {
  const cases: [string, number[], number[]][] = [
    ["two values", [0, 1], [3, 7]],
    ["Likert levels", [1, 2, 3, 4, 5], [10, 30, 50, 60, 50]],
    ["a skewed Likert group", [1, 2, 3, 4, 5], [1, 2, 9, 40, 148]],
    ["values with gaps (a common step of 2)", [1, 3, 5], [4, 5, 11]],
    ["negative changes", [-6, -1, 0, 2, 7], [3, 9, 20, 6, 2]],
  ];
  for (const [name, distinct, counts] of cases) {
    it(`matches repeated convolution for ${name}`, () => {
      const n = counts.reduce((sum, count) => sum + count, 0);
      const exact = convolvedSums(distinct, counts, n);
      const found = resampleSumDistribution(distinct, counts);
      if (!found) throw new Error("expected a distribution for integer values");
      let inWindow = 0;
      let worst = 0;
      found.probabilities.forEach((probability, index) => {
        const sum = found.low * n + found.step * (found.from + index);
        const want = exact.get(sum) ?? 0;
        inWindow += want;
        worst = Math.max(worst, Math.abs(probability - want));
      });
      expect(worst).toBeLessThan(1e-13);
      // The window leaves out (almost) nothing: at most 2⁻⁶⁰ by construction.
      expect(1 - inWindow).toBeLessThan(1e-12);
      expect(found.probabilities.reduce((sum, probability) => sum + probability, 0)).toBeCloseTo(1, 12);
    });
  }

  it("is not offered for values that are not integers", () => {
    expect(resampleSumDistribution([0.5, 1.5], [3, 4])).toBeUndefined();
    expect(resampleSumSampler([0.5, 1.5], [3, 4], 1000)).toBeUndefined();
  });

  it("draws sums that follow that distribution (chi-square against it)", () => {
    const distinct = [1, 2, 3, 4, 5];
    const counts = [8, 20, 31, 25, 16];
    const sampler = resampleSumSampler(distinct, counts, 1000);
    const found = resampleSumDistribution(distinct, counts);
    if (!sampler || !found) throw new Error("expected the FFT route for 100 ratings");
    const random = createRandom(4);
    const draws = 40_000;
    const histogram = new Map<number, number>();
    for (let i = 0; i < draws; i++) {
      const sum = sampler.draw(random);
      histogram.set(sum, (histogram.get(sum) ?? 0) + 1);
    }
    // Pool neighbouring sums until each bin expects at least 5 draws.
    let statistic = 0;
    let bins = 0;
    let observed = 0;
    let expected = 0;
    found.probabilities.forEach((probability, index) => {
      observed += histogram.get(found.low * 100 + found.from + index) ?? 0;
      expected += probability * draws;
      if (expected >= 5) {
        statistic += (observed - expected) ** 2 / expected;
        bins++;
        observed = 0;
        expected = 0;
      }
    });
    expect(bins).toBeGreaterThan(30);
    // The 0.999 quantile of chi-square with ~bins degrees of freedom is below bins + 4·√(2·bins) + 10.
    expect(statistic).toBeLessThan(bins + 4 * Math.sqrt(2 * bins) + 10);
  });
});

describe("bootstrap CI of the mean from counts", () => {
  it("takes the FFT route for a few hundred ratings and the multinomial route for a million", () => {
    const small = bootstrapMeanCiFromCounts([1, 2, 3, 4, 5], [10, 30, 50, 60, 50], { seed: 3 });
    expect(small.method).toMatch(/FFT/);
    const large = bootstrapMeanCiFromCounts([1, 2, 3, 4, 5], [60_000, 180_000, 300_000, 280_000, 180_000], { seed: 3 });
    expect(large.method).toMatch(/multinomial counts/);
  });

  it("gives the same interval by either route, within Monte Carlo error", () => {
    // Integer values take the FFT route; the same values scaled by 1 + 2⁻³⁰ are not integers and take
    // the multinomial route. The two bootstrap distributions are the same up to that scale.
    const counts = [12, 25, 40, 70, 53];
    const scale = 1 + 2 ** -30;
    const resamples = 40_000;
    const byFft = bootstrapMeanCiFromCounts([1, 2, 3, 4, 5], counts, { seed: 1, resamples });
    const byMultinomial = bootstrapMeanCiFromCounts(
      [1, 2, 3, 4, 5].map((value) => value * scale),
      counts,
      { seed: 2, resamples },
    );
    expect(byFft.method).toMatch(/FFT/);
    expect(byMultinomial.method).toMatch(/multinomial counts/);
    // Standard error of the mean here is about 0.08; the 2.5 % and 97.5 % points agree to well within 0.01.
    expect(Math.abs(byFft.lower - byMultinomial.lower)).toBeLessThan(0.01);
    expect(Math.abs(byFft.upper - byMultinomial.upper)).toBeLessThan(0.01);
    expect(byFft.estimate).toBeCloseTo(byMultinomial.estimate, 6);
  });

  it("is reproducible for a seed", () => {
    const counts = [3, 14, 22, 9, 2];
    expect(bootstrapMeanCiFromCounts([1, 2, 3, 4, 5], counts, { seed: 9 })).toEqual(bootstrapMeanCiFromCounts([1, 2, 3, 4, 5], counts, { seed: 9 }));
  });
});
