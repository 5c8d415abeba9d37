/**
 * The evaluator page at `/eval`: asks for the evaluator key (kept in this tab's session storage only),
 * then shows the HTML report's figures, drawn by the report's own modules (src/report/) from the
 * evaluator endpoints' answers, so page, report and CSV files can never disagree. Filters, sample-size
 * warnings and a CSV file per figure come with them.
 */
import type { TopLevelSpec } from "vega-lite";
import type { RatingItemKey } from "../../profiles/schema.ts";
import {
  HEATMAP_ITEM,
  bradleyTerrySpec,
  distressSpec,
  distributionsSpec,
  formatP,
  heatmapSpec,
  profileRatingsSpec,
  withinHomeSpec,
  type ChartLabels,
} from "../../report/charts.ts";
import { toCsv, type Table } from "../../report/csv.ts";
import type { ReportData } from "../../report/data.ts";
import { renderSvg } from "../../report/svg.ts";
import { buildTables, type ReportTables } from "../../report/tables.ts";
import { matchLocale } from "../locales/index.ts";
import { evalGet, GatewayError, listProfiles, type DistressReport, type PairwiseReport, type ProfileView, type SatisfactionReport } from "./api.ts";
import { byId, h } from "./dom.ts";
import { formatNumber, languageName, setLocale, t } from "./i18n.ts";
import { localeSelect } from "./locale-select.ts";
import { readPref, writePref } from "./prefs.ts";
import { errorText, ratingItemsFor } from "./rating-form.ts";

const KEY_STORAGE = "glocal.evaluatorKey";
const ITEMS: readonly RatingItemKey[] = ["fits_culture", "understood", "would_work", "natural_language"];

interface Filters {
  from: string;
  to: string;
  language: string;
  profile: string;
  synthetic: boolean;
}

/** What the report draws from: the four evaluator answers. */
type Inputs = Pick<ReportData, "byProfile" | "byHomeAndProfile" | "pairwise" | "distress">;

const root = byId("app");
let profiles: ProfileView[] = [];
let filters: Filters = { from: "", to: "", language: "", profile: "", synthetic: false };
let keyError: string | null = null;

function storedKey(): string | null {
  return sessionStorage.getItem(KEY_STORAGE);
}

function applyLocale(): void {
  const chosen = readPref("locale");
  setLocale(matchLocale(chosen ? [chosen] : navigator.languages) ?? "en");
  document.title = t("eval_title");
}

function header(): HTMLElement {
  return h(
    "header",
    { class: "topbar" },
    h("h1", {}, h("span", { class: "brand", lang: "en" }, "glocal"), " ", h("span", { class: "subtitle" }, t("eval_heading"))),
    localeSelect({
      autoLabel: t("ui_language_browser"),
      onChange: (code) => {
        writePref("locale", code);
        void render();
      },
    }),
  );
}

/** Item wording and scale labels in the page's language (the instrument every profile carries). */
function chartLabels(): ChartLabels {
  const instrument = ratingItemsFor(profiles, "", [document.documentElement.lang])?.items;
  return {
    items: Object.fromEntries(ITEMS.map((item) => [item, instrument?.[item] ?? item])) as Record<RatingItemKey, string>,
    anchors: instrument?.anchors ?? ["1", "2", "3", "4", "5"],
  };
}

function profileName(id: string | null): string {
  const profile = profiles.find((p) => p.id === id);
  return profile ? `${profile.name.native} (${profile.id})` : (id ?? "");
}

// ------------------------------------------------------------------------------------------ key form

function keyForm(): HTMLElement {
  const submit = (event: Event) => {
    event.preventDefault();
    const key = byId<HTMLInputElement>("eval-key").value.trim();
    if (!key) return;
    sessionStorage.setItem(KEY_STORAGE, key);
    keyError = null;
    void render();
  };
  return h(
    "form",
    { class: "panel key-form", id: "key-form", onsubmit: submit },
    h("h2", {}, t("eval_key_heading")),
    h("p", { id: "eval-key-help" }, t("eval_key_help")),
    h("label", { for: "eval-key" }, t("eval_key_label")),
    h("input", { id: "eval-key", type: "password", autocomplete: "off", spellcheck: "false", required: true, "aria-describedby": "eval-key-help" }),
    keyError ? h("p", { class: "error", role: "alert", id: "key-error" }, keyError) : null,
    h("button", { type: "submit", id: "eval-key-submit" }, t("eval_key_submit")),
  );
}

// ------------------------------------------------------------------------------------------- filters

