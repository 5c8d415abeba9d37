import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHostedBackend } from "../src/backends/hosted/index.ts";
import type { GenerateEvent, GenerateRequest } from "../src/backends/types.ts";
import type { Engine } from "../src/catalog/engine.ts";
import { hostedModel, type HostedModel } from "../src/catalog/schema.ts";
import { demoWeightsCatalog, startTestGateway, type TestGateway } from "./helpers/gateway.ts";
import { appliedText, startEngineStandIn, type EngineStandIn } from "./helpers/lora-engine-stand-ins.ts";

/**
 * Culture adapters served by multi-LoRA engines: each catalog entry names its engine and adapter, and the
 * request on the wire is the one that engine documents. The stand-ins refuse anything else.
 */

const BASE = "Qwen/Qwen2.5-7B-Instruct";

function entry(url: string, endpoint: Record<string, unknown>, languages = ["ko", "en"]): HostedModel {
  return hostedModel.parse({
    kind: "hosted",
    name: "culture adapter",
    languages,
    licence: "apache-2.0",
    endpoint: { url, model: BASE, timeoutMs: 10_000, ...endpoint },
  });
}

const request: GenerateRequest = { model: "x", messages: [{ role: "user", content: "요즘 너무 지쳐요" }], maxTokens: 32 };

async function text(events: AsyncIterable<GenerateEvent>): Promise<string> {
  let out = "";
  for await (const event of events) if (event.type === "text") out += event.text;
  return out;
}

const standIns = new Map<Engine, EngineStandIn>();

beforeAll(async () => {
  standIns.set("vllm", await startEngineStandIn("vllm", { base: BASE, adapters: ["kr-care", "ng-care"] }));
  standIns.set("tgi", await startEngineStandIn("tgi", { base: BASE, adapters: ["glocal/kr-care-lora", "glocal/ng-care-lora"] }));
  standIns.set("lorax", await startEngineStandIn("lorax", { base: BASE, adapters: ["glocal/kr-care-lora", "s3://glocal-adapters/ng-care"] }));
  standIns.set("llama-server", await startEngineStandIn("llama-server", { base: BASE, adapters: ["kr-care.gguf", "ng-care.gguf"] }));
});

afterAll(async () => {
  await Promise.all([...standIns.values()].map((s) => s.close()));
});

const url = (engine: Engine) => (standIns.get(engine) as EngineStandIn).url;
const lastBody = (engine: Engine) => (standIns.get(engine) as EngineStandIn).accepted.at(-1) as Record<string, unknown>;

describe.each([true, false])("the request each engine documents (streaming: %s)", (streaming) => {
  it("vLLM (--enable-lora): the adapter's --lora-modules name is the model", async () => {
    for (const adapter of ["kr-care", "ng-care"]) {
      const backend = createHostedBackend("kr", entry(url("vllm"), { engine: "vllm", adapter }), { env: {}, streaming });
      expect(await text(backend.generate(request, new AbortController().signal))).toBe(`${appliedText(adapter)} ok`);
      const body = lastBody("vllm");
      expect(body.model).toBe(adapter);
      expect(body).not.toHaveProperty("lora");
      expect(body.messages).toEqual(request.messages);
    }
  });

  it("TGI multi-LoRA (LORA_ADAPTERS): the adapter id is the Messages API model", async () => {
    const backend = createHostedBackend("ng", entry(url("tgi"), { engine: "tgi", adapter: "glocal/ng-care-lora" }), { env: {}, streaming });
    expect(await text(backend.generate(request, new AbortController().signal))).toBe(`${appliedText("glocal/ng-care-lora")} ok`);
    expect(lastBody("tgi")).toMatchObject({ model: "glocal/ng-care-lora", max_tokens: 32 });
  });

  it("LoRAX: the adapter id is the model, with adapter_source when it is not on the Hub", async () => {
    const hub = createHostedBackend("kr", entry(url("lorax"), { engine: "lorax", adapter: "glocal/kr-care-lora" }), { env: {}, streaming });
    expect(await text(hub.generate(request, new AbortController().signal))).toBe(`${appliedText("glocal/kr-care-lora@hub")} ok`);
    expect(lastBody("lorax")).not.toHaveProperty("adapter_source");

    const s3 = createHostedBackend("ng", entry(url("lorax"), { engine: "lorax", adapter: "s3://glocal-adapters/ng-care", adapterSource: "s3" }), {
      env: {},
      streaming,
    });
    expect(await text(s3.generate(request, new AbortController().signal))).toBe(`${appliedText("s3://glocal-adapters/ng-care@s3")} ok`);
    expect(lastBody("lorax")).toMatchObject({ model: "s3://glocal-adapters/ng-care", adapter_source: "s3" });
  });

  it("llama-server: a per-request lora list with the adapter's id and scale, the model unchanged", async () => {
    const second = createHostedBackend("ng", entry(url("llama-server"), { engine: "llama-server", adapter: 1, adapterScale: 0.75 }), {
      env: {},
      streaming,
    });
    expect(await text(second.generate(request, new AbortController().signal))).toBe(`${appliedText("ng-care.gguf#1x0.75")} ok`);
    expect(lastBody("llama-server")).toMatchObject({ model: BASE, lora: [{ id: 1, scale: 0.75 }] });

    const first = createHostedBackend("kr", entry(url("llama-server"), { engine: "llama-server", adapter: 0 }), { env: {}, streaming });
    expect(await text(first.generate(request, new AbortController().signal))).toBe(`${appliedText("kr-care.gguf#0x1")} ok`);
    expect(lastBody("llama-server").lora).toEqual([{ id: 0, scale: 1 }]);
  });
});

