import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { satisfaction } from "../src/analysis/satisfaction.ts";
import { PROJECT_ROOT } from "../src/project-root.ts";
import { parseCsv, toCsv } from "../src/report/csv.ts";
import { generateReport, type ReportResult } from "../src/report/generate.ts";
import { escapeHtml } from "../src/report/html.ts";
import { englishInstrument, profileCountries, readProfiles, seedProfiles } from "../src/report/profiles-node.ts";
import { DEFAULT_SEED_DAYS, DEFAULT_SEED_START, SYNTHETIC_EXPERIMENT, syntheticArmModel } from "../src/seed/generate.ts";
import { ALL_HOMES } from "../src/report/tables.ts";
import { arms } from "../src/analysis/arms.ts";
import { seedSynthetic } from "../src/seed/insert.ts";
import { queryRows } from "../src/store/db.ts";
import { connect, storeOver, type Connection } from "../src/store/open.ts";
import type { Store } from "../src/store/store.ts";
import { interactionOp } from "../src/store/write-ops.ts";
import { interactionRow } from "./helpers/interaction-row.ts";

const profileList = readProfiles(join(PROJECT_ROOT, "culture-profiles"));
const profiles = profileCountries(profileList);
const labels = englishInstrument(profileList);
const FIGURE_IDS = [
  "fig-within-home",
  "fig-home-heatmap",
  "fig-profile-ratings",
  "fig-distributions",
  "fig-bradley-terry",
  "fig-bradley-terry-blinding",
  "fig-arms",
  "fig-arm-assignment",
  "fig-distress",
];
const REAL_KR_RATINGS = 3;

let connection: Connection;
let store: Store;
let outDir: string;

/** The HTML of one <figure>, by id. */
function figureHtml(html: string, id: string): string {
  const match = new RegExp(`<figure id="${id}">([\\s\\S]*?)</figure>`).exec(html);
  if (!match) throw new Error(`no figure ${id}`);
  return match[1] as string;
}

/** Rows of the HTML table inside a figure, as arrays of cell texts. */
function htmlTableRows(figure: string): string[][] {
  return [...figure.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] as string).matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1] as string),
  );
}

function readCsv(result: ReportResult, name: string): Record<string, string>[] {
  const file = result.csvFiles.find((path) => path.endsWith(`.${name}.csv`));
  if (!file) throw new Error(`no ${name} CSV`);
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8"));
  return rows.map((row) => Object.fromEntries((header as string[]).map((column, index) => [column, row[index] as string])));
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "glocal-report-"));
  connection = await connect({ dataDir: "memory://" });
  store = storeOver(connection.db, connection.driver, connection.close);
  await seedSynthetic(connection.db, {
    ratings: 2500,
    seed: 7,
    profiles: seedProfiles(profileList),
    start: DEFAULT_SEED_START,
    days: DEFAULT_SEED_DAYS,
  });
  // A few real (non-synthetic) ratings: people from Korea rating the kr profile.
  await store.applyWrite({ kind: "session", row: { id: "real-session", userHash: null, homeCountry: "KR", homeCulture: "kr", at: "2025-03-01T10:00:00Z" } });
  for (let index = 0; index < REAL_KR_RATINGS; index++) {
    const id = `real-${index}`;
    await store.applyWrite(
      interactionOp(
        interactionRow({ id, createdAt: new Date("2025-03-01T10:05:00Z"), latencyMs: 100, sessionId: "real-session", userHash: `real-user-${index}` }),
      ),
    );
    await store.applyWrite({
      kind: "rating",
      row: { interactionId: id, userHash: `real-user-${index}`, items: { fits_culture: 4 + (index % 2) }, comment: null, at: "2025-03-01T10:06:00Z" },
    });
  }
});

