import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { profileSchema } from "../profiles/schema.ts";
import { chatRequestSchema, compareRequestSchema } from "./chat-schema.ts";
import { checkinRequestSchema } from "./checkins.ts";
import { comparisonRequestSchema } from "./comparisons.ts";
import { MAX_BULK_RATINGS, bulkRatingsRequestSchema, ratingRequestSchema } from "./ratings.ts";
import { sessionRequestSchema } from "./sessions.ts";

const errorSchema = z
  .object({
    error: z.object({
      message: z.string().describe("what went wrong and what to fix"),
      type: z.string(),
      param: z.string().nullable(),
      code: z.string(),
    }),
  })
  .meta({ id: "Error" });

const routeStep = z.object({
  model: z.string(),
  role: z.enum(["pinned", "target", "fallback", "last-resort"]),
  decision: z.enum(["candidate", "skipped", "selected", "failed", "not_tried"]),
  reason: z.string(),
});

const servedBy = z
  .object({
    interaction_id: z.string(),
    profile: z.string(),
    lenses: z.array(z.string()).describe("identity/worldview lenses composed into the prompt"),
    language: z.object({ code: z.string(), iso639_3: z.string(), confidence: z.number(), method: z.string() }),
    model: z.string(),
    backend: z.enum(["llama", "hosted"]),
    demo: z.boolean().describe("true for the generated demo model, whose text is gibberish"),
    other_culture: z.boolean().describe("the language is not one the profile is written for"),
    route: z.array(routeStep).describe("every target considered, in order, and why"),
  })
  .meta({ id: "GlocalServedBy" });

const chatCompletion = z
  .object({
    id: z.string(),
    object: z.literal("chat.completion"),
    created: z.number().int(),
    model: z.string(),
    choices: z.array(
      z.object({
        index: z.number().int(),
        message: z.object({ role: z.literal("assistant"), content: z.string() }),
        finish_reason: z.enum(["stop", "length"]),
      }),
    ),
    usage: z.object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int(), total_tokens: z.number().int() }),
    glocal: servedBy,
  })
  .meta({ id: "ChatCompletion" });

const errors = (codes: number[]) =>
  Object.fromEntries(codes.map((code) => [code, { description: ERROR_TEXT[code] ?? "error", content: { "application/json": { schema: errorSchema } } }]));
const ERROR_TEXT: Record<number, string> = {
  400: "invalid request; the message names the field",
  404: "unknown profile or model; the message lists valid ids",
  413: "body too large",
  415: "body is not JSON",
  429: "the model queue is full; see Retry-After",
  502: "the model failed while answering",
  503: "no model can serve this profile now; see Retry-After",
};

const CHAT_EXAMPLES = {
  korean: {
    summary: "Korean message on the Korean profile",
    value: { model: "glocal/kr", messages: [{ role: "user", content: "요즘 너무 지쳐요" }], max_tokens: 200 },
  },
  streamed: {
    summary: "Streamed, with a lens and the person's country",
    value: {
      model: "glocal/ng+faith",
      country: "NG",
      messages: [{ role: "user", content: "I have been praying but I still feel heavy" }],
      stream: true,
      stream_options: { include_usage: true },
    },
  },
};

