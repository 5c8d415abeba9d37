import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { EVAL_NOTES } from "../analysis/notes.ts";
import type { ProfileCountries } from "../analysis/satisfaction.ts";
import { MIN_N_PER_GROUP_LIKERT5 } from "../stats/index.ts";
import type { EvalFilter } from "../store/eval-queries.ts";
import type { Store } from "../store/store.ts";
import {
  armAssignmentSpec,
  armEffectsSpec,
  bradleyTerryBlindingSpec,
  bradleyTerrySpec,
  distressSpec,
  distributionsSpec,
  heatmapSpec,
  profileRatingsSpec,
  withinHomeSpec,
  type ChartLabels,
} from "./charts.ts";
import { toCsv, type Table } from "./csv.ts";
import { collectReportData, type ReportData } from "./data.ts";
import { renderReportHtml, type FigureSection } from "./html.ts";
import { renderSvg } from "./svg.ts";
import { ALL_HOMES, buildTables, type ReportTables } from "./tables.ts";
import type { TopLevelSpec } from "vega-lite";

export interface ReportOptions {
  store: Store;
  profiles: ProfileCountries;
  /** Item wording and scale anchors for axis labels. */
  labels: ChartLabels;
  filter: EvalFilter;
  /** Bootstrap seed (default: the stats module's). */
  seed?: number;
  /** The HTML file; the CSV files are written next to it as <name>.<table>.csv. */
  outFile: string;
  now?: Date;
}

export interface ReportResult {
  htmlFile: string;
  csvFiles: string[];
  data: ReportData;
  tables: ReportTables;
  /** Figure ids, whether each was drawn, and its row count. */
  figures: { id: string; drawn: boolean; rows: number }[];
  /** Vega-Lite layout warnings while drawing (none expected). */
  chartWarnings: string[];
}

interface FigurePlan {
  id: string;
  title: string;
  description: string[] | ((labels: ChartLabels) => string[]);
  emptyMessage: string;
  tableKey: keyof ReportTables;
  spec: (tables: ReportTables, labels: ChartLabels) => TopLevelSpec;
  methods: (data: ReportData) => string[];
}

