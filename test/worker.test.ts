import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorker } from "../scripts/build-worker.ts";
import type { Catalog, CatalogModel } from "../src/catalog/schema.ts";
import { loadProfilesDir } from "../src/profiles/load-node.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { queryRows } from "../src/store/db.ts";
import { connect, type Connection } from "../src/store/open.ts";
import { loadCatalogFile } from "../src/server.ts";
import { EVALUATOR_KEY, TEST_SECRET } from "./helpers/feedback-server.ts";
import { DEFAULT_CHUNKS, startOpenAIStubServer, type OpenAIStubServer } from "./helpers/openai-stub-server.ts";
import { startTestPostgres, type TestPostgres } from "./helpers/postgres.ts";
import { startWranglerDev, wranglerConfigFor, type WranglerDev } from "./helpers/wrangler-dev.ts";

/**
 * The Workers entry (src/worker.ts) under `wrangler dev`: a real local workerd running the bundle
 * wrangler builds from wrangler.toml, with the prebuilt module from scripts/build-worker.ts, Postgres
 * through the Hyperdrive binding's local connection string (a real Postgres server, postgres.js over
 * cloudflare:sockets), and every catalog model a hosted endpoint on a local stand-in upstream.
 */
let upstream: OpenAIStubServer;
let pg: TestPostgres;
let db: Connection;
let worker: WranglerDev;
let dir: string;

/** The real catalog with every model served by the stand-in upstream under its own id. */
function hostedCatalog(url: string): Catalog {
  const real = loadCatalogFile(join(PROJECT_ROOT, "models", "catalog.json"));
  const models: Record<string, CatalogModel> = {};
  for (const [id, entry] of Object.entries(real.models)) {
    if (entry.kind === "lora") continue;
    const { name, languages, licence, commercial, regional, demo } = entry;
    models[id] = { kind: "hosted", name, languages, licence, commercial, regional, demo, endpoint: { url, model: `upstream/${id}`, timeoutMs: 20_000 } };
  }
  return { ...real, models };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "glocal-worker-"));
  upstream = await startOpenAIStubServer();
  pg = await startTestPostgres();
  const databaseUrl = await pg.createDatabase();
  // The deploy step: migrations run from Node (npm run db:migrate), never from the Worker.
  db = await connect({ dataDir: "memory://", databaseUrl });

  const catalogFile = join(dir, "catalog.json");
  writeFileSync(catalogFile, JSON.stringify(hostedCatalog(upstream.url)));
  // A build of its own next to a copy of wrangler.toml that reads it; the deployable dist/worker/ is left alone.
  const buildDir = join(PROJECT_ROOT, "dist", "worker-test");
  await buildWorker({ GLOCAL_CATALOG: catalogFile }, join(buildDir, "prebuilt.js"));

  worker = await startWranglerDev({
    stateDir: join(dir, "state"),
    config: wranglerConfigFor(buildDir),
    vars: { GLOCAL_SECRET: TEST_SECRET, GLOCAL_EVALUATOR_KEY: EVALUATOR_KEY, GLOCAL_LOG_LEVEL: "warn" },
    env: { CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: databaseUrl },
  });
}, 240_000);

