import { describe, expect, it } from "vitest";
import { LENGTH_BANDS, loadLanguageBenchmark, type LengthBand } from "../eval/language/dataset.ts";
import {
  CORE_LANGUAGES,
  DEFAULT_WEIGHTS,
  LANGUAGES,
  createLanguageDetector,
  detectLanguage,
  languageInfo,
  languageName,
  tinyldSecondDetector,
  toBcp47,
  toIso639_3,
} from "../src/language/index.ts";

const REQUIRED = "en es fr pt de it ru uk ar fa ur hi bn ta ko ja zh vi id tl tr sw yo zu he th pl ha".split(" ");

describe("language table", () => {
  it("covers every required language with ISO 639-3 and both names", () => {
    expect([...CORE_LANGUAGES].sort()).toEqual([...REQUIRED].sort());
    for (const code of REQUIRED) {
      const info = languageInfo(code);
      expect(info?.iso639_3, code).toMatch(/^[a-z]{3}$/);
      expect(info?.english, code).toBeTruthy();
      expect(info?.native, code).toBeTruthy();
    }
    expect(new Set(LANGUAGES.map((l) => l.code)).size).toBe(LANGUAGES.length);
  });

  it("maps BCP-47 ↔ ISO 639-3 both ways, including regions, franc's codes and old tags", () => {
    expect(toIso639_3("ko")).toBe("kor");
    expect(toIso639_3("pt-BR")).toBe("por");
    expect(toIso639_3("zh_Hant")).toBe("zho");
    expect(toIso639_3("und")).toBe("und");
    expect(toBcp47("kor")).toBe("ko");
    expect(toBcp47("cmn")).toBe("zh");
    expect(toBcp47("pes")).toBe("fa");
    expect(toBcp47("swh")).toBe("sw");
    expect(toBcp47("iw")).toBe("he");
    expect(toBcp47("tlh")).toBeUndefined();
    expect(languageName("ko")).toBe("Korean");
    expect(languageName("ko", "native")).toBe("한국어");
    expect(languageName("xx")).toBeUndefined();
  });
});

