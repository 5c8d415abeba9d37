/**
 * npm run eval:seed -- --n 100000 [--seed 1] [--replace] [--start 2025-01-01 --days 365]
 *
 * Fills the configured database (DATABASE_URL, else PGlite under GLOCAL_DATA_DIR) with synthetic but
 * realistic rows for demos and benchmarks: --n ratings, plus the interactions, sessions, comparisons
 * and check-ins around them. Every row is marked synthetic; reports and evaluator queries leave them
 * out unless asked. The same --seed gives the same rows; re-running adds nothing.
 */
import { parseArgs } from "node:util";
import { UsageError, connectConfigured, describeDatabase, parseInstant, parseWholeNumber, runTool, toolSettings } from "../src/report/cli.ts";
import { readProfiles, seedProfiles } from "../src/report/profiles-node.ts";
import { DEFAULT_SEED_DAYS, DEFAULT_SEED_START } from "../src/seed/generate.ts";
import { deleteSynthetic, seedSynthetic } from "../src/seed/insert.ts";

await runTool(async () => {
  const { values } = parseArgs({
    options: {
      n: { type: "string" },
      seed: { type: "string" },
      replace: { type: "boolean", default: false },
      start: { type: "string" },
      days: { type: "string" },
      batch: { type: "string" },
    },
    strict: true,
  });
  if (values.n === undefined) throw new UsageError("--n <ratings> is required, e.g. npm run eval:seed -- --n 100000");
  const ratings = parseWholeNumber(values.n, "--n", 0, 1);
  const seed = parseWholeNumber(values.seed, "--seed", 1);
  if (seed > 0xffff_ffff) throw new UsageError("--seed must be below 2^32");
  const start = parseInstant(values.start, "--start") ?? DEFAULT_SEED_START;
  const days = parseWholeNumber(values.days, "--days", DEFAULT_SEED_DAYS, 1);
  const batchRatings = parseWholeNumber(values.batch, "--batch", 5000, 100);

  const settings = toolSettings();
  const profiles = seedProfiles(readProfiles(settings.profilesDir));
  const connection = await connectConfigured(settings);
  try {
    console.error(`seeding ${describeDatabase(settings)}: ${ratings.toLocaleString("en-US")} synthetic ratings, seed ${seed}`);
    if (values.replace) {
      const deleted = await deleteSynthetic(connection.db);
      console.error(`deleted earlier synthetic rows: ${JSON.stringify(deleted)}`);
    }
    let lastShown = 0;
    const result = await seedSynthetic(connection.db, {
      ratings,
      seed,
      profiles,
      start,
      days,
      batchRatings,
      // Postgres takes batches on several connections at once; PGlite has a single one.
      concurrency: connection.driver === "postgres" ? 3 : 1,
      onProgress: ({ ratings: done, target, elapsedMs }) => {
        if (done - lastShown < target / 50 && done < target) return;
        lastShown = done;
        const rate = done / Math.max(elapsedMs / 1000, 1e-3);
        process.stderr.write(
          `  ${done.toLocaleString("en-US")} / ${target.toLocaleString("en-US")} ratings (${((100 * done) / target).toFixed(0)} %), ` +
            `${Math.round(rate).toLocaleString("en-US")} ratings/s\n`,
        );
      },
    });
    const seconds = result.elapsedMs / 1000;
    console.error(`done in ${seconds.toFixed(1)} s (${Math.round(result.generated.ratings / seconds).toLocaleString("en-US")} ratings/s)`);
    console.error(`generated: ${JSON.stringify(result.generated)}`);
    const already = Object.values(result.generated).reduce((a, b) => a + b, 0) - Object.values(result.inserted).reduce((a, b) => a + b, 0);
    console.error(
      `inserted:  ${JSON.stringify(result.inserted)}${already > 0 ? ` (${already} rows were already there from an earlier run with this seed)` : ""}`,
    );
    console.error("every row is synthetic = true; include them in a report with: npm run eval:report -- --include-synthetic");
  } finally {
    await connection.close();
  }
});
