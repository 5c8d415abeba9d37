/**
 * npm run eval:report [-- --from 2025-01-01 --to 2025-07-01 --out report.html --include-synthetic --seed N]
 *
 * Writes a self-contained HTML report (inline SVG plots, no network) and one CSV per figure next to it,
 * from the configured database (DATABASE_URL, else PGlite under GLOCAL_DATA_DIR).
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { storeOver } from "../src/store/open.ts";
import { UsageError, connectConfigured, describeDatabase, parseInstant, parseWholeNumber, runTool, toolSettings } from "../src/report/cli.ts";
import { generateReport } from "../src/report/generate.ts";
import { englishInstrument, profileCountries, readProfiles } from "../src/report/profiles-node.ts";

await runTool(async () => {
  const { values } = parseArgs({
    options: {
      from: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      "include-synthetic": { type: "boolean", default: false },
      seed: { type: "string" },
    },
    strict: true,
  });
  const from = parseInstant(values.from, "--from");
  const to = parseInstant(values.to, "--to");
  if (from && to && from >= to) throw new UsageError("--from must be earlier than --to");
  const settings = toolSettings();
  const outFile = resolve(values.out ?? join(settings.dataDir.startsWith("memory://") ? "." : settings.dataDir, "reports", "eval-report.html"));
  const profiles = readProfiles(settings.profilesDir);

  const connection = await connectConfigured(settings);
  const store = storeOver(connection.db, connection.driver, connection.close);
  try {
    const started = performance.now();
    const result = await generateReport({
      store,
      profiles: profileCountries(profiles),
      labels: englishInstrument(profiles),
      filter: { from, to, includeSynthetic: values["include-synthetic"] },
      seed: values.seed === undefined ? undefined : parseWholeNumber(values.seed, "--seed", 0),
      outFile,
    });
    console.error(`read ${describeDatabase(settings)}; synthetic rows ${values["include-synthetic"] ? "INCLUDED" : "excluded"}`);
    console.error(
      `${result.data.byProfile.n_ratings} ratings, ${result.data.pairwise.n_comparisons_submitted} comparisons, ` +
        `${result.data.distress.n_sessions} sessions with check-ins`,
    );
    for (const figure of result.figures) console.error(`  ${figure.id}: ${figure.drawn ? "drawn" : "no data"}, ${figure.rows} rows`);
    if (result.chartWarnings.length > 0) console.error(`chart layout warnings: ${[...new Set(result.chartWarnings)].join("; ")}`);
    console.error(`report: ${result.htmlFile}`);
    for (const file of result.csvFiles) console.error(`csv:    ${file}`);
    console.error(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
  }
});
