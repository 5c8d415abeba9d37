import type { TopLevelSpec } from "vega-lite";
import type { RatingItemKey } from "../profiles/schema.ts";
import { MIN_N_PER_GROUP_LIKERT5 } from "../stats/index.ts";
import { NO_HOME, type ReportTables } from "./tables.ts";

/** The item of the home × profile heatmap: the cultural-validity item itself. */
export const HEATMAP_ITEM: RatingItemKey = "fits_culture";

/*
 * One Vega-Lite spec per figure, drawn from the report's tables. Every mark that stands for a group
 * carries its n, and groups under the power threshold get the "underpowered" colour and shape, so no
 * figure can be read without seeing how much data is behind it.
 */

export interface ChartLabels {
  items: Record<RatingItemKey, string>;
  /** Scale point labels 1..5. */
  anchors: readonly string[];
}

const POWERED = `n ≥ ${MIN_N_PER_GROUP_LIKERT5}`;
const UNDERPOWERED = `n < ${MIN_N_PER_GROUP_LIKERT5} (underpowered)`;
const powerLabel = (underpowered: boolean) => (underpowered ? UNDERPOWERED : POWERED);
const powerColor = {
  field: "power",
  type: "nominal",
  title: "group size",
  scale: { domain: [POWERED, UNDERPOWERED], range: ["#1f4e79", "#d95f02"] },
} as const;
const powerShape = {
  field: "power",
  type: "nominal",
  title: "group size",
  scale: { domain: [POWERED, UNDERPOWERED], range: ["circle", "triangle-up"] },
} as const;

/** Five steps of a colour-blind-safe diverging palette (ColorBrewer RdBu), disagree → agree. */
const LIKERT_COLOURS = ["#ca0020", "#f4a582", "#d9d9d9", "#92c5de", "#0571b0"];

const count = (n: number) => n.toLocaleString("en-US");
const flagged = (label: string, underpowered: boolean) => (underpowered ? `${label} ⚠` : label);

const CONFIG = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  background: "white",
  view: { stroke: "#ddd" },
  // Without a canvas Vega estimates text widths generously, so any label limit cuts labels short: none.
  axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 0 },
  header: { labelFontSize: 13, labelFontWeight: "bold", labelAngle: 0, labelAlign: "left", labelAnchor: "start", labelOrient: "top", labelLimit: 0 },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: "top", labelLimit: 0 },
} as const;

/** Column headers side by side need short names; the figure text gives the full wording. */
const SHORT_ITEM_NAMES: Record<RatingItemKey, string> = {
  fits_culture: "fits my culture",
  understood: "felt understood",
  would_work: "would work for me",
  natural_language: "language felt natural",
};

function itemOrder(labels: ChartLabels): string[] {
  return Object.values(labels.items);
}

/** Mean of each item per profile with its bootstrap 95 % CI; n printed above each interval. */
export function profileRatingsSpec(tables: ReportTables, labels: ChartLabels): TopLevelSpec {
  const values = tables.profileRatings.rows.map((row) => ({
    item: labels.items[row.item],
    profile: row.profile,
    mean: row.mean,
    lower: row.ci95_lower,
    upper: row.ci95_upper,
    n: `n=${count(row.n)}`,
    power: powerLabel(row.underpowered),
  }));
  const x = { field: "profile", type: "nominal", title: "profile", axis: { labelAngle: -40 } } as const;
  const y = { type: "quantitative" as const, scale: { domain: [1, 5], nice: false, zero: false }, title: "mean rating, 95 % CI" };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    data: { values },
    facet: { row: { field: "item", title: null, sort: itemOrder(labels) } },
    spec: {
      width: { step: 40 },
      height: 150,
      layer: [
        { mark: { type: "rule", strokeWidth: 1.5 }, encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" }, color: powerColor } },
        { mark: { type: "point", filled: true, size: 60 }, encoding: { x, y: { ...y, field: "mean" }, color: powerColor, shape: powerShape } },
        {
          mark: { type: "text", dy: -7, fontSize: 9, baseline: "bottom", color: "#333" },
          encoding: { x, y: { ...y, field: "upper" }, text: { field: "n" } },
        },
      ],
    },
  };
}

