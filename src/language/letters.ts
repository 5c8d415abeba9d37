/**
 * Letter cues: characters that only some languages of a script use. One "ñ" says more about a
 * three-word message than any trigram statistics can (franc reads "Hola! Cómo estás ?" as Esperanto;
 * the inverted "¿"/"ñ" family and the accents are what a person sees at a glance).
 *
 * Weights are log-odds-like points: 3 = nearly decisive on its own, 1–1.5 = shared by a few
 * languages. Per language the sum is capped so a long text cannot ride on diacritics alone.
 */

const CUES: Record<string, Record<string, number>> = {
  // Latin: Iberian and Romance
  ñ: { es: 3, gl: 2 },
  "¿": { es: 3 },
  "¡": { es: 3 },
  ã: { pt: 2.5, vi: 1 },
  õ: { pt: 2.5, vi: 1 },
  ç: { pt: 1, fr: 1, tr: 1, ca: 1.5 },
  â: { pt: 1, fr: 1, vi: 1, ro: 1 },
  ê: { pt: 1, fr: 1, vi: 1 },
  ô: { pt: 1, fr: 1, vi: 1 },
  à: { pt: 1, fr: 1, it: 1, vi: 0.5, yo: 1, ca: 1 },
  è: { fr: 1.5, it: 1.5, vi: 0.5, yo: 1, ca: 1.5 },
  ì: { it: 1.5, yo: 1.5, vi: 0.5 },
  ò: { it: 1.5, yo: 1.5, vi: 0.5, ca: 1.5 },
  ù: { it: 1, fr: 1, yo: 1, vi: 0.5 },
  ë: { fr: 1, nl: 1 },
  ï: { fr: 1.5, nl: 1, ca: 1.5 },
  î: { fr: 2, ro: 1 },
  û: { fr: 2 },
  œ: { fr: 3 },
  // Germanic and Turkish
  ß: { de: 3 },
  ä: { de: 2, sv: 1 },
  ö: { de: 1.5, tr: 1.5, sv: 0.5 },
  ü: { de: 1.5, tr: 1.5 },
  ğ: { tr: 3 },
  ş: { tr: 3, ro: 1 },
  ı: { tr: 3 },
  İ: { tr: 3 },
  // Polish
  ł: { pl: 3 },
  ą: { pl: 3 },
  ę: { pl: 3 },
  ś: { pl: 3 },
  ź: { pl: 3 },
  ż: { pl: 3 },
  ć: { pl: 3 },
  ń: { pl: 1.5, yo: 1.5 },
  // Vietnamese (with Yoruba sharing the dotted vowels)
  ư: { vi: 3 },
  ơ: { vi: 3 },
  đ: { vi: 3 },
  ă: { vi: 3, ro: 1 },
  ĩ: { vi: 3 },
  ũ: { vi: 3 },
  ẹ: { vi: 1.5, yo: 1.5 },
  ọ: { vi: 1.5, yo: 1.5, ig: 1.5 },
  // Igbo dotted vowels (Vietnamese has ị and ụ too, with its tone marks alongside)
  ị: { ig: 3, vi: 1 },
  ụ: { ig: 3, vi: 1 },
  ṅ: { ig: 3 },
  ṣ: { yo: 3 },
  ǹ: { yo: 3 },
  ḿ: { yo: 3 },
  // Hausa hooked letters
  ɓ: { ha: 3 },
  ɗ: { ha: 3 },
  ƙ: { ha: 3 },
  ƴ: { ha: 3 },
  // Catalan and Galician
  "·": { ca: 3 }, // the punt volat of "l·l"
  // Cyrillic: Kazakh, Kyrgyz, Tajik and Uzbek letters Russian does without
  ә: { kk: 3 },
  ғ: { kk: 2, tg: 2, uz: 2 },
  қ: { kk: 2, tg: 2, uz: 2 },
  ң: { kk: 2, ky: 2.5 },
  ө: { kk: 2, ky: 2.5 },
  ұ: { kk: 3 },
  ү: { kk: 2, ky: 2.5 },
  һ: { kk: 2 },
  ӣ: { tg: 3 },
  ӯ: { tg: 3 },
  ҳ: { tg: 2, uz: 2 },
  ҷ: { tg: 3 },
  ў: { uz: 3 },
  // Cyrillic
  і: { uk: 3, kk: 1.5 },
  ї: { uk: 3 },
  є: { uk: 3 },
  ґ: { uk: 3 },
  ы: { ru: 2, ky: 2, kk: 1.5 },
  э: { ru: 2.5, ky: 1.5 },
  ъ: { ru: 3, uz: 1 },
  ё: { ru: 2.5, tg: 1.5, uz: 1.5 },
  // Arabic script: Arabic proper vs Persian vs Urdu letters
  ة: { ar: 2.5 },
  ى: { ar: 1.5 },
  إ: { ar: 2 },
  أ: { ar: 1 },
  ي: { ar: 1.5 },
  ك: { ar: 1.5 },
  پ: { fa: 1.5, ur: 1.5 },
  چ: { fa: 1.5, ur: 1.5 },
  گ: { fa: 1.5, ur: 1.5 },
  ژ: { fa: 2.5, ur: 0.5 },
  ک: { fa: 1, ur: 1 },
  ی: { fa: 1, ur: 1 },
  ۀ: { fa: 3 },
  ٹ: { ur: 3 },
  ڈ: { ur: 3 },
  ڑ: { ur: 3 },
  ں: { ur: 3 },
  ے: { ur: 3 },
  ۓ: { ur: 3 },
  ھ: { ur: 3 },
  ہ: { ur: 3 },
};

