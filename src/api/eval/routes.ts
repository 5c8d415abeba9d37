import type { Context, Hono } from "hono";
import { z } from "zod";
import { arms } from "../../analysis/arms.ts";
import { compareProfiles } from "../../analysis/compare.ts";
import { distress } from "../../analysis/distress.ts";
import { pairwise } from "../../analysis/pairwise.ts";
import { satisfaction } from "../../analysis/satisfaction.ts";
import { StatsInputError } from "../../stats/index.ts";
import { experimentSlug } from "../../profiles/schema.ts";
import { RATING_DIMENSIONS, RATING_ITEMS, type RatingDimension } from "../../store/eval-queries.ts";
import { ApiError, badRequest } from "../errors.ts";
import { profileIdField, storageUnavailable, type FeedbackDeps } from "../feedback-deps.ts";
import { requireEvaluator } from "./auth.ts";
import { filterParams, parseQuery, profileList, toFilter } from "./query.ts";

const byParam = z
  .string()
  .default("profile")
  .transform((value) => value.split(",").map((part) => part.trim()))
  .pipe(
    z
      .array(z.enum(RATING_DIMENSIONS, { message: `group by ${RATING_DIMENSIONS.join(", ")}, comma-separated (e.g. home,profile)` }))
      .min(1)
      .refine((dimensions) => new Set(dimensions).size === dimensions.length, "name each dimension once"),
  );

const satisfactionQuery = z.object({ ...filterParams, by: byParam, min_n: z.coerce.number().int().min(1).default(1) }).strict();

const compareQuery = z
  .object({
    ...filterParams,
    a: profileIdField.optional(),
    b: profileIdField.optional(),
    /** Three or more profiles, comma-separated, instead of a and b. */
    profiles: profileList.optional(),
    item: z.enum(RATING_ITEMS).default("fits_culture"),
  })
  .strict();

const plainQuery = z.object({ ...filterParams, profiles: profileList.optional() }).strict();

const armsQuery = z
  .object({
    ...filterParams,
    profiles: profileList.optional(),
    experiment: experimentSlug,
    item: z.enum(RATING_ITEMS).default("fits_culture"),
    baseline: experimentSlug.optional(),
  })
  .strict();

/** Map the statistics' "not enough data" to a 400 and an unreachable database to a 503. */
async function answer(c: Context, deps: FeedbackDeps, work: () => Promise<unknown>): Promise<Response> {
  try {
    return c.json(await work());
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof StatsInputError) throw badRequest(error.message, null, "insufficient_data");
    deps.log.error("evaluator_query_failed", { path: new URL(c.req.url).pathname, error: (error as Error).name });
    throw storageUnavailable("the evaluator query");
  }
}

/** Evaluator endpoints: GET /v1/eval/{satisfaction,compare,pairwise,distress,arms}, behind the evaluator key. */
export function registerEvalRoutes(app: Hono, deps: FeedbackDeps): void {
  app.use("/v1/eval/*", requireEvaluator(deps.evaluatorKey));

  app.get("/v1/eval/satisfaction", (c) => {
    const query = parseQuery(c, satisfactionQuery);
    return answer(c, deps, () =>
      satisfaction(deps.store, deps.profiles, {
        filter: toFilter(query),
        by: query.by as RatingDimension[],
        minN: query.min_n,
        seed: query.seed,
        resamples: query.resamples,
      }),
    );
  });

  app.get("/v1/eval/compare", (c) => {
    const query = parseQuery(c, compareQuery);
    const profiles = query.profiles ?? [query.a, query.b].filter((profile) => profile !== undefined);
    if (query.profiles && (query.a || query.b)) throw badRequest("send either a and b, or profiles", "profiles", "invalid_query");
    if (profiles.length < 2) throw badRequest("name two profiles (a=…&b=…) or more (profiles=x,y,z)", query.a ? "b" : "a", "invalid_query");
    if (new Set(profiles).size !== profiles.length) throw badRequest("name each profile once", "profiles", "invalid_query");
    return answer(c, deps, () => compareProfiles(deps.store, { filter: toFilter(query), profiles, item: query.item, seed: query.seed }));
  });

  app.get("/v1/eval/pairwise", (c) => {
    const query = parseQuery(c, plainQuery);
    return answer(c, deps, () => pairwise(deps.store, { filter: { ...toFilter(query), profiles: query.profiles }, seed: query.seed }));
  });

  app.get("/v1/eval/arms", (c) => {
    const query = parseQuery(c, armsQuery);
    return answer(c, deps, () =>
      arms(deps.store, deps.profiles, {
        filter: { ...toFilter(query), profiles: query.profiles },
        experiment: query.experiment,
        item: query.item,
        baseline: query.baseline,
        seed: query.seed,
        resamples: query.resamples,
      }),
    );
  });

  app.get("/v1/eval/distress", (c) => {
    const query = parseQuery(c, plainQuery);
    return answer(c, deps, () => distress(deps.store, { filter: { ...toFilter(query), profiles: query.profiles }, seed: query.seed }));
  });
}
