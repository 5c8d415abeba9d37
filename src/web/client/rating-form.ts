import type { RatingItemKey, RatingItems } from "../../profiles/schema.ts";
import { GatewayError, postRating, type AnswerMeta, type ProfileView, type RatingValues } from "./api.ts";
import { h } from "./dom.ts";
import { t } from "./i18n.ts";

const ITEM_KEYS: readonly RatingItemKey[] = ["fits_culture", "understood", "would_work", "natural_language"];
const POINTS = [1, 2, 3, 4, 5] as const;

/**
 * The cultural-validity items in the language the person wrote in: the answering profile's own
 * wording when it has that language, else the same instrument from another profile, else the page's
 * language, else English. Every profile words one language's items identically.
 */
export function ratingItemsFor(
  profiles: readonly ProfileView[],
  answering: string,
  languages: readonly string[],
): { language: string; items: RatingItems } | undefined {
  const own = profiles.find((p) => p.id === answering);
  for (const language of [...languages, "en"]) {
    const items = own?.ratingItems[language] ?? profiles.find((p) => p.ratingItems[language])?.ratingItems[language];
    if (items) return { language, items };
  }
  return undefined;
}

export interface RatingState {
  values: RatingValues;
  comment: string;
  status: "editing" | "sending" | "sent" | "failed";
  commentStored?: boolean;
  error?: string;
}

export interface RatingProps {
  /** Unique per answer: input ids and names derive from it. */
  key: string;
  meta: AnswerMeta;
  user: string;
  instrument: { language: string; items: RatingItems };
  state: RatingState;
  /** Called whenever the state changes, so the owner can keep it across re-renders. */
  onChange: (state: RatingState) => void;
}

/** Rate one answer on the four items, 1–5 taps each, with an optional comment. */
export function ratingForm(props: RatingProps): HTMLElement {
  const { key, instrument, state } = props;
  if (state.status === "sent") {
    return h(
      "div",
      { class: "rating-done", role: "status", id: `${key}-rated` },
      h("p", {}, t("rate_thanks")),
      state.comment && state.commentStored === false ? h("p", { class: "hint" }, t("rate_comment_not_stored")) : null,
    );
  }
  const { items } = instrument;
  const [lowest, , , , highest] = items.anchors;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (Object.keys(state.values).length === 0) {
      props.onChange({ ...state, status: "failed", error: t("rate_need_one") });
      return;
    }
    if (!props.meta.rating_token) {
      props.onChange({ ...state, status: "failed", error: t("rate_unavailable") });
      return;
    }
    props.onChange({ ...state, status: "sending", error: undefined });
    try {
      const result = await postRating(props.meta, props.user, state.values, state.comment.trim() || undefined);
      props.onChange({ ...state, status: "sent", commentStored: result.comment_stored });
    } catch (error) {
      props.onChange({ ...state, status: "failed", error: errorText(error) });
    }
  };

  return h(
    "form",
    { class: "rating", id: `${key}-form`, lang: instrument.language, onsubmit: submit, "aria-labelledby": `${key}-heading` },
    h("h4", { id: `${key}-heading` }, t("rate_heading")),
    ITEM_KEYS.map((item) =>
      h(
        "fieldset",
        { class: "scale" },
        h("legend", {}, items[item]),
        h(
          "div",
          { class: "scale-points" },
          POINTS.map((point) => {
            const id = `${key}-${item}-${point}`;
            return h(
              "label",
              { for: id, class: "point" },
              h("input", {
                type: "radio",
                id,
                name: `${key}-${item}`,
                value: point,
                checked: state.values[item] === point,
                onchange: () => props.onChange({ ...state, values: { ...state.values, [item]: point }, status: "editing", error: undefined }),
              }),
              h("span", { "aria-hidden": "true" }, point),
              h("span", { class: "sr-only" }, `${point}: ${items.anchors[point - 1] ?? ""}`),
            );
          }),
        ),
        h("div", { class: "scale-ends", "aria-hidden": "true" }, h("span", {}, lowest ?? ""), h("span", {}, highest ?? "")),
      ),
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: `${key}-comment` }, t("rate_comment")),
      h(
        "textarea",
        {
          id: `${key}-comment`,
          rows: 2,
          maxlength: 2000,
          oninput: (event: Event) => {
            // Keep the draft without re-rendering (that would steal the caret).
            state.comment = (event.target as HTMLTextAreaElement).value;
          },
        },
        state.comment,
      ),
    ),
    state.error ? h("p", { class: "error", role: "alert" }, state.error) : null,
    h("button", { type: "submit", id: `${key}-submit`, disabled: state.status === "sending" }, t(state.status === "sending" ? "sending" : "rate_submit")),
  );
}

export function errorText(error: unknown): string {
  if (error instanceof GatewayError) return error.status === 0 ? t("error_network") : t("error_generic", { message: error.message });
  return t("error_generic", { message: (error as Error).message });
}
