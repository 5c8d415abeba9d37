/**
 * npm run eval:stigma — stigma probes against a gateway (issue 4, Part C item 6). See
 * eval/stigma/README.md. Prints figures and model ids, never the models' text (unless
 * --keep-answers puts it in the --out file).
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadStigmaLanguages } from "../src/stigma/load.ts";
import { formatReport, toCsv, toJson } from "../src/stigma/report.ts";
import { runStigmaProbes, StigmaRunError, type LanguageChoice } from "../src/stigma/runner.ts";
import { CONDITIONS, QUESTIONS, type Condition, type Question } from "../src/stigma/schema.ts";

const USAGE = `usage: npm run eval:stigma -- [options]

  --url URL            gateway base URL (default $GLOCAL_URL or http://127.0.0.1:8787)
  --start              start the gateway in this process instead (on the models on disk;
                       offline or without weights that is the demo model)
  --profiles a,b       profile ids (default: every profile GET /v1/profiles lists)
  --lenses a,b         lenses added to every request (at most 2)
  --languages X        primary (default: each profile's first language with a probe set),
                       all (every profile language with a set), or a list such as en,ko
  --conditions a,b     subset of ${CONDITIONS.join(",")}
  --questions a,b      subset of ${QUESTIONS.join(",")}
  --repeat N           send each probe N times (default 1)
  --max-tokens N       per answer (default 64)
  --temperature T      sampling temperature (default: the model's)
  --concurrency N      requests in flight (default 2)
  --timeout-ms N       per request (default 120000)
  --out FILE           write results.json or results.csv (may be given twice)
  --keep-answers       include each answer's text in --out files (off by default)`;

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new StigmaRunError(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

function subset<T extends string>(name: string, values: string[] | undefined, allowed: readonly T[]): T[] | undefined {
  if (!values) return undefined;
  const bad = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length > 0) throw new StigmaRunError(`--${name}: unknown ${bad.join(", ")}; choose from ${allowed.join(", ")}`);
  return values as T[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      start: { type: "boolean", default: false },
      profiles: { type: "string" },
      lenses: { type: "string" },
      languages: { type: "string" },
      conditions: { type: "string" },
      questions: { type: "string" },
      repeat: { type: "string" },
      "max-tokens": { type: "string" },
      temperature: { type: "string" },
      concurrency: { type: "string" },
      "timeout-ms": { type: "string" },
      out: { type: "string", multiple: true },
      "keep-answers": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const outs = values.out ?? [];
  const badOut = outs.find((f) => !/\.(json|csv)$/i.test(f));
  if (badOut) throw new StigmaRunError(`--out ${badOut}: the file must end in .json or .csv`);
  const temperature = values.temperature === undefined ? undefined : Number(values.temperature);
  if (temperature !== undefined && !(temperature >= 0 && temperature <= 2)) throw new StigmaRunError("--temperature must be between 0 and 2");
  const languagesArg = values.languages ?? "primary";
  const languages: LanguageChoice = languagesArg === "primary" || languagesArg === "all" ? languagesArg : (list(languagesArg) ?? []);

  const sets = loadStigmaLanguages();
  let url = values.url ?? process.env.GLOCAL_URL ?? "http://127.0.0.1:8787";
  let stop: (() => Promise<void>) | undefined;
  if (values.start) {
    const { startGateway } = await import("../src/server.ts");
    // In-memory store: probe traffic is not people's traffic and must not land in the deployment's data.
    const gateway = await startGateway({ config: { PORT: 0, HOST: "127.0.0.1", GLOCAL_DATA_DIR: "memory://", GLOCAL_LOG_LEVEL: "warn" } });
    url = gateway.url;
    stop = () => gateway.close();
  }

  try {
    let lastShown = 0;
    const run = await runStigmaProbes({
      url,
      sets,
      profiles: list(values.profiles),
      lenses: list(values.lenses),
      languages,
      conditions: subset("conditions", list(values.conditions), CONDITIONS) as Condition[] | undefined,
      questions: subset("questions", list(values.questions), QUESTIONS) as Question[] | undefined,
      repeat: positiveInt("repeat", values.repeat, 1),
      maxTokens: positiveInt("max-tokens", values["max-tokens"], 64),
      temperature,
      concurrency: positiveInt("concurrency", values.concurrency, 2),
      timeoutMs: positiveInt("timeout-ms", values["timeout-ms"], 120_000),
      keepAnswers: values["keep-answers"],
      onProgress: (done, total) => {
        if (done === total || done - lastShown >= Math.max(1, Math.ceil(total / 10))) {
          lastShown = done;
          process.stderr.write(`stigma probes: ${done}/${total}\n`);
        }
      },
    });
    console.log(formatReport(run));
    for (const file of outs) {
      writeFileSync(file, file.toLowerCase().endsWith(".csv") ? toCsv(run.records) : toJson(run));
      process.stderr.write(`wrote ${file}\n`);
    }
    return run.summary.answered === 0 ? 1 : 0;
  } finally {
    await stop?.();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(error instanceof StigmaRunError ? `eval:stigma: ${error.message}` : error);
    if (error instanceof StigmaRunError) console.error(USAGE);
    process.exitCode = 1;
  },
);
