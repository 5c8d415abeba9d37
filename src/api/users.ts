import type { Hono } from "hono";
import { ApiError, badRequest } from "./errors.ts";
import { storageUnavailable, userField, type FeedbackDeps } from "./feedback-deps.ts";

/**
 * DELETE /v1/users/:user/data: erase everything stored about a user (sessions, interactions, stored
 * text, ratings, comparisons, check-ins), found through the same keyed hash the writes used. While
 * writes are spooled after an outage the answer is 503: erasing then would miss rows still waiting in
 * the spool, which would reappear on replay.
 */
export function registerUserRoutes(app: Hono, deps: FeedbackDeps): void {
  app.delete("/v1/users/:user/data", async (c) => {
    const parsed = userField.safeParse(c.req.param("user"));
    if (!parsed.success) throw badRequest("user: 1–256 characters, URL-encoded", "user", "invalid_user");
    if (deps.writes.degraded) {
      throw new ApiError(503, "storage is catching up after an outage; retry the erasure in a minute", "service_unavailable", "storage_recovering", null, 30);
    }
    const userHash = await deps.keys.hashUser(parsed.data);
    await deps.writes.idle(); // writes already accepted land first, so the erasure sees them
    let deleted: Awaited<ReturnType<typeof deps.store.eraseUser>>;
    try {
      deleted = await deps.store.eraseUser(userHash);
    } catch (error) {
      deps.log.error("user_erasure_failed", { error: (error as Error).name });
      throw storageUnavailable("the erasure");
    }
    deps.log.info("user_data_erased", { rows: Object.values(deleted).reduce((sum, n) => sum + n, 0) });
    return c.json({ object: "user.data.erased", deleted });
  });
}