describe("the stand-ins refuse what their engine would refuse", () => {
  it("an adapter the engine did not load fails as an upstream refusal, not as text", async () => {
    const unknown = createHostedBackend("kr", entry(url("vllm"), { engine: "vllm", adapter: "jp-care" }), { env: {} });
    await expect(text(unknown.generate(request, new AbortController().signal))).rejects.toThrow(/404/);
    const outOfRange = createHostedBackend("kr", entry(url("llama-server"), { engine: "llama-server", adapter: 7 }), { env: {} });
    await expect(text(outOfRange.generate(request, new AbortController().signal))).rejects.toThrow(/400/);
  });

  it("without an engine the plain model is sent and no adapter field", async () => {
    const plain = createHostedBackend("kr", entry(url("vllm"), {}), { env: {} });
    expect(await text(plain.generate(request, new AbortController().signal))).toBe(`${appliedText(undefined)} ok`);
    expect(lastBody("vllm").model).toBe(BASE);
  });
});

describe("catalog validation of engine fields", () => {
  const parse = (endpoint: Record<string, unknown>) =>
    hostedModel.safeParse({ kind: "hosted", name: "n", languages: ["en"], licence: "l", endpoint: { model: BASE, ...endpoint } });
  const messages = (endpoint: Record<string, unknown>) => {
    const result = parse(endpoint);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it.each([
    [{ url: "http://h", engine: "vllm" }, /endpoint\.adapter: engine "vllm" needs the adapter/],
    [{ url: "http://h", adapter: "kr" }, /endpoint\.adapter: an adapter needs an engine/],
    [{ url: "http://h", engine: "llama-server", adapter: "kr" }, /endpoint\.adapter: llama-server names adapters by integer id/],
    [{ url: "http://h", engine: "tgi", adapter: 0 }, /endpoint\.adapter: engine "tgi" names adapters by string/],
    [{ url: "http://h", engine: "vllm", adapter: "kr", adapterScale: 0.5 }, /endpoint\.adapterScale: adapterScale applies to engine "llama-server" only/],
    [{ url: "http://h", engine: "tgi", adapter: "kr", adapterSource: "s3" }, /endpoint\.adapterSource: adapterSource applies to engine "lorax" only/],
    [{ provider: "together", engine: "vllm", adapter: "kr" }, /endpoint\.engine: an engine is a server you run/],
    [{ url: "http://h", engine: "sglang", adapter: "kr" }, /endpoint\.engine/],
    [
      { url: "http://h", engine: "lorax", adapter: "/data/ng-care", adapterSource: "local" },
      /endpoint\.adapter: the client takes a model starting with .* for a URL/,
    ],
  ])("%j is refused with a message naming the field", (endpoint, expected) => {
    expect(messages(endpoint).join("\n")).toMatch(expected);
  });

  it("a consistent entry parses", () => {
    expect(parse({ url: "http://h", engine: "llama-server", adapter: 2, adapterScale: 0.5 }).success).toBe(true);
  });
});

describe("one engine, several culture adapters, through the gateway", () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    // kr's Korean target and us's English target are two adapters on one vLLM server.
    gateway = await startTestGateway({
      config: { GLOCAL_OFFLINE: true },
      catalog: demoWeightsCatalog({
        "exaone-3.5-2.4b-instruct": { ...entry(url("vllm"), { engine: "vllm", adapter: "kr-care" }), name: "kr adapter on vLLM" },
        "llama-3.2-3b-instruct": { ...entry(url("vllm"), { engine: "vllm", adapter: "ng-care" }, ["en"]), name: "English adapter on vLLM" },
      }),
    });
  });

  afterAll(async () => {
    await gateway?.close();
  });

  it.each([
    ["kr", "요즘 너무 지쳐요", "exaone-3.5-2.4b-instruct", "kr-care"],
    ["us", "I have been feeling so tired and alone lately", "llama-3.2-3b-instruct", "ng-care"],
  ])("profile %s is answered by its own adapter", async (profile, content, model, adapter) => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: `glocal/${profile}`, messages: [{ role: "user", content }] }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { choices: { message: { content: string } }[]; glocal: { model: string; backend: string } };
    expect(body.glocal).toMatchObject({ model, backend: "hosted" });
    expect(body.choices[0]?.message.content).toContain(appliedText(adapter));
    expect(lastBody("vllm").model).toBe(adapter);
  });
});