/** Stacked 1–5 distribution per profile: the primary description of ordinal ratings; n right of each bar. */
export function distributionsSpec(tables: ReportTables, labels: ChartLabels): TopLevelSpec {
  const levelLabels = labels.anchors.map((anchor, index) => `${index + 1} ${anchor}`);
  const values = tables.distributions.rows.map((row) => ({
    item: labels.items[row.item],
    profile: row.profile,
    level: row.level,
    levelLabel: levelLabels[row.level - 1] ?? String(row.level),
    proportion: row.proportion,
    n: flagged(`n=${count(row.n)}`, row.underpowered),
    last: row.level === labels.anchors.length,
  }));
  const y = { field: "profile", type: "nominal", title: null, sort: "ascending" } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    data: { values },
    facet: { row: { field: "item", title: null, sort: itemOrder(labels) } },
    spec: {
      width: 480,
      height: { step: 16 },
      layer: [
        {
          mark: { type: "bar" },
          encoding: {
            y,
            x: { field: "proportion", type: "quantitative", stack: "normalize", title: "share of ratings", axis: { format: "%" } },
            color: { field: "levelLabel", type: "ordinal", title: "answer", sort: levelLabels, scale: { domain: levelLabels, range: LIKERT_COLOURS } },
            order: { field: "level", type: "quantitative" },
          },
        },
        {
          transform: [{ filter: "datum.last" }],
          mark: { type: "text", align: "left", dx: 4, fontSize: 9, color: "#333" },
          encoding: { y, x: { datum: 1, type: "quantitative" }, text: { field: "n" } },
        },
      ],
    },
  };
}

/** Sorted homes: culture slugs, then country codes, then "not declared". */
function homeOrder(homes: Iterable<string>): string[] {
  const rank = (home: string) => (home === NO_HOME ? 2 : /^[A-Z]{2}$/.test(home) ? 1 : 0);
  return [...new Set(homes)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** White text on the dark ends of the colour scale, black elsewhere. */
const textOnCell = { condition: { test: "!datum.underpowered && (datum.mean >= 4.3 || datum.mean <= 1.7)", value: "white" }, value: "black" };

/** Home culture × profile for one item: mean and n per cell; own-culture cells outlined, small cells faded. */
export function heatmapSpec(tables: ReportTables, labels: ChartLabels, item: RatingItemKey = HEATMAP_ITEM): TopLevelSpec {
  const rows = tables.homeProfile.rows.filter((row) => row.item === item);
  const values = rows.map((row) => ({
    home: row.home,
    profile: row.profile,
    mean: row.mean,
    meanText: row.mean.toFixed(1),
    n: count(row.n),
    own: row.own_culture === true,
    underpowered: row.underpowered,
  }));
  const x = { field: "profile", type: "nominal", title: "profile that answered", sort: "ascending", axis: { orient: "top", labelAngle: -40 } } as const;
  const y = { field: "home", type: "nominal", title: "rater's home", sort: homeOrder(rows.map((row) => row.home)) } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    title: { text: labels.items[item], anchor: "start", fontSize: 13 },
    data: { values },
    width: { step: 38 },
    height: { step: 28 },
    layer: [
      {
        mark: { type: "rect" },
        encoding: {
          x,
          y,
          color: { field: "mean", type: "quantitative", title: "mean rating", scale: { scheme: "redblue", domain: [1, 5], domainMid: 3 } },
          opacity: { condition: { test: "datum.underpowered", value: 0.35 }, value: 1 },
        },
      },
      {
        transform: [{ filter: "datum.own" }],
        mark: { type: "rect", fillOpacity: 0, stroke: "black", strokeWidth: 2.5 },
        encoding: { x, y },
      },
      { mark: { type: "text", fontSize: 10, dy: -5 }, encoding: { x, y, text: { field: "meanText" }, color: textOnCell } },
      { mark: { type: "text", fontSize: 8, dy: 7 }, encoding: { x, y, text: { field: "n" }, color: textOnCell } },
    ],
  };
}

/**
 * The headline: within each home, its own profile's mean against the pooled other profiles tried, one
 * panel per item. The connecting line is solid where the Mann-Whitney test gives p < 0.05.
 */
export function withinHomeSpec(tables: ReportTables): TopLevelSpec {
  const compared = tables.withinHome.rows.filter((row) => row.item !== null && row.own_mean !== null && row.others_mean !== null);
  // "kr · n 302 vs 155"; a home declared by country names its profile: "KR (kr) · n 40 vs 24".
  const homeLabel = (row: (typeof compared)[number]) =>
    flagged(
      `${row.home}${row.own_profile === row.home ? "" : ` (${row.own_profile})`} · n ${count(row.own_ratings)} vs ${count(row.others_ratings)}`,
      row.own_ratings < MIN_N_PER_GROUP_LIKERT5 || row.others_ratings < MIN_N_PER_GROUP_LIKERT5,
    );
  const order = homeOrder(compared.map((row) => row.home));
  const values = compared.flatMap((row) => {
    const own = row.own_mean as number;
    const others = row.others_mean as number;
    const base = {
      item: SHORT_ITEM_NAMES[row.item as RatingItemKey],
      home: homeLabel(row),
      homeRank: order.indexOf(row.home),
      low: Math.min(own, others),
      high: Math.max(own, others),
      difference: row.p !== null && row.p < 0.05 ? "p < 0.05" : "p ≥ 0.05",
    };
    return [
      { ...base, side: "own culture's profile", mean: own },
      { ...base, side: "other profiles tried", mean: others },
    ];
  });
  const y = { field: "home", type: "nominal", title: null, sort: { field: "homeRank", order: "ascending" } } as const;
  const x = { type: "quantitative" as const, scale: { domain: [1, 5], nice: false, zero: false }, title: "mean rating" };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    data: { values },
    facet: { column: { field: "item", title: null, sort: Object.values(SHORT_ITEM_NAMES) } },
    spec: {
      width: 170,
      height: { step: 17 },
      layer: [
        {
          mark: { type: "rule", strokeWidth: 2 },
          encoding: {
            y,
            x: { ...x, field: "low" },
            x2: { field: "high" },
            color: { field: "difference", type: "nominal", title: "Mann-Whitney", scale: { domain: ["p < 0.05", "p ≥ 0.05"], range: ["#444", "#ccc"] } },
          },
        },
        {
          mark: { type: "point", filled: true, size: 50, opacity: 1 },
          encoding: {
            y,
            x: { ...x, field: "mean" },
            fill: {
              field: "side",
              type: "nominal",
              title: null,
              scale: { domain: ["own culture's profile", "other profiles tried"], range: ["#1b7837", "#762a83"] },
            },
            stroke: { value: null },
          },
        },
      ],
    },
  };
}

