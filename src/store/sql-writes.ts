import { sql, type SQL } from "drizzle-orm";
import type { RatingItemKey } from "../profiles/schema.ts";
import { queryRows, type AnyPgDatabase } from "./db.ts";
import { interactionTexts, interactions } from "./schema.ts";
import type { CheckinWrite, ComparisonWrite, InteractionTextWrite, InteractionWrite, RatingWrite, SessionWrite, WriteOp, WriteResult } from "./write-ops.ts";

/*
 * Each write is one idempotent statement (a session with a home is two, in a transaction). The
 * statements that reference an interaction read it in the same statement (INSERT … SELECT): they copy
 * profile, language and home from it and insert nothing when it is missing or belongs to someone
 * else, so they are safe to replay from the spool in any state of the database.
 */

const ITEM_COLUMNS: Record<RatingItemKey, string> = {
  fits_culture: "fits_culture",
  understood: "understood",
  would_work: "would_work",
  natural_language: "natural_language",
};

const at = (iso: string) => sql`${iso}::timestamptz`;
const textParam = (value: string | null) => sql`${value}::text`;

export async function applyWrite(db: AnyPgDatabase, op: WriteOp): Promise<WriteResult> {
  switch (op.kind) {
    case "interaction":
      return writeInteraction(db, op.row);
    case "interaction_text":
      return writeInteractionText(db, op.row);
    case "session":
      return writeSession(db, op.row);
    case "rating":
      return (await writeRatings(db, [op.row]))[0] as WriteResult;
    case "comparison":
      return writeComparison(db, op.row);
    case "checkin":
      return writeCheckin(db, op.row);
  }
}

/**
 * Several writes: interactions in one statement, then ratings in one statement (a rating may refer to
 * an interaction of the same batch), the rest one after another; results in op order.
 */
export async function applyWrites(db: AnyPgDatabase, ops: readonly WriteOp[]): Promise<WriteResult[]> {
  const results = new Array<WriteResult>(ops.length);
  const ratingIndexes: number[] = [];
  const interactionIndexes: number[] = [];
  for (const [index, op] of ops.entries()) {
    if (op.kind === "rating") ratingIndexes.push(index);
    else if (op.kind === "interaction") interactionIndexes.push(index);
  }
  if (interactionIndexes.length > 0) {
    const written = await writeInteractions(
      db,
      interactionIndexes.map((index) => (ops[index] as Extract<WriteOp, { kind: "interaction" }>).row),
    );
    for (const [position, index] of interactionIndexes.entries()) results[index] = written[position] as WriteResult;
  }
  for (const [index, op] of ops.entries()) {
    if (op.kind !== "rating" && op.kind !== "interaction") results[index] = await applyWrite(db, op);
  }
  if (ratingIndexes.length > 0) {
    const ratingResults = await writeRatings(
      db,
      ratingIndexes.map((index) => (ops[index] as Extract<WriteOp, { kind: "rating" }>).row),
    );
    for (const [position, index] of ratingIndexes.entries()) results[index] = ratingResults[position] as WriteResult;
  }
  return results;
}

async function writeInteraction(db: AnyPgDatabase, row: InteractionWrite): Promise<WriteResult> {
  return (await writeInteractions(db, [row]))[0] as WriteResult;
}

/** Interactions in one multi-row statement: a busy gateway's chats cost one round trip per batch, not one each. */
export async function writeInteractions(db: AnyPgDatabase, rows: readonly InteractionWrite[]): Promise<WriteResult[]> {
  const inserted = await db
    .insert(interactions)
    .values(rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) })))
    .onConflictDoNothing()
    .returning({ id: interactions.id });
  const created = new Set(inserted.map((row) => row.id));
  // The same id twice in one batch (a replay next to its original): the first is the one created.
  return rows.map((row) => (created.delete(row.id) ? "created" : "duplicate"));
}

async function writeInteractionText(db: AnyPgDatabase, row: InteractionTextWrite): Promise<WriteResult> {
  const inserted = await db
    .insert(interactionTexts)
    .values({
      interactionId: row.interactionId,
      userHash: row.userHash,
      messages: row.messages,
      completion: row.completion,
      createdAt: new Date(row.at),
      synthetic: row.synthetic ?? false,
    })
    .onConflictDoNothing()
    .returning({ id: interactionTexts.interactionId });
  return inserted.length > 0 ? "created" : "duplicate";
}