const FIGURES: FigurePlan[] = [
  {
    id: "fig-within-home",
    title: "Own culture's profile vs the other profiles tried, within each home culture",
    description: (labels) => [
      "The headline comparison. For people of one home culture, their own culture's profile is compared with the pooled " +
        "other profiles they tried, item by item (green: own; purple: others). The items, left to right: " +
        `${Object.values(labels.items)
          .map((text) => `"${text}"`)
          .join(", ")}. Comparing within a home culture keeps ` +
        "each culture's way of using the scale the same on both sides.",
      "Each row names the home, its own profile, and n (ratings of the own profile vs of the other profiles; ⚠ when either " +
        `is under ${MIN_N_PER_GROUP_LIKERT5}). A dark connecting line means a two-sided, tie-corrected Mann-Whitney U test of ` +
        "the two rating distributions gives p < 0.05 (the table has U, p and the rank-biserial effect size). Homes that " +
        "tried no other profile, or whose own profile was not rated, are listed in the table only.",
    ],
    emptyMessage: "No home culture has ratings of both its own profile and another profile in this window.",
    tableKey: "withinHome",
    spec: (tables) => withinHomeSpec(tables),
    methods: (data) => [data.byHomeAndProfile.method],
  },
  {
    id: "fig-home-heatmap",
    title: "Home culture × profile: mean rating of the cultural-fit item per cell",
    description: [
      "Rows: the rater's self-declared home (a culture, or a country code when only the country was declared). Columns: " +
        "the profile that answered. Black outlines mark each home's own profile; the other cells in a row are the " +
        "cultures that home tried. Each cell shows its mean and its n; faded cells have fewer than " +
        `${MIN_N_PER_GROUP_LIKERT5} ratings. The figure shows the cultural-fit item; the table and CSV hold all four items.`,
      "Read along a row (within a home), not down a column: response styles differ between home cultures.",
    ],
    emptyMessage: "No ratings with a declared home in this window.",
    tableKey: "homeProfile",
    spec: heatmapSpec,
    methods: (data) => [data.byHomeAndProfile.method],
  },
  {
    id: "fig-profile-ratings",
    title: "Ratings per profile, with 95 % confidence intervals",
    description: [
      "Mean of each item per profile with a seeded bootstrap 95 % CI, n above each interval. Means of ordinal ratings " +
        "are a summary for the eye; the distributions in the next figure are the primary description.",
    ],
    emptyMessage: "No ratings in this window.",
    tableKey: "profileRatings",
    spec: profileRatingsSpec,
    methods: (data) => [data.byProfile.method],
  },
  {
    id: "fig-distributions",
    title: "Distribution of answers (1–5) per profile",
    description: ["Share of each answer per profile and item; n in each label, ⚠ when below the power threshold."],
    emptyMessage: "No ratings in this window.",
    tableKey: "distributions",
    spec: distributionsSpec,
    methods: (data) => [data.byProfile.method],
  },
  {
    id: "fig-bradley-terry",
    title: "Side-by-side preferences: Bradley-Terry ratings",
    description: [
      'From "try another culture" comparisons: the preferred answer beats each other answer shown with it; a tie ties ' +
        "them all. Strengths on an Elo-like scale (1000 = average) with bootstrap 95 % CIs; n is the number of pairwise " +
        "outcomes involving the profile.",
    ],
    emptyMessage: "No side-by-side comparisons in this window.",
    tableKey: "bradleyTerry",
    spec: (tables) => bradleyTerrySpec(tables),
    methods: (data) => [data.pairwise.method],
  },
  {
    id: "fig-bradley-terry-blinding",
    title: "Side-by-side preferences, blind and open choices apart",
    description: [
      "The same Bradley-Terry fit on blind choices (answers shuffled, profile and model hidden until the choice) and on open " +
        "ones (names visible). A profile that gains in open choices only is preferred for its name; the blind rating is the " +
        "one that speaks for the answers themselves.",
    ],
    emptyMessage: "No side-by-side comparisons in this window.",
    tableKey: "bradleyTerryByBlinding",
    spec: (tables) => bradleyTerryBlindingSpec(tables),
    methods: (data) => [data.pairwise.method],
  },
  {
    id: "fig-arms",
    title: "Randomised arms: each arm against its baseline, within each home culture",
    description: [
      "People enrolled in a profile's experiment are assigned an arm (for example the culture's own fine-tuned model against " +
        "a generic one) by a keyed hash of their user id, so the arms differ only by chance in who is in them. Each row is " +
        `one arm against the experiment's baseline on the cultural-fit item, within one home culture (and ${ALL_HOMES} pooled), ` +
        "naming the models that answered each side: the difference in mean rating with a bootstrap 95 % CI. The table adds " +
        "the Mann-Whitney test, the effect as an odds ratio, and the ratings per arm that effect needs for 80 % power.",
    ],
    emptyMessage: "No experiment with rated answers in this window.",
    tableKey: "armEffects",
    spec: (tables) => armEffectsSpec(tables),
    methods: (data) => data.arms.map((entry) => entry.method).slice(0, 1),
  },
  {
    id: "fig-arm-assignment",
    title: "Randomised arms: units per arm against the weights (sample-ratio check)",
    description: [
      "If the observed split of people over the arms is far from the weights (chi-square p < 0.001, flagged in the table), the " +
        "assignment or the recording is broken somewhere and the arm comparison above cannot be trusted.",
    ],
    emptyMessage: "No experiment with assigned interactions in this window.",
    tableKey: "armAssignment",
    spec: (tables) => armAssignmentSpec(tables),
    methods: (data) =>
      data.arms
        .map((entry) => entry.sample_ratio?.method ?? entry.sample_ratio_note ?? "")
        .filter(Boolean)
        .slice(0, 1),
  },
  {
    id: "fig-distress",
    title: "Change in self-rated distress over a session",
    description: [
      "Sessions with both a 'before' and an 'after' check-in (0–10); mean change after − before per profile with a " +
        "bootstrap 95 % CI. Negative values mean people felt less distressed afterwards. This is an uncontrolled " +
        "before/after change: it describes, it does not show the profile caused it.",
    ],
    emptyMessage: "No sessions with both check-ins in this window.",
    tableKey: "distress",
    spec: (tables) => distressSpec(tables),
    methods: (data) => [data.distress.method],
  },
];

