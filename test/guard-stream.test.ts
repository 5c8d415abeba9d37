import { describe, expect, it } from "vitest";
import { guardStream, nextWindowEnd, WINDOW_CHARS, WINDOW_WORDS, type GuardedChunk, type WindowCheck } from "../src/chat/guarded-stream.ts";
import { answerFails, assessRisk, GuardOutputError, inputRiskOf, parseGuardOutput, raiseRisk } from "../src/safety/index.ts";

async function* deltas(parts: string[], log?: string[]): AsyncGenerator<string> {
  for (const part of parts) {
    log?.push(`model:${part}`);
    yield part;
  }
  log?.push("model:end");
}

async function collect(chunks: AsyncIterable<GuardedChunk>, log?: string[]): Promise<GuardedChunk[]> {
  const out: GuardedChunk[] = [];
  for await (const chunk of chunks) {
    log?.push(`client:${chunk.text}`);
    out.push(chunk);
  }
  return out;
}

const passing = (): WindowCheck => ({ pass: true, sources: [], categories: [] });

describe("guard model output formats", () => {
  it("reads Qwen3Guard-Gen prompt and response verdicts", () => {
    expect(parseGuardOutput("qwen3guard-gen", "Safety: Unsafe\nCategories: Violent\n")).toEqual({ label: "unsafe", categories: ["Violent"] });
    expect(parseGuardOutput("qwen3guard-gen", "Safety: Safe\nCategories: None\nRefusal: Yes")).toEqual({ label: "safe", categories: [], refusal: true });
    expect(parseGuardOutput("qwen3guard-gen", "Safety: Controversial\nCategories: Suicide & Self-Harm, Violent")).toEqual({
      label: "controversial",
      categories: ["Violent", "Suicide & Self-Harm"],
    });
    // Thinking tags and stray whitespace before the verdict.
    expect(parseGuardOutput("qwen3guard-gen", "<think>\n\n</think>\n\n  Safety: Unsafe\nCategories: Suicide & Self-Harm\nRefusal: No").label).toBe("unsafe");
  });

  it("takes the more severe label when a degenerate Qwen3Guard answer repeats itself", () => {
    expect(parseGuardOutput("qwen3guard-gen", "Safety: Safe\nCategories: None\nSafety: Unsafe\nCategories: PII").label).toBe("unsafe");
  });

  it("reads Llama Guard 3 verdicts and spells out hazard codes", () => {
    expect(parseGuardOutput("llama-guard-3", "\n\nsafe")).toEqual({ label: "safe", categories: [] });
    expect(parseGuardOutput("llama-guard-3", "\n\nunsafe\nS1,S11<|eot_id|>")).toEqual({
      label: "unsafe",
      categories: ["Violent Crimes", "Suicide & Self-Harm"],
    });
    expect(parseGuardOutput("llama-guard-3", "unsafe")).toEqual({ label: "unsafe", categories: [] });
  });

  it("reads ShieldGemma's Yes/No", () => {
    expect(parseGuardOutput("shieldgemma", "Yes")).toEqual({ label: "unsafe", categories: ["Dangerous Content"] });
    expect(parseGuardOutput("shieldgemma", " No, the response does not")).toEqual({ label: "safe", categories: [] });
  });

  it("refuses malformed answers instead of reading them as safe", () => {
    for (const [format, text] of [
      ["qwen3guard-gen", ""],
      ["qwen3guard-gen", "The content looks safe to me."],
      ["qwen3guard-gen", "Safety: Maybe"],
      ["llama-guard-3", "I cannot help with that."],
      ["llama-guard-3", "unsure\nS11"],
      ["shieldgemma", "Perhaps."],
      ["shieldgemma", "Nobody knows"],
    ] as const) {
      expect(() => parseGuardOutput(format, text), `${format}: ${JSON.stringify(text)}`).toThrow(GuardOutputError);
    }
  });

  it("maps verdicts to input risk: self-harm raises to crisis, other categories are not mental-health risk", () => {
    expect(inputRiskOf("qwen3guard-gen", { label: "unsafe", categories: ["Suicide & Self-Harm"] })).toEqual({
      level: "crisis",
      categories: ["suicidal_ideation"],
    });
    expect(inputRiskOf("qwen3guard-gen", { label: "controversial", categories: ["Suicide & Self-Harm"] }).level).toBe("concern");
    expect(inputRiskOf("qwen3guard-gen", { label: "unsafe", categories: ["PII"] }).level).toBe("none");
    expect(inputRiskOf("llama-guard-3", { label: "unsafe", categories: ["Suicide & Self-Harm"] }).level).toBe("crisis");
    expect(inputRiskOf("llama-guard-3", { label: "unsafe", categories: [] }).level).toBe("concern");
    expect(inputRiskOf("shieldgemma", { label: "unsafe", categories: ["Dangerous Content"] }).level).toBe("concern");
    expect(answerFails({ label: "controversial", categories: ["Politically Sensitive Topics"] })).toBe(false);
    expect(answerFails({ label: "controversial", categories: ["Suicide & Self-Harm"] })).toBe(true);
  });

  it("a guard verdict raises the lexicon level and never lowers a lexicon crisis", () => {
    const crisis = assessRisk([{ role: "user", content: "I want to kill myself" }]);
    expect(crisis.level).toBe("crisis");
    expect(raiseRisk(crisis, { level: "none", categories: [] }, "guard:x", 0)).toBe(crisis);
    expect(raiseRisk(crisis, { level: "concern", categories: ["harm_to_others"] }, "guard:x", 0).level).toBe("crisis");
    const none = assessRisk([{ role: "user", content: "hello there" }]);
    const raised = raiseRisk(none, { level: "crisis", categories: ["suicidal_ideation"] }, "guard:qwen3guard-gen", 0);
    expect(raised).toMatchObject({
      level: "crisis",
      categories: ["suicidal_ideation"],
      evidence: [{ turn: 0, category: "suicidal_ideation", rule: "guard:qwen3guard-gen" }],
    });
  });
});

