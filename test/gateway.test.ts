import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServedBy } from "../src/chat/served-by.ts";
import { demoWeightsCatalog, DEMO_LORA, startTestGateway, waitForInteraction, type TestGateway } from "./helpers/gateway.ts";
import { startOpenAIStubServer, type OpenAIStubServer } from "./helpers/openai-stub-server.ts";

/**
 * The real gateway on loopback, called like any app would: the official openai SDK and raw fetch. A
 * second gateway instance serves the tiny model and the first reaches it as a hosted endpoint through
 * @huggingface/inference, so the hosted path, and the fallback when it dies, run for real.
 */
let upstream: TestGateway;
let gateway: TestGateway;
let client: OpenAI;

type WithGlocal<T> = T & { glocal: ServedBy };

beforeAll(async () => {
  upstream = await startTestGateway({ config: { GLOCAL_OFFLINE: true } });
  gateway = await startTestGateway({
    config: { GLOCAL_OFFLINE: true },
    catalog: demoWeightsCatalog({
      // kr's Korean model: a LoRA adapter over the shared multilingual base, in its own context.
      "exaone-3.5-2.4b-instruct": {
        kind: "lora",
        base: "qwen2.5-1.5b-instruct",
        name: "EXAONE stand-in (demo LoRA)",
        source: { path: DEMO_LORA },
        scale: 1,
        languages: ["ko", "en"],
        regional: [],
        licence: "test",
        commercial: true,
        demo: true,
      },
      // us and ng's English model: a hosted endpoint, which is the second gateway.
      "llama-3.2-3b-instruct": {
        kind: "hosted",
        name: "Llama stand-in (hosted upstream)",
        endpoint: { url: upstream.url, model: "glocal/ng", timeoutMs: 20_000 },
        languages: ["en"],
        regional: [],
        licence: "test",
        commercial: true,
        demo: true,
      },
    }),
  });
  client = new OpenAI({ baseURL: `${gateway.url}/v1`, apiKey: "not-needed", maxRetries: 0 });
});

afterAll(async () => {
  await gateway?.close();
  await upstream?.close();
});

