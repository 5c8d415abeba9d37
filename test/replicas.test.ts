import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { queryRows } from "../src/store/db.ts";
import { connect, type Connection } from "../src/store/open.ts";
import { EVALUATOR_KEY, TEST_SECRET } from "./helpers/feedback-server.ts";
import { startTestPostgres, type TestPostgres } from "./helpers/postgres.ts";

/**
 * Three stateless gateway replicas (real `node --import tsx src/server.ts` processes, the demo model offline) on one
 * real Postgres, the way docs/deploy.md sets them up behind a load balancer: they start at the same
 * moment (migrations run once, under the advisory lock), chats are spread across them, every answer
 * is rated on a different replica than the one that served it, one replica is SIGKILLed while chats
 * are in flight, and the evaluator figures agree across the survivors and with the acknowledged ratings.
 */

interface Replica {
  index: number;
  url: string;
  child: ChildProcess;
  alive: boolean;
  output: string;
}

let pg: TestPostgres;
let databaseUrl: string;
let db: Connection;
let dir: string;
const replicas: Replica[] = [];

function baseEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: databaseUrl,
    GLOCAL_OFFLINE: "1",
    GLOCAL_DATA_DIR: dataDir,
    GLOCAL_LOG_LEVEL: "warn",
    LLAMA_GPU: "false",
    LLAMA_THREADS: "1",
    GLOCAL_SECRET: TEST_SECRET,
    GLOCAL_EVALUATOR_KEY: EVALUATOR_KEY,
  };
}

function startServer(env: NodeJS.ProcessEnv): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  // `node --import tsx`, not the tsx CLI: that one runs the server in a child process, which a SIGKILL
  // of the CLI would leave running.
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let output = "";
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start in time:\n${output}`)), 90_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const listening = /glocal is listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening?.[1]) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`replica exited (${code}) before listening:\n${output}`));
    });
  });
  return { child, ready, output: () => output };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "glocal-replicas-"));
  pg = await startTestPostgres();
  databaseUrl = await pg.createDatabase();
  // All three at once, on a fresh database: they race for the migrations.
  const started = [0, 1, 2].map((index) => ({ index, ...startServer(baseEnv(join(dir, `replica-${index}`))) }));
  const urls = await Promise.all(started.map((s) => s.ready));
  for (const [i, s] of started.entries()) {
    const replica: Replica = { index: s.index, url: urls[i] as string, child: s.child, alive: true, output: "" };
    s.child.once("exit", () => (replica.alive = false));
    replicas.push(replica);
  }
  db = await connect({ dataDir: "memory://", databaseUrl });
}, 180_000);

afterAll(async () => {
  await Promise.all(
    replicas.map(async (replica) => {
      if (!replica.alive) return;
      const exited = new Promise((done) => replica.child.once("exit", done));
      replica.child.kill("SIGTERM");
      await exited;
    }),
  );
  await db?.close();
  await pg?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Served {
  interactionId: string;
  token: string;
  servedBy: number;
}

/** Chats and ratings a dead replica's connection error sent to another one (reported, not asserted: it depends on timing). */
let rerouted = 0;

const nextLive = (after: number): Replica => {
  for (let step = 1; step <= replicas.length; step++) {
    const candidate = replicas[(after + step) % replicas.length] as Replica;
    if (candidate.alive) return candidate;
  }
  throw new Error("no replica alive");
};

/** A chat as a load balancer would send it: to `first`, and to the next live replica if that one is gone. */
async function chat(first: number, n: number): Promise<Served> {
  let target = replicas[first] as Replica;
  for (let attempt = 0; attempt < replicas.length; attempt++) {
    try {
      const response = await fetch(`${target.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          model: "glocal/us",
          max_tokens: 6,
          seed: n,
          messages: [{ role: "user", content: `I have been feeling low for ${n} days now` }],
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { glocal: { interaction_id: string; rating_token: string } };
      return { interactionId: body.glocal.interaction_id, token: body.glocal.rating_token, servedBy: target.index };
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // only a connection error (the replica is gone) is retried
      rerouted++;
      await new Promise((resolve) => setTimeout(resolve, 100));
      target = nextLive(target.index);
    }
  }
  throw new Error("the chat was not served");
}