describe("hold-back windows", () => {
  it("close at a clause end followed by a space, or after the word limit", () => {
    expect(nextWindowEnd("Hello, friend", 0)).toBe("Hello, ".length);
    expect(nextWindowEnd("Take 3.5 g now", 0)).toBe(-1); // "3.5" is not a sentence end
    const words = Array.from({ length: WINDOW_WORDS + 2 }, (_, i) => `w${i}`).join(" ");
    expect(nextWindowEnd(words, 0)).toBe(words.split(" ").slice(0, WINDOW_WORDS).join(" ").length + 1);
    expect(nextWindowEnd("我很难过。你在吗", 0)).toBe(5);
    expect(nextWindowEnd("open window", 0)).toBe(-1);
    expect(nextWindowEnd("x".repeat(WINDOW_CHARS + 5), 0)).toBe(WINDOW_CHARS);
  });
});

describe("the streaming output guard", () => {
  it("releases text only once a later window has been checked, and the tail after the final check", async () => {
    const checks: Array<{ answer: string; final: boolean }> = [];
    const log: string[] = [];
    let firstReleased!: () => void;
    const released = new Promise<void>((done) => (firstReleased = done));
    // The model waits after three deltas until the client has its first chunk: streaming, not buffering.
    async function* model(): AsyncGenerator<string> {
      for (const part of ["I hear you, ", "and I am ", "glad you wrote. ", "Shall we ", "talk?"]) {
        if (part === "Shall we ") await released;
        log.push(`model:${part}`);
        yield part;
      }
      log.push("model:end");
    }
    const stream = guardStream({
      source: (async function* () {
        for await (const d of model()) yield d;
      })(),
      check: (answer, final) => {
        checks.push({ answer, final });
        return passing();
      },
      replacement: () => "TEMPLATE",
      stop: () => {
        throw new Error("must not stop");
      },
    });
    const chunks: GuardedChunk[] = [];
    for await (const chunk of stream.chunks) {
      log.push(`client:${chunk.text}`);
      chunks.push(chunk);
      firstReleased();
    }
    expect(chunks.map((c) => c.text).join("")).toBe("I hear you, and I am glad you wrote. Shall we talk?");
    // The first clause goes out after the second window's check, before the model has finished.
    expect(log.indexOf("client:I hear you, ")).toBeGreaterThan(log.indexOf("model:and I am "));
    expect(log.indexOf("client:I hear you, ")).toBeLessThan(log.indexOf("model:end"));
    // Every check sees the whole answer so far; the last one is final and covers everything.
    expect(checks.at(-1)).toEqual({ answer: "I hear you, and I am glad you wrote. Shall we talk?", final: true });
    for (const chunk of chunks) {
      const releasedBefore = chunks
        .slice(0, chunks.indexOf(chunk) + 1)
        .map((c) => c.text)
        .join("");
      expect(checks.some((c) => c.answer.startsWith(releasedBefore) && c.answer.length > releasedBefore.length) || checks.at(-1)!.final).toBe(true);
    }
    expect(stream.report).toMatchObject({ checked_windows: checks.length, sources: [], resources_appended: false });
  });

  it("a span that becomes unsafe only with its next words is never released", async () => {
    let stopped = 0;
    const stream = guardStream({
      source: deltas(["The tallest one is ", "the Golden Gate Bridge, ", "which is ", "67 metres ", "above the water."]),
      // Stands in for a rule that needs the name AND the height.
      check: (answer) =>
        /bridge/i.test(answer) && /\d+ metres/.test(answer) ? { pass: false, sources: ["lexicon"], categories: ["means_provision"] } : passing(),
      replacement: () => "TEMPLATE",
      stop: () => stopped++,
    });
    const chunks = await collect(stream.chunks);
    const text = chunks.map((c) => c.text).join("");
    expect(text).not.toMatch(/golden gate/i);
    expect(text).toMatch(/TEMPLATE$/);
    expect(chunks.at(-1)!.kind).toBe("replacement");
    expect(stopped).toBe(1);
    expect(stream.report).toMatchObject({
      sources: ["lexicon"],
      categories: ["means_provision"],
      replaced_at: text.indexOf("TEMPLATE") > 0 ? text.length - "\n\nTEMPLATE".length : 0,
    });
  });

  it("in a conversation at risk, released text keeps a whole checked sentence after it", async () => {
    const parts = ["I'm sorry. ", "The tallest is ", "the Golden Gate Bridge. ", "It is ", "67 metres ", "above the water."];
    const rule = (answer: string): WindowCheck =>
      /bridge/i.test(answer) && /\d+ metres/.test(answer) ? { pass: false, sources: ["lexicon"], categories: ["means_provision"] } : passing();
    const run = async (lag: "window" | "sentence") => {
      const stream = guardStream({ source: deltas(parts), check: rule, replacement: () => "TEMPLATE", stop: () => undefined, lag: () => lag });
      return (await collect(stream.chunks)).map((c) => c.text).join("");
    };
    // A one-window lag lets the name out before the height arrives a sentence later…
    expect(await run("window")).toMatch(/golden gate/i);
    // …a one-sentence lag does not.
    const text = await run("sentence");
    expect(text).not.toMatch(/golden gate/i);
    expect(text).toBe("I'm sorry. \n\nTEMPLATE");
  });

  it("waits for the input verdict before the first check, and appends an addition at the end", async () => {
    let verdictIn = false;
    let resolveVerdict!: () => void;
    const verdict = new Promise<void>((done) => (resolveVerdict = done)).then(() => (verdictIn = true));
    const stream = guardStream({
      source: deltas(["One, ", "two, ", "three."]),
      beforeFirstCheck: verdict,
      check: () => {
        expect(verdictIn).toBe(true);
        return passing();
      },
      replacement: () => "TEMPLATE",
      addition: (answer) => (answer.includes("988") ? undefined : "Call 988."),
      stop: () => undefined,
    });
    const pending = collect(stream.chunks);
    resolveVerdict();
    const chunks = await pending;
    expect(chunks.map((c) => c.text).join("")).toBe("One, two, three.\n\nCall 988.");
    expect(chunks.at(-1)!.kind).toBe("addition");
    expect(stream.report.resources_appended).toBe(true);
  });

  it("an empty or whole-answer failure at the final check replaces the answer", async () => {
    const stream = guardStream({
      source: deltas(["No."]),
      check: (_answer, final) => (final ? { pass: false, sources: ["lexicon"], categories: ["abandonment"] } : passing()),
      replacement: () => "TEMPLATE",
      stop: () => undefined,
    });
    expect((await collect(stream.chunks)).map((c) => c.text)).toEqual(["TEMPLATE"]);
    expect(stream.report.replaced_at).toBe(0);
  });

  it("a backend failure mid-answer reaches the consumer", async () => {
    async function* failing(): AsyncGenerator<string> {
      yield "Hello there, ";
      throw new Error("upstream reset");
    }
    const stream = guardStream({ source: failing(), check: passing, replacement: () => "T", stop: () => undefined });
    await expect(collect(stream.chunks)).rejects.toThrow("upstream reset");
  });
});
