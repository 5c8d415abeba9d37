/**
 * npm run bench:guard [-- --requests 40 --delay-ms 20]
 * Time to first byte of streamed answers with the output guard (the hold-back window and its checks)
 * against the same gateway with the guard switched off, in one run:
 *  - on the demo model (the local llama.cpp backend, random weights);
 *  - through the hosted backend to a local stub upstream that emits one token every `--delay-ms`.
 * TTFB is measured to the first SSE chunk carrying answer text. A third row separates the guard's own
 * computation from the hold-back wait: the same pipeline over tokens that are all already there. Requests alternate guarded/unguarded so
 * noise from other work on the machine hits both alike. The unguarded gateway uses the BENCHMARK-ONLY
 * `unguardedForBenchmark` start option: no request field or environment variable turns the guard off.
 */
import { parseArgs } from "node:util";
import { RequestGuard } from "../../src/chat/answer-guard.ts";
import { guardStream } from "../../src/chat/guarded-stream.ts";
import { assessRisk } from "../../src/safety/index.ts";
import { demoWeightsCatalog, startTestGateway, type TestGateway } from "../../test/helpers/gateway.ts";
import { startOpenAIStubServer } from "../../test/helpers/openai-stub-server.ts";
import { fmt, percentile } from "./stats.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "40" }, "delay-ms": { type: "string", default: "20" } } });
const requests = Number(values.requests);
const delayMs = Number(values["delay-ms"]);

// A reply of ordinary sentences, streamed one word-token at a time.
const TOKENS =
  "I am sorry the week has been so hard. Sleep often comes back slowly when the pressure eases. Would it help to talk about what keeps you awake?".split(
    /(?<= )/,
  );
const stub = await startOpenAIStubServer({ record: false, behaviour: { kind: "reply", chunks: TOKENS, delayMs } });
const stubModel = {
  kind: "hosted" as const,
  name: "bench stub",
  endpoint: { url: stub.url, model: "stub", timeoutMs: 20_000 },
  languages: ["en"],
  regional: [],
  licence: "test",
  commercial: true,
  demo: false,
};
const config = { GLOCAL_OFFLINE: true };
const start = (unguardedForBenchmark: boolean, withStub: boolean) =>
  startTestGateway({ config, unguardedForBenchmark, ...(withStub ? { catalog: demoWeightsCatalog({ "llama-3.2-3b-instruct": stubModel }) } : {}) });

const messages = [{ role: "user", content: "I have had a hard week at work and I cannot sleep well" }];

/** ms to the first SSE chunk with answer text, and to the end of the stream. */
async function timeToFirstText(gateway: TestGateway, model: string, maxTokens: number): Promise<{ ttfb: number; total: number }> {
  const t0 = performance.now();
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model, messages, stream: true, max_tokens: maxTokens, seed: 7, temperature: 0 }),
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let ttfb = Number.NaN;
  let seen = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += value;
    if (Number.isNaN(ttfb) && /"delta":\{"content":"[^"]/.test(seen)) ttfb = performance.now() - t0;
  }
  return { ttfb, total: performance.now() - t0 };
}

interface Row {
  name: string;
  guarded: number[];
  unguarded: number[];
  guardedTotal: number[];
  unguardedTotal: number[];
}

async function measure(name: string, withStub: boolean, maxTokens: number): Promise<Row> {
  const guarded = await start(false, withStub);
  const unguarded = await start(true, withStub);
  const row: Row = { name, guarded: [], unguarded: [], guardedTotal: [], unguardedTotal: [] };
  try {
    for (let i = 0; i < 3; i++) {
      await timeToFirstText(guarded, "glocal/us", maxTokens); // warm-up: model load, lexicon compile
      await timeToFirstText(unguarded, "glocal/us", maxTokens);
    }
    for (let i = 0; i < requests; i++) {
      const g = await timeToFirstText(guarded, "glocal/us", maxTokens);
      const u = await timeToFirstText(unguarded, "glocal/us", maxTokens);
      row.guarded.push(g.ttfb);
      row.guardedTotal.push(g.total);
      row.unguarded.push(u.ttfb);
      row.unguardedTotal.push(u.total);
    }
  } finally {
    await guarded.close();
    await unguarded.close();
  }
  return row;
}

