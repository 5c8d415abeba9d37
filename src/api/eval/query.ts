import type { Context } from "hono";
import { z } from "zod";
import type { EvalFilter } from "../../store/eval-queries.ts";
import { describeFirstIssue } from "../../util/zod-issues.ts";
import { badRequest } from "../errors.ts";
import { profileIdField } from "../feedback-deps.ts";

const instant = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), "an ISO 8601 date or date-time such as 2025-01-31 or 2025-01-31T12:00:00Z")
  .transform((value) => new Date(value));

const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

/** Query parameters every evaluator endpoint takes. */
export const filterParams = {
  /** Inclusive start of the window (created_at). */
  from: instant.optional(),
  /** Exclusive end of the window. */
  to: instant.optional(),
  include_synthetic: flag.default(false),
  home: z.string().min(1).max(64).optional(),
  language: z.string().min(1).max(32).optional(),
  /** Bootstrap seed; the default seed makes every published figure reproducible. */
  seed: z.coerce.number().int().min(0).max(0xffff_ffff).optional(),
  /** Bootstrap resamples per CI; 1,000 keeps a 200-group query under a second, 10,000 for publication. */
  resamples: z.coerce.number().int().min(200).max(10_000).optional(),
};

export const profileList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(z.array(profileIdField).min(1));

/** Parse c.req.query() strictly: unknown parameters are a 400 that names them (typos otherwise pass silently). */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) {
    const { field, message } = describeFirstIssue(result.error);
    // Name the query parameter itself ("by", not "by[0]"): that is what the caller typed.
    throw badRequest(message, field.split(/[.[]/)[0] || null, "invalid_query");
  }
  return result.data;
}

export function toFilter(query: { from?: Date; to?: Date; include_synthetic: boolean; home?: string; language?: string }): EvalFilter {
  if (query.from && query.to && query.from >= query.to) throw badRequest("from must be earlier than to", "from", "invalid_query");
  return {
    from: query.from,
    to: query.to,
    includeSynthetic: query.include_synthetic,
    home: query.home,
    language: query.language,
  };
}
