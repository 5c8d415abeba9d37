/**
 * npm run bench:store [-- --rows 1000000 --pglite-rows 1000000 --ratings 20000 --concurrency 64
 *                          --bulk 50 --bulk-concurrency 8 --only postgres|pglite]
 *
 * Two figures per driver (a throwaway embedded Postgres, and PGlite on disk):
 * 1. ingest: ratings per second through the HTTP API, twice: one rating per POST /v1/ratings
 *    (`--concurrency` requests at a time), and `--bulk` ratings per POST /v1/ratings/bulk (as an app
 *    that buffers ratings would send them; `--bulk-concurrency` at a time; `--bulk 0` skips it). A
 *    child process serves the real rating routes (zod validation, token check, existence check,
 *    durable write queue) on a loopback port; this process posts ratings of distinct interactions
 *    with valid tokens. It prints the CPU each process spent per rating (the database's too, on Linux).
 *    BENCH_CPU_PROFILE=<prefix> writes <prefix>-single.cpuprofile and <prefix>-bulk.cpuprofile: the
 *    rating server during each timed run.
 * 2. queries: the evaluator's satisfaction and pairwise computations (SQL aggregation plus the
 *    statistics, as GET /v1/eval/… runs them) over `--rows` synthetic ratings from eval:seed.
 * Goals (issue 3): ≥ 5,000 ratings/s; ≤ 1 s per evaluator query on Postgres at 1M ratings.
 * Figures depend on the machine: the load generator, the server and the database share its cores.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { distress } from "../../src/analysis/distress.ts";
import { pairwise } from "../../src/analysis/pairwise.ts";
import { satisfaction } from "../../src/analysis/satisfaction.ts";
import { ApiError, errorResponse } from "../../src/api/errors.ts";
import { registerRatingRoutes } from "../../src/api/ratings.ts";
import { generateSecret } from "../../src/privacy/keys.ts";
import { nodePrivacyKeys } from "../../src/privacy/node-keys.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { profileCountries, readProfiles, seedProfiles } from "../../src/report/profiles-node.ts";
import { DEFAULT_SEED_DAYS, DEFAULT_SEED_START, type InteractionSeedRow } from "../../src/seed/generate.ts";
import { insertRows, seedSynthetic } from "../../src/seed/insert.ts";
import { queryRows } from "../../src/store/db.ts";
import { connect, storeOver, type Connection } from "../../src/store/open.ts";
import { MemorySpool } from "../../src/store/spool.ts";
import type { EvalFilter } from "../../src/store/eval-queries.ts";
import { openWriteQueue } from "../../src/store/write-queue.ts";
import { silentLogger } from "../../src/util/log.ts";
import { startTestPostgres } from "../../test/helpers/postgres.ts";
import { startCpuProfile } from "./cpu-profile.ts";

const INGEST_GOAL_PER_SECOND = 5000;
const QUERY_GOAL_SECONDS = 1;
const SERVE_FLAG = "--serve-ratings";

type Driver = "postgres" | "pglite";

function connectTo(driver: Driver, location: string): Promise<Connection> {
  return driver === "postgres" ? connect({ dataDir: "memory://", databaseUrl: location, maxConnections: 16 }) : connect({ dataDir: location });
}

// ---------------------------------------------------------------------------------------------
// Child process: the rating route over a database holding `count` interactions "bench-<i>".
// ---------------------------------------------------------------------------------------------

async function serveRatings(driver: Driver, location: string, count: number, secret: string): Promise<void> {
  const connection = await connectTo(driver, location);
  const store = storeOver(connection.db, connection.driver, connection.close);
  const created = new Date().toISOString();
  for (let start = 0; start < count; start += 5000) {
    const rows: InteractionSeedRow[] = [];
    for (let i = start; i < Math.min(count, start + 5000); i++) {
      rows.push({
        id: `bench-${i}`,
        created_at: created,
        profile: "kr",
        language: "ko",
        language_confidence: 1,
        language_method: "script",
        other_culture: false,
        model: "bench",
        backend: "bench",
        route: [],
        status: "ok",
        stream: false,
        latency_ms: 100,
        session_id: `bench-session-${i % 1000}`,
        user_hash: `bench-user-${i}`,
        experiment_id: null,
        experiment_arm: null,
        experiment_unit: null,
        experiment_share: null,
        synthetic: true,
      });
    }
    await insertRows(connection.db, "interactions", rows);
  }
  await connection.db.execute(sql`analyze interactions`);

  const writes = await openWriteQueue({ store, spool: new MemorySpool(), log: silentLogger });
  const app = new Hono();
  registerRatingRoutes(app, {
    store,
    writes,
    keys: nodePrivacyKeys(secret),
    storeText: false,
    maxBodyBytes: 64 * 1024,
    profiles: new Map([["kr", { countries: ["KR"] }]]),
    log: silentLogger,
  });
  app.onError((error, c) => errorResponse(c, error instanceof ApiError ? error : new ApiError(500, error.message, "server_error", "internal_error")));
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((ready) => server.once("listening", ready));
  process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  let stopProfile: (() => Promise<void>) | undefined;
  process.on("message", async (message: { cmd: string; file?: string }) => {
    if (message.cmd === "profile" && message.file) {
      stopProfile = await startCpuProfile(message.file);
      process.send?.({ profiling: true });
    } else if (message.cmd === "count") {
      await stopProfile?.();
      stopProfile = undefined;
      await writes.idle();
      const [row] = await queryRows<{ n: number }>(connection.db, sql`select count(*)::int as n from ratings`);
      process.send?.({ ratings: Number(row?.n), queue: writes.status(), cpu: process.cpuUsage() });
    } else if (message.cmd === "stop") {
      server.close();
      await writes.close();
      await store.close();
      process.exit(0);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Parent: load generator and query timings.
// ---------------------------------------------------------------------------------------------

interface IngestResult {
  perSecond: number;
  seconds: number;
  posted: number;
  statuses: Record<string, number>;
  stored: number;
  /** CPU seconds used during the timed run by the load generator, the server process and (Postgres on Linux) the database server. */
  clientCpu: number;
  serverCpu: number;
  databaseCpu: number | undefined;
}

