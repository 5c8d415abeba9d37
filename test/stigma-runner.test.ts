/**
 * The stigma runner against the real gateway, started in-process: once on the generated demo model
 * (figures meaningless, which the report must say), once with us's English target served by an
 * OpenAI-compatible upstream whose answers are scripted per vignette, so the counting, the
 * difference from the control and the output guard are checked against known answers.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadStigmaLanguages } from "../src/stigma/load.ts";
import { formatReport, toCsv, toJson } from "../src/stigma/report.ts";
import { languagesFor, runStigmaProbes, StigmaRunError, type StigmaRun } from "../src/stigma/runner.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { demoWeightsCatalog, startTestGateway, type TestGateway } from "./helpers/gateway.ts";
import { startOpenAIStubServer, type OpenAIStubServer, type RecordedRequest } from "./helpers/openai-stub-server.ts";

const sets = loadStigmaLanguages();
const SHORT = { conditions: ["daily_troubles", "schizophrenia"], questions: ["work_closely", "violent"], maxTokens: 8 } as const;

describe("on the demo model", () => {
  let gateway: TestGateway;
  let run: StigmaRun;

  beforeAll(async () => {
    gateway = await startTestGateway({ config: { GLOCAL_OFFLINE: true } });
    run = await runStigmaProbes({ url: gateway.url, sets, profiles: ["us", "kr"], ...SHORT });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it("sends every profile × vignette × question once, in the profile's language, and gets answers", () => {
    expect(run.records).toHaveLength(2 * 2 * 2);
    expect(run.meta.languages).toEqual({ us: ["en"], kr: ["ko"] });
    for (const record of run.records) {
      expect(record).toMatchObject({ status: "ok", httpStatus: 200, model: "glocal-demo", demo: true, risk: "none" });
      expect(["yes", "no", "unclear"]).toContain(record.answer);
      expect(record.text).toBeUndefined();
    }
    expect(new Set(run.records.map((r) => `${r.profile}/${r.condition}/${r.question}`)).size).toBe(8);
  });

  it("summarises per profile and condition, with the control compared to itself never", () => {
    expect(run.summary.byProfile.map((p) => `${p.profile}:${p.language}`)).toEqual(["us:en", "kr:ko"]);
    for (const profile of run.summary.byProfile) {
      const control = profile.conditions.daily_troubles;
      const schizophrenia = profile.conditions.schizophrenia;
      expect(control.n).toBe(2);
      expect(control.difference).toBeUndefined();
      expect(schizophrenia.n).toBe(2);
      expect(schizophrenia.difference?.value).toBeCloseTo(schizophrenia.stigmaRate - control.stigmaRate, 10);
      expect(control.stigmatising + control.notStigmatising + control.unclear).toBe(2);
      expect(control.models).toEqual({ "glocal-demo": 2 });
    }
    expect(run.summary.models).toEqual([{ model: "glocal-demo", demo: true, answers: 8 }]);
    expect(run.summary.demo).toBe(true);
  });

  it("says loudly that the demo model answered and the numbers are meaningless", () => {
    const report = formatReport(run);
    expect(report).toMatch(/models measured: glocal-demo \(DEMO\) × 8/);
    expect(report).toMatch(/DEMO MODEL ANSWERED/);
    expect(report).toMatch(/MEANINGLESS/);
    expect(report).toMatch(/REMINDER: the demo model answered/);
    expect(report).toMatch(/^us\s+en\s+daily_troubles\s+2\s/m);
    expect(JSON.parse(toJson(run)).warning).toMatch(/meaningless/);
    const csv = toCsv(run.records).trim().split("\n");
    expect(csv).toHaveLength(9);
    expect(csv[0]).toMatch(/^profile,lenses,language,condition,question,/);
    expect(csv[0]).not.toMatch(/,text$/);
  });

  it("keeps answer text only when asked, and refuses unknown profiles and languages by name", async () => {
    const kept = await runStigmaProbes({
      url: gateway.url,
      sets,
      profiles: ["ng"],
      conditions: ["depression"],
      questions: ["make_friends"],
      maxTokens: 4,
      keepAnswers: true,
    });
    expect(kept.records).toHaveLength(1);
    expect(kept.meta.languages).toEqual({ ng: ["en"] });
    expect(typeof kept.records[0]!.text).toBe("string");
    expect(toCsv(kept.records).split("\n")[0]).toMatch(/,text$/);
    await expect(runStigmaProbes({ url: gateway.url, sets, profiles: ["atlantis"] })).rejects.toThrow(/unknown profile\(s\) atlantis/);
    await expect(runStigmaProbes({ url: gateway.url, sets, languages: ["xx"] })).rejects.toThrow(StigmaRunError);
  });

  it("records a gateway refusal as an error, not as an answer", async () => {
    const refused = await runStigmaProbes({
      url: gateway.url,
      sets,
      profiles: ["us"],
      lenses: ["no-such-lens"],
      conditions: ["depression"],
      questions: ["violent"],
      maxTokens: 4,
    });
    expect(refused.records[0]).toMatchObject({ status: "error", stance: "unclear" });
    expect(refused.records[0]!.httpStatus).toBeGreaterThanOrEqual(400);
    expect(refused.summary).toMatchObject({ answered: 0, errors: 1 });
  });
});

describe("against scripted answers from a real upstream", () => {
  let upstream: OpenAIStubServer;
  let gateway: TestGateway;
  let run: StigmaRun;

  /** Schizophrenia: unwilling, and "yes" to violence in stigmatising words; control: willing, "no" to violence. */
  function scripted(request: RecordedRequest) {
    const messages = (request.body as { messages: { role: string; content: string }[] }).messages;
    const probe = messages.filter((m) => m.role === "user").at(-1)!.content;
    const schizophrenia = probe.includes("hears voices");
    const violence = probe.includes("violent");
    const text = schizophrenia
      ? violence
        ? "Yes. People with schizophrenia are dangerous."
        : "No, I would rather keep my distance."
      : violence
        ? "No, nothing suggests that."
        : "Yes, of course.";
    return { kind: "reply" as const, chunks: [text] };
  }

  beforeAll(async () => {
    upstream = await startOpenAIStubServer({ behaviour: scripted });
    gateway = await startTestGateway({
      config: { GLOCAL_OFFLINE: true },
      catalog: demoWeightsCatalog({
        "llama-3.2-3b-instruct": {
          kind: "hosted",
          name: "scripted upstream",
          endpoint: { url: upstream.url, model: "scripted", timeoutMs: 20_000 },
          languages: ["en"],
          regional: [],
          licence: "test",
          commercial: true,
          demo: false,
        },
      }),
    });
    run = await runStigmaProbes({ url: gateway.url, sets, profiles: ["us"], conditions: ["daily_troubles", "schizophrenia"], maxTokens: 32 });
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });

  it("names the model that answered and shows no demo warning", () => {
    expect(run.summary.models).toEqual([{ model: "llama-3.2-3b-instruct", demo: false, answers: 12 }]);
    const report = formatReport(run);
    expect(report).toMatch(/models measured: llama-3\.2-3b-instruct × 12/);
    expect(report).not.toMatch(/DEMO/);
  });

  it("counts stigmatising answers per condition and the difference from the control", () => {
    const [us] = run.summary.byProfile;
    const control = us!.conditions.daily_troubles;
    const schizophrenia = us!.conditions.schizophrenia;
    expect(control).toMatchObject({ n: 6, stigmatising: 0, notStigmatising: 6, unclear: 0, guardStigma: 0 });
    // The gateway's output guard replaced "People with schizophrenia are dangerous." with the crisis
    // template (every answer is guarded), so the reader sees no yes/no there: 5 stigmatising, 1 unclear.
    expect(schizophrenia).toMatchObject({ n: 6, stigmatising: 5, notStigmatising: 0, unclear: 1, safetyReplaced: 1 });
    expect(schizophrenia.difference!.value).toBeCloseTo(5 / 6, 10);
    // Newcombe's interval stays inside [-1, 1] and excludes 0 for 5/6 against 0/6.
    expect(schizophrenia.difference!.ci.low).toBeGreaterThan(0);
    expect(schizophrenia.difference!.ci.high).toBeLessThanOrEqual(1);
    expect(run.summary.byQuestion.violent.schizophrenia).toMatchObject({ n: 1, stigmatising: 0, unclear: 1 });
  });

  it("the gateway replaced the stigmatising answer, so the runner's own guard pass finds none left", () => {
    const replaced = run.records.filter((r) => r.safetyReplaced);
    expect(replaced.map((r) => `${r.condition}/${r.question}`)).toEqual(["schizophrenia/violent"]);
    expect(run.records.filter((r) => r.guardStigma)).toEqual([]);
    expect(run.summary.byProfile[0]!.conditions.schizophrenia.guardStigma).toBe(0);
  });

  it("sent each probe as an ordinary chat request with the vignette's language", () => {
    const probes = upstream.requests.filter((r) => r.path.endsWith("/chat/completions"));
    expect(probes).toHaveLength(12);
  });
});

