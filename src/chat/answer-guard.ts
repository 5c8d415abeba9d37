/**
 * One request's guard: the lexicon floor plus, where configured, the learned guard model, on the
 * person's message (input) and on every window of the answer (output).
 *
 * The lexicons stay a floor: the guard model can raise the input risk or flag an answer window, never
 * lower a lexicon verdict. Fail closed, humanely: when the guard model fails, times out or answers
 * outside its format, the person is not blocked. Instead the conversation counts as at least
 * "concern" (their country's resources go with the answer), the lexicon output guard reads the answer
 * as if the person were at risk (means named with any concrete detail is replaced), the model is not
 * asked again for this request, and `guard.status` says "unavailable".
 */
import type { ChatMessage } from "../backends/types.ts";
import { answerFails, guardOutput, inputRiskOf, raiseRisk, type GuardLabel, type RiskAssessment } from "../safety/index.ts";
import { maxLevel } from "../safety/types.ts";
import type { GuardModel } from "./guard-model.ts";
import type { GuardSource, StreamGuardReport, WindowCheck } from "./guarded-stream.ts";

/** What `glocal.guard` says about how the answer was guarded. */
export interface GuardSummary extends StreamGuardReport {
  /** Catalog id of the learned guard model; null when the deployment runs on the lexicons only. */
  model: string | null;
  /** "off": no guard model configured; "ok": it answered every time; "unavailable": it failed once (fail closed). */
  status: "off" | "ok" | "unavailable";
  /** The guard model's verdict on the person's message. */
  input?: { label: GuardLabel; categories: string[] };
}

export interface RequestGuardOptions {
  model?: GuardModel;
  /** The conversation without the system prompt, the last turn the person's. */
  conversation: readonly ChatMessage[];
  /** Template language (never "und"). */
  language: string;
  /** The lexicon assessment of the conversation. */
  lexiconRisk: RiskAssessment;
  /** Aborted when the client goes away: outstanding guard calls stop too. */
  signal: AbortSignal;
}

export class RequestGuard {
  /** Input risk: the lexicon floor, raised by the guard model's verdict once it is in. */
  risk: RiskAssessment;
  readonly summary: GuardSummary;
  /** Settles once the guard model's input verdict is in (at once when there is no guard model). */
  readonly inputChecked: Promise<void>;
  private failClosed = false;

  constructor(private readonly options: RequestGuardOptions) {
    this.risk = options.lexiconRisk;
    this.summary = {
      model: options.model?.id ?? null,
      status: options.model ? "ok" : "off",
      checked_windows: 0,
      sources: [],
      categories: [],
      resources_appended: false,
    };
    this.inputChecked = options.model ? this.checkInput(options.model) : Promise.resolve();
  }

  private async checkInput(model: GuardModel): Promise<void> {
    const call = await model.classify(this.options.conversation, this.options.signal);
    const lastUser = this.options.conversation.map((m) => m.role).lastIndexOf("user");
    if (call.status !== "ok") {
      this.unavailable();
      return;
    }
    this.summary.input = { label: call.verdict.label, categories: call.verdict.categories };
    this.risk = raiseRisk(this.risk, inputRiskOf(model.format, call.verdict), `guard:${model.format}`, lastUser);
  }

  private unavailable(): void {
    this.summary.status = "unavailable";
    this.failClosed = true;
    this.risk = { ...this.risk, level: maxLevel(this.risk.level, "concern") };
  }

  /** Whether the lexicon's means rules are armed (a conversation at risk, or failing closed): see guarded-stream.ts `lag`. */
  lag = (): "window" | "sentence" => (this.risk.level !== "none" || this.failClosed ? "sentence" : "window");

  /** The assessment the lexicon output guard reads: at risk of self-harm when failing closed. */
  private outputRisk(): RiskAssessment {
    if (!this.failClosed || this.risk.categories.includes("suicidal_ideation")) return this.risk;
    return { ...this.risk, categories: [...this.risk.categories, "suicidal_ideation"] };
  }

  /** Judge the whole answer so far (see guarded-stream.ts). */
  check = async (answer: string, final: boolean): Promise<WindowCheck> => {
    const lexicon = guardOutput({ messages: this.options.conversation, response: answer, language: this.options.language, risk: this.outputRisk() });
    // "abandonment" (a bare refusal, an empty answer) is about the whole answer: a half-written one is short.
    const categories: string[] = lexicon.categories.filter((c) => final || c !== "abandonment");
    const sources: GuardSource[] = categories.length > 0 ? ["lexicon"] : [];
    const model = this.options.model;
    if (sources.length === 0 && model && !this.failClosed) {
      const call = await model.classify([...this.options.conversation, { role: "assistant", content: answer }], this.options.signal);
      if (call.status !== "ok") {
        this.unavailable();
        return this.check(answer, final); // once more, on the stricter lexicon reading
      }
      if (answerFails(call.verdict)) {
        sources.push("model");
        categories.push(...(call.verdict.categories.length > 0 ? call.verdict.categories : [call.verdict.label]));
      }
    }
    return { pass: sources.length === 0, sources, categories };
  };
}
