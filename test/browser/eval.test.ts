import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../src/report/csv.ts";
import { en } from "../../src/web/locales/en.ts";
import { launchChromium, openPage, screenshot, startWebGateway, type WatchedPage, type WebGateway } from "../helpers/browser.ts";

/**
 * The evaluator page in a real browser: the key prompt, a wrong key, the figures drawn from data put
 * in through the public API, filters, and the CSV download. Fails on any unexpected console error.
 */
const EVALUATOR_KEY = "browser-test-evaluator-key-0123456789";

let web: WebGateway;
let browser: Browser;
let current: WatchedPage | undefined;
/** Console errors a test expects (a refused key makes the browser log the 403s). */
let expectedErrors: RegExp[] = [];

interface Answered {
  interaction_id: string;
  rating_token: string;
  profile: string;
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${web.gateway.url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** One person's session through the public API: home culture, check-ins, answers, ratings, a comparison. */
async function session(user: string, home: string, ratings: Record<string, number>, preferred: string, distress: [number, number]) {
  const id = `eval-${user}`;
  await api("PUT", `/v1/sessions/${id}`, { user, home_culture: home });
  await api("POST", `/v1/sessions/${id}/checkins`, { user, before: distress[0], profile: home });
  const message = [{ role: "user", content: "I have been feeling very low and alone" }];
  const compared = await api<{ answers: { profile: string; glocal: Answered }[] }>("POST", "/v1/chat/compare", {
    messages: message,
    profiles: Object.keys(ratings),
    user,
    session_id: id,
  });
  for (const answer of compared.answers) {
    await api("POST", "/v1/ratings", {
      interaction_id: answer.glocal.interaction_id,
      rating_token: answer.glocal.rating_token,
      user,
      items: { fits_culture: ratings[answer.profile], understood: ratings[answer.profile] },
    });
  }
  await api("POST", "/v1/comparisons", {
    interactions: compared.answers.map((a) => ({ interaction_id: a.glocal.interaction_id, rating_token: a.glocal.rating_token })),
    preferred,
    user,
    session_id: id,
  });
  await api("POST", `/v1/sessions/${id}/checkins`, { user, after: distress[1], profile: home });
}

beforeAll(async () => {
  web = await startWebGateway({ GLOCAL_EVALUATOR_KEY: EVALUATOR_KEY });
  browser = await launchChromium();
  await session("eval-a", "kr", { kr: 5, ng: 3 }, "kr", [7, 4]);
  await session("eval-b", "kr", { kr: 4, ng: 2 }, "kr", [6, 5]);
  await session("eval-c", "ng", { ng: 5, kr: 3 }, "ng", [5, 2]);
  await session("eval-d", "ng", { ng: 4, kr: 4 }, "tie", [8, 8]);
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

afterEach(async () => {
  const errors = (current?.errors ?? []).filter((error) => !expectedErrors.some((pattern) => pattern.test(error)));
  await current?.context.close();
  current = undefined;
  expectedErrors = [];
  expect(errors, "console errors in the page").toEqual([]);
});

async function openEval(): Promise<Page> {
  current = await openPage(browser);
  await current.page.goto(`${web.url}/eval`);
  await current.page.locator("#key-form").waitFor();
  return current.page;
}

async function enterKey(page: Page, key: string): Promise<void> {
  await page.locator("#eval-key").fill(key);
  await page.locator("#eval-key-submit").click();
}

describe("evaluator page", () => {
  it("asks for the key and requests nothing from the evaluator endpoints without it", async () => {
    const page = await openEval();
    const evalRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/v1/eval/")) evalRequests.push(request.url());
    });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("eval-key");
    expect(await page.locator("#eval-key").getAttribute("type")).toBe("password");
    await page.reload();
    await page.locator("#key-form").waitFor();
    expect(await page.locator("section.report").count()).toBe(0);
    expect(evalRequests).toEqual([]);
  });

  it("refuses a wrong key, forgets it, and asks again", async () => {
    const page = await openEval();
    expectedErrors = [/status of 403 .*\/v1\/eval\//];
    await enterKey(page, "not-the-evaluator-key-at-all");
    await page.locator("#key-error").waitFor();
    expect(await page.locator("section.report").count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem("glocal.evaluatorKey"))).toBeNull();
    expect(current?.errors.length).toBeGreaterThan(0); // the 403s were really answered
  });

  it("says so when the gateway has no evaluator key configured", async () => {
    const keyless = await startWebGateway();
    try {
      current = await openPage(browser);
      expectedErrors = [/status of 403 .*\/v1\/eval\//];
      await current.page.goto(`${keyless.url}/eval`);
      await enterKey(current.page, "any-key-at-all-0123456789");
      await current.page.locator("#key-error").waitFor();
      expect(await current.page.locator("#key-error").textContent()).toBe(en.eval_disabled);
    } finally {
      await keyless.close();
    }
  });

  it("shows the report's figures with sample-size warnings, filters, and a CSV download; the key stays in this tab only", async () => {
    const page = await openEval();
    await enterKey(page, EVALUATOR_KEY);
    await page.locator("#chart-ratings[data-drawn=true] svg").waitFor({ timeout: 30_000 });
    for (const id of ["within-home", "heatmap", "ratings", "distribution", "pairwise", "distress"]) {
      expect(await page.locator(`#chart-${id} svg`).count(), id).toBe(1);
    }
    // Four people rated each of kr and ng: far under the power threshold, and the page says so.
    expect(await page.locator("#power-warning").textContent()).toMatch(/100/);
    const ratingRows = await page.locator("#ratings tbody tr").allTextContents();
    expect(ratingRows.some((row) => row.includes("(kr)") && row.includes("4"))).toBe(true);
    expect(await page.locator("#ratings .small-sample").count()).toBeGreaterThan(0);
    const pairwise = await page.locator("#pairwise tbody tr").allTextContents();
    expect(pairwise).toHaveLength(2);
    await screenshot(page, "eval-desktop");

    // CSV: the same table the report writes, downloaded from the page.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#ratings a[download]").click()]);
    const csv = parseCsv(readFileSync((await download.path()) as string, "utf8"));
    expect(csv[0]).toEqual(["profile", "item", "n", "mean", "ci95_lower", "ci95_upper", "median", "underpowered"]);
    const krFit = csv.find((row) => row[0] === "kr" && row[1] === "fits_culture");
    expect(krFit?.[2]).toBe("4");
    expect(Number(krFit?.[3])).toBeCloseTo((5 + 4 + 3 + 4) / 4, 10);

    // The profile filter narrows every figure to one profile.
    await page.locator("#filter-profile").selectOption("ng");
    await page.locator("#filter-apply").click();
    await expect.poll(async () => (await page.locator("#ratings tbody tr").allTextContents()).every((row) => row.includes("(ng)"))).toBe(true);
    expect(await page.locator("#pairwise tbody tr").count()).toBe(1);

    // The key lives in session storage only: it survives a reload of this tab, never reaches local storage.
    expect(await page.evaluate(() => sessionStorage.getItem("glocal.evaluatorKey"))).toBe(EVALUATOR_KEY);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(EVALUATOR_KEY);
    await page.reload();
    await page.locator("#chart-ratings svg").waitFor({ timeout: 30_000 });
    await page.locator("#forget-key").click();
    await page.locator("#key-form").waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("glocal.evaluatorKey"))).toBeNull();
  });
});