describe("language plan", () => {
  const profile = (primary: string[], also: string[] = []) => ({ id: "p", languages: { primary, also } });

  it("takes the first primary language with a probe set, falls back to English, or follows a list", () => {
    expect(languagesFor(profile(["sw", "en"]), sets, "primary")).toEqual({ languages: ["sw"], fallback: false });
    expect(languagesFor(profile(["hi", "en"]), sets, "all")).toEqual({ languages: ["hi", "en"], fallback: false });
    expect(languagesFor(profile(["yo", "ha"]), sets, "primary")).toEqual({ languages: ["en"], fallback: true });
    expect(languagesFor(profile(["ar"], ["en"]), sets, ["ko"])).toEqual({ languages: ["ko"], fallback: false });
  });
});

describe("npm run eval:stigma --start", () => {
  it("starts its own gateway, prints the table with the demo warning, and writes CSV", async () => {
    const dir = mkdtempSync(join(tmpdir(), "glocal-stigma-cli-"));
    const out = join(dir, "results.csv");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/eval-stigma.ts",
        "--start",
        "--profiles",
        "es",
        "--conditions",
        "daily_troubles,alcohol_dependence",
        "--questions",
        "live_next_door",
        "--max-tokens",
        "4",
        "--out",
        out,
      ],
      { cwd: PROJECT_ROOT, env: { ...process.env, GLOCAL_OFFLINE: "1", GLOCAL_DATA_DIR: "memory://" }, timeout: 120_000 },
    );
    expect(stdout).toMatch(/models measured: glocal-demo \(DEMO\) × 2/);
    expect(stdout).toMatch(/MEANINGLESS/);
    expect(stdout).toMatch(/^es\s+es\s+daily_troubles\s+1\s/m);
    expect(stdout).toMatch(/^\s+alcohol_dependence\s+1\s/m);
    const csv = readFileSync(out, "utf8").trim().split("\n");
    rmSync(dir, { recursive: true, force: true });
    expect(csv).toHaveLength(3);
  });
});
