import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { mannWhitneyU, meanDifferenceFromCounts, sampleRatioMismatch } from "../src/stats/index.ts";
import { queryRows } from "../src/store/db.ts";
import { storeDrivers, type TestPostgres, type TestStore } from "./helpers/postgres.ts";
import { EVALUATOR_KEY, startFeedbackServer, type FeedbackServer } from "./helpers/feedback-server.ts";
import type { arms } from "../src/analysis/arms.ts";

interface ErrorBody {
  error: { message: string; param?: string };
}

/**
 * Blind comparisons and experiment arms through the real HTTP routes, over PGlite (the store test runs
 * the arm queries on both drivers).
 */
let opened: TestStore;
let server: FeedbackServer;

beforeAll(async () => {
  const pglite = storeDrivers((): TestPostgres => {
    throw new Error("PGlite only");
  }).find((driver) => driver.name === "pglite");
  opened = await pglite!.open();
  server = await startFeedbackServer({ store: opened.store, evaluatorKey: EVALUATOR_KEY });
});
afterAll(async () => {
  await server?.close();
  await opened?.store.close();
});

const evalGet = (query: string) => fetch(`${server.url}/v1/eval/arms?${query}`, { headers: { authorization: `Bearer ${EVALUATOR_KEY}` } });

describe("blind comparisons", () => {
  it("records a blind choice by interaction id with the order shown, and answers with the reveal", async () => {
    const a = await server.interaction({ profile: "ng", model: "gemma-3-4b-it", user: "blind-user" });
    const b = await server.interaction({ profile: "kr", model: "exaone", user: "blind-user", experimentId: "kr-x", experimentArm: "regional" });
    const shown = [a.id, b.id];
    const token = await server.keys.blindToken(shown);
    const interactions = [
      { interaction_id: a.id, rating_token: a.token },
      { interaction_id: b.id, rating_token: b.token },
    ];

    const swapped = await server.post("/v1/comparisons", {
      interactions: [...interactions].reverse(),
      preferred_interaction: b.id,
      blind_token: token,
      user: "blind-user",
    });
    expect(swapped.status).toBe(403);
    expect(((await swapped.json()) as { error: { code: string } }).error.code).toBe("invalid_blind_token");
    const both = await server.post("/v1/comparisons", { interactions, preferred: "kr", preferred_interaction: b.id, blind_token: token, user: "blind-user" });
    expect(both.status).toBe(400);
    const stranger = await server.post("/v1/comparisons", { interactions, preferred_interaction: "not-compared", blind_token: token, user: "blind-user" });
    expect(((await stranger.json()) as { error: { param: string } }).error.param).toBe("preferred_interaction");

    const response = await server.post("/v1/comparisons", { interactions, preferred_interaction: b.id, blind_token: token, user: "blind-user" });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      preferred: "kr",
      blind: true,
      reveal: [
        { position: "A", interaction_id: a.id, profile: "ng", model: "gemma-3-4b-it", experiment: null },
        { position: "B", interaction_id: b.id, profile: "kr", model: "exaone", experiment: { id: "kr-x", arm: "regional" } },
      ],
    });
    const [stored] = await queryRows<{ blind: boolean; shown_order: string[]; preferred_profile: string }>(
      opened.db,
      sql`select blind, shown_order, preferred_profile from comparisons where id = ${body.id as string}`,
    );
    expect(stored).toEqual({ blind: true, shown_order: shown, preferred_profile: "kr" });
  });

  it("records an open choice as before, without a reveal", async () => {
    const a = await server.interaction({ profile: "ng" });
    const b = await server.interaction({ profile: "us" });
    const response = await server.post("/v1/comparisons", {
      interactions: [
        { interaction_id: a.id, rating_token: a.token },
        { interaction_id: b.id, rating_token: b.token },
      ],
      preferred: "us",
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.blind).toBe(false);
    expect(body).not.toHaveProperty("reveal");
  });
});

