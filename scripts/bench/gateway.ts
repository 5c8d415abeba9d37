/**
 * npm run bench:gateway [-- --requests 1000 --rounds 3]
 *
 * What glocal costs on the request path, against a baseline measured in the same run: three servers,
 * each in its own process (gateway-process.ts), all in front of the same instant stub upstream:
 *   direct       the stub itself
 *   passthrough  a minimal hono + fetch proxy that forwards to the stub and does nothing else
 *   glocal       the real gateway (profile, language, risk, routing, hosted client, interaction
 *                written to PGlite on disk, rating token, every feature on), "us" routed to the stub
 * at concurrency 1 and 32, plain and streamed, the three targets interleaved in every round. Each
 * request's last user turn is new text, so language detection and the risk scan really run.
 * Prints glocal's throughput and added latency as ratios to the passthrough's, and glocal's resident
 * memory after start and after the load (its routes are hosted; local models are in the catalog but
 * never asked for, so llama.cpp should stay unloaded).
 * Targets (issue 10): ≥ 0.8 × the passthrough's req/s at c=32; ≤ 1 ms added median at c=1; ≤ 150 MB idle RSS.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { Agent, request } from "node:http";
import { cpus } from "node:os";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { fmt, percentile, type LoadResult } from "./stats.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "1000" }, rounds: { type: "string", default: "3" } } });
const total = Number(values.requests);
const rounds = Number(values.rounds);

interface Server {
  url: string;
  child: ChildProcess;
}

async function startServer(...args: string[]): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./gateway-process.ts", import.meta.url).pathname, ...args], {
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
  return { url: line.trim(), child };
}

async function stopServer(server: Server): Promise<void> {
  server.child.kill("SIGTERM");
  await once(server.child, "exit");
}

function memoryOf(server: Server): Promise<{ rss: number; localRuntimeStarted: boolean }> {
  return new Promise((resolve) => {
    server.child.once("message", (message: { rss: number; localRuntimeStarted: boolean }) => resolve(message));
    server.child.send("rss");
  });
}

const SENTENCES = [
  "I have had a hard week at work and I cannot sleep well",
  "My sister and I argued again and I feel alone with it",
  "Since the move I do not know anyone here and the evenings are long",
  "I keep worrying about money and it is hard to think about anything else",
];
let sequence = 0;
/** A new last user turn every time, so no cache can answer for the gateway. */
function body(model: string, stream: boolean): string {
  const n = sequence++;
  const content = `${SENTENCES[n % SENTENCES.length]}, day ${n}`;
  return JSON.stringify({ model, messages: [{ role: "user", content }], max_tokens: 16, stream });
}

function post(agent: Agent, url: URL, payload: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } },
      (res) => {
        if (res.statusCode !== 200) {
          let text = "";
          res.on("data", (part: Buffer) => (text += part));
          res.once("end", () => reject(new Error(`HTTP ${res.statusCode} from ${url.host}: ${text.slice(0, 300)}`)));
          return;
        }
        res.resume();
        res.once("end", resolve);
      },
    );
    req.once("error", reject);
    req.end(payload);
  });
}

async function load(target: URL, model: string, stream: boolean, count: number, concurrency: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      next++;
      const payload = body(model, stream);
      const t = performance.now();
      await post(agent, target, payload);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: count, seconds, medianMs: percentile(latencies, 50), p99Ms: percentile(latencies, 99), rps: count / seconds };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const stub = await startServer("stub");
const passthrough = await startServer("passthrough", stub.url);
const glocal = await startServer("glocal", stub.url);
const idle = await memoryOf(glocal);
const passthroughIdle = await memoryOf(passthrough);

const targets = [
  { name: "direct", url: new URL("/v1/chat/completions", stub.url), model: "stub" },
  { name: "passthrough", url: new URL("/v1/chat/completions", passthrough.url), model: "stub" },
  { name: "glocal", url: new URL("/v1/chat/completions", glocal.url), model: "glocal/us" },
] as const;
type TargetName = (typeof targets)[number]["name"];

// Check glocal really routes to the hosted stub before timing anything.
const probe = (await (
  await fetch(targets[2].url, { method: "POST", headers: { "content-type": "application/json" }, body: body("glocal/us", false) })
).json()) as {
  glocal: { backend: string };
};
if (probe.glocal.backend !== "hosted") throw new Error(`expected the hosted route, got ${JSON.stringify(probe.glocal)}`);

