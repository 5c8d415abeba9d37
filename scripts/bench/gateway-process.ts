/**
 * The servers of bench:gateway, each in its own process so none shares an event loop (or a core's
 * time slice) with the load generator or with another. Prints its URL on stdout; over IPC answers
 * "rss" with its resident memory; stops on SIGTERM.
 *
 *   gateway-process.ts stub                  the instant OpenAI-compatible upstream
 *   gateway-process.ts passthrough <url>     the baseline: hono + fetch, forwarding to the stub, nothing else
 *   gateway-process.ts glocal <url>          glocal, its "us" profile routed to the stub as a hosted model
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { startOpenAIStubServer } from "../../test/helpers/openai-stub-server.ts";
import { demoWeightsCatalog, startTestGateway } from "../../test/helpers/gateway.ts";
import { startCpuProfile } from "./cpu-profile.ts";

const [role, upstream] = process.argv.slice(2);

async function startPassthrough(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = new Hono();
  app.post("/v1/chat/completions", (c) =>
    fetch(`${target}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": c.req.header("content-type") ?? "application/json" },
      body: c.req.raw.body,
      duplex: "half",
    } as RequestInit),
  );
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((ready) => server.once("listening", ready));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

async function startGlocal(target: string) {
  // PGlite on disk, as `npm start` runs it.
  const dataDir = mkdtempSync(join(tmpdir(), "glocal-bench-data-"));
  const gateway = await startTestGateway({
    config: { GLOCAL_OFFLINE: true, GLOCAL_DATA_DIR: dataDir },
    catalog: demoWeightsCatalog({
      "llama-3.2-3b-instruct": {
        kind: "hosted",
        name: "stub upstream",
        endpoint: { url: target, model: "stub", timeoutMs: 10_000 },
        languages: ["en"],
        regional: [],
        licence: "test",
        commercial: true,
        demo: false,
      },
    }),
  });
  return {
    url: gateway.url,
    localRuntimeStarted: () => gateway.localRuntimeStarted(),
    close: async () => {
      await gateway.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let server: { url: string; close(): Promise<void>; localRuntimeStarted?: () => boolean };
if (role === "stub") server = await startOpenAIStubServer({ record: false });
else if (role === "passthrough" && upstream) server = await startPassthrough(upstream);
else if (role === "glocal" && upstream) server = await startGlocal(upstream);
else throw new Error("usage: gateway-process.ts stub | passthrough <upstream url> | glocal <upstream url>");

// BENCH_CPU_PROFILE=<file>: a CPU profile of the glocal server from now (after start-up) until SIGTERM
// (only glocal's: the three servers share the environment, and one file).
const profileFile = role === "glocal" ? process.env.BENCH_CPU_PROFILE : undefined;
const stopProfile = profileFile ? await startCpuProfile(profileFile) : async () => {};

process.on("message", (message: string) => {
  if (message === "rss") process.send?.({ rss: process.memoryUsage().rss, localRuntimeStarted: server.localRuntimeStarted?.() ?? false });
});
console.log(server.url);
process.once(
  "SIGTERM",
  () =>
    void stopProfile()
      .then(() => server.close())
      .then(() => process.exit(0)),
);
