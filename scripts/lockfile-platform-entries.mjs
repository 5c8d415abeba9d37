#!/usr/bin/env node
/**
 * Keeps package-lock.json usable by `npm ci` everywhere. node-llama-cpp lists prebuilt binaries for
 * every platform as optional dependencies; a registry mirror that only carries this platform's
 * packages makes `npm install` drop the others from the lock, and `npm ci` then refuses the lock as
 * out of sync. This adds the missing entries with their os/cpu, so npm skips them on other platforms
 * without ever fetching them. Run it after `npm install` changes the lock: node scripts/lockfile-platform-entries.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";

const PLATFORM = {
  "linux-arm64": { os: ["linux"], cpu: ["arm64"] },
  "linux-armv7l": { os: ["linux"], cpu: ["arm"] },
  "linux-riscv64": { os: ["linux"], cpu: ["riscv64"] },
  "linux-x64": { os: ["linux"], cpu: ["x64"] },
  "linux-x64-cuda": { os: ["linux"], cpu: ["x64"] },
  "linux-x64-cuda-ext": { os: ["linux"], cpu: ["x64"] },
  "linux-x64-vulkan": { os: ["linux"], cpu: ["x64"] },
  "mac-arm64-metal": { os: ["darwin"], cpu: ["arm64"] },
  "mac-x64": { os: ["darwin"], cpu: ["x64"] },
  "win-arm64": { os: ["win32"], cpu: ["arm64"] },
  "win-x64": { os: ["win32"], cpu: ["x64"] },
  "win-x64-cuda": { os: ["win32"], cpu: ["x64"] },
  "win-x64-cuda-ext": { os: ["win32"], cpu: ["x64"] },
  "win-x64-vulkan": { os: ["win32"], cpu: ["x64"] },
};

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const llama = lock.packages["node_modules/node-llama-cpp"];
let added = 0;
for (const [name, version] of Object.entries(llama?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const platform = PLATFORM[name.replace("@node-llama-cpp/", "")];
  if (!platform) throw new Error(`no platform known for ${name}; add it to PLATFORM`);
  lock.packages[key] = { version, license: "MIT", optional: true, ...platform, engines: { node: ">=20.0.0" } };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `added ${added} platform entries to package-lock.json` : "package-lock.json already lists every platform");