const cells = [1, 32].flatMap((concurrency) => [false, true].map((stream) => ({ concurrency, stream })));
const results = new Map<string, Record<TargetName, LoadResult[]>>();
const cellKey = (c: { concurrency: number; stream: boolean }) => `${c.concurrency}|${c.stream}`;
for (const cell of cells) {
  results.set(cellKey(cell), { direct: [], passthrough: [], glocal: [] });
  for (const target of targets) await load(target.url, target.model, cell.stream, Math.min(200, total), cell.concurrency); // warm-up
}
for (let round = 0; round < rounds; round++) {
  for (const cell of cells) {
    // Rotate the order each round so no target always runs right after another's burst.
    const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
    for (const target of order) {
      results.get(cellKey(cell))![target.name].push(await load(target.url, target.model, cell.stream, total, cell.concurrency));
    }
  }
}
const loaded = await memoryOf(glocal);

console.log(
  `bench:gateway — ${total} requests per cell and target, ${rounds} interleaved rounds (median of rounds shown, req/s range in brackets); ` +
    `instant local stub upstream; ${cpus().length} CPU(s), node ${process.version}`,
);
console.log("conc | mode   | target      | median ms | p99 ms  | req/s               | added median ms (vs direct)");
const summary: string[] = [];
for (const cell of cells) {
  const r = results.get(cellKey(cell))!;
  const mode = cell.stream ? "stream" : "plain";
  const direct = median(r.direct.map((x) => x.medianMs));
  for (const target of targets) {
    const runs = r[target.name];
    const rps = runs.map((x) => x.rps);
    const added = target.name === "direct" ? "" : fmt(median(runs.map((x) => x.medianMs)) - direct);
    console.log(
      `${String(cell.concurrency).padStart(4)} | ${mode.padEnd(6)} | ${target.name.padEnd(11)} | ${fmt(median(runs.map((x) => x.medianMs))).padStart(9)} | ` +
        `${fmt(median(runs.map((x) => x.p99Ms))).padStart(7)} | ${fmt(median(rps), 0).padStart(5)} [${fmt(Math.min(...rps), 0)}–${fmt(Math.max(...rps), 0)}]`.padEnd(
          28,
        ) +
        ` | ${added}`,
    );
  }
  const glocalRps = median(r.glocal.map((x) => x.rps));
  const passRps = median(r.passthrough.map((x) => x.rps));
  const glocalAdded = median(r.glocal.map((x) => x.medianMs)) - direct;
  const passAdded = median(r.passthrough.map((x) => x.medianMs)) - direct;
  const goal =
    cell.concurrency === 32
      ? ` (goal ≥ 0.80: ${glocalRps / passRps >= 0.8 ? "met" : "MISSED"})`
      : ` (goal ≤ 1 ms added: ${glocalAdded <= 1 ? "met" : "MISSED"})`;
  summary.push(
    `c=${String(cell.concurrency).padEnd(2)} ${mode.padEnd(6)} glocal/passthrough req/s ${fmt(glocalRps / passRps)}; ` +
      `added median glocal ${fmt(glocalAdded)} ms vs passthrough ${fmt(passAdded)} ms (ratio ${fmt(glocalAdded / Math.max(passAdded, 0.01))})${goal}`,
  );
}
console.log("\nratios to the passthrough, same run");
for (const line of summary) console.log(`  ${line}`);
console.log("\nglocal memory, hosted routes only (local models in the catalog, never asked for)");
console.log(
  `  RSS after start ${mb(idle.rss)}; after ${rounds * cells.length * total + cells.length * Math.min(200, total) + 1} requests ${mb(loaded.rss)} (goal ≤ 150 MB idle: ${idle.rss <= 150 * 1024 * 1024 ? "met" : "MISSED"})`,
);
console.log(`  llama.cpp loaded: ${loaded.localRuntimeStarted ? "yes (unexpected)" : "no"}; the passthrough's RSS after start ${mb(passthroughIdle.rss)}`);

for (const server of [glocal, passthrough, stub]) await stopServer(server);
