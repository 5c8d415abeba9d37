/**
 * UI strings for the pages, one file per language. English is the reference: every locale has the
 * same keys (the type checker enforces it) and the same placeholders (a test checks it). The
 * languages are those the culture profiles are written in. Translations are drafts until native
 * speakers review them, like the profiles' own texts.
 */
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fa } from "./fa.ts";
import { fr } from "./fr.ts";
import { ha } from "./ha.ts";
import { hi } from "./hi.ts";
import { id } from "./id.ts";
import { ja } from "./ja.ts";
import { ko } from "./ko.ts";
import { pcm } from "./pcm.ts";
import { pt } from "./pt.ts";
import { ru } from "./ru.ts";
import { sw } from "./sw.ts";
import { tl } from "./tl.ts";
import { yo } from "./yo.ts";
import { zh } from "./zh.ts";

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };

export const LOCALES = { en, es, pt, fr, ru, zh, ja, ko, hi, id, tl, sw, yo, ha, pcm, ar, fa } as const satisfies Record<string, Messages>;

export type LocaleCode = keyof typeof LOCALES;
export const LOCALE_CODES = Object.keys(LOCALES) as LocaleCode[];

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(["ar", "fa", "ur", "he"]);

export function isRtl(code: string): boolean {
  return RIGHT_TO_LEFT.has(code.split("-")[0] ?? code);
}

export function isLocale(code: string): code is LocaleCode {
  return Object.hasOwn(LOCALES, code);
}

/** The first of these BCP-47 tags ("ar-EG", "hi-Latn", "ko") whose language has UI strings. */
export function matchLocale(tags: readonly string[]): LocaleCode | undefined {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? "";
    if (isLocale(primary)) return primary;
  }
  return undefined;
}

/** Language tags from an Accept-Language header, most preferred first. */
export function acceptLanguageTags(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}
