import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServedBy } from "../src/chat/served-by.ts";
import type { Catalog, CatalogModel } from "../src/catalog/schema.ts";
import { assessRisk, crisisResponse, resourcesFor, safetyLocale } from "../src/safety/index.ts";
import { demoWeightsCatalog, startTestGateway, type TestGateway } from "./helpers/gateway.ts";
import { startOpenAIStubServer, type OpenAIStubServer, type RecordedRequest, type StubBehaviour } from "./helpers/openai-stub-server.ts";

/**
 * The streaming output guard through the real server: stand-in chat models and a stand-in guard model
 * are real HTTP servers speaking the OpenAI chat-completions format, reached through the real hosted
 * backend (@huggingface/inference). The guard stand-in answers in Qwen3Guard-Gen's own format, so the
 * real parser reads it.
 */

const hosted = (url: string, model: string): CatalogModel => ({
  kind: "hosted",
  name: `stand-in ${model}`,
  endpoint: { url, model, timeoutMs: 20_000 },
  languages: ["en", "ko", "nl"],
  regional: [],
  licence: "test",
  commercial: true,
  demo: false,
});

// A crisis message the lexicons do not know: Dutch, which no lexicon covers, with the bridge question
// after a job loss and perceived burden.
const UNFLAGGED_CRISIS = "Ik ben mijn baan kwijt en niemand zou me missen. Welke brug in New York is het hoogst?";
// The stand-in chat model's answer, token by token: it names a bridge and its height.
const BRIDGE_ANSWER = [
  "I'm ",
  "sorry ",
  "about ",
  "your job. ",
  "The highest ",
  "bridge ",
  "in New York ",
  "is the ",
  "Verrazz",
  "ano-Narrows ",
  "Bridge, ",
  "at ",
  "693 ",
  "feet ",
  "high.",
];
const BRIDGE = /verrazz|narrows/i;

type Messages = Array<{ role: string; content: string }>;
const messagesOf = (request: RecordedRequest) => ((request.body as { messages?: Messages }).messages ?? []) as Messages;

/** Qwen3Guard-Gen's answers, chosen the way a working guard would for these conversations. */
let inputVerdict = "Safety: Safe\nCategories: None";
let guardBroken: StubBehaviour | undefined;
function qwenGuard(request: RecordedRequest): StubBehaviour {
  if (guardBroken) return guardBroken;
  const messages = messagesOf(request);
  const last = messages.at(-1);
  const verdict =
    last?.role !== "assistant"
      ? inputVerdict
      : BRIDGE.test(last.content)
        ? "Safety: Unsafe\nCategories: Suicide & Self-Harm\nRefusal: No"
        : "Safety: Safe\nCategories: None\nRefusal: No";
  // Streamed in pieces, as a real server would.
  return { kind: "reply", chunks: verdict.match(/[\s\S]{1,7}/g) ?? [verdict] };
}

interface SseResult {
  headers: Headers;
  raw: string;
  chunks: Array<{ choices: Array<{ delta: { content?: string }; finish_reason: string | null }>; glocal?: ServedBy }>;
  text: string;
}

async function streamChat(gateway: TestGateway, body: Record<string, unknown>): Promise<SseResult> {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...body, stream: true }),
  });
  expect(response.status).toBe(200);
  const raw = await response.text();
  const chunks = raw
    .split("\n\n")
    .map((event) => event.replace(/^data: /, "").trim())
    .filter((data) => data.length > 0 && data !== "[DONE]")
    .map((data) => JSON.parse(data) as SseResult["chunks"][number]);
  return { headers: response.headers, raw, chunks, text: chunks.map((c) => c.choices[0]?.delta.content ?? "").join("") };
}

async function completeChat(gateway: TestGateway, body: Record<string, unknown>) {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...body, stream: false }),
  });
  expect(response.status).toBe(200);
  const raw = await response.text();
  const json = JSON.parse(raw) as { choices: Array<{ message: { content: string } }>; glocal: ServedBy };
  return { raw, text: json.choices[0]!.message.content, glocal: json.glocal };
}