// Vietnamese precomposed vowels with tone marks (U+1EA0–U+1EF9), bar the dotted e/o that Yoruba shares.
for (let code = 0x1ea0; code <= 0x1ef9; code++) {
  const ch = String.fromCharCode(code);
  if (!(ch in CUES)) CUES[ch] = { vi: 3 };
}
// Capitals carry the same cue as their small letters.
for (const ch of Object.keys(CUES)) {
  const upper = ch.toUpperCase();
  if (upper !== ch && upper.length === 1 && upper.charCodeAt(0) >= 0xa1 && !(upper in CUES)) CUES[upper] = CUES[ch]!;
}
// Looked up by char code on every letter of every message: a Map of entry lists, not string keys into an object.
const CUES_BY_CODE = new Map<number, ReadonlyArray<readonly [string, number]>>(
  Object.entries(CUES).map(([ch, cue]) => [ch.charCodeAt(0), Object.entries(cue)] as const),
);

/**
 * Letters a language cannot do without, with the share of running text they make up. In scripts
 * where people do not drop letters on phones (Cyrillic, Arabic), their absence is evidence too:
 * seven words of Ukrainian with no і/ї/є are unlikely, as is Urdu without ے/ہ or Persian without ی/ک.
 * The rates are conservative (about half the real frequency), because letters cluster in words.
 */
const EXPECTED: Record<string, { script: "Cyrl" | "Arab"; letters: string; share: number }> = {
  uk: { script: "Cyrl", letters: "іїєґІЇЄҐ", share: 0.035 },
  kk: { script: "Cyrl", letters: "әғқңөұүһіӘҒҚҢӨҰҮҺІ", share: 0.05 },
  ky: { script: "Cyrl", letters: "ңөүҢӨҮ", share: 0.035 },
  tg: { script: "Cyrl", letters: "ғӣқӯҳҷҒӢҚӮҲҶ", share: 0.04 },
  uz: { script: "Cyrl", letters: "ўқғҳЎҚҒҲ", share: 0.04 },
  ru: { script: "Cyrl", letters: "ыэъёЫЭЪЁ", share: 0.012 },
  ar: { script: "Arab", letters: "يكةىإأ", share: 0.07 },
  fa: { script: "Arab", letters: "یکپچژگ", share: 0.06 },
  ur: { script: "Arab", letters: "ےہھٹڈڑںۓ", share: 0.06 },
};

/** EXPECTED grouped by script, with the letters as a set of char codes (all are single UTF-16 units). */
const EXPECTED_BY_SCRIPT = new Map<string, Array<{ lang: string; codes: ReadonlySet<number>; logShare: number }>>();
for (const [lang, { script, letters, share }] of Object.entries(EXPECTED)) {
  const group = EXPECTED_BY_SCRIPT.get(script) ?? [];
  group.push({ lang, codes: new Set([...letters].map((ch) => ch.charCodeAt(0))), logShare: Math.log(1 - share) });
  EXPECTED_BY_SCRIPT.set(script, group);
}

/**
 * log P(none of a language's expected letters | that language) for a text with `letters` letters in
 * the script, per language whose expected letters are all missing (≤ 0; 0 when any is present).
 */
export function missingLetterPenalties(text: string, script: string, letters: number): Map<string, number> {
  const penalties = new Map<string, number>();
  const expected = EXPECTED_BY_SCRIPT.get(script);
  if (expected === undefined) return penalties;
  for (const { lang, codes, logShare } of expected) {
    let present = false;
    for (let i = 0; i < text.length && !present; i++) present = codes.has(text.charCodeAt(i));
    if (!present) penalties.set(lang, letters * logShare);
  }
  return penalties;
}

const ZWNJ = 0x200c; // Persian writes می‌کنم with a zero-width non-joiner; Urdu and Arabic rarely do.
const COMBINING_GRAVE = 0x0300;
const COMBINING_ACUTE = 0x0301;
const CAP = 6;
const FRANCO_DIGITS = new Set([0x32, 0x33, 0x35, 0x37, 0x39]);
const isAsciiLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/**
 * Sum of cue points per language over the (NFC-normalised) text, each language capped at CAP.
 * A tone mark left combining after NFC sits on a letter with no precomposed form — in practice a
 * Yoruba dotted vowel (ẹ̀, ọ́), since Vietnamese stacks are all precomposed.
 */
export function letterCues(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (lang: string, points: number): void => {
    scores.set(lang, Math.min(CAP, (scores.get(lang) ?? 0) + points));
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa1) {
      // Franco-Arab writes ء ع خ ح ق as 2 3 5 7 9 inside Latin words ("ta3ban", "7aga"); other ASCII carries no cue.
      if (FRANCO_DIGITS.has(code) && (isAsciiLetter(text.charCodeAt(i - 1)) || isAsciiLetter(text.charCodeAt(i + 1)))) add("ar", 2);
      continue;
    }
    if (code === ZWNJ) {
      add("fa", 2);
      continue;
    }
    if (code === COMBINING_GRAVE || code === COMBINING_ACUTE) {
      add("yo", 1.5);
      continue;
    }
    const cue = CUES_BY_CODE.get(code);
    if (cue) for (const [lang, points] of cue) add(lang, points);
  }
  return scores;
}
