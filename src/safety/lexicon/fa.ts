import type { Lexicon } from "./types.ts";

/**
 * Persian (Iran) in Perso-Arabic script and Finglish. "Rice tablets" (aluminium phosphide) are a
 * common lethal means in Iran. "_" marks the optional half-space after می/نمی.
 */
export const fa: Lexicon = {
  lang: "fa",
  name: "Persian",
  idioms: ["نمی_خوام بمیرم", "نمی_خواهم بمیرم", "از خنده (مردم|مردیم|میمیرم)", "از گرسنگی (میمیرم|مردم)", "[dashtam] mimordam az (khande|gorosnegi|estres)"],
  negations: ["نه", "هرگز", "na", "hargez"],
  affirmations: ["(آره|اره|بله|آری|گاهی|یه کم|یکم|are|bale|areh|gahi)"],
  rules: [
    {
      id: "si.persian",
      kind: "suicidal_ideation",
      patterns: [
        "(می_خوام|می_خواهم|دلم می_خواد|کاش) ~ (بمیرم|بمیرم و)",
        "کاش مرده بودم",
        "(دیگه|دیگر) بیدار (نشم|نشوم)",
        "بخوابم و ~ بیدار نشم",
        "خودکشی (کنم|می_کنم|بکنم|کردن|کنم)",
        "(فکر|به فکر) ~ خودکشی",
        "به خودکشی فکر",
        "خودمو (بکشم|می_کشم|بکشم)",
        "خودم را (بکشم|می_کشم)",
        "(دیگه|دیگر) (نمی_خوام|نمی_خواهم) (زنده باشم|زندگی کنم)",
        "نمی_خوام زنده (باشم|بمونم)",
        "زندگی (ارزش|فایده) نداره",
        "تمومش کنم",
        "به زندگیم پایان",
        "همه (بدون|بی) من (راحت|بهتر)",
        "از زندگی سیر",
      ],
    },
    {
      id: "si.finglish",
      kind: "suicidal_ideation",
      patterns: [
        "(mikham|mikhaam|mikhoam|delam mikhad|kash) ~ bemiram",
        "(khodkoshi|khodkeshi|khod koshi)",
        "khodamo (bekosham|mikosham)",
        "(dige|digeh) (nemikham|nemikhaam) (zende|zendegi)",
        "tamomesh konam",
      ],
    },
    { id: "sh.self_injury", kind: "self_harm", patterns: ["به خودم آسیب", "خودزنی", "(رگمو|رگ دستمو|رگ دستم رو) (بزنم|زدم)", "(khodzani|ragamo bezanam)"] },
    { id: "hto.hurt_others", kind: "harm_to_others", patterns: ["(می_خوام|دلم می_خواد) (بکشمش|بکشمشون)", "می_کشمش"] },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: [
        "(شوهرم|پدرم|بابام|نامزدم|داداشم|مادرم) ~ (منو کتک|کتکم|منو می_زنه|تجاوز)",
        "کتک می_خورم",
        "خشونت خانگی",
        "(shoharam|babam) ~ (kotakam|mano mizane)",
      ],
    },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: [
        "(دارن|می_خوان) ~ (تعقیب|جاسوسی|مسموم)",
        "منو تعقیب می_کنن",
        "تحت نظرم",
        "تراشه (تو|در) (سرم|مغزم)",
        "من (مرده ام|مردم و کسی)",
        "افکارمو (می_خونن|می_دزدن)",
      ],
    },
    {
      id: "hallucination.voices",
      kind: "hallucination",
      patterns: ["(صدا|صداهایی) می_شنوم", "صداهایی می_شنوم", "صدا بهم (می_گه|دستور)", "توهم (دارم|می_زنم)", "(seda|sedaha) (mishnavam|mishnoam)"],
    },
    { id: "mania.elevated", kind: "mania", patterns: ["نیازی به خواب ندارم", "شکست ناپذیرم"] },
    { id: "compulsion.rituals", kind: "compulsion", patterns: ["دستامو ~ بار (می_شورم|شستم)", "# بار (دستامو|دستم رو)", "(وسواس دارم|وسواسم)"] },
    { id: "eating.restrict_purge", kind: "disordered_eating", patterns: ["(بعد غذا|عمدا) بالا (میارم|می_آرم)", "ملین ~ لاغر"] },
    {
      id: "means.height",
      kind: "means",
      patterns: ["<پل>", "پل (بلند|هوایی)", "پشت بام", "ساختمان بلند", "بلندترین", "# (طبقه|متر)", "صخره", "ریل قطار", "(طبقه|بپرم|پریدن)", "(poshte bam|pol)"],
    },
    { id: "means.poison", kind: "means", patterns: ["<سم>", "مرگ موش", "قرص برنج", "علف کش", "حشره کش", "(ghors|ghorse) (berenj|berenjo)", "marg mush"] },
    { id: "means.medication", kind: "means", patterns: ["<قرص>", "قرص خواب", "ترامادول", "آلپرازولام", "(ghors|ghorse khab|tramadol)"] },
    { id: "means.other", kind: "means", patterns: ["(طناب|اسلحه|تفنگ)"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: [
        "چند (تا|عدد) قرص ~ (بمیرم|می_میرم|کشنده)",
        "دوز کشنده",
        "(بدون درد|راحت) ~ بمیرم",
        "چطوری (بمیرم|خودمو بکشم)",
        "(chand ta|chanta) ghors ~ (bemiram|mimiram)",
      ],
    },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(بمیرم|میمیرم|کشنده)"] },
    {
      id: "query.where_how",
      kind: "query",
      patterns: [
        "از کجا ~ (بخرم|خرید|پیدا کنم|گیر بیارم)",
        "کجا (می_فروشن|بخرم)",
        "چند متر",
        "چقدر ارتفاع",
        "ارتفاعش",
        "az koja ~ (bekharam|kharid|gir biaram|peyda konam)",
        "koja (mifrooshan|mifrushan|bekharam)",
        "chand metr",
      ],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "کارمو از دست دادم",
        "اخراج شدم",
        "بیکار شدم",
        "طلاق",
        "جدا شدیم",
        "ولم کرد",
        "بدهی",
        "ورشکست",
        "رد شدم",
        "امیدی ندارم",
        "هیچکس منو دوست نداره",
        "خسته شدم",
        "(khaste shodam|ekhraj shodam|bikar shodam|talagh)",
      ],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(به|فکر) ~ خودکشی ~ (می_کنی|کردی)", "آسیب زدن به خودت"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "کاش ~~ (به دنیا نمی_اومدم|به دنیا نمی_امدم|به دنیا نیومده بودم|به دنیا نیامده بودم|متولد نشده بودم|نبودم)",
        "(بخوابم|بخوابم و|خوابیدن و) ~ (بیدار نشم|دیگه بیدار نشم|بیدار نشوم)",
        "(همه|خانوادم|خانواده ام) ~~ (بدون من|بی من) ~ (راحت ترن|راحتتر|خوشحالتر|بهتر)",
        "(سربار|بار اضافه) (هستم|ام|شدم)",
      ],
    },
    {
      id: "distress.worn_out",
      kind: "distress",
      patterns: ["دیگه نمی_کشم", "(خسته|بریدم) از (زندگی|همه چی)"],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    {
      id: "delusion.concept",
      kind: "delusion",
      patterns: ["(از پشت دیوار|پشت دیوار) ~~ (کنترل|می_شنون|گوش|جاسوسی)", "(فکرهامو|فکرامو|افکارمو|ذهنمو) (کنترل|می_خونن|می_دونن|می_دزدن)"],
    },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["(یه صدایی|یک صدایی|صدایی) ~ (بهم|به من) (دستور|می_گه)"] },
    { id: "mania.concept", kind: "mania", patterns: ["(نخوابیدم|بی_خوابی) ~~ (همه پولمو|همه پس_اندازمو|کارمو ول|خرج کنم|سرمایه_گذاری)"] },
    { id: "compulsion.concept", kind: "compulsion", patterns: ["(بیست|سی|پنجاه|صد|#) بار ~ (چک|شستم|می_شورم|نگاه)", "باید ~ بار ~ (چک کنم|بشورم)"] },
  ],
};
