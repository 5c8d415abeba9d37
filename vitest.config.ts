import { defineConfig } from "vitest/config";

/*
 * Two projects. "unit": pure tests (no server, database, model or browser), run in parallel, in seconds;
 * `npm run test:unit` runs only these for the inner loop. "integration": everything else (real servers
 * on loopback, llama.cpp, PGlite and Postgres, chromium), one file at a time: they are CPU-heavy, and
 * on a few cores parallel files only fight each other. A new test file is an integration test until it
 * is listed here as a unit test, so nothing heavy ever runs in parallel by accident.
 */
const UNIT_TESTS = [
  "test/catalog.test.ts",
  "test/chat-errors.test.ts",
  "test/eval-api-counts.test.ts",
  "test/experiment.test.ts",
  "test/language.test.ts",
  "test/language-lexicon.test.ts",
  "test/language-word-lists.test.ts",
  "test/lockfile.test.ts",
  "test/profiles-content.test.ts",
  "test/profiles-lenses.test.ts",
  "test/profiles-prompt.test.ts",
  "test/profiles.test.ts",
  "test/ratings-privacy.test.ts",
  "test/routing.test.ts",
  "test/safety-guard.test.ts",
  "test/safety-probes.test.ts",
  "test/safety-resources.test.ts",
  "test/safety.test.ts",
  "test/stats.test.ts",
  "test/stats-resample-sum.test.ts",
  "test/stigma-answers.test.ts",
  "test/browser/web-units.test.ts",
];

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // The quick unit batch first, then the integration files, so they never compete for the cores.
    projects: [
      { extends: true, test: { name: "unit", include: UNIT_TESTS, sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: "integration", include: ["test/**/*.test.ts"], exclude: UNIT_TESTS, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
