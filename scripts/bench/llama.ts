/**
 * npm run bench:llama [-- --requests 30 --max-tokens 128 --threads N]
 * Tokens per second and time to first token on the generated demo GGUF: node-llama-cpp called
 * directly (LlamaChat on one context) against the gateway's streamed /v1/chat/completions, same
 * file, same thread count, same profile system prompt, CPU, in one run. Requests alternate between
 * the two paths so both see the same machine load. Sampled answers differ in length, so rates are
 * summed over all requests; both prompt sizes are printed to show they match.
 * Then a thread sweep: raw decoding speed at 1 and 2 threads and at node-llama-cpp's default,
 * the measurement behind defaultThreadCount().
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getLlama, LlamaChat, LlamaLogLevel, resolveChatWrapper, type ChatHistoryItem } from "node-llama-cpp";
import { defaultThreadCount } from "../../src/backends/llama/threads.ts";
import { makeTestModel } from "../../src/gguf/demo-model.ts";
import { composeSystemPrompt } from "../../src/profiles/prompt.ts";
import { loadProfilesDir, PROJECT_ROOT } from "../../src/server.ts";
import { demoWeightsCatalog, DEMO_GGUF, DEMO_LORA, startTestGateway } from "../../test/helpers/gateway.ts";
import { fmt, percentile } from "./stats.ts";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "30" },
    "max-tokens": { type: "string", default: "128" },
    threads: { type: "string" },
    "skip-sweep": { type: "boolean", default: false },
  },
});
const requests = Number(values.requests);
const maxTokens = Number(values["max-tokens"]);
const threads = values.threads ? Number(values.threads) : defaultThreadCount();
const warmups = 3;
const temperature = 0.8;
const userMessage = "I have had a hard week at work and I cannot sleep well";

interface Sample {
  ttftMs: number;
  totalMs: number;
  completionTokens: number;
  promptTokens: number;
}

const modelPath = join(PROJECT_ROOT, DEMO_GGUF);
const adapterPath = join(PROJECT_ROOT, DEMO_LORA);
if (!existsSync(modelPath) || !existsSync(adapterPath)) await makeTestModel({ outDir: join(PROJECT_ROOT, "models", "test") });

// ---- gateway half: the real server, every local catalog entry on the demo weights ----
const catalog = demoWeightsCatalog();

async function viaGateway(url: string, seed: number): Promise<Sample & { model: string }> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "glocal/us",
      messages: [{ role: "user", content: userMessage }],
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: maxTokens,
      temperature,
      seed,
    }),
  });
  if (response.status !== 200 || !response.body) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const model = (response.headers.get("x-glocal-model") ?? "").split(";")[0]!.trim();
  let ttftMs = Number.NaN;
  let usage: { prompt_tokens: number; completion_tokens: number } | undefined;
  let pending = "";
  const decoder = new TextDecoder();
  for await (const bytes of response.body) {
    pending += decoder.decode(bytes, { stream: true });
    for (let end = pending.indexOf("\n\n"); end >= 0; end = pending.indexOf("\n\n")) {
      const event = pending.slice(0, end);
      pending = pending.slice(end + 2);
      const data = event.replace(/^data: /, "");
      if (data === "[DONE]") continue;
      const chunk = JSON.parse(data) as {
        choices?: Array<{ delta?: { content?: string } }>;
        usage?: { prompt_tokens: number; completion_tokens: number } | null;
      };
      if (Number.isNaN(ttftMs) && chunk.choices?.[0]?.delta?.content) ttftMs = performance.now() - started;
      if (chunk.usage) usage = chunk.usage;
    }
  }
  if (!usage) throw new Error("the gateway sent no usage chunk");
  return { model, ttftMs, totalMs: performance.now() - started, completionTokens: usage.completion_tokens, promptTokens: usage.prompt_tokens };
}

// ---- direct: the same GGUF (and adapter, if the route chose a LoRA entry) through LlamaChat ----
async function openDirect(lora: { scale: number } | undefined) {
  const llama = await getLlama({ gpu: false, build: "never", maxThreads: threads, logLevel: LlamaLogLevel.error });
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({
    contextSize: { max: 8192 },
    threads,
    ...(lora ? { lora: { adapters: [{ filePath: adapterPath, scale: lora.scale }] } } : {}),
  });
  const chatWrapper = resolveChatWrapper(model);
  const chat = new LlamaChat({ contextSequence: context.getSequence(), chatWrapper });
  // The system prompt the gateway composes for this request, so both paths evaluate the same prompt
  // size: attention cost per token grows with the context, and it dominates on a model this small.
  const usProfile = loadProfilesDir(join(PROJECT_ROOT, "culture-profiles")).find((p) => p.id === "us");
  if (!usProfile) throw new Error("culture-profiles has no us profile");
  const systemPrompt = composeSystemPrompt({
    profile: usProfile,
    languageName: "English",
    language: "en",
    script: "Latn",
    otherCulture: false,
    firstTurn: true,
  });
  const history: ChatHistoryItem[] = [
    { type: "system", text: systemPrompt },
    { type: "user", text: userMessage },
    { type: "model", response: [] },
  ];
  const promptTokens = chatWrapper.generateContextState({ chatHistory: history }).contextText.tokenize(model.tokenizer).length;

  async function generate(seed: number): Promise<Sample> {
    const started = performance.now();
    let ttftMs = Number.NaN;
    let completionTokens = 0;
    await chat.generateResponse(history, {
      maxTokens,
      temperature,
      seed,
      onToken: (tokens) => (completionTokens += tokens.length),
      onTextChunk: (text) => {
        if (Number.isNaN(ttftMs) && text !== "") ttftMs = performance.now() - started;
      },
    });
    return { ttftMs, totalMs: performance.now() - started, completionTokens, promptTokens };
  }
  return { generate, close: () => llama.dispose() };
}

const directSamples: Sample[] = [];
const gatewaySamples: Sample[] = [];
let gatewayProblem: string | undefined;
let servedNote = "";

let gateway: Awaited<ReturnType<typeof startTestGateway>> | undefined;
try {
  gateway = await startTestGateway({ catalog, config: { GLOCAL_OFFLINE: true, LLAMA_THREADS: threads } });
} catch (error) {
  gatewayProblem = `the gateway did not start: ${(error as Error).message.split("\n")[0]}`;
}

let lora: { scale: number } | undefined;
if (gateway) {
  const probe = await viaGateway(gateway.url, 1);
  const served = catalog.models[probe.model];
  if (!served || served.kind === "hosted") throw new Error(`expected a local route, got model "${probe.model}"`);
  if (served.kind === "lora") lora = { scale: served.scale };
  servedNote = ` via catalog entry "${probe.model}"${lora ? " (LoRA)" : ""}`;
}
const direct = await openDirect(lora);

for (let i = 0; i < warmups; i++) {
  await direct.generate(1000 + i);
  if (gateway) await viaGateway(gateway.url, 1000 + i);
}
for (let i = 0; i < requests; i++) {
  // Alternate which path goes first, so neither always runs right after the other.
  const seed = i + 1;
  if (gateway && i % 2 === 0) gatewaySamples.push(await viaGateway(gateway.url, seed));
  directSamples.push(await direct.generate(seed));
  if (gateway && i % 2 === 1) gatewaySamples.push(await viaGateway(gateway.url, seed));
}
await direct.close();
await gateway?.close();

// ---- report ----
function summarise(samples: Sample[]) {
  const answered = samples.filter((s) => s.completionTokens > 0 && !Number.isNaN(s.ttftMs));
  const ttfts = answered.map((s) => s.ttftMs).sort((a, b) => a - b);
  const decoding = answered.filter((s) => s.completionTokens > 1);
  const decodeTokens = decoding.reduce((n, s) => n + s.completionTokens - 1, 0);
  const decodeSeconds = decoding.reduce((t, s) => t + (s.totalMs - s.ttftMs), 0) / 1000;
  const tokens = samples.reduce((n, s) => n + s.completionTokens, 0);
  const seconds = samples.reduce((t, s) => t + s.totalMs, 0) / 1000;
  return {
    tokens,
    promptTokens: percentile(
      samples.map((s) => s.promptTokens).sort((a, b) => a - b),
      50,
    ),
    ttftMedian: percentile(ttfts, 50),
    ttftP90: percentile(ttfts, 90),
    decodeRate: decodeTokens / decodeSeconds,
    endToEndRate: tokens / seconds,
  };
}
const d = summarise(directSamples);
console.log(
  `bench:llama — ${requests} streamed answers per path (after ${warmups} warm-up), max ${maxTokens} tokens, ` +
    `temperature ${temperature}, ${threads} thread(s), CPU, demo GGUF${servedNote}, node ${process.version}`,
);
console.log("path    | prompt tok | tokens | TTFT median ms | TTFT p90 ms | decode tok/s | end-to-end tok/s");
const row = (name: string, s: ReturnType<typeof summarise>) =>
  console.log(
    `${name.padEnd(7)} | ${String(s.promptTokens).padStart(10)} | ${String(s.tokens).padStart(6)} | ${fmt(s.ttftMedian).padStart(14)} | ` +
      `${fmt(s.ttftP90).padStart(11)} | ${fmt(s.decodeRate, 0).padStart(12)} | ${fmt(s.endToEndRate, 0).padStart(16)}`,
  );
row("direct", d);
if (gatewayProblem) {
  console.log(`gateway | not measured: ${gatewayProblem}`);
  process.exitCode = 1;
} else {
  const g = summarise(gatewaySamples);
  row("gateway", g);
  console.log(
    `ratio gateway/direct: decode tok/s ${fmt(g.decodeRate / d.decodeRate)}, end-to-end tok/s ${fmt(g.endToEndRate / d.endToEndRate)}, ` +
      `TTFT median ${fmt(g.ttftMedian / d.ttftMedian)} (+${fmt(g.ttftMedian - d.ttftMedian)} ms)`,
  );
}

/** Tokens/s decoding up to 300 tokens (or for at most 3 s) on a short prompt, per thread setting. */
async function threadSweep() {
  // No maxThreads: the library's own default applies, as it would for a caller that sets nothing.
  const llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error });
  const model = await llama.loadModel({ modelPath });
  const prompt = model.tokenize(userMessage);
  console.log(`thread sweep (cores: ${availableParallelism()}, default chosen here: ${defaultThreadCount()}):`);
  for (const setting of [1, 2, undefined]) {
    const context = await model.createContext({ contextSize: 2048, ...(setting ? { threads: setting } : {}) });
    const sequence = context.getSequence();
    let tokens = 0;
    const started = performance.now();
    for await (const _token of sequence.evaluate(prompt, { temperature: 0.8, seed: 1 })) {
      if (++tokens >= 300 || performance.now() - started > 3000) break;
    }
    const rate = tokens / ((performance.now() - started) / 1000);
    const label = setting === undefined ? `library default (${context.currentThreads})` : String(setting);
    console.log(`  threads ${label.padEnd(22)} ${fmt(rate, 1).padStart(8)} tok/s`);
    await context.dispose();
  }
  await llama.dispose();
}

if (!values["skip-sweep"]) await threadSweep();
