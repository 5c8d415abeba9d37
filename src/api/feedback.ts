import type { Hono } from "hono";
import { registerCheckinRoutes } from "./checkins.ts";
import { registerComparisonRoutes } from "./comparisons.ts";
import { registerEvalRoutes } from "./eval/routes.ts";
import type { FeedbackDeps } from "./feedback-deps.ts";
import { registerRatingRoutes } from "./ratings.ts";
import { registerSessionRoutes } from "./sessions.ts";
import { registerUserRoutes } from "./users.ts";

export type { FeedbackDeps } from "./feedback-deps.ts";

/**
 * Everything about cultural-validity feedback: ratings, comparisons, sessions and check-ins, erasure,
 * and the evaluator endpoints. The app's onError turns the thrown ApiErrors into OpenAI-style errors.
 */
export function registerFeedbackRoutes(app: Hono, deps: FeedbackDeps): void {
  registerRatingRoutes(app, deps);
  registerComparisonRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerCheckinRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerEvalRoutes(app, deps);
}