async function rate(served: Served): Promise<{ status: number; on: number; code?: string }> {
  let target = nextLive(served.servedBy); // never the replica that served it
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${target.url}/v1/ratings`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ interaction_id: served.interactionId, rating_token: served.token, items: { fits_culture: 4, understood: 5 } }),
      });
      const body = (await response.json()) as { error?: { code: string } };
      return { status: response.status, on: target.index, code: body.error?.code };
    } catch (error) {
      if (!(error instanceof TypeError) || attempt >= replicas.length) throw error;
      rerouted++;
      await new Promise((resolve) => setTimeout(resolve, 100));
      target = nextLive(target.index);
      if (target.index === served.servedBy) target = nextLive(target.index);
    }
  }
}

describe("three gateway replicas on one Postgres", () => {
  it("ran the migrations exactly once although all three started together", async () => {
    const migrations = readdirSync(join(PROJECT_ROOT, "src", "store", "migrations")).filter((f) => f.endsWith(".sql")).length;
    const rows = await queryRows<{ hash: string }>(db.db, sql`select hash from drizzle.__drizzle_migrations`);
    expect(rows).toHaveLength(migrations);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(migrations);
  });

  it("loses no acknowledged rating when a replica is killed mid-load, and every replica reports the same figures", async () => {
    const served: Served[] = [];
    const ratings: { served: Served; status: number; on: number; code?: string }[] = [];
    const round = async (from: number, count: number) => {
      const batch = await Promise.all(Array.from({ length: count }, (_, i) => chat((from + i) % replicas.length, from + i)));
      served.push(...batch);
      const results = await Promise.all(batch.map(rate));
      for (const [i, one] of results.entries()) ratings.push({ served: batch[i] as Served, ...one });
    };
    // Warm-up round on all three, then a round during which replica 2 dies, then one on the survivors.
    await round(0, 6);
    const inFlight = round(6, 6);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const victim = replicas[2] as Replica;
    const exited = new Promise((done) => victim.child.once("exit", done));
    victim.child.kill("SIGKILL");
    await exited;
    await inFlight;
    await round(12, 6);

    console.info(`replicas: ${served.filter((s) => s.servedBy === 2).length} chats served by the killed replica, ${rerouted} requests rerouted after the kill`);
    expect(served).toHaveLength(18);
    expect(served.filter((s) => s.servedBy === 2).length).toBeGreaterThan(0); // it really served before it died
    for (const rating of ratings) expect(rating.on).not.toBe(rating.served.servedBy);
    // A rating is refused only for an answer whose own record died with the killed replica.
    for (const rating of ratings.filter((r) => r.status !== 201)) {
      expect({ status: rating.status, code: rating.code, servedBy: rating.served.servedBy }).toEqual({
        status: 404,
        code: "interaction_not_found",
        servedBy: 2,
      });
    }
    const acknowledged = ratings.filter((r) => r.status === 201).map((r) => r.served.interactionId);
    expect(acknowledged.length).toBeGreaterThanOrEqual(12);

    const stored = await queryRows<{ interaction_id: string }>(db.db, sql`select interaction_id from ratings`);
    expect(new Set(stored.map((r) => r.interaction_id))).toEqual(new Set(acknowledged));

    const figures = await Promise.all(
      replicas
        .filter((r) => r.alive)
        .map(async (r) => {
          const response = await fetch(`${r.url}/v1/eval/satisfaction?by=profile`, { headers: { authorization: `Bearer ${EVALUATOR_KEY}` } });
          expect(response.status).toBe(200);
          return (await response.json()) as { n_ratings: number };
        }),
    );
    expect(figures).toHaveLength(2);
    expect(figures[0]?.n_ratings).toBe(acknowledged.length);
    expect(figures[1]).toEqual(figures[0]);
  });

  it("refuses to start a replica without GLOCAL_SECRET, saying why", async () => {
    const env = baseEnv(join(dir, "no-secret"));
    delete env.GLOCAL_SECRET;
    const started = startServer(env);
    await expect(started.ready).rejects.toThrow(/exited \(1\)/);
    expect(started.output()).toMatch(/GLOCAL_SECRET is not set, but DATABASE_URL is: every gateway on one database must use the same secret/);
  });
});
