import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resourcesFor } from "../../src/safety/crisis-resources.ts";
import { DESKTOP, PHONE, launchChromium, openPage, screenshot, startWebGateway, type WatchedPage, type WebGateway } from "../helpers/browser.ts";

/**
 * The playground in a real browser (Debian's chromium through playwright-core) against the real
 * gateway on the generated demo model. Every test fails on any console error or uncaught exception.
 */
let web: WebGateway;
let browser: Browser;
let current: WatchedPage | undefined;

const ALL_RATINGS = { includeSynthetic: false } as const;

beforeAll(async () => {
  web = await startWebGateway();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await web?.close();
});

afterEach(async () => {
  const errors = current?.errors ?? [];
  await current?.context.close();
  current = undefined;
  expect(errors, "console errors in the page").toEqual([]);
});

async function open(options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  current = await openPage(browser, options);
  await current.page.goto(`${web.url}/`);
  await current.page.locator("#composer").waitFor();
  return current.page;
}

/** Pick a profile as a person would: open the folded list, tap the card; the list folds away again. */
async function chooseProfile(page: Page, id: string): Promise<void> {
  if ((await page.locator("#picker").getAttribute("open")) === null) await page.locator("#picker-summary").click();
  await page.locator(`label[for="profile-${id}"]`).click();
  await expect.poll(() => page.locator(`#profile-${id}`).isChecked()).toBe(true);
  expect(await page.locator("#picker").getAttribute("open")).toBeNull();
}

/** The top and bottom of an element relative to the first screen, without scrolling. */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return window.scrollY === 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

/** Send a message and wait until its answer has finished streaming; returns the answer's turn. */
async function send(page: Page, text: string) {
  const before = await page.locator(".turn.answer").count();
  await page.locator("#message").fill(text);
  await page.locator("#send").click();
  const answer = page.locator(".turn.answer").nth(before);
  await expect.poll(() => answer.getAttribute("class"), { timeout: 30_000 }).toMatch(/\b(done|failed)\b/);
  expect(await answer.getAttribute("class")).toContain("done");
  return answer;
}

async function profileJson(id: string) {
  const response = await fetch(`${web.gateway.url}/v1/profiles/${id}`);
  return (await response.json()) as { disclosure: Record<string, string>; ratingItems: Record<string, { fits_culture: string }> };
}