type IngestMode = { kind: "single"; concurrency: number } | { kind: "bulk"; size: number; concurrency: number };

/**
 * CPU seconds of a process and every process under it, living or reaped (Linux /proc; undefined
 * elsewhere). Postgres runs a process per connection and short-lived parallel workers.
 */
function processTreeCpuSeconds(rootPid: number | undefined): number | undefined {
  if (rootPid === undefined) return undefined;
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux architecture Node runs on
  try {
    const stats = new Map<number, { parent: number; ticks: number }>();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let text: string;
      try {
        text = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // exited meanwhile
      }
      // Fields after the parenthesised command name: state, ppid, …, utime (14), stime, cutime, cstime (17).
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
      stats.set(Number(entry), { parent: Number(fields[1]), ticks });
    }
    if (!stats.has(rootPid)) return undefined;
    const inTree = (pid: number): boolean => {
      for (let at: number | undefined = pid; at !== undefined && at > 1; at = stats.get(at)?.parent) if (at === rootPid) return true;
      return false;
    };
    let ticks = 0;
    for (const [pid, stat] of stats) if (inTree(pid)) ticks += stat.ticks;
    return ticks / ticksPerSecond;
  } catch {
    return undefined;
  }
}

function startServer(driver: Driver, location: string, count: number, secret: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), SERVE_FLAG, driver, location, String(count)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, BENCH_SECRET: secret },
    cwd: PROJECT_ROOT,
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`rating server exited with ${code} before it listened`)));
    child.once("message", (message: { url: string }) => resolve({ child, url: message.url }));
  });
}

function ask<T>(child: ChildProcess, cmd: string): Promise<T> {
  return new Promise((resolve) => {
    child.once("message", (message: T) => resolve(message));
    child.send({ cmd });
  });
}

/** The response status, and with `keepBody` the body text. */
function post(agent: Agent, url: URL, body: string, keepBody = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      if (keepBody) res.on("data", (chunk: Buffer) => chunks.push(chunk));
      else res.resume();
      res.once("end", () => resolve({ status: res.statusCode ?? 0, text: keepBody ? Buffer.concat(chunks).toString("utf8") : "" }));
    });
    req.once("error", reject);
    req.end(body);
  });
}

