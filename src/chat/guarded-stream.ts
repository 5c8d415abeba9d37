/**
 * Streams an answer through the output guard. Pure logic over an async iterable of text deltas: no
 * HTTP, no backend, no safety rules of its own (the caller's `check` holds those).
 *
 * Hold-back window. The answer is cut into windows: a window closes at the end of a clause or sentence
 * (punctuation followed by a space or a line break, or CJK/Arabic/Devanagari sentence marks), after
 * WINDOW_WORDS words, or after WINDOW_CHARS characters, whichever comes first. Each time a window
 * closes, `check` judges the WHOLE answer so far; when it passes, everything up to the start of the
 * newest closed window is released. So
 * released text always has at least one whole checked window after it: a span that only becomes unsafe
 * with its next words ("the Golden Gate Bridge," … "which is 67 m high") is still held when those words
 * arrive. When the model ends, the whole answer is checked once more (`final`) before the tail goes.
 *
 * Why these sizes: the first byte waits for two windows (a clause, or 2 × 6 words) plus the checks, a
 * few hundred ms on a small model; a whole-sentence lag on every answer would double that, and a
 * one-word lag would let a means-naming clause out before the detail that makes it dangerous. Where the
 * means rules are armed (the conversation is at risk) the caller asks for a sentence of lag (`lag`).
 *
 * A failing check stops the model (`stop`) and the replacement (the localised crisis template) takes
 * the place of everything not yet released.
 */

export type GuardSource = "lexicon" | "model";

export interface WindowCheck {
  pass: boolean;
  /** Which layers flagged the answer (empty when it passed). */
  sources: GuardSource[];
  /** What they flagged: output-guard categories and guard-model categories. */
  categories: string[];
}

export interface GuardedStreamSpec {
  /** The model's answer as it arrives. May throw (the backend failed): the error reaches the consumer. */
  source: AsyncIterable<string>;
  /** Judge the whole answer so far; `final` once the model has finished. */
  check(answer: string, final: boolean): WindowCheck | Promise<WindowCheck>;
  /** Settled before the first check (the input guard's verdict, which the check depends on). */
  beforeFirstCheck?: Promise<unknown>;
  /** Text that replaces whatever of a failing answer was not yet released. */
  replacement(): string;
  /** With the whole passed answer at the end: text to append (crisis resources the answer lacks), if any. */
  addition?(answer: string): string | undefined;
  /** Stop generation: called once, when a window fails. */
  stop(): void;
  /**
   * How far behind the frontier released text stays, asked at each release: "window" (default), or
   * "sentence" where the means rules are armed (a conversation at risk): then released text always has a
   * whole checked sentence after it, because a means ("the X Bridge.") and the detail that makes it
   * dangerous ("It is 693 feet high.") often sit in consecutive sentences.
   */
  lag?(): "window" | "sentence";
}

export interface GuardedChunk {
  text: string;
  kind: "answer" | "replacement" | "addition";
}

export interface StreamGuardReport {
  /** Checks made (windows plus the final check). */
  checked_windows: number;
  /** Characters of the model's answer that were released before the template replaced the rest. */
  replaced_at?: number;
  sources: GuardSource[];
  categories: string[];
  /** The crisis resources were appended to an answer that passed but gave none. */
  resources_appended: boolean;
}

/** Words per window when no clause ends sooner. */
export const WINDOW_WORDS = 6;
/** Characters per window in text without spaces or marks (Thai, long compounds, a tokenizer's fragments). */
export const WINDOW_CHARS = 32;

// A clause ends at punctuation and the whitespace after it (so "3.5 g" does not cut), or
// at a full-width / Arabic / Devanagari mark, or at a line break.
const CLAUSE_END = /[.!?;:,…]\s|[。！？；：，、؟،؛।\n]/g;
const SENTENCE_END = /[.!?…]\s|[。！？؟।\n]/g;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * Where the next window closes in `text` from `from` (an index just past the boundary), or -1 when the
 * window is still open. A word counts once the space after it arrived; two CJK characters count as a word.
 */
export function nextWindowEnd(text: string, from: number): number {
  CLAUSE_END.lastIndex = from;
  const clause = CLAUSE_END.exec(text);
  const clauseEnd = clause ? clause.index + clause[0].length : -1;
  let words = 0;
  let inWord = false;
  const limit = clauseEnd === -1 ? text.length : clauseEnd;
  for (let i = from; i < limit; i++) {
    if (i - from + 1 >= WINDOW_CHARS) return i + 1;
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (inWord) {
        words++;
        inWord = false;
        if (words >= WINDOW_WORDS) return i + 1;
      }
    } else if (CJK.test(ch)) {
      words += 0.5;
      inWord = false;
      if (words >= WINDOW_WORDS) return i + 1;
    } else inWord = true;
  }
  return clauseEnd;
}