describe("GET /v1/eval/arms", () => {
  // fits_culture ratings by (home, arm); the arms' recorded share is 0.5 each.
  const RATINGS: { home: string; arm: string; values: number[] }[] = [
    { home: "KR", arm: "generic", values: [2, 3, 3, 4, 2] },
    { home: "KR", arm: "regional", values: [4, 5, 5, 3, 4, 5] },
    { home: "US", arm: "generic", values: [4, 4] },
    { home: "US", arm: "regional", values: [3, 5] },
  ];

  beforeAll(async () => {
    let person = 0;
    for (const { home, arm, values } of RATINGS) {
      for (const value of values) {
        const user = `arm-user-${person++}`;
        const session = `arm-session-${person}`;
        await opened.store.applyWrite({
          kind: "session",
          row: { id: session, userHash: await server.keys.hashUser(user), homeCountry: home, homeCulture: null, at: "2025-03-01T09:00:00Z" },
        });
        const { id, token } = await server.interaction({
          user,
          sessionId: session,
          model: arm === "regional" ? "exaone" : "qwen2.5-1.5b-instruct",
          experimentId: "kr-arms-api",
          experimentArm: arm,
          experimentUnit: "user",
          experimentShare: 0.5,
        });
        const rated = await server.post("/v1/ratings", { interaction_id: id, rating_token: token, user, items: { fits_culture: value } });
        expect(rated.status).toBe(201);
      }
    }
    await server.writes.idle();
  });

  it("gives units, models and the sample-ratio check per arm, and each arm against the baseline within each home", async () => {
    const response = await evalGet("experiment=kr-arms-api&item=fits_culture&baseline=generic&seed=5");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Awaited<ReturnType<typeof arms>>;
    expect(body.baseline).toBe("generic");
    expect(body.arms.map((arm) => [arm.arm, arm.units, arm.expected_share, arm.models[0]?.model])).toEqual([
      ["generic", 7, 0.5, "qwen2.5-1.5b-instruct"],
      ["regional", 8, 0.5, "exaone"],
    ]);
    expect(body.sample_ratio?.chi_square).toBeCloseTo(sampleRatioMismatch({ generic: 7, regional: 8 }, { generic: 0.5, regional: 0.5 }).chi_square, 12);

    const kr = body.within_home.find((entry) => entry.home === "KR")!;
    const effect = kr.effects[0]!;
    if (!effect.effect) throw new Error("the KR effect should be estimable with 6 and 5 ratings");
    expect(effect).toMatchObject({ arm: "regional", baseline: "generic", n_arm: 6, n_baseline: 5 });
    const counts = (values: number[]) => [1, 2, 3, 4, 5].map((level) => values.filter((v) => v === level).length);
    const direct = meanDifferenceFromCounts(counts(RATINGS[0]!.values), counts(RATINGS[1]!.values), { seed: 5, resamples: 2000 });
    expect(effect.effect.difference.estimate).toBeCloseTo(direct.estimate, 12);
    expect(effect.effect.difference.ci95).toEqual(direct.ci95);
    const test = mannWhitneyU(RATINGS[1]!.values, RATINGS[0]!.values);
    expect(effect.effect.test.p).toBeCloseTo(test.p, 12);
    expect(effect.effect.n_needed_per_arm).toBeGreaterThan(0);
    expect(effect.effect.underpowered).toBe(true);
    expect(kr.arms.find((arm) => arm.arm === "regional")?.models).toEqual(["exaone"]);
    expect(body.overall.effects[0]?.n_arm).toBe(8);
  });

  it("says what to fix for an unknown experiment, a missing id, or a baseline that is no arm", async () => {
    const unknown = await evalGet("experiment=nope");
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as ErrorBody).error.message).toMatch(/no interactions were assigned to an arm of experiment "nope"/);
    const missing = await evalGet("item=fits_culture");
    expect(((await missing.json()) as ErrorBody).error.param).toBe("experiment");
    const baseline = await evalGet("experiment=kr-arms-api&baseline=other");
    expect(((await baseline.json()) as ErrorBody).error.message).toMatch(/baseline "other" is not an arm/);
  });
});
