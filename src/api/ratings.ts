import type { Hono } from "hono";
import { z } from "zod";
import { RATING_ITEM_KEYS, RATING_SCALE_POINTS } from "../profiles/schema.ts";
import type { RatingItems } from "../store/write-ops.ts";
import { readJsonBody } from "./body.ts";
import { ApiError } from "./errors.ts";
import {
  forgedToken,
  interactionIdField,
  lookupInteractions,
  otherUsersData,
  ratingTokenField,
  submitWrite,
  unknownInteraction,
  userField,
  type FeedbackDeps,
} from "./feedback-deps.ts";

const itemValue = z.number().int().min(1).max(RATING_SCALE_POINTS);

export const ratingRequestSchema = z
  .object({
    interaction_id: interactionIdField,
    rating_token: ratingTokenField,
    user: userField.optional(),
    items: z
      .object(
        Object.fromEntries(RATING_ITEM_KEYS.map((key) => [key, itemValue.optional()])) as Record<
          (typeof RATING_ITEM_KEYS)[number],
          z.ZodOptional<typeof itemValue>
        >,
      )
      .strict()
      .refine((items) => Object.values(items).some((value) => value !== undefined), {
        message: `answer at least one item: ${RATING_ITEM_KEYS.join(", ")}`,
      }),
    /** Kept only where the deployment stores text. */
    comment: z.string().min(1).max(2000).optional(),
  })
  .strict();

/** Ratings one POST /v1/ratings/bulk may carry: apps that buffer ratings send them together. */
export const MAX_BULK_RATINGS = 100;

export const bulkRatingsRequestSchema = z
  .object({
    ratings: z.array(ratingRequestSchema).min(1).max(MAX_BULK_RATINGS),
  })
  .strict();

type RatingRequest = z.infer<typeof ratingRequestSchema>;

/** What one stored (or spooled) rating answers with, and its HTTP status on its own. */
interface RatingOutcome {
  httpStatus: 200 | 201 | 202;
  view: { object: "rating"; interaction_id: string; status: string; items: RatingItems; comment_stored: boolean };
}

/**
 * Store one rating whose body is valid; throws the ApiError it answers with otherwise. `param`
 * prefixes the field names in errors (a bulk item's "ratings[3].").
 */
async function rate(deps: FeedbackDeps, body: RatingRequest, param = ""): Promise<RatingOutcome> {
  if (!(await deps.keys.verifyRatingToken(body.interaction_id, body.rating_token))) throw forgedToken(`${param}rating_token`);
  const userHash = body.user === undefined ? null : await deps.keys.hashUser(body.user);

  // A rating right after its chat may overtake the interaction's own write: let that land first.
  await deps.writes.whenWritten(body.interaction_id);

  const items: RatingItems = {};
  for (const key of RATING_ITEM_KEYS) if (body.items[key] !== undefined) items[key] = body.items[key];
  const commentStored = deps.storeText && body.comment !== undefined;
  const op = {
    kind: "rating",
    row: {
      interactionId: body.interaction_id,
      userHash,
      items,
      comment: commentStored ? (body.comment as string) : null,
      at: new Date().toISOString(),
    },
  } as const;
  let outcome = await submitWrite(deps, op);
  // The token is valid, so some gateway issued this interaction; on another replica its record may
  // be a moment behind. Retry for the grace period while it is missing (not while it belongs to someone else).
  for (let waited = 0, step = 50; outcome.status === "stored" && outcome.result === "skipped" && waited < (deps.interactionGraceMs ?? 0); step *= 2) {
    if ((await lookupInteractions(deps, [body.interaction_id])).get(body.interaction_id)?.state !== "missing") break;
    await new Promise((resolve) => setTimeout(resolve, step));
    waited += step;
    outcome = await submitWrite(deps, op);
  }
  const view = (status: string) => ({
    object: "rating" as const,
    interaction_id: body.interaction_id,
    status,
    items,
    comment_stored: commentStored,
  });
  if (outcome.status === "queued" || outcome.result !== "skipped") deps.onRated?.(body.interaction_id);
  if (outcome.status === "queued") return { httpStatus: 202, view: view("queued") };
  if (outcome.result === "skipped") {
    // The statement checks existence and owner itself (one round trip per rating); say which failed.
    const known = (await lookupInteractions(deps, [body.interaction_id])).get(body.interaction_id);
    if (known?.state === "found" && known.userHash && userHash && known.userHash !== userHash) {
      throw otherUsersData(`${param}user`, "interaction");
    }
    throw unknownInteraction(`${param}interaction_id`);
  }
  return { httpStatus: outcome.result === "created" ? 201 : 200, view: view(outcome.result) };
}

/**
 * POST /v1/ratings: rate one answer on the four cultural-validity items, 1–5. The rating token from
 * the chat response proves the caller received that answer; a second post by the same user replaces
 * the rating. While the database is unreachable the rating is spooled and the answer is 202.
 *
 * POST /v1/ratings/bulk: up to MAX_BULK_RATINGS such ratings in one request, for apps that buffer
 * them. The body is checked whole (a malformed item is a 400 naming it); then each rating is
 * checked and stored on its own, exactly as POST /v1/ratings would, and the 200 answer has one
 * result per rating, in order: the rating's view, or the error it alone would have got.
 */
export function registerRatingRoutes(app: Hono, deps: FeedbackDeps): void {
  app.post("/v1/ratings", async (c) => {
    const body = await readJsonBody(c, ratingRequestSchema, deps.maxBodyBytes);
    const { httpStatus, view } = await rate(deps, body);
    return c.json(view, httpStatus);
  });

  app.post("/v1/ratings/bulk", async (c) => {
    const { ratings } = await readJsonBody(c, bulkRatingsRequestSchema, deps.maxBodyBytes);
    const data = await Promise.all(
      ratings.map(async (rating, index) => {
        try {
          const { httpStatus, view } = await rate(deps, rating, `ratings[${index}].`);
          return { index, http_status: httpStatus, ...view };
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          return { object: "error" as const, index, interaction_id: rating.interaction_id, http_status: error.status, ...error.toBody() };
        }
      }),
    );
    return c.json({ object: "list", data });
  });
}
