import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { makeTestModel } from "../scripts/make-test-model.ts";
import { createLlamaRuntime, type LlamaModelBackend, type LlamaRuntime, type LlamaRuntimeOptions } from "../src/backends/llama/index.ts";
import { chooseSequence, commonPrefixLength } from "../src/backends/llama/prefix-affinity.ts";
import { BackendUnavailableError, QueueFullError, type ChatMessage, type GenerateEvent, type GenerateRequest } from "../src/backends/types.ts";
import { catalogSchema, type Catalog } from "../src/catalog/schema.ts";

let dir: string;
let catalog: Catalog;
const runtimes: LlamaRuntime[] = [];

const messages: ChatMessage[] = [
  { role: "system", content: "You are a kind listener." },
  { role: "user", content: "요즘 너무 지쳐요" },
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "glocal-llama-"));
  const { modelPath, adapterPath } = await makeTestModel({ outDir: dir });
  const broken = path.join(dir, "broken.gguf");
  await writeFile(broken, "this is not a GGUF file");
  const common = { name: "test", languages: ["en"], licence: "none", demo: true };
  catalog = catalogSchema.parse({
    models: {
      demo: { kind: "gguf", source: { path: modelPath }, ...common },
      "demo-lora": { kind: "lora", base: "demo", source: { path: adapterPath }, scale: 1, ...common },
      absent: { kind: "gguf", source: { path: path.join(dir, "absent.gguf") }, ...common },
      broken: { kind: "gguf", source: { path: broken }, ...common },
    },
  });
});

afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.close()));
  await rm(dir, { recursive: true, force: true });
});

async function runtimeWith(options: LlamaRuntimeOptions = {}) {
  const runtime = await createLlamaRuntime({ gpu: false, threads: 1, ...options });
  runtimes.push(runtime);
  runtime.createBackends(catalog);
  const backend = (id: string) => runtime.backend(id) as LlamaModelBackend;
  return { runtime, backend };
}

/**
 * A sampled request whose answer runs past `tokens` when nobody stops it (found, not assumed, so
 * the abort and queue tests keep meaning something if the demo model's weights change).
 */
async function longRunningRequest(backend: LlamaModelBackend, tokens = 40): Promise<GenerateRequest> {
  for (let seed = 1; seed <= 50; seed++) {
    const request = { model: backend.id, messages, temperature: 2, seed, maxTokens: 400 };
    const { done } = await collect(backend, request);
    if (done.type === "done" && done.usage.completionTokens > tokens) return request;
  }
  throw new Error(`no seed in 1..50 gives an answer longer than ${tokens} tokens`);
}

async function collect(backend: LlamaModelBackend, request: Omit<GenerateRequest, "model">, signal = new AbortController().signal) {
  const events: GenerateEvent[] = [];
  for await (const event of backend.generate({ model: backend.id, ...request }, signal)) events.push(event);
  const text = events.flatMap((e) => (e.type === "text" ? [e.text] : [])).join("");
  const done = events.at(-1);
  if (done?.type !== "done") throw new Error("the last event is not done");
  return { events, text, done };
}

