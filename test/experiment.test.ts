import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shuffled } from "../src/api/blind.ts";
import { assignArm } from "../src/chat/experiment.ts";
import { nodePrivacyKeys } from "../src/privacy/node-keys.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { checkProfileModels } from "../src/profiles/load.ts";
import { profileSchema, type Profile } from "../src/profiles/schema.ts";
import { armShares, pickArm } from "../src/routing/arms.ts";
import { route } from "../src/routing/route.ts";
import { cumulativeOddsRatio, meanDifferenceFromCounts, sampleRatioMismatch } from "../src/stats/index.ts";
import type { Catalog } from "../src/catalog/schema.ts";

const keys = nodePrivacyKeys("experiment-test-secret-0123456789");
const raw = JSON.parse(readFileSync(join(PROJECT_ROOT, "culture-profiles", "kr.json"), "utf8")) as Record<string, unknown>;
const EXPERIMENT = {
  id: "kr-regional-vs-generic",
  arms: [
    { id: "regional", weight: 3, targets: [{ model: "exaone-3.5-2.4b-instruct", languages: ["ko"] }] },
    { id: "generic", weight: 1, targets: [{ model: "qwen2.5-1.5b-instruct", languages: ["ko", "en"] }] },
  ],
};
const withExperiment = (experiment: unknown) => profileSchema.safeParse({ ...raw, experiment });
const kr = withExperiment(EXPERIMENT).data as Profile;

describe("experiment arms in a profile", () => {
  it("is optional, and checked: two arms at least, distinct ids, positive weights, a baseline that is an arm", () => {
    expect(profileSchema.safeParse(raw).success).toBe(true);
    expect(kr.experiment?.arms.map((arm) => arm.id)).toEqual(["regional", "generic"]);
    const issue = (experiment: unknown) =>
      withExperiment(experiment)
        .error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ");
    expect(issue({ ...EXPERIMENT, arms: [EXPERIMENT.arms[0]] })).toMatch(/experiment\.arms/);
    expect(issue({ ...EXPERIMENT, arms: [EXPERIMENT.arms[0], EXPERIMENT.arms[0]] })).toMatch(/arm "regional" is named twice/);
    expect(issue({ ...EXPERIMENT, arms: [{ ...EXPERIMENT.arms[0], weight: 0 }, EXPERIMENT.arms[1]] })).toMatch(/experiment\.arms\.0\.weight/);
    expect(issue({ ...EXPERIMENT, baseline: "other" })).toMatch(/"other" is not one of the arms \(regional, generic\)/);
  });

  it("refuses at start-up an arm that names a model the catalog does not know, naming the field", () => {
    const catalog = { models: { "exaone-3.5-2.4b-instruct": {}, "qwen2.5-1.5b-instruct": {}, "llama-3.2-korean-bllossom-3b": {} } } as unknown as Catalog;
    expect(() => checkProfileModels([kr], catalog, () => "kr.json")).not.toThrow();
    const adapter = withExperiment({
      ...EXPERIMENT,
      arms: [EXPERIMENT.arms[0], { id: "kr-care-v1", weight: 1, targets: [{ model: "kr-care-v1", languages: ["ko"] }] }],
    }).data as Profile;
    expect(() => checkProfileModels([adapter], catalog, () => "kr.json")).toThrow(
      /experiment\.arms\[1\]\.targets\[0\]\.model: "kr-care-v1" is not in the models catalog/,
    );
  });

  it("lays the arms out over [0, 1) by weight", () => {
    expect(armShares(kr.experiment!)).toEqual([0.75, 0.25]);
    expect(pickArm(kr.experiment!, 0).arm.id).toBe("regional");
    expect(pickArm(kr.experiment!, 0.7499999).arm.id).toBe("regional");
    expect(pickArm(kr.experiment!, 0.75)).toMatchObject({ arm: { id: "generic" }, share: 0.25 });
    expect(pickArm(kr.experiment!, 0.9999999).arm.id).toBe("generic");
    expect(() => pickArm(kr.experiment!, 1)).toThrow(RangeError);
  });

  it("assigns by user, sticky across sessions; by session without a user; not at all without either or when a model is pinned", async () => {
    const first = await assignArm(keys, kr, { user: "person-1", session_id: "s1" });
    const again = await assignArm(keys, kr, { user: "person-1", session_id: "s2" });
    expect(first).toMatchObject({ id: "kr-regional-vs-generic", unit: "user" });
    expect(again).toEqual(first);
    const bySession = await assignArm(keys, kr, { session_id: "s1" });
    expect(bySession?.unit).toBe("session");
    expect(await assignArm(keys, kr, {})).toBeUndefined();
    expect(await assignArm(keys, kr, { user: "person-1", pinned: "qwen2.5-1.5b-instruct" })).toBeUndefined();
    const plain = profileSchema.parse(raw);
    expect(await assignArm(keys, plain, { user: "person-1" })).toBeUndefined();
    // Another secret is another, unpredictable assignment: over 200 people some land differently.
    const other = nodePrivacyKeys("another-secret-0123456789abcdefgh");
    let differ = 0;
    for (let i = 0; i < 200; i++) {
      const a = await assignArm(keys, kr, { user: `p${i}` });
      const b = await assignArm(other, kr, { user: `p${i}` });
      if (a?.arm !== b?.arm) differ++;
    }
    expect(differ).toBeGreaterThan(20);
  });

  it("routes to the arm's targets in place of the profile's, and says so in the trace", () => {
    const catalog = { models: { "exaone-3.5-2.4b-instruct": {}, "qwen2.5-1.5b-instruct": {}, "llama-3.2-korean-bllossom-3b": {} } } as unknown as Catalog;
    const plan = route({
      profile: kr,
      language: "ko",
      catalog,
      health: () => ({ state: "ready" }),
      arm: { id: "generic", targets: kr.experiment!.arms[1]!.targets },
    });
    expect(plan.candidates).toEqual(["qwen2.5-1.5b-instruct"]);
    expect(plan.trace[0]).toMatchObject({ model: "qwen2.5-1.5b-instruct", role: "target", reason: 'serves ko for this profile (experiment arm "generic")' });
    expect(plan.trace.some((step) => step.model === "exaone-3.5-2.4b-instruct")).toBe(false);
  });
});