/** `inserted` from RETURNING (xmax = 0): true for a fresh row, false for an ON CONFLICT update. */
function upsertResult(rows: { inserted: boolean }[]): WriteResult {
  const first = rows[0];
  if (!first) return "skipped";
  return first.inserted ? "created" : "updated";
}

async function writeSession(db: AnyPgDatabase, row: SessionWrite): Promise<WriteResult> {
  const upsert = sql`
    insert into sessions (id, user_hash, home_country, home_culture, created_at, updated_at, synthetic)
    values (${row.id}, ${textParam(row.userHash)}, ${textParam(row.homeCountry)}, ${textParam(row.homeCulture)},
            ${at(row.at)}, ${at(row.at)}, ${row.synthetic ?? false})
    on conflict (id) do update set
      user_hash = coalesce(sessions.user_hash, excluded.user_hash),
      home_country = coalesce(excluded.home_country, sessions.home_country),
      home_culture = coalesce(excluded.home_culture, sessions.home_culture),
      updated_at = excluded.updated_at
    where (sessions.user_hash is null or sessions.user_hash = excluded.user_hash)
      and sessions.updated_at <= excluded.updated_at
    returning (xmax = 0) as inserted`;
  if (row.homeCountry === null && row.homeCulture === null) return upsertResult(await queryRows(db, upsert));
  return db.transaction(async (tx) => {
    const result = upsertResult(await queryRows(tx, upsert));
    if (result !== "skipped") {
      // Rows written before the home was declared take it on, so "home" groupings see them.
      for (const table of ["ratings", "comparisons"] as const) {
        await tx.execute(sql`
          update ${sql.identifier(table)} t
          set home = coalesce(s.home_culture, s.home_country), home_country = s.home_country, home_culture = s.home_culture
          from sessions s
          where s.id = ${row.id} and t.session_id = s.id
            and t.home is distinct from coalesce(s.home_culture, s.home_country)`);
      }
      await tx.execute(sql`
        update checkins t set home = coalesce(s.home_culture, s.home_country)
        from sessions s
        where s.id = ${row.id} and t.session_id = s.id
          and t.home is distinct from coalesce(s.home_culture, s.home_country)`);
    }
    return result;
  });
}

/**
 * Ratings in one statement per round: the rows travel as one JSON parameter, so a burst of ratings
 * costs one round trip instead of one each. A statement may not upsert the same row twice, so a
 * second rating of the same interaction in one batch goes into the next round.
 */
export async function writeRatings(db: AnyPgDatabase, rows: readonly RatingWrite[]): Promise<WriteResult[]> {
  const results = new Array<WriteResult>(rows.length).fill("skipped");
  let remaining = rows.map((row, index) => ({ row, index }));
  while (remaining.length > 0) {
    const seen = new Set<string>();
    const round = remaining.filter(({ row }) => {
      if (seen.has(row.interactionId)) return false;
      seen.add(row.interactionId);
      return true;
    });
    remaining = remaining.filter((entry) => !round.includes(entry));
    const outcomes = await writeRatingRound(
      db,
      round.map(({ row }) => row),
    );
    for (const { row, index } of round) results[index] = outcomes.get(row.interactionId) ?? "skipped";
  }
  return results;
}