describe("llama backend on the generated model", () => {
  let runtime: LlamaRuntime;
  let backend: (id: string) => LlamaModelBackend;

  beforeAll(async () => {
    ({ runtime, backend } = await runtimeWith());
  });

  it("streams text deltas, then one done with usage and the finish reason", async () => {
    const { events, text, done } = await collect(backend("demo"), { messages, temperature: 0, maxTokens: 8 });
    expect(events.filter((e) => e.type === "text").length).toBeGreaterThan(1);
    expect(events.filter((e) => e.type === "done")).toHaveLength(1);
    expect(text.length).toBeGreaterThan(0);
    expect(done).toMatchObject({ finishReason: "length", usage: { completionTokens: 8 } });
    if (done.type === "done") expect(done.usage.promptTokens).toBeGreaterThan(10);
    expect(backend("demo").health()).toEqual({ state: "ready", queued: 0 });
  });

  it("renders earlier turns into the prompt through the model's chat template", async () => {
    const short = await collect(backend("demo"), { messages, temperature: 0, maxTokens: 1 });
    const longer = await collect(backend("demo"), {
      messages: [messages[0]!, { role: "user", content: "hello" }, { role: "assistant", content: "hello, how are you?" }, messages[1]!],
      temperature: 0,
      maxTokens: 1,
    });
    const usage = (r: typeof short) => (r.done.type === "done" ? r.done.usage.promptTokens : 0);
    // Two more ChatML turns: their text plus <|im_start|>, role, newline and <|im_end|> markers.
    expect(usage(longer) - usage(short)).toBeGreaterThanOrEqual(8);
  });

  it("stops at a stop sequence, without emitting it", async () => {
    const request = { messages, temperature: 0, maxTokens: 64 };
    const full = await collect(backend("demo"), request);
    expect(full.text.length).toBeGreaterThan(12);
    const stop = full.text.slice(8, 11);
    const cut = await collect(backend("demo"), { ...request, stop: ["never in this text", stop] });
    expect(cut.text).toBe(full.text.slice(0, full.text.indexOf(stop)));
    expect(cut.done).toMatchObject({ finishReason: "stop" });
  });

  it("samples reproducibly with a seed", async () => {
    const request = { messages, temperature: 1, topP: 0.95, maxTokens: 24 };
    const a = await collect(backend("demo"), { ...request, seed: 11 });
    const b = await collect(backend("demo"), { ...request, seed: 11 });
    const c = await collect(backend("demo"), { ...request, seed: 12 });
    expect(a.text).toBe(b.text);
    expect(c.text).not.toBe(a.text);
  });

  it("serves the LoRA entry through its own context over the base model, loaded once", async () => {
    const request = { messages, temperature: 0, maxTokens: 12 };
    const base = await collect(backend("demo"), request);
    const lora = await collect(backend("demo-lora"), request);
    const viaAdapterField = await collect(backend("demo"), { ...request, adapter: "demo-lora" });
    expect(lora.text).not.toBe(base.text);
    expect(viaAdapterField.text).toBe(lora.text);
    const stats = runtime.stats();
    expect(stats.modelLoads).toBe(1);
    expect(stats.loadedModels).toEqual([backend("demo").modelPath]);
    expect(stats.contexts.sort()).toEqual(["demo", "demo-lora"]);
    expect(backend("demo-lora").health().state).toBe("ready");
  });

  it("stops generating promptly on abort and frees the slot", async () => {
    const request = await longRunningRequest(backend("demo"));

    const controller = new AbortController();
    const before = backend("demo").tokensGenerated;
    const stream = backend("demo").generate(request, controller.signal)[Symbol.asyncIterator]();
    expect((await stream.next()).value).toMatchObject({ type: "text" });
    const reason = new Error("client went away");
    controller.abort(reason);
    await expect(stream.next()).rejects.toBe(reason);
    expect(backend("demo").tokensGenerated - before).toBeLessThan(10);

    // The slot and the sequence are free again: with no queue, a busy backend would refuse.
    const next = await collect(backend("demo"), { messages, temperature: 0, maxTokens: 2 });
    expect(next.done).toMatchObject({ finishReason: "length" });
  });

  it("reports a missing model file as missing and refuses with BackendUnavailableError", async () => {
    expect(backend("absent").health()).toMatchObject({ state: "missing" });
    expect(backend("absent").health().detail).toContain("absent.gguf");
    await expect(collect(backend("absent"), { messages })).rejects.toBeInstanceOf(BackendUnavailableError);
  });

  it("reports a model that fails to load as down and fails fast afterwards", async () => {
    await expect(collect(backend("broken"), { messages })).rejects.toBeInstanceOf(BackendUnavailableError);
    expect(backend("broken").health()).toMatchObject({ state: "down" });
    expect(backend("broken").health().detail).toMatch(/could not load broken/);
    await expect(collect(backend("broken"), { messages })).rejects.toBeInstanceOf(BackendUnavailableError);
    expect(runtime.stats().contexts).not.toContain("broken");
  });
});

