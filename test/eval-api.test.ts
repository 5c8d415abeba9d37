import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerFeedbackRoutes } from "../src/api/feedback.ts";
import { DEFAULT_SATISFACTION_RESAMPLES } from "../src/analysis/satisfaction.ts";
import { importPrivacyKeys } from "../src/privacy/keys.ts";
import { bradleyTerry, describeLikert, kruskalWallis, mannWhitneyU, meanChangeCi, type PairwiseComparison } from "../src/stats/index.ts";
import { MemorySpool } from "../src/store/spool.ts";
import type { Store } from "../src/store/store.ts";
import { openWriteQueue } from "../src/store/write-queue.ts";
import { interactionOp, type WriteOp } from "../src/store/write-ops.ts";
import { silentLogger } from "../src/util/log.ts";
import { EVALUATOR_KEY, TEST_PROFILES, startFeedbackServer, type FeedbackServer } from "./helpers/feedback-server.ts";
import { startTestPostgres, storeDrivers, type TestPostgres, type TestStore } from "./helpers/postgres.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.close();
});

/** fits_culture ratings by (home, profile): small enough to check against the stats module by hand. */
const RATINGS: { home: string; profile: string; values: number[] }[] = [
  { home: "KR", profile: "kr", values: [5, 5, 4, 4, 3] },
  { home: "KR", profile: "us", values: [3, 2, 4, 2] },
  { home: "US", profile: "us", values: [4, 4, 5] },
  { home: "US", profile: "kr", values: [2] },
  { home: "NG", profile: "ng", values: [1, 2, 2] },
];
/** (profiles compared, preferred or null for a tie, how many times) */
const CHOICES: [string[], string | null, number][] = [
  [["kr", "us"], "kr", 3],
  [["kr", "us"], "us", 1],
  [["kr", "us"], null, 1],
  [["kr", "ng", "us"], "ng", 2],
];
/** (profile, before, after) per session */
const SESSIONS: [string, number, number][] = [
  ["kr", 8, 4],
  ["kr", 6, 5],
  ["us", 7, 7],
  ["us", 5, 6],
  ["us", 9, 3],
];
const IN_WINDOW = "2025-03-01T10:00:00.000Z";

async function seed(store: Store): Promise<void> {
  const write = (op: WriteOp) => store.applyWrite(op);
  const interaction = async (profile: string, sessionId: string | null = null) => {
    const id = randomUUID();
    await write(
      interactionOp({
        id,
        profile,
        language: "en",
        languageConfidence: 1,
        languageMethod: "hint",
        otherCulture: false,
        route: [],
        status: "ok",
        stream: false,
        latencyMs: 1,
        sessionId,
        createdAt: new Date(IN_WINDOW),
      }),
    );
    return id;
  };
  for (const { home, profile, values } of RATINGS) {
    for (const value of values) {
      const session = randomUUID();
      await write({ kind: "session", row: { id: session, userHash: null, homeCountry: home, homeCulture: null, at: IN_WINDOW } });
      const id = await interaction(profile, session);
      await write({ kind: "rating", row: { interactionId: id, userHash: null, items: { fits_culture: value, understood: 3 }, comment: null, at: IN_WINDOW } });
    }
  }
  // Rows the default queries must not see: synthetic, and outside the window used below.
  const synthetic = await interaction("kr");
  await write({ kind: "rating", row: { interactionId: synthetic, userHash: null, items: { fits_culture: 1 }, comment: null, at: IN_WINDOW, synthetic: true } });
  const old = await interaction("kr");
  await write({ kind: "rating", row: { interactionId: old, userHash: null, items: { fits_culture: 1 }, comment: null, at: "2024-01-01T00:00:00Z" } });

  for (const [profiles, preferred, times] of CHOICES) {
    for (let k = 0; k < times; k++) {
      const ids = [];
      for (const profile of profiles) ids.push(await interaction(profile));
      await write({
        kind: "comparison",
        row: { id: randomUUID(), interactionIds: ids, preferredProfile: preferred, userHash: null, sessionId: null, at: IN_WINDOW },
      });
    }
  }
  for (const [profile, before, after] of SESSIONS) {
    const session = randomUUID();
    await write({ kind: "checkin", row: { id: randomUUID(), sessionId: session, userHash: null, phase: "before", distress: before, profile, at: IN_WINDOW } });
    await write({ kind: "checkin", row: { id: randomUUID(), sessionId: session, userHash: null, phase: "after", distress: after, profile, at: IN_WINDOW } });
  }
}

const valuesOf = (profile: string, home?: string) =>
  RATINGS.filter((r) => r.profile === profile && (home === undefined || r.home === home)).flatMap((r) => r.values);

