import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFUSED_FIELDS } from "../src/api/unsupported-fields.ts";
import { startTestGateway, type TestGateway } from "./helpers/gateway.ts";

/**
 * No input may produce a 500 or a hang: every bad request gets a 4xx in the OpenAI error shape whose
 * message says what to fix. Each row is sent to the real server over loopback.
 */
let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway({ config: { GLOCAL_OFFLINE: true } });
});
afterAll(async () => {
  await gateway?.close();
});

const user = (content: unknown) => ({ model: "glocal/kr", messages: [{ role: "user", content }] });
const json = (value: unknown) => JSON.stringify(value);

interface Row {
  name: string;
  body?: string | Uint8Array;
  contentType?: string | null;
  headers?: Record<string, string>;
  method?: string;
  path?: string;
  status: number;
  /** What the message must say. */
  message: RegExp;
  param?: string | null;
}

/** One request per OpenAI field glocal refuses, each with a value that asks for the feature. */
const FEATURE_VALUES: Record<keyof typeof REFUSED_FIELDS, unknown> = {
  tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }],
  tool_choice: "auto",
  functions: [{ name: "lookup", parameters: { type: "object" } }],
  function_call: "auto",
  response_format: { type: "json_object" },
  logprobs: true,
  top_logprobs: 3,
  logit_bias: { "50256": -100 },
  frequency_penalty: 0.5,
  presence_penalty: -0.2,
  audio: { voice: "alloy", format: "mp3" },
  modalities: ["text", "audio"],
  prediction: { type: "content", content: "hello" },
  web_search_options: {},
  reasoning_effort: "low",
  verbosity: "high",
};

function unsupportedFieldRows(): Row[] {
  return Object.entries(FEATURE_VALUES).map(([field, value]) => ({
    name: `unsupported field ${field}`,
    body: json({ ...user("hi"), [field]: value }),
    status: 400,
    message: new RegExp(`^${field}: not supported: `),
    param: field,
  }));
}