describe("llama backend queue and pool limits", () => {
  it("queues up to maxQueue requests and refuses more with QueueFullError", async () => {
    const { backend } = await runtimeWith({ parallel: 1, maxQueue: 1 });
    const demo = backend("demo");
    const signal = new AbortController().signal;
    const request = await longRunningRequest(demo);

    // The first request holds the only slot while its consumer is not pulling.
    const first = demo.generate(request, signal)[Symbol.asyncIterator]();
    expect((await first.next()).value).toMatchObject({ type: "text" });
    const second = demo.generate({ ...request, maxTokens: 3 }, signal)[Symbol.asyncIterator]();
    const secondFirstEvent = second.next();
    await vi.waitFor(() => expect(demo.health().queued).toBe(1));

    const third = demo.generate(request, signal)[Symbol.asyncIterator]();
    const refused = await third.next().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(QueueFullError);
    expect((refused as QueueFullError).retryAfterSeconds).toBeGreaterThanOrEqual(1);

    // The first consumer goes away; the queued request then runs to completion.
    await first.return?.(undefined);
    expect((await secondFirstEvent).value).toBeDefined();
    let last: GenerateEvent | undefined;
    for (let r = await second.next(); !r.done; r = await second.next()) last = r.value;
    expect(last).toMatchObject({ type: "done" });
    expect(demo.health().queued).toBe(0);
  });

  it("runs `parallel` requests at once on separate sequences of one context", async () => {
    const { runtime, backend } = await runtimeWith({ parallel: 2, maxQueue: 0 });
    const other: ChatMessage[] = [{ role: "user", content: "I can't sleep" }];
    const alone = [
      await collect(backend("demo"), { messages, temperature: 1, seed: 5, maxTokens: 16 }),
      await collect(backend("demo"), { messages: other, temperature: 1, seed: 6, maxTokens: 16 }),
    ];
    // With no queue, the second would be refused if the first still held the only slot.
    const together = await Promise.all([
      collect(backend("demo"), { messages, temperature: 1, seed: 5, maxTokens: 16 }),
      collect(backend("demo"), { messages: other, temperature: 1, seed: 6, maxTokens: 16 }),
    ]);
    expect(together.map((r) => r.text)).toEqual(alone.map((r) => r.text));
    expect(runtime.stats().contexts).toEqual(["demo"]);
  });

  it("evicts the least recently used idle context when the pool is full, keeping the shared model", async () => {
    const { runtime, backend } = await runtimeWith({ maxContexts: 1 });
    await collect(backend("demo"), { messages, temperature: 0, maxTokens: 2 });
    expect(runtime.stats().contexts).toEqual(["demo"]);
    await collect(backend("demo-lora"), { messages, temperature: 0, maxTokens: 2 });
    expect(runtime.stats().contexts).toEqual(["demo-lora"]);
    expect(backend("demo").health().state).toBe("idle");
    expect(runtime.stats().modelLoads).toBe(1);
  });

  it("unloads an idle context after the keep-alive, then the model nobody uses", async () => {
    const { runtime, backend } = await runtimeWith({ keepAliveMs: 100 });
    await collect(backend("demo"), { messages, temperature: 0, maxTokens: 2 });
    expect(runtime.stats().loadedModels).toHaveLength(1);
    await vi.waitFor(() => expect(backend("demo").health().state).toBe("idle"), { timeout: 10_000, interval: 50 });
    await vi.waitFor(() => expect(runtime.stats().loadedModels).toEqual([]), { timeout: 10_000, interval: 50 });

    // And loads again on demand.
    const again = await collect(backend("demo"), { messages, temperature: 0, maxTokens: 2 });
    expect(again.done).toMatchObject({ type: "done" });
    expect(runtime.stats().modelLoads).toBe(2);
  });

  it("fails queued and later requests once the runtime is closed", async () => {
    const { runtime, backend } = await runtimeWith();
    await runtime.close();
    expect(backend("demo").health().state).toBe("down");
    await expect(collect(backend("demo"), { messages })).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});

describe("prefix affinity: which free sequence serves a prompt", () => {
  it("counts the shared leading tokens", () => {
    expect(commonPrefixLength([1, 2, 3, 4], [1, 2, 9])).toBe(2);
    expect(commonPrefixLength([], [1])).toBe(0);
    expect(commonPrefixLength([5, 6], [5, 6])).toBe(2);
  });

  it("picks the sequence holding the longest prefix, spares a useful cache for an unrelated prompt, and breaks ties by least recent use", () => {
    const role = [1, 2, 3];
    const profileX = [...role, ...Array.from({ length: 40 }, (_, i) => 100 + i)];
    const profileY = [...role, ...Array.from({ length: 40 }, (_, i) => 200 + i)];
    const holdingX = { tokens: [...profileX, 7, 8, 9], lastUsed: 2 };
    const empty = { tokens: [], lastUsed: 1 };
    // A new conversation on profile X reuses X's system prompt.
    expect(chooseSequence([empty, holdingX], [...profileX, 50, 51])).toEqual({ index: 1, reused: profileX.length });
    // A prompt on profile Y shares only the role with X: it takes the empty sequence rather than discard X's cache.
    expect(chooseSequence([holdingX, empty], [...profileY, 50])).toEqual({ index: 1, reused: 0 });
    // Equal value: the least recently used goes.
    expect(
      chooseSequence(
        [
          { tokens: [9], lastUsed: 5 },
          { tokens: [9], lastUsed: 3 },
        ],
        [4],
      )?.index,
    ).toBe(1);
    expect(chooseSequence([], [1])).toBeUndefined();
  });
});

describe("llama backend reuses the KV cache of a shared prefix", () => {
  const role = "You are a kind listener who answers briefly and warmly, in the language the person writes in.";
  const culture = (name: string) =>
    `${role}\nThe person lives in ${name}. ${`People there often speak of ${name} and its seasons, its food and its families. `.repeat(6)}`;
  const turn = (system: string, user: string): ChatMessage[] => [
    { role: "system", content: system },
    { role: "user", content: user },
  ];
  const usage = (r: Awaited<ReturnType<typeof collect>>) => (r.done.type === "done" ? r.done.usage : undefined)!;

  it("a follow-up turn and a new conversation on the same profile land on the sequence holding their prefix", async () => {
    const { backend } = await runtimeWith({ parallel: 2, maxQueue: 4 });
    const demo = backend("demo");
    const x = culture("Arcadia");
    const y = culture("Borealia");

    const first = await collect(demo, { messages: turn(x, "I cannot sleep"), temperature: 0, maxTokens: 4 });
    expect(usage(first).cachedPromptTokens).toBe(0);
    // Another profile meanwhile: it must not overwrite the sequence holding profile X.
    const other = await collect(demo, { messages: turn(y, "I feel alone"), temperature: 0, maxTokens: 4 });
    expect(usage(other).cachedPromptTokens).toBeLessThan(usage(first).promptTokens / 4);

    // A new conversation on profile X: its system prompt is already in a sequence's cache.
    const before = demo.promptTokens;
    const again = await collect(demo, { messages: turn(x, "work is too much"), temperature: 0, maxTokens: 4 });
    const cached = usage(again).cachedPromptTokens!;
    expect(cached).toBeGreaterThan(usage(again).promptTokens * 0.8);
    // What llama.cpp actually evaluated (its token meter): only the tokens after the cached prefix.
    const evaluated = demo.promptTokens.evaluated - before.evaluated;
    expect(evaluated).toBe(usage(again).promptTokens - cached - 1);

    // The same conversation's next turn: everything up to the new message is cached.
    const followUp = await collect(demo, {
      messages: [...turn(x, "work is too much"), { role: "assistant", content: again.text }, { role: "user", content: "and my family worries" }],
      temperature: 0,
      maxTokens: 4,
    });
    expect(usage(followUp).cachedPromptTokens).toBeGreaterThanOrEqual(usage(again).promptTokens);
    expect(usage(followUp).promptTokens - usage(followUp).cachedPromptTokens!).toBeLessThan(40);
  });
});
