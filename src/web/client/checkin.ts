import { h } from "./dom.ts";
import { t } from "./i18n.ts";

export interface CheckinState {
  value: number | null;
  status: "asking" | "sending" | "done" | "skipped" | "failed";
  error?: string;
}

export interface CheckinProps {
  phase: "before" | "after";
  state: CheckinState;
  onChange: (state: CheckinState) => void;
  /** Store the answer; throws with a message to show. */
  onSubmit: (value: number) => Promise<void>;
}

const SCALE = Array.from({ length: 11 }, (_, i) => i);

/** Distress check-in, 0–10, at the start or the end of a session. */
export function checkinCard({ phase, state, onChange, onSubmit }: CheckinProps): HTMLElement {
  const id = `checkin-${phase}`;
  if (state.status === "done" || state.status === "skipped") {
    return h("div", { class: "checkin done", id, role: "status" }, state.status === "done" ? t("checkin_thanks") : null);
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    if (state.value === null) {
      onChange({ ...state, status: "failed", error: t("checkin_need_value") });
      return;
    }
    onChange({ ...state, status: "sending", error: undefined });
    try {
      await onSubmit(state.value);
      onChange({ ...state, status: "done" });
    } catch (error) {
      onChange({ ...state, status: "failed", error: (error as Error).message });
    }
  };
  return h(
    "form",
    { class: "checkin", id, onsubmit: submit },
    h(
      "fieldset",
      { class: "scale", "aria-describedby": `${id}-hint` },
      h("legend", {}, t(phase === "before" ? "checkin_before" : "checkin_after")),
      h(
        "div",
        { class: "scale-points eleven" },
        SCALE.map((value) =>
          h(
            "label",
            { class: "point", for: `${id}-${value}` },
            h("input", {
              type: "radio",
              name: id,
              id: `${id}-${value}`,
              value,
              checked: state.value === value,
              onchange: () => onChange({ value, status: "asking" }),
            }),
            h("span", {}, value.toLocaleString(document.documentElement.lang)),
          ),
        ),
      ),
      h("p", { class: "hint", id: `${id}-hint` }, t("checkin_scale")),
    ),
    state.error ? h("p", { class: "error", role: "alert" }, state.error) : null,
    h(
      "div",
      { class: "row" },
      h("button", { type: "submit", id: `${id}-save`, disabled: state.status === "sending" }, t("checkin_save")),
      h("button", { type: "button", class: "quiet", id: `${id}-skip`, onclick: () => onChange({ ...state, status: "skipped" }) }, t("checkin_skip")),
    ),
  );
}
