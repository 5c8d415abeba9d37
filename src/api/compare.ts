import type { Context } from "hono";
import { blindServed, positionLabel, shuffled } from "./blind.ts";
import { readJsonBody } from "./body.ts";
import { completeAnswer } from "../chat/complete-answer.ts";
import { runChat } from "../chat/run.ts";
import type { ServedBy } from "../chat/served-by.ts";
import type { ChatDeps } from "./chat.ts";
import { compareRequestSchema } from "./chat-schema.ts";
import { asApiError } from "./chat-errors.ts";
import { ApiError } from "./errors.ts";

/**
 * POST /v1/chat/compare: the same conversation answered by 2–4 culture profiles, side by side, so a
 * person can try another culture's model and say which fits (POST /v1/comparisons records the choice).
 * A profile that cannot answer gets an error entry; the others still answer. With `blind: true` the
 * answers come in a random order as "A", "B", … without profile or model (see blind.ts), with a
 * `comparison.blind_token` that POST /v1/comparisons needs to record the choice as blind.
 */
type ComparedAnswer =
  | { profile: string; message: { role: "assistant"; content: string }; finish_reason: string; glocal: ServedBy }
  | { profile: string; error: ReturnType<ApiError["toBody"]>["error"] };

export function createCompareHandler(deps: ChatDeps) {
  return async (c: Context): Promise<Response> => {
    const { profiles: requested, blind, ...conversation } = await readJsonBody(c, compareRequestSchema, deps.maxBodyBytes);
    const profiles = blind ? shuffled(requested) : requested;
    const answers = await Promise.all(
      profiles.map(async (profile): Promise<ComparedAnswer> => {
        try {
          const run = await runChat(deps, { ...conversation, profile, stream: false }, undefined, c.req.raw.signal);
          if (!run) return { profile, error: { message: "client closed the request", type: "invalid_request_error", param: null, code: "client_closed" } };
          const { text, done } = await completeAnswer(run);
          return {
            profile,
            message: { role: "assistant", content: text },
            finish_reason: done?.finishReason ?? "stop",
            glocal: run.served,
          };
        } catch (error) {
          const known = asApiError(error);
          // The request's own fault fails the whole compare; a profile's busy or failing models only its answer.
          if (!known || (known.status < 500 && known.status !== 429)) throw error;
          return { profile, ...known.toBody() };
        }
      }),
    );
    if (!answers.some((a) => "message" in a)) {
      throw new ApiError(
        503,
        `none of the profiles could answer: ${answers.map((a) => ("error" in a ? `${a.profile}: ${a.error.message}` : "")).join("; ")}`,
        "service_unavailable",
        "no_backend_available",
        null,
        10,
      );
    }
    const created = Math.floor(Date.now() / 1000);
    if (!blind) return c.json({ object: "chat.comparison", created, answers });
    const shownOrder = answers.flatMap((a) => ("glocal" in a ? [a.glocal.interaction_id] : []));
    return c.json({
      object: "chat.comparison",
      created,
      blind: true,
      answers: answers.map((answer, index) =>
        "glocal" in answer
          ? { position: positionLabel(index), message: answer.message, finish_reason: answer.finish_reason, glocal: blindServed(answer.glocal) }
          : // The error text names the profile; a blind answer says only that it failed.
            {
              position: positionLabel(index),
              error: {
                message: "this answer could not be produced; the others still can be compared",
                type: answer.error.type,
                param: null,
                code: answer.error.code,
              },
            },
      ),
      comparison: { blind: true, shown_order: shownOrder, blind_token: await deps.keys.blindToken(shownOrder) },
    });
  };
}