describe("playground", () => {
  it("walks a full chat on the demo model: check-in, two turns, metadata, check-out, remembered choice", async () => {
    const page = await open();
    await chooseProfile(page, "kr");
    // The page speaks the profile's language and shows its AI disclosure from profile data.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("ko");
    const kr = await profileJson("kr");
    expect(await page.locator("#disclosure").textContent()).toBe(kr.disclosure.ko);

    await page.locator('label[for="checkin-before-6"]').click();
    await page.locator("#checkin-before-save").click();
    await page.locator("#checkin-before[role=status]").waitFor();

    const first = await send(page, "요즘 너무 지쳐요. 잠도 잘 못 자요.");
    expect((await first.locator(".text").textContent())?.length).toBeGreaterThan(0);
    expect(await first.locator(".fact-language").textContent()).toContain("(ko)");
    expect(await first.locator(".fact-model bdi").textContent()).toBe("glocal-demo");
    expect(await first.locator(".badge.demo").count()).toBe(1);
    expect(await first.locator(".badge.other-culture").count()).toBe(0);
    await first.locator(".route summary").click();
    expect(await first.locator(".route li.step-selected bdi").textContent()).toBe("glocal-demo");
    expect(await first.locator(".route li.step-skipped").count()).toBeGreaterThan(0);

    await send(page, "회사 일 때문에 너무 힘들어요");
    expect(await page.locator(".turn.user").count()).toBe(2);
    expect(await page.locator(".turn.answer.done").count()).toBe(2);

    await page.locator("#end-session").click();
    const after = page.locator(".checkin-turn");
    await after.locator('label[for$="-3"]').click();
    await after.locator('button[type="submit"]').click();
    await after.locator("[role=status]").waitFor();

    await expect.poll(async () => web.gateway.store.distressCounts(ALL_RATINGS)).toContainEqual({ profile: "kr", before: 6, after: 3, count: 1 });
    await screenshot(page, "playground-desktop-kr");

    // The choice of profile and lens survives a reload; the conversation does not (it is never stored).
    await page.locator("#lens").selectOption("faith");
    await page.reload();
    await page.locator("#composer").waitFor();
    // A returning visitor sees the chosen profile named, with the list folded away.
    expect(await page.locator("#picker").getAttribute("open")).toBeNull();
    expect(await page.locator("#picker-summary").textContent()).toContain("대한민국");
    expect(await page.locator("#profile-kr").isChecked()).toBe(true);
    expect(await page.locator("#lens").inputValue()).toBe("faith");
    expect(await page.locator(".turn").count()).toBe(0);
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(stored).not.toContain("지쳐요");
  });

  it("rates an answer with the items in the user's language, and the rating reaches the database", async () => {
    const page = await open();
    await chooseProfile(page, "kr");
    await page.locator("#home").selectOption("kr");
    const answer = await send(page, "가족하고 이야기하기가 어려워요");
    const form = answer.locator("form.rating");
    const kr = await profileJson("kr");
    expect(await form.locator("legend").first().textContent()).toBe(kr.ratingItems.ko?.fits_culture);

    const choices = { fits_culture: 4, understood: 5, would_work: 2, natural_language: 3 } as const;
    for (const [item, value] of Object.entries(choices)) await form.locator(`label[for$="-${item}-${value}"]`).click();
    await form.locator("textarea").fill("조금 더 따뜻했으면 좋겠어요");
    await form.locator('button[type="submit"]').click();
    await answer.locator(".rating-done").waitFor();

    const rows = await web.gateway.store.ratingCounts(ALL_RATINGS, ["profile", "home"]);
    const kr_row = rows.find((row) => row.key.profile === "kr" && row.key.home === "kr");
    expect(kr_row?.n).toBe(1);
    for (const [item, value] of Object.entries(choices)) {
      const counts = kr_row?.counts[item as keyof typeof choices] ?? [];
      expect(counts[value - 1], item).toBe(1);
      expect(
        counts.reduce((a, b) => a + b, 0),
        item,
      ).toBe(1);
    }
  });

  it("tries another culture side by side, records the preferred answer, and rates both", async () => {
    const page = await open();
    await chooseProfile(page, "kr");
    await send(page, "요즘 너무 외로워요");
    await page.locator("#try-other").click();
    await page.locator('label[for="compare-ng"]').click();
    // Open mode: the person asks to see the names while choosing.
    expect(await page.locator("#compare-blind").isChecked()).toBe(true);
    await page.locator("#compare-blind").uncheck();
    await page.locator("#compare-run").click();

    const turn = page.locator(".turn.compare");
    await expect.poll(() => turn.getAttribute("aria-busy"), { timeout: 30_000 }).toBe("false");
    const articles = turn.locator("article.compared");
    expect(await articles.count()).toBe(2);
    const ng = turn.locator('article[id$="-answer-ng"]');
    // Korean written to the Nigerian profile: the route says it is another culture's.
    expect(await ng.locator(".badge.other-culture").count()).toBe(1);
    expect(await turn.locator('article[id$="-answer-kr"] .badge.other-culture').count()).toBe(0);

    await turn.locator('button[id$="-prefer-ng"]').click();
    await turn.locator(".choice-done").waitFor();
    await expect.poll(() => web.gateway.store.comparisonCounts(ALL_RATINGS)).toEqual([{ profiles: ["kr", "ng"], preferred: "ng", blind: false, count: 1 }]);

    for (const [profile, value] of [
      ["kr", 3],
      ["ng", 5],
    ] as const) {
      const form = turn.locator(`article[id$="-answer-${profile}"] form.rating`);
      await form.locator(`label[for$="-fits_culture-${value}"]`).click();
      await form.locator('button[type="submit"]').click();
      await turn.locator(`article[id$="-answer-${profile}"] .rating-done`).waitFor();
    }
    const rows = await web.gateway.store.ratingCounts(ALL_RATINGS, ["profile"]);
    const ngRow = rows.find((row) => row.key.profile === "ng");
    expect(ngRow?.counts.fits_culture[4]).toBe(1);
  });

  it("compares blind by default: shuffled, no profile or model names until the choice is recorded, then the reveal", async () => {
    const page = await open();
    await chooseProfile(page, "kr");
    await send(page, "요즘 너무 외로워요");
    await page.locator("#try-other").click();
    await page.locator('label[for="compare-ng"]').click();
    expect(await page.locator("#compare-blind").isChecked()).toBe(true);
    const compared = page.waitForResponse((response) => response.url().endsWith("/v1/chat/compare"));
    await page.locator("#compare-run").click();
    const response = await compared;
    const raw = await response.text();
    const body = JSON.parse(raw) as { blind: boolean; answers: { position: string; glocal: Record<string, unknown> }[] };
    expect(body.blind).toBe(true);
    expect(body.answers.map((answer) => answer.position)).toEqual(["A", "B"]);
    for (const answer of body.answers) {
      for (const field of ["profile", "model", "backend", "route", "other_culture", "demo", "experiment"])
        expect(answer.glocal, field).not.toHaveProperty(field);
      expect(answer.glocal.risk).toBeDefined();
    }
    expect(raw).not.toContain("glocal-demo");
    expect(Object.keys(response.headers()).filter((name) => name.startsWith("x-glocal"))).toEqual([]);

    const turn = page.locator(".turn.compare");
    await expect.poll(() => turn.getAttribute("aria-busy"), { timeout: 30_000 }).toBe("false");
    const names = await Promise.all(
      ["kr", "ng"].map(async (id) => (await (await fetch(`${web.gateway.url}/v1/profiles/${id}`)).json()) as { name: { native: string; en: string } }),
    );
    const before = (await turn.textContent()) + (await turn.innerHTML());
    for (const name of names) {
      expect(before).not.toContain(name.name.native);
      expect(before).not.toContain(name.name.en);
    }
    expect(before).not.toContain("glocal-demo");
    expect(before).not.toMatch(/answer-(kr|ng)\b/);
    expect(await turn.locator("form.rating").count()).toBe(0); // the rating items would give the profile away

    await turn.locator('button[id$="-prefer-B"]').click();
    await turn.locator(".choice-done").waitFor();
    const after = await turn.textContent();
    for (const name of names) expect(after).toContain(name.name.native);
    expect(after).toContain("glocal-demo");
    expect(await turn.locator("form.rating").count()).toBe(2);

    // Stored as blind, with the order shown; the preferred profile is whichever was shown second.
    const rows = (await web.gateway.store.comparisonCounts(ALL_RATINGS)).filter((row) => row.blind);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ profiles: ["kr", "ng"], blind: true, count: 1 });
    const secondShown = await turn.locator("article.compared").nth(1).getAttribute("id");
    expect(secondShown).toMatch(new RegExp(`-answer-${rows[0]?.preferred}$`));
  });

  it("shows a calm crisis banner with the country's numbers as tel: links", async () => {
    const page = await open();
    await chooseProfile(page, "us");
    await send(page, "I want to kill myself tonight. I can't do this anymore.");
    const banner = page.locator("#crisis");
    await banner.waitFor();
    const expected = [...resourcesFor("US").crisisLines, ...resourcesFor("US").emergency].map((c) => `tel:${c.number.replace(/[^\d+]/g, "")}`);
    const hrefs = await banner.locator("a.tel").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.sort()).toEqual(expected.sort());
    // The banner sits above the conversation, which stays open.
    expect(await page.locator("#message").isEnabled()).toBe(true);
    await screenshot(page, "playground-crisis-us");
  });

  it("renders an Arabic profile right to left", async () => {
    const page = await open();
    await chooseProfile(page, "eg");
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    await send(page, "أنا تعبان قوي اليومين دول");
    // Mirrored layout: the send button sits to the left of the message box, the radio to the right of its label.
    const box = await page.locator("#message").boundingBox();
    const button = await page.locator("#send").boundingBox();
    expect(button && box && button.x + button.width <= box.x + 1).toBe(true);
    await page.locator("#picker-summary").click();
    const radio = await page.locator("#profile-eg").boundingBox();
    const name = await page.locator('label[for="profile-eg"] .native').boundingBox();
    expect(radio && name && radio.x > name.x).toBe(true);
    expect(await page.locator(".turn.answer .fact-language").textContent()).toContain("(ar)");
    await screenshot(page, "playground-rtl-eg");
  });

  it("fits a phone-width screen without sideways scrolling", async () => {
    const page = await open({ viewport: PHONE });
    await chooseProfile(page, "ng");
    await send(page, "I have been feeling so tired and low lately");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const send_ = await page.locator("#send").boundingBox();
    expect(send_ && send_.height >= 44).toBe(true);
    await screenshot(page, "playground-phone-ng");
  });

  it("on a 390 px phone: the message box is in the first screen, and the compact picker finds and picks a profile", async () => {
    const page = await open({ viewport: PHONE });
    // A first visit from an en-US browser starts on the US profile: the summary names it, the list starts with it.
    const us = await profileJson("us");
    expect(await page.locator("#picker-summary").textContent()).toContain((us as unknown as { name: { native: string } }).name.native);
    await page.screenshot({ path: await screenshot(page, "playground-phone-first-screen") });
    expect(await inFirstScreen(page, "#message")).toBe(true);
    expect(await inFirstScreen(page, "#send")).toBe(true);

    await page.locator("#picker-summary").click();
    expect(await page.locator(".profile-option").first().getAttribute("for")).toBe("profile-us");
    // The search narrows the cards to the matching profiles.
    await page.locator("#profile-search").fill("niger");
    const visible = await page.locator(".profile-option:not([hidden])").evaluateAll((labels) => labels.map((l) => l.getAttribute("for")));
    expect(visible).toContain("profile-ng");
    expect(visible.length).toBeLessThan(await page.locator(".profile-option").count());
    await screenshot(page, "playground-phone-picker-search");
    await page.locator('label[for="profile-ng"]').click();

    // Picked: the list folds away, the summary and the chat heading name Nigeria, and the chat is back in view.
    const ng = (await profileJson("ng")) as unknown as { name: { native: string } };
    expect(await page.locator("#picker").getAttribute("open")).toBeNull();
    expect(await page.locator("#picker-summary").textContent()).toContain(ng.name.native);
    expect(await page.locator("#chat-heading").textContent()).toContain(ng.name.native);
    expect(await inFirstScreen(page, "#message")).toBe(true);
    await page.locator("#picker-summary").click();
    expect(await page.locator(".profile-option").first().getAttribute("for")).toBe("profile-ng");
    expect(await page.locator("#profile-ng").isChecked()).toBe(true);
  });

  it("on a desktop the message box is in the first screen too", async () => {
    const page = await open({ viewport: DESKTOP });
    expect(await inFirstScreen(page, "#message")).toBe(true);
    expect(await page.locator("#picker").getAttribute("open")).toBeNull();
    await screenshot(page, "playground-desktop-first-screen");
  });

  it("is usable with the keyboard alone, and every control has a label", async () => {
    const page = await open({ viewport: DESKTOP });
    // Every form control has an accessible name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("input, select, textarea, button")]
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
          return !labelled && !(el.tagName === "BUTTON" && el.textContent?.trim());
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);

    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { id: el?.id ?? "", name: el?.name ?? "", type: el?.type ?? "", cls: el?.className ?? "", form: el?.closest("form")?.className ?? "" };
      });
    /** Press a key until the focused element matches, as a keyboard user would. */
    const pressUntil = async (key: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press(key);
        if (match(await focused())) return;
      }
      throw new Error(`pressing ${key} never reached the control`);
    };

    // The first Tab reaches the skip link, which leads to the message box; Enter sends.
    await page.keyboard.press("Tab");
    expect((await focused()).cls).toContain("skip");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused()).id).toBe("message");
    await page.keyboard.type("I feel lost since I moved here");
    await page.keyboard.press("Enter");
    const answer = page.locator(".turn.answer").first();
    await expect.poll(() => answer.getAttribute("class"), { timeout: 30_000 }).toContain("done");

    // Back into the rating form, pick a point with Space, on to its submit button, Enter.
    await pressUntil("Shift+Tab", (f) => f.type === "radio" && f.form.includes("rating"));
    await page.keyboard.press("Space");
    expect(await answer.locator("form.rating input[type=radio]:checked").count()).toBe(1);
    await pressUntil("Tab", (f) => f.id.endsWith("-rating-submit"));
    await page.keyboard.press("Enter");
    await answer.locator(".rating-done").waitFor();

    // Back to the folded profile list: Enter opens it, Tab passes the search field to the radios, and the
    // arrow keys change the profile with focus staying on the radios (the list stays open for them).
    await pressUntil("Shift+Tab", (f) => f.id === "picker-summary");
    await page.keyboard.press("Enter");
    await pressUntil("Tab", (f) => f.name === "profile");
    const start = (await focused()).id;
    await page.keyboard.press("ArrowDown");
    const moved = await focused();
    expect(moved.name).toBe("profile");
    expect(moved.id).not.toBe(start);
    expect(await page.locator(`#${moved.id}`).isChecked()).toBe(true);
  });

  it("starts over, and deletes the person's data after a confirmation", async () => {
    const page = await open();
    await chooseProfile(page, "br");
    const answer = await send(page, "Estou muito cansado ultimamente");
    await answer.locator('form.rating label[for$="-understood-4"]').click();
    await answer.locator('form.rating button[type="submit"]').click();
    await answer.locator(".rating-done").waitFor();
    const user = await page.evaluate(() => localStorage.getItem("glocal.user"));
    const ratedBy = async () => (await web.gateway.store.ratingCounts(ALL_RATINGS, ["profile"])).find((r) => r.key.profile === "br")?.n ?? 0;
    expect(await ratedBy()).toBe(1);

    await page.locator("#start-over").click();
    expect(await page.locator(".turn").count()).toBe(0);
    expect(await page.locator("#checkin-before input").count()).toBe(11);

    // Cancelling the dialog deletes nothing.
    await page.locator("#delete-data").click();
    await page.locator("#confirm-delete[open]").waitFor();
    await page.keyboard.press("Escape");
    expect(await ratedBy()).toBe(1);

    await page.locator("#delete-data").click();
    await page.locator("#delete-confirm").click();
    await page.locator(".notice").waitFor();
    expect(await ratedBy()).toBe(0);
    const fresh = await page.evaluate(() => localStorage.getItem("glocal.user"));
    expect(fresh).not.toBe(user);
  });
});
