import { byId, h } from "./dom.ts";
import { t } from "./i18n.ts";

export const DELETE_DIALOG_ID = "confirm-delete";

/**
 * "Delete my data", confirmed in a modal dialog (Escape cancels). `onConfirm` erases and throws a
 * message to show when it could not.
 */
export function deleteDialog(onConfirm: () => Promise<void>): HTMLElement {
  const confirm = async () => {
    const button = byId<HTMLButtonElement>("delete-confirm");
    button.disabled = true;
    try {
      await onConfirm();
      byId<HTMLDialogElement>(DELETE_DIALOG_ID).close();
    } catch (error) {
      button.disabled = false;
      byId("delete-error").textContent = (error as Error).message;
    }
  };
  return h(
    "dialog",
    { id: DELETE_DIALOG_ID, "aria-labelledby": "delete-title", "aria-describedby": "delete-body" },
    h("h2", { id: "delete-title" }, t("delete_title")),
    h("p", { id: "delete-body" }, t("delete_body")),
    h("p", { id: "delete-error", class: "error", role: "alert" }),
    h(
      "div",
      { class: "row" },
      h("button", { type: "button", id: "delete-confirm", class: "danger", onclick: () => void confirm() }, t("delete_confirm")),
      // Focus lands on the harmless choice.
      h(
        "button",
        { type: "button", id: "delete-cancel", class: "quiet", autofocus: true, onclick: () => byId<HTMLDialogElement>(DELETE_DIALOG_ID).close() },
        t("cancel"),
      ),
    ),
  );
}