function filterForm(): HTMLElement {
  const languages = [...new Set(profiles.flatMap((p) => p.languages.primary))].sort();
  const apply = (event: Event) => {
    event.preventDefault();
    const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id).value;
    filters = {
      from: value("filter-from"),
      to: value("filter-to"),
      language: value("filter-language"),
      profile: value("filter-profile"),
      synthetic: byId<HTMLInputElement>("filter-synthetic").checked,
    };
    void render();
  };
  const field = (id: string, label: string, control: HTMLElement) => h("div", { class: "field" }, h("label", { for: id }, label), control);
  return h(
    "form",
    { class: "filters", id: "filters", onsubmit: apply, "aria-labelledby": "filters-heading" },
    h("h2", { id: "filters-heading" }, t("filters_heading")),
    h(
      "div",
      { class: "filter-grid" },
      field("filter-from", t("filter_from"), h("input", { type: "date", id: "filter-from", value: filters.from })),
      field("filter-to", t("filter_to"), h("input", { type: "date", id: "filter-to", value: filters.to })),
      field(
        "filter-language",
        t("filter_language"),
        h(
          "select",
          { id: "filter-language" },
          h("option", { value: "" }, t("filter_all")),
          languages.map((code) => h("option", { value: code, selected: filters.language === code }, `${languageName(code)} (${code})`)),
        ),
      ),
      field(
        "filter-profile",
        t("filter_profile"),
        h(
          "select",
          { id: "filter-profile" },
          h("option", { value: "" }, t("filter_all")),
          profiles.map((p) => h("option", { value: p.id, selected: filters.profile === p.id }, profileName(p.id))),
        ),
      ),
      h(
        "label",
        { class: "check", for: "filter-synthetic" },
        h("input", { type: "checkbox", id: "filter-synthetic", checked: filters.synthetic }),
        t("filter_synthetic"),
      ),
    ),
    h("button", { type: "submit", id: "filter-apply" }, t("filter_apply")),
  );
}

function query(extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams(extra);
  if (filters.from) params.set("from", filters.from);
  // The form's "to" day is inclusive; the API's bound is exclusive.
  if (filters.to) params.set("to", new Date(Date.parse(filters.to) + 86_400_000).toISOString().slice(0, 10));
  if (filters.language) params.set("language", filters.language);
  if (filters.synthetic) params.set("include_synthetic", "true");
  return params;
}

async function loadInputs(key: string): Promise<Inputs> {
  // Every group is shown (min_n 1), as in the report: small groups are flagged, never hidden.
  const [byProfile, byHomeAndProfile, pairwise, distress] = await Promise.all([
    evalGet<SatisfactionReport>("satisfaction", key, query({ by: "profile", min_n: "1" })),
    evalGet<SatisfactionReport>("satisfaction", key, query({ by: "home,profile", min_n: "1" })),
    evalGet<PairwiseReport>("pairwise", key, query()),
    evalGet<DistressReport>("distress", key, query()),
  ]);
  return { byProfile, byHomeAndProfile, pairwise, distress };
}

/**
 * One profile's rows. Bradley-Terry scores stay those fitted on every comparison: a fit on one
 * profile alone has nothing to compare.
 */
function restrictToProfile(inputs: Inputs, profile: string): Inputs {
  return {
    byProfile: { ...inputs.byProfile, groups: inputs.byProfile.groups.filter((g) => g.key.profile === profile) },
    byHomeAndProfile: {
      ...inputs.byHomeAndProfile,
      groups: inputs.byHomeAndProfile.groups.filter((g) => g.key.profile === profile),
      within_home: inputs.byHomeAndProfile.within_home?.filter((w) => w.own_profile === profile || w.other_profiles.includes(profile)),
    },
    pairwise: { ...inputs.pairwise, items: inputs.pairwise.items.filter((i) => i.item === profile) } as Inputs["pairwise"],
    distress: { ...inputs.distress, groups: inputs.distress.groups.filter((g) => g.profile === profile) },
  };
}

// ------------------------------------------------------------------------------------------ sections

const smallMark = (small: boolean | null) => (small ? h("span", { class: "badge small-sample" }, t("small_sample")) : null);
const ci = (lower: number, upper: number) => `${formatNumber(lower)} – ${formatNumber(upper)}`;
const num = (value: number | null, digits = 2) => (value === null ? "" : formatNumber(value, digits));

type Cell = string | HTMLElement | null;

function dataTable(headings: readonly string[], rows: readonly (readonly Cell[])[], caption: string): HTMLElement {
  return h(
    "div",
    { class: "table-wrap", tabindex: 0, role: "region", "aria-label": caption },
    h(
      "table",
      {},
      h("caption", { class: "sr-only" }, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          headings.map((heading) => h("th", { scope: "col" }, heading)),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map((cells) =>
          h(
            "tr",
            {},
            cells.map((cell, index) => (index === 0 ? h("th", { scope: "row" }, cell) : h("td", {}, cell))),
          ),
        ),
      ),
    ),
  );
}