async function writeRatingRound(db: AnyPgDatabase, rows: readonly RatingWrite[]): Promise<Map<string, WriteResult>> {
  const payload = JSON.stringify(
    rows.map((row) => ({
      interaction_id: row.interactionId,
      user_hash: row.userHash,
      fits_culture: row.items.fits_culture ?? null,
      understood: row.items.understood ?? null,
      would_work: row.items.would_work ?? null,
      natural_language: row.items.natural_language ?? null,
      comment: row.comment,
      at: row.at,
      synthetic: row.synthetic ?? false,
    })),
  );
  const returned = await queryRows<{ interaction_id: string; inserted: boolean }>(
    db,
    sql`
    insert into ratings (interaction_id, user_hash, session_id, profile, language, model, home, home_country, home_culture,
                         fits_culture, understood, would_work, natural_language, comment, created_at, updated_at, synthetic)
    select i.id, coalesce(i.user_hash, v.user_hash), i.session_id, i.profile, i.language, i.model,
           coalesce(s.home_culture, s.home_country), s.home_country, s.home_culture,
           v.fits_culture, v.understood, v.would_work, v.natural_language, v.comment, v.at, v.at, v.synthetic
    from jsonb_to_recordset(${payload}::jsonb) as v(interaction_id text, user_hash text, fits_culture smallint,
         understood smallint, would_work smallint, natural_language smallint, comment text, at timestamptz, synthetic boolean)
    join interactions i on i.id = v.interaction_id
    left join sessions s on s.id = i.session_id
    where i.user_hash is null or v.user_hash is null or i.user_hash = v.user_hash
    on conflict (interaction_id, user_hash) do update set
      ${sql.join(
        Object.values(ITEM_COLUMNS).map((column) => sql`${sql.identifier(column)} = excluded.${sql.identifier(column)}`),
        sql`, `,
      )},
      comment = excluded.comment,
      updated_at = excluded.updated_at
    where ratings.updated_at <= excluded.updated_at
    returning interaction_id, (xmax = 0) as inserted`,
  );
  return new Map(returned.map((row) => [row.interaction_id, row.inserted ? "created" : "updated"]));
}

async function writeComparison(db: AnyPgDatabase, row: ComparisonWrite): Promise<WriteResult> {
  const ids = sql.join(
    row.interactionIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const idArray = sql`array[${ids}]::text[]`;
  const count = row.interactionIds.length;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    with picked as (
      select count(*)::int as n,
             count(distinct profile)::int as distinct_profiles,
             array_agg(profile order by profile) as profiles,
             case when count(distinct language) = 1 then min(language) end as language,
             count(distinct user_hash)::int as users,
             min(user_hash) as user_hash,
             min(session_id) as session_id
      from interactions where id in (${ids})
    )
    insert into comparisons (id, user_hash, session_id, interaction_ids, profiles, preferred_profile, language,
                             home, home_country, home_culture, blind, shown_order, created_at, synthetic)
    select ${row.id}, coalesce(p.user_hash, ${textParam(row.userHash)}), coalesce(${textParam(row.sessionId)}, p.session_id),
           ${idArray}, p.profiles, ${textParam(row.preferredProfile)}, p.language,
           coalesce(s.home_culture, s.home_country), s.home_country, s.home_culture,
           ${row.blind ?? false}, ${
             row.shownOrder
               ? sql`array[${sql.join(
                   row.shownOrder.map((id) => sql`${id}`),
                   sql`, `,
                 )}]::text[]`
               : sql`null`
           },
           ${at(row.at)}, ${row.synthetic ?? false}
    from picked p
    left join sessions s on s.id = coalesce(${textParam(row.sessionId)}, p.session_id)
    where p.n = ${count} and p.distinct_profiles = ${count} and p.users <= 1
      and (p.user_hash is null or ${textParam(row.userHash)} is null or p.user_hash = ${textParam(row.userHash)})
      and (${textParam(row.preferredProfile)} is null or ${textParam(row.preferredProfile)} = any(p.profiles))
    on conflict (id) do nothing
    returning id`,
  );
  if (rows.length > 0) return "created";
  const existing = await queryRows(db, sql`select 1 from comparisons where id = ${row.id}`);
  return existing.length > 0 ? "duplicate" : "skipped";
}

async function writeCheckin(db: AnyPgDatabase, row: CheckinWrite): Promise<WriteResult> {
  const latestProfile: SQL = sql`(select i.profile from interactions i where i.session_id = ${row.sessionId}
                                  order by i.created_at desc limit 1)`;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    insert into checkins (id, session_id, user_hash, phase, distress, profile, home, created_at, synthetic)
    select ${row.id}, ${row.sessionId}, coalesce(s.user_hash, ${textParam(row.userHash)}), ${row.phase}, ${row.distress}::smallint,
           coalesce(${textParam(row.profile)}, ${latestProfile}), coalesce(s.home_culture, s.home_country),
           ${at(row.at)}, ${row.synthetic ?? false}
    from (select 1) as one
    left join sessions s on s.id = ${row.sessionId}
    where s.user_hash is null or s.user_hash = ${textParam(row.userHash)}
    on conflict (id) do nothing
    returning id`,
  );
  if (rows.length > 0) return "created";
  const existing = await queryRows(db, sql`select 1 from checkins where id = ${row.id}`);
  return existing.length > 0 ? "duplicate" : "skipped";
}
