import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { RatingItemKey } from "../profiles/schema.ts";
import { queryRows, type AnyPgDatabase } from "../store/db.ts";

/*
 * The fine-tuning loop's dataset: conversations of one profile whose text was stored with consent
 * (interaction_texts exists only where the deployment opted in) and that people rated highly, as JSONL
 * in the OpenAI chat format — the training set for that culture's next LoRA. Every interaction of the
 * profile is accounted for: exported, or skipped with one reason.
 */

export interface FinetuneExportOptions {
  profile: string;
  /** 1–5: an interaction qualifies when every rating of it scores at least this. */
  minRating: number;
  /**
   * The item that must reach minRating. Without it, the lowest answered item of each rating counts:
   * an answer that fit the culture but read unnaturally is not a training example.
   */
  item?: RatingItemKey;
}

export const SKIP_REASONS = {
  synthetic: "synthetic (eval:seed) rows are never training data",
  no_consented_text: "no stored text: text is kept only where the deployment opted in (GLOCAL_STORE_TEXT), or the user erased it",
  not_ok: "the answer failed or was cut off (status other than ok)",
  not_rated: "nobody rated it (on the chosen item)",
  below_min_rating: "rated below the minimum",
  malformed_text: "stored messages are not a usable chat (no user turn last, empty completion, or unknown roles)",
} as const;

export type SkipReason = keyof typeof SKIP_REASONS;

export interface FinetuneExportCounts {
  /** Interactions of the profile in the database. */
  interactions: number;
  exported: number;
  skipped: Record<SkipReason, number>;
}

/** One training example: the conversation as the model saw it, then the rated answer. */
export interface ChatExample {
  messages: { role: "system" | "user" | "assistant"; content: string }[];
}

const ITEM_COLUMNS: Record<RatingItemKey, string> = {
  fits_culture: "fits_culture",
  understood: "understood",
  would_work: "would_work",
  natural_language: "natural_language",
};

const storedMessages = z
  .array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string().min(1) }).strip())
  .min(1)
  .refine((messages) => messages[messages.length - 1]?.role === "user", "the last message must be the user's");

/** The example for one stored conversation, or undefined when it is not a usable chat. */
export function toChatExample(messages: unknown, completion: string): ChatExample | undefined {
  const parsed = storedMessages.safeParse(messages);
  if (!parsed.success || completion.trim() === "") return undefined;
  return { messages: [...parsed.data, { role: "assistant", content: completion }] };
}

function classified(options: FinetuneExportOptions): SQL {
  if (!Number.isInteger(options.minRating) || options.minRating < 1 || options.minRating > 5) {
    throw new RangeError(`minRating must be a whole number 1–5, got ${options.minRating}`);
  }
  // least() skips nulls: the lowest item the rater answered.
  const score = options.item ? sql.raw(ITEM_COLUMNS[options.item]) : sql.raw("least(fits_culture, understood, would_work, natural_language)");
  return sql`
    with rated as (
      select interaction_id, min(${score}) as lowest
      from ratings
      where profile = ${options.profile} and not synthetic
      group by interaction_id
    )
    select i.id, i.created_at,
           case
             when i.synthetic or coalesce(t.synthetic, false) then 'synthetic'
             when t.interaction_id is null then 'no_consented_text'
             when i.status <> 'ok' then 'not_ok'
             when r.lowest is null then 'not_rated'
             when r.lowest < ${options.minRating} then 'below_min_rating'
             else 'eligible'
           end as class
    from interactions i
    left join interaction_texts t on t.interaction_id = i.id
    left join rated r on r.interaction_id = i.id
    where i.profile = ${options.profile}`;
}

/**
 * Stream the qualifying examples to `write` (in pages, oldest first) and count every interaction of
 * the profile by outcome. Message text goes only to `write`, never to logs.
 */
export async function exportFinetune(
  db: AnyPgDatabase,
  options: FinetuneExportOptions,
  write: (lines: string[]) => Promise<void>,
  pageSize = 500,
): Promise<FinetuneExportCounts> {
  const base = classified(options);
  const classes = await queryRows<{ class: string; count: number }>(db, sql`select class, count(*)::int as count from (${base}) c group by class`);
  const skipped = Object.fromEntries(Object.keys(SKIP_REASONS).map((reason) => [reason, 0])) as Record<SkipReason, number>;
  let interactions = 0;
  for (const row of classes) {
    const count = Number(row.count);
    interactions += count;
    if (row.class in skipped) skipped[row.class as SkipReason] += count;
  }

  const eligible = (await queryRows<{ id: string }>(db, sql`select id from (${base}) c where class = 'eligible' order by created_at, id`)).map((row) => row.id);
  let exported = 0;
  for (let start = 0; start < eligible.length; start += pageSize) {
    const ids = eligible.slice(start, start + pageSize);
    const texts = await queryRows<{ interaction_id: string; messages: unknown; completion: string }>(
      db,
      sql`select interaction_id, messages, completion from interaction_texts
          where interaction_id in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
    );
    const byId = new Map(texts.map((row) => [row.interaction_id, row]));
    const lines: string[] = [];
    for (const id of ids) {
      const text = byId.get(id);
      // JSON columns come back parsed from both drivers; a string would mean double-encoded JSON.
      const messages = typeof text?.messages === "string" ? safeJson(text.messages) : text?.messages;
      const example = text ? toChatExample(messages, text.completion) : undefined;
      if (example) lines.push(JSON.stringify(example));
      else skipped.malformed_text++;
    }
    if (lines.length > 0) await write(lines);
    exported += lines.length;
  }
  return { interactions, exported, skipped };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