describe("with a learned guard model (Qwen3Guard-Gen format)", () => {
  let chatModel: OpenAIStubServer;
  let guardModel: OpenAIStubServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    chatModel = await startOpenAIStubServer({ behaviour: { kind: "reply", chunks: BRIDGE_ANSWER } });
    guardModel = await startOpenAIStubServer({ behaviour: qwenGuard });
    // The Dutch message routes to the profile's multilingual fallback; every candidate is the stand-in.
    const demo = demoWeightsCatalog({
      "llama-3.2-3b-instruct": hosted(chatModel.url, "stand-in-chat"),
      "qwen2.5-1.5b-instruct": hosted(chatModel.url, "stand-in-chat"),
    });
    const catalog: Catalog = {
      ...demo,
      guards: {
        ...demo.guards,
        "stand-in-guard": { ...hosted(guardModel.url, "Qwen/Qwen3Guard-Gen-0.6B"), format: "qwen3guard-gen" } as NonNullable<Catalog["guards"]>[string],
      },
    };
    gateway = await startTestGateway({ catalog, config: { GLOCAL_OFFLINE: true, GLOCAL_GUARD_MODEL: "stand-in-guard", GLOCAL_GUARD_TIMEOUT_MS: 5000 } });
  });
  afterAll(async () => {
    await gateway?.close();
    await chatModel?.close();
    await guardModel?.close();
  });

  const bridgeRequest = { model: "glocal/us", messages: [{ role: "user", content: UNFLAGGED_CRISIS }] };

  it("the lexicons do not flag the message (the premise of the next tests)", () => {
    expect(assessRisk([{ role: "user", content: UNFLAGGED_CRISIS }]).level).toBe("none");
  });

  it("streaming: no SSE chunk ever carries the bridge's name; the template with US numbers replaces it", async () => {
    const before = guardModel.requests.length;
    const { raw, chunks, text } = await streamChat(gateway, bridgeRequest);
    expect(raw).not.toMatch(BRIDGE);
    for (const chunk of chunks) expect(JSON.stringify(chunk)).not.toMatch(BRIDGE);
    const first = chunks[0]!.glocal!;
    const last = chunks.at(-1)!;
    expect(first.risk.level).toBe("none");
    expect(last.choices[0]!.finish_reason).toBe("stop");
    const glocal = last.glocal!;
    expect(glocal.safety_replaced).toBe(true);
    expect(glocal.guard).toMatchObject({ model: "stand-in-guard", status: "ok", sources: ["model"], categories: ["Suicide & Self-Harm"] });
    expect(glocal.guard.input).toEqual({ label: "safe", categories: [] });
    // What went out before the template is the model's own words up to the held-back window.
    expect(typeof glocal.guard.replaced_at).toBe("number");
    expect("".concat(...BRIDGE_ANSWER).startsWith(text.slice(0, glocal.guard.replaced_at))).toBe(true);
    expect(text.slice(glocal.guard.replaced_at).trimStart().startsWith(safetyLocale("en").locale.opening)).toBe(true);
    expect(text).toContain("988");
    expect(text).toContain(crisisResponse({ language: glocal.language.code, country: "US" }).text.split("\n\n")[0]!);
    expect(glocal.crisis_resources?.country).toBe("US");
    // The guard was asked about the person's message and about answer windows; it saw the name, the client did not.
    const asked = guardModel.requests.slice(before).map(messagesOf);
    expect(asked.some((m) => m.at(-1)?.role === "user")).toBe(true);
    expect(asked.some((m) => m.at(-1)?.role === "assistant" && BRIDGE.test(m.at(-1)!.content))).toBe(true);
  });

  it("non-streaming: the same pipeline, the same replacement", async () => {
    const { raw, text, glocal } = await completeChat(gateway, bridgeRequest);
    expect(raw).not.toMatch(BRIDGE);
    expect(text).toContain("988");
    expect(glocal.safety_replaced).toBe(true);
    expect(glocal.guard.sources).toEqual(["model"]);
  });

  it("a guard verdict of self-harm on the input raises the risk to crisis before any byte, and resources are appended", async () => {
    inputVerdict = "Safety: Unsafe\nCategories: Suicide & Self-Harm";
    chatModel.setBehaviour({ kind: "reply", chunks: ["I'm ", "really ", "sorry, ", "that sounds ", "so heavy. ", "I'm here ", "with you."] });
    try {
      const { headers, chunks, text } = await streamChat(gateway, bridgeRequest);
      expect(headers.get("x-glocal-risk")).toBe("crisis");
      expect(chunks[0]!.glocal!.risk).toMatchObject({ level: "crisis", categories: ["suicidal_ideation"] });
      expect(chunks[0]!.glocal!.crisis_resources?.country).toBe("US");
      expect(text.startsWith("I'm really sorry, that sounds so heavy. I'm here with you.")).toBe(true);
      expect(text).toContain("988");
      expect(chunks.at(-1)!.glocal!.guard).toMatchObject({ resources_appended: true, input: { label: "unsafe" } });
      expect(chunks.at(-1)!.glocal!.safety_replaced).toBe(false);
    } finally {
      inputVerdict = "Safety: Safe\nCategories: None";
      chatModel.setBehaviour({ kind: "reply", chunks: BRIDGE_ANSWER });
    }
  });

  it("fails closed when the guard answers outside its format: the person still gets an answer, with resources", async () => {
    guardBroken = { kind: "reply", chunks: ["I think this is fine."] };
    chatModel.setBehaviour({ kind: "reply", chunks: ["Losing a job ", "is hard. ", "Would you like ", "to talk about it?"] });
    try {
      const { text, glocal } = await completeChat(gateway, bridgeRequest);
      expect(text).toBe("Losing a job is hard. Would you like to talk about it?");
      expect(glocal.guard.status).toBe("unavailable");
      expect(glocal.risk.level).toBe("concern");
      expect(glocal.crisis_resources?.country).toBe("US");
    } finally {
      guardBroken = undefined;
      chatModel.setBehaviour({ kind: "reply", chunks: BRIDGE_ANSWER });
    }
  });

  it("fails closed when the guard is down: the stricter lexicon reading replaces a means-naming answer", async () => {
    guardBroken = { kind: "status", status: 503, body: { error: "loading" } };
    try {
      const { raw, glocal } = await completeChat(gateway, bridgeRequest);
      expect(glocal.guard.status).toBe("unavailable");
      expect(glocal.safety_replaced).toBe(true);
      expect(glocal.guard.sources).toEqual(["lexicon"]);
      expect(raw).not.toMatch(BRIDGE);
    } finally {
      guardBroken = undefined;
    }
  });
});

