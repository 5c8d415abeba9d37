import { z } from "zod";
import { textOf } from "../chat/input.ts";
import { refusedFieldsShape } from "./unsupported-fields.ts";

/** Longest single message accepted; long enough for a heartfelt letter, short of abuse. */
export const MAX_MESSAGE_CHARS = 16_000;
export const MAX_MESSAGES = 200;

// C0 controls other than tab, newline and carriage return, DEL, and lone UTF-16 surrogates: none belongs in
// chat text, and Postgres text cannot hold NUL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function describeForbidden(text: string): string | undefined {
  const match = FORBIDDEN_CHAR.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  return `contains the character U+${code} at position ${match.index}; remove control characters and broken surrogates`;
}

const messageText = z
  .string()
  .max(MAX_MESSAGE_CHARS, `is longer than ${MAX_MESSAGE_CHARS} characters; split or shorten it`)
  .superRefine((text, ctx) => {
    const problem = describeForbidden(text);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const textPart = z.object({ type: z.literal("text"), text: messageText });

/** OpenAI content: a string or an array of parts; only text parts are supported. */
const content = z.union([messageText, z.array(textPart).min(1, "needs at least one text part")], {
  error: 'must be a string or an array of {type: "text", text} parts (images and audio are not supported)',
});

export const chatMessageSchema = z.object({
  role: z.enum(["system", "developer", "user", "assistant"], {
    error: "must be one of system, developer, user, assistant",
  }),
  content,
});

const stop = z.union([z.string().min(1).max(64), z.array(z.string().min(1).max(64)).max(4)]);

/**
 * POST /v1/chat/completions fields. OpenAI fields glocal cannot honour are refused by name (unsupported-fields.ts);
 * other unknown fields are ignored (OpenAI clients send many).
 */
const chatFields = z.object({
  model: z.string().min(1).max(128).optional().describe('"glocal/<profile>" or a catalog model id to pin'),
  profile: z.string().min(1).max(64).optional().describe("culture profile id; alternative to model"),
  lenses: z.array(z.string().min(1).max(32)).max(8).optional().describe('identity/worldview lenses added to the profile (at most 2), e.g. ["faith"]'),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "KE"')
    .transform((c) => c.toUpperCase())
    .optional()
    .describe("the person's country, for crisis resources; the profile's first country when absent"),
  language: z.string().min(2).max(35).optional().describe("BCP-47 language hint; wins over detection"),
  messages: z.array(chatMessageSchema).min(1, "needs at least one message").max(MAX_MESSAGES, `holds at most ${MAX_MESSAGES} messages`),
  stream: z.boolean().default(false),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().gt(0).max(1).nullish(),
  max_tokens: z.number().int().min(1).max(8192).nullish(),
  max_completion_tokens: z.number().int().min(1).max(8192).nullish(),
  stop: stop.nullish(),
  seed: z.number().int().nullish(),
  user: z.string().min(1).max(256).optional().describe("the app's opaque user id; stored only as a keyed hash"),
  session_id: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,128}$/, "must be 1–128 letters, digits, '.', '_', ':' or '-'")
    .optional()
    .describe("the app's session id, which links ratings, comparisons and distress check-ins"),
  store_text_consent: z
    .boolean()
    .default(false)
    .describe(
      "the person agreed that this conversation's text may be kept to improve the culture's model; honoured only where the deployment opted in (GLOCAL_STORE_TEXT)",
    ),
  n: z.literal(1, { error: "only n = 1 is supported" }).nullish(),
  ...refusedFieldsShape,
});

/** The conversation must end with a non-empty user turn: that is the message being answered. */
function checkConversation(body: { messages: z.infer<typeof chatFields>["messages"] }, ctx: z.RefinementCtx): void {
  const last = body.messages[body.messages.length - 1];
  if (last && last.role !== "user") {
    ctx.addIssue({
      code: "custom",
      path: ["messages", body.messages.length - 1, "role"],
      message: "the last message must come from the user",
    });
  }
  body.messages.forEach((m, i) => {
    if (m.role === "user" && textOf(m.content).trim() === "") {
      ctx.addIssue({ code: "custom", path: ["messages", i, "content"], message: "must not be empty" });
    }
  });
}

export const chatRequestSchema = chatFields.superRefine(checkConversation).meta({ id: "ChatCompletionRequest" });

export type ChatRequest = z.infer<typeof chatRequestSchema>;

/** POST /v1/chat/compare: one conversation answered by 2–4 profiles side by side ("try another culture"). */
export const compareRequestSchema = chatFields
  .omit({ model: true, profile: true, stream: true, stream_options: true })
  .extend({
    profiles: z
      .array(z.string().min(1).max(64))
      .min(2, "name at least 2 profiles to compare")
      .max(4, "compare at most 4 profiles at once")
      .refine((ids) => new Set(ids).size === ids.length, "name each profile once"),
    blind: z
      .boolean()
      .default(false)
      .describe("shuffle the answers and hide profile and model until POST /v1/comparisons records the choice; safety fields stay visible"),
  })
  .superRefine(checkConversation)
  .meta({ id: "ChatCompareRequest" });

export type CompareRequest = z.infer<typeof compareRequestSchema>;
