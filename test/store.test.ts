import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { assignArm } from "../src/chat/experiment.ts";
import { nodePrivacyKeys } from "../src/privacy/node-keys.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { profileSchema } from "../src/profiles/schema.ts";
import { sampleRatioMismatch } from "../src/stats/index.ts";
import { openStore } from "../src/store/open.ts";
import { interactions } from "../src/store/schema.ts";
import type { InteractionRow } from "../src/store/schema.ts";
import type { Store } from "../src/store/store.ts";
import { interactionOp, type WriteOp } from "../src/store/write-ops.ts";
import { startTestPostgres, storeDrivers, type TestPostgres, type TestStore } from "./helpers/postgres.ts";
import { interactionRow } from "./helpers/interaction-row.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.close();
});

function interaction(overrides: Partial<InteractionRow> = {}): InteractionRow {
  return interactionRow({
    languageConfidence: 0.9,
    model: "exaone",
    backend: "llama",
    route: [{ model: "exaone", decision: "chosen" }],
    latencyMs: 120,
    ...overrides,
  });
}

const t = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute)).toISOString();

const rating = (interactionId: string, items: Record<string, number>, extra: Partial<Extract<WriteOp, { kind: "rating" }>["row"]> = {}): WriteOp => ({
  kind: "rating",
  row: { interactionId, userHash: null, items, comment: null, at: t(1), ...extra },
});

