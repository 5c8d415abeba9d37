import { createConfig, lintFromString } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServedBy } from "../src/chat/served-by.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/util/log.ts";
import { createPrometheusMetrics } from "../src/metrics/prometheus.ts";
import { startTestGateway, type TestGateway } from "./helpers/gateway.ts";
import { interactionRow } from "./helpers/interaction-row.ts";
import { parseExposition, scrape, sumOf, type Sample } from "./helpers/prometheus.ts";

/**
 * Operating the gateway: /metrics scraped after real traffic on the demo model, one request log line per
 * request without text, and the served OpenAPI document through a real linter (Redocly).
 */
let gateway: TestGateway;
const lines: string[] = [];

beforeAll(async () => {
  gateway = await startTestGateway({ config: { GLOCAL_OFFLINE: true }, log: createLogger("info", (line) => lines.push(line)) });
});
afterAll(async () => {
  await gateway?.close();
});

const KOREAN = "요즘 너무 지쳐요. 잠도 잘 못 자요.";
const CRISIS = "I want to kill myself tonight. I can't do this anymore.";

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${gateway.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

async function chat(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await post("/v1/chat/completions", { max_tokens: 6, ...body }, headers);
  if (body.stream) {
    const text = await response.text();
    const first = JSON.parse(text.split("\n\n")[0]!.slice(6)) as { glocal: ServedBy };
    return { response, glocal: first.glocal, text };
  }
  const json = (await response.json()) as { glocal: ServedBy; error?: unknown };
  return { response, glocal: json.glocal, text: JSON.stringify(json) };
}

const delta = (before: Sample[], after: Sample[], name: string, labels: Record<string, string> = {}) =>
  sumOf(after, name, labels) - sumOf(before, name, labels);

describe("GET /metrics", () => {
  it("moves the expected series after real traffic, with bounded labels and no text", async () => {
    const before = await scrape(gateway.url);
    const kr = [
      await chat({ model: "glocal/kr", messages: [{ role: "user", content: KOREAN }] }),
      await chat({ model: "glocal/kr", messages: [{ role: "user", content: KOREAN }], user: "person-42" }),
      await chat({ model: "glocal/kr", messages: [{ role: "user", content: KOREAN }], stream: true }),
    ];
    const crisis = await chat({ model: "glocal/us", messages: [{ role: "user", content: CRISIS }] });
    expect((await post("/v1/chat/completions", { model: "glocal/atlantis", messages: [{ role: "user", content: "hi" }] })).status).toBe(404);
    expect(
      (await post("/v1/chat/completions", { model: "glocal/kr", messages: [{ role: "user", content: "hi" }], tools: [{ type: "function" }] })).status,
    ).toBe(400);
    expect((await fetch(`${gateway.url}/v1/profiles/zz-made-up`)).status).toBe(404);
    expect((await fetch(`${gateway.url}/no/such/path-12345`)).status).toBe(404);
    const rated = await post("/v1/ratings", {
      interaction_id: kr[0]!.glocal.interaction_id,
      rating_token: kr[0]!.glocal.rating_token,
      items: { fits_culture: 4 },
    });
    expect(rated.status).toBe(201);
    const after = await scrape(gateway.url);

    const served = kr[0]!.glocal;
    expect(kr.every((k) => k.response.status === 200 && k.glocal.model === served.model)).toBe(true);
    const krLabels = {
      route: "/v1/chat/completions",
      method: "POST",
      status: "200",
      profile: "kr",
      language: "ko",
      model: served.model,
      backend: served.backend,
    };
    expect(delta(before, after, "glocal_http_requests_total", krLabels)).toBe(3);
    expect(delta(before, after, "glocal_http_requests_total", { route: "/v1/chat/completions", status: "404", profile: "" })).toBe(1);
    expect(delta(before, after, "glocal_http_requests_total", { route: "/v1/chat/completions", status: "400" })).toBe(1);
    expect(delta(before, after, "glocal_http_requests_total", { route: "/v1/profiles/:id", status: "404" })).toBe(1);
    expect(delta(before, after, "glocal_http_requests_total", { route: "unmatched", status: "404" })).toBe(1);
    expect(delta(before, after, "glocal_http_requests_total", { route: "/v1/ratings", status: "201" })).toBe(1);
    expect(delta(before, after, "glocal_http_request_duration_seconds_count", { route: "/v1/chat/completions" })).toBe(6);

    expect(delta(before, after, "glocal_chat_answers_total", { profile: "kr", language: "ko", outcome: "ok" })).toBe(3);
    expect(delta(before, after, "glocal_chat_time_to_first_token_seconds_count", { profile: "kr", model: served.model })).toBe(3);
    expect(delta(before, after, "glocal_risk_assessments_total", { profile: "kr" })).toBe(3);
    expect(delta(before, after, "glocal_risk_assessments_total", { profile: "us", level: "crisis" })).toBe(1);
    expect(delta(before, after, "glocal_guard_replacements_total", { profile: "us" })).toBe(crisis.glocal.safety_replaced ? 1 : 0);
    expect(delta(before, after, "glocal_ratings_total", { profile: "kr" })).toBe(1);

    // Gauges read at scrape time: a queue depth per model, the write queue and spool.
    expect(after.filter((s) => s.name === "glocal_backend_queue_depth").map((s) => s.labels.model)).toContain(served.model);
    for (const name of ["glocal_write_queue_in_flight", "glocal_write_spool_bytes", "glocal_write_queue_spooling"]) {
      expect(
        after.some((s) => s.name === name),
        name,
      ).toBe(true);
    }

    // Nothing a request sent becomes a label: no unknown profile, raw path, id, user or text.
    const labelValues = after.flatMap((s) => Object.values(s.labels)).join("\n");
    for (const leaked of ["atlantis", "zz-made-up", "path-12345", "person-42", served.interaction_id, "지쳐요", "kill"]) {
      expect(labelValues).not.toContain(leaked);
    }
  });
});

describe("request logs", () => {
  it("writes one JSON line per request with its facts, honours a safe x-request-id, and never logs text or user ids", async () => {
    lines.length = 0;
    const traced = await chat({ model: "glocal/kr", messages: [{ role: "user", content: KOREAN }], user: "person-77" }, { "x-request-id": "trace-abc.123" });
    expect(traced.response.headers.get("x-request-id")).toBe("trace-abc.123");
    const unsafe = `bad id <script>${"x".repeat(200)}`;
    const streamed = await chat({ model: "glocal/kr", messages: [{ role: "user", content: KOREAN }], stream: true }, { "x-request-id": unsafe });
    const generated = streamed.response.headers.get("x-request-id")!;
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${gateway.url}/healthz`)).status).toBe(200);
    expect(
      (await post("/v1/chat/completions", { model: "glocal/kr", messages: [{ role: "user", content: "hi" }], response_format: { type: "json_object" } }))
        .status,
    ).toBe(400);

    const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.event === "request");
    expect(requests).toHaveLength(4);
    const [json, sse, health, refused] = requests;
    expect(json).toMatchObject({
      level: "info",
      request_id: "trace-abc.123",
      method: "POST",
      route: "/v1/chat/completions",
      status: 200,
      profile: "kr",
      language: "ko",
      model: traced.glocal.model,
      backend: traced.glocal.backend,
      risk: traced.glocal.risk.level,
      outcome: "ok",
      interaction_id: traced.glocal.interaction_id,
    });
    expect(json!.latency_ms).toEqual(expect.any(Number));
    expect(json!.ttft_ms).toEqual(expect.any(Number));
    // A stream is logged when it ends: its latency covers the whole answer.
    expect(sse).toMatchObject({ request_id: generated, status: 200, profile: "kr", outcome: "ok", interaction_id: streamed.glocal.interaction_id });
    expect(sse!.latency_ms as number).toBeGreaterThanOrEqual(sse!.ttft_ms as number);
    expect(health).toMatchObject({ route: "/healthz", status: 200 });
    expect(health).not.toHaveProperty("profile");
    expect(refused).toMatchObject({ route: "/v1/chat/completions", status: 400 });

    const all = lines.join("\n");
    for (const secret of ["지쳐요", "person-77", "<script>"]) expect(all).not.toContain(secret);
  });
});

describe("OpenAPI document", () => {
  it("passes Redocly's recommended rules, with an operationId everywhere, the evaluator key on /v1/eval/*, and this server", async () => {
    const source = await (await fetch(`${gateway.url}/openapi.json`)).text();
    // List endpoints have no client errors to document, so the "every operation has a 4XX" rule is off.
    const config = await createConfig({ extends: ["recommended"], rules: { "operation-4xx-response": "off" } });
    const problems = await lintFromString({ source, absoluteRef: "openapi.json", config });
    const described = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(described.filter((p) => p.startsWith("error"))).toEqual([]);
    expect(described).toEqual([]);

    const doc = JSON.parse(source) as {
      servers: { url: string }[];
      paths: Record<string, Record<string, { operationId?: string; security?: Record<string, string[]>[] }>>;
      components: { securitySchemes: Record<string, { type: string; scheme: string }> };
    };
    expect(doc.servers[0]!.url).toBe(gateway.url);
    expect(doc.components.securitySchemes.evaluatorKey).toMatchObject({ type: "http", scheme: "bearer" });
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.values(item).map((op) => ({ path, ...op })));
    expect(new Set(operations.map((op) => op.operationId)).size).toBe(operations.length);
    expect(operations.every((op) => typeof op.operationId === "string")).toBe(true);
    const evaluator = operations.filter((op) => op.path.startsWith("/v1/eval/"));
    expect(evaluator.length).toBe(5); // satisfaction, compare, pairwise, arms, distress
    for (const op of evaluator) expect(op.security).toEqual([{ evaluatorKey: [] }]);
  });
});

describe("settings", () => {
  it("GLOCAL_METRICS=0 turns /metrics off, GLOCAL_PUBLIC_URL names the server, and a bad URL stops start-up", async () => {
    expect(loadConfig({}).GLOCAL_METRICS).toBe(true);
    expect(loadConfig({ GLOCAL_METRICS: "0" }).GLOCAL_METRICS).toBe(false);
    expect(() => loadConfig({ GLOCAL_PUBLIC_URL: "glocal.example.org" })).toThrow(/GLOCAL_PUBLIC_URL: must be an http\(s\) URL/);
    const quiet = await startTestGateway({ config: { GLOCAL_OFFLINE: true, GLOCAL_METRICS: false, GLOCAL_PUBLIC_URL: "https://glocal.example.org" } });
    try {
      const metrics = await fetch(`${quiet.url}/metrics`);
      expect(metrics.status).toBe(404);
      expect(((await metrics.json()) as { error: { code: string } }).error.code).toBe("metrics_disabled");
      const doc = (await (await fetch(`${quiet.url}/openapi.json`)).json()) as { servers: { url: string }[] };
      expect(doc.servers).toEqual([{ url: "https://glocal.example.org", description: "this gateway" }]);
    } finally {
      await quiet.close();
    }
  });
});

describe("Prometheus labels", () => {
  it("count values outside the deployment's profiles, languages and models as other", async () => {
    const metrics = createPrometheusMetrics({
      profiles: ["kr"],
      languages: ["ko"],
      models: ["m1"],
      backends: new Map(),
      writeStatus: () => ({ mode: "direct", inFlight: 0, spoolBytes: 0, spooled: 0, replayed: 0, skipped: 0, rejected: 0 }),
      processMetrics: false,
    });
    const row = interactionRow({ profile: "made-up-profile", language: "xx-invented", model: "someone-elses-model", backend: "llama" });
    metrics.observeChat({ row, risk: "none", safetyReplaced: false });
    metrics.observeRequest({
      route: "/v1/chat/completions",
      method: "BREW",
      status: 200,
      durationMs: 5,
      chats: [{ row, risk: "none", safetyReplaced: false }],
    });
    const samples = parseExposition((await metrics.render())!.body);
    expect(sumOf(samples, "glocal_http_requests_total", { profile: "other", language: "other", model: "other", backend: "llama", method: "OTHER" })).toBe(1);
    expect(sumOf(samples, "glocal_chat_answers_total", { profile: "other", language: "other", model: "other" })).toBe(1);
    const values = samples.flatMap((s) => Object.values(s.labels)).join(" ");
    for (const leaked of ["made-up-profile", "xx-invented", "someone-elses-model", "BREW"]) expect(values).not.toContain(leaked);
  });
});
