/**
 * The gateway under test for bench:gateway, in its own process so it has a core of its own and does not
 * share an event loop with the load generator. Prints its URL on stdout, stops on SIGTERM.
 */
import { demoWeightsCatalog, startTestGateway } from "../../test/helpers/gateway.ts";

const upstream = process.env.BENCH_UPSTREAM_URL;
if (!upstream) throw new Error("BENCH_UPSTREAM_URL is not set");

const gateway = await startTestGateway({
  config: { GLOCAL_OFFLINE: true },
  catalog: demoWeightsCatalog({
    "llama-3.2-3b-instruct": {
      kind: "hosted",
      name: "stub upstream",
      endpoint: { url: upstream, model: "stub", timeoutMs: 10_000 },
      languages: ["en"],
      regional: [],
      licence: "test",
      commercial: true,
      demo: false,
    },
  }),
});
console.log(gateway.url);
process.once("SIGTERM", () => void gateway.close().then(() => process.exit(0)));