afterAll(async () => {
  await worker?.close();
  await db?.close();
  await upstream?.close();
  await pg?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(worker.url + path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

async function storedInteraction(id: string): Promise<{ profile: string; model: string; status: string; stream: boolean } | undefined> {
  for (let i = 0; i < 100; i++) {
    const [row] = await queryRows<{ profile: string; model: string; status: string; stream: boolean }>(
      db.db,
      sql`select profile, model, status, stream from interactions where id = ${id}`,
    );
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

interface Completion {
  choices: { message: { role: string; content: string }; finish_reason: string }[];
  glocal: { interaction_id: string; rating_token: string; profile: string; model: string; backend: string; language: { code: string } };
}

describe("the Worker under wrangler dev", () => {
  let answered: Completion;

  it("answers a JSON chat from the hosted upstream and records it in Postgres", async () => {
    const response = await post("/v1/chat/completions", {
      model: "glocal/us",
      messages: [{ role: "user", content: "I have been feeling so tired and alone since I moved here" }],
    });
    expect(response.status, await response.clone().text()).toBe(200);
    answered = (await response.json()) as Completion;
    expect(answered.choices[0]?.message).toMatchObject({ role: "assistant", content: DEFAULT_CHUNKS.join("") });
    expect(answered.glocal).toMatchObject({ profile: "us", model: "llama-3.2-3b-instruct", backend: "hosted", language: { code: "en" } });
    expect(response.headers.get("x-glocal-model")).toBe("llama-3.2-3b-instruct");
    const sent = upstream.requests.at(-1)?.body as { model: string; messages: { role: string; content: string }[] };
    expect(sent.model).toBe("upstream/llama-3.2-3b-instruct");
    expect(sent.messages.at(-1)?.content).toBe("I have been feeling so tired and alone since I moved here");

    expect(await storedInteraction(answered.glocal.interaction_id)).toEqual({ profile: "us", model: "llama-3.2-3b-instruct", status: "ok", stream: false });
  });

  it("streams a chat as server-sent events ending in [DONE], and records it when the stream ends", async () => {
    const response = await post("/v1/chat/completions", {
      model: "glocal/kr",
      stream: true,
      messages: [{ role: "user", content: "요즘 너무 지쳐요" }],
    });
    expect(response.status, worker.output()).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = (await response.text())
      .split("\n\n")
      .map((block) => block.replace(/^data: /, "").trim())
      .filter(Boolean);
    expect(events.at(-1)).toBe("[DONE]");
    const chunks = events
      .slice(0, -1)
      .map((event) => JSON.parse(event) as { choices: { delta: { content?: string } }[]; glocal?: { interaction_id: string; model: string } });
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("")).toBe(DEFAULT_CHUNKS.join(""));
    const glocal = chunks.find((chunk) => chunk.glocal)?.glocal;
    expect(glocal?.model).toBe("exaone-3.5-2.4b-instruct");
    expect(await storedInteraction(glocal?.interaction_id ?? "")).toMatchObject({ profile: "kr", model: "exaone-3.5-2.4b-instruct", stream: true });
  });

  it("stores a rating and the evaluator endpoint counts it", async () => {
    const response = await post("/v1/ratings", {
      interaction_id: answered.glocal.interaction_id,
      rating_token: answered.glocal.rating_token,
      user: "worker-test-user",
      items: { fits_culture: 4, understood: 5, would_work: 3, natural_language: 5 },
    });
    expect(response.status, worker.output()).toBe(201);
    const [row] = await queryRows<{ fits_culture: number; understood: number }>(
      db.db,
      sql`select fits_culture, understood from ratings where interaction_id = ${answered.glocal.interaction_id}`,
    );
    expect(row).toEqual({ fits_culture: 4, understood: 5 });

    const forged = await post("/v1/ratings", { interaction_id: answered.glocal.interaction_id, rating_token: "rt1.forged", items: { understood: 1 } });
    expect(forged.status).toBe(403);

    const figures = await fetch(`${worker.url}/v1/eval/satisfaction?by=profile`, { headers: { authorization: `Bearer ${EVALUATOR_KEY}` } });
    expect(figures.status).toBe(200);
    expect(((await figures.json()) as { n_ratings: number }).n_ratings).toBe(1);
  });

  it("lists the same profiles as the Node server, from the prebuilt data", async () => {
    const response = await fetch(`${worker.url}/v1/profiles`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: string; rating_items?: unknown }[] };
    const expected = loadProfilesDir(join(PROJECT_ROOT, "culture-profiles"))
      .map((p) => p.id)
      .sort();
    expect(body.data.map((p) => p.id).sort()).toEqual(expected);
  });

  it("serves the playground with its prebuilt script", async () => {
    const page = await fetch(`${worker.url}/`);
    expect(page.status).toBe(200);
    const script = /src="(\/assets\/playground\.js\?v=[\w-]+)"/.exec(await page.text())?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${worker.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect((await asset.text()).length).toBeGreaterThan(1000);
  });
});
