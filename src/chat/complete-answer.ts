import { GenerationFailed } from "./errors.ts";
import type { DoneEvent } from "./guarded-answer.ts";
import type { ChatRun } from "./run.ts";

/** The whole answer, through the same streaming guard as a streamed one; records the run either way. */
export async function completeAnswer(run: ChatRun): Promise<{ text: string; done?: DoneEvent }> {
  try {
    let text = "";
    for await (const chunk of run.answer) text += chunk.text;
    const done = run.done();
    run.finish("ok", done, undefined, text);
    return { text, done };
  } catch {
    run.finish(run.abort.signal.aborted ? "aborted" : "error", undefined, "generation_failed");
    throw new GenerationFailed(`model ${run.served.model} failed while answering; retry the request`);
  }
}
