import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { exportFinetune, toChatExample, type FinetuneExportOptions } from "../src/export/export.ts";
import type { Store } from "../src/store/store.ts";
import { interactionOp, type RatingItems } from "../src/store/write-ops.ts";
import { storeOver, type Connection } from "../src/store/open.ts";
import { connectionDrivers, startTestPostgres, type TestPostgres } from "./helpers/postgres.ts";
import { sql } from "drizzle-orm";
import { interactionRow } from "./helpers/interaction-row.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.close();
});

const drivers = connectionDrivers(() => server);

const AT = "2025-02-01T10:00:00.000Z";

interface Case {
  id: string;
  profile?: string;
  status?: "ok" | "error";
  synthetic?: boolean;
  /** Stored text (consent); absent: the deployment did not store it. */
  text?: { messages: { role: string; content: string }[]; completion: string };
  rating?: RatingItems;
  minute: number;
}

const conversation = (question: string) => [
  { role: "system", content: "You are a supportive listener for people from Korea." },
  { role: "user", content: question },
];

/** One interaction per outcome the export distinguishes. */
const CASES: Case[] = [
  { id: "good", minute: 1, text: { messages: conversation("question good"), completion: "answer good" }, rating: { fits_culture: 5, natural_language: 4 } },
  { id: "good-later", minute: 2, text: { messages: conversation("question later"), completion: "answer later" }, rating: { understood: 4 } },
  { id: "low", minute: 3, text: { messages: conversation("question low"), completion: "answer low" }, rating: { fits_culture: 5, understood: 3 } },
  { id: "no-consent", minute: 4, rating: { fits_culture: 5 } },
  {
    id: "synthetic",
    minute: 5,
    synthetic: true,
    text: { messages: conversation("question synthetic"), completion: "answer synthetic" },
    rating: { fits_culture: 5 },
  },
  { id: "unrated", minute: 6, text: { messages: conversation("question unrated"), completion: "answer unrated" } },
  { id: "failed", minute: 7, status: "error", text: { messages: conversation("question failed"), completion: "partial" }, rating: { fits_culture: 5 } },
  {
    id: "malformed",
    minute: 8,
    text: { messages: [...conversation("question malformed"), { role: "assistant", content: "earlier answer" }], completion: "answer malformed" },
    rating: { fits_culture: 5 },
  },
  { id: "other-profile", profile: "us", minute: 9, text: { messages: conversation("question us"), completion: "answer us" }, rating: { fits_culture: 5 } },
];

async function load(store: Store): Promise<void> {
  for (const item of CASES) {
    const minute = new Date(Date.parse(AT) + item.minute * 60_000);
    const userHash = `user-${item.id}`;
    await store.applyWrite(
      interactionOp({
        id: item.id,
        createdAt: minute,
        profile: item.profile ?? "kr",
        language: "ko",
        languageConfidence: 1,
        languageMethod: "script",
        otherCulture: false,
        route: [],
        status: item.status ?? "ok",
        stream: false,
        latencyMs: 50,
        userHash,
        synthetic: item.synthetic ?? false,
      }),
    );
    if (item.text) {
      await store.applyWrite({
        kind: "interaction_text",
        row: { interactionId: item.id, userHash, ...item.text, at: minute.toISOString(), synthetic: item.synthetic },
      });
    }
    if (item.rating) {
      await store.applyWrite({
        kind: "rating",
        row: { interactionId: item.id, userHash, items: item.rating, comment: null, at: minute.toISOString(), synthetic: item.synthetic },
      });
    }
  }
}

describe.each(drivers)("fine-tuning export on $name", (driver) => {
  let connection: Connection;
  let store: Store;
  beforeAll(async () => {
    connection = await driver.open();
    store = storeOver(connection.db, connection.driver, connection.close);
  });
  beforeEach(async () => {
    await connection.db.execute(sql.raw("truncate interactions, interaction_texts, sessions, ratings, comparisons, checkins"));
    await load(store);
  });
  afterAll(async () => {
    await store?.close();
  });

  async function run(options: FinetuneExportOptions) {
    const lines: string[] = [];
    const counts = await exportFinetune(connection.db, options, async (chunk) => void lines.push(...chunk), 2);
    return { counts, examples: lines.map((line) => JSON.parse(line) as { messages: { role: string; content: string }[] }) };
  }

  it("exports consented, well-rated, real conversations of the profile, oldest first, in the chat format", async () => {
    const { counts, examples } = await run({ profile: "kr", minRating: 4 });
    expect(examples).toEqual([
      { messages: [...conversation("question good"), { role: "assistant", content: "answer good" }] },
      { messages: [...conversation("question later"), { role: "assistant", content: "answer later" }] },
    ]);
    expect(counts).toEqual({
      interactions: 8,
      exported: 2,
      skipped: { synthetic: 1, no_consented_text: 1, not_ok: 1, not_rated: 1, below_min_rating: 1, malformed_text: 1 },
    });
  });

  it("never writes unconsented, synthetic or other profiles' text", async () => {
    const { examples } = await run({ profile: "kr", minRating: 1 });
    const text = JSON.stringify(examples);
    expect(text).not.toContain("synthetic");
    expect(text).not.toContain("answer us");
    // The low-rated one qualifies at --min-rating 1; the unconsented one has no text to leak.
    expect(examples.map((example) => example.messages.at(-1)?.content)).toEqual(["answer good", "answer later", "answer low"]);
  });

  it("judges one item when asked: a rating that skipped the item does not count", async () => {
    const { counts, examples } = await run({ profile: "kr", minRating: 5, item: "fits_culture" });
    expect(examples.map((example) => example.messages.at(-1)?.content)).toEqual(["answer good", "answer low"]);
    expect(counts.skipped.not_rated).toBe(2); // "unrated", and "good-later" answered only "understood"
  });

  it("requires every rating of an interaction to pass", async () => {
    // An interaction without a user (the app sent none) can be rated by several people.
    await store.applyWrite(interactionOp(interactionRow({ id: "shared", createdAt: new Date("2025-02-01T11:00:00Z"), latencyMs: 50 })));
    await store.applyWrite({
      kind: "interaction_text",
      row: { interactionId: "shared", userHash: null, messages: conversation("question shared"), completion: "answer shared", at: AT },
    });
    const rate = (userHash: string, fits: number) =>
      store.applyWrite({ kind: "rating", row: { interactionId: "shared", userHash, items: { fits_culture: fits }, comment: null, at: AT } });
    expect(await rate("rater-a", 5)).toBe("created");
    expect((await run({ profile: "kr", minRating: 4 })).examples.map((example) => example.messages.at(-1)?.content)).toContain("answer shared");
    expect(await rate("rater-b", 2)).toBe("created");
    const { counts, examples } = await run({ profile: "kr", minRating: 4 });
    expect(examples.map((example) => example.messages.at(-1)?.content)).not.toContain("answer shared");
    expect(counts.skipped.below_min_rating).toBe(2);
  });
});

describe("chat examples", () => {
  it("accepts a conversation ending with the user's turn and appends the answer", () => {
    expect(toChatExample([{ role: "user", content: "hi" }], "hello")).toEqual({
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: "hello" },
      ],
    });
  });

  it("refuses what a trainer could not use", () => {
    expect(toChatExample([], "x")).toBeUndefined();
    expect(toChatExample([{ role: "user", content: "hi" }], "  ")).toBeUndefined();
    expect(toChatExample([{ role: "tool", content: "hi" }], "x")).toBeUndefined();
    expect(toChatExample([{ role: "user", content: 3 }], "x")).toBeUndefined();
    expect(toChatExample("not a list", "x")).toBeUndefined();
  });
});
