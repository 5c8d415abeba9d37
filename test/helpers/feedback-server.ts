import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { ApiError, errorResponse, notFound } from "../../src/api/errors.ts";
import { registerFeedbackRoutes } from "../../src/api/feedback.ts";
import type { PrivacyKeys } from "../../src/privacy/keys.ts";
import { nodePrivacyKeys } from "../../src/privacy/node-keys.ts";
import type { InteractionRow } from "../../src/store/schema.ts";
import { MemorySpool, type Spool } from "../../src/store/spool.ts";
import type { Store } from "../../src/store/store.ts";
import { openWriteQueue, type WriteQueue } from "../../src/store/write-queue.ts";
import { interactionOp } from "../../src/store/write-ops.ts";
import { silentLogger } from "../../src/util/log.ts";
import { interactionRow } from "./interaction-row.ts";

export const TEST_SECRET = "test-secret-0123456789abcdefghij";
export const EVALUATOR_KEY = "evaluator-key-0123456789abcdef";

/** Profiles and their countries, as the gateway's profile map would give them. */
export const TEST_PROFILES = new Map([
  ["kr", { countries: ["KR"] }],
  ["us", { countries: ["US"] }],
  ["ng", { countries: ["NG"] }],
  ["in", { countries: ["IN"] }],
]);

export interface FeedbackServer {
  url: string;
  keys: PrivacyKeys;
  writes: WriteQueue;
  /** Record an interaction the way the chat path does; returns its id and rating token. */
  interaction(fields?: Partial<InteractionRow> & { user?: string }): Promise<{ id: string; token: string }>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The feedback routes on a real HTTP server on a loopback port, with the same error handling as the
 * gateway's app, over the given store (PGlite or Postgres).
 */
export async function startFeedbackServer(options: { store: Store; evaluatorKey?: string; storeText?: boolean; spool?: Spool }): Promise<FeedbackServer> {
  const keys = nodePrivacyKeys(TEST_SECRET);
  const writes = await openWriteQueue({
    store: options.store,
    spool: options.spool ?? new MemorySpool(),
    log: silentLogger,
    retryInitialMs: 20,
    retryMaxMs: 200,
  });
  const app = new Hono();
  registerFeedbackRoutes(app, {
    store: options.store,
    writes,
    keys,
    evaluatorKey: options.evaluatorKey,
    storeText: options.storeText ?? false,
    maxBodyBytes: 64 * 1024,
    profiles: TEST_PROFILES,
    log: silentLogger,
  });
  app.notFound((c) => errorResponse(c, notFound("no route", null, "route_not_found")));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    return errorResponse(c, new ApiError(500, `internal error: ${error.name}`, "server_error", "internal_error"));
  });
  const server: ServerType = await new Promise((ready) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => ready(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    keys,
    writes,
    async interaction(fields = {}) {
      const { user, ...rest } = fields;
      const row = interactionRow({
        languageConfidence: 0.9,
        model: "exaone",
        backend: "llama",
        latencyMs: 50,
        userHash: user === undefined ? null : await keys.hashUser(user),
        ...rest,
      });
      await writes.submit(interactionOp(row));
      return { id: row.id, token: await keys.ratingToken(row.id) };
    },
    post: (path, body, headers = {}) =>
      fetch(url + path, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await writes.close();
    },
  };
}
