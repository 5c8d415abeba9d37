/** "Try another culture": choosing the other profiles, and the answers side by side with the choice. */
import type { ProfileView } from "./api.ts";
import { h } from "./dom.ts";
import { t, tParts } from "./i18n.ts";
import { nativeName } from "./profile-picker.ts";
import { profileLabel, type AnswerView, type Turn } from "./turns.ts";

export type CompareTurn = Extract<Turn, { kind: "compare" }>;

export interface ComparePanelProps {
  /** Profiles that can be added: every one but the current. */
  others: readonly ProfileView[];
  chosen: readonly string[];
  max: number;
  busy: boolean;
  /** Hide which profile wrote each answer until the choice (the default). */
  blind: boolean;
  onBlind: (on: boolean) => void;
  onToggle: (profile: string, on: boolean) => void;
  onRun: () => void;
  onCancel: () => void;
}

export function comparePanel(props: ComparePanelProps): HTMLElement {
  const full = props.chosen.length >= props.max;
  return h(
    "form",
    {
      class: "compare-panel",
      id: "compare-panel",
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (props.chosen.length > 0) props.onRun();
      },
    },
    h(
      "fieldset",
      {},
      h("legend", {}, t("compare_choose", { count: props.max })),
      h(
        "div",
        { class: "compare-options" },
        props.others.map((profile) => {
          const id = `compare-${profile.id}`;
          const checked = props.chosen.includes(profile.id);
          return h(
            "label",
            { for: id, class: "check" },
            h("input", {
              type: "checkbox",
              id,
              value: profile.id,
              checked,
              disabled: full && !checked,
              onchange: (event: Event) => props.onToggle(profile.id, (event.target as HTMLInputElement).checked),
            }),
            h(
              "span",
              { class: "profile-text" },
              nativeName(profile),
              profile.name.native !== profile.name.en ? h("span", { class: "english", lang: "en" }, profile.name.en) : null,
            ),
          );
        }),
      ),
    ),
    h(
      "label",
      { for: "compare-blind", class: "check" },
      h("input", {
        type: "checkbox",
        id: "compare-blind",
        checked: props.blind,
        onchange: (event: Event) => props.onBlind((event.target as HTMLInputElement).checked),
      }),
      h("span", {}, t("compare_blind")),
    ),
    h(
      "div",
      { class: "row" },
      h("button", { type: "submit", id: "compare-run", disabled: props.chosen.length === 0 || props.busy }, t("compare_run")),
      h("button", { type: "button", class: "quiet", id: "compare-cancel", onclick: props.onCancel }, t("cancel")),
    ),
  );
}

export interface CompareTurnProps {
  turn: CompareTurn;
  profiles: readonly ProfileView[];
  /** Text, metadata and rating form of one answer. */
  renderAnswer: (key: string, answer: AnswerView) => HTMLElement[];
  /** The person's choice: a profile id (open), an interaction id (blind), or "tie". */
  onChoose: (preferred: string) => void;
}

/** Answers that can take part in a recorded comparison: each needs its rating token. */
export function comparable(turn: CompareTurn): AnswerView[] {
  return turn.answers.filter((answer) => (answer.meta ?? answer.blindMeta)?.rating_token);
}

/** Names are hidden while a blind comparison waits for the choice. */
const hidden = (turn: CompareTurn) => turn.blind !== undefined && !turn.blind.revealed;

/** An answer's heading: "Answer A" while blind, the profile's name once known. */
function answerLabel(turn: CompareTurn, profiles: readonly ProfileView[], answer: AnswerView): HTMLElement | string {
  return hidden(turn) ? t("compare_answer", { position: answer.position ?? "?" }) : profileLabel(profiles, answer.profile);
}

function choiceView({ turn, profiles, onChoose }: CompareTurnProps): HTMLElement | null {
  const answers = comparable(turn);
  if (turn.status !== "done" || answers.length < 2) return null;
  if (turn.choice.status === "done") {
    return h(
      "div",
      { class: "choice-done", role: "status", id: `${turn.id}-chosen` },
      h("p", {}, t("compare_thanks")),
      turn.blind ? h("p", { class: "hint", id: `${turn.id}-revealed` }, t("compare_revealed")) : null,
    );
  }
  const sending = turn.choice.status === "sending";
  return h(
    "fieldset",
    { class: "choice", id: `${turn.id}-choice` },
    h("legend", {}, t("compare_question")),
    h(
      "div",
      { class: "row" },
      answers.map((answer) =>
        turn.blind
          ? h(
              "button",
              {
                type: "button",
                id: `${turn.id}-prefer-${answer.position}`,
                disabled: sending,
                onclick: () => onChoose(answer.blindMeta?.interaction_id as string),
              },
              t("compare_prefer"),
              " ",
              answerLabel(turn, profiles, answer),
            )
          : h(
              "button",
              { type: "button", id: `${turn.id}-prefer-${answer.profile}`, disabled: sending, onclick: () => onChoose(answer.profile) },
              t("compare_prefer"),
              " ",
              profileLabel(profiles, answer.profile),
            ),
      ),
      h("button", { type: "button", class: "quiet", id: `${turn.id}-tie`, disabled: sending, onclick: () => onChoose("tie") }, t("compare_tie")),
    ),
    turn.choice.error ? h("p", { class: "error", role: "alert" }, turn.choice.error) : null,
  );
}

/** The same message answered by 2–3 profiles, side by side (stacked on a phone), then the choice. */
export function compareTurnView(props: CompareTurnProps): HTMLElement {
  const { turn, profiles } = props;
  return h(
    "li",
    { class: "turn compare", id: turn.id, "aria-busy": turn.status === "loading" ? "true" : "false" },
    h("h3", {}, t("compare_heading")),
    turn.status === "loading" ? h("p", { class: "hint" }, t("compare_loading")) : null,
    turn.error ? h("p", { class: "error", role: "alert" }, turn.error) : null,
    h(
      "div",
      { class: "compare-grid" },
      turn.answers.map((answer, index) =>
        h(
          "article",
          {
            class: "compared",
            // A blind answer's element id carries its position, never its profile, until the reveal.
            id: `${turn.id}-answer-${hidden(turn) ? `pos-${answer.position}` : answer.profile}`,
            "aria-labelledby": `${turn.id}-answer-${index}-who`,
          },
          h("h4", { class: "who", id: `${turn.id}-answer-${index}-who` }, answerLabel(turn, profiles, answer)),
          props.renderAnswer(`${turn.id}-a${index}`, answer),
          turn.blind?.revealed && answer.revealedModel
            ? h("p", { class: "fact-model revealed" }, tParts("meta_model", { model: h("bdi", { class: "model-name" }, answer.revealedModel) }))
            : null,
        ),
      ),
    ),
    choiceView(props),
  );
}
