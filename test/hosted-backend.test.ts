import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHostedBackend, HostedUnavailableError, UpstreamRejectedError, type HostedBackendOptions } from "../src/backends/hosted/index.ts";
import { CompletionTally, estimatePromptTokens, estimateTextTokens } from "../src/backends/hosted/usage-estimate.ts";
import { BackendUnavailableError, type GenerateEvent, type GenerateRequest } from "../src/backends/types.ts";
import { hostedModel, type HostedModel } from "../src/catalog/schema.ts";
import { DEFAULT_CHUNKS, startOpenAIStubServer, type OpenAIStubServer } from "./helpers/openai-stub-server.ts";

const UPSTREAM_MODEL = "acme/chat-7b-instruct";

function hostedEntry(endpoint: Record<string, unknown>): HostedModel {
  return hostedModel.parse({
    kind: "hosted",
    name: "Stub upstream",
    languages: ["en"],
    licence: "apache-2.0",
    endpoint: { model: UPSTREAM_MODEL, ...endpoint },
  });
}

const request: GenerateRequest = {
  model: "stub-hosted",
  messages: [
    { role: "system", content: "Be kind and brief." },
    { role: "user", content: "I feel tired all the time." },
  ],
  maxTokens: 64,
  temperature: 0.4,
  topP: 0.9,
  stop: ["\nUser:"],
  seed: 42,
};

async function collect(events: AsyncIterable<GenerateEvent>) {
  const texts: string[] = [];
  let done: Extract<GenerateEvent, { type: "done" }> | undefined;
  for await (const event of events) {
    if (event.type === "text") texts.push(event.text);
    else done = event;
  }
  return { texts, done };
}

/** Runs a generation and returns the deltas seen before it failed, and the error. */
async function failure(events: AsyncIterable<GenerateEvent>) {
  const texts: string[] = [];
  try {
    for await (const event of events) if (event.type === "text") texts.push(event.text);
  } catch (error) {
    return { texts, error };
  }
  throw new Error("expected the generation to fail");
}

function manualClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

function lastBody(stub: OpenAIStubServer): Record<string, unknown> {
  const last = stub.requests.at(-1);
  if (!last) throw new Error("the stub received no request");
  return last.body as Record<string, unknown>;
}

let stub: OpenAIStubServer;

beforeAll(async () => {
  stub = await startOpenAIStubServer();
});

afterEach(async () => {
  stub.setBehaviour({ kind: "reply" });
  await stub.accept();
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await stub.close();
});

