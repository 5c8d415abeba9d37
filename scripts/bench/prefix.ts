/**
 * npm run bench:prefix [-- --reps 3 --layers 24 --threads N]
 * Time to first token of a local model, first turn and next turns, with and without reuse of the KV
 * cache of the shared prefix, on a random-weights model of Qwen2.5-0.5B's shape and vocabulary
 * (prefix-model.ts; generated once into models/bench/, git-ignored). Prompts are the gateway's own:
 * composeSystemPrompt with the everyday safety policy, for two profiles whose conversations
 * interleave (kr in Korean, ng in English).
 * - with reuse: the gateway's llama backend (context pool with prefix affinity, 2 sequences);
 * - without: node-llama-cpp directly on the same file, its sequence cleared before every request.
 * Both run in the same process, request by request alternating, 1 generated token each (TTFT = prefill
 * plus one token). Medians pool both profiles' conversations. Also prints the system prompt's tokens:
 * the first-turn core against a later turn's (the core plus every detail).
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getLlama, LlamaChat, LlamaLogLevel, resolveChatWrapper } from "node-llama-cpp";
import { createLlamaRuntime, defaultThreadCount, type LlamaModelBackend } from "../../src/backends/llama/index.ts";
import { renderPromptTokens, toChatHistory } from "../../src/backends/llama/stream-chat.ts";
import type { ChatMessage } from "../../src/backends/types.ts";
import { catalogSchema } from "../../src/catalog/schema.ts";
import { languageName } from "../../src/language/index.ts";
import { composeSystemPrompt } from "../../src/profiles/prompt.ts";
import type { Profile } from "../../src/profiles/schema.ts";
import { safetyPolicyPrompt } from "../../src/safety/index.ts";
import { loadProfilesDir, PROJECT_ROOT } from "../../src/server.ts";
import { ensureBenchModel, parameterCount, QWEN25_05B_SHAPE } from "./prefix-model.ts";
import { fmt, percentile } from "./stats.ts";

const { values } = parseArgs({
  options: {
    reps: { type: "string", default: "3" },
    layers: { type: "string", default: String(QWEN25_05B_SHAPE.layers) },
    threads: { type: "string" },
  },
});
const reps = Number(values.reps);
const shape = { ...QWEN25_05B_SHAPE, layers: Number(values.layers) };
const threads = values.threads ? Number(values.threads) : defaultThreadCount();
if (!Number.isInteger(reps) || reps < 2) throw new Error("--reps must be an integer ≥ 2 (the first repetition starts cold)");

const generated = performance.now();
const modelPath = await ensureBenchModel(join(PROJECT_ROOT, "models", "bench"), shape);
const generatedSeconds = (performance.now() - generated) / 1000;

const profiles = new Map(loadProfilesDir(join(PROJECT_ROOT, "culture-profiles")).map((p) => [p.id, p]));
const safety = safetyPolicyPrompt();

/** One person's conversation: their messages and fixed assistant answers (a random model's would be gibberish). */
interface Script {
  profile: Profile;
  language: string;
  users: string[];
  answers: string[];
}
const scripts = (rep: number): Script[] => [
  {
    profile: profiles.get("kr")!,
    language: "ko",
    users: [`안녕하세요 (${rep})`, "요즘 회사 일이 너무 많아서 잠을 잘 못 자요", "주말에도 쉬는 느낌이 안 들어요"],
    answers: [
      "저는 AI예요. 상담사나 의사가 아니에요. 오늘 어떤 이야기를 나누고 싶으세요?",
      "일이 많아서 잠까지 설치시니 정말 지치셨겠어요. 언제부터 그러셨어요?",
    ],
  },
  {
    profile: profiles.get("ng")!,
    language: "en",
    users: [`hi (${rep})`, "I lost my job last month and I keep thinking about it at night", "my family depends on me"],
    answers: [
      "I am an AI, not a doctor or counsellor. How are you doing today?",
      "Losing your job is heavy, and the nights can be the hardest. What goes through your mind then?",
    ],
  },
];

/** The messages the gateway sends for turn `turn` (0-based) of a script. */
function messagesFor(script: Script, turn: number): ChatMessage[] {
  const conversation: ChatMessage[] = [];
  for (let t = 0; t <= turn; t++) {
    conversation.push({ role: "user", content: script.users[t]! });
    if (t < turn) conversation.push({ role: "assistant", content: script.answers[t]! });
  }
  const system = composeSystemPrompt({
    profile: script.profile,
    language: script.language,
    languageName: languageName(script.language),
    otherCulture: false,
    safetyPolicy: safety,
    firstTurn: turn === 0,
    userTurns: script.users.slice(0, turn + 1),
  });
  return [{ role: "system", content: system }, ...conversation];
}

// ---- with reuse: the gateway's backend on the bench model ----
const runtime = await createLlamaRuntime({ gpu: false, threads, parallel: 2, maxQueue: 4, contextSize: 4096 });
const catalog = catalogSchema.parse({
  models: { bench: { kind: "gguf", source: { path: modelPath }, name: "bench", languages: ["ko", "en"], licence: "none", demo: true } },
});
runtime.createBackends(catalog);
const backend = runtime.backend("bench") as LlamaModelBackend;

async function withReuse(messages: ChatMessage[]) {
  const started = performance.now();
  let first = Number.NaN;
  let usage = { promptTokens: 0, cachedPromptTokens: 0 };
  for await (const event of backend.generate({ model: "bench", messages, temperature: 0, maxTokens: 1 }, new AbortController().signal)) {
    if (Number.isNaN(first)) first = performance.now() - started;
    if (event.type === "done") usage = { promptTokens: event.usage.promptTokens, cachedPromptTokens: event.usage.cachedPromptTokens ?? 0 };
  }
  return { ttftMs: first, ...usage };
}

