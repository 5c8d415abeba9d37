import { describe, expect, it } from "vitest";
import {
  EXPAND_MAX_N,
  expand,
  kruskalWallisFromCounts,
  kruskalWallisOnCounts,
  mannWhitneyFromCounts,
  mannWhitneyOnCounts,
  meanOfCounts,
  medianOfCounts,
} from "../src/analysis/level-counts.ts";
import { toPairwise } from "../src/analysis/pairwise.ts";
import { createRandom, kruskalWallis, mannWhitneyU } from "../src/stats/index.ts";
import { median } from "../src/stats/descriptive.ts";

/** Level counts of n ratings drawn with the given level weights. */
function counts(n: number, weights: number[], seed: number): number[] {
  const random = createRandom(seed);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const out = new Array<number>(weights.length).fill(0);
  for (let i = 0; i < n; i++) {
    let u = random.next() * totalWeight;
    let level = 0;
    while (u >= (weights[level] as number) && level < weights.length - 1) u -= weights[level++] as number;
    out[level] = (out[level] as number) + 1;
  }
  return out;
}

function expectSameResult(actual: Record<string, unknown>, expected: Record<string, unknown>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    if (typeof value === "number") expect(actual[key], key).toBeCloseTo(value, 9);
    else expect(actual[key], key).toEqual(value);
  }
}

describe("rank tests on level counts", () => {
  it.each([
    [[5, 10, 20, 35, 30], [10, 20, 30, 25, 15], 3000, 2500],
    [[1, 1, 1, 1, 1], [1, 1, 1, 1, 1], 4000, 1000],
    [[0, 0, 1, 0, 0], [0, 0, 1, 0, 0], 700, 300], // every value tied: z = 0, p = 1
    [[50, 1, 0, 0, 1], [1, 0, 0, 1, 50], 1500, 1200],
  ])("Mann-Whitney on counts equals the stats module's asymptotic test (%j vs %j)", (wa, wb, na, nb) => {
    const a = counts(na, wa, 1);
    const b = counts(nb, wb, 2);
    expectSameResult({ ...mannWhitneyOnCounts(a, b) }, { ...mannWhitneyU(expand(a), expand(b), { pMethod: "asymptotic" }) });
  });

  it("Kruskal-Wallis on counts equals the stats module", () => {
    const groups = [counts(900, [1, 2, 3, 4, 5], 3), counts(1200, [5, 4, 3, 2, 1], 4), counts(400, [1, 1, 5, 1, 1], 5)];
    const onCounts = kruskalWallisOnCounts(groups);
    const reference = kruskalWallis(groups.map((g) => expand(g)));
    expectSameResult({ ...onCounts, groups: undefined }, { ...reference, groups: undefined });
    for (const [index, group] of onCounts.groups.entries()) expectSameResult({ ...group }, { ...reference.groups[index] });
  });

  it("hands small samples to the stats module itself (exact p where it applies)", () => {
    const a = [0, 1, 0, 1, 0];
    const b = [1, 0, 1, 0, 0];
    expect(mannWhitneyFromCounts(a, b)).toEqual(mannWhitneyU([2, 4], [1, 3]));
    expect(mannWhitneyFromCounts(a, b).method).toContain("exact");
    expect(kruskalWallisFromCounts([a, b, [0, 0, 0, 0, 2]])).toEqual(
      kruskalWallis([
        [2, 4],
        [1, 3],
        [5, 5],
      ]),
    );
  });

  it("switches to the counts path above the expansion bound with the same answer", () => {
    const a = counts(EXPAND_MAX_N, [1, 2, 3, 3, 1], 6);
    const b = counts(10, [1, 1, 1, 1, 1], 7);
    const viaCounts = mannWhitneyFromCounts(a, b);
    expectSameResult({ ...viaCounts }, { ...mannWhitneyU(expand(a), expand(b)) });
  });

  it("median and mean of counts match the raw values", () => {
    for (const [seed, weights] of [
      [8, [3, 0, 0, 0, 1]],
      [9, [1, 2, 3, 2, 1]],
      [10, [0, 0, 0, 0, 1]],
    ] as const) {
      for (const n of [1, 2, 7, 10]) {
        const c = counts(n, [...weights], seed);
        const values = expand(c);
        expect(medianOfCounts(c)).toBe(median(values));
        expect(meanOfCounts(c)).toBeCloseTo(values.reduce((x, y) => x + y, 0) / n, 12);
      }
    }
    expect(medianOfCounts([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 0)).toBe(5);
  });
});

describe("k-way choices as pairwise outcomes", () => {
  it("counts k − 1 wins for the preferred profile and ties every pair on a tie", () => {
    const pairs = toPairwise([
      { profiles: ["kr", "ng", "us"], preferred: "ng", blind: false, count: 2 },
      { profiles: ["kr", "us"], preferred: null, blind: true, count: 1 },
    ]);
    const outcomes = pairs.map((p) => `${p.a}>${p.b}:${p.winner}`);
    expect(outcomes.sort()).toEqual(["kr>us:tie", "ng>kr:a", "ng>kr:a", "ng>us:a", "ng>us:a"]);
  });
});
