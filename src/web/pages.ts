import { html } from "hono/html";
import { LOCALES, isRtl, type LocaleCode } from "./locales/index.ts";

export type PageName = "playground" | "eval";

export interface ShellAssets {
  script: string;
  style: string;
}

/**
 * The HTML a page starts from: a shell in the visitor's language (from Accept-Language) that the
 * client script fills in. Everything the person sees afterwards is rendered by that script.
 */
export function pageShell(page: PageName, locale: LocaleCode, assets: ShellAssets) {
  const strings = LOCALES[locale];
  const title = page === "playground" ? strings.playground_title : strings.eval_title;
  return html`<!doctype html>
<html lang="${locale}" dir="${isRtl(locale) ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${assets.style}">
<script type="module" src="${assets.script}"></script>
</head>
<body>
<div id="app" aria-busy="true"><p class="hint">${strings.loading}</p><noscript><p>${strings.noscript}</p></noscript></div>
</body>
</html>`;
}