describe("endpoint URL (Inference Endpoints, TGI, OpenAI-compatible)", () => {
  it("streams deltas and sends the model, messages and sampling options upstream", async () => {
    stub.setBehaviour({ kind: "reply", usage: { prompt_tokens: 23, completion_tokens: 5 } });
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: stub.url, tokenEnv: "STUB_TOKEN" }), {
      env: { STUB_TOKEN: "secret-token-1" },
    });
    const { texts, done } = await collect(backend.generate(request, new AbortController().signal));

    expect(texts).toEqual(DEFAULT_CHUNKS);
    const received = stub.requests.at(-1);
    expect(received?.method).toBe("POST");
    expect(received?.path).toBe("/v1/chat/completions");
    expect(received?.headers.authorization).toBe("Bearer secret-token-1");
    expect(received?.body).toMatchObject({
      model: UPSTREAM_MODEL,
      messages: request.messages,
      max_tokens: 64,
      temperature: 0.4,
      top_p: 0.9,
      stop: ["\nUser:"],
      seed: 42,
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(done).toEqual({ type: "done", finishReason: "stop", usage: { promptTokens: 23, completionTokens: 5 } });
    expect(backend.health()).toEqual({ state: "ready" });
  });

  it.each(["", "/", "/v1", "/v1/", "/v1/chat/completions"])("base URL with suffix %j posts to /v1/chat/completions", async (suffix) => {
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: `${stub.url}${suffix}` }), { env: {} });
    await collect(backend.generate(request, new AbortController().signal));
    expect(stub.requests.at(-1)?.path).toBe("/v1/chat/completions");
    expect(lastBody(stub).model).toBe(UPSTREAM_MODEL);
  });

  it("answers non-streamed with one delta, the upstream's finish reason and usage", async () => {
    stub.setBehaviour({
      kind: "reply",
      chunks: ["Take ", "a breath."],
      finishReason: "length",
      usage: { prompt_tokens: 31, completion_tokens: 5 },
    });
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: stub.url }), { env: {}, streaming: false });
    const { texts, done } = await collect(backend.generate(request, new AbortController().signal));

    expect(texts).toEqual(["Take a breath."]);
    expect(done).toEqual({ type: "done", finishReason: "length", usage: { promptTokens: 31, completionTokens: 5 } });
    const body = lastBody(stub);
    expect(body.stream).toBeUndefined();
    expect(body).toMatchObject({ model: UPSTREAM_MODEL, max_tokens: 64, seed: 42, stop: ["\nUser:"] });
  });

  it("makes one plain upstream call when the caller only uses the whole answer", async () => {
    stub.setBehaviour({ kind: "reply", chunks: ["Take ", "a breath."], usage: { prompt_tokens: 31, completion_tokens: 5 } });
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: stub.url }), { env: {} });
    const { texts, done } = await collect(backend.generate({ ...request, wholeAnswer: true }, new AbortController().signal));

    expect(texts).toEqual(["Take a breath."]);
    expect(done).toEqual({ type: "done", finishReason: "stop", usage: { promptTokens: 31, completionTokens: 5 } });
    expect(lastBody(stub).stream).toBeUndefined();
    expect(backend.health().state).toBe("ready");
  });

  it("reuses the upstream's keep-alive connection after a finished stream or plain answer", async () => {
    stub.setBehaviour({ kind: "reply" });
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: stub.url }), { env: {} });
    const before = { connections: stub.connections, abandoned: stub.abandoned };
    for (const wholeAnswer of [false, false, true, false, true]) {
      const { texts } = await collect(backend.generate({ ...request, wholeAnswer }, new AbortController().signal));
      expect(texts.join("")).toBe(DEFAULT_CHUNKS.join(""));
    }
    // One new connection at most (none when an earlier test left one idle in the pool).
    expect(stub.connections - before.connections).toBeLessThanOrEqual(1);
    expect(stub.abandoned - before.abandoned).toBe(0);
  });

  it("estimates usage when the upstream streams none", async () => {
    const chunks = ["요즘", " 많이", " 힘드셨죠", "."];
    stub.setBehaviour({ kind: "reply", chunks, usage: false });
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: stub.url }), { env: {} });
    const { done } = await collect(backend.generate(request, new AbortController().signal));

    const tally = new CompletionTally();
    for (const chunk of chunks) tally.add(chunk);
    expect(done?.usage).toEqual({ promptTokens: estimatePromptTokens(request.messages), completionTokens: tally.tokens() });
    expect(done?.usage.completionTokens).toBeGreaterThan(chunks.length);
  });

  it("reads the bearer token from HF_TOKEN by default and sends none without one", async () => {
    vi.stubEnv("HF_TOKEN", "hf_from_process_env");
    const withToken = createHostedBackend("stub-hosted", hostedEntry({ url: stub.url }));
    await collect(withToken.generate(request, new AbortController().signal));
    expect(stub.requests.at(-1)?.headers.authorization).toBe("Bearer hf_from_process_env");

    const withoutToken = createHostedBackend("stub-hosted", hostedEntry({ url: stub.url }), { env: {} });
    await collect(withoutToken.generate(request, new AbortController().signal));
    expect(stub.requests.at(-1)?.headers.authorization).toBeUndefined();
  });
});

