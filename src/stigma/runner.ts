/**
 * Sends the stigma probes to a running gateway the way any app would (OpenAI-compatible
 * POST /v1/chat/completions), one fresh conversation per probe, and reads each answer: its leading
 * yes/no, the stance that implies, and the safety layer's output guard. The model that answered is
 * taken from the response's `glocal` object, so any model a deployment serves can be measured.
 */
import { z } from "zod";
import { guardOutput } from "../safety/index.ts";
import { createAnswerReader, type AnswerReader } from "./answer-reader.ts";
import { CONDITIONS, QUESTIONS, composeProbe, type Condition, type Question, type StigmaLanguage } from "./schema.ts";
import { stanceOf, summarise, type StigmaRecord, type StigmaSummary } from "./score.ts";

/** Which vignette languages a profile is probed in: its first language that has a probe set, every such language, or a fixed list. */
export type LanguageChoice = "primary" | "all" | readonly string[];

export interface StigmaRunOptions {
  /** Gateway base URL, e.g. http://127.0.0.1:8787. */
  url: string;
  sets: ReadonlyMap<string, StigmaLanguage>;
  /** Profile ids; default every profile GET /v1/profiles lists. */
  profiles?: readonly string[];
  /** Lenses added to every request (the gateway accepts at most two). */
  lenses?: readonly string[];
  languages?: LanguageChoice;
  conditions?: readonly Condition[];
  questions?: readonly Question[];
  /** How many times each probe is sent. */
  repeat?: number;
  maxTokens?: number;
  /** Sampling temperature; the model's default when absent. */
  temperature?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  timeoutMs?: number;
  /** Keep each answer's text in the records (off by default: figures, not text). */
  keepAnswers?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface StigmaRunMeta {
  gateway: string;
  startedAt: string;
  finishedAt: string;
  profiles: string[];
  lenses: string[];
  /** Profile → vignette languages it was probed in. */
  languages: Record<string, string[]>;
  /** Profiles probed in a language they do not list (no probe set for any of theirs). */
  languageFallbacks: string[];
  conditions: Condition[];
  questions: Question[];
  repeat: number;
  maxTokens: number;
  temperature?: number;
}

export interface StigmaRun {
  meta: StigmaRunMeta;
  records: StigmaRecord[];
  summary: StigmaSummary;
}

export class StigmaRunError extends Error {}

const profileListSchema = z.object({
  data: z.array(z.object({ id: z.string(), languages: z.object({ primary: z.array(z.string()), also: z.array(z.string()).default([]) }) })),
});
type ProfileInfo = z.infer<typeof profileListSchema>["data"][number];

// Only what the runner reads; a plain OpenAI-compatible server without `glocal` still works.
const completionSchema = z.object({
  model: z.string().optional(),
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
  glocal: z
    .object({
      model: z.string(),
      demo: z.boolean().optional(),
      backend: z.string().optional(),
      risk: z.object({ level: z.string() }).optional(),
      safety_replaced: z.boolean().optional(),
    })
    .optional(),
});

const errorSchema = z.object({ error: z.object({ code: z.string().nullish(), type: z.string().nullish() }) });

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

async function fetchProfiles(url: string, timeoutMs: number): Promise<ProfileInfo[]> {
  let response: Response;
  try {
    response = await fetch(`${url}/v1/profiles`, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new StigmaRunError(`cannot reach the gateway at ${url} (${(error as Error).message}); start it with "npm start" or pass --start`);
  }
  if (!response.ok) throw new StigmaRunError(`GET ${url}/v1/profiles answered ${response.status}; is this a glocal gateway?`);
  const parsed = profileListSchema.safeParse(await response.json());
  if (!parsed.success) throw new StigmaRunError(`GET ${url}/v1/profiles did not return a profile list; is this a glocal gateway?`);
  return parsed.data.data;
}

/** Vignette languages for one profile, and whether none of its own languages had a probe set. */
export function languagesFor(profile: ProfileInfo, sets: ReadonlyMap<string, unknown>, choice: LanguageChoice): { languages: string[]; fallback: boolean } {
  if (typeof choice !== "string") return { languages: [...choice], fallback: false };
  const own = [...profile.languages.primary, ...profile.languages.also].map((code) => code.split("-")[0]!);
  const available = [...new Set(own)].filter((code) => sets.has(code));
  if (available.length === 0) return { languages: sets.has("en") ? ["en"] : [], fallback: true };
  const primary = available.filter((code) => profile.languages.primary.some((p) => p.split("-")[0] === code));
  if (choice === "primary") return { languages: [primary[0] ?? available[0]!], fallback: false };
  return { languages: available, fallback: false };
}

interface Probe {
  profile: string;
  language: string;
  condition: Condition;
  question: Question;
  repeat: number;
  prompt: string;
}

async function askGateway(url: string, probe: Probe, options: Required<Pick<StigmaRunOptions, "maxTokens" | "timeoutMs">> & StigmaRunOptions) {
  const body = {
    profile: probe.profile,
    ...(options.lenses && options.lenses.length > 0 ? { lenses: options.lenses } : {}),
    language: probe.language,
    messages: [{ role: "user", content: probe.prompt }],
    max_tokens: options.maxTokens,
    ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
    stream: false,
  };
  return fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs),
  });
}

/** Which probe a record answers: the same columns for answers and errors. */
function probeFields(probe: Probe, lenses: string[]) {
  return {
    profile: probe.profile,
    lenses,
    language: probe.language,
    condition: probe.condition,
    question: probe.question,
    repeat: probe.repeat,
  };
}

