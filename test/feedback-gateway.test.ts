import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServedBy } from "../src/chat/served-by.ts";
import { startTestGateway, type TestGateway } from "./helpers/gateway.ts";

/**
 * The chat path and the feedback routes together in the real server: an answer's rating token rates it,
 * its interaction carries the user only as a keyed hash, compare answers can be rated and compared, and
 * text is kept only where the deployment opted in and the person consented.
 */
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ config: { GLOCAL_OFFLINE: true, GLOCAL_STORE_TEXT: true, GLOCAL_SECRET: "a-test-secret-of-enough-length" } });
});
afterAll(async () => {
  await gateway?.close();
});

const post = (path: string, body: unknown, method = "POST") =>
  fetch(`${gateway.url}${path}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function chat(body: Record<string, unknown>): Promise<ServedBy> {
  const response = await post("/v1/chat/completions", { model: "glocal/kr", max_tokens: 4, ...body });
  expect(response.status).toBe(200);
  return ((await response.json()) as { glocal: ServedBy }).glocal;
}

async function interaction(id: string) {
  for (let i = 0; i < 100; i++) {
    const row = await gateway.store.getInteraction(id);
    if (row) return row;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`interaction ${id} never arrived`);
}

describe("rating an answer from the chat response", () => {
  it("the rating token rates it once per user, and a second post updates", async () => {
    const served = await chat({ messages: [{ role: "user", content: "요즘 너무 지쳐요" }], user: "person-1", session_id: "s-1" });
    expect(served.rating_token).toMatch(/^rt1\./);
    const row = await interaction(served.interaction_id);
    expect(row.sessionId).toBe("s-1");
    expect(row.userHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain("person-1");

    const rating = { interaction_id: served.interaction_id, rating_token: served.rating_token, user: "person-1", items: { fits_culture: 4, understood: 5 } };
    expect((await post("/v1/ratings", rating)).status).toBe(201);
    expect((await post("/v1/ratings", { ...rating, items: { fits_culture: 2 } })).status).toBe(200);
  });

  it("a forged token, an unknown interaction and an out-of-range item get clear 4xx answers", async () => {
    const served = await chat({ messages: [{ role: "user", content: "잠이 안 와요" }] });
    const forged = await post("/v1/ratings", { interaction_id: served.interaction_id, rating_token: "rt1.forged", items: { understood: 3 } });
    expect(forged.status).toBe(403);
    const other = await chat({ messages: [{ role: "user", content: "괜찮아요" }] });
    const borrowed = await post("/v1/ratings", { interaction_id: served.interaction_id, rating_token: other.rating_token, items: { understood: 3 } });
    expect(borrowed.status).toBe(403);
    const outOfRange = await post("/v1/ratings", { interaction_id: served.interaction_id, rating_token: served.rating_token, items: { understood: 6 } });
    expect(outOfRange.status).toBe(400);
    expect(((await outOfRange.json()) as { error: { message: string } }).error.message).toMatch(/items\.understood/);
  });
});

describe("try another culture, then say which fits", () => {
  it("compare answers carry rating tokens and their choice is recorded as a comparison", async () => {
    const response = await post("/v1/chat/compare", {
      profiles: ["kr", "ng"],
      messages: [{ role: "user", content: "요즘 너무 지쳐요" }],
      max_tokens: 4,
      user: "person-2",
    });
    const { answers } = (await response.json()) as { answers: { profile: string; glocal: ServedBy }[] };
    expect(answers.every((a) => a.glocal.rating_token.startsWith("rt1."))).toBe(true);
    for (const a of answers) await interaction(a.glocal.interaction_id);
    const choice = await post("/v1/comparisons", {
      interactions: answers.map((a) => ({ interaction_id: a.glocal.interaction_id, rating_token: a.glocal.rating_token })),
      preferred: "kr",
      user: "person-2",
    });
    expect(choice.status).toBe(201);
    const stranger = await post("/v1/comparisons", {
      interactions: answers.map((a) => ({ interaction_id: a.glocal.interaction_id, rating_token: "rt1.forged" })),
      preferred: "kr",
    });
    expect(stranger.status).toBe(403);
  });
});

describe("text is kept only with the deployment's opt-in and the person's consent", () => {
  it("erasing a user reports texts only for the conversation that consented", async () => {
    const withConsent = await chat({ messages: [{ role: "user", content: "가족과 이야기하고 싶어요" }], user: "person-3", store_text_consent: true });
    const withoutConsent = await chat({ messages: [{ role: "user", content: "회사가 힘들어요" }], user: "person-4" });
    await interaction(withConsent.interaction_id);
    await interaction(withoutConsent.interaction_id);
    await new Promise((r) => setTimeout(r, 200));

    const erase = async (user: string) =>
      (await (await fetch(`${gateway.url}/v1/users/${user}/data`, { method: "DELETE" })).json()) as { erased: Record<string, number> } & Record<
        string,
        unknown
      >;
    const consented = await erase("person-3");
    const declined = await erase("person-4");
    expect(JSON.stringify(consented)).toMatch(/"interaction_texts":1/);
    expect(JSON.stringify(declined)).toMatch(/"interaction_texts":0/);
    expect(await gateway.store.getInteraction(withConsent.interaction_id)).toBeUndefined();
  });
});