function csvLink(table: Table): HTMLElement {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }));
  return h("a", { class: "button quiet", href: url, download: `glocal-eval.${table.name}.csv`, "data-table": table.name }, t("download_csv"));
}

interface Figure {
  id: string;
  title: string;
  table: Table;
  /** Rows the chart can draw; none means "no data" instead of an empty plot. */
  drawable: number;
  spec: () => TopLevelSpec;
  rows: () => { headings: string[]; cells: Cell[][] };
  empty: string;
}

function figures(tables: ReportTables, labels: ChartLabels): Figure[] {
  const item = (key: RatingItemKey | null) => (key ? labels.items[key] : "");
  return [
    {
      id: "within-home",
      title: t("sec_within_home"),
      table: tables.withinHome,
      drawable: tables.withinHome.rows.filter((r) => r.own_mean !== null).length,
      spec: () => withinHomeSpec(tables),
      empty: t("no_data_home"),
      rows: () => ({
        headings: [t("col_home"), t("col_own"), t("filter_item"), t("col_own_mean"), t("col_others_mean"), t("col_p"), t("col_effect"), ""],
        cells: tables.withinHome.rows
          .filter((r) => r.own_mean !== null)
          .map((r) => [
            r.home,
            profileName(r.own_profile),
            item(r.item),
            `${num(r.own_mean)} (n=${r.own_n ?? 0})`,
            `${num(r.others_mean)} (n=${r.others_n ?? 0})`,
            r.p === null ? "" : formatP(r.p),
            num(r.rank_biserial),
            smallMark(r.underpowered),
          ]),
      }),
    },
    {
      id: "heatmap",
      title: t("sec_heatmap", { item: labels.items[HEATMAP_ITEM] }),
      table: tables.homeProfile,
      drawable: tables.homeProfile.rows.filter((r) => r.item === HEATMAP_ITEM).length,
      spec: () => heatmapSpec(tables, labels),
      empty: t("no_data_home"),
      rows: () => ({
        headings: [t("col_home"), t("col_profile"), t("col_n"), t("col_mean"), t("col_ci"), t("col_own"), ""],
        cells: tables.homeProfile.rows
          .filter((r) => r.item === HEATMAP_ITEM)
          .map((r) => [
            r.home,
            profileName(r.profile),
            String(r.n),
            num(r.mean),
            ci(r.ci95_lower, r.ci95_upper),
            r.own_culture ? "✓" : "",
            smallMark(r.underpowered),
          ]),
      }),
    },
    {
      id: "ratings",
      title: t("sec_ratings"),
      table: tables.profileRatings,
      drawable: tables.profileRatings.rows.length,
      spec: () => profileRatingsSpec(tables, labels),
      empty: t("no_data"),
      rows: () => ({
        headings: [t("col_profile"), t("filter_item"), t("col_n"), t("col_mean"), t("col_ci"), t("col_median"), ""],
        cells: tables.profileRatings.rows.map((r) => [
          profileName(r.profile),
          item(r.item),
          String(r.n),
          num(r.mean),
          ci(r.ci95_lower, r.ci95_upper),
          num(r.median, 1),
          smallMark(r.underpowered),
        ]),
      }),
    },
    {
      id: "distribution",
      title: t("sec_distribution"),
      table: tables.distributions,
      drawable: tables.distributions.rows.length,
      spec: () => distributionsSpec(tables, labels),
      empty: t("no_data"),
      rows: () => ({ headings: [], cells: [] }), // the ratings table above has the numbers; the CSV has every share
    },
    {
      id: "pairwise",
      title: t("sec_pairwise"),
      table: tables.bradleyTerry,
      drawable: tables.bradleyTerry.rows.length,
      spec: () => bradleyTerrySpec(tables),
      empty: t("no_data"),
      rows: () => ({
        headings: [t("col_profile"), t("col_elo"), t("col_ci"), t("col_wins"), t("col_losses"), t("col_ties"), ""],
        cells: tables.bradleyTerry.rows.map((r) => [
          profileName(r.profile),
          num(r.elo, 0),
          ci(r.elo_ci95_lower, r.elo_ci95_upper),
          String(r.wins),
          String(r.losses),
          String(r.ties),
          smallMark(r.underpowered),
        ]),
      }),
    },
    {
      id: "distress",
      title: t("sec_distress"),
      table: tables.distress,
      drawable: tables.distress.rows.length,
      spec: () => distressSpec(tables),
      empty: t("no_data"),
      rows: () => ({
        headings: [t("col_profile"), t("col_n"), t("col_before"), t("col_after"), t("col_change"), t("col_ci"), ""],
        cells: tables.distress.rows.map((r) => [
          profileName(r.profile),
          String(r.n_sessions),
          num(r.mean_before),
          num(r.mean_after),
          num(r.mean_change),
          ci(r.ci95_lower, r.ci95_upper),
          smallMark(r.underpowered),
        ]),
      }),
    },
  ];
}