const rows: Row[] = [
  { name: "malformed JSON", body: '{"model": "glocal/kr", "messages": [', status: 400, message: /not valid JSON/ },
  { name: "empty body", body: "", status: 400, message: /body is empty/ },
  { name: "JSON array instead of object", body: "[]", status: 400, message: /expected object/i },
  { name: "JSON null", body: "null", status: 400, message: /expected object/i },
  { name: "text/plain content type", body: json(user("hi")), contentType: "text/plain", status: 415, message: /Content-Type: application\/json/ },
  { name: "no content type", body: json(user("hi")), contentType: null, status: 415, message: /Content-Type: application\/json/ },
  { name: "form-encoded body", body: "model=glocal%2Fkr", contentType: "application/x-www-form-urlencoded", status: 415, message: /JSON/ },
  { name: "messages missing", body: json({ model: "glocal/kr" }), status: 400, message: /^messages: /, param: "messages" },
  { name: "messages is a string", body: json({ model: "glocal/kr", messages: "hi" }), status: 400, message: /^messages: /, param: "messages" },
  { name: "messages empty", body: json({ model: "glocal/kr", messages: [] }), status: 400, message: /at least one message/, param: "messages" },
  {
    name: "message without role",
    body: json({ model: "glocal/kr", messages: [{ content: "hi" }] }),
    status: 400,
    message: /messages\[0\]\.role/,
    param: "messages[0].role",
  },
  {
    name: "invalid role",
    body: json({ model: "glocal/kr", messages: [{ role: "robot", content: "hi" }] }),
    status: 400,
    message: /one of system, developer, user, assistant/,
    param: "messages[0].role",
  },
  { name: "tool role", body: json({ model: "glocal/kr", messages: [{ role: "tool", content: "hi" }] }), status: 400, message: /messages\[0\]\.role/ },
  { name: "content is a number", body: json(user(42)), status: 400, message: /messages\[0\]\.content: must be a string/, param: "messages[0].content" },
  { name: "content is null", body: json(user(null)), status: 400, message: /messages\[0\]\.content/ },
  {
    name: "image content part",
    body: json(user([{ type: "image_url", image_url: { url: "x" } }])),
    status: 400,
    message: /images and audio are not supported/,
  },
  { name: "empty user message", body: json(user("")), status: 400, message: /must not be empty/, param: "messages[0].content" },
  { name: "whitespace-only user message", body: json(user(" \n\t ")), status: 400, message: /must not be empty/ },
  {
    name: "last message from the assistant",
    body: json({
      model: "glocal/kr",
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: "hello" },
      ],
    }),
    status: 400,
    message: /last message must come from the user/,
    param: "messages[1].role",
  },
  { name: "NUL control character", body: json(user("hello\u0000world")), status: 400, message: /U\+0000 at position 5/ },
  { name: "escape control character", body: json(user("a\u001b[31mred")), status: 400, message: /U\+001B/ },
  { name: "lone surrogate", body: '{"model":"glocal/kr","messages":[{"role":"user","content":"bad \\ud800 half"}]}', status: 400, message: /U\+D800/ },
  {
    name: "invalid UTF-8 bytes",
    body: new Uint8Array([
      ...new TextEncoder().encode('{"model":"glocal/kr","messages":[{"role":"user","content":"'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('"}]}'),
    ]),
    status: 400,
    message: /not valid UTF-8/,
  },
  { name: "1 MB string", body: json(user("a".repeat(1024 * 1024))), status: 413, message: /larger than \d+ bytes/ },
  { name: "message over the length limit", body: json(user("슬픔 ".repeat(6000))), status: 400, message: /longer than 16000 characters/ },
  {
    name: "too many messages",
    body: json({ model: "glocal/kr", messages: Array.from({ length: 201 }, () => ({ role: "user", content: "hi" })) }),
    status: 400,
    message: /at most 200 messages/,
  },
  { name: "temperature is a string", body: json({ ...user("hi"), temperature: "hot" }), status: 400, message: /^temperature: /, param: "temperature" },
  { name: "temperature out of range", body: json({ ...user("hi"), temperature: 5 }), status: 400, message: /^temperature: .*2/, param: "temperature" },
  { name: "top_p of zero", body: json({ ...user("hi"), top_p: 0 }), status: 400, message: /^top_p: / },
  { name: "negative max_tokens", body: json({ ...user("hi"), max_tokens: -1 }), status: 400, message: /^max_tokens: / },
  { name: "fractional max_tokens", body: json({ ...user("hi"), max_tokens: 1.5 }), status: 400, message: /^max_tokens: / },
  { name: "stream is a string", body: json({ ...user("hi"), stream: "yes" }), status: 400, message: /^stream: /, param: "stream" },
  { name: "five stop sequences", body: json({ ...user("hi"), stop: ["a", "b", "c", "d", "e"] }), status: 400, message: /^stop/ },
  { name: "n greater than 1", body: json({ ...user("hi"), n: 3 }), status: 400, message: /only n = 1 is supported/ },
  ...unsupportedFieldRows(),
  { name: "seed beyond a safe integer", body: json({ ...user("hi"), seed: 1e30 }), status: 400, message: /^seed: / },
  { name: "stream_options of the wrong type", body: json({ ...user("hi"), stream_options: "usage" }), status: 400, message: /^stream_options: / },
  { name: "oversized user id", body: json({ ...user("hi"), user: "u".repeat(1000) }), status: 400, message: /^user: / },
  { name: "deeply nested JSON", body: "[".repeat(5000) + "]".repeat(5000), status: 400, message: /expected object/i },
  {
    name: "profile with path traversal",
    body: json({ profile: "../../etc/passwd", messages: [{ role: "user", content: "hi" }] }),
    status: 400,
    message: /not a valid profile id/,
    param: "profile",
  },
  {
    name: "model with path traversal",
    body: json({ model: "glocal/../../etc/passwd", messages: [{ role: "user", content: "hi" }] }),
    status: 400,
    message: /not a valid profile id/,
    param: "model",
  },
  {
    name: "header profile with path traversal",
    body: json({ messages: [{ role: "user", content: "hi" }] }),
    headers: { "x-glocal-profile": "..%2F..%2Fetc" },
    status: 400,
    message: /not a valid profile id/,
  },
  {
    name: "unknown lens",
    body: json({ model: "glocal/ng+astrology", messages: [{ role: "user", content: "hi" }] }),
    status: 400,
    message: /unknown lens "astrology"; valid lenses: faith/,
    param: "lenses",
  },
  {
    name: "three lenses",
    body: json({ model: "glocal/ng+faith", lenses: ["lgbtq", "neurodivergent"], messages: [{ role: "user", content: "hi" }] }),
    status: 400,
    message: /at most 2 lenses/,
  },
  {
    name: "lenses is a string",
    body: json({ model: "glocal/ng", lenses: "faith", messages: [{ role: "user", content: "hi" }] }),
    status: 400,
    message: /^lenses: /,
    param: "lenses",
  },
  {
    name: "unknown profile",
    body: json({ model: "glocal/atlantis", messages: [{ role: "user", content: "hi" }] }),
    status: 404,
    message: /unknown profile "atlantis"; valid profiles: .*kr.*ng.*us/,
    param: "model",
  },
  {
    name: "model that is not served",
    body: json({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] }),
    status: 404,
    message: /"gpt-4o" is not served here/,
    param: "model",
  },
  { name: "no profile at all", body: json({ messages: [{ role: "user", content: "hi" }] }), status: 400, message: /choose a culture profile/ },
  {
    name: "profile and model disagree",
    body: json({ model: "glocal/kr", profile: "ng", messages: [{ role: "user", content: "hi" }] }),
    status: 400,
    message: /model names profile "kr" but profile names "ng"/,
  },
  { name: "GET on the chat endpoint", method: "GET", status: 404, message: /no route GET \/v1\/chat\/completions/ },
  { name: "unknown route", method: "POST", path: "/v1/completions", body: json(user("hi")), status: 404, message: /no route POST \/v1\/completions/ },
  { name: "profile lookup with traversal", method: "GET", path: "/v1/profiles/..%2F..%2Fetc", status: 404, message: /unknown profile/ },
];