describe.each(storeDrivers(() => server))("store on $name", (driver) => {
  let opened: TestStore;
  let store: Store;
  beforeAll(async () => {
    opened = await driver.open();
    store = opened.store;
  });
  beforeEach(async () => {
    await opened.reset();
  });
  afterAll(async () => {
    await store?.close();
  });

  it("records an interaction once, whatever the number of replays", async () => {
    const row = interaction({ sessionId: "s1", userHash: "u".repeat(64) });
    expect(await store.applyWrite(interactionOp(row))).toBe("created");
    expect(await store.applyWrite(interactionOp(row))).toBe("duplicate");
    await store.recordInteraction(row);
    const stored = await store.getInteraction(row.id);
    expect(stored).toMatchObject({ id: row.id, profile: "kr", sessionId: "s1", userHash: "u".repeat(64), synthetic: false });
    expect(await store.getInteraction("missing")).toBeUndefined();
  });

  it("stores a rating with the interaction's profile, language and home, and a second post updates it", async () => {
    await store.applyWrite({ kind: "session", row: { id: "s1", userHash: "h1", homeCountry: "KR", homeCulture: null, at: t(0) } });
    const row = interaction({ sessionId: "s1", userHash: "h1", profile: "us", language: "en" });
    await store.applyWrite(interactionOp(row));

    expect(await store.applyWrite(rating(row.id, { fits_culture: 2, understood: 3 }, { userHash: "h1", at: t(1) }))).toBe("created");
    expect(await store.applyWrite(rating(row.id, { fits_culture: 5 }, { userHash: "h1", at: t(2) }))).toBe("updated");
    // A replay of the older post arrives late: it must not overwrite the newer one.
    expect(await store.applyWrite(rating(row.id, { fits_culture: 2, understood: 3 }, { userHash: "h1", at: t(1) }))).toBe("skipped");

    const [group] = await store.ratingCounts({ includeSynthetic: false }, ["home", "profile", "language"]);
    expect(group?.key).toEqual({ home: "KR", profile: "us", language: "en" });
    expect(group?.n).toBe(1);
    expect(group?.counts.fits_culture).toEqual([0, 0, 0, 0, 1]);
    expect(group?.counts.understood).toEqual([0, 0, 0, 0, 0]);
  });

  it("refuses ratings of unknown interactions and of another user's interaction", async () => {
    const row = interaction({ userHash: "owner" });
    await store.applyWrite(interactionOp(row));
    expect(await store.applyWrite(rating("no-such-interaction", { fits_culture: 3 }))).toBe("skipped");
    expect(await store.applyWrite(rating(row.id, { fits_culture: 3 }, { userHash: "someone-else" }))).toBe("skipped");
    // Without a user in the post, the rating is the interaction owner's.
    expect(await store.applyWrite(rating(row.id, { fits_culture: 3 }))).toBe("created");
    expect(await store.applyWrite(rating(row.id, { fits_culture: 4 }, { userHash: "owner", at: t(5) }))).toBe("updated");
  });

  it("writes a batch of interactions in one statement: new ones created, a repeated or stored one a duplicate", async () => {
    const a = interaction();
    const b = interaction();
    expect(await store.applyWrite(interactionOp(a))).toBe("created");
    const results = await store.applyWrites([interactionOp(a), interactionOp(b), interactionOp(b), rating(b.id, { understood: 4 })]);
    expect(results).toEqual(["duplicate", "created", "duplicate", "created"]);
    expect(await store.getInteraction(b.id)).toMatchObject({ id: b.id, profile: "kr" });
  });

  it("writes a batch of ratings in one go, a second rating of one interaction in a later round", async () => {
    const a = interaction();
    const b = interaction();
    await store.applyWrites([interactionOp(a), interactionOp(b)]);
    const results = await store.applyWrites([
      rating(a.id, { fits_culture: 2 }, { at: t(1) }),
      rating(b.id, { fits_culture: 3 }, { at: t(1) }),
      rating(a.id, { fits_culture: 5 }, { at: t(2) }),
      rating("missing", { fits_culture: 5 }, { at: t(2) }),
    ]);
    expect(results).toEqual(["created", "created", "updated", "skipped"]);
    const [group] = await store.ratingCounts({ includeSynthetic: false }, []);
    expect(group?.counts.fits_culture).toEqual([0, 0, 1, 0, 1]);
  });

  it("rejects out-of-range items at the database too", async () => {
    const row = interaction();
    await store.applyWrite(interactionOp(row));
    await expect(store.applyWrite(rating(row.id, { fits_culture: 6 }))).rejects.toThrow();
    await expect(store.applyWrite(rating(row.id, {}))).rejects.toThrow();
  });

  it("gives earlier rows the home a session declares later", async () => {
    const row = interaction({ sessionId: "late-home" });
    await store.applyWrite(interactionOp(row));
    await store.applyWrite(rating(row.id, { natural_language: 4 }));
    expect(await store.applyWrite({ kind: "session", row: { id: "late-home", userHash: null, homeCountry: "NG", homeCulture: "yoruba", at: t(3) } })).toBe(
      "created",
    );
    const [group] = await store.ratingCounts({ includeSynthetic: false }, ["home"]);
    expect(group?.key).toEqual({ home: "yoruba" });
    expect(await store.getSession("late-home")).toMatchObject({ homeCountry: "NG", homeCulture: "yoruba" });
  });

  it("keeps a session's owner: another user's update is skipped", async () => {
    await store.applyWrite({ kind: "session", row: { id: "s", userHash: "a", homeCountry: "US", homeCulture: null, at: t(0) } });
    expect(await store.applyWrite({ kind: "session", row: { id: "s", userHash: "b", homeCountry: "KR", homeCulture: null, at: t(1) } })).toBe("skipped");
    expect(await store.applyWrite({ kind: "session", row: { id: "s", userHash: "a", homeCountry: null, homeCulture: "kr", at: t(2) } })).toBe("updated");
    expect(await store.getSession("s")).toMatchObject({ userHash: "a", homeCountry: "US", homeCulture: "kr" });
  });

  it("stores comparisons between distinct profiles and refuses the rest", async () => {
    const a = interaction({ profile: "kr" });
    const b = interaction({ profile: "us" });
    const c = interaction({ profile: "us" });
    for (const row of [a, b, c]) await store.applyWrite(interactionOp(row));
    const comparison = (ids: string[], preferred: string | null, id = randomUUID()): WriteOp => ({
      kind: "comparison",
      row: { id, interactionIds: ids, preferredProfile: preferred, userHash: null, sessionId: null, at: t(1) },
    });
    const first = comparison([b.id, a.id], "kr");
    expect(await store.applyWrite(first)).toBe("created");
    expect(await store.applyWrite(first)).toBe("duplicate");
    expect(await store.applyWrite(comparison([a.id, b.id], null))).toBe("created");
    expect(await store.applyWrite(comparison([b.id, c.id], "us"))).toBe("skipped"); // same profile twice
    expect(await store.applyWrite(comparison([a.id, "missing"], "kr"))).toBe("skipped");
    expect(await store.applyWrite(comparison([a.id, b.id], "ng"))).toBe("skipped"); // preferred not compared

    const counts = await store.comparisonCounts({ includeSynthetic: false });
    expect(counts.sort((x, y) => String(x.preferred).localeCompare(String(y.preferred)))).toEqual([
      { profiles: ["kr", "us"], preferred: "kr", blind: false, count: 1 },
      { profiles: ["kr", "us"], preferred: null, blind: false, count: 1 },
    ]);
  });

  it("records arm assignments of 10,000 users, stable across sessions and near the weights, and reads the split back", async () => {
    const keys = nodePrivacyKeys("store-experiment-secret-0123456789");
    const raw = JSON.parse(readFileSync(join(PROJECT_ROOT, "culture-profiles", "kr.json"), "utf8")) as object;
    const kr = profileSchema.parse({
      ...raw,
      experiment: {
        id: "kr-arms",
        arms: [
          { id: "regional", weight: 3, targets: [{ model: "exaone-3.5-2.4b-instruct", languages: ["ko"] }] },
          { id: "generic", weight: 1, targets: [{ model: "qwen2.5-1.5b-instruct", languages: ["ko"] }] },
        ],
      },
    });
    const rows: InteractionRow[] = [];
    for (let user = 0; user < 10_000; user++) {
      const first = await assignArm(keys, kr, { user: `user-${user}`, session_id: `s${user}-a` });
      const second = await assignArm(keys, kr, { user: `user-${user}`, session_id: `s${user}-b` });
      expect(second?.arm).toBe(first?.arm); // sticky across the person's sessions
      const sessions = user % 10 === 0 ? [`s${user}-a`, `s${user}-b`] : [`s${user}-a`];
      for (const sessionId of sessions) {
        rows.push(
          interaction({
            sessionId,
            userHash: await keys.hashUser(`user-${user}`),
            model: first?.arm === "regional" ? "exaone-3.5-2.4b-instruct" : "qwen2.5-1.5b-instruct",
            experimentId: first?.id,
            experimentArm: first?.arm,
            experimentUnit: first?.unit,
            experimentShare: first?.share,
          }),
        );
      }
    }
    // The first few through the gateway's write path, the rest in bulk (the same drizzle insert, 1,000 rows a statement).
    await store.applyWrites(rows.slice(0, 50).map(interactionOp));
    for (let start = 50; start < rows.length; start += 1000) {
      await opened.db.insert(interactions).values(rows.slice(start, start + 1000));
    }
    const stored = await store.getInteraction(rows[0]!.id);
    expect(stored).toMatchObject({
      experimentId: "kr-arms",
      experimentArm: rows[0]!.experimentArm,
      experimentUnit: "user",
      experimentShare: rows[0]!.experimentShare,
    });

    const units = await store.armUnits({ includeSynthetic: false }, "kr-arms");
    expect(units.map((row) => row.arm)).toEqual(["generic", "regional"]);
    const [generic, regional] = units;
    expect((generic?.units ?? 0) + (regional?.units ?? 0)).toBe(10_000); // people, not interactions
    expect((generic?.interactions ?? 0) + (regional?.interactions ?? 0)).toBe(11_000);
    expect(regional?.share).toBeCloseTo(0.75, 6);
    expect(regional?.models).toEqual([{ model: "exaone-3.5-2.4b-instruct", interactions: regional?.interactions }]);
    // 7,500 expected, sd √(10,000 · 0.75 · 0.25) ≈ 43: within 4 sd, and no sample-ratio mismatch.
    expect(Math.abs((regional?.units ?? 0) - 7500)).toBeLessThan(4 * 43.3);
    expect(sampleRatioMismatch({ regional: regional?.units ?? 0, generic: generic?.units ?? 0 }, { regional: 0.75, generic: 0.25 }).mismatch).toBe(false);

    // Ratings reach their arm through the interaction they rate.
    const regionalRow = rows.find((row) => row.experimentArm === "regional")!;
    const genericRow = rows.find((row) => row.experimentArm === "generic")!;
    await store.applyWrite(rating(regionalRow.id, { fits_culture: 5 }));
    await store.applyWrite(rating(genericRow.id, { fits_culture: 2 }));
    const counts = await store.armRatingCounts({ includeSynthetic: false }, "kr-arms");
    expect(counts.map((row) => [row.arm, row.model, row.counts.fits_culture]).sort()).toEqual([
      ["generic", "qwen2.5-1.5b-instruct", [0, 1, 0, 0, 0]],
      ["regional", "exaone-3.5-2.4b-instruct", [0, 0, 0, 0, 1]],
    ]);
    expect(await store.armUnits({ includeSynthetic: false }, "another-experiment")).toEqual([]);
  });

  it("pairs the latest before and after check-in per session, with the session's profile", async () => {
    const checkin = (sessionId: string, phase: "before" | "after", distress: number, minute: number, profile: string | null = null): WriteOp => ({
      kind: "checkin",
      row: { id: randomUUID(), sessionId, userHash: null, phase, distress, profile, at: t(minute) },
    });
    await store.applyWrite(checkin("s1", "before", 9, 0)); // before any chat: profile unknown yet
    await store.applyWrite(interactionOp(interaction({ sessionId: "s1", profile: "kr", createdAt: new Date(t(1)) })));
    await store.applyWrite(checkin("s1", "after", 4, 2));
    await store.applyWrite(checkin("s2", "before", 7, 0, "us"));
    await store.applyWrite(checkin("s2", "before", 6, 1, "us")); // corrected
    await store.applyWrite(checkin("s2", "after", 6, 3, "us"));
    await store.applyWrite(checkin("s3", "before", 5, 0, "us")); // never answered after
    await expect(store.applyWrite(checkin("s4", "after", 11, 0))).rejects.toThrow();

    expect(await store.distressCounts({ includeSynthetic: false })).toEqual([
      { profile: "kr", before: 9, after: 4, count: 1 },
      { profile: "us", before: 6, after: 6, count: 1 },
    ]);
    expect(await store.distressCounts({ includeSynthetic: false, profiles: ["us"] })).toHaveLength(1);
  });

  it("counts ratings per group in SQL, leaving synthetic and out-of-window rows out", async () => {
    const levels = { kr: [5, 5, 4, 2], us: [3, 1] };
    for (const [profile, values] of Object.entries(levels)) {
      for (const value of values) {
        const row = interaction({ profile });
        await store.applyWrite(interactionOp(row));
        await store.applyWrite(rating(row.id, { fits_culture: value, would_work: 6 - value }, { at: t(10) }));
      }
    }
    const synthetic = interaction({ profile: "kr" });
    await store.applyWrite(interactionOp(synthetic));
    await store.applyWrite(rating(synthetic.id, { fits_culture: 1 }, { at: t(10), synthetic: true }));
    const late = interaction({ profile: "kr" });
    await store.applyWrite(interactionOp(late));
    await store.applyWrite(rating(late.id, { fits_culture: 1 }, { at: t(50) }));

    const window = { includeSynthetic: false, from: new Date(t(0)), to: new Date(t(30)) };
    const groups = await store.ratingCounts(window, ["profile"]);
    const byProfile = Object.fromEntries(groups.map((g) => [g.key.profile, g]));
    expect(byProfile.kr?.n).toBe(4);
    expect(byProfile.kr?.counts.fits_culture).toEqual([0, 1, 0, 1, 2]);
    expect(byProfile.kr?.counts.would_work).toEqual([2, 1, 0, 1, 0]);
    expect(byProfile.us?.counts.fits_culture).toEqual([1, 0, 1, 0, 0]);

    const withSynthetic = await store.ratingCounts({ ...window, includeSynthetic: true, profiles: ["kr"] }, ["profile"]);
    expect(withSynthetic.map((g) => g.n)).toEqual([5]);
    const everything = await store.ratingCounts({ includeSynthetic: true }, []);
    expect(everything.map((g) => g.n)).toEqual([8]);
  });

  it("erases everything about one user and nothing about others", async () => {
    const mine = "me".padEnd(64, "0");
    await store.applyWrite({ kind: "session", row: { id: "mine", userHash: mine, homeCountry: "KR", homeCulture: null, at: t(0) } });
    const a = interaction({ userHash: mine, sessionId: "mine", profile: "kr" });
    const b = interaction({ userHash: mine, sessionId: "mine", profile: "us" });
    const anonymousInMySession = interaction({ sessionId: "mine" });
    const other = interaction({ userHash: "other", profile: "kr" });
    for (const row of [a, b, anonymousInMySession, other]) await store.applyWrite(interactionOp(row));
    await store.applyWrite(rating(a.id, { fits_culture: 4 }));
    await store.applyWrite(rating(other.id, { fits_culture: 4 }));
    await store.applyWrite({
      kind: "comparison",
      row: { id: "c1", interactionIds: [a.id, b.id], preferredProfile: "kr", userHash: null, sessionId: null, at: t(1) },
    });
    const checkin = (id: string, userHash: string | null): WriteOp => ({
      kind: "checkin",
      row: { id, sessionId: "mine", userHash, phase: "before", distress: 8, profile: null, at: t(0) },
    });
    expect(await store.applyWrite(checkin("k0", null))).toBe("skipped"); // the session has an owner
    expect(await store.applyWrite(checkin("k1", mine))).toBe("created");
    await store.applyWrite({
      kind: "interaction_text",
      row: { interactionId: a.id, userHash: mine, messages: [{ role: "user", content: "x" }], completion: "y", at: t(0) },
    });

    expect(await store.eraseUser(mine)).toEqual({
      sessions: 1,
      interactions: 3,
      interaction_texts: 1,
      ratings: 1,
      comparisons: 1,
      checkins: 1,
    });
    expect(await store.getInteraction(a.id)).toBeUndefined();
    expect(await store.getInteraction(other.id)).toBeDefined();
    expect((await store.ratingCounts({ includeSynthetic: true }, [])).map((g) => g.n)).toEqual([1]);
    expect(await store.eraseUser(mine)).toMatchObject({ sessions: 0, interactions: 0, ratings: 0 });
  });
});

describe("PGlite on disk", () => {
  it("keeps its rows across a reopen, and re-applying the migrations is a no-op", async () => {
    const dir = mkdtempSync(join(tmpdir(), "glocal-pglite-"));
    try {
      const first = await openStore({ dataDir: dir });
      const row = interaction();
      await first.applyWrite(interactionOp(row));
      await first.close();
      const second = await openStore({ dataDir: dir });
      expect(await second.getInteraction(row.id)).toMatchObject({ id: row.id });
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