// ---- without reuse: node-llama-cpp directly, the sequence cleared before each request ----
const llama = await getLlama({ gpu: false, build: "never", maxThreads: threads, logLevel: LlamaLogLevel.error });
const model = await llama.loadModel({ modelPath });
const context = await model.createContext({ contextSize: 4096, threads });
const sequence = context.getSequence();
const chatWrapper = resolveChatWrapper(model);
const chat = new LlamaChat({ contextSequence: sequence, chatWrapper });

async function withoutReuse(messages: ChatMessage[]) {
  await sequence.clearHistory();
  const started = performance.now();
  await chat.generateResponse(toChatHistory(messages), { temperature: 0, maxTokens: 1 });
  return { ttftMs: performance.now() - started, promptTokens: renderPromptTokens(chatWrapper, model.tokenizer, messages).length, cachedPromptTokens: 0 };
}

type Kind = "first turn (new conversation, same profile)" | "second turn" | "third turn";
const kinds: Kind[] = ["first turn (new conversation, same profile)", "second turn", "third turn"];
const samples = new Map<string, Array<{ ttftMs: number; promptTokens: number; cachedPromptTokens: number }>>();
const add = (key: string, s: { ttftMs: number; promptTokens: number; cachedPromptTokens: number }) => samples.set(key, [...(samples.get(key) ?? []), s]);
let coldFirstTurn: { ttftMs: number; promptTokens: number } | undefined;

for (let rep = 0; rep < reps; rep++) {
  const [kr, ng] = scripts(rep) as [Script, Script];
  // Turn by turn, the two conversations interleave: the pool must keep each on its own sequence.
  for (let turn = 0; turn < 3; turn++) {
    for (const script of [kr, ng]) {
      const messages = messagesFor(script, turn);
      const order = (rep + turn) % 2 === 0 ? [true, false] : [false, true];
      for (const reuse of order) {
        const sample = reuse ? await withReuse(messages) : await withoutReuse(messages);
        if (rep === 0 && turn === 0 && reuse) {
          if (script === kr) coldFirstTurn = sample;
          continue; // nothing was cached yet: a cold start, not reuse
        }
        if (rep === 0 && turn === 0) continue;
        add(`${kinds[turn]}|${reuse}`, sample);
      }
    }
  }
}

// ---- prompt sizes: first-turn core against the whole profile ----
const sizes = ["kr", "ng", "in", "us", "eg"].map((id) => {
  const profile = profiles.get(id)!;
  const language = profile.languages.primary[0]!;
  const system = (firstTurn: boolean) =>
    composeSystemPrompt({
      profile,
      language,
      languageName: languageName(language),
      otherCulture: false,
      safetyPolicy: safety,
      firstTurn,
      userTurns: firstTurn ? ["hi"] : ["hi", "…"],
    });
  const tokens = (text: string) =>
    renderPromptTokens(chatWrapper, model.tokenizer, [
      { role: "system", content: text },
      { role: "user", content: "hi" },
    ]).length;
  return { id, language, first: tokens(system(true)), full: tokens(system(false)) };
});

await context.dispose();
await llama.dispose();
await runtime.close();

// ---- report ----
const med = (key: string, field: "ttftMs" | "promptTokens" | "cachedPromptTokens") =>
  percentile(
    (samples.get(key) ?? []).map((s) => s[field]).sort((a, b) => a - b),
    50,
  );
console.log(
  `bench:prefix — random-weights ${shape.layers}-layer Qwen2.5-0.5B-shape model (${(parameterCount(shape) / 1e6).toFixed(0)}M parameters, Q8_0, ` +
    `Qwen2.5 vocabulary), CPU, ${threads} thread(s), ${reps} repetitions (medians; the first repetition's first turns are cold and left out), ` +
    `node ${process.version}${generatedSeconds > 1 ? `; model generated in ${fmt(generatedSeconds, 0)} s` : ""}`,
);
console.log(
  `turn (${2 * (reps - 1)}-${2 * reps} samples each)                     | prompt tok | cached tok | TTFT with reuse ms | TTFT without ms | ratio with/without`,
);
for (const kind of kinds) {
  const w = `${kind}|true`;
  const wo = `${kind}|false`;
  console.log(
    `${kind.padEnd(44)} | ${String(med(w, "promptTokens")).padStart(10)} | ${String(med(w, "cachedPromptTokens")).padStart(10)} | ` +
      `${fmt(med(w, "ttftMs"), 0).padStart(18)} | ${fmt(med(wo, "ttftMs"), 0).padStart(15)} | ${fmt(med(w, "ttftMs") / med(wo, "ttftMs")).padStart(18)}`,
  );
}
if (coldFirstTurn) {
  console.log(
    `cold first turn (kr "hi", empty cache, first request after loading, so it also reads the weights): ${coldFirstTurn.promptTokens} prompt tokens, TTFT ${fmt(coldFirstTurn.ttftMs, 0)} ms`,
  );
}
console.log('system prompt + "hi", tokens on the Qwen2.5 vocabulary: first turn (core) vs a later turn (core + every detail)');
for (const s of sizes)
  console.log(
    `  ${s.id.padEnd(3)} ${s.language.padEnd(3)} first turn ${String(s.first).padStart(5)} | later turn ${String(s.full).padStart(5)} | ratio ${fmt(s.first / s.full)}`,
  );