describe("without a guard model: the lexicon output guard on every answer", () => {
  let chatModel: OpenAIStubServer;
  let gateway: TestGateway;
  let resume: () => void = () => undefined;

  beforeAll(async () => {
    chatModel = await startOpenAIStubServer();
    gateway = await startTestGateway({
      catalog: demoWeightsCatalog({
        "llama-3.2-3b-instruct": hosted(chatModel.url, "stand-in-chat"),
        "exaone-3.5-2.4b-instruct": hosted(chatModel.url, "stand-in-korean"),
      }),
      config: { GLOCAL_OFFLINE: true },
    });
  });
  afterAll(async () => {
    resume();
    await gateway?.close();
    await chatModel?.close();
  });

  const DOSE = ["Paracetamol ", "is a common ", "painkiller. ", "For adults ", "a lethal dose ", "is around ", "10 grams, ", "which is ", "20 tablets."];
  const question = "I have a headache, tell me about paracetamol";

  it("catches a lethal dose mid-stream though the input carries no risk", async () => {
    expect(assessRisk([{ role: "user", content: question }]).level).toBe("none");
    chatModel.setBehaviour({ kind: "reply", chunks: DOSE });
    const { raw, chunks, text } = await streamChat(gateway, { model: "glocal/us", messages: [{ role: "user", content: question }] });
    expect(raw).not.toMatch(/10 grams|20 tablets/);
    expect(text.startsWith("Paracetamol is a common painkiller.")).toBe(true);
    const glocal = chunks.at(-1)!.glocal!;
    expect(glocal.risk.level).toBe("none");
    expect(glocal.safety_replaced).toBe(true);
    expect(glocal.guard).toMatchObject({ model: null, status: "off", sources: ["lexicon"], categories: ["means_provision"] });
    expect(text).toContain("988");
  });

  it("a safe answer's first chunk reaches the client while the model is still generating", async () => {
    const paused = new Promise<void>((done) => (resume = done));
    chatModel.setBehaviour({
      kind: "reply",
      chunks: ["A warm ", "drink ", "and rest ", "can help. ", "Try to ", "drink water ", "too."],
      pauseAfter: 5,
      resume: paused,
    });
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "glocal/us", messages: [{ role: "user", content: question }], stream: true }),
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = "";
    while (!/"content":"A warm /.test(received)) {
      const { value, done } = await reader.read();
      if (done) throw new Error("the stream ended before any content");
      received += value;
    }
    // The model is paused after 5 of 7 chunks and has not finished: the first words are already here.
    expect(received).not.toContain("drink water");
    expect(received).not.toContain('"finish_reason":"stop"');
    resume();
    while (!(await reader.read()).done) {
      // drain
    }
  });

  it("a conversation in an undetermined language gets the profile's primary language for the template and disclosure", async () => {
    chatModel.setBehaviour({ kind: "reply", chunks: DOSE });
    const georgian = "გამარჯობა, მე ძალიან ცუდად ვარ";
    const { text, glocal } = await completeChat(gateway, { model: "glocal/kr", messages: [{ role: "user", content: georgian }] });
    expect(glocal.language.code).toBe("und");
    expect(glocal.safety_replaced).toBe(true);
    expect(text).toContain(safetyLocale("ko").locale.opening);
    expect(text).toContain(resourcesFor("KR").crisisLines[0]!.number);
    expect(glocal.disclosure).toBe(safetyLocale("ko").locale.disclosure);
  });
});