export interface GuardedStream {
  /** What the client may see, in order. */
  chunks: AsyncIterable<GuardedChunk>;
  /** Filled in as the stream runs; complete once `chunks` is exhausted. */
  report: StreamGuardReport;
}

export function guardStream(spec: GuardedStreamSpec): GuardedStream {
  const report: StreamGuardReport = { checked_windows: 0, sources: [], categories: [], resources_appended: false };

  async function* run(): AsyncGenerator<GuardedChunk> {
    let answer = "";
    let released = 0;
    let scanned = 0; // windows are found from here on
    let newestWindowStart = 0; // start of the newest closed window: held back until the next one passes
    let ready = spec.beforeFirstCheck === undefined;
    const sentenceEnds: number[] = [];
    let sentencesScanned = 0;

    const judge = async (final: boolean): Promise<boolean> => {
      if (!ready) {
        await spec.beforeFirstCheck?.catch(() => undefined);
        ready = true;
      }
      report.checked_windows++;
      const verdict = await spec.check(answer, final);
      if (verdict.pass) return true;
      report.sources = verdict.sources;
      report.categories = verdict.categories;
      report.replaced_at = released;
      return false;
    };

    const replace = (): GuardedChunk => {
      spec.stop();
      const template = spec.replacement();
      return { kind: "replacement", text: released > 0 ? `\n\n${template}` : template };
    };

    // The model keeps generating while a window is being checked: a background reader collects its
    // deltas, and the next round takes everything that arrived (one check can close several windows).
    const iterator = spec.source[Symbol.asyncIterator]();
    const inbox = { text: "", ended: false, failed: false, error: undefined as unknown, wake: undefined as (() => void) | undefined };
    let stopped = false;
    void (async () => {
      try {
        while (!stopped) {
          const next = await iterator.next();
          if (next.done) break;
          inbox.text += next.value;
          inbox.wake?.();
        }
      } catch (error) {
        inbox.failed = true;
        inbox.error = error;
      } finally {
        inbox.ended = true;
        inbox.wake?.();
      }
    })();
    const nextText = async (): Promise<string | undefined> => {
      while (inbox.text === "" && !inbox.ended) await new Promise<void>((wake) => (inbox.wake = wake));
      inbox.wake = undefined;
      if (inbox.failed) throw inbox.error;
      const text = inbox.text;
      inbox.text = "";
      return text === "" ? undefined : text;
    };

    try {
      for (let delta = await nextText(); delta !== undefined; delta = await nextText()) {
        answer += delta;
        let closed = false;
        let lastStart = newestWindowStart;
        for (let end = nextWindowEnd(answer, scanned); end !== -1; end = nextWindowEnd(answer, scanned)) {
          lastStart = scanned;
          scanned = end;
          closed = true;
        }
        if (!closed) continue;
        if (!(await judge(false))) {
          yield replace();
          return;
        }
        // Everything before the newest closed window has a checked window after it: release it.
        newestWindowStart = lastStart;
        let target = newestWindowStart;
        if (spec.lag?.() === "sentence") {
          SENTENCE_END.lastIndex = sentencesScanned;
          for (let m = SENTENCE_END.exec(answer); m; m = SENTENCE_END.exec(answer)) sentenceEnds.push(m.index + m[0].length);
          sentencesScanned = sentenceEnds.at(-1) ?? 0;
          // …or only what has a whole checked sentence after it.
          target = Math.min(target, sentenceEnds.at(-2) ?? 0);
        }
        if (target > released) {
          yield { kind: "answer", text: answer.slice(released, target) };
          released = target;
        }
      }
    } finally {
      // Replaced, failed, or the consumer left: stop reading the model.
      stopped = true;
      if (!inbox.ended) void Promise.resolve(iterator.return?.()).catch(() => undefined);
    }

    if (!(await judge(true))) {
      yield replace();
      return;
    }
    if (answer.length > released) yield { kind: "answer", text: answer.slice(released) };
    released = answer.length;
    const addition = spec.addition?.(answer);
    if (addition) {
      report.resources_appended = true;
      yield { kind: "addition", text: answer.trim().length > 0 ? `\n\n${addition}` : addition };
    }
  }

  return { chunks: run(), report };
}
