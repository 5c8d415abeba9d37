import { z } from "zod";

/**
 * OpenAI chat-completions fields glocal does not honour. Silently dropping them would hand an app plain
 * text where it asked for tool calls or JSON, so each is a 400 that names it and says why. A field set to
 * its neutral value (what "not using the feature" looks like, and what some SDKs always send) is accepted.
 * The README's field table lists the same decisions; keep the two in step.
 */
interface Refusal {
  why: string;
  /** The value that means "feature not used"; accepted and ignored. */
  neutral: (value: unknown) => boolean;
}

const isEmptyArray = (v: unknown) => Array.isArray(v) && v.length === 0;
const isEmptyObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
const never = () => false;

const NO_TOOLS = "glocal's models answer in text and never call tools or functions; remove it";

export const REFUSED_FIELDS = {
  tools: { why: NO_TOOLS, neutral: isEmptyArray },
  tool_choice: { why: NO_TOOLS, neutral: (v) => v === "none" },
  functions: { why: NO_TOOLS, neutral: isEmptyArray },
  function_call: { why: NO_TOOLS, neutral: (v) => v === "none" },
  response_format: {
    why: 'structured output (JSON mode, JSON schema) is not supported: the small models here cannot be held to a format; send {"type": "text"} or leave it out',
    neutral: (v) => typeof v === "object" && v !== null && (v as { type?: unknown }).type === "text",
  },
  logprobs: {
    why: "token log-probabilities are not returned by every backend glocal routes to, so none are offered; leave it out or send false",
    neutral: (v) => v === false,
  },
  top_logprobs: { why: "token log-probabilities are not supported; leave it out or send 0", neutral: (v) => v === 0 },
  logit_bias: { why: "token biases do not carry over between the different tokenizers glocal routes to; leave it out", neutral: isEmptyObject },
  frequency_penalty: { why: "repetition penalties are not passed to the models yet; leave it out or send 0", neutral: (v) => v === 0 },
  presence_penalty: { why: "repetition penalties are not passed to the models yet; leave it out or send 0", neutral: (v) => v === 0 },
  audio: { why: "audio output is not supported; glocal answers in text", neutral: never },
  modalities: {
    why: 'only text output is supported; send ["text"] or leave it out',
    neutral: (v) => Array.isArray(v) && v.length > 0 && v.every((m) => m === "text"),
  },
  prediction: { why: "predicted outputs are not supported; leave it out", neutral: never },
  web_search_options: { why: "glocal does not search the web; leave it out", neutral: never },
  reasoning_effort: { why: "the models here are not reasoning models; leave it out", neutral: never },
  verbosity: { why: 'answer length is set by the culture profile; leave it out or send "medium"', neutral: (v) => v === "medium" },
} satisfies Record<string, Refusal>;

/**
 * Fields accepted and ignored on purpose, with the reason, for the docs and the README table:
 * harmless metadata or hints with no effect here. None of them is stored.
 */
export const IGNORED_FIELDS = {
  parallel_tool_calls: "only applies together with tools, which are refused",
  metadata: "not stored: it could carry identifiers",
  store: "OpenAI-side retention; glocal keeps no text unless the deployment opts in and the request sends store_text_consent: true",
  service_tier: "one tier here",
  prompt_cache_key: "prompt caching is internal",
  prompt_cache_retention: "prompt caching is internal",
  safety_identifier: "not stored; send user for a keyed-hash user id",
} as const;

/** A zod field for a refused OpenAI field: null, absent or its neutral value pass; anything else is a 400 naming it. */
function refusedField({ why, neutral }: Refusal) {
  return z
    .unknown()
    .optional()
    .superRefine((value, ctx) => {
      if (value !== undefined && value !== null && !neutral(value)) ctx.addIssue({ code: "custom", message: `not supported: ${why}` });
    })
    .describe(`not supported: ${why}`);
}

export const refusedFieldsShape = Object.fromEntries(Object.entries(REFUSED_FIELDS).map(([name, refusal]) => [name, refusedField(refusal)])) as Record<
  keyof typeof REFUSED_FIELDS,
  ReturnType<typeof refusedField>
>;
