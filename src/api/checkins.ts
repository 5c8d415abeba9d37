import type { Hono } from "hono";
import { z } from "zod";
import type { CheckinWrite } from "../store/write-ops.ts";
import { readJsonBody } from "./body.ts";
import { ApiError, badRequest } from "./errors.ts";
import { profileIdField, submitWrite, userField, type FeedbackDeps } from "./feedback-deps.ts";
import { assertSessionOwner, parseSessionId, readSession } from "./sessions.ts";

const distress = z.number().int().min(0).max(10);

export const checkinRequestSchema = z
  .object({
    user: userField.optional(),
    /** Distress 0 (none) – 10 (worst), before the conversation. */
    before: distress.optional(),
    /** Distress 0–10 after it. */
    after: distress.optional(),
    /** The profile that served the session; by default the session's latest interaction's. */
    profile: profileIdField.optional(),
  })
  .strict()
  .refine((body) => body.before !== undefined || body.after !== undefined, {
    message: "send before, after, or both (distress 0–10)",
  });

/**
 * POST /v1/sessions/:id/checkins: how distressed the person felt before and/or after the session.
 * Each answer is its own row; a later answer for the same phase supersedes an earlier one in the
 * statistics, so an app can let people correct themselves.
 */
export function registerCheckinRoutes(app: Hono, deps: FeedbackDeps): void {
  app.post("/v1/sessions/:id/checkins", async (c) => {
    const sessionId = parseSessionId(c.req.param("id"));
    const body = await readJsonBody(c, checkinRequestSchema, deps.maxBodyBytes);
    if (body.profile !== undefined && !deps.profiles.has(body.profile)) {
      throw badRequest(`unknown profile "${body.profile}"; valid profiles: ${[...deps.profiles.keys()].sort().join(", ")}`, "profile", "profile_not_found");
    }
    const userHash = body.user === undefined ? null : await deps.keys.hashUser(body.user);
    const session = await readSession(deps, sessionId);
    assertSessionOwner(session, userHash);

    const at = new Date().toISOString();
    // Register the session (and its owner) first, so the check-in's ownership check sees it.
    await submitWrite(deps, { kind: "session", row: { id: sessionId, userHash, homeCountry: null, homeCulture: null, at } });
    const phases = (["before", "after"] as const).filter((phase) => body[phase] !== undefined);
    const results = [];
    for (const phase of phases) {
      const row: CheckinWrite = {
        id: crypto.randomUUID(),
        sessionId,
        userHash,
        phase,
        distress: body[phase] as number,
        profile: body.profile ?? null,
        at,
      };
      results.push(await submitWrite(deps, { kind: "checkin", row }));
    }
    if (results.some((outcome) => outcome.status === "stored" && outcome.result === "skipped")) {
      throw new ApiError(409, "the session changed owner while storing; send the session's user", "invalid_request_error", "checkin_not_stored");
    }
    const queued = results.some((outcome) => outcome.status === "queued");
    return c.json(
      {
        object: "session.checkin",
        session_id: sessionId,
        recorded: Object.fromEntries(phases.map((phase) => [phase, body[phase]])),
        status: queued ? "queued" : "created",
      },
      queued ? 202 : 201,
    );
  });
}
