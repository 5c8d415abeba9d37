import type { RouteStep } from "../../routing/route.ts";
import type { BlindServed } from "../../api/blind.ts";
import type { AnswerMeta, ProfileView } from "./api.ts";
import { h } from "./dom.ts";
import { languageName, t, tParts } from "./i18n.ts";
import { nativeName } from "./profile-picker.ts";
import type { RatingState } from "./rating-form.ts";
import type { CheckinState } from "./checkin.ts";

export interface AnswerView {
  /** The answering profile; for a blind answer, its position ("A", "B", …) until the reveal. */
  profile: string;
  text: string;
  meta?: AnswerMeta;
  /** A blind answer's safety and rating fields; `meta` stays unset until the choice reveals who answered. */
  blindMeta?: BlindServed;
  /** Blind only: the position shown, and the model the reveal named. */
  position?: string;
  revealedModel?: string | null;
  error?: string;
  rating: RatingState;
}

export type Turn =
  | { kind: "user"; id: string; text: string }
  | ({ kind: "answer"; id: string; status: "streaming" | "done" | "failed" } & AnswerView)
  | {
      kind: "compare";
      id: string;
      status: "loading" | "done" | "failed";
      error?: string;
      answers: AnswerView[];
      choice: { status: "asking" | "sending" | "done" | "failed"; preferred?: string; error?: string };
      /** Blind: names hidden until the choice is recorded; the token proves the order shown. */
      blind?: { token: string; revealed: boolean };
    }
  | { kind: "checkin-after"; id: string; state: CheckinState };

const DECISION_LABEL = {
  selected: "route_selected",
  skipped: "route_skipped",
  failed: "route_failed",
  candidate: "route_candidate",
  not_tried: "route_not_tried",
} as const satisfies Record<RouteStep["decision"], Parameters<typeof t>[0]>;

function routeDetails(route: readonly RouteStep[]): HTMLElement {
  return h(
    "details",
    { class: "route" },
    h("summary", {}, tParts("meta_route", { model: h("bdi", {}, route.find((s) => s.decision === "selected")?.model ?? "—") })),
    h(
      "ol",
      {},
      route.map((step) =>
        h(
          "li",
          { class: `step-${step.decision}` },
          h("bdi", { class: "model-name" }, step.model),
          " — ",
          h("strong", {}, t(DECISION_LABEL[step.decision])),
          // The reason is the router's own English trace, shown as data for the curious.
          h("span", { class: "reason", lang: "en", dir: "ltr" }, ` (${step.reason})`),
        ),
      ),
    ),
  );
}

/** What served the answer: detected language, model, route, and whether the profile is another culture's. */
export function answerMeta(meta: AnswerMeta): HTMLElement {
  const language = meta.language.code === "und" ? t("meta_language_unknown") : `${languageName(meta.language.code)} (${meta.language.code})`;
  return h(
    "div",
    { class: "meta" },
    h(
      "ul",
      { class: "facts" },
      h("li", { class: "fact-language" }, t("meta_language", { language })),
      h("li", { class: "fact-model" }, tParts("meta_model", { model: h("bdi", { class: "model-name" }, meta.model) })),
      meta.other_culture ? h("li", { class: "badge other-culture" }, t("meta_other_culture")) : null,
      meta.demo ? h("li", { class: "badge demo" }, t("meta_demo")) : null,
    ),
    routeDetails(meta.route),
  );
}

export function profileLabel(profiles: readonly ProfileView[], id: string): HTMLElement {
  const profile = profiles.find((p) => p.id === id);
  return profile ? nativeName(profile) : h("span", {}, id);
}

/** An answer's text element; its id lets the stream update it without re-rendering the turn. */
export function answerText(id: string, text: string, streaming: boolean): HTMLElement {
  return h("p", { class: "text", id: `${id}-text`, dir: "auto", "aria-busy": streaming ? "true" : "false" }, text);
}