afterAll(async () => {
  await store?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe("evaluation report with synthetic rows included", () => {
  let result: ReportResult;
  let html: string;
  beforeAll(async () => {
    result = await generateReport({
      store,
      profiles,
      labels,
      filter: { includeSynthetic: true },
      outFile: join(outDir, "demo.html"),
      now: new Date("2025-06-01T00:00:00Z"),
    });
    html = readFileSync(result.htmlFile, "utf8");
  });

  it("draws every figure as inline SVG, with no layout warnings", () => {
    expect(result.figures.map((figure) => figure.id)).toEqual(FIGURE_IDS);
    for (const id of FIGURE_IDS) {
      const figure = figureHtml(html, id);
      expect(figure, id).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(figure, id).toMatch(/<path|<rect|<line/);
    }
    expect(result.chartWarnings).toEqual([]);
  });

  it("is self-contained: no scripts, no external stylesheets, images or fonts", () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import/i);
    // url(#…) points inside the page (SVG gradients); anything else would be fetched.
    expect(html).not.toMatch(/url\((?!#)/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain("<style>");
  });

  it("says synthetic rows are included, and explains response styles and the within-home comparison", () => {
    expect(html).toContain("Synthetic rows are INCLUDED");
    expect(html).toContain("Harzing (2006)");
    expect(html).toContain("within a home culture");
    expect(html).toContain("Mann-Whitney");
  });

  it("shows each profile's n and CI as the database and the evaluator give them", async () => {
    const [counted] = await queryRows<{ n: number }>(connection.db, sql`select count(fits_culture)::int as n from ratings where profile = 'kr'`);
    const expected = await satisfaction(store, profiles, { filter: { includeSynthetic: true }, by: ["profile"], minN: 1, seed: result.data.seed });
    const kr = expected.groups.find((group) => group.key.profile === "kr")?.items.fits_culture;
    expect(kr?.n).toBe(Number(counted?.n));

    const rows = htmlTableRows(figureHtml(html, "fig-profile-ratings"));
    const header = rows[0] as string[];
    const krRow = rows.find((row) => row[0] === "kr" && row[1] === "fits_culture") as string[];
    const cell = (column: string) => krRow[header.indexOf(column)];
    expect(cell("n")).toBe(String(counted?.n));
    expect(cell("ci95_lower")).toBe(kr?.ci95.lower.toFixed(2));
    expect(cell("ci95_upper")).toBe(kr?.ci95.upper.toFixed(2));
    // The same n is drawn into the plot itself.
    expect(figureHtml(html, "fig-profile-ratings")).toContain(`n=${Number(counted?.n).toLocaleString("en-US")}`);
  });

  it("writes one CSV per figure with the same numbers", async () => {
    expect(result.csvFiles).toHaveLength(9);
    const ratings = readCsv(result, "profile-ratings");
    const kr = ratings.find((row) => row.profile === "kr" && row.item === "fits_culture");
    const expected = result.tables.profileRatings.rows.find((row) => row.profile === "kr" && row.item === "fits_culture");
    expect(Number(kr?.n)).toBe(expected?.n);
    expect(Number(kr?.ci95_lower)).toBeCloseTo(expected?.ci95_lower as number, 9);

    // Distributions add up to each group's n.
    const distributions = readCsv(result, "profile-distributions").filter((row) => row.profile === "kr" && row.item === "fits_culture");
    expect(distributions.map((row) => Number(row.level))).toEqual([1, 2, 3, 4, 5]);
    expect(distributions.reduce((sum, row) => sum + Number(row.count), 0)).toBe(expected?.n);

    // Heatmap cells: the own-culture flag follows the profile's countries.
    const home = readCsv(result, "home-profile");
    expect(home.find((row) => row.home === "KR" && row.profile === "kr")?.own_culture).toBe("true");
    expect(home.find((row) => row.home === "kr" && row.profile === "us")?.own_culture).toBe("false");

    const [pairs] = await queryRows<{ n: number }>(connection.db, sql`select count(*)::int as n from comparisons`);
    expect(result.data.pairwise.n_comparisons_submitted).toBe(Number(pairs?.n));
    const bradleyTerry = readCsv(result, "bradley-terry");
    expect(bradleyTerry.length).toBeGreaterThan(2);
    expect(bradleyTerry.every((row) => Number(row.elo_ci95_lower) <= Number(row.elo) && Number(row.elo) <= Number(row.elo_ci95_upper))).toBe(true);

    const [sessions] = await queryRows<{ n: number }>(connection.db, sql`select count(distinct session_id)::int as n from checkins where phase = 'after'`);
    const distress = readCsv(result, "distress-change");
    expect(distress.reduce((sum, row) => sum + Number(row.n_sessions), 0)).toBe(Number(sessions?.n));
  });

  it("shows each arm's effect against the baseline within each home culture, naming the models, and checks the split", async () => {
    const effects = readCsv(result, "arm-effects");
    const experiment = result.data.arms.find((entry) => entry.experiment === SYNTHETIC_EXPERIMENT.id);
    expect(experiment?.baseline).toBe("generic");
    // One row per home culture that rated both arms, plus the pooled one.
    const homes = effects.filter((row) => row.experiment === SYNTHETIC_EXPERIMENT.id).map((row) => row.home);
    expect(homes).toContain(ALL_HOMES);
    expect(homes).toContain("kr");
    expect(homes.length).toBeGreaterThan(10);
    const kr = effects.find((row) => row.home === "kr" && row.arm === "regional");
    expect(kr).toMatchObject({ baseline: "generic", arm_models: syntheticArmModel("regional"), baseline_models: syntheticArmModel("generic") });
    // The same numbers as the evaluator endpoint's function gives for that home.
    const direct = await arms(store, profiles, {
      filter: { includeSynthetic: true, home: "kr" },
      experiment: SYNTHETIC_EXPERIMENT.id,
      item: "fits_culture",
      seed: result.data.seed,
    });
    const directEffect = direct.overall.effects.find((effect) => effect.arm === "regional")?.effect;
    expect(Number(kr?.n_arm)).toBe(direct.overall.effects[0]?.n_arm);
    expect(Number(kr?.difference)).toBeCloseTo(directEffect?.difference.estimate as number, 9);
    expect(Number(kr?.p)).toBeCloseTo(directEffect?.test.p as number, 9);
    expect(Number(kr?.difference_ci95_lower)).toBeLessThanOrEqual(Number(kr?.difference));
    // Pooled over homes the regional arm's (synthetic) bonus for own-culture raters shows as a positive difference.
    const pooled = effects.find((row) => row.home === ALL_HOMES);
    expect(Number(pooled?.difference)).toBeGreaterThan(0);
    expect(Number(pooled?.n_needed_per_arm)).toBeGreaterThan(0);
    const figure = figureHtml(html, "fig-arms");
    expect(figure).toContain("<svg");
    expect(figure).toContain(`regional (${syntheticArmModel("regional")}) vs generic (${syntheticArmModel("generic")})`);

    const assignment = readCsv(result, "arm-assignment");
    expect(assignment.map((row) => row.arm).sort()).toEqual(["generic", "regional"]);
    expect(assignment.every((row) => row.mismatch === "false" && Number(row.expected_share) === 0.5)).toBe(true);
    expect(figureHtml(html, "fig-arm-assignment")).toContain("<svg");
  });

  it("fits blind and open side-by-side choices apart", () => {
    const rows = readCsv(result, "bradley-terry-blinding");
    expect(new Set(rows.map((row) => row.votes))).toEqual(new Set(["blind", "open"]));
    const blind = result.data.pairwise.by_blinding.blind;
    const open = result.data.pairwise.by_blinding.open;
    expect((blind?.n_comparisons_submitted ?? 0) + (open?.n_comparisons_submitted ?? 0)).toBe(result.data.pairwise.n_comparisons_submitted);
    expect(blind?.n_comparisons_submitted).toBeGreaterThan(0);
    expect(figureHtml(html, "fig-bradley-terry-blinding")).toContain("blind choices");
  });

  it("flags groups under the power threshold in tables and plots", () => {
    const heatmap = figureHtml(html, "fig-home-heatmap");
    const small = result.tables.homeProfile.rows.filter((row) => row.underpowered);
    expect(small.length).toBeGreaterThan(0);
    expect(heatmap).toContain("⚠ yes (n &#60; 100)");
    expect(figureHtml(html, "fig-within-home")).toMatch(/· n \d+ vs \d+ ⚠/);
  });
});

describe("evaluation report of real rows only (the default)", () => {
  let result: ReportResult;
  let html: string;
  beforeAll(async () => {
    result = await generateReport({ store, profiles, labels, filter: { includeSynthetic: false }, outFile: join(outDir, "real.html") });
    html = readFileSync(result.htmlFile, "utf8");
  });

  it("leaves synthetic rows out and says how many", async () => {
    const [synthetic] = await queryRows<{ n: number }>(connection.db, sql`select count(*)::int as n from ratings where synthetic`);
    expect(html).toContain("Synthetic rows are excluded");
    expect(html).toContain(`(${synthetic?.n} synthetic ratings in this window were left out)`);
    expect(result.data.byProfile.n_ratings).toBe(REAL_KR_RATINGS);
  });

  it("draws the small real group and flags it underpowered; figures without data say so", () => {
    const figure = figureHtml(html, "fig-profile-ratings");
    expect(figure).toContain("<svg");
    expect(figure).toContain(`n=${REAL_KR_RATINGS}`);
    expect(figure).toContain("underpowered");
    expect(figureHtml(html, "fig-bradley-terry")).not.toContain("<svg");
    expect(figureHtml(html, "fig-bradley-terry")).toContain("No side-by-side comparisons in this window.");
    expect(readCsv(result, "bradley-terry")).toEqual([]);
    expect(figureHtml(html, "fig-arms")).toContain("No experiment with rated answers in this window.");
  });
});

describe("report building blocks", () => {
  it("CSV quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const csv = toCsv({
      name: "t",
      columns: ["a", "b", "c"],
      rows: [
        { a: 'say "hi", twice', b: 0.1 + 0.2, c: null },
        { a: "=HYPERLINK(1)", b: -1.5, c: true },
        { a: "line\nbreak", b: 3, c: false },
      ],
    });
    expect(csv.split("\r\n")[1]).toBe('"say ""hi"", twice",0.3,');
    expect(parseCsv(csv)).toEqual([
      ["a", "b", "c"],
      ['say "hi", twice', "0.3", ""],
      ["'=HYPERLINK(1)", "-1.5", "true"],
      ["line\nbreak", "3", "false"],
    ]);
  });

  it("escapes HTML in anything that came from the database", () => {
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe("&#60;img src=x onerror=&#34;a&#34;&#62;&#38;&#39;");
  });
});
