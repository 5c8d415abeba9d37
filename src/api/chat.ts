import type { Context } from "hono";
import type { Logger } from "../util/log.ts";
import { readJsonBody } from "./body.ts";
import { completeAnswer } from "../chat/complete-answer.ts";
import type { ChatRunDeps } from "../chat/deps.ts";
import type { DoneEvent } from "../chat/guarded-answer.ts";
import { runChat, type ChatRun } from "../chat/run.ts";
import { chatRequestSchema } from "./chat-schema.ts";
import { servedHeaders } from "./served-headers.ts";

/** The chat pipeline's needs plus the HTTP layer's own. */
export interface ChatDeps extends ChatRunDeps {
  maxBodyBytes: number;
}

function usageOf(done: DoneEvent | undefined) {
  const usage = done?.usage ?? { promptTokens: 0, completionTokens: 0 };
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
    // OpenAI's field for prompt tokens served from cache: here, the KV prefix a local model reused.
    ...(usage.cachedPromptTokens !== undefined ? { prompt_tokens_details: { cached_tokens: usage.cachedPromptTokens } } : {}),
  };
}

export function createChatHandler(deps: ChatDeps) {
  return async (c: Context): Promise<Response> => {
    const body = await readJsonBody(c, chatRequestSchema, deps.maxBodyBytes);
    const run = await runChat(deps, body, c.req.header("x-glocal-profile"), c.req.raw.signal);
    // Nobody is listening any more; 499 is nginx's "client closed request", for access logs only.
    if (!run) return new Response(null, { status: 499 });
    const common = {
      created: Math.floor(Date.now() / 1000),
      model: run.started.backend.id,
      id: `chatcmpl-${run.served.interaction_id}`,
    };

    if (!body.stream) {
      const { text, done } = await completeAnswer(run);
      return c.json(
        {
          ...common,
          object: "chat.completion",
          choices: [
            {
              index: 0,
              message: { role: "assistant", content: text, refusal: null },
              logprobs: null,
              finish_reason: done?.finishReason ?? "stop",
            },
          ],
          usage: usageOf(done),
          glocal: run.served,
        },
        200,
        servedHeaders(run.served),
      );
    }
    // The headers carry the risk level: wait for the guard model's input verdict (the first text waits for it anyway).
    await run.inputChecked;
    return sseResponse(run, common, body.stream_options?.include_usage === true, deps.log);
  };
}

const encoder = new TextEncoder();
const sse = (data: unknown) => encoder.encode(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);

/**
 * OpenAI-style SSE: chat.completion.chunk events, a finish chunk, an optional usage chunk, `[DONE]`. A
 * failure after the first token ends the stream with a `data: {"error": …}` event, which OpenAI clients
 * raise as an APIError. Every answer streams through the output guard's hold-back window
 * (chat/guarded-stream.ts): only text the guard has passed is sent, so nothing unsafe is half-sent. The
 * first chunk, with the glocal object, goes out with the first released text (after the guard model's
 * input verdict); the finish chunk repeats glocal with the guard's final figures.
 */
function sseResponse(run: ChatRun, common: { created: number; model: string; id: string }, includeUsage: boolean, log: Logger): Response {
  const chunk = (delta: Record<string, unknown>, finishReason: string | null, extra: Record<string, unknown> = {}) => ({
    ...common,
    object: "chat.completion.chunk",
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...extra,
  });
  const { served, started, abort } = run;
  let finished = false;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let announced = false;
      let answer = "";
      try {
        for await (const piece of run.answer) {
          if (!piece.text) continue;
          if (!announced) {
            // The glocal object goes out with the first chunk, after the guard has had its say.
            controller.enqueue(sse(chunk({ role: "assistant", content: "" }, null, { glocal: served })));
            announced = true;
          }
          controller.enqueue(sse(chunk({ content: piece.text }, null)));
          answer += piece.text;
        }
        const done = run.done();
        if (!announced) controller.enqueue(sse(chunk({ role: "assistant", content: "" }, null, { glocal: served })));
        controller.enqueue(sse(chunk({}, done?.finishReason ?? "stop", { glocal: served })));
        if (includeUsage) controller.enqueue(sse({ ...common, object: "chat.completion.chunk", choices: [], usage: usageOf(done) }));
        controller.enqueue(sse("[DONE]"));
        finished = true;
        run.finish("ok", done, undefined, answer);
        controller.close();
      } catch (error) {
        if (finished) return;
        finished = true;
        if (abort.signal.aborted) {
          run.finish("aborted");
          return;
        }
        log.warn("generation_failed_mid_stream", { model: served.model, error: (error as Error).name });
        run.finish("error", undefined, "generation_failed");
        try {
          controller.enqueue(
            sse({
              error: {
                message: `model ${served.model} failed while answering; the answer above is incomplete, retry the request`,
                type: "upstream_error",
                param: null,
                code: "generation_failed",
              },
            }),
          );
          controller.close();
        } catch {
          // the client is already gone
        }
      }
    },
    cancel() {
      // The client went away: stop generating and free the model for the next person.
      abort.abort(new DOMException("client closed the stream", "AbortError"));
      void started.rest.return?.();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      "x-accel-buffering": "no",
      ...servedHeaders(served),
    },
  });
}
