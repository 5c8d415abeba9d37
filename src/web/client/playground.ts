/**
 * The playground at `/`: pick a culture profile, chat with streamed answers, try other cultures side
 * by side, rate answers, check in on distress, start over, erase one's data. State lives here; the
 * components render from it. Message text stays in memory only.
 */
import type { ResolvedResources } from "../../safety/crisis-resources.ts";
import { isLocale, matchLocale, type LocaleCode } from "../locales/index.ts";
import {
  compareChat,
  deleteUserData,
  listLenses,
  listModels,
  listProfiles,
  postCheckin,
  postComparison,
  putSession,
  streamChat,
  type AnswerMeta,
  type ChatTurn,
  type LensView,
  type ModelView,
  type ProfileView,
} from "./api.ts";
import { checkinCard, type CheckinState } from "./checkin.ts";
import { comparable, comparePanel, compareTurnView, type CompareTurn } from "./compare-view.ts";
import { crisisBanner } from "./crisis-banner.ts";
import { DELETE_DIALOG_ID, deleteDialog } from "./delete-dialog.ts";
import { byId, h, replaceKeepingFocus } from "./dom.ts";
import { setLocale, t } from "./i18n.ts";
import { localeSelect } from "./locale-select.ts";
import { forgetUser, readPref, userId, writePref } from "./prefs.ts";
import { homeSelect, lensSelect, nativeName, profilePicker } from "./profile-picker.ts";
import { errorText, ratingForm, ratingItemsFor, type RatingState } from "./rating-form.ts";
import { answerMeta, answerText, profileLabel, type AnswerView, type Turn } from "./turns.ts";

/** Where the stylesheet puts the settings in a column of their own, beside the chat. */
const WIDE_LAYOUT = "(min-width: 56rem)";

/** Up to two other profiles next to the current one: three answers still fit side by side. */
const MAX_EXTRA_PROFILES = 2;

interface State {
  profiles: ProfileView[];
  lenses: LensView[];
  models: Map<string, ModelView>;
  profile: string;
  lens: string | null;
  home: string | null;
  localeOverride: LocaleCode | null;
  user: string;
  sessionId: string;
  sessionRegistered?: Promise<void>;
  history: ChatTurn[];
  turns: Turn[];
  before: CheckinState;
  crisis: ResolvedResources | null;
  busy: boolean;
  /** The profile list is folded away until the person opens it, so the chat comes first on any screen. */
  pickerOpen: boolean;
  /** The profile listed first (see PickerProps.lead). */
  listLead: string;
  /** Lens and home culture: open where the settings have a column of their own (wide screens). */
  settingsOpen: boolean;
  compareOpen: boolean;
  compareWith: string[];
  /** "Which fits you better" is asked blind unless the person turns it off. */
  compareBlind: boolean;
  notice: string | null;
}

let state: State;
let turnCounter = 0;
const root = byId("app");

const freshRating = (): RatingState => ({ values: {}, comment: "", status: "editing" });
const newSessionId = () => `web-${crypto.randomUUID()}`;
const currentProfile = () => state.profiles.find((p) => p.id === state.profile) as ProfileView;

/** The page speaks the language chosen in the header, else the profile's first language it has strings for. */
function effectiveLocale(): LocaleCode {
  if (state.localeOverride) return state.localeOverride;
  const profile = state.profiles.find((p) => p.id === state.profile);
  return matchLocale(profile?.languages.primary ?? []) ?? matchLocale(navigator.languages) ?? "en";
}

function ensureSession(): Promise<void> {
  state.sessionRegistered ??= putSession(state.sessionId, state.user, state.home).then(
    () => undefined,
    (error: unknown) => {
      state.sessionRegistered = undefined; // try again with the next message
      throw error;
    },
  );
  return state.sessionRegistered;
}

// ---------------------------------------------------------------------------------------- rendering

