import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // llama.cpp and the real servers are CPU-heavy; on 2 cores parallel files only fight each other.
    fileParallelism: false,
    pool: "forks",
  },
});