async function benchIngest(driver: Driver, location: string, ratings: number, mode: IngestMode, databaseCpu: () => number | undefined): Promise<IngestResult> {
  const perRequest = mode.kind === "bulk" ? mode.size : 1;
  const warmup = Math.min(2000, Math.ceil(ratings / 10));
  const secret = generateSecret();
  const keys = nodePrivacyKeys(secret);
  const { child, url } = await startServer(driver, location, warmup + ratings, secret);
  const target = new URL(mode.kind === "bulk" ? "/v1/ratings/bulk" : "/v1/ratings", url);
  const agent = new Agent({ keepAlive: true, maxSockets: mode.concurrency });
  const ratingBodies: object[] = [];
  for (let i = 0; i < warmup + ratings; i++) {
    const id = `bench-${i}`;
    ratingBodies.push({
      interaction_id: id,
      rating_token: await keys.ratingToken(id),
      items: { fits_culture: 1 + (i % 5), understood: 1 + ((i * 7) % 5), would_work: 4, natural_language: 5 },
    });
  }
  // One request body per `perRequest` ratings; the warm-up and the timed run never share a request.
  const bodiesOf = (from: number, to: number): string[] => {
    const bodies: string[] = [];
    for (let start = from; start < to; start += perRequest) {
      const slice = ratingBodies.slice(start, Math.min(to, start + perRequest));
      bodies.push(JSON.stringify(mode.kind === "bulk" ? { ratings: slice } : slice[0]));
    }
    return bodies;
  };
  const warmupBodies = bodiesOf(0, warmup);
  const timedBodies = bodiesOf(warmup, warmup + ratings);
  const statuses: Record<string, number> = {};
  const run = async (bodies: string[]) => {
    let next = 0;
    const worker = async () => {
      while (next < bodies.length) {
        const { status, text } = await post(agent, target, bodies[next++] as string, mode.kind === "bulk");
        if (mode.kind === "bulk" && status === 200) {
          // Count each rating's own status, as a client of the bulk route would read it.
          for (const item of (JSON.parse(text) as { data: { http_status: number }[] }).data) statuses[item.http_status] = (statuses[item.http_status] ?? 0) + 1;
        } else statuses[status] = (statuses[status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: mode.concurrency }, worker));
  };
  try {
    await run(warmupBodies);
    const before = await ask<{ ratings: number; cpu: NodeJS.CpuUsage }>(child, "count");
    for (const key of Object.keys(statuses)) delete statuses[key];
    const profilePrefix = process.env.BENCH_CPU_PROFILE;
    if (profilePrefix) {
      child.send({ cmd: "profile", file: `${profilePrefix}-${mode.kind}.cpuprofile` });
      await new Promise((ready) => child.once("message", ready));
    }
    const databaseBefore = databaseCpu();
    const clientBefore = process.cpuUsage();
    const started = performance.now();
    await run(timedBodies);
    const seconds = (performance.now() - started) / 1000;
    const client = process.cpuUsage(clientBefore);
    const databaseAfter = databaseCpu();
    const after = await ask<{ ratings: number; cpu: NodeJS.CpuUsage }>(child, "count");
    const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
    return {
      perSecond: ratings / seconds,
      seconds,
      posted: ratings,
      statuses,
      stored: after.ratings - before.ratings,
      clientCpu: cpuSeconds(client),
      serverCpu: cpuSeconds(after.cpu) - cpuSeconds(before.cpu),
      databaseCpu: databaseBefore !== undefined && databaseAfter !== undefined ? databaseAfter - databaseBefore : undefined,
    };
  } finally {
    agent.destroy();
    child.send({ cmd: "stop" });
    await new Promise((done) => child.once("exit", done));
  }
}

interface QueryTiming {
  name: string;
  /** Median of the timed runs, seconds. */
  seconds: number;
  runs: number[];
  /** Median CPU seconds of this process per run: the statistics, JSON shaping and driver work, not the database's. */
  cpuSeconds: number;
}

async function timeIt(name: string, runs: number, task: () => Promise<unknown>): Promise<QueryTiming> {
  await task(); // warm-up: plans, caches
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await task();
    times.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1e6);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  return { name, seconds: median(times), runs: times, cpuSeconds: median(cpu) };
}

