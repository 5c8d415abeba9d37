import type { Hono } from "hono";
import { z } from "zod";
import type { StoredSession } from "../store/schema.ts";
import { readJsonBody } from "./body.ts";
import { ApiError, badRequest } from "./errors.ts";
import { otherUsersData, profileIdField, sessionIdField, submitWrite, userField, type FeedbackDeps } from "./feedback-deps.ts";

export const sessionRequestSchema = z
  .object({
    user: userField.optional(),
    /** Self-declared home country, ISO 3166-1 alpha-2. */
    home_country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as "KR"')
      .transform((code) => code.toUpperCase())
      .optional(),
    /** Self-declared home culture: a profile id or another short slug ("yoruba"). */
    home_culture: profileIdField.optional(),
  })
  .strict();

export function parseSessionId(raw: string): string {
  const parsed = sessionIdField.safeParse(raw);
  if (!parsed.success) throw badRequest(`session id: ${parsed.error.issues[0]?.message ?? "invalid"}`, "id", "invalid_session_id");
  return parsed.data;
}

/**
 * The session as far as it can be read now: the stored row, null when there is none, undefined when
 * the database is unreachable (the write statements check ownership again when they run).
 */
export async function readSession(deps: FeedbackDeps, id: string): Promise<StoredSession | null | undefined> {
  try {
    return (await deps.store.getSession(id)) ?? null;
  } catch {
    return undefined;
  }
}

/** A session owned by a user accepts writes only from that user. */
export function assertSessionOwner(session: StoredSession | null | undefined, userHash: string | null): void {
  if (session?.userHash && session.userHash !== userHash) throw otherUsersData("user", "session");
}

/**
 * PUT /v1/sessions/:id: register a session and, optionally, the user's self-declared home country or
 * culture. Ratings, comparisons and check-ins of the session carry the home, so evaluators can compare
 * profiles within one home culture.
 */
export function registerSessionRoutes(app: Hono, deps: FeedbackDeps): void {
  app.put("/v1/sessions/:id", async (c) => {
    const id = parseSessionId(c.req.param("id"));
    const body = await readJsonBody(c, sessionRequestSchema, deps.maxBodyBytes);
    const userHash = body.user === undefined ? null : await deps.keys.hashUser(body.user);
    assertSessionOwner(await readSession(deps, id), userHash);
    const outcome = await submitWrite(deps, {
      kind: "session",
      row: {
        id,
        userHash,
        homeCountry: body.home_country ?? null,
        homeCulture: body.home_culture ?? null,
        at: new Date().toISOString(),
      },
    });
    const view = (status: string) => ({
      object: "session",
      id,
      home_country: body.home_country ?? null,
      home_culture: body.home_culture ?? null,
      status,
    });
    if (outcome.status === "queued") return c.json(view("queued"), 202);
    if (outcome.result === "skipped") {
      throw new ApiError(
        409,
        "the session changed while storing (another user, or a newer update); nothing was stored",
        "invalid_request_error",
        "session_not_stored",
      );
    }
    return c.json(view(outcome.result), outcome.result === "created" ? 201 : 200);
  });
}
