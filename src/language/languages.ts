/**
 * The language table: BCP-47 primary subtag ↔ ISO 639-3, English and native names, the scripts each
 * language is written in, and the code franc's trigram models use for it.
 *
 * `core` languages are the ones the detector covers out of the box (its default candidate set) and
 * that the benchmark measures. The others are known by name and detectable when a deployment lists
 * them in `allowed` (or when their script belongs to them alone, e.g. Greek).
 */

/** ISO 15924 script codes the detector distinguishes. `Zyyy` = no letters at all (digits, emoji, punctuation). */
export type ScriptCode =
  | "Latn"
  | "Cyrl"
  | "Grek"
  | "Armn"
  | "Hebr"
  | "Arab"
  | "Deva"
  | "Beng"
  | "Guru"
  | "Gujr"
  | "Orya"
  | "Taml"
  | "Telu"
  | "Knda"
  | "Mlym"
  | "Sinh"
  | "Thai"
  | "Laoo"
  | "Tibt"
  | "Mymr"
  | "Geor"
  | "Hang"
  | "Ethi"
  | "Khmr"
  | "Jpan"
  | "Hani"
  | "Zyyy";

export interface LanguageInfo {
  /** BCP-47 primary subtag, e.g. "ko". */
  code: string;
  /** ISO 639-3 code (the macrolanguage code where one exists, e.g. "zho", "ara", "fas", "swa"). */
  iso639_3: string;
  english: string;
  native: string;
  scripts: readonly ScriptCode[];
  /** Code of franc's trigram model for this language; absent when franc has none. */
  franc?: string;
  /** Detected by default and measured by the benchmark. */
  core: boolean;
}

function lang(
  code: string,
  iso639_3: string,
  english: string,
  native: string,
  scripts: readonly ScriptCode[],
  franc: string | undefined,
  core: boolean,
): LanguageInfo {
  return franc === undefined ? { code, iso639_3, english, native, scripts, core } : { code, iso639_3, english, native, scripts, franc, core };
}

export const LANGUAGES: readonly LanguageInfo[] = [
  lang("en", "eng", "English", "English", ["Latn"], "eng", true),
  lang("es", "spa", "Spanish", "Español", ["Latn"], "spa", true),
  lang("fr", "fra", "French", "Français", ["Latn"], "fra", true),
  lang("pt", "por", "Portuguese", "Português", ["Latn"], "por", true),
  lang("de", "deu", "German", "Deutsch", ["Latn"], "deu", true),
  lang("it", "ita", "Italian", "Italiano", ["Latn"], "ita", true),
  lang("ru", "rus", "Russian", "Русский", ["Cyrl"], "rus", true),
  lang("uk", "ukr", "Ukrainian", "Українська", ["Cyrl"], "ukr", true),
  // Arabic and Hindi are also typed in Latin letters (Franco-Arab "ana ta3ban", Hinglish "neend nahi aati");
  // franc has no Latin model for them, so word lists and letter cues carry that reading.
  lang("ar", "ara", "Arabic", "العربية", ["Arab", "Latn"], "arb", true),
  lang("fa", "fas", "Persian", "فارسی", ["Arab"], "pes", true),
  lang("ur", "urd", "Urdu", "اردو", ["Arab"], "urd", true),
  lang("hi", "hin", "Hindi", "हिन्दी", ["Deva", "Latn"], "hin", true),
  lang("bn", "ben", "Bengali", "বাংলা", ["Beng"], "ben", true),
  lang("ta", "tam", "Tamil", "தமிழ்", ["Taml"], "tam", true),
  lang("ko", "kor", "Korean", "한국어", ["Hang"], "kor", true),
  lang("ja", "jpn", "Japanese", "日本語", ["Jpan"], "jpn", true),
  lang("zh", "zho", "Chinese", "中文", ["Hani"], "cmn", true),
  lang("vi", "vie", "Vietnamese", "Tiếng Việt", ["Latn"], "vie", true),
  lang("id", "ind", "Indonesian", "Bahasa Indonesia", ["Latn"], "ind", true),
  lang("tl", "tgl", "Tagalog", "Tagalog", ["Latn"], "tgl", true),
  lang("tr", "tur", "Turkish", "Türkçe", ["Latn"], "tur", true),
  lang("sw", "swa", "Swahili", "Kiswahili", ["Latn"], "swh", true),
  lang("yo", "yor", "Yoruba", "Yorùbá", ["Latn"], "yor", true),
  lang("zu", "zul", "Zulu", "isiZulu", ["Latn"], "zul", true),
  lang("he", "heb", "Hebrew", "עברית", ["Hebr"], "heb", true),
  lang("th", "tha", "Thai", "ไทย", ["Thai"], "tha", true),
  lang("pl", "pol", "Polish", "Polski", ["Latn"], "pol", true),
  lang("ha", "hau", "Hausa", "Hausa", ["Latn"], "hau", true),
  // Known by name; detected only when a deployment allows them or their script is theirs alone.
  lang("ig", "ibo", "Igbo", "Asụsụ Igbo", ["Latn"], "ibo", false),
  lang("pcm", "pcm", "Nigerian Pidgin", "Naijá", ["Latn"], undefined, false),
  lang("nl", "nld", "Dutch", "Nederlands", ["Latn"], "nld", false),
  lang("ro", "ron", "Romanian", "Română", ["Latn"], "ron", false),
  lang("sv", "swe", "Swedish", "Svenska", ["Latn"], "swe", false),
  lang("cs", "ces", "Czech", "Čeština", ["Latn"], "ces", false),
  lang("ms", "msa", "Malay", "Bahasa Melayu", ["Latn"], "zlm", false),
  lang("so", "som", "Somali", "Soomaali", ["Latn"], "som", false),
  lang("xh", "xho", "Xhosa", "isiXhosa", ["Latn"], "xho", false),
  lang("af", "afr", "Afrikaans", "Afrikaans", ["Latn"], "afr", false),
  lang("el", "ell", "Greek", "Ελληνικά", ["Grek"], "ell", false),
  lang("am", "amh", "Amharic", "አማርኛ", ["Ethi"], "amh", false),
  lang("ne", "nep", "Nepali", "नेपाली", ["Deva"], "npi", false),
  lang("mr", "mar", "Marathi", "मराठी", ["Deva"], "mar", false),
  lang("pa", "pan", "Punjabi", "ਪੰਜਾਬੀ", ["Guru"], "pan", false),
  lang("gu", "guj", "Gujarati", "ગુજરાતી", ["Gujr"], "guj", false),
  // The other languages the culture profiles list (Central Asia, Spain, Indonesia, the Philippines).
  lang("kk", "kaz", "Kazakh", "Қазақша", ["Cyrl"], "kaz", false),
  lang("ky", "kir", "Kyrgyz", "Кыргызча", ["Cyrl"], "kir", false),
  lang("tg", "tgk", "Tajik", "Тоҷикӣ", ["Cyrl"], "tgk", false),
  lang("uz", "uzb", "Uzbek", "Oʻzbekcha", ["Latn", "Cyrl"], "uzn", false),
  lang("ca", "cat", "Catalan", "Català", ["Latn"], "cat", false),
  lang("eu", "eus", "Basque", "Euskara", ["Latn"], undefined, false),
  lang("gl", "glg", "Galician", "Galego", ["Latn"], "glg", false),
  lang("jv", "jav", "Javanese", "Basa Jawa", ["Latn"], "jav", false),
  lang("su", "sun", "Sundanese", "Basa Sunda", ["Latn"], "sun", false),
  lang("ceb", "ceb", "Cebuano", "Sinugbuanon", ["Latn"], "ceb", false),
  lang("ilo", "ilo", "Ilocano", "Ilokano", ["Latn"], "ilo", false),
];

