import type { Lexicon } from "./types.ts";

/**
 * Arabic: Modern Standard plus Egyptian, Levantine and Gulf chat forms, and Arabizi (digits for
 * letters: 3 = ع, 2 = ء, 7 = ح). Spirit or magic explanations of distress are a cultural frame,
 * not a delusion, and are deliberately not flagged.
 */
export const ar: Lexicon = {
  lang: "ar",
  name: "Arabic",
  idioms: [
    "اموت من (الضحك|الجوع|البرد|الحر|التعب|الملل)",
    "ميت من (الضحك|الجوع|التعب)",
    "(حموت|هموت) من (الضحك|الجوع|الحر)",
    "بموت من (الضحك|الجوع)",
    "amot men el (da7k|go3)",
  ],
  negations: ["لا", "مش", "ما", "مو", "لن", "ابدا", "msh", "mesh", "mish", "mosh"],
  affirmations: ["(ايوه|ايوا|نعم|اه|ايه|اي|صح|احيانا|شويه|شوي|aywa|aiwa|ah|na3am|ahh)"],
  rules: [
    {
      id: "si.arabic",
      kind: "suicidal_ideation",
      patterns: [
        "(اريد|عايز|عايزه|عاوز|عاوزه|ابي|ابغى|ابغي|بدي|نفسي|اتمنى|ودي) ~ (اموت|موت|الموت)",
        "(اريد|عايز|عايزه|ابي|بدي|افكر|بفكر|افكر في|راح|ح|ه|سوف|ناوي|قررت|هروح) ~ (انتحر|الانتحار|اقتل نفسي)",
        "(اقتل|هقتل|بقتل|راح اقتل) نفسي",
        "(انهي|هنهي|انهاء|بنهي) حياتي",
        "(لا اريد|ما ابي|ما ابغى|مش عايز|مش عايزه|ما بدي|مابدي|ما عاد ابي) ~ (اعيش|عيش|الحياه)",
        "الموت ارحم",
        "(يستاهل|يستحق) ~ (اعيش|العيش)",
        "ما في شي يستاهل",
        "(احسن|افضل) (لو مت|بدوني|من غيري)",
        "(تعبت|زهقت) من (الحياه|العيشه|حياتي)",
        "(انام|نمت) و ما اصحى",
        "انام وما اصحاش",
        "نفسي انام وما اصحاش",
      ],
    },
    {
      id: "si.arabizi",
      kind: "suicidal_ideation",
      patterns: [
        "(3ayez|3ayza|3awez|3awza|abi|abgha|bade|baddi|nefsy|nefsi) ~ (amot|amut|mot|moot|el mot)",
        "(a2tel|ha2tel|2atel) (nafsi|nafsy)",
        "(antehar|ant7er|hantehar|hant7er|entehar|ente7ar)",
        "(anhy|anhi) (7ayati|hayati)",
        "(msh|mesh|ma) (3ayez|3ayza|abi|bade) (a3eesh|a3ish|3ish)",
      ],
    },
    {
      id: "sh.self_injury",
      kind: "self_harm",
      patterns: ["(اجرح|بجرح|اجرح في) نفسي", "(اذي|اوذي|باذي) نفسي", "اقطع (ايدي|يدي|عروقي|شراييني)", "تجريح (نفسي|الذات)", "(agra7|ba2za) nafsi"],
    },
    { id: "hto.hurt_others", kind: "harm_to_others", patterns: ["(اقتله|اقتلها|اقتلهم|هقتله|هقتلها|بقتله|راح اقتله|ابي اقتله)", "(عايز|ابي|بدي) اقتل"] },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: [
        "(زوجي|جوزي|ابوي|ابويا|ابي|امي|اخوي|خطيبي|زوج امي) ~ (يضربني|بيضربني|ضربني|يعنفني|يغتصبني|اغتصبني|يتحرش بي|بيتحرش)",
        "عنف اسري",
        "(خايفه|خايف) ارجع (البيت|للبيت)",
      ],
    },
    { id: "abuse.threat_to_life", kind: "abuse", level: "crisis", patterns: ["(هددني|يهددني|بيهددني|قال) ~ (يقتلني|هيقتلني|بيقتلني)"] },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: [
        "(يراقبوني|بيراقبوني|يتجسسون علي|يلاحقوني|بيلاحقوني|يسممني|بيسمموني|يحطوا لي سم)",
        "شريحه في (راسي|دماغي|جسمي)",
        "انا (ميت|ميته) (من زمان|اصلا|فعلا)",
        "(يقرؤون|بيقروا|يقرأون) افكاري",
      ],
    },
    {
      id: "hallucination.voices",
      kind: "hallucination",
      patterns: ["(اسمع|بسمع) اصوات", "صوت (يقول لي|بيقولي|يامرني)", "(اشوف|بشوف) (اشياء|ناس) (مش موجوده|مش موجودين|ما حد يشوفها)", "(asma3|basma3) aswat"],
    },
    { id: "mania.elevated", kind: "mania", patterns: ["(مش محتاج|ما احتاج) (انام|نوم)", "محدش يقدر يوقفني", "انا اقوى من الكل"] },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: ["اغسل (يدي|ايدي|يديني) ~ (مره|مرات)", "(عندي|عندى) وسواس", "(مش قادر|ما اقدر) (ابطل|اوقف) (اغسل|اتاكد)"],
    },
    {
      id: "eating.restrict_purge",
      kind: "disordered_eating",
      patterns: ["(اتقيا|ارجع|ارجّع) بعد (الاكل|ما اكل)", "مسهل ~ (انزل|اخس|وزن)", "ما (اكلت|باكل) ~ ايام ~ (وزن|اخس|تخسيس)"],
    },
    {
      id: "means.height",
      kind: "means",
      patterns: [
        "جسر",
        "كوبري",
        "كبري",
        "سطح",
        "برج",
        "عماره عاليه",
        "(اعلى|اطول) (مبنى|برج|جسر|عماره|كوبري)",
        "# (طابق|دور|متر)",
        "قضبان القطار",
        "(طابق|الطابق|طوابق|اطيح|اقفز)",
        "<دور>",
        "<الدور>",
        "<انط>",
        "(kobry|gesr)",
      ],
    },
    {
      id: "means.poison",
      kind: "means",
      patterns: ["<سم>", "سم (فيران|الفيران|فار)", "مبيد", "مبيدات", "حبه الغله", "حبايه الغله", "سيانيد", "(sem|sim) (fe2ran|fiiran)"],
    },
    { id: "means.medication", kind: "means", patterns: ["حبوب", "منوم", "بنادول", "ترامادول", "اقراص", "برشام", "(7obob|hobob|barsham|tramadol|panadol)"] },
    { id: "means.other", kind: "means", patterns: ["مسدس", "سلاح", "حبل", "فحم"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: [
        "جرعه (قاتله|مميته)",
        "كم (حبه|قرص|واحده) ~ (تموت|تقتل|للموت|يموت|اموت)",
        "(طريقه|طريقة) ~ (سريعه|سهله|بدون الم) ~ (للموت|اموت|للانتحار|انتحر)",
        "بدون (الم|وجع) ~ (اموت|موت)",
        "تكفي (للموت|عشان اموت)",
        "(kam|ad eh) ~ (amot|tmawet)",
      ],
    },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(اموت|يموت|تموت|قاتل|قاتله|مميت|مميته)"] },
    {
      id: "query.where_how",
      kind: "query",
      patterns: [
        "(من وين|منين|فين|وين|اين) ~ (اشتري|اجيب|القى|الاقي|يبيعوا|يبيعون|يباع|اجد)",
        "كم (ارتفاع|طول|متر|طابق|دور)",
        "ارتفاعه",
        "(mnein|fein|wein) (ashtery|ashtri|agib|ageeb)",
      ],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "(فقدت|خسرت) (وظيفتي|شغلي|عملي)",
        "(اترفدت|انطردت|طردوني|فصلوني)",
        "(طلقني|طلقت|انفصلنا|سابني|سابتني|تركني|تركتني)",
        "رسبت",
        "ديون",
        "(مفيش امل|ما في امل|لا امل)",
        "(محدش بيحبني|ما حد يحبني|محدش حاسس بيا)",
        "(تعبت من كل|خلاص مش قادر|مش قادر اكمل|ما اقدر اكمل)",
        "(msh 2ader|mesh 2ader|ta3bt|ta3bet)",
      ],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(تفكر|بتفكر|تفكرين) ~ (الانتحار|تنتحر|تنهي حياتك|تؤذي نفسك)"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(انام|نام|انوم|أنام)%(وما|ولا|و ما|و لا|وما عاد)%(اصحى|اصحو|استيقظ|اقوم)",
        "(افضل|احسن|ارتاح|ارتاحوا|يرتاحوا) (بدوني|من غيري|بلاياي)",
        "[انا] (عبء|عبئ|حمل ثقيل) (على|علي)",
        "(محد|ما حد|لا احد|لن) ~ (يلاحظ|يحس|ينتبه|يفتقدني) ~~ (لو|اذا) (مت|اختفيت|رحت)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    {
      id: "delusion.concept",
      kind: "delusion",
      patterns: [
        "(زرعوا|حطوا|ركبوا) (كاميرات|كاميرا|اجهزه تنصت|جهاز تنصت|شريحه)",
        "(يعرفون|بيعرفوا|يعرفوا|عارفين) (كل افكاري|افكاري|كل اللي بفكر)",
        "انا (المختار|المختاره)",
        "الله (ارسلني|بعثني|اختارني) ~ (لانقذ|انقذ|انقاذ)",
      ],
    },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["صوت (يامرني|بيامرني|بيقولي|يقولي)", "(محدش|ما حد|لا احد) [غيري] (بيسمعه|يسمعه)"] },
    {
      id: "mania.concept",
      kind: "mania",
      patterns: ["(مانمتش|ما نمتش|منمتش|ما نمت|لم انم) ~~ (هصرف|اصرف|كل فلوسي|استثمر|اسيب الشغل|ابيع)", "حاسس اني اقدر اعمل اي حاجه"],
    },
    {
      id: "compulsion.concept",
      kind: "compulsion",
      patterns: ["(اتاكد|اتأكد|اتأكد من|اغسل) ~~ (عشرين|ثلاثين|خمسين|مئه|مية|#) (مره|مرات)", "لازم (اتاكد|اغسل) ~~ (مره|مرات)"],
    },
  ],
};