function renderAll(): void {
  setLocale(effectiveLocale());
  document.title = t("playground_title");
  const focusedId = document.activeElement?.id;
  const draft = document.querySelector<HTMLTextAreaElement>("#message")?.value ?? "";
  root.replaceChildren(header(), h("div", { class: "layout" }, setupPanel(), chatPanel()), deleteDialog(eraseMyData));
  byId<HTMLTextAreaElement>("message").value = draft;
  root.setAttribute("aria-busy", "false");
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function header(): HTMLElement {
  return h(
    "header",
    { class: "topbar" },
    h("a", { class: "skip", href: "#message" }, t("skip_to_chat")),
    h("h1", {}, h("span", { class: "brand", lang: "en" }, "glocal"), " ", h("span", { class: "subtitle" }, t("playground_heading"))),
    localeSelect({
      autoLabel: t("ui_language_auto"),
      onChange: (code) => {
        state.localeOverride = code;
        writePref("locale", code);
        renderAll();
      },
    }),
  );
}

/**
 * The settings, compact: the profile list and the optional lens and home culture fold away behind one line
 * each, so the message box is in the first screen of a phone. The profile line names the chosen profile,
 * which is also the first card of the list.
 */
function setupPanel(): HTMLElement {
  const profile = currentProfile();
  return h(
    "section",
    { class: "setup", "aria-labelledby": "setup-heading" },
    h("h2", { id: "setup-heading", class: "sr-only" }, t("setup_heading")),
    h(
      "details",
      {
        class: "picker",
        id: "picker",
        open: state.pickerOpen,
        ontoggle: (event: Event) => {
          state.pickerOpen = (event.target as HTMLDetailsElement).open;
          if (!state.pickerOpen) state.listLead = state.profile;
        },
      },
      h("summary", { id: "picker-summary" }, t("profile_current"), " ", nativeName(profile)),
      profilePicker({
        profiles: state.profiles,
        models: state.models,
        selected: state.profile,
        lead: state.listLead,
        onSelect: (id, byPointer) => {
          state.profile = id;
          writePref("profile", id);
          // A tap picks and folds the list away, back to the chat; arrow keys keep it open to move on.
          if (byPointer) {
            state.pickerOpen = false;
            state.listLead = id;
          }
          renderAll();
          if (byPointer) byId("picker-summary").focus();
        },
      }),
    ),
    h(
      "details",
      {
        class: "picker",
        id: "more-settings",
        open: state.settingsOpen,
        ontoggle: (event: Event) => {
          state.settingsOpen = (event.target as HTMLDetailsElement).open;
        },
      },
      h("summary", { id: "more-settings-summary" }, t("setup_heading")),
      lensSelect({
        lenses: state.lenses,
        selected: state.lens,
        onSelect: (id) => {
          state.lens = id;
          writePref("lens", id);
        },
      }),
      homeSelect({
        profiles: state.profiles,
        selected: state.home,
        onSelect: (id) => {
          state.home = id;
          writePref("home", id);
          state.sessionRegistered = undefined; // the session is registered again with the new home
          if (state.turns.length > 0 || state.before.status === "done") void ensureSession().catch(() => undefined);
        },
      }),
    ),
  );
}

function disclosure(profile: ProfileView): HTMLElement | null {
  const language = [effectiveLocale() as string, ...profile.languages.primary].find((tag) => profile.disclosure[tag]);
  if (!language) return null;
  return h("p", { class: "disclosure", role: "note", lang: language, dir: "auto", id: "disclosure" }, profile.disclosure[language] ?? "");
}

function chatPanel(): HTMLElement {
  const profile = currentProfile();
  return h(
    "section",
    { class: "chat", "aria-labelledby": "chat-heading" },
    h("h2", { id: "chat-heading" }, t("chat_heading", { profile: profile.name.native })),
    disclosure(profile),
    h("div", { id: "crisis-slot" }, state.crisis ? crisisBanner(state.crisis) : null),
    state.notice ? h("p", { class: "notice", role: "status" }, state.notice) : null,
    beforeCheckinVisible() ? beforeCheckin() : null,
    h(
      "ol",
      { class: "log", id: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions", "aria-label": t("log_label") },
      state.turns.map(renderTurn),
    ),
    composer(),
    state.compareOpen ? comparePanelNow() : null,
    sessionActions(),
    h("p", { id: "status", class: "sr-only", role: "status", "aria-live": "polite" }),
  );
}

/** The start check-in belongs before the conversation; once it has begun, an untouched one goes away. */
function beforeCheckinVisible(): boolean {
  return !(state.turns.length > 0 && state.before.status === "asking" && state.before.value === null);
}

function beforeCheckin(): HTMLElement {
  return checkinCard({
    phase: "before",
    state: state.before,
    onChange: (next) => {
      state.before = next;
      replaceKeepingFocus(byId("checkin-before"), beforeCheckin());
    },
    onSubmit: async (value) => {
      try {
        await ensureSession();
        await postCheckin(state.sessionId, state.user, "before", value, state.profile);
      } catch (error) {
        throw new Error(errorText(error));
      }
    },
  });
}

function composer(): HTMLElement {
  const submit = (event: Event) => {
    event.preventDefault();
    const input = byId<HTMLTextAreaElement>("message");
    const text = input.value.trim();
    if (!text || state.busy) return;
    input.value = "";
    void sendMessage(text);
  };
  return h(
    "form",
    { class: "composer", id: "composer", onsubmit: submit },
    h("label", { for: "message" }, t("message_label")),
    h(
      "div",
      { class: "composer-row" },
      h("textarea", {
        id: "message",
        rows: 2,
        maxlength: 16000,
        dir: "auto",
        "aria-describedby": "message-hint",
        onkeydown: (event: Event) => {
          const key = event as KeyboardEvent;
          // Enter sends, Shift+Enter breaks the line; never while an input method is composing (Korean, Japanese…).
          if (key.key === "Enter" && !key.shiftKey && !key.isComposing) submit(event);
        },
      }),
      h("button", { type: "submit", id: "send", disabled: state.busy }, t(state.busy ? "sending" : "send")),
    ),
    h("p", { class: "hint", id: "message-hint" }, t("message_hint")),
  );
}

function sessionActions(): HTMLElement {
  const hasUserMessage = state.history.some((turn) => turn.role === "user");
  return h(
    "div",
    { class: "actions", role: "group", "aria-label": t("actions_label") },
    h(
      "button",
      {
        type: "button",
        id: "try-other",
        "aria-expanded": state.compareOpen ? "true" : "false",
        "aria-controls": "compare-panel",
        disabled: !hasUserMessage || state.busy,
        onclick: () => {
          state.compareOpen = !state.compareOpen;
          renderAll();
          if (state.compareOpen) document.querySelector<HTMLInputElement>("#compare-panel input")?.focus();
        },
      },
      t("try_other"),
    ),
    h("button", { type: "button", id: "end-session", class: "quiet", disabled: !hasUserMessage || state.busy, onclick: endSession }, t("end_session")),
    h("button", { type: "button", id: "start-over", class: "quiet", disabled: state.busy, onclick: () => startOver(null) }, t("start_over")),
    h(
      "button",
      { type: "button", id: "delete-data", class: "quiet danger", onclick: () => byId<HTMLDialogElement>(DELETE_DIALOG_ID).showModal() },
      t("delete_data"),
    ),
  );
}

function comparePanelNow(): HTMLElement {
  return comparePanel({
    others: state.profiles.filter((p) => p.id !== state.profile),
    chosen: state.compareWith,
    max: MAX_EXTRA_PROFILES,
    busy: state.busy,
    blind: state.compareBlind,
    onBlind: (on) => {
      state.compareBlind = on;
    },
    onToggle: (profile, on) => {
      state.compareWith = on ? [...state.compareWith, profile] : state.compareWith.filter((p) => p !== profile);
      replaceKeepingFocus(byId("compare-panel"), comparePanelNow());
    },
    onRun: () => void runComparison([state.profile, ...state.compareWith]),
    onCancel: () => {
      state.compareOpen = false;
      renderAll();
      byId("try-other").focus();
    },
  });
}

// ------------------------------------------------------------------------------------------- turns

function renderTurn(turn: Turn): HTMLElement {
  switch (turn.kind) {
    case "user":
      return h("li", { class: "turn user", id: turn.id }, h("h3", { class: "who" }, t("you")), h("p", { class: "text", dir: "auto" }, turn.text));
    case "answer":
      return h(
        "li",
        { class: `turn answer ${turn.status}`, id: turn.id },
        h("h3", { class: "who" }, profileLabel(state.profiles, turn.profile)),
        answerBody(turn.id, turn, turn.status === "streaming", (rating) => {
          turn.rating = rating;
          updateTurn(turn);
        }),
      );
    case "compare":
      return compareTurn(turn);
    case "checkin-after":
      return h(
        "li",
        { class: "turn checkin-turn", id: turn.id },
        checkinCard({
          phase: "after",
          state: turn.state,
          onChange: (next) => {
            turn.state = next;
            updateTurn(turn);
          },
          onSubmit: async (value) => {
            try {
              await postCheckin(state.sessionId, state.user, "after", value, state.profile);
            } catch (error) {
              throw new Error(errorText(error));
            }
          },
        }),
      );
  }
}

/** An answer's text, what served it, and its rating form once it is complete. */
function answerBody(key: string, answer: AnswerView, streaming: boolean, onRating: (rating: RatingState) => void): HTMLElement[] {
  const parts: HTMLElement[] = [answerText(key, answer.text, streaming)];
  if (answer.error) parts.push(h("p", { class: "error", role: "alert" }, answer.error));
  // A blind answer, even once revealed, has no route to show: only its model, which the compare view names.
  if (answer.meta && !answer.blindMeta) parts.push(answerMeta(answer.meta));
  if (answer.meta && !streaming && !answer.error) {
    const instrument = ratingItemsFor(state.profiles, answer.profile, [answer.meta.language.code, effectiveLocale()]);
    if (instrument) {
      parts.push(ratingForm({ key: `${key}-rating`, meta: answer.meta, user: state.user, instrument, state: answer.rating, onChange: onRating }));
    }
  }
  return parts;
}

function compareTurn(turn: CompareTurn): HTMLElement {
  return compareTurnView({
    turn,
    profiles: state.profiles,
    renderAnswer: (key, answer) =>
      answerBody(key, answer, false, (rating) => {
        answer.rating = rating;
        updateTurn(turn);
      }),
    onChoose: (preferred) => void recordChoice(turn, preferred),
  });
}

function updateTurn(turn: Turn): void {
  const existing = document.getElementById(turn.id);
  if (existing) replaceKeepingFocus(existing, renderTurn(turn));
  else byId("log").append(renderTurn(turn));
}

function setBusy(busy: boolean): void {
  state.busy = busy;
  for (const id of ["send", "try-other", "end-session", "start-over", "compare-run"]) {
    const button = document.getElementById(id) as HTMLButtonElement | null;
    if (button) button.disabled = busy || (id !== "send" && id !== "start-over" && !state.history.some((m) => m.role === "user"));
  }
  const send = document.getElementById("send");
  if (send) send.textContent = t(busy ? "sending" : "send");
}

function announce(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

function noteRisk(meta: Pick<AnswerMeta, "risk" | "crisis_resources">): void {
  if (meta.risk?.level === "crisis" && meta.crisis_resources && !state.crisis) {
    state.crisis = meta.crisis_resources;
    byId("crisis-slot").replaceChildren(crisisBanner(state.crisis));
  }
}

// ------------------------------------------------------------------------------------------ actions

async function sendMessage(text: string): Promise<void> {
  state.notice = null;
  state.history.push({ role: "user", content: text });
  const userTurn: Turn = { kind: "user", id: `turn-${++turnCounter}`, text };
  const answer: Extract<Turn, { kind: "answer" }> = {
    kind: "answer",
    id: `turn-${++turnCounter}`,
    status: "streaming",
    profile: state.profile,
    text: "",
    rating: freshRating(),
  };
  state.turns.push(userTurn, answer);
  if (!beforeCheckinVisible()) document.getElementById("checkin-before")?.remove();
  updateTurn(userTurn);
  updateTurn(answer);
  setBusy(true);
  await ensureSession().catch(() => undefined); // the chat works even when the session could not be stored
  let shownMeta = false;
  try {
    const result = await streamChat(
      { profile: state.profile, lens: state.lens, messages: state.history, user: state.user, sessionId: state.sessionId },
      (soFar, meta) => {
        answer.text = soFar;
        answer.meta = meta;
        if (!shownMeta) {
          shownMeta = true;
          updateTurn(answer); // show what serves the answer as soon as it is known
          noteRisk(meta);
        } else {
          byId(`${answer.id}-text`).textContent = soFar;
        }
      },
    );
    answer.text = result.text;
    answer.meta = result.meta;
    answer.status = "done";
    state.history.push({ role: "assistant", content: result.text });
    noteRisk(result.meta);
  } catch (error) {
    answer.status = "failed";
    answer.error = errorText(error);
  }
  updateTurn(answer);
  setBusy(false);
  announce(answer.status === "done" ? t("answer_ready") : (answer.error ?? ""));
}

async function runComparison(profiles: string[]): Promise<void> {
  const lastUser = state.history.map((m) => m.role).lastIndexOf("user");
  const messages = state.history.slice(0, lastUser + 1);
  state.compareOpen = false;
  state.compareWith = [];
  const blind = state.compareBlind;
  const turn: CompareTurn = {
    kind: "compare",
    id: `turn-${++turnCounter}`,
    status: "loading",
    // While loading a blind comparison shows positions only; the order comes from the gateway.
    answers: profiles.map((profile, index) =>
      blind ? { profile: "", position: String.fromCharCode(65 + index), text: "", rating: freshRating() } : { profile, text: "", rating: freshRating() },
    ),
    choice: { status: "asking" },
    ...(blind ? { blind: { token: "", revealed: false } } : {}),
  };
  state.turns.push(turn);
  renderAll();
  setBusy(true);
  byId(turn.id).scrollIntoView({ block: "nearest" });
  try {
    await ensureSession().catch(() => undefined);
    const result = await compareChat({ profiles, lens: state.lens, messages, user: state.user, sessionId: state.sessionId, blind });
    if (result.blind) {
      turn.blind = { token: result.comparison.blind_token, revealed: false };
      turn.answers = result.answers.map((a) => ({
        profile: "",
        position: a.position,
        text: a.message?.content ?? "",
        blindMeta: a.glocal,
        error: a.error ? t("compare_failed", { message: a.error.message }) : undefined,
        rating: freshRating(),
      }));
    } else {
      turn.answers = result.answers.map((a) => ({
        profile: a.profile,
        text: a.message?.content ?? "",
        meta: a.glocal,
        error: a.error ? t("compare_failed", { message: a.error.message }) : undefined,
        rating: freshRating(),
      }));
    }
    turn.status = "done";
    // Safety is never blinded: a crisis in any answer shows the banner at once.
    for (const answer of result.answers) if (answer.glocal) noteRisk(answer.glocal);
  } catch (error) {
    turn.status = "failed";
    turn.error = errorText(error);
  }
  updateTurn(turn);
  setBusy(false);
  announce(turn.status === "done" ? t("compare_ready") : (turn.error ?? ""));
  document.getElementById(`${turn.id}-choice`)?.querySelector("button")?.focus();
}

async function recordChoice(turn: CompareTurn, preferred: string): Promise<void> {
  turn.choice = { status: "sending", preferred };
  updateTurn(turn);
  try {
    const recorded = await postComparison(
      comparable(turn).map((a) => (a.meta ?? a.blindMeta) as AnswerMeta),
      preferred,
      state.user,
      state.sessionId,
      turn.blind?.token,
    );
    if (turn.blind) {
      // The reveal: who wrote each answer, now that the choice is on record; the rating forms appear with it.
      for (const answer of turn.answers) {
        const revealed = recorded.reveal?.find((entry) => entry.interaction_id === answer.blindMeta?.interaction_id);
        if (!revealed?.profile || !answer.blindMeta) continue;
        answer.profile = revealed.profile;
        answer.revealedModel = revealed.model;
        answer.meta = { ...answer.blindMeta, profile: revealed.profile, model: revealed.model ?? "" } as unknown as AnswerMeta;
      }
      turn.blind.revealed = true;
    }
    turn.choice = { status: "done", preferred };
  } catch (error) {
    turn.choice = { status: "failed", error: errorText(error) };
  }
  updateTurn(turn);
}

/** Erase everything stored about this person, then start over as someone new. */
async function eraseMyData(): Promise<void> {
  try {
    await deleteUserData(state.user);
  } catch (error) {
    throw new Error(errorText(error));
  }
  forgetUser();
  state.user = userId();
  startOver(t("delete_done"));
  byId("delete-data").focus();
}

function endSession(): void {
  const turn: Turn = { kind: "checkin-after", id: `turn-${++turnCounter}`, state: { value: null, status: "asking" } };
  state.turns.push(turn);
  updateTurn(turn);
  document.querySelector<HTMLInputElement>(`#${turn.id} input`)?.focus();
}

function startOver(notice: string | null): void {
  state.sessionId = newSessionId();
  state.sessionRegistered = undefined;
  state.history = [];
  state.turns = [];
  state.before = { value: null, status: "asking" };
  state.crisis = null;
  state.compareOpen = false;
  state.compareWith = [];
  state.notice = notice;
  renderAll();
  byId("message").focus();
}

// --------------------------------------------------------------------------------------------- boot

/** A first visit starts with the profile of the browser's region ("ko-KR" → kr), else of its language. */
function defaultProfile(profiles: readonly ProfileView[]): string {
  const tags = navigator.languages.map((tag) => tag.split("-"));
  for (const [, region] of tags) {
    const match = region && profiles.find((p) => p.countries.includes(region.toUpperCase()));
    if (match) return match.id;
  }
  for (const [language] of tags) {
    const match = profiles.find((p) => p.languages.primary[0] === language?.toLowerCase());
    if (match) return match.id;
  }
  return (profiles[0] as ProfileView).id;
}

async function boot(): Promise<void> {
  setLocale(matchLocale(navigator.languages) ?? "en");
  try {
    const [profiles, lenses, models] = await Promise.all([listProfiles(), listLenses(), listModels()]);
    if (profiles.length === 0) throw new Error("no profiles");
    const stored = readPref("profile");
    const storedLocale = readPref("locale");
    const storedLens = readPref("lens");
    const storedHome = readPref("home");
    state = {
      profiles,
      lenses,
      models: new Map(models.map((m) => [m.id, m])),
      profile: profiles.some((p) => p.id === stored) ? (stored as string) : defaultProfile(profiles),
      lens: lenses.some((l) => l.id === storedLens) ? storedLens : null,
      home: profiles.some((p) => p.id === storedHome) ? storedHome : null,
      localeOverride: storedLocale && isLocale(storedLocale) ? storedLocale : null,
      user: userId(),
      sessionId: newSessionId(),
      history: [],
      turns: [],
      before: { value: null, status: "asking" },
      crisis: null,
      busy: false,
      pickerOpen: false,
      listLead: "",
      settingsOpen: matchMedia(WIDE_LAYOUT).matches,
      compareOpen: false,
      compareWith: [],
      compareBlind: true,
      notice: null,
    };
    state.listLead = state.profile;
    renderAll();
  } catch (error) {
    root.replaceChildren(
      h("p", { class: "error", role: "alert" }, errorText(error)),
      h("button", { type: "button", onclick: () => location.reload() }, t("retry")),
    );
    root.setAttribute("aria-busy", "false");
  }
}

void boot();