describe("chat completions through the openai SDK", () => {
  it("routes a Korean message on glocal/kr to kr's Korean target and says so", async () => {
    const { data, response } = await client.chat.completions
      .create({ model: "glocal/kr", messages: [{ role: "user", content: "요즘 너무 지쳐요" }], max_tokens: 12, seed: 7 })
      .withResponse();
    const completion = data as WithGlocal<typeof data>;
    expect(completion.object).toBe("chat.completion");
    expect(completion.choices[0]!.message.role).toBe("assistant");
    expect(completion.choices[0]!.message.content!.length).toBeGreaterThan(0);
    expect(completion.usage!.completion_tokens).toBeGreaterThan(0);
    expect(completion.usage!.completion_tokens).toBeLessThanOrEqual(12);
    expect(completion.glocal).toMatchObject({
      profile: "kr",
      language: { code: "ko", iso639_3: "kor" },
      model: "exaone-3.5-2.4b-instruct",
      backend: "llama",
      other_culture: false,
    });
    expect(completion.glocal.route[0]).toMatchObject({ model: "exaone-3.5-2.4b-instruct", role: "target", decision: "selected" });
    expect(response.headers.get("x-glocal-profile")).toBe("kr");
    expect(response.headers.get("x-glocal-language")).toBe("ko");
    expect(response.headers.get("x-glocal-model")).toContain("exaone-3.5-2.4b-instruct");
    expect(response.headers.get("x-glocal-interaction-id")).toBe(completion.glocal.interaction_id);

    const row = await waitForInteraction(gateway, completion.glocal.interaction_id);
    expect(row).toMatchObject({ profile: "kr", language: "ko", model: "exaone-3.5-2.4b-instruct", status: "ok", stream: false });
    expect(row.completionTokens).toBe(completion.usage!.completion_tokens);
    // No message text anywhere in the stored row.
    expect(JSON.stringify(row)).not.toContain("지쳐요");
  });

  it("reports the KV prefix a local model reused as usage.prompt_tokens_details.cached_tokens", async () => {
    const ask = (content: string) => client.chat.completions.create({ model: "glocal/kr", messages: [{ role: "user", content }], max_tokens: 4, seed: 3 });
    await ask("요즘 잠을 못 자요");
    // A new conversation on the same profile shares the system prompt: its tokens come from the cache.
    const second = await ask("회사 일이 너무 힘들어요");
    const cached = second.usage!.prompt_tokens_details?.cached_tokens ?? 0;
    expect(cached).toBeGreaterThan(0);
    expect(cached).toBeLessThan(second.usage!.prompt_tokens);
  });

  it("streams chunks with the glocal object first and a usage chunk last", async () => {
    const stream = await client.chat.completions.create({
      model: "glocal/kr",
      messages: [{ role: "user", content: "잠을 잘 못 자요. 어떻게 해야 할까요?" }],
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 10,
    });
    const chunks: Array<WithGlocal<OpenAI.Chat.Completions.ChatCompletionChunk>> = [];
    for await (const chunk of stream) chunks.push(chunk as WithGlocal<typeof chunk>);
    expect(chunks[0]!.object).toBe("chat.completion.chunk");
    expect(chunks[0]!.choices[0]!.delta.role).toBe("assistant");
    expect(chunks[0]!.glocal).toMatchObject({ profile: "kr", model: "exaone-3.5-2.4b-instruct" });
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
    expect(text.length).toBeGreaterThan(0);
    const finish = chunks.find((c) => c.choices[0]?.finish_reason);
    expect(["stop", "length"]).toContain(finish!.choices[0]!.finish_reason);
    const last = chunks.at(-1)!;
    expect(last.choices).toEqual([]);
    expect(last.usage!.completion_tokens).toBeGreaterThan(0);
    expect(last.usage!.total_tokens).toBe(last.usage!.prompt_tokens + last.usage!.completion_tokens);
  });

  it("routes an English message on glocal/ng to the hosted target and traces the route", async () => {
    const completion = (await client.chat.completions.create({
      model: "glocal/ng",
      messages: [{ role: "user", content: "I have been thinking too much since I lost my job" }],
      max_tokens: 8,
    })) as WithGlocal<OpenAI.Chat.Completions.ChatCompletion>;
    expect(completion.glocal).toMatchObject({ profile: "ng", language: { code: "en" }, model: "llama-3.2-3b-instruct", backend: "hosted" });
    expect(completion.glocal.route.map((s) => [s.model, s.decision])).toEqual([
      ["llama-3.2-3b-instruct", "selected"],
      ["gemma-3-4b-it", "skipped"],
      ["qwen2.5-1.5b-instruct", "not_tried"],
      ["glocal-demo", "not_tried"],
    ]);
    expect(completion.choices[0]!.message.content!.length).toBeGreaterThan(0);
  });

  it("takes the profile from the body field or the header, and flags another culture", async () => {
    const viaHeader = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-glocal-profile": "kr" },
      body: JSON.stringify({ messages: [{ role: "user", content: "I feel so tired of everything lately" }], max_tokens: 4 }),
    });
    expect(viaHeader.status).toBe(200);
    const body = (await viaHeader.json()) as { glocal: ServedBy };
    expect(body.glocal.profile).toBe("kr");
    expect(body.glocal.language.code).toBe("en");
    expect(body.glocal.other_culture).toBe(false);

    const other = (await client.chat.completions.create({
      messages: [{ role: "user", content: "요즘 너무 지쳐요" }],
      max_tokens: 4,
      // @ts-expect-error glocal's own field, which OpenAI clients pass through
      profile: "us",
      model: "glocal/us",
    })) as unknown as WithGlocal<OpenAI.Chat.Completions.ChatCompletion>;
    expect(other.glocal).toMatchObject({ profile: "us", other_culture: true, language: { code: "ko" } });
  });

  it("adds identity lenses from the model id and the lenses field, and reports them", async () => {
    const { data, response } = await client.chat.completions
      .create({
        model: "glocal/ng+faith",
        messages: [{ role: "user", content: "I have been praying but I still feel heavy" }],
        max_tokens: 4,
        // @ts-expect-error glocal's own field
        lenses: ["neurodivergent"],
      })
      .withResponse();
    const completion = data as unknown as WithGlocal<OpenAI.Chat.Completions.ChatCompletion>;
    expect(completion.glocal.profile).toBe("ng");
    expect(completion.glocal.lenses.sort()).toEqual(["faith", "neurodivergent"]);
    expect(response.headers.get("x-glocal-lenses")).toMatch(/faith/);
    const lenses = (await (await fetch(`${gateway.url}/v1/lenses`)).json()) as { data: { id: string }[] };
    expect(lenses.data.map((l) => l.id)).toEqual(expect.arrayContaining(["faith", "lgbtq", "neurodivergent"]));
  });

  it("an explicit language hint wins over detection", async () => {
    const completion = (await client.chat.completions.create({
      model: "glocal/kr",
      messages: [{ role: "user", content: "ok" }],
      max_tokens: 4,
      // @ts-expect-error glocal's own field
      language: "ko",
    })) as unknown as WithGlocal<OpenAI.Chat.Completions.ChatCompletion>;
    expect(completion.glocal.language).toMatchObject({ code: "ko", method: "hint" });
  });

  it("an unknown profile is a 404 that lists the valid ids", async () => {
    const error = await client.chat.completions.create({ model: "glocal/atlantis", messages: [{ role: "user", content: "hi" }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as InstanceType<typeof OpenAI.NotFoundError>).message).toMatch(/unknown profile "atlantis".*kr.*ng.*us/);
  });
});

