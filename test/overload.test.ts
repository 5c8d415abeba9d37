import { afterEach, describe, expect, it } from "vitest";
import { demoWeightsCatalog, startTestGateway, type TestGateway } from "./helpers/gateway.ts";
import { loadCatalogFile, PROJECT_ROOT } from "../src/server.ts";
import { join } from "node:path";
import { scrape, sumOf } from "./helpers/prometheus.ts";

/**
 * When no model can serve, or every model's queue is full, the answer is a 503 or 429 with Retry-After
 * and a message naming what was tried: never a 500, never a hang.
 */
let gateway: TestGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

const ask = (url: string, content: string) =>
  fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "glocal/ng", messages: [{ role: "user", content }], max_tokens: 64 }),
    signal: AbortSignal.timeout(30_000),
  });

describe("overload and outage answers", () => {
  it("503 with Retry-After when no model of the profile can serve", async () => {
    // Real catalog, no weights on disk, and the English target a hosted endpoint that refuses
    // connections; the default is that endpoint, so there is no demo model to fall back on.
    const real = loadCatalogFile(join(PROJECT_ROOT, "models", "catalog.json"));
    gateway = await startTestGateway({
      config: { GLOCAL_MODELS_DIR: "./models/does-not-exist" },
      catalog: {
        ...real,
        default: "llama-3.2-3b-instruct",
        models: {
          ...real.models,
          "llama-3.2-3b-instruct": {
            kind: "hosted",
            name: "refusing upstream",
            endpoint: { url: "http://127.0.0.1:9", model: "x", timeoutMs: 5000 },
            languages: ["en"],
            regional: [],
            licence: "test",
            commercial: true,
            demo: false,
          },
        },
      },
    });
    const response = await ask(gateway.url, "I cannot sleep and I feel alone");
    expect(response.status).toBe(503);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("no_backend_available");
    expect(body.error.message).toMatch(/llama-3\.2-3b-instruct: failed before the first token/);
    expect(body.error.message).toMatch(/qwen2\.5-1\.5b-instruct: missing/);

    // /metrics counts the 503 and the backend that failed.
    const samples = await scrape(gateway.url);
    expect(sumOf(samples, "glocal_http_requests_total", { route: "/v1/chat/completions", status: "503", profile: "ng", model: "" })).toBe(1);
    expect(sumOf(samples, "glocal_chat_answers_total", { profile: "ng", outcome: "unavailable", code: "no_backend" })).toBe(1);
    expect(sumOf(samples, "glocal_backend_failures_total", { model: "llama-3.2-3b-instruct", reason: "error" })).toBe(1);
  });

  it("429 with Retry-After when every model's queue is full, and the rest are served", async () => {
    gateway = await startTestGateway({ config: { GLOCAL_OFFLINE: true, GLOCAL_MAX_QUEUE: 0 }, catalog: demoWeightsCatalog() });
    const url = gateway.url;
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => ask(url, `message number ${i}: I feel tired of everything`)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(statuses).toContain(200);
    const busy = responses.find((r) => r.status === 429);
    expect(busy, `statuses: ${statuses.join(",")}`).toBeDefined();
    expect(Number(busy!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await busy!.json()) as { error: { code: string } }).error.code).toBe("queue_full");

    // /metrics: every 429 counted, and the full queues behind them counted per backend.
    const samples = await scrape(url);
    const refused = statuses.filter((s) => s === 429).length;
    expect(sumOf(samples, "glocal_http_requests_total", { route: "/v1/chat/completions", status: "429" })).toBe(refused);
    expect(sumOf(samples, "glocal_chat_answers_total", { profile: "ng", code: "queue_full" })).toBe(refused);
    expect(sumOf(samples, "glocal_backend_failures_total", { reason: "queue_full" })).toBeGreaterThanOrEqual(refused);
    expect(sumOf(samples, "glocal_http_requests_total", { route: "/v1/chat/completions", status: "200", profile: "ng" })).toBe(statuses.length - refused);
  });
});