describe("arm effects", () => {
  it("gives the difference in means with a CI that holds it", () => {
    // a: mean (1·2 + 3·2)/4 = 2; b: mean (4·1 + 5·3)/4 = 4.75.
    const result = meanDifferenceFromCounts([2, 0, 2, 0, 0], [0, 0, 0, 1, 3], { seed: 3, resamples: 500 });
    expect(result.estimate).toBeCloseTo(2.75, 12);
    expect(result.ci95.lower).toBeLessThan(2.75);
    expect(result.ci95.upper).toBeGreaterThan(2.75);
    expect(result.ci95.lower).toBeGreaterThan(1);
    expect(() => meanDifferenceFromCounts([0, 0, 0, 0, 0], [1, 0, 0, 0, 0])).toThrow(/arm a has no ratings/);
  });

  it("summarises the effect as the mean cumulative odds ratio", () => {
    // Cut after level 1: above/below odds a = 3/1, b = 9/1, ratio 3; after 2: a 1/3, b 1 → ratio 3.
    expect(cumulativeOddsRatio([1, 2, 1], [1, 4, 5])).toBeCloseTo(3, 12);
    expect(cumulativeOddsRatio([5, 5], [5, 5])).toBeCloseTo(1, 12);
    expect(cumulativeOddsRatio([0, 4], [0, 4])).toBeUndefined();
  });

  it("checks the sample ratio by chi-square against the weights", () => {
    // 60/40 against 50/50 of 100: chi² = (10² + 10²)/50 = 4, p = 0.0455.
    const check = sampleRatioMismatch({ a: 60, b: 40 }, { a: 1, b: 1 });
    expect(check.chi_square).toBeCloseTo(4, 12);
    expect(check.df).toBe(1);
    expect(check.p).toBeCloseTo(0.0455, 4);
    expect(check.mismatch).toBe(false);
    expect(sampleRatioMismatch({ a: 700, b: 300 }, { a: 0.5, b: 0.5 }).mismatch).toBe(true);
    expect(sampleRatioMismatch({ a: 750 }, { a: 0.75, b: 0.25 }).observed).toEqual({ a: 750, b: 0 });
  });
});

describe("blind order", () => {
  it("shuffles every order with about equal chance", () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const order = shuffled(["a", "b", "c"]).join("");
      seen.set(order, (seen.get(order) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    // 1,000 expected each, sd ≈ 29: far outside 6 sd would mean a biased shuffle.
    for (const count of seen.values()) expect(Math.abs(count - 1000)).toBeLessThan(180);
  });
});
