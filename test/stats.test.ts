import { describe, expect, it } from "vitest";
import { sampleBinomial, sampleMultinomial } from "../src/stats/binomial.ts";
import { percentileInterval } from "../src/stats/bootstrap.ts";
import { quantileSorted } from "../src/stats/descriptive.ts";
import { exactUCounts } from "../src/stats/mann-whitney.ts";
import { rankWithTies } from "../src/stats/ranks.ts";
import { logGamma, normalCdf, regularizedGammaP, regularizedGammaQ } from "../src/stats/special.ts";
import {
  MIN_N_PER_GROUP_LIKERT5,
  StatsInputError,
  bootstrapCi,
  bootstrapMeanCi,
  bradleyTerry,
  chiSquareSurvival,
  createRandom,
  describeLikert,
  describeLikertCounts,
  kruskalWallis,
  mannWhitneyU,
  meanChangeCi,
  normalQuantile,
  normalSurvival,
  underpowered,
  whiteheadSampleSizePerGroup,
  type PairwiseComparison,
} from "../src/stats/index.ts";

// Reference numbers marked "scipy" were computed offline with SciPy 1.17.1 (scipy.stats and
// scipy.special, calls named next to each) and pasted here; the tests never run Python.

/** Ratings 1..k from counts per level, e.g. [5, 10] → five 1s then ten 2s. */
function expand(countsPerLevel: readonly number[]): number[] {
  return countsPerLevel.flatMap((count, index) => new Array<number>(count).fill(index + 1));
}

const GROUP_A = expand([5, 10, 20, 35, 30]);
const GROUP_B = expand([10, 15, 25, 30, 20]);
const GROUP_C = expand([2, 3, 10, 5, 4]);

const sampleMean = (sample: Float64Array): number => sample.reduce((sum, value) => sum + value, 0) / sample.length;

/** Chi-square goodness-of-fit p-value of observed counts against expected counts. */
function goodnessOfFitP(observed: readonly number[], expected: readonly number[]): number {
  let statistic = 0;
  observed.forEach((count, index) => {
    const e = expected[index] as number;
    statistic += ((count - e) * (count - e)) / e;
  });
  return chiSquareSurvival(statistic, observed.length - 1);
}

function binomialPmf(k: number, n: number, p: number): number {
  return Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p));
}