describe("bad inputs get a clear 4xx, never a 500 or a hang", () => {
  it("has at least 25 cases", () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
  });

  it.each(rows)("$name → $status", async (row) => {
    const headers: Record<string, string> = { ...row.headers };
    if (row.contentType !== null) headers["content-type"] = row.contentType ?? "application/json";
    const response = await fetch(`${gateway.url}${row.path ?? "/v1/chat/completions"}`, {
      method: row.method ?? "POST",
      headers,
      body: row.body as BodyInit | undefined,
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { error: { message: string; type: string; param: string | null; code: string } };
    expect({ status: response.status, message: body.error.message }).toMatchObject({ status: row.status, message: expect.stringMatching(row.message) });
    expect(body.error.type).toEqual(expect.any(String));
    expect(body.error.code).toEqual(expect.any(String));
    if (row.param !== undefined) expect(body.error.param).toBe(row.param);
  });

  it("has a feature-requesting row for every refused field", () => {
    expect(Object.keys(FEATURE_VALUES).sort()).toEqual(Object.keys(REFUSED_FIELDS).sort());
  });

  it("accepts unsupported fields at their neutral values, harmless metadata, and unknown fields", async () => {
    const neutral = {
      tools: [],
      tool_choice: "none",
      functions: [],
      function_call: "none",
      response_format: { type: "text" },
      logprobs: false,
      top_logprobs: 0,
      logit_bias: {},
      frequency_penalty: 0,
      presence_penalty: 0,
      audio: null,
      modalities: ["text"],
      prediction: null,
      verbosity: "medium",
      n: 1,
    };
    const ignored = { parallel_tool_calls: true, metadata: { app: "x" }, store: true, service_tier: "auto", prompt_cache_key: "k", safety_identifier: "s" };
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: json({ ...user("잘 지내요"), max_tokens: 3, ...neutral, ...ignored, something_new: { a: 1 } }),
    });
    expect(response.status).toBe(200);
  });

  it("refuses JSON-schema output as well as JSON mode", async () => {
    const response = await fetch(`${gateway.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: json({ ...user("hi"), response_format: { type: "json_schema", json_schema: { name: "x", schema: { type: "object" } } } }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^response_format: not supported: structured output/);
  });
});
