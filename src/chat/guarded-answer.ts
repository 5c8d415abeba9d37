import type { GenerateEvent } from "../backends/types.ts";
import { crisisResourcesBlock, crisisResponse, resourcesFor } from "../safety/index.ts";
import type { RequestGuard } from "./answer-guard.ts";
import type { StartedGeneration } from "./failover.ts";
import { guardStream, type GuardedChunk } from "./guarded-stream.ts";
import type { PreparedChat } from "./prepare.ts";
import type { ServedBy } from "./served-by.ts";

export type DoneEvent = Extract<GenerateEvent, { type: "done" }>;

/** The text deltas of a started generation; `onDone` gets its `done` event. Throws what the backend throws. */
export async function* textDeltas(started: StartedGeneration, onDone: (done: DoneEvent) => void): AsyncGenerator<string> {
  let finished = false;
  try {
    for (let event: GenerateEvent | undefined = started.first; event; ) {
      if (event.type === "text") yield event.text;
      else onDone(event);
      const next = await started.rest.next();
      event = next.done ? undefined : next.value;
    }
    finished = true;
  } finally {
    // Stopped early (the guard replaced the answer, or the client left): let the backend free its slot.
    if (!finished) await started.rest.return?.()?.catch?.(() => undefined);
  }
}

export async function* unguarded(source: AsyncIterable<string>): AsyncGenerator<GuardedChunk> {
  for await (const text of source) yield { kind: "answer", text };
}

/**
 * The answer through the streaming guard. A failing window stops the model and the localised crisis
 * template (with the country's numbers from data and the profile's supports) replaces the rest. In a
 * crisis, an answer that passed but gave none of the country's numbers keeps its words and gets the
 * resources appended: a warm answer is not thrown away, and nobody in crisis is left without a way to
 * reach a person.
 */
export function guardedAnswer(
  chat: PreparedChat,
  served: ServedBy,
  guard: RequestGuard,
  source: AsyncIterable<string>,
  abort: AbortController,
  inputChecked: Promise<void>,
): AsyncGenerator<GuardedChunk> {
  const language = chat.templateLanguage;
  const supports = chat.profile.supports.map((s) => s.text);
  const stream = guardStream({
    source,
    beforeFirstCheck: inputChecked,
    check: guard.check,
    lag: guard.lag,
    replacement: () => {
      served.safety_replaced = true;
      const replacement = crisisResponse({ language, country: chat.country, supports });
      served.crisis_resources = replacement.resources;
      return replacement.text;
    },
    addition: (answer) => {
      if (guard.risk.level !== "crisis") return undefined;
      const resources = resourcesFor(chat.country);
      const numbers = [...resources.crisisLines, ...resources.emergency].map((c) => c.number);
      if (numbers.some((n) => answer.includes(n))) return undefined;
      const block = crisisResourcesBlock({ language, country: chat.country });
      served.crisis_resources = block.resources;
      return block.text;
    },
    stop: () => abort.abort(new DOMException("the output guard replaced the answer", "AbortError")),
  });
  // The summary object is shared: glocal.guard reads the stream's figures as they change.
  const report = stream.report;
  return (async function* () {
    for await (const chunk of stream.chunks) {
      Object.assign(guard.summary, report);
      yield chunk;
    }
    Object.assign(guard.summary, report);
  })();
}