describe("upstream failures", () => {
  const backendFor = (options: HostedBackendOptions = {}, endpoint: Record<string, unknown> = {}) =>
    createHostedBackend("stub-hosted", hostedEntry({ url: stub.url, ...endpoint }), { env: {}, ...options });

  it.each([500, 502, 503])("%i is BackendUnavailableError before the first delta, without retrying", async (status) => {
    stub.setBehaviour({ kind: "status", status, body: { error: "model is overloaded" } });
    const before = stub.requests.length;
    const { texts, error } = await failure(backendFor().generate(request, new AbortController().signal));

    expect(texts).toEqual([]);
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect(error).toMatchObject({ status, reason: "server-error", backendId: "stub-hosted" });
    expect((error as Error).message).toContain("model is overloaded");
    expect(stub.requests.length - before).toBe(1);
  });

  it("maps a refused connection", async () => {
    // A server that never had a connection: a pooled keep-alive socket would fail differently.
    const gone = await startOpenAIStubServer();
    await gone.close();
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: gone.url }), { env: {} });
    const { texts, error } = await failure(backend.generate(request, new AbortController().signal));
    expect(texts).toEqual([]);
    expect(error).toBeInstanceOf(HostedUnavailableError);
    expect(error).toMatchObject({ reason: "refused", message: "connection refused by upstream" });
  });

  it("maps a DNS failure", async () => {
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: "http://glocal-upstream.invalid" }), { env: {} });
    const { error } = await failure(backend.generate(request, new AbortController().signal));
    expect(error).toBeInstanceOf(HostedUnavailableError);
    expect(error).toMatchObject({ reason: "dns" });
  });

  it("maps a reset connection", async () => {
    stub.setBehaviour({ kind: "reset" });
    const { error } = await failure(backendFor().generate(request, new AbortController().signal));
    expect(error).toBeInstanceOf(HostedUnavailableError);
    expect(error).toMatchObject({ reason: "network" });
  });

  it("times out an upstream that never answers, and closes its request", async () => {
    stub.setBehaviour({ kind: "hang" });
    const abandoned = stub.nextAbandoned();
    const { texts, error } = await failure(backendFor({}, { timeoutMs: 150 }).generate(request, new AbortController().signal));
    expect(texts).toEqual([]);
    expect(error).toBeInstanceOf(HostedUnavailableError);
    expect(error).toMatchObject({ reason: "timeout", message: "upstream did not answer within 150 ms" });
    await abandoned;
  });

  it("times out a non-streamed request too", async () => {
    stub.setBehaviour({ kind: "hang" });
    const backend = backendFor({ streaming: false }, { timeoutMs: 150 });
    const { error } = await failure(backend.generate(request, new AbortController().signal));
    expect(error).toMatchObject({ reason: "timeout" });
  });

  it("passes on 429 with its Retry-After and stays down for that long", async () => {
    stub.setBehaviour({
      kind: "status",
      status: 429,
      headers: { "retry-after": "7" },
      body: { error: { message: "Rate limit reached", type: "rate_limit" } },
    });
    const clock = manualClock();
    const backend = backendFor({ now: clock.now, backoffMs: 60_000 });
    const { error } = await failure(backend.generate(request, new AbortController().signal));

    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect(error).toMatchObject({ status: 429, reason: "rate-limited", retryAfterSeconds: 7 });
    expect(backend.health()).toMatchObject({ state: "down" });
    expect(backend.health().detail).toContain("retrying in 7 s");
    clock.advance(7_000);
    expect(backend.health().state).toBe("ready");
  });

  it("reads an HTTP-date Retry-After", async () => {
    const clock = manualClock(Date.parse("2030-01-01T00:00:00Z"));
    stub.setBehaviour({ kind: "status", status: 503, headers: { "retry-after": "Tue, 01 Jan 2030 00:00:30 GMT" } });
    const { error } = await failure(backendFor({ now: clock.now }).generate(request, new AbortController().signal));
    expect(error).toMatchObject({ status: 503, retryAfterSeconds: 30 });
  });

  it.each([
    [401, { error: "Authorization header is correct, but the token seems invalid" }],
    [404, { error: "Model acme/chat-7b-instruct does not exist" }],
    [422, { error: "Input validation error: `temperature` must be strictly positive" }],
  ])("%i is UpstreamRejectedError (not a fall-through) and leaves health alone", async (status, body) => {
    stub.setBehaviour({ kind: "status", status, body });
    const backend = backendFor();
    const { error } = await failure(backend.generate(request, new AbortController().signal));

    expect(error).toBeInstanceOf(UpstreamRejectedError);
    expect(error).not.toBeInstanceOf(BackendUnavailableError);
    expect(error).toMatchObject({ status });
    expect((error as Error).message).toContain(body.error);
    expect(backend.health()).toEqual({ state: "ready" });
  });

  it("rejects a 200 that is not an event stream", async () => {
    stub.setBehaviour({ kind: "status", status: 200, contentType: "text/html", body: "<html>login</html>" });
    const { error } = await failure(backendFor().generate(request, new AbortController().signal));
    expect(error).toBeInstanceOf(UpstreamRejectedError);
    expect((error as Error).message).toContain("text/html");
  });

  it("propagates a connection lost after the first delta", async () => {
    stub.setBehaviour({ kind: "fail-mid-stream", after: 2, how: "reset" });
    const backend = backendFor();
    const { texts, error } = await failure(backend.generate(request, new AbortController().signal));
    expect(texts).toEqual(DEFAULT_CHUNKS.slice(0, 2));
    expect(error).toBeInstanceOf(HostedUnavailableError);
    expect(error).toMatchObject({ reason: "network", message: "upstream closed the connection mid-stream" });
    expect(backend.health().state).toBe("ready");
  });

  it("propagates an SSE error event after the first delta", async () => {
    stub.setBehaviour({ kind: "fail-mid-stream", after: 1, how: "error-event" });
    const { texts, error } = await failure(backendFor().generate(request, new AbortController().signal));
    expect(texts).toEqual(DEFAULT_CHUNKS.slice(0, 1));
    expect(error).toMatchObject({ reason: "stream-error" });
    expect((error as Error).message).toContain("CUDA out of memory");
  });

  it("times out a stream that stalls after the first delta", async () => {
    stub.setBehaviour({ kind: "stall-mid-stream", after: 2 });
    const abandoned = stub.nextAbandoned();
    const backend = backendFor({}, { timeoutMs: 150 });
    const { texts, error } = await failure(backend.generate(request, new AbortController().signal));
    expect(texts).toEqual(DEFAULT_CHUNKS.slice(0, 2));
    expect(error).toMatchObject({ reason: "timeout", message: "upstream stalled: no data for 150 ms mid-stream" });
    await abandoned;
  });
});

