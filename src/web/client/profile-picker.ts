import type { LensView, ModelView, ProfileView } from "./api.ts";
import { h } from "./dom.ts";
import { formatList, languageName, t } from "./i18n.ts";
import { modelFit, type FitKind } from "./model-fit.ts";

const FIT_LABEL = {
  target: "fit_target",
  fallback: "fit_fallback",
  demo: "fit_demo",
  none: "fit_none",
} as const satisfies Record<FitKind, Parameters<typeof t>[0]>;

/** A profile's native name, marked with its own language so screen readers pronounce it right. */
export function nativeName(profile: ProfileView): HTMLElement {
  // <bdi> keeps a name's own direction without pulling its block to the other side of an RTL page.
  return h("span", { class: "native", lang: profile.languages.primary[0] ?? "" }, h("bdi", {}, profile.name.native));
}

export interface PickerProps {
  profiles: readonly ProfileView[];
  models: ReadonlyMap<string, ModelView>;
  selected: string;
  /** Listed first: the profile chosen when the list was opened (it stays put while arrow keys move the choice). */
  lead: string;
  /** `byPointer`: chosen with a tap or click (the list may fold away), not with the arrow keys. */
  onSelect: (id: string, byPointer: boolean) => void;
}

/** The chosen profile first, then the others in their usual order: what the summary names is what the list starts with. */
export function chosenFirst(profiles: readonly ProfileView[], selected: string): ProfileView[] {
  const chosen = profiles.filter((p) => p.id === selected);
  return [...chosen, ...profiles.filter((p) => p.id !== selected)];
}

/** What a search for a profile matches: its names, id, countries and languages (in the page's language). */
function searchText(profile: ProfileView): string {
  return [profile.name.native, profile.name.en, profile.id, ...profile.countries, ...profile.languages.primary, ...profile.languages.primary.map(languageName)]
    .join(" ")
    .toLocaleLowerCase();
}

/** Hide the options that do not match the search; every word typed must match. */
function filterOptions(list: HTMLElement, query: string): void {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  for (const option of list.querySelectorAll<HTMLElement>(".profile-option")) {
    const text = option.dataset.search ?? "";
    option.hidden = !words.every((word) => text.includes(word));
  }
}

/**
 * Radio list of culture profiles (native and English names, languages, which model would answer), the
 * chosen one first, with a search field on top so a phone never has to scroll through every card.
 */
export function profilePicker({ profiles, models, selected, lead, onSelect }: PickerProps): HTMLElement {
  let pointer = false;
  return h(
    "fieldset",
    { class: "profiles", id: "profiles", onpointerdown: () => (pointer = true), onkeydown: () => (pointer = false) },
    h("legend", {}, t("choose_profile")),
    h("input", {
      type: "search",
      id: "profile-search",
      class: "profile-search",
      "aria-label": t("choose_profile"),
      autocomplete: "off",
      oninput: (event: Event) => {
        const input = event.target as HTMLInputElement;
        filterOptions(input.closest("fieldset") as HTMLElement, input.value);
      },
    }),
    chosenFirst(profiles, lead).map((profile) => {
      const fit = modelFit(profile, models);
      const inputId = `profile-${profile.id}`;
      return h(
        "label",
        { class: "profile-option", for: inputId, "data-search": searchText(profile) },
        h("input", {
          type: "radio",
          name: "profile",
          id: inputId,
          value: profile.id,
          checked: profile.id === selected,
          // A tap on any card, the chosen one included, picks it; the arrow keys pick through change alone.
          onclick: () => pointer && onSelect(profile.id, true),
          onchange: () => !pointer && onSelect(profile.id, false),
        }),
        h(
          "span",
          { class: "profile-text" },
          nativeName(profile),
          profile.name.native !== profile.name.en ? h("span", { class: "english", lang: "en" }, profile.name.en) : null,
          h("span", { class: "langs" }, t("profile_languages", { list: formatList(profile.languages.primary.map(languageName)) })),
          h("span", { class: `fit fit-${fit.kind}` }, t(FIT_LABEL[fit.kind]), fit.model ? [" · ", h("bdi", { class: "model-name" }, fit.model)] : null),
        ),
      );
    }),
  );
}

export interface LensProps {
  lenses: readonly LensView[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

const LENS_LABEL: Record<string, Parameters<typeof t>[0]> = {
  faith: "lens_faith",
  lgbtq: "lens_lgbtq",
  neurodivergent: "lens_neurodivergent",
};

/** A lens the page knows is named in the page's language; a newly added one by its data name. */
export function lensName(lens: LensView): string {
  const key = LENS_LABEL[lens.id];
  return key ? t(key) : lens.name.en;
}

export function lensSelect({ lenses, selected, onSelect }: LensProps): HTMLElement {
  return h(
    "div",
    { class: "field" },
    h("label", { for: "lens" }, t("lens_label")),
    h(
      "select",
      { id: "lens", "aria-describedby": "lens-hint", onchange: (event: Event) => onSelect((event.target as HTMLSelectElement).value || null) },
      h("option", { value: "", selected: selected === null }, t("lens_none")),
      lenses.map((lens) => h("option", { value: lens.id, selected: lens.id === selected }, lensName(lens))),
    ),
    h("p", { class: "hint", id: "lens-hint" }, t("lens_hint")),
  );
}

export interface HomeProps {
  profiles: readonly ProfileView[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** The person's own home culture, optional: evaluators compare profiles within a home culture. */
export function homeSelect({ profiles, selected, onSelect }: HomeProps): HTMLElement {
  return h(
    "div",
    { class: "field" },
    h("label", { for: "home" }, t("home_label")),
    h(
      "select",
      { id: "home", "aria-describedby": "home-hint", onchange: (event: Event) => onSelect((event.target as HTMLSelectElement).value || null) },
      h("option", { value: "", selected: selected === null }, t("home_unsaid")),
      profiles.map((profile) => h("option", { value: profile.id, selected: profile.id === selected }, `${profile.name.native} (${profile.name.en})`)),
    ),
    h("p", { class: "hint", id: "home-hint" }, t("home_hint")),
  );
}
