import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_BULK_RATINGS } from "../src/api/ratings.ts";
import { queryRows } from "../src/store/db.ts";
import { EVALUATOR_KEY, startFeedbackServer, type FeedbackServer } from "./helpers/feedback-server.ts";
import { startTestPostgres, storeDrivers, type TestPostgres, type TestStore } from "./helpers/postgres.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.close();
});

interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string };
}

async function expectError(response: Response, status: number, code: string, param?: string | null): Promise<ErrorBody> {
  const body = (await response.json()) as ErrorBody;
  expect({ status: response.status, code: body.error.code }).toEqual({ status, code });
  expect(body.error.message.length).toBeGreaterThan(10);
  if (param !== undefined) expect(body.error.param).toBe(param);
  return body;
}

describe.each(storeDrivers(() => server))("feedback API on $name", (driver) => {
  let opened: TestStore;
  let api: FeedbackServer;
  beforeAll(async () => {
    opened = await driver.open();
    api = await startFeedbackServer({ store: opened.store, evaluatorKey: EVALUATOR_KEY });
  });
  beforeEach(async () => {
    await opened.reset();
  });
  afterAll(async () => {
    await api?.close();
    await opened?.store.close();
  });

  const satisfactionByProfile = async () => {
    const response = await fetch(`${api.url}/v1/eval/satisfaction?by=profile`, { headers: { authorization: `Bearer ${EVALUATOR_KEY}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as {
      groups: { key: { profile: string }; n: number; items: Record<string, { distribution: { count: number }[] } | null> }[];
    };
  };

  describe("POST /v1/ratings", () => {
    it("stores a rating (201) and a second post by the same user replaces it (200)", async () => {
      const { id, token } = await api.interaction({ user: "alice" });
      const first = await api.post("/v1/ratings", { interaction_id: id, rating_token: token, user: "alice", items: { fits_culture: 2, understood: 3 } });
      expect(first.status).toBe(201);
      expect(await first.json()).toMatchObject({ object: "rating", interaction_id: id, status: "created", items: { fits_culture: 2, understood: 3 } });
      const second = await api.post("/v1/ratings", {
        interaction_id: id,
        rating_token: token,
        user: "alice",
        items: { fits_culture: 5, understood: 4, would_work: 4, natural_language: 5 },
      });
      expect(second.status).toBe(200);
      expect((await second.json()) as object).toMatchObject({ status: "updated" });
      const { groups } = await satisfactionByProfile();
      expect(groups).toHaveLength(1);
      expect(groups[0]?.n).toBe(1);
      expect(groups[0]?.items.fits_culture?.distribution.map((d) => d.count)).toEqual([0, 0, 0, 0, 1]);
    });

    it("rejects a forged or mismatched rating token with 403", async () => {
      const mine = await api.interaction();
      const other = await api.interaction();
      const forged = `rt1.${"A".repeat(43)}`;
      await expectError(
        await api.post("/v1/ratings", { interaction_id: mine.id, rating_token: forged, items: { understood: 4 } }),
        403,
        "invalid_rating_token",
        "rating_token",
      );
      await expectError(
        await api.post("/v1/ratings", { interaction_id: mine.id, rating_token: other.token, items: { understood: 4 } }),
        403,
        "invalid_rating_token",
      );
      await expectError(
        await api.post("/v1/ratings", { interaction_id: mine.id, rating_token: "not-a-token", items: { understood: 4 } }),
        403,
        "invalid_rating_token",
      );
      expect((await satisfactionByProfile()).groups).toEqual([]);
    });

    it("answers 404 for an interaction that does not exist, even with a valid token", async () => {
      const id = "never-recorded";
      const token = await api.keys.ratingToken(id);
      await expectError(
        await api.post("/v1/ratings", { interaction_id: id, rating_token: token, items: { fits_culture: 3 } }),
        404,
        "interaction_not_found",
        "interaction_id",
      );
    });

    it("refuses to rate another user's interaction", async () => {
      const { id, token } = await api.interaction({ user: "alice" });
      await expectError(
        await api.post("/v1/ratings", { interaction_id: id, rating_token: token, user: "mallory", items: { fits_culture: 1 } }),
        403,
        "wrong_user",
        "user",
      );
    });

    it.each([
      [{ fits_culture: 6 }, "items.fits_culture"],
      [{ understood: 0 }, "items.understood"],
      [{ would_work: 3.5 }, "items.would_work"],
      [{ natural_language: "5" }, "items.natural_language"],
      [{ fits_cultur: 3 }, "items"],
      [{}, "items"],
    ])("rejects items %j with a 400 naming %s", async (items, param) => {
      const { id, token } = await api.interaction();
      await expectError(await api.post("/v1/ratings", { interaction_id: id, rating_token: token, items }), 400, "invalid_value", param);
    });

    it("rejects bodies that are not the rating shape", async () => {
      const { id, token } = await api.interaction();
      await expectError(await api.post("/v1/ratings", { interaction_id: id, items: { fits_culture: 3 } }), 400, "invalid_value", "rating_token");
      await expectError(await api.post("/v1/ratings", "{not json"), 400, "invalid_json");
      const plain = await fetch(`${api.url}/v1/ratings`, { method: "POST", body: "x", headers: { "content-type": "text/plain" } });
      await expectError(plain, 415, "unsupported_media_type");
      await expectError(await api.post("/v1/ratings", { interaction_id: id, rating_token: token, items: { fits_culture: 3 }, extra: 1 }), 400, "invalid_value");
    });

    it("drops the comment unless the deployment stores text", async () => {
      const { id, token } = await api.interaction();
      const response = await api.post("/v1/ratings", { interaction_id: id, rating_token: token, items: { fits_culture: 4 }, comment: "felt heard" });
      expect(((await response.json()) as { comment_stored: boolean }).comment_stored).toBe(false);
      const rows = await queryRows<{ comment: string | null }>(opened.db, sql`select comment from ratings where interaction_id = ${id}`);
      expect(rows).toEqual([{ comment: null }]);

      const withText = await startFeedbackServer({ store: opened.store, storeText: true });
      try {
        const other = await withText.interaction();
        const stored = await withText.post("/v1/ratings", {
          interaction_id: other.id,
          rating_token: other.token,
          items: { fits_culture: 4 },
          comment: "felt heard",
        });
        expect(((await stored.json()) as { comment_stored: boolean }).comment_stored).toBe(true);
        const kept = await queryRows<{ comment: string | null }>(opened.db, sql`select comment from ratings where interaction_id = ${other.id}`);
        expect(kept).toEqual([{ comment: "felt heard" }]);
      } finally {
        await withText.close();
      }
    });
  });

  describe("POST /v1/ratings/bulk", () => {
    interface BulkResult {
      object: "rating" | "error";
      index: number;
      http_status: number;
      interaction_id: string;
      status?: string;
      error?: ErrorBody["error"];
    }
    const postBulk = async (ratings: unknown[]) => {
      const response = await api.post("/v1/ratings/bulk", { ratings });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { object: string; data: BulkResult[] };
      expect(body.object).toBe("list");
      return body.data;
    };

    it("stores each rating as POST /v1/ratings would and answers one result per rating, in order", async () => {
      const alice = await api.interaction({ user: "alice" });
      const anon = await api.interaction({ profile: "ng" });
      const again = await api.interaction({ user: "alice" });
      await api.post("/v1/ratings", { interaction_id: again.id, rating_token: again.token, user: "alice", items: { fits_culture: 1 } });
      const data = await postBulk([
        { interaction_id: alice.id, rating_token: alice.token, user: "alice", items: { fits_culture: 5, understood: 4 } },
        { interaction_id: anon.id, rating_token: anon.token, items: { would_work: 2 } },
        { interaction_id: again.id, rating_token: again.token, user: "alice", items: { fits_culture: 3 } },
      ]);
      expect(data.map(({ object, index, http_status, interaction_id, status }) => ({ object, index, http_status, interaction_id, status }))).toEqual([
        { object: "rating", index: 0, http_status: 201, interaction_id: alice.id, status: "created" },
        { object: "rating", index: 1, http_status: 201, interaction_id: anon.id, status: "created" },
        { object: "rating", index: 2, http_status: 200, interaction_id: again.id, status: "updated" },
      ]);
      const rows = await queryRows<{ interaction_id: string; profile: string; fits_culture: number | null; would_work: number | null }>(
        opened.db,
        sql`select interaction_id, profile, fits_culture, would_work from ratings order by interaction_id`,
      );
      expect(rows).toEqual(
        [
          { interaction_id: alice.id, profile: "kr", fits_culture: 5, would_work: null },
          { interaction_id: anon.id, profile: "ng", fits_culture: null, would_work: 2 },
          { interaction_id: again.id, profile: "kr", fits_culture: 3, would_work: null },
        ].sort((a, b) => (a.interaction_id < b.interaction_id ? -1 : 1)),
      );
    });

    it("answers a refused rating with its own error and stores the others", async () => {
      const good = await api.interaction({ user: "alice" });
      const other = await api.interaction({ user: "alice" });
      const missing = "never-recorded";
      const data = await postBulk([
        { interaction_id: good.id, rating_token: other.token, items: { fits_culture: 2 } },
        { interaction_id: missing, rating_token: await api.keys.ratingToken(missing), items: { fits_culture: 2 } },
        { interaction_id: other.id, rating_token: other.token, user: "mallory", items: { fits_culture: 2 } },
        { interaction_id: good.id, rating_token: good.token, user: "alice", items: { fits_culture: 4 } },
      ]);
      expect(data.map(({ object, http_status, error }) => [object, http_status, error?.code, error?.param])).toEqual([
        ["error", 403, "invalid_rating_token", "ratings[0].rating_token"],
        ["error", 404, "interaction_not_found", "ratings[1].interaction_id"],
        ["error", 403, "wrong_user", "ratings[2].user"],
        ["rating", 201, undefined, undefined],
      ]);
      expect(data[0]?.error?.message.length).toBeGreaterThan(10);
      const rows = await queryRows<{ interaction_id: string; fits_culture: number }>(opened.db, sql`select interaction_id, fits_culture from ratings`);
      expect(rows).toEqual([{ interaction_id: good.id, fits_culture: 4 }]);
    });

    it("rejects a malformed item, an empty list or too many ratings with a 400 naming the field, and stores nothing", async () => {
      const { id, token } = await api.interaction();
      const valid = { interaction_id: id, rating_token: token, items: { fits_culture: 3 } };
      await expectError(
        await api.post("/v1/ratings/bulk", { ratings: [valid, { ...valid, items: { fits_culture: 6 } }] }),
        400,
        "invalid_value",
        "ratings[1].items.fits_culture",
      );
      await expectError(await api.post("/v1/ratings/bulk", { ratings: [] }), 400, "invalid_value", "ratings");
      await expectError(await api.post("/v1/ratings/bulk", { ratings: new Array(MAX_BULK_RATINGS + 1).fill(valid) }), 400, "invalid_value", "ratings");
      await expectError(await api.post("/v1/ratings/bulk", [valid]), 400, "invalid_value");
      expect(await queryRows(opened.db, sql`select 1 from ratings`)).toEqual([]);
    });
  });

  describe("POST /v1/comparisons", () => {
    it("stores the preferred profile among 2–4 answers, or a tie", async () => {
      const kr = await api.interaction({ profile: "kr" });
      const us = await api.interaction({ profile: "us" });
      const ng = await api.interaction({ profile: "ng" });
      const three = [kr, us, ng].map(({ id, token }) => ({ interaction_id: id, rating_token: token }));
      const created = await api.post("/v1/comparisons", { interactions: three, preferred: "ng" });
      expect(created.status).toBe(201);
      expect(await created.json()).toMatchObject({ object: "comparison", profiles: ["kr", "ng", "us"], preferred: "ng", status: "created" });
      expect((await api.post("/v1/comparisons", { interactions: three.slice(0, 2), preferred: "tie" })).status).toBe(201);
    });

    it("rejects forged tokens, unknown answers, a profile twice and a preferred profile not compared", async () => {
      const kr = await api.interaction({ profile: "kr" });
      const us = await api.interaction({ profile: "us" });
      const us2 = await api.interaction({ profile: "us" });
      const entry = ({ id, token }: { id: string; token: string }) => ({ interaction_id: id, rating_token: token });
      await expectError(
        await api.post("/v1/comparisons", { interactions: [entry(kr), { interaction_id: us.id, rating_token: kr.token }], preferred: "kr" }),
        403,
        "invalid_rating_token",
        "interactions[1].rating_token",
      );
      const ghost = { interaction_id: "ghost", rating_token: await api.keys.ratingToken("ghost") };
      await expectError(
        await api.post("/v1/comparisons", { interactions: [entry(kr), ghost], preferred: "kr" }),
        404,
        "interaction_not_found",
        "interactions[1].interaction_id",
      );
      await expectError(await api.post("/v1/comparisons", { interactions: [entry(us), entry(us2)], preferred: "us" }), 400, "same_profile_twice");
      await expectError(
        await api.post("/v1/comparisons", { interactions: [entry(kr), entry(us)], preferred: "ng" }),
        400,
        "preferred_not_compared",
        "preferred",
      );
      await expectError(await api.post("/v1/comparisons", { interactions: [entry(kr)], preferred: "kr" }), 400, "invalid_value", "interactions");
      await expectError(await api.post("/v1/comparisons", { interactions: [entry(kr), entry(kr)], preferred: "kr" }), 400, "duplicate_interaction");
    });
  });

  describe("sessions and check-ins", () => {
    it("records distress before and after, and ratings take on the session's declared home", async () => {
      const put = await fetch(`${api.url}/v1/sessions/sess-1`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ user: "bo", home_country: "kr" }),
      });
      expect(put.status).toBe(201);
      expect(await put.json()).toMatchObject({ id: "sess-1", home_country: "KR" });
      const { id, token } = await api.interaction({ profile: "us", sessionId: "sess-1", user: "bo" });
      expect((await api.post("/v1/ratings", { interaction_id: id, rating_token: token, items: { fits_culture: 3 } })).status).toBe(201);
      const checkin = await api.post("/v1/sessions/sess-1/checkins", { user: "bo", before: 8, after: 5 });
      expect(checkin.status).toBe(201);
      expect(await checkin.json()).toMatchObject({ session_id: "sess-1", recorded: { before: 8, after: 5 } });

      const headers = { authorization: `Bearer ${EVALUATOR_KEY}` };
      const byHome = (await (await fetch(`${api.url}/v1/eval/satisfaction?by=home,profile`, { headers })).json()) as {
        groups: { key: object; own_culture: boolean }[];
      };
      expect(byHome.groups.map((g) => [g.key, g.own_culture])).toEqual([[{ home: "KR", profile: "us" }, false]]);
      const distress = (await (await fetch(`${api.url}/v1/eval/distress`, { headers })).json()) as { groups: { profile: string; mean_change: number }[] };
      expect(distress.groups.map((g) => [g.profile, g.mean_change])).toEqual([["us", -3]]);
    });

    it("rejects bad check-ins with clear 4xx answers", async () => {
      await api.post("/v1/sessions/owned/checkins", { user: "owner", before: 3 });
      await expectError(await api.post("/v1/sessions/owned/checkins", { user: "intruder", after: 1 }), 403, "wrong_user", "user");
      await expectError(await api.post("/v1/sessions/owned/checkins", { after: 1 }), 403, "wrong_user");
      await expectError(await api.post("/v1/sessions/s/checkins", { before: 11 }), 400, "invalid_value", "before");
      await expectError(await api.post("/v1/sessions/s/checkins", { after: -1 }), 400, "invalid_value", "after");
      await expectError(await api.post("/v1/sessions/s/checkins", {}), 400, "invalid_value");
      await expectError(await api.post("/v1/sessions/s/checkins", { before: 2, profile: "atlantis" }), 400, "profile_not_found", "profile");
      await expectError(await api.post(`/v1/sessions/${"x".repeat(129)}/checkins`, { before: 2 }), 400, "invalid_session_id", "id");
      const badHome = await fetch(`${api.url}/v1/sessions/s`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ home_country: "Korea" }),
      });
      await expectError(badHome, 400, "invalid_value", "home_country");
    });
  });

  describe("DELETE /v1/users/:user/data", () => {
    it("erases everything about the user, returns counts, and leaves other users alone", async () => {
      const erin = "erin smith+1@example.org/é";
      await fetch(`${api.url}/v1/sessions/s-erase`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ user: erin, home_culture: "kr" }),
      });
      const a = await api.interaction({ user: erin, sessionId: "s-erase", profile: "kr" });
      const b = await api.interaction({ user: erin, sessionId: "s-erase", profile: "us" });
      const other = await api.interaction({ user: "olga" });
      await api.post("/v1/ratings", { interaction_id: a.id, rating_token: a.token, items: { fits_culture: 5 } });
      await api.post("/v1/ratings", { interaction_id: other.id, rating_token: other.token, items: { fits_culture: 2 } });
      await api.post("/v1/comparisons", { interactions: [a, b].map((x) => ({ interaction_id: x.id, rating_token: x.token })), preferred: "kr", user: erin });
      await api.post("/v1/sessions/s-erase/checkins", { user: erin, before: 6 });

      const erased = await fetch(`${api.url}/v1/users/${encodeURIComponent(erin)}/data`, { method: "DELETE" });
      expect(erased.status).toBe(200);
      expect(await erased.json()).toEqual({
        object: "user.data.erased",
        deleted: { sessions: 1, interactions: 2, interaction_texts: 0, ratings: 1, comparisons: 1, checkins: 1 },
      });
      await expectError(
        await api.post("/v1/ratings", { interaction_id: a.id, rating_token: a.token, items: { fits_culture: 5 } }),
        404,
        "interaction_not_found",
      );
      const { groups } = await satisfactionByProfile();
      expect(groups.map((g) => g.n)).toEqual([1]);
      const again = (await (await fetch(`${api.url}/v1/users/${encodeURIComponent(erin)}/data`, { method: "DELETE" })).json()) as {
        deleted: Record<string, number>;
      };
      expect(Object.values(again.deleted).every((n) => n === 0)).toBe(true);
    });
  });
});

describe("feedback API while Postgres is down", () => {
  it("accepts ratings into the spool (202) and stores them when the server is back", async () => {
    const [, postgresDriver] = storeDrivers(() => server);
    const opened = await postgresDriver!.open();
    const api = await startFeedbackServer({ store: opened.store, evaluatorKey: EVALUATOR_KEY });
    try {
      const { id, token } = await api.interaction({ profile: "ng", user: "ada" });
      await server.stop();
      const queued = await api.post("/v1/ratings", { interaction_id: id, rating_token: token, user: "ada", items: { fits_culture: 4 } });
      expect(queued.status).toBe(202);
      expect(await queued.json()).toMatchObject({ status: "queued" });
      const other = await api.interaction({ profile: "kr", user: "ada" });
      const bulk = await api.post("/v1/ratings/bulk", {
        ratings: [{ interaction_id: other.id, rating_token: other.token, user: "ada", items: { understood: 2 } }],
      });
      expect(bulk.status).toBe(200);
      expect(await bulk.json()).toMatchObject({ data: [{ object: "rating", http_status: 202, status: "queued" }] });
      const checkin = await api.post("/v1/sessions/down/checkins", { user: "ada", before: 7 });
      expect(checkin.status).toBe(202);
      // Erasure cannot see spooled rows, so it waits for the replay instead of half-erasing.
      await expectError(await fetch(`${api.url}/v1/users/ada/data`, { method: "DELETE" }), 503, "storage_recovering");
      const evaluator = await fetch(`${api.url}/v1/eval/satisfaction`, { headers: { authorization: `Bearer ${EVALUATOR_KEY}` } });
      await expectError(evaluator, 503, "storage_unavailable");

      await server.start();
      await api.writes.drained();
      const rows = await queryRows<{ profile: string; fits_culture: number }>(
        opened.db,
        sql`select profile, fits_culture from ratings where interaction_id = ${id}`,
      );
      expect(rows).toEqual([{ profile: "ng", fits_culture: 4 }]);
      const bulkRows = await queryRows(opened.db, sql`select profile, understood from ratings where interaction_id = ${other.id}`);
      expect(bulkRows).toEqual([{ profile: "kr", understood: 2 }]);
      const checkins = await queryRows(opened.db, sql`select 1 from checkins where session_id = 'down'`);
      expect(checkins).toHaveLength(1);
    } finally {
      await server.start();
      await api.close();
      await opened.store.close();
    }
  });
});