describe("raw HTTP", () => {
  it("streams SSE chat.completion.chunk events ending in data: [DONE]", async () => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "glocal/kr", messages: [{ role: "user", content: "안녕하세요" }], stream: true, max_tokens: 6 }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("x-glocal-route")).toMatch(/exaone-3\.5-2\.4b-instruct=selected/);
    const events = (await response.text()).split("\n\n").filter(Boolean);
    expect(events.every((e) => e.startsWith("data: "))).toBe(true);
    expect(events.at(-1)).toBe("data: [DONE]");
    const parsed = events.slice(0, -1).map((e) => JSON.parse(e.slice(6)) as { object: string });
    expect(parsed.every((p) => p.object === "chat.completion.chunk")).toBe(true);
  });

  it("lists every profile and catalog model, and serves profile data", async () => {
    const models = (await (await fetch(`${gateway.url}/v1/models`)).json()) as { object: string; data: { id: string }[] };
    expect(models.object).toBe("list");
    const ids = models.data.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["glocal/us", "glocal/kr", "glocal/ng", "qwen2.5-1.5b-instruct", "glocal-demo"]));
    const demo = models.data.find((m) => m.id === "glocal-demo") as unknown as { glocal: { demo: boolean } };
    expect(demo.glocal.demo).toBe(true);

    const profiles = (await (await fetch(`${gateway.url}/v1/profiles`)).json()) as { data: { id: string }[] };
    expect(profiles.data.map((p) => p.id).sort()).toEqual(expect.arrayContaining(["kr", "ng", "us"]));
    const kr = (await (await fetch(`${gateway.url}/v1/profiles/kr`)).json()) as {
      name: { native: string };
      languages: { primary: string[] };
      targets: { model: string; state: string; fit: string }[];
      fallback: { fit: string };
      crisis_resources: { country: string; crisisLines: { number: string }[] }[];
    };
    expect(kr.name.native).toBe("대한민국");
    expect(kr.languages.primary).toContain("ko");
    expect(kr.targets[0]).toMatchObject({ model: "exaone-3.5-2.4b-instruct", state: expect.any(String) });
    expect(kr.targets.map((t) => t.fit)).toEqual(kr.targets.map(() => expect.stringMatching(/^(regional|multilingual)$/)));
    expect(kr.fallback.fit).toBe("fallback");
    // On the real catalog (the upstream instance), EXAONE is kr's regional Korean model.
    const real = (await (await fetch(`${upstream.url}/v1/profiles/kr`)).json()) as typeof kr;
    expect(real.targets.find((t) => t.model === "exaone-3.5-2.4b-instruct")?.fit).toBe("regional");
    expect(kr.crisis_resources[0]!.country).toBe("KR");
    expect(kr.crisis_resources[0]!.crisisLines.map((l) => l.number)).toContain("109");
    const missing = await fetch(`${gateway.url}/v1/profiles/atlantis`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/valid profiles: .*kr/);
  });

  it("reports liveness, readiness, the OpenAPI document and a docs page", async () => {
    expect(await (await fetch(`${gateway.url}/healthz`)).json()).toMatchObject({ status: "ok" });
    const ready = await fetch(`${gateway.url}/readyz`);
    const report = (await ready.json()) as { status: string; database: { ok: boolean; driver: string }; backends: { id: string; state: string }[] };
    expect(ready.status).toBe(200);
    expect(report.database).toMatchObject({ ok: true, driver: "pglite" });
    expect(report.backends.map((b) => b.id)).toEqual(expect.arrayContaining(["exaone-3.5-2.4b-instruct", "llama-3.2-3b-instruct"]));
    const doc = (await (await fetch(`${gateway.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/chat/completions", "/v1/models", "/v1/profiles/{id}", "/readyz"]));
    const docs = await fetch(`${gateway.url}/docs`);
    expect(docs.headers.get("content-type")).toMatch(/text\/html/);
    expect(docs.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
    // The interactive reference's script is served by the gateway itself, never a CDN.
    const script = /<script src="(\/docs\/assets\/scalar\.js\?v=[\w-]+)"/.exec(await docs.text())?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${gateway.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect((await asset.text()).length).toBeGreaterThan(100_000);
  });
});

describe("streams that end early", () => {
  let stub: OpenAIStubServer;
  let edge: TestGateway;
  beforeAll(async () => {
    stub = await startOpenAIStubServer();
    edge = await startTestGateway({
      config: { GLOCAL_OFFLINE: true },
      catalog: demoWeightsCatalog({
        "llama-3.2-3b-instruct": {
          kind: "hosted",
          name: "stub upstream",
          endpoint: { url: stub.url, model: "stub", timeoutMs: 20_000 },
          languages: ["en"],
          regional: [],
          licence: "test",
          commercial: true,
          demo: true,
        },
      }),
    });
  });
  afterAll(async () => {
    await edge?.close();
    await stub?.close();
  });
  const english = { model: "glocal/us", messages: [{ role: "user", content: "Tell me something calming please" }], stream: true };
  // Long enough that the output guard's hold-back window releases the first clauses before the stall or failure.
  const calming = ["Take a slow breath, ", "and let your shoulders drop. ", "Notice the air ", "moving in and out. ", "You are here."];

  it("an aborted client cancels generation all the way to the upstream", async () => {
    stub.setBehaviour({ kind: "stall-mid-stream", after: 4, chunks: calming });
    const upstreamGone = stub.nextAbandoned();
    const controller = new AbortController();
    const response = await fetch(`${edge.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(english),
      signal: controller.signal,
    });
    const id = response.headers.get("x-glocal-interaction-id")!;
    await response.body!.getReader().read();
    controller.abort();
    await upstreamGone;
    const row = await waitForInteraction(edge, id);
    expect(row.status).toBe("aborted");
  });

  it("a failure after the first token ends the stream with an SSE error event the SDK raises", async () => {
    stub.setBehaviour({ kind: "fail-mid-stream", after: 4, how: "reset", chunks: calming });
    const sdk = new OpenAI({ baseURL: `${edge.url}/v1`, apiKey: "unused", maxRetries: 0 });
    const stream = await sdk.chat.completions.create({ ...english, stream: true } as OpenAI.Chat.Completions.ChatCompletionCreateParamsStreaming);
    let text = "";
    const error = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    })().catch((e: unknown) => e);
    expect(text.length).toBeGreaterThan(0);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as Error).message).toMatch(/failed while answering; the answer above is incomplete/);
  });
});

