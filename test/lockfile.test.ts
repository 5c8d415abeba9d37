import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/project-root.ts";

describe("package-lock.json", () => {
  it("lists every node-llama-cpp platform binary, so `npm ci` accepts it on any machine", () => {
    const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const wanted = Object.keys(lock.packages["node_modules/node-llama-cpp"]?.optionalDependencies ?? {});
    expect(wanted.length).toBeGreaterThan(0);
    const missing = wanted.filter((name) => !lock.packages[`node_modules/${name}`]);
    // Fix with: node scripts/lockfile-platform-entries.mjs
    expect(missing).toEqual([]);
  });
});