function errorRecord(probe: Probe, lenses: string[], httpStatus: number, error: string, latencyMs: number): StigmaRecord {
  return {
    ...probeFields(probe, lenses),
    status: "error",
    httpStatus,
    error,
    answer: "unclear",
    reason: "error",
    stance: "unclear",
    guardStigma: false,
    guardCategories: [],
    latencyMs,
  };
}

async function runProbe(
  url: string,
  probe: Probe,
  reader: AnswerReader,
  options: Required<Pick<StigmaRunOptions, "maxTokens" | "timeoutMs">> & StigmaRunOptions,
): Promise<StigmaRecord> {
  const lenses = [...(options.lenses ?? [])];
  const started = performance.now();
  let response: Response;
  let json: unknown;
  try {
    response = await askGateway(url, probe, options);
    json = await response.json().catch(() => undefined);
  } catch (error) {
    return errorRecord(probe, lenses, 0, (error as Error).name, Math.round(performance.now() - started));
  }
  const latencyMs = Math.round(performance.now() - started);
  if (!response.ok) {
    const parsed = errorSchema.safeParse(json);
    const code = parsed.success ? (parsed.data.error.code ?? parsed.data.error.type ?? "error") : "error";
    return errorRecord(probe, lenses, response.status, code, latencyMs);
  }
  const parsed = completionSchema.safeParse(json);
  if (!parsed.success) return errorRecord(probe, lenses, response.status, "unreadable_completion", latencyMs);
  const completion = parsed.data;
  const text = completion.choices[0]!.message.content ?? "";
  const read = reader.read(text);
  const guard = guardOutput({ messages: [{ role: "user", content: probe.prompt }], response: text, language: probe.language });
  const glocal = completion.glocal;
  return {
    ...probeFields(probe, lenses),
    status: "ok",
    httpStatus: response.status,
    model: glocal?.model ?? completion.model ?? "unknown",
    demo: glocal?.demo === true,
    ...(glocal?.backend ? { backend: glocal.backend } : {}),
    ...(glocal?.risk ? { risk: glocal.risk.level } : {}),
    safetyReplaced: glocal?.safety_replaced === true,
    answer: read.answer,
    reason: read.reason,
    ...(read.phrase ? { phrase: read.phrase } : {}),
    stance: stanceOf(read.answer, probe.question),
    guardStigma: guard.categories.includes("stigma"),
    guardCategories: [...guard.categories],
    latencyMs,
    ...(options.keepAnswers ? { text } : {}),
  };
}

async function runPool<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>, onDone: () => void): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
      onDone();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}

export async function runStigmaProbes(options: StigmaRunOptions): Promise<StigmaRun> {
  const url = trimSlash(options.url);
  const settings = { ...options, maxTokens: options.maxTokens ?? 64, timeoutMs: options.timeoutMs ?? 120_000 };
  const repeat = options.repeat ?? 1;
  const conditions = [...(options.conditions ?? CONDITIONS)];
  const questions = [...(options.questions ?? QUESTIONS)];
  const choice = options.languages ?? "primary";
  if (typeof choice !== "string") {
    const missing = choice.filter((code) => !options.sets.has(code));
    if (missing.length > 0) throw new StigmaRunError(`no stigma probe set for ${missing.join(", ")}; available: ${[...options.sets.keys()].join(", ")}`);
  }

  const startedAt = new Date().toISOString();
  const served = await fetchProfiles(url, settings.timeoutMs);
  const byId = new Map(served.map((p) => [p.id, p]));
  const profileIds = options.profiles ? [...options.profiles] : served.map((p) => p.id);
  const unknown = profileIds.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new StigmaRunError(`unknown profile(s) ${unknown.join(", ")}; the gateway serves ${served.map((p) => p.id).join(", ")}`);

  const languages: Record<string, string[]> = {};
  const languageFallbacks: string[] = [];
  for (const id of profileIds) {
    const plan = languagesFor(byId.get(id)!, options.sets, choice);
    if (plan.languages.length === 0) throw new StigmaRunError(`no probe set fits profile ${id} and there is no English set to fall back on`);
    languages[id] = plan.languages;
    if (plan.fallback) languageFallbacks.push(id);
  }

  const readers = new Map<string, AnswerReader>();
  const english = options.sets.get("en");
  const readerFor = (language: string) => {
    let reader = readers.get(language);
    if (!reader) {
      const set = options.sets.get(language)!;
      reader = language !== "en" && english ? createAnswerReader(set.answers, english.answers) : createAnswerReader(set.answers);
      readers.set(language, reader);
    }
    return reader;
  };

  const probes: Probe[] = [];
  for (let r = 1; r <= repeat; r++) {
    for (const profile of profileIds) {
      for (const language of languages[profile]!) {
        const set = options.sets.get(language)!;
        for (const condition of conditions) {
          for (const question of questions) probes.push({ profile, language, condition, question, repeat: r, prompt: composeProbe(set, condition, question) });
        }
      }
    }
  }

  let done = 0;
  const records = await runPool(
    probes,
    options.concurrency ?? 2,
    (probe) => runProbe(url, probe, readerFor(probe.language), settings),
    () => options.onProgress?.(++done, probes.length),
  );

  return {
    meta: {
      gateway: url,
      startedAt,
      finishedAt: new Date().toISOString(),
      profiles: profileIds,
      lenses: [...(options.lenses ?? [])],
      languages,
      languageFallbacks,
      conditions,
      questions,
      repeat,
      maxTokens: settings.maxTokens,
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
    },
    records,
    summary: summarise(records, questions),
  };
}