describe("try another culture: /v1/chat/compare", () => {
  it("answers one conversation with several profiles side by side", async () => {
    const response = await fetch(`${gateway.url}/v1/chat/compare`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ profiles: ["kr", "ng", "jp"], messages: [{ role: "user", content: "요즘 너무 지쳐요" }], max_tokens: 6 }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { object: string; answers: { profile: string; message: { content: string }; glocal: ServedBy }[] };
    expect(body.object).toBe("chat.comparison");
    expect(body.answers.map((a) => a.profile)).toEqual(["kr", "ng", "jp"]);
    expect(body.answers.map((a) => a.glocal.other_culture)).toEqual([false, true, true]);
    expect(new Set(body.answers.map((a) => a.glocal.interaction_id)).size).toBe(3);
    for (const answer of body.answers) expect(answer.message.content.length).toBeGreaterThan(0);
  });

  it("rejects fewer than two profiles, repeats and unknown ones with a clear 4xx", async () => {
    const post = (profiles: unknown) =>
      fetch(`${gateway.url}/v1/chat/compare`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ profiles, messages: [{ role: "user", content: "hi" }] }),
      });
    const one = await post(["kr"]);
    expect(one.status).toBe(400);
    expect(((await one.json()) as { error: { message: string } }).error.message).toMatch(/at least 2 profiles/);
    expect((await post(["kr", "kr"])).status).toBe(400);
    const unknown = await post(["kr", "atlantis"]);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/unknown profile "atlantis"/);
  });
});

describe("fallback when the hosted upstream dies", () => {
  it("falls back to the profile's multilingual model without a client-visible error", async () => {
    await upstream.close();
    const completion = (await client.chat.completions.create({
      model: "glocal/ng",
      messages: [{ role: "user", content: "Please, I just need someone to talk to tonight" }],
      max_tokens: 6,
    })) as WithGlocal<OpenAI.Chat.Completions.ChatCompletion>;
    expect(completion.glocal.model).toBe("qwen2.5-1.5b-instruct");
    expect(completion.glocal.backend).toBe("llama");
    const hosted = completion.glocal.route.find((s) => s.model === "llama-3.2-3b-instruct")!;
    expect(hosted.decision).toBe("failed");
    expect(hosted.reason).toMatch(/failed before the first token/);

    // The circuit is now open: the next request skips the dead upstream without waiting on it.
    const next = (await client.chat.completions.create({
      model: "glocal/ng",
      messages: [{ role: "user", content: "Are you still there?" }],
      max_tokens: 4,
    })) as WithGlocal<OpenAI.Chat.Completions.ChatCompletion>;
    expect(next.glocal.model).toBe("qwen2.5-1.5b-instruct");
    expect(next.glocal.route[0]).toMatchObject({ model: "llama-3.2-3b-instruct", decision: "skipped" });
  });
});
