/**
 * npm run bench:gateway [-- --requests 2000]
 * The latency the gateway adds: a hosted route to a local stub upstream that answers instantly, against
 * calling the same stub directly, at concurrency 1 and 32, in one run. Non-streamed chat completions.
 */
import { parseArgs } from "node:util";
import { startOpenAIStubServer } from "../../test/helpers/openai-stub-server.ts";
import { demoWeightsCatalog, startTestGateway } from "../../test/helpers/gateway.ts";
import { fmt, runLoad, type LoadResult } from "./stats.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "2000" } } });
const total = Number(values.requests);

const stub = await startOpenAIStubServer({ record: false });
const gateway = await startTestGateway({
  config: { GLOCAL_OFFLINE: true },
  catalog: demoWeightsCatalog({
    "llama-3.2-3b-instruct": {
      kind: "hosted",
      name: "stub upstream",
      endpoint: { url: stub.url, model: "stub", timeoutMs: 10_000 },
      languages: ["en"],
      regional: [],
      licence: "test",
      commercial: true,
      demo: false,
    },
  }),
});

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