/** The languages detected by default, in table order. */
export const CORE_LANGUAGES: readonly string[] = LANGUAGES.filter((l) => l.core).map((l) => l.code);

const byCode = new Map<string, LanguageInfo>();
const byIso3 = new Map<string, LanguageInfo>();
for (const info of LANGUAGES) {
  byCode.set(info.code, info);
  byIso3.set(info.iso639_3, info);
  if (info.franc) byIso3.set(info.franc, info);
}
// ISO 639-3 individual-language codes that belong to a macrolanguage in the table.
const ISO3_ALIASES: Record<string, string> = {
  cmn: "zh",
  yue: "zh",
  arb: "ar",
  arz: "ar",
  apc: "ar",
  ary: "ar",
  pes: "fa",
  prs: "fa",
  swh: "sw",
  zsm: "ms",
  zlm: "ms",
  npi: "ne",
  fil: "tl",
  tgl: "tl",
  uzn: "uz",
  uzs: "uz",
};
for (const [iso3, code] of Object.entries(ISO3_ALIASES)) {
  const info = byCode.get(code);
  if (info && !byIso3.has(iso3)) byIso3.set(iso3, info);
}
// Deprecated or alternative two-letter tags still seen in the wild.
const TAG_ALIASES: Record<string, string> = { iw: "he", in: "id", fil: "tl", zsm: "ms" };

/** Primary subtag of a BCP-47 tag, lower-cased: "pt-BR" → "pt", "zh_Hant" → "zh". */
export function primarySubtag(tag: string): string {
  return tag.trim().split(/[-_]/, 1)[0]!.toLowerCase();
}

/**
 * Look a language up by BCP-47 tag (any case, with or without region/script), by ISO 639-3 code, or
 * by franc's code. Undefined when the table does not know it.
 */
export function languageInfo(tagOrCode: string): LanguageInfo | undefined {
  const primary = primarySubtag(tagOrCode);
  if (primary === "") return undefined;
  const aliased = TAG_ALIASES[primary] ?? primary;
  return byCode.get(aliased) ?? byIso3.get(aliased);
}

/** BCP-47 primary subtag for a tag or ISO 639-3 code ("cmn" → "zh", "pt-BR" → "pt"). */
export function toBcp47(tagOrCode: string): string | undefined {
  return languageInfo(tagOrCode)?.code;
}

/** ISO 639-3 code for a tag ("ko" → "kor"); "und" maps to "und". */
export function toIso639_3(tag: string): string | undefined {
  if (primarySubtag(tag) === "und") return "und";
  return languageInfo(tag)?.iso639_3;
}

/** English (default) or native name of a language, e.g. languageName("ko") → "Korean". */
export function languageName(tag: string, form: "english" | "native" = "english"): string | undefined {
  const info = languageInfo(tag);
  return info === undefined ? undefined : info[form];
}

/** Whether the table knows this tag (and so a request hint naming it can win). */
export function isKnownLanguage(tag: string): boolean {
  return languageInfo(tag) !== undefined;
}