/** Operations anyone may call: no credentials. */
const PUBLIC: [] = [];
export const EVALUATOR_SCHEME = "evaluatorKey";

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. `servers` is
 * filled in per request (the configured public URL, else the request's origin).
 */
export function buildOpenApiDocument(version: string) {
  const registry = new OpenAPIRegistry();
  registry.registerPath({
    method: "post",
    path: "/v1/chat/completions",
    operationId: "createChatCompletion",
    security: PUBLIC,
    summary: "Chat completion routed by culture profile and language (OpenAI-compatible)",
    description:
      'Profile from model "glocal/<id>", the profile field, or the x-glocal-profile header. With stream: true the answer is SSE chat.completion.chunk events ending in data: [DONE]. Responses carry a glocal object and x-glocal-* headers.',
    request: {
      headers: z.object({ "x-glocal-profile": z.string().optional() }),
      body: { required: true, content: { "application/json": { schema: chatRequestSchema, examples: CHAT_EXAMPLES } } },
    },
    responses: {
      200: {
        description: "the answer (JSON, or text/event-stream when stream is true)",
        content: { "application/json": { schema: chatCompletion }, "text/event-stream": { schema: z.string() } },
      },
      ...errors([400, 404, 413, 415, 429, 502, 503]),
    },
  });
  registry.registerPath({
    method: "post",
    path: "/v1/chat/compare",
    operationId: "compareProfiles",
    security: PUBLIC,
    summary: "The same conversation answered by 2–4 culture profiles side by side",
    description:
      "Each answer carries its own glocal object (interaction id, route, risk). A profile that cannot answer gets an error entry; the others still answer.",
    request: {
      body: {
        required: true,
        content: {
          "application/json": {
            schema: compareRequestSchema,
            example: { profiles: ["kr", "ng"], messages: [{ role: "user", content: "I have been so tired since I moved here" }], max_tokens: 200 },
          },
        },
      },
    },
    responses: { 200: { description: "answers, one per profile" }, ...errors([400, 404, 413, 415, 503]) },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/models",
    operationId: "listModels",
    security: PUBLIC,
    summary: "Every profile as glocal/<id> and every catalog model",
    responses: { 200: { description: "OpenAI model list" } },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/profiles",
    operationId: "listProfiles",
    security: PUBLIC,
    summary: "All culture profiles",
    responses: {
      200: { description: "list", content: { "application/json": { schema: z.object({ object: z.literal("list"), data: z.array(profileSchema) }) } } },
    },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/profiles/{id}",
    operationId: "getProfile",
    security: PUBLIC,
    summary: "One culture profile",
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: { description: "profile", content: { "application/json": { schema: profileSchema } } }, ...errors([404]) },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/lenses",
    operationId: "listLenses",
    security: PUBLIC,
    summary: "Identity/worldview lenses a request may add to any profile (at most two)",
    responses: { 200: { description: "list" } },
  });
  const jsonBody = (schema: z.ZodType, example?: unknown) => ({ body: { required: true, content: { "application/json": { schema, example } } } });
  registry.registerPath({
    method: "post",
    path: "/v1/ratings",
    operationId: "createRating",
    security: PUBLIC,
    summary: "Rate an answer's cultural validity (items 1–5); idempotent per interaction and user",
    description: "Needs the interaction_id and rating_token from the answer's glocal object. A second post by the same user updates.",
    request: jsonBody(ratingRequestSchema, {
      interaction_id: "3f0c8f1e-8f5e-4a59-9d0e-2b7f3f3f9a11",
      rating_token: "the rating_token from the answer's glocal object",
      user: "app-user-123",
      items: { fits_culture: 4, understood: 5, would_work: 3, natural_language: 4 },
    }),
    responses: {
      200: { description: "updated" },
      201: { description: "stored" },
      202: { description: "accepted while the database is down; stored on recovery" },
      ...errors([400, 404]),
      403: { description: "the rating token is not this interaction's" },
    },
  });
  registry.registerPath({
    method: "post",
    path: "/v1/ratings/bulk",
    operationId: "createRatingsBulk",
    security: PUBLIC,
    summary: `Up to ${MAX_BULK_RATINGS} ratings in one request, for apps that buffer them; each is checked and stored as POST /v1/ratings would`,
    description:
      "A malformed body or item is a 400 naming the field (e.g. ratings[3].items.fits_culture) and stores nothing. Otherwise the answer is 200 " +
      "with one result per rating, in order: the rating (status created, updated, or queued while the database is down) or the error that rating " +
      "alone would have got (e.g. 403 invalid_rating_token, 404 interaction_not_found), each with its http_status and index.",
    request: jsonBody(bulkRatingsRequestSchema, {
      ratings: [
        {
          interaction_id: "3f0c8f1e-8f5e-4a59-9d0e-2b7f3f3f9a11",
          rating_token: "the rating_token from that answer's glocal object",
          user: "app-user-123",
          items: { fits_culture: 4, understood: 5, would_work: 3, natural_language: 4 },
        },
        {
          interaction_id: "9b2d0c4a-1e7f-4c3b-8a5d-6e2f1a0b7c99",
          rating_token: "the rating_token from that answer's glocal object",
          user: "app-user-123",
          items: { understood: 2 },
        },
      ],
    }),
    responses: {
      200: {
        description: "one result per rating, in order",
        content: {
          "application/json": {
            schema: z.object({
              object: z.literal("list"),
              data: z.array(
                z.union([
                  z.object({
                    object: z.literal("rating"),
                    index: z.number().int(),
                    http_status: z.number().int().describe("what POST /v1/ratings would have answered: 201, 200 or 202"),
                    interaction_id: z.string(),
                    status: z.enum(["created", "updated", "queued"]),
                    items: z.record(z.string(), z.number().int()),
                    comment_stored: z.boolean(),
                  }),
                  z.object({
                    object: z.literal("error"),
                    index: z.number().int(),
                    http_status: z.number().int(),
                    interaction_id: z.string(),
                    error: z.object({ message: z.string(), type: z.string(), param: z.string().nullable(), code: z.string() }),
                  }),
                ]),
              ),
            }),
          },
        },
      },
      ...errors([400]),
    },
  });
  registry.registerPath({
    method: "post",
    path: "/v1/comparisons",
    operationId: "createComparison",
    security: PUBLIC,
    summary: "Record which of 2–4 profiles' answers to the same message the person preferred, or a tie",
    request: jsonBody(comparisonRequestSchema, {
      interactions: [
        { interaction_id: "3f0c8f1e-8f5e-4a59-9d0e-2b7f3f3f9a11", rating_token: "the first answer's rating_token" },
        { interaction_id: "9b2d0c4a-1e7f-4c3b-8a5d-6e2f1a0b7c99", rating_token: "the second answer's rating_token" },
      ],
      preferred: "ng",
      user: "app-user-123",
    }),
    responses: { 201: { description: "stored" }, ...errors([400, 404]) },
  });
  registry.registerPath({
    method: "put",
    path: "/v1/sessions/{id}",
    operationId: "putSession",
    security: PUBLIC,
    summary: "Declare the session's home country or culture (optional, self-declared)",
    request: { params: z.object({ id: z.string() }), ...jsonBody(sessionRequestSchema) },
    responses: { 200: { description: "stored" }, ...errors([400]) },
  });
  registry.registerPath({
    method: "post",
    path: "/v1/sessions/{id}/checkins",
    operationId: "createCheckin",
    security: PUBLIC,
    summary: "Distress check-in, 0–10, before or after a session",
    request: { params: z.object({ id: z.string() }), ...jsonBody(checkinRequestSchema) },
    responses: { 201: { description: "stored" }, ...errors([400]) },
  });
  registry.registerPath({
    method: "delete",
    path: "/v1/users/{user}/data",
    operationId: "eraseUserData",
    security: PUBLIC,
    summary: "Erase everything stored about a user (found through the keyed hash of the id)",
    request: { params: z.object({ user: z.string() }) },
    responses: { 200: { description: "counts of erased rows" }, ...errors([400]), 503: { description: "writes are spooled; retry so nothing is half-erased" } },
  });
  registry.registerComponent("securitySchemes", EVALUATOR_SCHEME, {
    type: "http",
    scheme: "bearer",
    description: "The deployment's GLOCAL_EVALUATOR_KEY (at least 16 characters), sent as Authorization: Bearer <key>",
  });
  for (const [path, operationId, summary] of [
    [
      "/v1/eval/satisfaction",
      "getSatisfaction",
      "Per-group ratings: n, mean, median, distribution, seeded bootstrap 95 % CI (?by=profile|profile,language|home,profile&from&to&min_n)",
    ],
    ["/v1/eval/compare", "getProfileComparison", "Mann-Whitney U (two profiles) or Kruskal-Wallis (three or more) on a rating item (?a=&b=&item=)"],
    [
      "/v1/eval/pairwise",
      "getPairwiseScores",
      "Bradley-Terry scores with bootstrap CIs from pairwise comparisons; blind and open choices also fitted separately",
    ],
    [
      "/v1/eval/arms",
      "getExperimentArms",
      "A profile experiment's arms: satisfaction with CIs, each arm vs the baseline within each home (difference with CI, Mann-Whitney, sample size needed), sample-ratio check (?experiment=&item=&baseline=)",
    ],
    ["/v1/eval/distress", "getDistressChange", "Mean distress change per profile with a bootstrap CI"],
  ] as const) {
    registry.registerPath({
      method: "get",
      path,
      operationId,
      security: [{ [EVALUATOR_SCHEME]: [] }],
      summary,
      description: "Needs Authorization: Bearer <GLOCAL_EVALUATOR_KEY>; off when no key is configured.",
      responses: {
        200: {
          description: "statistics, each naming its method",
          content: { "application/json": { schema: z.object({ method: z.string().optional() }).passthrough() } },
        },
        400: { description: "bad query, or too little data for the statistic", content: { "application/json": { schema: errorSchema } } },
        401: { description: "no key sent", content: { "application/json": { schema: errorSchema } } },
        403: { description: "wrong key, or evaluator endpoints are off", content: { "application/json": { schema: errorSchema } } },
      },
    });
  }
  registry.registerPath({
    method: "get",
    path: "/healthz",
    operationId: "getLiveness",
    security: PUBLIC,
    summary: "Liveness",
    responses: { 200: { description: "alive" } },
  });
  registry.registerPath({
    method: "get",
    path: "/metrics",
    operationId: "getMetrics",
    security: PUBLIC,
    summary: "Prometheus metrics: requests, latency, time to first token, queues, risk levels, guard replacements, writes, ratings",
    description: "Labels are route patterns, profiles, languages, models and backends, never message text or user ids. 404 when GLOCAL_METRICS=0.",
    responses: { 200: { description: "Prometheus text exposition", content: { "text/plain": { schema: z.string() } } }, ...errors([404]) },
  });
  registry.registerPath({
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    security: PUBLIC,
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": { schema: z.object({ openapi: z.string() }) } } } },
  });
  registry.registerPath({
    method: "get",
    path: "/readyz",
    operationId: "getReadiness",
    security: PUBLIC,
    summary: "Readiness: database and each backend",
    responses: { 200: { description: "ready" }, 503: { description: "not ready" } },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "glocal",
      version,
      description: "OpenAI-compatible gateway to small language models fitted to a person's language and culture.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
  });
}
