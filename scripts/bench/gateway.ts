/**
 * npm run bench:gateway [-- --requests 2000]
 * The latency the gateway adds: a hosted route to a local stub upstream that answers instantly, against
 * calling the same stub directly, at concurrency 1 and 32, in one run. Non-streamed chat completions.
 * The load generator and the stub share this process; the gateway runs in a child process.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { startOpenAIStubServer } from "../../test/helpers/openai-stub-server.ts";
import { fmt, runLoad, type LoadResult } from "./stats.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "2000" } } });
const total = Number(values.requests);

const stub = await startOpenAIStubServer({ record: false });
const child = spawn(process.execPath, ["--import", "tsx", new URL("./gateway-process.ts", import.meta.url).pathname], {
  env: { ...process.env, BENCH_UPSTREAM_URL: stub.url },
  stdio: ["ignore", "pipe", "inherit"],
});
const [firstLine] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
const gateway = {
  url: firstLine.trim(),
  close: async () => {
    child.kill("SIGTERM");
    await once(child, "exit");
  },
};

const messages = [{ role: "user", content: "I have had a hard week at work and I cannot sleep well" }];
const post = (url: string, body: unknown) => async () => {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
};
const direct = post(`${stub.url}/v1/chat/completions`, { model: "stub", messages, max_tokens: 16 });
const viaGateway = post(`${gateway.url}/v1/chat/completions`, { model: "glocal/us", messages, max_tokens: 16 });

// Check the route really is the hosted stub before timing anything.
const probe = (await (await fetch(`${gateway.url}/v1/chat/completions`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ model: "glocal/us", messages, max_tokens: 16 }),
})).json()) as { glocal: { model: string; backend: string } };
if (probe.glocal.backend !== "hosted") throw new Error(`expected the hosted route, got ${JSON.stringify(probe.glocal)}`);

const rows: { name: string; concurrency: number; direct: LoadResult; gateway: LoadResult }[] = [];
for (const concurrency of [1, 32]) {
  await runLoad(direct, 200, concurrency); // warm-up
  await runLoad(viaGateway, 200, concurrency);
  rows.push({ name: "chat, non-streamed", concurrency, direct: await runLoad(direct, total, concurrency), gateway: await runLoad(viaGateway, total, concurrency) });
}

console.log(`bench:gateway — ${total} requests per cell, hosted route to an instant local stub (node ${process.version})`);
console.log("concurrency | path    | median ms | p99 ms | req/s   | added median ms | added p99 ms | req/s ratio gateway/direct");
for (const r of rows) {
  console.log(`${String(r.concurrency).padStart(11)} | direct  | ${fmt(r.direct.medianMs).padStart(9)} | ${fmt(r.direct.p99Ms).padStart(6)} | ${fmt(r.direct.rps, 0).padStart(7)} |`);
  console.log(
    `${String(r.concurrency).padStart(11)} | gateway | ${fmt(r.gateway.medianMs).padStart(9)} | ${fmt(r.gateway.p99Ms).padStart(6)} | ${fmt(r.gateway.rps, 0).padStart(7)} | ${fmt(r.gateway.medianMs - r.direct.medianMs).padStart(15)} | ${fmt(r.gateway.p99Ms - r.direct.p99Ms).padStart(12)} | ${fmt(r.gateway.rps / r.direct.rps)}`,
  );
}
await gateway.close();
await stub.close();