/** Vega's SVG markup parsed as SVG (never as HTML) and placed in the figure. */
async function drawInto(container: HTMLElement, spec: TopLevelSpec): Promise<void> {
  const markup = await renderSvg(spec);
  const svg = new DOMParser().parseFromString(markup, "image/svg+xml").documentElement;
  svg.setAttribute("aria-hidden", "true"); // the table next to it carries the same numbers for screen readers
  container.replaceChildren(document.importNode(svg, true));
  container.dataset.drawn = "true";
}

async function figureSection(figure: Figure): Promise<HTMLElement> {
  const headingId = `${figure.id}-heading`;
  const body: (HTMLElement | null)[] = [];
  if (figure.drawable === 0) {
    body.push(h("p", { class: "empty" }, figure.empty));
  } else {
    const chart = h("figure", { class: "chart", id: `chart-${figure.id}` });
    await drawInto(chart, figure.spec());
    const { headings, cells } = figure.rows();
    body.push(chart, headings.length > 0 ? dataTable(headings, cells, figure.title) : null, h("p", {}, csvLink(figure.table)));
  }
  return h("section", { class: "panel report", id: figure.id, "aria-labelledby": headingId }, h("h2", { id: headingId }, figure.title), body);
}

function notes(report: SatisfactionReport): HTMLElement {
  return h(
    "details",
    { class: "panel notes", id: "notes" },
    h("summary", {}, t("notes_heading")),
    // The statistical notes are the API's own text, in English.
    h(
      "ul",
      { lang: "en", dir: "ltr" },
      Object.values(report.notes).map((note) => h("li", {}, note)),
    ),
    h("p", { lang: "en", dir: "ltr", class: "hint" }, report.method),
  );
}

// --------------------------------------------------------------------------------------------- page

async function dashboard(key: string): Promise<HTMLElement[]> {
  let inputs: Inputs;
  try {
    inputs = await loadInputs(key);
  } catch (error) {
    if (error instanceof GatewayError && (error.status === 401 || error.status === 403)) {
      sessionStorage.removeItem(KEY_STORAGE);
      keyError = error.code === "evaluator_endpoints_disabled" ? t("eval_disabled") : t("eval_key_wrong");
      return [keyForm()];
    }
    return [h("p", { class: "error", role: "alert" }, errorText(error)), h("button", { type: "button", onclick: () => void render() }, t("retry"))];
  }
  const shown = filters.profile ? restrictToProfile(inputs, filters.profile) : inputs;
  // The page does not query experiments yet: their figures are in the offline report (npm run eval:report) and GET /v1/eval/arms.
  const tables = buildTables({
    ...shown,
    arms: [],
    filter: { includeSynthetic: filters.synthetic },
    seed: "seed" in inputs.pairwise ? inputs.pairwise.seed : 0,
  });
  const minN = inputs.byProfile.min_n_per_group_for_power;
  const small =
    shown.byProfile.groups.filter((g) => g.underpowered).length +
    tables.bradleyTerry.rows.filter((r) => r.underpowered).length +
    tables.distress.rows.filter((r) => r.underpowered).length;
  const sections = await Promise.all(figures(tables, chartLabels()).map(figureSection));
  return [
    h(
      "div",
      { class: "toolbar" },
      h(
        "p",
        { id: "totals" },
        t("eval_totals", { ratings: shown.byProfile.n_ratings, comparisons: inputs.pairwise.n_comparisons_submitted, sessions: shown.distress.n_sessions }),
      ),
      h(
        "button",
        {
          type: "button",
          class: "quiet",
          id: "forget-key",
          onclick: () => {
            sessionStorage.removeItem(KEY_STORAGE);
            void render();
          },
        },
        t("eval_key_forget"),
      ),
    ),
    filterForm(),
    small > 0 ? h("p", { class: "warning", id: "power-warning", role: "note" }, t("warn_underpowered", { count: small, min: minN })) : null,
    notes(inputs.byProfile),
    ...sections,
  ].filter((part): part is HTMLElement => part !== null);
}

async function render(): Promise<void> {
  applyLocale();
  root.setAttribute("aria-busy", "true");
  const key = storedKey();
  const main = h("main", { id: "main" }, key ? await dashboard(key) : [keyForm()]);
  root.replaceChildren(header(), main);
  root.setAttribute("aria-busy", "false");
  if (!storedKey()) document.getElementById("eval-key")?.focus();
}

async function boot(): Promise<void> {
  applyLocale();
  try {
    profiles = await listProfiles();
  } catch {
    profiles = []; // names and item wording fall back to ids; the figures still load
  }
  await render();
}

void boot();
