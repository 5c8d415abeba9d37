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
  onSelect: (id: string) => void;
}

/** Radio list of culture profiles: native and English names, languages, and which model would answer. */
export function profilePicker({ profiles, models, selected, onSelect }: PickerProps): HTMLElement {
  return h(
    "fieldset",
    { class: "profiles", id: "profiles" },
    h("legend", {}, t("choose_profile")),
    profiles.map((profile) => {
      const fit = modelFit(profile, models);
      const inputId = `profile-${profile.id}`;
      return h(
        "label",
        { class: "profile-option", for: inputId },
        h("input", {
          type: "radio",
          name: "profile",
          id: inputId,
          value: profile.id,
          checked: profile.id === selected,
          onchange: () => onSelect(profile.id),
        }),
        h(
          "span",
          { class: "profile-text" },
          nativeName(profile),
          profile.name.native !== profile.name.en ? h("span", { class: "english", lang: "en" }, profile.name.en) : null,
          h("span", { class: "langs" }, t("profile_languages", { list: formatList(profile.languages.primary.map(languageName)) })),
          h(
            "span",
            { class: `fit fit-${fit.kind}` },
            t(FIT_LABEL[fit.kind]),
            fit.model ? [" · ", h("bdi", { class: "model-name" }, fit.model)] : null,
          ),
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
      profiles.map((profile) =>
        h("option", { value: profile.id, selected: profile.id === selected }, `${profile.name.native} (${profile.name.en})`),
      ),
    ),
    h("p", { class: "hint", id: "home-hint" }, t("home_hint")),
  );
}