/** Bradley-Terry strengths on the Elo-like scale with bootstrap CIs; n = comparisons involving the profile. */
export function bradleyTerrySpec(tables: ReportTables): TopLevelSpec {
  const values = tables.bradleyTerry.rows.map((row) => ({
    profile: flagged(`${row.profile} · ${count(row.comparisons)} comparisons`, row.underpowered),
    elo: row.elo,
    lower: row.elo_ci95_lower,
    upper: row.elo_ci95_upper,
    power: powerLabel(row.underpowered),
  }));
  const y = { field: "profile", type: "nominal", title: null, sort: { field: "elo", order: "descending" } } as const;
  const x = { type: "quantitative", title: "Bradley-Terry rating (1000 + 400·log10 strength), 95 % CI", scale: { zero: false } } as const;
  return estimateWithCiSpec(values, y, x, "elo", 1000);
}

/** Bradley-Terry ratings from blind and from open choices, side by side per profile. */
export function bradleyTerryBlindingSpec(tables: ReportTables): TopLevelSpec {
  const values = tables.bradleyTerryByBlinding.rows.map((row) => ({
    profile: row.profile,
    votes: `${row.votes} choices`,
    label: flagged(`${row.profile} · ${row.votes} · ${count(row.comparisons)}`, row.underpowered),
    elo: row.elo,
    lower: row.elo_ci95_lower,
    upper: row.elo_ci95_upper,
  }));
  const y = { field: "label", type: "nominal", title: null, sort: { field: "profile", order: "ascending" } } as const;
  const x = { type: "quantitative", title: "Bradley-Terry rating, 95 % CI", scale: { zero: false } } as const;
  const color = { field: "votes", type: "nominal", title: null, scale: { domain: ["blind choices", "open choices"], range: ["#1b7837", "#999999"] } } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    data: { values },
    width: 520,
    height: { step: 18 },
    layer: [
      { mark: { type: "rule", strokeDash: [4, 4], color: "#888" }, encoding: { x: { datum: 1000, type: "quantitative" } } },
      { mark: { type: "rule", strokeWidth: 1.5 }, encoding: { y, x: { ...x, field: "lower" }, x2: { field: "upper" }, color } },
      { mark: { type: "point", filled: true, size: 60 }, encoding: { y, x: { ...x, field: "elo" }, color } },
    ],
  } as TopLevelSpec;
}

