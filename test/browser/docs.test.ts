import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openPage, screenshot, startWebGateway, type WebGateway } from "../helpers/browser.ts";

/**
 * /docs in a real browser: Scalar's reference, served by the gateway itself, renders the OpenAPI document
 * with nothing fetched from off this machine, and the documented example, tried from the page, is answered.
 */
let web: WebGateway;
let browser: Browser;

beforeAll(async () => {
  web = await startWebGateway();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await web?.close();
});

describe("/docs", () => {
  it("renders the interactive reference offline and tries a request against this gateway", async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await page.goto(`${web.url}/docs`);
      await page.getByText("Chat completion routed by culture profile and language").first().waitFor({ timeout: 30_000 });
      await page.getByText("Liveness").first().waitFor();
      await screenshot(page, "docs");
      // "Test Request" opens the client with the documented example (a Korean message on glocal/kr); Send posts it here.
      const answered = page.waitForResponse((r) => r.url() === `${web.url}/v1/chat/completions` && r.request().method() === "POST", { timeout: 60_000 });
      await page.locator("button", { hasText: "Test Request" }).filter({ hasText: "post /v1/chat/completions" }).first().click();
      await page.locator("button", { hasText: "Send Request" }).first().click();
      const response = await answered;
      expect(response.status()).toBe(200);
      expect(JSON.parse(response.request().postData() ?? "{}")).toMatchObject({ model: "glocal/kr" });
      expect(((await response.json()) as { glocal: { profile: string } }).glocal.profile).toBe("kr");
      await screenshot(page, "docs-try-chat");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