/** Rows a figure can draw: the within-home table also lists homes without a comparison. */
function drawableRows(id: string, table: Table): number {
  if (id === "fig-within-home") return table.rows.filter((row) => row.own_mean !== null).length;
  if (id === "fig-arms") return table.rows.filter((row) => row.difference !== null).length;
  return table.rows.length;
}

/** Query the store, draw every figure, write the HTML and the CSV files. */
export async function generateReport(options: ReportOptions): Promise<ReportResult> {
  const data = await collectReportData(options.store, options.profiles, { filter: options.filter, seed: options.seed });
  const tables = buildTables(data);
  const stem = basename(options.outFile, extname(options.outFile));
  const directory = dirname(options.outFile);
  const csvName = (table: Table) => `${stem}.${table.name}.csv`;

  const figures: FigureSection[] = [];
  const chartWarnings: string[] = [];
  for (const plan of FIGURES) {
    const table: Table = tables[plan.tableKey];
    const svg = drawableRows(plan.id, table) > 0 ? await renderSvg(plan.spec(tables, options.labels), chartWarnings) : undefined;
    figures.push({
      id: plan.id,
      title: plan.title,
      description: typeof plan.description === "function" ? plan.description(options.labels) : plan.description,
      svg,
      emptyMessage: plan.emptyMessage,
      table,
      csvFile: csvName(table),
      methods: plan.methods(data),
    });
  }

  let syntheticRatingsExcluded: number | undefined;
  if (!options.filter.includeSynthetic) {
    const [all] = await options.store.ratingCounts({ ...options.filter, includeSynthetic: true }, []);
    syntheticRatingsExcluded = (all?.n ?? 0) - data.byProfile.n_ratings;
  }

  const underpoweredGroups = data.byProfile.groups.filter((group) => group.underpowered).length;
  const html = renderReportHtml({
    title: "glocal · cultural-validity evaluation",
    generatedAt: options.now ?? new Date(),
    window: { from: options.filter.from, to: options.filter.to },
    includeSynthetic: options.filter.includeSynthetic,
    syntheticRatingsExcluded,
    summary: [
      { label: "ratings", value: String(data.byProfile.n_ratings) },
      { label: "profiles rated", value: String(data.byProfile.groups.length) },
      { label: `profiles under ${MIN_N_PER_GROUP_LIKERT5} ratings`, value: String(underpoweredGroups) },
      { label: "side-by-side comparisons", value: String(data.pairwise.n_comparisons_submitted) },
      { label: "of them blind", value: String(data.pairwise.by_blinding.blind?.n_comparisons_submitted ?? 0) },
      { label: "experiments", value: String(data.arms.length) },
      { label: "sessions with before/after check-ins", value: String(data.distress.n_sessions) },
      { label: "bootstrap seed", value: String(data.seed) },
    ],
    notes: [
      { title: "Response styles differ by culture", text: EVAL_NOTES.response_styles },
      { title: "The fair comparison is within a home culture", text: EVAL_NOTES.within_home_framing },
      {
        title: "Ratings are ordinal",
        text: `${EVAL_NOTES.ordinal} No t-tests are used: comparisons are Mann-Whitney U (two groups) or Kruskal-Wallis (more).`,
      },
      { title: "Small groups are flagged, not hidden", text: EVAL_NOTES.power },
    ],
    figures,
  });

  await mkdir(directory, { recursive: true });
  const htmlFile = options.outFile;
  await writeFile(htmlFile, html);
  const csvFiles: string[] = [];
  for (const table of Object.values(tables) as Table[]) {
    const file = join(directory, csvName(table));
    await writeFile(file, toCsv(table));
    csvFiles.push(file);
  }
  return {
    htmlFile,
    csvFiles,
    data,
    tables,
    figures: figures.map((figure) => ({ id: figure.id, drawn: figure.svg !== undefined, rows: figure.table.rows.length })),
    chartWarnings,
  };
}
