import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../../src/project-root.ts";

/**
 * `wrangler dev` on the project's wrangler.toml: the Worker in a local workerd on a loopback port, no
 * Cloudflare account. Every call home is switched off, because the test machine has no internet and
 * a waiting request would only slow start-up: usage metrics and error reports, the update check that
 * comes with the banner, and the download of the `Request.cf` object (a placeholder is used instead).
 */
export interface WranglerDev {
  url: string;
  /** Everything wrangler and the Worker printed, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

/**
 * The project's wrangler.toml with the prebuilt module taken from `prebuiltDir` instead of dist/worker/
 * (wrangler dev ignores --alias on the command line), written into that directory; everything else
 * (entry, compatibility date and flags, vars, the Hyperdrive binding) is the project's own.
 */
export function wranglerConfigFor(prebuiltDir: string): string {
  const project = readFileSync(join(PROJECT_ROOT, "wrangler.toml"), "utf8");
  const fromThere = relative(prebuiltDir, PROJECT_ROOT) || ".";
  const config = project
    .replace(/^main = "(.+)"$/m, (_, main: string) => `main = "${fromThere}/${main}"`)
    .replace(/^"glocal-prebuilt" = ".+"$/m, `"glocal-prebuilt" = "./prebuilt.js"`);
  if (!/^main = "\.\./m.test(config) || !config.includes(`"glocal-prebuilt" = "./prebuilt.js"`)) {
    throw new Error("wrangler.toml no longer has the `main` and glocal-prebuilt alias lines this helper rewrites");
  }
  const file = join(prebuiltDir, "wrangler.toml");
  writeFileSync(file, config);
  return file;
}

export async function startWranglerDev(options: {
  /** `--var NAME:VALUE` bindings (vars and secrets alike, as in .dev.vars). */
  vars: Record<string, string>;
  /** Extra process environment (e.g. the Hyperdrive local connection string). */
  env?: Record<string, string>;
  /** A wrangler config other than the project's wrangler.toml (`--config`). */
  config?: string;
  /** Local state (wrangler's cache and persistence) goes here. */
  stateDir: string;
  timeoutMs?: number;
}): Promise<WranglerDev> {
  const args = [
    "dev",
    "--local",
    "--ip",
    "127.0.0.1",
    "--port",
    "0",
    "--inspector-port",
    "0",
    "--persist-to",
    options.stateDir,
    "--show-interactive-dev-session=false",
    "--log-level",
    "info",
  ];
  for (const [name, value] of Object.entries(options.vars)) args.push("--var", `${name}:${value}`);
  if (options.config) args.push("--config", options.config);
  const child: ChildProcess = spawn(join(PROJECT_ROOT, "node_modules", ".bin", "wrangler"), args, {
    cwd: PROJECT_ROOT,
    detached: true, // its own process group: close() ends wrangler and the workerd it started
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      CI: "true",
      WRANGLER_SEND_METRICS: "false",
      WRANGLER_SEND_ERROR_REPORTS: "false",
      WRANGLER_HIDE_BANNER: "true",
      CLOUDFLARE_CF_FETCH_ENABLED: "false",
      // wrangler writes a debug log per run; keep it with the state, not in the home directory.
      WRANGLER_LOG_PATH: options.stateDir,
      ...options.env,
    },
  });
  let output = "";
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    // wrangler shuts workerd down on Ctrl-C; whatever is left of the group is killed after a grace period.
    process.kill(-child.pid, "SIGINT");
    const pid = child.pid;
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  const url = await new Promise<string>((resolve, reject) => {
    const fail = (message: string) => {
      clearTimeout(timer);
      void stop().finally(() => reject(new Error(`${message}:\n${output}`)));
    };
    const timer = setTimeout(() => fail("wrangler dev did not get ready in time"), options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const ready = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => fail(`wrangler dev exited (${code}) before it was ready`));
  });
  return {
    url,
    output: () => output,
    close: stop,
  };
}