const median = (xs: number[]) =>
  percentile(
    [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b),
    50,
  );
const p90 = (xs: number[]) =>
  percentile(
    [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b),
    90,
  );

/** The guard's compute alone: time to the first released chunk when every token is already available. */
async function computeOnly(): Promise<Row> {
  const conversation = messages.map((m) => ({ role: "user" as const, content: m.content }));
  const lexiconRisk = assessRisk(conversation);
  const row: Row = { name: "guard compute only (no waiting)", guarded: [], unguarded: [], guardedTotal: [], unguardedTotal: [] };
  async function* tokens() {
    yield* TOKENS;
  }
  for (let i = 0; i < requests * 10; i++) {
    const guard = new RequestGuard({ conversation, language: "en", lexiconRisk, signal: new AbortController().signal });
    let t0 = performance.now();
    let first = Number.NaN;
    for await (const _chunk of guardStream({ source: tokens(), check: guard.check, replacement: () => "", stop: () => undefined }).chunks) {
      if (Number.isNaN(first)) first = performance.now() - t0;
    }
    row.guarded.push(first);
    row.guardedTotal.push(performance.now() - t0);
    t0 = performance.now();
    first = Number.NaN;
    for await (const _token of tokens()) if (Number.isNaN(first)) first = performance.now() - t0;
    row.unguarded.push(first);
    row.unguardedTotal.push(performance.now() - t0);
  }
  return row;
}

const rows = [
  await computeOnly(),
  await measure("demo model (llama.cpp, 64 tokens)", false, 64),
  await measure(`stub upstream, ${delayMs} ms/token`, true, 64),
];
await stub.close();

console.log(`bench:guard — ${requests} streamed requests per cell, guarded and unguarded alternating (node ${process.version})`);
console.log(
  "route                              | TTFB median ms guarded | unguarded | added ms | ratio | TTFB p90 guarded | unguarded | whole answer median guarded | unguarded",
);
for (const r of rows) {
  const g = median(r.guarded);
  const u = median(r.unguarded);
  console.log(
    `${r.name.padEnd(34)} | ${fmt(g).padStart(22)} | ${fmt(u).padStart(9)} | ${fmt(g - u).padStart(8)} | ${fmt(g / u).padStart(5)} | ${fmt(p90(r.guarded)).padStart(16)} | ${fmt(p90(r.unguarded)).padStart(9)} | ${fmt(median(r.guardedTotal)).padStart(27)} | ${fmt(median(r.unguardedTotal)).padStart(9)}`,
  );
}
console.log("guarded = lexicon output guard on every window, no learned guard model; a guard model adds its own latency per window.");

// The goals, judged on this run's medians. The hold-back wait is the time the model takes to
// write the windows that must pass before text goes out; the guard's own cost is the compute-only row.
const [compute, demo, stubbed] = rows as [Row, Row, Row];
const added = (r: Row) => median(r.guarded) - median(r.unguarded);
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
console.log(`goal: guard's own computation ≤ 5 ms added to the first byte: ${fmt(added(compute))} ms, ${verdict(added(compute) <= 5)}`);
console.log(`goal: ≤ 300 ms after the model's first token at ${delayMs} ms/token: +${fmt(added(stubbed))} ms, ${verdict(added(stubbed) <= 300)}`);
console.log(
  `goal: demo model ≤ 5 ms added: +${fmt(added(demo))} ms, ${verdict(added(demo) <= 5)}` +
    (median(demo.guarded) >= median(demo.guardedTotal) - 1
      ? " (its whole answer is shorter than the windows that must pass, so the first byte waits for the end of the answer)"
      : ""),
);