describe("special functions", () => {
  it("matches scipy.special.gammaln", () => {
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247, 12);
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(3.7)).toBeCloseTo(1.428072326665388, 12);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
  });

  it("matches scipy.special.gammaincc / gammainc on both sides of the series/fraction switch", () => {
    const cases: [number, number, number][] = [
      [0.5, 0.1, 0.6547208460185768],
      [0.5, 3, 0.014305878435429641],
      [1, 2, 0.1353352832366127],
      [2.5, 10, 0.0012497305630313773],
      [10, 3, 0.9988975118698845],
      [50, 60, 0.08440668109369177],
    ];
    for (const [a, x, upper] of cases) {
      expect(regularizedGammaQ(a, x)).toBeCloseTo(upper, 12);
      expect(regularizedGammaP(a, x)).toBeCloseTo(1 - upper, 12);
    }
    // Far tail keeps relative precision (scipy: gammaincc(0.5, 200) = 5.507248237212379e-89).
    expect(regularizedGammaQ(0.5, 200) / 5.507248237212379e-89).toBeCloseTo(1, 10);
  });

  it("gives normal and chi-square tails that match scipy.stats.norm.sf / chi2.sf", () => {
    expect(normalSurvival(0)).toBe(0.5);
    expect(normalSurvival(1.959963984540054)).toBeCloseTo(0.025, 14);
    expect(normalSurvival(3)).toBeCloseTo(0.0013498980316300933, 14);
    expect(normalSurvival(-2)).toBeCloseTo(0.9772498680518208, 14);
    expect(normalSurvival(8) / 6.22096057427174e-16).toBeCloseTo(1, 10);
    expect(normalSurvival(20) / 2.7536241186061556e-89).toBeCloseTo(1, 10);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316300933, 14);
    expect(chiSquareSurvival(3.84, 1)).toBeCloseTo(0.05004352124870519, 13);
    expect(chiSquareSurvival(10, 4)).toBeCloseTo(0.04042768199451279, 13);
    expect(chiSquareSurvival(0.5, 2)).toBeCloseTo(0.7788007830714049, 13);
    expect(chiSquareSurvival(100, 3) / 1.5541594313896026e-21).toBeCloseTo(1, 10);
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });

  it("inverts the normal CDF like scipy.stats.norm.ppf", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("seeded random numbers", () => {
  it("repeats the same sequence for the same seed and differs between seeds", () => {
    const first = createRandom(42);
    const second = createRandom(42);
    const other = createRandom(43);
    const a = Array.from({ length: 5 }, () => first.next());
    const b = Array.from({ length: 5 }, () => second.next());
    const c = Array.from({ length: 5 }, () => other.next());
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("is uniform on [0, 1): ten equal bins pass a chi-square test", () => {
    const random = createRandom(1);
    const bins = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 50_000; i++) {
      const u = random.next();
      if (!(u >= 0 && u < 1)) outside++;
      const bin = Math.floor(u * 10);
      bins[bin] = (bins[bin] as number) + 1;
    }
    expect(outside).toBe(0);
    expect(goodnessOfFitP(bins, new Array<number>(10).fill(5000))).toBeGreaterThan(0.001);
  });

  it("rejects seeds that are not 32-bit unsigned integers", () => {
    expect(() => createRandom(-1)).toThrow(StatsInputError);
    expect(() => createRandom(1.5)).toThrow(StatsInputError);
    expect(() => createRandom(2 ** 32)).toThrow(StatsInputError);
  });
});

describe("binomial and multinomial variates", () => {
  // Each case draws 20,000 variates at a fixed seed and compares the histogram with the exact pmf;
  // bins with expected count below 5 are pooled into the nearest tail bin.
  const cases: [string, number, number][] = [
    ["inversion (n·p <= 30)", 40, 0.2],
    ["BTPE (n·p > 30)", 200, 0.4],
    ["BTPE on the flipped side (p > 0.5)", 300, 0.85],
  ];
  for (const [path, n, p] of cases) {
    it(`follows Binomial(${n}, ${p}) by ${path}`, () => {
      const draws = 20_000;
      const random = createRandom(7);
      const histogram = new Array<number>(n + 1).fill(0);
      let invalid = 0;
      for (let i = 0; i < draws; i++) {
        const k = sampleBinomial(random, n, p);
        if (Number.isInteger(k) && k >= 0 && k <= n) histogram[k] = (histogram[k] as number) + 1;
        else invalid++;
      }
      expect(invalid).toBe(0);
      const observed: number[] = [];
      const expected: number[] = [];
      let pendingObserved = 0;
      let pendingExpected = 0;
      for (let k = 0; k <= n; k++) {
        pendingObserved += histogram[k] as number;
        pendingExpected += draws * binomialPmf(k, n, p);
        if (pendingExpected >= 5) {
          observed.push(pendingObserved);
          expected.push(pendingExpected);
          pendingObserved = 0;
          pendingExpected = 0;
        }
      }
      observed[observed.length - 1] = (observed.at(-1) as number) + pendingObserved;
      expected[expected.length - 1] = (expected.at(-1) as number) + pendingExpected;
      expect(observed.length).toBeGreaterThan(8);
      expect(goodnessOfFitP(observed, expected)).toBeGreaterThan(0.001);
    });
  }

  it("handles the degenerate edges", () => {
    const random = createRandom(3);
    expect(sampleBinomial(random, 0, 0.5)).toBe(0);
    expect(sampleBinomial(random, 10, 0)).toBe(0);
    expect(sampleBinomial(random, 10, 1)).toBe(10);
  });

  it("draws multinomial counts that sum to n and average n·p", () => {
    const random = createRandom(11);
    const probabilities = [0.05, 0.1, 0.2, 0.35, 0.3];
    const counts = new Float64Array(5);
    const totals = new Float64Array(5);
    const rounds = 2000;
    for (let round = 0; round < rounds; round++) {
      sampleMultinomial(random, 1000, probabilities, counts);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1000);
      counts.forEach((count, k) => {
        totals[k] = (totals[k] as number) + count;
      });
    }
    probabilities.forEach((p, k) => {
      const average = (totals[k] as number) / rounds;
      const standardError = Math.sqrt((1000 * p * (1 - p)) / rounds);
      expect(Math.abs(average - 1000 * p)).toBeLessThan(4 * standardError);
    });
  });
});

describe("ranks", () => {
  it("gives tied values the mean of their ranks and sums Σ(t³ − t)", () => {
    const { ranks, tieTerm, hasTies } = rankWithTies([20, 10, 30, 20, 20]);
    expect([...ranks]).toEqual([3, 1, 5, 3, 3]);
    expect(tieTerm).toBe(24); // one group of 3: 27 − 3
    expect(hasTies).toBe(true);
    expect(rankWithTies([3, 1, 2]).hasTies).toBe(false);
  });
});

describe("bootstrapCi and bootstrapMeanCi", () => {
  it("selects the same percentile interval as sorting, ties and odd sizes included", () => {
    const random = createRandom(11);
    for (const [size, distinct] of [
      [1, 1],
      [2, 2],
      [7, 3],
      [1000, 5],
      [1000, 1_000_000],
      [999, 40],
      [2000, 1],
    ] as const) {
      for (const level of [0.95, 0.9, 0.5]) {
        const values = Float64Array.from({ length: size }, () => random.int(distinct) / 7);
        const sorted = Float64Array.from(values).sort();
        const tail = (1 - level) / 2;
        expect(percentileInterval(values, level)).toEqual({
          lower: quantileSorted(sorted, tail),
          upper: quantileSorted(sorted, 1 - tail),
          level,
        });
      }
    }
  });

  it("is reproducible for a seed and changes with the seed", () => {
    const values = [1, 4, 2, 5, 3, 3, 4, 2, 5, 5, 1, 4];
    const first = bootstrapCi(values, sampleMean, { seed: 5, resamples: 500 });
    expect(bootstrapCi(values, sampleMean, { seed: 5, resamples: 500 })).toEqual(first);
    expect(bootstrapCi(values, sampleMean, { seed: 6, resamples: 500 })).not.toEqual(first);
    expect(bootstrapMeanCi(values, { seed: 5 })).toEqual(bootstrapMeanCi(values, { seed: 5 }));
    expect(first.method).toContain("seed=5");
  });

  it("resamples the mean by multinomial counts with the same distribution as resampling values", () => {
    const values = expand([3, 8, 10, 6, 2, 9, 12]);
    const direct = bootstrapCi(values, sampleMean, { seed: 1, resamples: 20_000 });
    const byCounts = bootstrapMeanCi(values, { seed: 2, resamples: 20_000 });
    expect(byCounts.estimate).toBe(direct.estimate);
    expect(Math.abs(byCounts.lower - direct.lower)).toBeLessThan(0.05);
    expect(Math.abs(byCounts.upper - direct.upper)).toBeLessThan(0.05);
  });

  it("agrees with the normal-theory interval of the mean on a sample of 100", () => {
    const ci = bootstrapMeanCi(GROUP_A, { seed: 3 });
    const mean = 3.75;
    const sd = Math.sqrt(GROUP_A.reduce((sum, v) => sum + (v - mean) ** 2, 0) / GROUP_A.length);
    const halfWidth = (1.959963984540054 * sd) / Math.sqrt(GROUP_A.length);
    expect(ci.estimate).toBe(mean);
    expect(ci.lower).toBeCloseTo(mean - halfWidth, 1);
    expect(ci.upper).toBeCloseTo(mean + halfWidth, 1);
    expect(ci.level).toBe(0.95);
  });

  it("falls back to resampling values when most values are distinct", () => {
    const continuous = [0.31, 1.7, 2.2, 2.9, 3.05, 4.4, 5.1, 6.25];
    expect(bootstrapMeanCi(continuous, { seed: 2 })).toMatchObject({
      lower: bootstrapCi(continuous, sampleMean, { seed: 2 }).lower,
      upper: bootstrapCi(continuous, sampleMean, { seed: 2 }).upper,
    });
  });

  it("gives a zero-width interval for a single value", () => {
    const ci = bootstrapCi([4], sampleMean);
    expect([ci.estimate, ci.lower, ci.upper]).toEqual([4, 4, 4]);
  });

  it("honours the level: a 50 % interval lies inside the 95 % one", () => {
    const wide = bootstrapMeanCi(GROUP_B, { seed: 9, level: 0.95 });
    const narrow = bootstrapMeanCi(GROUP_B, { seed: 9, level: 0.5 });
    expect(narrow.lower).toBeGreaterThan(wide.lower);
    expect(narrow.upper).toBeLessThan(wide.upper);
  });

  it("rejects empty or non-finite data and bad options with a clear error", () => {
    expect(() => bootstrapCi([], sampleMean)).toThrow(/values is empty/);
    expect(() => bootstrapMeanCi([1, Number.NaN])).toThrow(/values\[1\] must be a finite number/);
    expect(() => bootstrapMeanCi([1, 2], { resamples: 0 })).toThrow(StatsInputError);
    expect(() => bootstrapMeanCi([1, 2], { level: 1 })).toThrow(StatsInputError);
    expect(() => bootstrapCi([1, 2], () => Number.NaN)).toThrow(/non-finite/);
  });
});

describe("describeLikert", () => {
  it("reports n, mean, median and the full distribution (hand-computed)", () => {
    const summary = describeLikert(GROUP_A);
    expect(summary.n).toBe(100);
    expect(summary.mean).toBe(3.75); // (5·1 + 10·2 + 20·3 + 35·4 + 30·5) / 100
    expect(summary.median).toBe(4);
    expect(summary.distribution).toEqual([
      { level: 1, count: 5, proportion: 0.05 },
      { level: 2, count: 10, proportion: 0.1 },
      { level: 3, count: 20, proportion: 0.2 },
      { level: 4, count: 35, proportion: 0.35 },
      { level: 5, count: 30, proportion: 0.3 },
    ]);
    expect(summary.ci95.lower).toBeLessThan(3.75);
    expect(summary.ci95.upper).toBeGreaterThan(3.75);
    expect(summary.resamples).toBe(2000);
    expect(summary.underpowered).toBe(false);
    expect(summary.method).toMatch(/percentile bootstrap \(B=2000/);
    expect(describeLikert(GROUP_A)).toEqual(summary);
  });

  it("lists empty levels, takes the mid-point median for even n, and flags small groups", () => {
    const summary = describeLikert([2, 3, 3, 5]);
    expect(summary.median).toBe(3);
    expect(describeLikert([2, 3]).median).toBe(2.5);
    expect(summary.distribution.map((share) => share.count)).toEqual([0, 1, 2, 0, 1]);
    expect(summary.underpowered).toBe(true);
  });

  it("handles n = 1 with a zero-width interval", () => {
    const summary = describeLikert([4]);
    expect([summary.n, summary.mean, summary.median]).toEqual([1, 4, 4]);
    expect([summary.ci95.lower, summary.ci95.upper]).toEqual([4, 4]);
  });

  it("supports other scales and rejects ratings off the scale", () => {
    expect(describeLikert([7, 1], 7).distribution).toHaveLength(7);
    expect(() => describeLikert([])).toThrow(/values is empty/);
    expect(() => describeLikert([1, 6])).toThrow(/values\[1\] must be an integer rating in 1..5/);
    expect(() => describeLikert([0])).toThrow(StatsInputError);
    expect(() => describeLikert([2.5])).toThrow(StatsInputError);
    expect(() => describeLikert([1], 1)).toThrow(/levels/);
  });
});

describe("mannWhitneyU", () => {
  it("matches scipy on 5-point ratings with many ties (100 vs 100)", () => {
    // scipy.stats.mannwhitneyu(A, B, method="asymptotic", use_continuity=True)
    //   → statistic 5925.0, pvalue 0.01957038834738192; |z| = norm.isf(p / 2) = 2.334484087060471
    const result = mannWhitneyU(GROUP_A, GROUP_B);
    expect(result.U).toBe(5925);
    expect(result.U_b).toBe(10_000 - 5925);
    expect(result.p).toBeCloseTo(0.01957038834738192, 12);
    expect(result.z).toBeCloseTo(2.334484087060471, 10);
    expect(result.rank_biserial).toBeCloseTo(0.185, 12); // 2·5925/10000 − 1
    expect(result.probability_a_greater).toBeCloseTo(0.5925, 12);
    expect([result.n_a, result.n_b, result.median_a, result.median_b]).toEqual([100, 100, 4, 3.5]);
    expect(result.underpowered).toBe(false);
    expect(result.method).toMatch(/^mann-whitney-u, two-sided, tie-corrected, normal approximation with continuity correction/);
  });

  it("matches scipy on a small tied sample and is antisymmetric in a and b", () => {
    // scipy: mannwhitneyu([1,2,2,3,3,3,4,4,5], [2,3,3,4,4,4,5,5,5,5], method="asymptotic")
    //   → statistic 24.0, pvalue 0.0849105923101523; |z| = 1.722877984706368
    const a = [1, 2, 2, 3, 3, 3, 4, 4, 5];
    const b = [2, 3, 3, 4, 4, 4, 5, 5, 5, 5];
    const forward = mannWhitneyU(a, b);
    const backward = mannWhitneyU(b, a);
    expect(forward.U).toBe(24);
    expect(forward.p).toBeCloseTo(0.0849105923101523, 12);
    expect(forward.z).toBeCloseTo(-1.722877984706368, 10);
    expect(backward.p).toBeCloseTo(forward.p, 14);
    expect(backward.z).toBeCloseTo(-forward.z, 14);
    expect(backward.rank_biserial).toBeCloseTo(-forward.rank_biserial, 14);
    expect(forward.underpowered).toBe(true);
  });

  it("uses the exact distribution for small samples without ties, as scipy's default does", () => {
    // Hand: U_a = 2; of the C(7,3) = 35 arrangements, 4 have U <= 2, so p = 2·4/35 = 8/35.
    // scipy.stats.mannwhitneyu([1.1, 2.3, 3.5], [2.0, 4.2, 5.1, 6.3]) → pvalue 0.22857142857142856.
    const small = mannWhitneyU([1.1, 2.3, 3.5], [2.0, 4.2, 5.1, 6.3]);
    expect(small.U).toBe(2);
    expect(small.p).toBeCloseTo(8 / 35, 14);
    expect(small.method).toMatch(/exact null distribution/);
    // scipy, 5 vs 20 values, default (exact) → 0.4076039902126858; method="asymptotic" → 0.39576568734555595
    const a = [0.5, 3.5, 7.5, 12.5, 15.5];
    const b = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(mannWhitneyU(a, b).p).toBeCloseTo(0.4076039902126858, 12);
    expect(mannWhitneyU(a, b, { pMethod: "asymptotic" }).p).toBeCloseTo(0.39576568734555595, 12);
  });

  it("counts the null distribution of U by hand for 2 vs 2 and gives p = 1/3 for complete separation", () => {
    // Six arrangements of {a,a,b,b}: U = 0,1,2,2,3,4.
    expect(exactUCounts(2, 2)).toEqual([1n, 1n, 2n, 1n, 1n]);
    const separated = mannWhitneyU([1, 2], [3, 4]);
    expect(separated.U).toBe(0);
    expect(separated.p).toBeCloseTo(1 / 3, 14);
    expect(separated.rank_biserial).toBe(-1);
  });

  it("handles n = 1, equal groups and all-tied data without NaN", () => {
    expect(mannWhitneyU([1], [2]).p).toBe(1); // scipy: 1.0 (exact and asymptotic)
    const equal = mannWhitneyU([1, 2, 3, 4], [1, 2, 3, 4]);
    expect([equal.rank_biserial, equal.z, equal.p]).toEqual([0, 0, 1]);
    const allTied = mannWhitneyU([3, 3], [3, 3]);
    expect([allTied.U, allTied.z, allTied.p]).toEqual([2, 0, 1]); // scipy: statistic 2.0, pvalue 1.0
  });

  it("rejects empty samples, non-finite values and an exact request with ties", () => {
    expect(() => mannWhitneyU([], [1])).toThrow(/sample a is empty/);
    expect(() => mannWhitneyU([1], [])).toThrow(/sample b is empty/);
    expect(() => mannWhitneyU([1, Number.POSITIVE_INFINITY], [1])).toThrow(StatsInputError);
    expect(() => mannWhitneyU([1, 2], [2, 3], { pMethod: "exact" })).toThrow(/assumes no ties/);
  });
});

describe("kruskalWallis", () => {
  it("matches scipy.stats.kruskal on three groups of 5-point ratings", () => {
    // scipy.stats.kruskal(A, B, C) → statistic 7.3167236091987835, pvalue 0.025774702158185694
    const result = kruskalWallis([GROUP_A, GROUP_B, GROUP_C]);
    expect(result.H).toBeCloseTo(7.3167236091987835, 10);
    expect(result.p).toBeCloseTo(0.025774702158185694, 12);
    expect(result.df).toBe(2);
    expect(result.n).toBe(224);
    expect(result.epsilon_squared).toBeCloseTo(7.3167236091987835 / 223, 12);
    expect(result.groups.map((group) => [group.n, group.median, group.underpowered])).toEqual([
      [100, 4, false],
      [100, 3.5, false],
      [24, 3, true],
    ]);
    expect(result.underpowered).toBe(true);
    expect(result.method).toMatch(/^kruskal-wallis H, tie-corrected/);
  });

  it("matches scipy on a small tied example and on two groups", () => {
    // scipy.stats.kruskal([1,2,2,3], [3,4,4,5], [1,1,2,5,5]) → 3.183428571428572, 0.20357632444588447
    const small = kruskalWallis([
      [1, 2, 2, 3],
      [3, 4, 4, 5],
      [1, 1, 2, 5, 5],
    ]);
    expect(small.H).toBeCloseTo(3.183428571428572, 12);
    expect(small.p).toBeCloseTo(0.20357632444588447, 12);
    // scipy.stats.kruskal(A, B) → 5.455712426153976, 0.01950444946468925
    const two = kruskalWallis([GROUP_A, GROUP_B]);
    expect(two.H).toBeCloseTo(5.455712426153976, 10);
    expect(two.p).toBeCloseTo(0.01950444946468925, 12);
  });

  it("handles groups of one, equal groups and all-tied data", () => {
    // Hand: ranks 1, 2, 3 → H = 12/(3·4)·(1 + 4 + 9) − 3·4 = 2; p = exp(−1) (chi-square, 2 df).
    const singletons = kruskalWallis([[1], [2], [3]]);
    expect(singletons.H).toBeCloseTo(2, 14);
    expect(singletons.p).toBeCloseTo(Math.exp(-1), 14);
    const equal = kruskalWallis([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect([equal.H, equal.p]).toEqual([0, 1]);
    const tied = kruskalWallis([
      [4, 4],
      [4, 4, 4],
    ]);
    expect([tied.H, tied.p]).toEqual([0, 1]);
  });

  it("rejects fewer than two groups and empty groups", () => {
    expect(() => kruskalWallis([[1, 2]])).toThrow(/at least 2 groups/);
    expect(() => kruskalWallis([[1], []])).toThrow(/group 1 is empty/);
  });
});

describe("bradleyTerry", () => {
  function fromTable(table: [string, string, number, number, number][]): PairwiseComparison[] {
    const comparisons: PairwiseComparison[] = [];
    for (const [a, b, winsA, winsB, ties] of table) {
      for (let i = 0; i < winsA; i++) comparisons.push({ a, b, winner: "a" });
      // Half of b's wins are recorded with the sides swapped, to exercise both orientations.
      for (let i = 0; i < winsB; i++) {
        comparisons.push(i % 2 === 0 ? { a, b, winner: "b" } : { a: b, b: a, winner: "a" });
      }
      for (let i = 0; i < ties; i++) comparisons.push({ a, b, winner: "tie" });
    }
    return comparisons;
  }

  // (a, b, wins of a, wins of b, ties); yo-ng never wins.
  const TABLE: [string, string, number, number, number][] = [
    ["ar-eg", "en-us", 12, 8, 4],
    ["ar-eg", "sw-ke", 9, 9, 2],
    ["en-us", "sw-ke", 5, 11, 3],
    ["ar-eg", "yo-ng", 6, 0, 1],
    ["sw-ke", "yo-ng", 4, 0, 0],
  ];

  it("recovers the hand-computed maximum-likelihood strengths for two items", () => {
    // x beats y 30 times out of 40: s_x / s_y = 30/10, so scores ±ln(3)/2 and elo 1000 ± 95.42.
    const result = bradleyTerry(fromTable([["x", "y", 30, 10, 0]]), { priorTies: 0, resamples: 200 });
    const [x, y] = result.items;
    expect(x?.item).toBe("x");
    expect(x?.score).toBeCloseTo(Math.log(3) / 2, 8);
    expect(y?.score).toBeCloseTo(-Math.log(3) / 2, 8);
    expect(x?.elo).toBeCloseTo(1095.4242509439325, 5); // 1000 + 400·log10(3)/2
    expect(result.converged).toBe(true);
  });

  it("matches an independent penalised maximum-likelihood fit (scipy.optimize BFGS)", () => {
    // Offline: minimise −[Σ (wins + ties/2) log σ(θ_i − θ_j) + priorTies·Σ_i (½ log σ(θ_i) + ½ log σ(−θ_i))]
    // with scipy.optimize.minimize(method="BFGS"), then centre θ to mean 0.
    const expected: Record<number, Record<string, number>> = {
      1: { "ar-eg": 0.6827771784663226, "en-us": 0.2568478242113859, "sw-ke": 0.8016540913816403, "yo-ng": -1.7412790940593488 },
      0.5: { "ar-eg": 0.7393140256049304, "en-us": 0.31695540041101866, "sw-ke": 0.8624413005721235, "yo-ng": -1.9187107265880725 },
    };
    for (const [priorTies, scores] of Object.entries(expected)) {
      const result = bradleyTerry(fromTable(TABLE), { priorTies: Number(priorTies), resamples: 50 });
      for (const item of result.items) {
        expect(item.score).toBeCloseTo(scores[item.item] as number, 6);
      }
      expect(result.items.map((item) => item.item)).toEqual(["sw-ke", "ar-eg", "en-us", "yo-ng"]);
      // Plain MM needs about 1,500 steps here; the exact common-scale step brings it to a few dozen.
      expect(result.iterations).toBeLessThan(200);
    }
  });

  it("keeps an item with no wins finite and reports records, Elo and bootstrap CIs", () => {
    const result = bradleyTerry(fromTable(TABLE), { seed: 4 });
    expect(result.n_comparisons).toBe(74);
    expect(result.resamples).toBe(1000);
    const yo = result.items.find((item) => item.item === "yo-ng");
    expect(yo).toMatchObject({ wins: 0, losses: 10, ties: 1, comparisons: 11 });
    for (const item of result.items) {
      for (const value of [item.score, item.ci95.lower, item.ci95.upper, item.elo]) expect(Number.isFinite(value)).toBe(true);
      expect(item.ci95.lower).toBeLessThan(item.score);
      expect(item.ci95.upper).toBeGreaterThan(item.score);
      expect(item.elo).toBeCloseTo(1000 + (400 * item.score) / Math.LN10, 10);
      expect(item.elo_ci95.lower).toBeCloseTo(1000 + (400 * item.ci95.lower) / Math.LN10, 10);
    }
    expect(result.items.reduce((sum, item) => sum + item.score, 0)).toBeCloseTo(0, 12);
    expect(result.method).toMatch(/MM algorithm \(Hunter 2004\), ties counted as half a win/);
    expect(result.converged).toBe(true);
    expect(bradleyTerry(fromTable(TABLE), { seed: 4 })).toEqual(result);
    expect(bradleyTerry(fromTable(TABLE), { seed: 5 }).items[0]?.ci95).not.toEqual(result.items[0]?.ci95);
  });

  it("scores ties-only data and disconnected pairs evenly", () => {
    const ties = bradleyTerry(fromTable([["x", "y", 0, 0, 5]]), { resamples: 100 });
    for (const item of ties.items) expect(item.score).toBeCloseTo(0, 10);
    const disconnected = bradleyTerry(
      fromTable([
        ["p", "q", 3, 1, 0],
        ["u", "v", 3, 1, 0],
      ]),
      { resamples: 100 },
    );
    const score = (name: string): number => disconnected.items.find((item) => item.item === name)?.score as number;
    expect(score("p")).toBeCloseTo(score("u"), 10);
    expect(score("q")).toBeCloseTo(score("v"), 10);
    expect(score("p")).toBeGreaterThan(score("q"));
  });

  it("with priorTies 0, leaves out resamples without a finite estimate and counts them", () => {
    // x beats y 3 times in 4: a resample of 4 comparisons where one side never wins, chance 0.75^4 + 0.25^4 ≈ 0.32,
    // has no maximum-likelihood estimate; the full data do.
    const result = bradleyTerry(fromTable([["x", "y", 3, 1, 0]]), { priorTies: 0, resamples: 1000, seed: 7 });
    expect(result.dropped_resamples).toBeGreaterThan(250);
    expect(result.dropped_resamples).toBeLessThan(400);
    expect(result.method).toContain(`${result.dropped_resamples} resample(s) without a finite estimate`);
    const [x, y] = result.items;
    expect(x?.score).toBeCloseTo(Math.log(3) / 2, 8);
    for (const item of result.items) {
      for (const value of [item.ci95.lower, item.ci95.upper, item.elo_ci95.lower, item.elo_ci95.upper]) expect(Number.isFinite(value)).toBe(true);
    }
    expect(y?.ci95.lower).toBeLessThanOrEqual(y?.score as number);
    expect(bradleyTerry(fromTable([["x", "y", 3, 1, 0]]), { priorTies: 0, resamples: 1000, seed: 7 })).toEqual(result);
    // The regularised default never drops one.
    expect(bradleyTerry(fromTable([["x", "y", 3, 1, 0]]), { resamples: 200 }).dropped_resamples).toBe(0);
  });

  it("refuses input it cannot fit, with clear errors", () => {
    expect(() => bradleyTerry([])).toThrow(/comparisons is empty/);
    expect(() => bradleyTerry([{ a: "x", b: "x", winner: "a" }])).toThrow(/with itself/);
    expect(() => bradleyTerry([{ a: "x", b: "y", winner: "c" as "a" }])).toThrow(/winner/);
    // Without regularisation an item that never wins (not even a tie) has no finite maximum-likelihood strength.
    expect(() => bradleyTerry(fromTable([["x", "y", 3, 0, 0]]), { priorTies: 0, resamples: 10 })).toThrow(/for the data.*priorTies > 0/);
    // yo-ng has one tie, so the data have an estimate; resamples that lose that tie are dropped, not fatal.
    expect(bradleyTerry(fromTable(TABLE), { priorTies: 0, resamples: 200 }).dropped_resamples).toBeGreaterThan(0);
  });
});

describe("meanChangeCi", () => {
  it("computes the mean change and the bootstrap interval of a hand-worked example", () => {
    // Changes −3, 0, −5: mean −8/3. Each extreme resample mean (−5 or 0) has probability 1/27 > 2.5 %,
    // so the 95 % percentile interval is [−5, 0].
    const result = meanChangeCi([
      { before: 7, after: 4 },
      { before: 6, after: 6 },
      { before: 8, after: 3 },
    ]);
    expect(result.n).toBe(3);
    expect(result.mean_before).toBe(7);
    expect(result.mean_after).toBeCloseTo(13 / 3, 14);
    expect(result.mean_change).toBeCloseTo(-8 / 3, 14);
    expect([result.ci95.lower, result.ci95.upper]).toEqual([-5, 0]);
    expect(result.underpowered).toBe(true);
    expect(result.method).toMatch(/^mean paired change \(after − before\)/);
  });

  it("is reproducible, handles n = 1 and rejects bad input", () => {
    const pairs = Array.from({ length: 40 }, (_, i) => ({ before: (i * 7) % 11, after: (i * 3) % 11 }));
    expect(meanChangeCi(pairs, { seed: 8 })).toEqual(meanChangeCi(pairs, { seed: 8 }));
    const single = meanChangeCi([{ before: 9, after: 5 }]);
    expect([single.mean_change, single.ci95.lower, single.ci95.upper]).toEqual([-4, -4, -4]);
    expect(() => meanChangeCi([])).toThrow(/pairs is empty/);
    expect(() => meanChangeCi([{ before: 1, after: Number.NaN }])).toThrow(/pairs\[0\]/);
  });
});

describe("power threshold", () => {
  it("derives about 100 per group from Whitehead (1993) and flags smaller groups", () => {
    const uniform = whiteheadSampleSizePerGroup({ oddsRatio: 2, categoryProportions: [0.2, 0.2, 0.2, 0.2, 0.2] });
    // 6·(z.975 + z.80)² / (ln 2)² / (1 − 5·0.2³), evaluated offline with scipy.stats.norm.ppf.
    expect(uniform).toBeCloseTo(102.1025925919858, 8);
    expect(whiteheadSampleSizePerGroup({ oddsRatio: 2, categoryProportions: [0.05, 0.1, 0.2, 0.35, 0.3] })).toBeCloseTo(106.42615514474089, 8);
    // Two categories reduce to the classical two-proportion size for p̄ = 0.5, OR = 2.
    expect(whiteheadSampleSizePerGroup({ oddsRatio: 2, categoryProportions: [0.5, 0.5] })).toBeCloseTo(130.69131851774182, 8);
    expect(Math.abs(uniform - MIN_N_PER_GROUP_LIKERT5)).toBeLessThan(5);
    expect(underpowered(MIN_N_PER_GROUP_LIKERT5 - 1)).toBe(true);
    expect(underpowered(MIN_N_PER_GROUP_LIKERT5)).toBe(false);
    expect(() => whiteheadSampleSizePerGroup({ oddsRatio: 1, categoryProportions: [0.5, 0.5] })).toThrow(StatsInputError);
  });
});

describe("describeLikertCounts", () => {
  const expand = (counts: number[]) => counts.flatMap((c, i) => new Array<number>(c).fill(i + 1));
  it("gives describeLikert's answer from level counts, for small and large samples", () => {
    for (const counts of [
      [0, 1, 2, 0, 1],
      [3, 0, 5, 9, 2],
      [120, 340, 980, 1500, 700],
    ]) {
      const fromCounts = describeLikertCounts(counts, 5, { seed: 7, resamples: 500 });
      const fromValues = describeLikert(expand(counts), 5, { seed: 7, resamples: 500 });
      expect(fromCounts.ci95).toEqual(fromValues.ci95);
      expect(fromCounts.distribution).toEqual(fromValues.distribution);
      expect(fromCounts.median).toBe(fromValues.median);
      expect(fromCounts.mean).toBeCloseTo(fromValues.mean, 12);
    }
  });

  it("refuses counts that are not one non-negative integer per level", () => {
    expect(() => describeLikertCounts([1, 2, 3], 5)).toThrow(StatsInputError);
    expect(() => describeLikertCounts([1, -1, 0, 0, 0], 5)).toThrow(StatsInputError);
  });
});
