/**
 * npm run export:finetune -- --profile kr --min-rating 4 [--item fits_culture] [--out file.jsonl]
 *
 * Writes the fine-tuning dataset for one culture profile: JSONL in the OpenAI chat format, from
 * interactions whose text was stored with consent and that were rated at least --min-rating.
 * Synthetic rows are never exported. Prints how many were exported and why the others were not;
 * never prints message text.
 */
import { open } from "node:fs/promises";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { RATING_ITEM_KEYS, type RatingItemKey } from "../src/profiles/schema.ts";
import { UsageError, connectConfigured, describeDatabase, parseWholeNumber, runTool, toolSettings } from "../src/report/cli.ts";
import { SKIP_REASONS, exportFinetune, type SkipReason } from "../src/export/export.ts";
import { readProfiles } from "../src/report/profiles-node.ts";

await runTool(async () => {
  const { values } = parseArgs({
    options: {
      profile: { type: "string" },
      "min-rating": { type: "string" },
      item: { type: "string" },
      out: { type: "string" },
    },
    strict: true,
  });
  const settings = toolSettings();
  const known = readProfiles(settings.profilesDir).map((profile) => profile.id);
  const profile = values.profile;
  if (!profile) throw new UsageError(`--profile is required; one of: ${known.join(", ")}`);
  if (!known.includes(profile)) throw new UsageError(`unknown profile "${profile}"; one of: ${known.join(", ")}`);
  const minRating = parseWholeNumber(values["min-rating"], "--min-rating", 4, 1);
  if (minRating > 5) throw new UsageError("--min-rating must be 1–5");
  const item = values.item as RatingItemKey | undefined;
  if (item !== undefined && !RATING_ITEM_KEYS.includes(item)) throw new UsageError(`--item must be one of ${RATING_ITEM_KEYS.join(", ")}`);
  const outFile = resolve(values.out ?? join(settings.dataDir.startsWith("memory://") ? "." : settings.dataDir, "exports", `finetune-${profile}.jsonl`));

  mkdirSync(dirname(outFile), { recursive: true });
  const connection = await connectConfigured(settings);
  // Conversation text is sensitive: the file is readable by its owner only.
  const file = await open(outFile, "w", 0o600);
  try {
    const counts = await exportFinetune(connection.db, { profile, minRating, item }, async (lines) => {
      await file.write(`${lines.join("\n")}\n`);
    });
    const rule = item ? `${item} ≥ ${minRating}` : `every answered item ≥ ${minRating}`;
    console.error(`read ${describeDatabase(settings)}; profile ${profile}; rule: ${rule} in every rating`);
    console.error(`exported ${counts.exported} of ${counts.interactions} interactions to ${outFile}`);
    for (const reason of Object.keys(SKIP_REASONS) as SkipReason[]) {
      if (counts.skipped[reason] > 0) console.error(`  skipped ${counts.skipped[reason]}: ${SKIP_REASONS[reason]}`);
    }
    if (counts.exported === 0) console.error("nothing to train on yet: the file is empty");
  } finally {
    await file.close();
    await connection.close();
  }
});