describe("abort", () => {
  const backendFor = () => createHostedBackend("stub-hosted", hostedEntry({ url: stub.url }), { env: {} });

  it("the caller's signal cancels a request still waiting for its first byte", async () => {
    stub.setBehaviour({ kind: "hang" });
    const controller = new AbortController();
    const before = stub.requests.length;
    const run = failure(backendFor().generate(request, controller.signal));
    await vi.waitFor(() => expect(stub.requests.length).toBe(before + 1));
    const abandoned = stub.nextAbandoned();
    controller.abort();

    const { error } = await run;
    expect((error as Error).name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(BackendUnavailableError);
    await abandoned;
  });

  it("the caller's signal cancels a stream mid-way, without marking the backend down", async () => {
    stub.setBehaviour({ kind: "stall-mid-stream", after: 1 });
    const controller = new AbortController();
    const backend = backendFor();
    const abandoned = stub.nextAbandoned();
    const texts: string[] = [];
    await expect(async () => {
      for await (const event of backend.generate(request, controller.signal)) {
        if (event.type === "text") {
          texts.push(event.text);
          controller.abort();
        }
      }
    }).rejects.toMatchObject({ name: "AbortError" });
    expect(texts).toEqual(DEFAULT_CHUNKS.slice(0, 1));
    await abandoned;
    expect(backend.health()).toEqual({ state: "ready" });
  });

  it("a consumer that stops reading closes the upstream request", async () => {
    stub.setBehaviour({ kind: "stall-mid-stream", after: 1 });
    const abandoned = stub.nextAbandoned();
    for await (const event of backendFor().generate(request, new AbortController().signal)) {
      if (event.type === "text") break;
    }
    await abandoned;
  });

  it("an already aborted signal sends nothing", async () => {
    const before = stub.requests.length;
    const controller = new AbortController();
    controller.abort();
    await expect(collect(backendFor().generate(request, controller.signal))).rejects.toMatchObject({ name: "AbortError" });
    expect(stub.requests.length).toBe(before);
  });
});

describe("health", () => {
  it("goes down after a connection failure, skips the upstream during back-off, then recovers", async () => {
    const upstream = await startOpenAIStubServer();
    await upstream.refuse();
    const clock = manualClock();
    const backend = createHostedBackend("stub-hosted", hostedEntry({ url: upstream.url }), {
      env: {},
      now: clock.now,
      backoffMs: 20_000,
    });
    expect(backend.health()).toEqual({ state: "ready" });

    await failure(backend.generate(request, new AbortController().signal));
    expect(backend.health()).toEqual({ state: "down", detail: "connection refused by upstream; retrying in 20 s" });

    await upstream.accept();
    const { error } = await failure(backend.generate(request, new AbortController().signal));
    expect(error).toMatchObject({ reason: "circuit-open", retryAfterSeconds: 20 });
    expect(upstream.requests).toHaveLength(0);

    clock.advance(20_000);
    expect(backend.health()).toEqual({ state: "ready", detail: "retrying after: connection refused by upstream" });
    const { texts } = await collect(backend.generate(request, new AbortController().signal));
    expect(texts).toEqual(DEFAULT_CHUNKS);
    expect(upstream.requests).toHaveLength(1);
    expect(backend.health()).toEqual({ state: "ready" });
    await upstream.close();
  });
});

describe("Inference Providers (provider + model)", () => {
  /**
   * No provider is reachable here, so the client's fetch sends each request to the stub, which
   * speaks the Hub's mapping API and the provider's chat-completions format; we assert the real
   * URLs and bodies the client produced.
   */
  function redirectTo(server: OpenAIStubServer) {
    const urls: string[] = [];
    const redirect: typeof fetch = (input, init) => {
      const original = new URL(input instanceof Request ? input.url : String(input));
      urls.push(original.toString());
      return fetch(new URL(original.pathname + original.search, server.url), init);
    };
    return { urls, fetch: redirect };
  }

  let providerStub: OpenAIStubServer;
  beforeAll(async () => {
    providerStub = await startOpenAIStubServer({
      hubMappings: {
        "meta-llama/Llama-3.3-70B-Instruct": [
          { provider: "together", providerId: "meta-llama/Llama-3.3-70B-Instruct-Turbo" },
          { provider: "groq", providerId: "llama-3.3-70b-versatile" },
        ],
        "Qwen/Qwen2.5-7B-Instruct": [{ provider: "together", providerId: "Qwen/Qwen2.5-7B-Instruct-Turbo" }],
      },
    });
  });
  afterAll(async () => {
    await providerStub.close();
  });
  const redirect = () => redirectTo(providerStub);

  it("with an hf_ token: resolves the provider id on the Hub, then posts through the HF router", async () => {
    const { urls, fetch } = redirect();
    const backend = createHostedBackend("llama-70b", hostedEntry({ provider: "together", model: "meta-llama/Llama-3.3-70B-Instruct" }), {
      env: { HF_TOKEN: "hf_provider_test" },
      fetch,
    });
    const { texts } = await collect(backend.generate(request, new AbortController().signal));

    expect(texts).toEqual(DEFAULT_CHUNKS);
    expect(urls).toEqual([
      "https://huggingface.co/api/models/meta-llama/Llama-3.3-70B-Instruct?expand[]=inferenceProviderMapping",
      "https://router.huggingface.co/together/v1/chat/completions",
    ]);
    const chat = providerStub.requests.at(-1);
    expect(chat?.path).toBe("/together/v1/chat/completions");
    expect(chat?.headers.authorization).toBe("Bearer hf_provider_test");
    expect(chat?.body).toMatchObject({
      model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
      messages: request.messages,
      max_tokens: 64,
      stream: true,
    });
  });

  it("with the provider's own key: posts straight to the provider", async () => {
    const { urls, fetch } = redirect();
    const backend = createHostedBackend("qwen-7b", hostedEntry({ provider: "together", model: "Qwen/Qwen2.5-7B-Instruct", tokenEnv: "TOGETHER_API_KEY" }), {
      env: { TOGETHER_API_KEY: "together-key-123" },
      fetch,
      streaming: false,
    });
    const { texts } = await collect(backend.generate(request, new AbortController().signal));

    expect(texts).toEqual([DEFAULT_CHUNKS.join("")]);
    expect(urls.at(-1)).toBe("https://api.together.xyz/v1/chat/completions");
    expect(providerStub.requests.at(-1)?.headers.authorization).toBe("Bearer together-key-123");
    expect(providerStub.requests.at(-1)?.body).toMatchObject({ model: "Qwen/Qwen2.5-7B-Instruct-Turbo" });
  });

  it('"auto" posts the Hub model id to the HF router', async () => {
    const { urls, fetch } = redirect();
    const backend = createHostedBackend("auto", hostedEntry({ provider: "auto", model: "google/gemma-3-27b-it" }), {
      env: { HF_TOKEN: "hf_auto" },
      fetch,
    });
    await collect(backend.generate(request, new AbortController().signal));
    expect(urls).toEqual(["https://router.huggingface.co/v1/chat/completions"]);
    expect(providerStub.requests.at(-1)?.body).toMatchObject({ model: "google/gemma-3-27b-it" });
  });

  it("a model the Hub does not know is a rejection, not a fall-through", async () => {
    const { fetch } = redirect();
    const backend = createHostedBackend("ghost", hostedEntry({ provider: "together", model: "nobody/ghost-model" }), {
      env: { HF_TOKEN: "hf_x" },
      fetch,
    });
    const { error } = await failure(backend.generate(request, new AbortController().signal));
    expect(error).toBeInstanceOf(UpstreamRejectedError);
    expect(error).toMatchObject({ status: 404 });
  });

  it("without a token the backend reports itself missing and falls through", async () => {
    const backend = createHostedBackend("llama-70b", hostedEntry({ provider: "groq", model: "meta-llama/Llama-3.3-70B-Instruct" }), {
      env: {},
    });
    expect(backend.health()).toEqual({ state: "missing", detail: "no token: set HF_TOKEN to call provider groq" });
    const { error } = await failure(backend.generate(request, new AbortController().signal));
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect(error).toMatchObject({ reason: "no-token" });
  });
});

describe("configuration", () => {
  it("refuses an entry with both url and provider, or an unknown provider", () => {
    // The catalog schema stops it first, naming the field; the backend refuses too if handed one anyway.
    expect(() => hostedEntry({ url: "http://127.0.0.1:1", provider: "together" })).toThrow(/exactly one of url or provider/);
    const both = { ...hostedEntry({ url: "http://127.0.0.1:1" }) };
    both.endpoint = { ...both.endpoint, provider: "together" };
    expect(() => createHostedBackend("x", both)).toThrow(/both url and provider/);
    expect(() => createHostedBackend("x", hostedEntry({ provider: "not-a-provider" }))).toThrow(/unknown endpoint.provider/);
  });

  it("does not expose URL credentials in its description", () => {
    const backend = createHostedBackend("x", hostedEntry({ url: "https://user:pw@example.test/v1" }));
    expect(backend.upstream).toBe("https://example.test/v1");
  });
});

describe("usage estimate", () => {
  it("counts non-Latin scripts per character and ASCII at about four characters a token", () => {
    expect(estimateTextTokens("abcdefgh")).toBe(2);
    expect(estimateTextTokens("요즘 너무")).toBe(5);
    const tally = new CompletionTally();
    for (const piece of ["a", "b", "c"]) tally.add(piece);
    expect(tally.tokens()).toBe(3);
  });
});
