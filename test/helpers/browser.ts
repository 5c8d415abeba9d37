import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { Config } from "../../src/config.ts";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import { startTestGateway, type TestGateway } from "./gateway.ts";

/** Debian's chromium; tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Screenshots land here (git-ignored) for people to look at. */
export const ARTIFACTS_DIR = join(PROJECT_ROOT, "test-artifacts");

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/**
 * Headless chromium with its background networking off: on a closed network the component updater,
 * sync and QUIC probes would otherwise fail loudly. launch() gives it a fresh, empty user-data-dir.
 */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH; never "npx playwright install"`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and requests off this machine seen so far. */
  errors: string[];
}

/** A page in a fresh context (empty storage) that records every console error and page error. */
export async function openPage(browser: Browser, options: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    locale: options.locale ?? "en-US",
    acceptDownloads: true,
  });
  const errors: string[] = [];
  // The pages must work offline: any request off this machine (a CDN, a font, a tracker) is refused and reported.
  await context.route("**/*", (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    if (protocol === "blob:" || protocol === "data:" || hostname === "127.0.0.1" || hostname === "localhost") return route.continue();
    errors.push(`offsite request: ${route.request().url()}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface WebGateway {
  gateway: TestGateway;
  /** Where the pages are served. */
  url: string;
  close(): Promise<void>;
}

/** The real gateway on loopback, serving the pages itself. */
export async function startWebGateway(config: Partial<Config> = {}): Promise<WebGateway> {
  const gateway = await startTestGateway({ config: { GLOCAL_OFFLINE: true, ...config } });
  return { gateway, url: gateway.url, close: () => gateway.close() };
}
