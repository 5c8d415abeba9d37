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
  /**
   * Rough first- plus second-language speakers, in millions: the base rate that settles a near tie
   * between close relatives (Spanish over Galician on a phrase both write the same way).
   */
  speakers: number;
}

function lang(
  code: string,
  iso639_3: string,
  english: string,
  native: string,
  scripts: readonly ScriptCode[],
  franc: string | undefined,
  core: boolean,
  speakers: number,
): LanguageInfo {
  return franc === undefined
    ? { code, iso639_3, english, native, scripts, core, speakers }
    : { code, iso639_3, english, native, scripts, franc, core, speakers };
}

export const LANGUAGES: readonly LanguageInfo[] = [
  lang("en", "eng", "English", "English", ["Latn"], "eng", true, 1500),
  lang("es", "spa", "Spanish", "Español", ["Latn"], "spa", true, 560),
  lang("fr", "fra", "French", "Français", ["Latn"], "fra", true, 310),
  lang("pt", "por", "Portuguese", "Português", ["Latn"], "por", true, 260),
  lang("de", "deu", "German", "Deutsch", ["Latn"], "deu", true, 135),
  lang("it", "ita", "Italian", "Italiano", ["Latn"], "ita", true, 68),
  lang("ru", "rus", "Russian", "Русский", ["Cyrl"], "rus", true, 255),
  lang("uk", "ukr", "Ukrainian", "Українська", ["Cyrl"], "ukr", true, 40),
  // Arabic and Hindi are also typed in Latin letters (Franco-Arab "ana ta3ban", Hinglish "neend nahi aati");
  // franc has no Latin model for them, so word lists and letter cues carry that reading.
  lang("ar", "ara", "Arabic", "العربية", ["Arab", "Latn"], "arb", true, 370),
  lang("fa", "fas", "Persian", "فارسی", ["Arab"], "pes", true, 80),
  lang("ur", "urd", "Urdu", "اردو", ["Arab"], "urd", true, 230),
  lang("hi", "hin", "Hindi", "हिन्दी", ["Deva", "Latn"], "hin", true, 600),
  lang("bn", "ben", "Bengali", "বাংলা", ["Beng"], "ben", true, 270),
  lang("ta", "tam", "Tamil", "தமிழ்", ["Taml"], "tam", true, 85),
  lang("ko", "kor", "Korean", "한국어", ["Hang"], "kor", true, 82),
  lang("ja", "jpn", "Japanese", "日本語", ["Jpan"], "jpn", true, 125),
  lang("zh", "zho", "Chinese", "中文", ["Hani"], "cmn", true, 1200),
  lang("vi", "vie", "Vietnamese", "Tiếng Việt", ["Latn"], "vie", true, 86),
  lang("id", "ind", "Indonesian", "Bahasa Indonesia", ["Latn"], "ind", true, 200),
  lang("tl", "tgl", "Tagalog", "Tagalog", ["Latn"], "tgl", true, 83),
  lang("tr", "tur", "Turkish", "Türkçe", ["Latn"], "tur", true, 90),
  lang("sw", "swa", "Swahili", "Kiswahili", ["Latn"], "swh", true, 80),
  lang("yo", "yor", "Yoruba", "Yorùbá", ["Latn"], "yor", true, 45),
  lang("zu", "zul", "Zulu", "isiZulu", ["Latn"], "zul", true, 28),
  lang("he", "heb", "Hebrew", "עברית", ["Hebr"], "heb", true, 9),
  lang("th", "tha", "Thai", "ไทย", ["Thai"], "tha", true, 70),
  lang("pl", "pol", "Polish", "Polski", ["Latn"], "pol", true, 40),
  lang("ha", "hau", "Hausa", "Hausa", ["Latn"], "hau", true, 80),
  // Known by name; detected only when a deployment allows them or their script is theirs alone.
  lang("ig", "ibo", "Igbo", "Asụsụ Igbo", ["Latn"], "ibo", false, 31),
  lang("pcm", "pcm", "Nigerian Pidgin", "Naijá", ["Latn"], undefined, false, 120),
  lang("nl", "nld", "Dutch", "Nederlands", ["Latn"], "nld", false, 25),
  lang("ro", "ron", "Romanian", "Română", ["Latn"], "ron", false, 25),
  lang("sv", "swe", "Swedish", "Svenska", ["Latn"], "swe", false, 13),
  lang("cs", "ces", "Czech", "Čeština", ["Latn"], "ces", false, 11),
  lang("ms", "msa", "Malay", "Bahasa Melayu", ["Latn"], "zlm", false, 80),
  lang("so", "som", "Somali", "Soomaali", ["Latn"], "som", false, 22),
  lang("xh", "xho", "Xhosa", "isiXhosa", ["Latn"], "xho", false, 19),
  lang("af", "afr", "Afrikaans", "Afrikaans", ["Latn"], "afr", false, 17),
  lang("el", "ell", "Greek", "Ελληνικά", ["Grek"], "ell", false, 13),
  lang("am", "amh", "Amharic", "አማርኛ", ["Ethi"], "amh", false, 60),
  lang("ne", "nep", "Nepali", "नेपाली", ["Deva"], "npi", false, 32),
  lang("mr", "mar", "Marathi", "मराठी", ["Deva"], "mar", false, 99),
  lang("pa", "pan", "Punjabi", "ਪੰਜਾਬੀ", ["Guru"], "pan", false, 150),
  lang("gu", "guj", "Gujarati", "ગુજરાતી", ["Gujr"], "guj", false, 62),
  // The other languages the culture profiles list (Central Asia, Spain, Indonesia, the Philippines).
  lang("kk", "kaz", "Kazakh", "Қазақша", ["Cyrl"], "kaz", false, 16),
  lang("ky", "kir", "Kyrgyz", "Кыргызча", ["Cyrl"], "kir", false, 5),
  lang("tg", "tgk", "Tajik", "Тоҷикӣ", ["Cyrl"], "tgk", false, 9),
  lang("uz", "uzb", "Uzbek", "Oʻzbekcha", ["Latn", "Cyrl"], "uzn", false, 44),
  lang("ca", "cat", "Catalan", "Català", ["Latn"], "cat", false, 10),
  lang("eu", "eus", "Basque", "Euskara", ["Latn"], undefined, false, 0.9),
  lang("gl", "glg", "Galician", "Galego", ["Latn"], "glg", false, 3),
  lang("jv", "jav", "Javanese", "Basa Jawa", ["Latn"], "jav", false, 68),
  lang("su", "sun", "Sundanese", "Basa Sunda", ["Latn"], "sun", false, 40),
  lang("ceb", "ceb", "Cebuano", "Sinugbuanon", ["Latn"], "ceb", false, 28),
  lang("ilo", "ilo", "Ilocano", "Ilokano", ["Latn"], "ilo", false, 10),
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