describe.each(storeDrivers(() => server))("evaluator endpoints on $name", (driver) => {
  let opened: TestStore;
  let api: FeedbackServer;
  const get = (path: string, key: string | null = EVALUATOR_KEY) => fetch(api.url + path, { headers: key === null ? {} : { authorization: `Bearer ${key}` } });
  const getJson = async <T = Record<string, unknown>>(path: string): Promise<T> => {
    const response = await get(path);
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    return body as T;
  };

  beforeAll(async () => {
    opened = await driver.open();
    await seed(opened.store);
    api = await startFeedbackServer({ store: opened.store, evaluatorKey: EVALUATOR_KEY });
  });
  afterAll(async () => {
    await api?.close();
    await opened?.store.close();
  });

  describe("auth", () => {
    const paths = ["/v1/eval/satisfaction", "/v1/eval/compare?a=kr&b=us", "/v1/eval/pairwise", "/v1/eval/distress"];

    it.each(paths)("%s answers 401 without credentials and 403 with a wrong key, never data", async (path) => {
      const missing = await get(path, null);
      expect(missing.status).toBe(401);
      expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("missing_evaluator_key");
      const malformed = await fetch(api.url + path, { headers: { authorization: `Basic ${btoa("a:b")}` } });
      expect(malformed.status).toBe(401);
      const wrong = await get(path, `${EVALUATOR_KEY}x`);
      expect(wrong.status).toBe(403);
      const body = (await wrong.json()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(["error"]);
      expect((body.error as { code: string }).code).toBe("invalid_evaluator_key");
    });

    it("keeps the endpoints off, saying how to turn them on, when no key is configured", async () => {
      const off = await startFeedbackServer({ store: opened.store });
      try {
        for (const key of [null, EVALUATOR_KEY, ""]) {
          const response = await fetch(`${off.url}/v1/eval/satisfaction`, { headers: key === null ? {} : { authorization: `Bearer ${key}` } });
          expect(response.status).toBe(403);
          const { error } = (await response.json()) as { error: { code: string; message: string } };
          expect(error.code).toBe("evaluator_endpoints_disabled");
          expect(error.message).toContain("GLOCAL_EVALUATOR_KEY");
        }
      } finally {
        await off.close();
      }
    });

    it("refuses to start with a guessable evaluator key", async () => {
      const writes = await openWriteQueue({ store: opened.store, spool: new MemorySpool(), log: silentLogger });
      const deps = {
        store: opened.store,
        writes,
        keys: await importPrivacyKeys("x".repeat(32)),
        evaluatorKey: "short",
        storeText: false,
        maxBodyBytes: 1024,
        profiles: TEST_PROFILES,
        log: silentLogger,
      };
      expect(() => registerFeedbackRoutes(new Hono(), deps)).toThrow(/at least 16 characters/);
      await writes.close();
    });
  });

  describe("query validation", () => {
    it.each([
      ["/v1/eval/satisfaction?by=culture", "by"],
      ["/v1/eval/satisfaction?by=profile,profile", "by"],
      ["/v1/eval/satisfaction?min_n=0", "min_n"],
      ["/v1/eval/satisfaction?from=yesterday", "from"],
      ["/v1/eval/satisfaction?from=2025-02-01&to=2025-01-01", "from"],
      ["/v1/eval/satisfaction?includesynthetic=true", null],
      ["/v1/eval/compare?a=kr", "b"],
      ["/v1/eval/compare?a=kr&b=us&item=happiness", "item"],
      ["/v1/eval/compare?a=kr&b=kr", "profiles"],
      ["/v1/eval/pairwise?seed=-1", "seed"],
    ])("%s → 400 naming %s", async (path, param) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { param: string | null; type: string } };
      expect(error.type).toBe("invalid_request_error");
      if (param) expect(error.param).toBe(param);
    });

    it("answers 400, not 500, when a named profile has no ratings", async () => {
      const response = await get("/v1/eval/compare?a=kr&b=in");
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe("insufficient_data");
      expect(error.message).toContain('"in"');
    });
  });

  describe("numbers", () => {
    const window = "from=2025-01-01&to=2026-01-01";

    it("satisfaction per profile matches the stats module on the raw ratings", async () => {
      const body = await getJson<{ groups: { key: { profile: string }; n: number; items: Record<string, unknown> }[]; notes: Record<string, string> }>(
        `/v1/eval/satisfaction?by=profile&${window}`,
      );
      expect(body.groups.map((g) => [g.key.profile, g.n])).toEqual([
        ["kr", 6],
        ["ng", 3],
        ["us", 7],
      ]);
      for (const group of body.groups) {
        // The API only has counts per level, so it sees the values in level order.
        expect(group.items.fits_culture).toEqual(
          describeLikert(
            [...valuesOf(group.key.profile)].sort((x, y) => x - y),
            5,
            { resamples: DEFAULT_SATISFACTION_RESAMPLES },
          ),
        );
        expect((group.items.understood as { n: number }).n).toBe(group.n);
        expect(group.items.would_work).toBeNull();
      }
      expect(body.notes.response_styles).toContain("Harzing (2006)");
      expect(body.notes.within_home_framing).toMatch(/within a home culture/);
    });

    it("leaves synthetic and out-of-window ratings out unless asked", async () => {
      const seeded = RATINGS.reduce((sum, r) => sum + r.values.length, 0);
      const inWindow = await getJson<{ n_ratings: number }>(`/v1/eval/satisfaction?by=profile&${window}`);
      expect(inWindow.n_ratings).toBe(seeded);
      const all = await getJson<{ n_ratings: number }>("/v1/eval/satisfaction?by=profile");
      expect(all.n_ratings).toBe(seeded + 1); // + the old one
      const synthetic = await getJson<{ n_ratings: number }>(`/v1/eval/satisfaction?by=profile&${window}&include_synthetic=true`);
      expect(synthetic.n_ratings).toBe(seeded + 1); // + the synthetic one
      const everything = await getJson<{ n_ratings: number }>("/v1/eval/satisfaction?include_synthetic=1");
      expect(everything.n_ratings).toBe(seeded + 2);
    });

    it("compares within each home culture: own profile against the others tried", async () => {
      const body = await getJson<{
        groups: { key: { home: string; profile: string }; own_culture: boolean }[];
        within_home: { home: string; own_profile: string | null; other_profiles: string[]; items: Record<string, { test: unknown } | null> | null }[];
        suppressed_groups: number;
      }>(`/v1/eval/satisfaction?by=home,profile&${window}`);
      expect(body.groups.map((g) => `${g.key.home}/${g.key.profile}/${g.own_culture}`)).toEqual([
        "KR/kr/true",
        "KR/us/false",
        "NG/ng/true",
        "US/kr/false",
        "US/us/true",
      ]);
      const kr = body.within_home.find((h) => h.home === "KR");
      expect(kr).toMatchObject({ own_profile: "kr", other_profiles: ["us"] });
      expect(kr?.items?.fits_culture?.test).toEqual(mannWhitneyU(valuesOf("kr", "KR"), valuesOf("us", "KR")));
      expect(body.within_home.find((h) => h.home === "NG")).toMatchObject({ own_profile: "ng", items: null });

      const suppressed = await getJson<{ groups: unknown[]; suppressed_groups: number }>(`/v1/eval/satisfaction?by=home,profile&${window}&min_n=4`);
      expect(suppressed.groups).toHaveLength(2);
      expect(suppressed.suppressed_groups).toBe(3);
    });

    it("compare gives Mann-Whitney U for two profiles and Kruskal-Wallis for three", async () => {
      const two = await getJson<{ test: Record<string, unknown>; groups: { profile: string; n: number }[]; method: string }>(
        `/v1/eval/compare?a=kr&b=us&item=fits_culture&${window}`,
      );
      expect(two.test).toEqual({ a: "kr", b: "us", ...mannWhitneyU(valuesOf("kr"), valuesOf("us")) });
      expect(two.method).toMatch(/^mann-whitney-u, two-sided/);
      expect(two.groups.map((g) => [g.profile, g.n])).toEqual([
        ["kr", 6],
        ["us", 7],
      ]);

      const withinKr = await getJson<{ test: Record<string, unknown> }>(`/v1/eval/compare?a=kr&b=us&home=KR&${window}`);
      expect(withinKr.test).toEqual({ a: "kr", b: "us", ...mannWhitneyU(valuesOf("kr", "KR"), valuesOf("us", "KR")) });

      const three = await getJson<{ test: Record<string, unknown> }>(`/v1/eval/compare?profiles=kr,us,ng&${window}`);
      expect(three.test).toEqual(kruskalWallis([valuesOf("kr"), valuesOf("us"), valuesOf("ng")]));
    });

    it("pairwise gives Bradley-Terry scores with bootstrap CIs from the choices", async () => {
      const body = await getJson<{ n_comparisons_submitted: number; n_pairwise: number; items: unknown[]; method: string }>("/v1/eval/pairwise?seed=7");
      const pairs: PairwiseComparison[] = [];
      for (const [profiles, preferred, times] of CHOICES) {
        for (let k = 0; k < times; k++) {
          if (preferred) for (const other of profiles) if (other !== preferred) pairs.push({ a: preferred, b: other, winner: "a" });
          if (!preferred) pairs.push({ a: profiles[0] as string, b: profiles[1] as string, winner: "tie" });
        }
      }
      const expected = bradleyTerry(pairs, { seed: 7 });
      expect(body.n_comparisons_submitted).toBe(7);
      expect(body.n_pairwise).toBe(9);
      expect(body.items).toEqual(expected.items);
      expect(body.method).toMatch(/^bradley-terry/);
    });

    it("distress gives the mean change per profile with a CI", async () => {
      const body = await getJson<{ groups: { profile: string }[]; n_sessions: number }>("/v1/eval/distress");
      expect(body.n_sessions).toBe(5);
      for (const group of body.groups) {
        const pairs = SESSIONS.filter(([profile]) => profile === group.profile).map(([, before, after]) => ({ before, after }));
        expect(group).toEqual({ profile: group.profile, ...meanChangeCi(pairs) });
      }
      expect(body.groups.map((g) => g.profile)).toEqual(["kr", "us"]);
    });

    it("gives the same numbers for the same seed and data", async () => {
      const path = `/v1/eval/satisfaction?by=profile&${window}&seed=99`;
      expect(await getJson(path)).toEqual(await getJson(path));
    });
  });
});
