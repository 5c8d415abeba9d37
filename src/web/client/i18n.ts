import { LOCALES, isRtl, type LocaleCode, type MessageKey } from "../locales/index.ts";

let current: LocaleCode = "en";

/** Switch the page's language: every later t() call and the document's lang and dir follow. */
export function setLocale(code: LocaleCode): void {
  current = code;
  document.documentElement.lang = code;
  document.documentElement.dir = isRtl(code) ? "rtl" : "ltr";
}

export function locale(): LocaleCode {
  return current;
}

/** The UI string for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = LOCALES[current][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? formatValue(vars[name] as string | number) : whole));
}

function formatValue(value: string | number): string {
  return typeof value === "number" ? value.toLocaleString(current) : value;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A language's name in the page's language ("Korean", "كورية"…), or its code where the browser has none. */
export function languageName(code: string): string {
  if (!displayNames.has(current)) {
    try {
      displayNames.set(current, new Intl.DisplayNames([current, "en"], { type: "language", fallback: "code" }));
    } catch {
      displayNames.set(current, null);
    }
  }
  try {
    return displayNames.get(current)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A list in the page's language: "Hindi, English and Urdu". */
export function formatList(items: readonly string[]): string {
  try {
    return new Intl.ListFormat(current, { type: "conjunction" }).format(items);
  } catch {
    return items.join(", ");
  }
}

export function formatNumber(value: number, digits = 2): string {
  return value.toLocaleString(current, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Like t(), but placeholders may be elements (a model name in <bdi>, a link), kept in the sentence's word order. */
export function tParts(key: MessageKey, vars: Record<string, Node | string | number>): (Node | string)[] {
  const template = LOCALES[current][key];
  const parts: (Node | string)[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    parts.push(template.slice(last, match.index));
    const value = vars[match[1] as string];
    parts.push(value === undefined ? match[0] : typeof value === "number" ? formatValue(value) : value);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}
