import { describe, expect, it } from "vitest";
import { LENGTH_BANDS, loadLanguageBenchmark, type LengthBand } from "../eval/language/dataset.ts";
import {
  CORE_LANGUAGES,
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
    expect(detectLanguage("🙏", { history: ["저 요즘 너무 힘들어요"] })).toMatchObject({ language: "ko", method: "history" });
    const fromPrior = detectLanguage("👍", { prior: ["yo", "en"] });
    expect(fromPrior).toMatchObject({ language: "yo", method: "prior" });
    expect(fromPrior.confidence).toBeLessThanOrEqual(0.3);
    expect(detectLanguage("", { hint: "sw" })).toMatchObject({ language: "sw", method: "hint" });
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
    expect(createLanguageDetector({ second: tinyldSecondDetector, signals: { second: false } })("esausto").method).not.toBe(
      "second-detector",
    );
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
      for (const band of LENGTH_BANDS) expect(mine.some((r) => r.band === band), `${lang} ${band}`).toBe(true);
    }
  });
});