describe("detectLanguage signals", () => {
  it("reads 'Hola! Cómo estás ?' as Spanish, which franc alone calls Esperanto", () => {
    const r = detectLanguage("Hola! Cómo estás ?");
    expect(r).toMatchObject({ language: "es", iso639_3: "spa", script: "Latn" });
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it("lets a known hint win, region subtags included, even against the text", () => {
    expect(detectLanguage("I can't sleep at all", { hint: "fr" })).toMatchObject({ language: "fr", method: "hint", confidence: 1 });
    expect(detectLanguage("I can't sleep at all", { hint: "pt-BR" })).toMatchObject({ language: "pt", iso639_3: "por" });
  });

  it("ignores a hint it does not know and detects instead", () => {
    for (const hint of ["tlh", "xx-klingon", "", "123"]) {
      const r = detectLanguage("I can't sleep and I feel so alone", { hint });
      expect(r.language, hint).toBe("en");
      expect(r.method, hint).not.toBe("hint");
    }
  });

  it.each([
    ["요즘 너무 지쳐요", "ko", "Hang"],
    ["ช่วงนี้ไม่อยากทำอะไรเลย", "th", "Thai"],
    ["אני לא מצליח לישון", "he", "Hebr"],
    ["தூக்கம் வரல", "ta", "Taml"],
    ["ঘুম আসছে না", "bn", "Beng"],
    ["नींद नहीं आती", "hi", "Deva"],
    ["眠れない", "ja", "Jpan"],
    ["Γεια σου, είμαι κουρασμένος", "el", "Grek"],
  ])("decides %s by its script alone (%s, %s)", (text, language, script) => {
    const r = detectLanguage(text);
    expect(r).toMatchObject({ language, script, method: "script" });
    expect(r.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps a Korean sentence with an English loanword Korean", () => {
    expect(detectLanguage("오늘 meeting 너무 힘들었어")).toMatchObject({ language: "ko", script: "Hang" });
  });

  it("tells Arabic, Persian and Urdu apart by their letters and words", () => {
    expect(detectLanguage("أنا متعب جدا ولا أستطيع النوم")).toMatchObject({ language: "ar", script: "Arab" });
    expect(detectLanguage("من خیلی خسته‌ام و نمی‌تونم بخوابم")).toMatchObject({ language: "fa", script: "Arab" });
    expect(detectLanguage("میں بہت تھک گیا ہوں اور نیند نہیں آتی")).toMatchObject({ language: "ur", script: "Arab" });
    // Letter cues alone, word lists and trigrams off: گ/ک/ی without ے/ہ is Persian, ے/ہ is Urdu, ة/ي is Arabic.
    const lettersOnly = createLanguageDetector({ signals: { lexicon: false, franc: false } });
    expect(lettersOnly("گریه کردم").language).toBe("fa");
    expect(lettersOnly("رو پڑی ہے").language).toBe("ur");
    expect(lettersOnly("حزينة جدا").language).toBe("ar");
  });

  it("tells Russian from Ukrainian", () => {
    expect(detectLanguage("Привет, как дела?").language).toBe("ru");
    expect(detectLanguage("Привіт, як справи?").language).toBe("uk");
  });

  it("reads kana as Japanese and Han-only text as Chinese unless the profile or conversation says Japanese", () => {
    expect(detectLanguage("疲れた").language).toBe("ja");
    expect(detectLanguage("我真的很累").language).toBe("zh");
    const bare = detectLanguage("限界");
    expect(bare).toMatchObject({ language: "zh", script: "Hani" });
    expect(bare.confidence).toBeLessThan(0.7);
    expect(detectLanguage("限界", { prior: ["ja"] })).toMatchObject({ language: "ja", method: "prior" });
    expect(detectLanguage("限界", { history: ["もう無理です、疲れました"] })).toMatchObject({ language: "ja", method: "history" });
    // A long Han-only sentence stays Chinese even under a Japanese profile.
    expect(detectLanguage("我们搬到新城市，这里一个人都不认识", { prior: ["ja"] }).language).toBe("zh");
  });

  it("uses the conversation's earlier turns for a message that says little", () => {
    const history = ["estoy muy cansada hoy", "no puedo dormir"];
    expect(detectLanguage("ok").language).not.toBe("es");
    expect(detectLanguage("ok", { history })).toMatchObject({ language: "es", method: "history" });
  });

  it("uses the profile's languages as a prior that tips ambiguous words but not clear text", () => {
    // "Triste" is Spanish, Portuguese, French…: the Portuguese profile decides.
    expect(detectLanguage("Triste", { prior: ["pt"] })).toMatchObject({ language: "pt", method: "prior" });
    // A Portuguese profile does not turn a clear Spanish sentence Portuguese.
    expect(detectLanguage("no puedo dormir desde hace semanas y estoy agotada", { prior: ["pt"] }).language).toBe("es");
  });

  it("restricts to the deployment's languages, with a confidence that says when the text disagrees", () => {
    const spanish = "estoy muy cansada y no puedo dormir";
    const restricted = detectLanguage(spanish, { allowed: ["en", "ko"] });
    expect(restricted.language).toBe("en");
    expect(restricted.confidence).toBeLessThan(0.2);
    expect(detectLanguage(spanish, { allowed: ["en", "es"] })).toMatchObject({ language: "es" });
    // A script none of the allowed languages writes is still named for what it is.
    expect(detectLanguage("สวัสดีครับ", { allowed: ["en", "ko"] })).toMatchObject({ language: "th", method: "script" });
    // A language outside the core set is found once the deployment serves it.
    expect(detectLanguage("abeg I dey tire, wahala too much", { allowed: ["en", "pcm", "yo", "ha"] }).language).toBe("pcm");
  });

  it("has no opinion on text without letters, unless the conversation or profile gives one", () => {
    for (const text of ["", "   \n\t ", "😭😭😭", "12345 678", "?!…"]) {
      expect(detectLanguage(text), JSON.stringify(text)).toEqual({
        language: "und",
        iso639_3: "und",
        confidence: 0,
        script: "Zyyy",
        method: "none",
      });
    }
    expect(detectLanguage("🙏", { history: ["저 요즘 너무 힘들어요"] })).toMatchObject({ language: "ko", method: "fallback:conversation" });
    const fromPrior = detectLanguage("👍", { prior: ["yo", "en"] });
    expect(fromPrior).toMatchObject({ language: "yo", method: "fallback:profile" });
    expect(fromPrior.confidence).toBeLessThanOrEqual(0.3);
    expect(detectLanguage("", { hint: "sw" })).toMatchObject({ language: "sw", method: "hint" });
  });

  describe("falls back on a short message the text cannot place", () => {
    // Prior and history weighed at 0, so only the fallback can bring their language in.
    const noNudges = createLanguageDetector({ second: tinyldSecondDetector, weights: { prior: 0, history: 0 } });

    it("to the profile's main language, and says so", () => {
      const guess = noNudges("hmm");
      expect(guess.language).not.toBe("es");
      expect(guess.confidence).toBeLessThan(DEFAULT_WEIGHTS.fallbackBelow);
      const r = noNudges("hmm", { prior: ["es", "en"] });
      expect(r).toMatchObject({ language: "es", method: "fallback:profile" });
      expect(r.confidence).toBeLessThanOrEqual(0.2);
    });

    it("to the conversation's language before the profile's", () => {
      const r = noNudges("hmm", { prior: ["en"], history: ["estoy muy cansada hoy", "no puedo dormir nada"] });
      expect(r).toMatchObject({ language: "es", method: "fallback:conversation" });
    });

    it("not when the message reads clearly, however short", () => {
      expect(noNudges("I can't sleep", { prior: ["es"] })).toMatchObject({ language: "en" });
      expect(noNudges("no puedo dormir", { prior: ["en"] })).toMatchObject({ language: "es" });
      expect(noNudges("I can't sleep", { prior: ["es"] }).method).not.toMatch(/^fallback/);
    });

    it("not to a language that does not write the message's script", () => {
      const r = noNudges("hmm", { prior: ["ru"] });
      expect(r.language).not.toBe("ru");
      expect(r.method).not.toMatch(/^fallback/);
    });

    it("not on a long message, even an unclear one", () => {
      const long = "hmm hmm hmm hmm hmm hmm hmm hmm hmm hmm";
      expect(noNudges(long, { prior: ["es"] }).method).not.toMatch(/^fallback/);
    });
  });

  describe("served languages beyond the core set, as the gateway asks (allowed = served)", () => {
    const served = [
      "en",
      "es",
      "pt",
      "ru",
      "kk",
      "ky",
      "tg",
      "uz",
      "ar",
      "hi",
      "fa",
      "sw",
      "yo",
      "ha",
      "pcm",
      "ig",
      "ca",
      "gl",
      "eu",
      "id",
      "jv",
      "su",
      "tl",
      "ceb",
      "ilo",
      "fr",
    ];
    it.each([
      ["Hinglish", "yaar mujhe bilkul neend nahi aati aaj kal", "hi", "Latn"],
      ["Franco-Arab", "ana mesh 3aref a3mel eh, kol 7aga we7sha", "ar", "Latn"],
      ["Arabic script", "أنا تعبانة جدا ومش قادرة أنام", "ar", "Arab"],
      ["Nigerian Pidgin", "abeg I no fit sleep, wahala too much for my head", "pcm", "Latn"],
      ["Yoruba with tone marks", "ọkàn mi kò balẹ̀ rárá, mi ò lè sùn", "yo", "Latn"],
      ["Yoruba without tone marks", "okan mi ko bale rara, mi o le sun", "yo", "Latn"],
      ["Hausa", "ina cikin damuwa sosai, ban iya barci ba", "ha", "Latn"],
      ["Kazakh", "мен қатты шаршадым, ұйықтай алмаймын", "kk", "Cyrl"],
      ["Kyrgyz", "мен абдан чарчадым, түнү уктай албайм", "ky", "Cyrl"],
      ["Tajik", "ман хеле хаста шудам ва хоб карда наметавонам", "tg", "Cyrl"],
      ["Uzbek", "men juda charchadim, kechasi uxlay olmayman", "uz", "Latn"],
      ["Catalan", "estic molt cansada i no puc dormir gens", "ca", "Latn"],
      ["Galician", "estou moi cansa e non podo durmir nada", "gl", "Latn"],
      ["Basque", "oso nekatuta nago eta ezin dut lo egin", "eu", "Latn"],
      ["Cebuano", "kapoy kaayo ko ug dili ko makatulog", "ceb", "Latn"],
    ])("%s", (_name, text, language, script) => {
      expect(detectLanguage(text, { allowed: served })).toMatchObject({ language, script });
    });

    it("keeps plain English English when Hindi and Arabic are read in Latin letters too", () => {
      for (const text of ["I can't sleep at all", "my boss keeps yelling at me", "thank you so much"]) {
        expect(detectLanguage(text, { allowed: served }).language, text).toBe("en");
      }
    });
  });

  it("names the main language of a code-switched message, less surely than a monolingual one", () => {
    const mixed = detectLanguage("I'm so tired, ya no puedo más con esto");
    expect(["en", "es"]).toContain(mixed.language);
    const pure = detectLanguage("estoy tan cansada, ya no puedo más con esto");
    expect(pure.language).toBe("es");
    expect(mixed.confidence).toBeLessThanOrEqual(pure.confidence);
  });

  it("does not let one short word claim certainty", () => {
    for (const word of ["Gracias", "Danke", "Merci", "Asante", "Salamat"]) {
      expect(detectLanguage(word).confidence, word).toBeLessThan(0.9);
    }
  });

  it("uses the second detector only when it changes something, and it can be switched off", () => {
    let asked = 0;
    const counting = createLanguageDetector({
      second: (text, candidates) => {
        asked++;
        return tinyldSecondDetector(text, candidates);
      },
    });
    counting("Depuis la mort de mon père je n'arrive plus à manger correctement");
    expect(asked).toBe(0); // a clear sentence never asks
    counting("esausto");
    expect(asked).toBe(1);
    expect(createLanguageDetector({ second: tinyldSecondDetector, signals: { second: false } })("esausto").method).not.toBe("second-detector");
  });

  it("reads only the start of a huge message and stays well-formed", () => {
    const r = detectLanguage("no puedo dormir ".repeat(70_000));
    expect(r.language).toBe("es");
    expect(r.confidence).toBeGreaterThan(0.9);
  });
});

describe("held-out benchmark", () => {
  it("meets the targets: ≥ 90 % on 2–3-word messages and ≥ 98 % on 7–12-word sentences", () => {
    const rows = loadLanguageBenchmark("heldout");
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(REQUIRED));
    const total = new Map<LengthBand, number>();
    const right = new Map<LengthBand, number>();
    for (const row of rows) {
      total.set(row.band, (total.get(row.band) ?? 0) + 1);
      if (detectLanguage(row.text).language === row.lang) right.set(row.band, (right.get(row.band) ?? 0) + 1);
    }
    const accuracy = Object.fromEntries(LENGTH_BANDS.map((b) => [b, (right.get(b) ?? 0) / (total.get(b) ?? 1)]));
    expect(total.get("2-3")).toBeGreaterThanOrEqual(100);
    expect(total.get("7-12")).toBeGreaterThanOrEqual(100);
    expect(accuracy["2-3"]).toBeGreaterThanOrEqual(0.9);
    expect(accuracy["7-12"]).toBeGreaterThanOrEqual(0.98);
  });

  it("has at least 40 tuning messages per language, in every length band", () => {
    const rows = loadLanguageBenchmark("tuning");
    for (const lang of REQUIRED) {
      const mine = rows.filter((r) => r.lang === lang);
      expect(mine.length, lang).toBeGreaterThanOrEqual(40);
      for (const band of LENGTH_BANDS)
        expect(
          mine.some((r) => r.band === band),
          `${lang} ${band}`,
        ).toBe(true);
    }
  });
});