async function benchQueries(driver: Driver, location: string, rows: number): Promise<{ seedSeconds: number; timings: QueryTiming[] }> {
  const profileList = readProfiles(join(PROJECT_ROOT, "culture-profiles"));
  const connection = await connectTo(driver, location);
  const store = storeOver(connection.db, connection.driver, connection.close);
  try {
    let shown = 0;
    const seeded = await seedSynthetic(connection.db, {
      ratings: rows,
      seed: 1,
      profiles: seedProfiles(profileList),
      start: DEFAULT_SEED_START,
      days: DEFAULT_SEED_DAYS,
      concurrency: driver === "postgres" ? 3 : 1,
      onProgress: ({ ratings, target, elapsedMs }) => {
        if (ratings - shown < target / 10 && ratings < target) return;
        shown = ratings;
        process.stderr.write(
          `    seeding ${driver}: ${ratings.toLocaleString("en-US")} / ${target.toLocaleString("en-US")} ratings, ${(elapsedMs / 1000).toFixed(0)} s\n`,
        );
      },
    });
    const [counted] = await queryRows<{ n: number }>(connection.db, sql`select count(*)::int as n from ratings`);
    console.log(
      `  ${driver}: ${Number(counted?.n).toLocaleString("en-US")} ratings, ${seeded.generated.comparisons.toLocaleString("en-US")} comparisons, ` +
        `${seeded.generated.checkins.toLocaleString("en-US")} check-ins seeded in ${(seeded.elapsedMs / 1000).toFixed(1)} s`,
    );

    const profiles = profileCountries(profileList);
    const filter: EvalFilter = { includeSynthetic: true };
    const runs = 3;
    const timings = [
      await timeIt("satisfaction ?by=profile", runs, () => satisfaction(store, profiles, { filter, by: ["profile"], minN: 1 })),
      await timeIt("satisfaction ?by=home,profile", runs, () => satisfaction(store, profiles, { filter, by: ["home", "profile"], minN: 1 })),
      await timeIt("pairwise (Bradley-Terry, 1000 resamples)", runs, () => pairwise(store, { filter })),
      await timeIt("distress", runs, () => distress(store, { filter })),
      await timeIt("  of which SQL: rating counts by profile", runs, () => store.ratingCounts(filter, ["profile"])),
      await timeIt("  of which SQL: rating counts by home,profile", runs, () => store.ratingCounts(filter, ["home", "profile"])),
      await timeIt("  of which SQL: comparison counts", runs, () => store.comparisonCounts(filter)),
    ];
    return { seedSeconds: seeded.elapsedMs / 1000, timings };
  } finally {
    await store.close();
  }
}

