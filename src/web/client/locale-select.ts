import { LOCALE_CODES, LOCALES, isLocale, type LocaleCode } from "../locales/index.ts";
import { h } from "./dom.ts";
import { t } from "./i18n.ts";
import { readPref } from "./prefs.ts";

export interface LocaleSelectProps {
  /** What "automatic" means on this page (follow the profile, follow the browser). */
  autoLabel: string;
  onChange: (code: LocaleCode | null) => void;
}

/** The page-language picker: every locale by its own name, plus automatic. */
export function localeSelect({ autoLabel, onChange }: LocaleSelectProps): HTMLElement {
  const stored = readPref("locale");
  const selected = stored && isLocale(stored) ? stored : null;
  return h(
    "div",
    { class: "field inline" },
    h("label", { for: "ui-language" }, t("ui_language")),
    h(
      "select",
      {
        id: "ui-language",
        onchange: (event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          onChange(isLocale(value) ? value : null);
        },
      },
      h("option", { value: "", selected: selected === null }, autoLabel),
      LOCALE_CODES.map((code) => h("option", { value: code, lang: code, selected: selected === code }, LOCALES[code].locale_name)),
    ),
  );
}
