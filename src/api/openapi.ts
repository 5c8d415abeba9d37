import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { profileSchema } from "../profiles/schema.ts";
import { chatRequestSchema, compareRequestSchema } from "./chat-schema.ts";

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
  Object.fromEntries(
    codes.map((code) => [code, { description: ERROR_TEXT[code] ?? "error", content: { "application/json": { schema: errorSchema } } }]),
  );
const ERROR_TEXT: Record<number, string> = {
  400: "invalid request; the message names the field",
  404: "unknown profile or model; the message lists valid ids",
  413: "body too large",
  415: "body is not JSON",
  429: "the model queue is full; see Retry-After",
  502: "the model failed while answering",
  503: "no model can serve this profile now; see Retry-After",
};

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument(version: string) {
  const registry = new OpenAPIRegistry();
  registry.registerPath({
    method: "post",
    path: "/v1/chat/completions",
    summary: "Chat completion routed by culture profile and language (OpenAI-compatible)",
    description:
      'Profile from model "glocal/<id>", the profile field, or the x-glocal-profile header. With stream: true the answer is SSE chat.completion.chunk events ending in data: [DONE]. Responses carry a glocal object and x-glocal-* headers.',
    request: {
      headers: z.object({ "x-glocal-profile": z.string().optional() }),
      body: { required: true, content: { "application/json": { schema: chatRequestSchema } } },
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
    summary: "The same conversation answered by 2–4 culture profiles side by side",
    description: "Each answer carries its own glocal object (interaction id, route, risk). A profile that cannot answer gets an error entry; the others still answer.",
    request: { body: { required: true, content: { "application/json": { schema: compareRequestSchema } } } },
    responses: { 200: { description: "answers, one per profile" }, ...errors([400, 404, 413, 415, 503]) },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/models",
    summary: "Every profile as glocal/<id> and every catalog model",
    responses: { 200: { description: "OpenAI model list" } },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/profiles",
    summary: "All culture profiles",
    responses: { 200: { description: "list", content: { "application/json": { schema: z.object({ object: z.literal("list"), data: z.array(profileSchema) }) } } } },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/profiles/{id}",
    summary: "One culture profile",
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: { description: "profile", content: { "application/json": { schema: profileSchema } } }, ...errors([404]) },
  });
  registry.registerPath({
    method: "get",
    path: "/v1/lenses",
    summary: "Identity/worldview lenses a request may add to any profile (at most two)",
    responses: { 200: { description: "list" } },
  });
  registry.registerPath({ method: "get", path: "/healthz", summary: "Liveness", responses: { 200: { description: "alive" } } });
  registry.registerPath({
    method: "get",
    path: "/readyz",
    summary: "Readiness: database and each backend",
    responses: { 200: { description: "ready" }, 503: { description: "not ready" } },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "glocal",
      version,
      description: "OpenAI-compatible gateway to small language models fitted to a person's language and culture.",
    },
  });
}