const verdict = (met: boolean) => (met ? "goal met" : "GOAL MISSED");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "1000000" },
      "pglite-rows": { type: "string" },
      ratings: { type: "string", default: "20000" },
      concurrency: { type: "string", default: "64" },
      bulk: { type: "string", default: "50" },
      "bulk-concurrency": { type: "string", default: "8" },
      only: { type: "string" },
    },
    strict: true,
  });
  const rows = Number(values.rows);
  const pgliteRows = Number(values["pglite-rows"] ?? values.rows);
  const ratings = Number(values.ratings);
  const concurrency = Number(values.concurrency);
  const bulk = Number(values.bulk);
  const bulkConcurrency = Number(values["bulk-concurrency"]);
  const drivers: Driver[] = values.only ? [values.only as Driver] : ["postgres", "pglite"];
  console.log(`bench:store on ${cpus().length} CPU(s), Node ${process.version}`);
  console.log(
    `ingest: ${ratings.toLocaleString("en-US")} ratings, one per POST /v1/ratings (${concurrency} concurrent)` +
      (bulk > 0 ? ` and ${bulk} per POST /v1/ratings/bulk (${bulkConcurrency} concurrent)` : "") +
      `, keep-alive; queries: median of 3 after a warm-up; load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(", ")}`,
  );

  const summary: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), "glocal-bench-store-"));
  const postgres = drivers.includes("postgres") ? await startTestPostgres() : undefined;
  try {
    for (const driver of drivers) {
      const location = async (name: string) => (driver === "postgres" ? (postgres as NonNullable<typeof postgres>).createDatabase() : join(scratch, name));
      const modes: IngestMode[] = [{ kind: "single", concurrency }];
      if (bulk > 0) modes.push({ kind: "bulk", size: bulk, concurrency: bulkConcurrency });
      for (const mode of modes) {
        const label =
          mode.kind === "single"
            ? `one rating per POST /v1/ratings, ${mode.concurrency} concurrent`
            : `${mode.size} ratings per POST /v1/ratings/bulk, ${mode.concurrency} concurrent`;
        console.log(`\n[${driver}] ingest through the HTTP API: ${label}`);
        const databaseCpu = () => (driver === "postgres" ? processTreeCpuSeconds(postgres?.serverPid()) : undefined);
        const ingest = await benchIngest(driver, await location(`ingest-${mode.kind}`), ratings, mode, databaseCpu);
        console.log(
          `  ${Math.round(ingest.perSecond).toLocaleString("en-US")} ratings/s (${ingest.posted} in ${ingest.seconds.toFixed(2)} s; ` +
            `rating statuses ${JSON.stringify(ingest.statuses)}; rows stored ${ingest.stored}); load average now ${loadavg()[0]?.toFixed(2)}`,
        );
        const perRating = (cpuSeconds: number) => `${((cpuSeconds * 1000) / ingest.posted).toFixed(3)} ms`;
        const database =
          ingest.databaseCpu === undefined
            ? driver === "pglite"
              ? "database: inside the gateway process"
              : "database: not measured (needs Linux /proc)"
            : `database ${perRating(ingest.databaseCpu)}`;
        const total = ingest.clientCpu + ingest.serverCpu + (ingest.databaseCpu ?? 0);
        console.log(
          `  CPU per rating: load generator ${perRating(ingest.clientCpu)}, gateway process ${perRating(ingest.serverCpu)}, ${database}; ` +
            `all ${perRating(total)} (cores busy: ${(total / ingest.seconds).toFixed(2)})`,
        );
        summary.push(
          `ingest   ${driver.padEnd(8)} ${Math.round(ingest.perSecond).toLocaleString("en-US").padStart(8)} ratings/s   ` +
            `${mode.kind === "single" ? "one per request       " : `${mode.size} per bulk request`.padEnd(22)}` +
            `(goal ≥ ${INGEST_GOAL_PER_SECOND.toLocaleString("en-US")}: ${verdict(ingest.perSecond >= INGEST_GOAL_PER_SECOND)})`,
        );
      }

      const scale = driver === "postgres" ? rows : pgliteRows;
      if (scale <= 0) continue;
      console.log(`\n[${driver}] evaluator queries over ${scale.toLocaleString("en-US")} synthetic ratings`);
      const { timings } = await benchQueries(driver, await location("queries"), scale);
      for (const timing of timings) {
        console.log(
          `  ${timing.name.padEnd(50)} ${timing.seconds.toFixed(3)} s  (runs ${timing.runs.map((run) => run.toFixed(3)).join(", ")}; ` +
            `CPU of this process ${timing.cpuSeconds.toFixed(3)} s)`,
        );
        if (timing.name.startsWith("  ")) continue;
        const goal = driver === "postgres" && scale >= 1_000_000 ? ` (goal ≤ ${QUERY_GOAL_SECONDS} s: ${verdict(timing.seconds <= QUERY_GOAL_SECONDS)})` : "";
        summary.push(
          `query    ${driver.padEnd(8)} ${timing.name.padEnd(42)} ${timing.seconds.toFixed(3)} s (CPU here ${timing.cpuSeconds.toFixed(3)} s) ` +
            `at ${scale.toLocaleString("en-US")} ratings${goal}`,
        );
      }
    }
  } finally {
    await postgres?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log("\nsummary");
  for (const line of summary) console.log(`  ${line}`);
}

if (process.argv[2] === SERVE_FLAG) {
  const [driver, location, count] = process.argv.slice(3);
  await serveRatings(driver as Driver, location as string, Number(count), process.env.BENCH_SECRET as string);
} else {
  await main();
}
