import type { CrisisContact, ResolvedResources } from "../../safety/crisis-resources.ts";
import { h, telHref } from "./dom.ts";
import { t } from "./i18n.ts";

function contactLink(contact: CrisisContact): HTMLElement {
  return h(
    "li",
    {},
    h("a", { class: "tel", href: telHref(contact.number) }, h("span", { class: "tel-number", dir: "ltr" }, contact.number), " ", h("span", {}, contact.name)),
    contact.hours ? h("span", { class: "hint" }, ` · ${contact.hours}`) : null,
  );
}

/**
 * A calm banner, not an alarm: the country's emergency and crisis numbers as links a phone can dial,
 * and international directories. The conversation stays open below it.
 */
export function crisisBanner(resources: ResolvedResources): HTMLElement {
  return h(
    "section",
    { class: "crisis", id: "crisis", "aria-labelledby": "crisis-heading" },
    h("h2", { id: "crisis-heading" }, t("crisis_heading")),
    h("p", {}, t("crisis_body")),
    resources.crisisLines.length > 0 ? [h("h3", {}, t("crisis_lines")), h("ul", { class: "contacts" }, resources.crisisLines.map(contactLink))] : null,
    resources.emergency.length > 0 ? [h("h3", {}, t("crisis_emergency")), h("ul", { class: "contacts" }, resources.emergency.map(contactLink))] : null,
    resources.directories.length > 0
      ? h(
          "p",
          { class: "hint" },
          t("crisis_directories"),
          " ",
          resources.directories.flatMap((d, i) => [i > 0 ? " · " : "", h("a", { href: d.url, rel: "noopener noreferrer", target: "_blank" }, d.name)]),
        )
      : null,
    h("p", {}, t("crisis_stay")),
  );
}