/** Each experiment arm against its baseline, per home culture: difference in mean rating with its CI; the models named. */
export function armEffectsSpec(tables: ReportTables): TopLevelSpec {
  const values = tables.armEffects.rows
    .filter((row) => row.difference !== null)
    .map((row) => ({
      label: flagged(
        `${row.experiment} · ${row.home} · ${row.arm} (${row.arm_models}) vs ${row.baseline} (${row.baseline_models}) · n ${count(row.n_arm)} vs ${count(row.n_baseline)}`,
        row.underpowered,
      ),
      change: row.difference,
      lower: row.difference_ci95_lower,
      upper: row.difference_ci95_upper,
      power: powerLabel(row.underpowered),
    }));
  const y = { field: "label", type: "nominal", title: null, sort: null } as const;
  const x = { type: "quantitative", title: "difference in mean rating, arm − baseline, 95 % CI" } as const;
  return estimateWithCiSpec(values, y, x, "change", 0);
}

/** Observed share of units per arm against the share its weight asks for. */
export function armAssignmentSpec(tables: ReportTables): TopLevelSpec {
  const values = tables.armAssignment.rows.flatMap((row) => [
    { arm: `${row.experiment} · ${row.arm} · ${count(row.units)} units`, share: row.observed_share, kind: "observed" },
    ...(row.expected_share === null
      ? []
      : [{ arm: `${row.experiment} · ${row.arm} · ${count(row.units)} units`, share: row.expected_share, kind: "expected from the weights" }]),
  ]);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    data: { values },
    width: 520,
    height: { step: 20 },
    mark: { type: "point", filled: true, size: 70 },
    encoding: {
      y: { field: "arm", type: "nominal", title: null, sort: null },
      x: { field: "share", type: "quantitative", title: "share of units", axis: { format: "%" }, scale: { domain: [0, 1] } },
      color: { field: "kind", type: "nominal", title: null, scale: { domain: ["observed", "expected from the weights"], range: ["#1f4e79", "#d95f02"] } },
      shape: { field: "kind", type: "nominal", title: null, scale: { domain: ["observed", "expected from the weights"], range: ["circle", "diamond"] } },
    },
  } as TopLevelSpec;
}

/** Mean change in self-rated distress (after − before, 0–10) per profile, with its bootstrap CI. */
export function distressSpec(tables: ReportTables): TopLevelSpec {
  const values = tables.distress.rows.map((row) => ({
    profile: flagged(`${row.profile} · n=${count(row.n_sessions)} sessions`, row.underpowered),
    change: row.mean_change,
    lower: row.ci95_lower,
    upper: row.ci95_upper,
    power: powerLabel(row.underpowered),
  }));
  const y = { field: "profile", type: "nominal", title: null, sort: "ascending" } as const;
  const x = { type: "quantitative", title: "mean change in distress, after − before (negative = relief), 95 % CI" } as const;
  return estimateWithCiSpec(values, y, x, "change", 0);
}

/**
 * One row per profile: a dot at the estimate, a rule across its 95 % CI (fields `lower`/`upper`),
 * coloured and shaped by the power flag, over a dashed reference line (no effect, or the average).
 */
function estimateWithCiSpec<Y extends object, X extends object>(
  values: readonly Record<string, unknown>[],
  y: Y,
  x: X,
  estimateField: string,
  reference: number,
): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: CONFIG,
    data: { values: [...values] },
    width: 520,
    height: { step: 20 },
    layer: [
      { mark: { type: "rule", strokeDash: [4, 4], color: "#888" }, encoding: { x: { datum: reference, type: "quantitative" } } },
      { mark: { type: "rule", strokeWidth: 1.5 }, encoding: { y, x: { ...x, field: "lower" }, x2: { field: "upper" }, color: powerColor } },
      { mark: { type: "point", filled: true, size: 60 }, encoding: { y, x: { ...x, field: estimateField }, color: powerColor, shape: powerShape } },
    ],
  } as TopLevelSpec;
}

export function formatP(p: number): string {
  return p < 0.001 ? "<0.001" : p.toFixed(3);
}
