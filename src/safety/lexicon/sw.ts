import type { Lexicon } from "./types.ts";

/** Swahili (Kenya, Tanzania), including Sheng-influenced chat spellings where common. */
export const sw: Lexicon = {
  lang: "sw",
  name: "Swahili",
  idioms: ["nakufa njaa", "kufa [kwa] (njaa|kicheko|baridi)", "(simu|betri) ~ (imekufa|imezima)", "kuua muda", "(njaa|joto) (inaniua|itaniua)", "sitaki kufa"],
  negations: ["hapana", "kamwe"],
  affirmations: ["(ndiyo|ndio|eeh|ee|naam|wakati mwingine|kidogo|sana)"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(nataka|ningependa|natamani|nafikiria|nimeamua) ~ (kujiua|kufa|kujitoa uhai|kumaliza maisha yangu|kutoweka)",
        "nitajiua",
        "kujiua",
        "kujinyonga",
        "(sitaki|sipendi) kuishi",
        "(maisha|kuishi) (hayana|haina) maana",
        "ni bora nife",
        "(wote|kila mtu) ~ (bora|salama|furaha) bila mimi",
        "kuruka kutoka (daraja|jengo)",
      ],
    },
    { id: "sh.self_injury", kind: "self_harm", patterns: ["(najikata|kujikata|nimejikata|kujiumiza|najiumiza|nimejiumiza|najichoma)"] },
    { id: "hto.hurt_others", kind: "harm_to_others", patterns: ["nataka (kumuua|kuwaua)", "(nitamuua|nitawaua)"] },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: [
        "(mume wangu|baba yangu|mpenzi wangu|mjomba) ~ (ananipiga|alinipiga|ananibaka|alinibaka|ananinyanyasa)",
        "ananipiga",
        "unyanyasaji",
        "naogopa kurudi nyumbani",
      ],
    },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: ["(wananifuatilia|wananifuata|wananipeleleza|wananiwekea sumu)", "nimeshakufa", "chipu (kichwani|ubongoni)"],
    },
    {
      id: "hallucination.voices",
      kind: "hallucination",
      patterns: ["(nasikia|ninasikia|nimekuwa nikisikia) sauti", "sauti (zinaniambia|inaniambia)", "naona vitu ambavyo (havipo|wengine hawavioni)"],
    },
    { id: "mania.elevated", kind: "mania", patterns: ["sihitaji kulala", "(najiona|najisikia) (kama mungu|siwezi kushindwa)"] },
    { id: "compulsion.rituals", kind: "compulsion", patterns: ["nanawa mikono ~~ mara #", "siwezi kuacha (kunawa|kuangalia|kuhesabu)"] },
    {
      id: "eating.restrict_purge",
      kind: "disordered_eating",
      patterns: ["(najitapisha|kujitapisha)", "natapika baada ya kula", "(sili|sijala) ~~ siku ~~ (kupunguza uzito|unene|mnene)"],
    },
    { id: "means.height", kind: "means", patterns: ["daraja", "jengo (refu|ndefu)", "ghorofa", "# (ghorofa|mita)", "juu ya paa", "mwamba", "reli"] },
    { id: "means.poison", kind: "means", patterns: ["sumu", "sumu ya panya", "dawa ya [kuua] (wadudu|panya)", "viuatilifu"] },
    { id: "means.medication", kind: "means", patterns: ["(vidonge|dawa za usingizi)"] },
    { id: "means.other", kind: "means", patterns: ["kamba", "bunduki"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: ["vidonge vingapi ~~ (kufa|kuniua|nife|vitaniua|viniue)", "(njia|jinsi) ~ (ya haraka|bila maumivu) ~ (kufa|kujiua)", "dozi ya kuua"],
    },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(nife|kufa|kuua)"] },
    {
      id: "query.where_how",
      kind: "query",
      patterns: [
        "(nitanunua|naweza kununua|nitapata|ninunue|kununua|kupata) ~ wapi",
        "wapi (naweza|ninaweza|nitapata)",
        "urefu wa",
        "refu kiasi gani",
        "mrefu zaidi",
      ],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "(nimepoteza|nimefukuzwa) kazi",
        "(ameniacha|tumeachana|talaka)",
        "(nimefeli|nimeshindwa) (mtihani|mitihani)",
        "madeni",
        "(sina matumaini|sina thamani|mzigo)",
        "hakuna anayenijali",
        "nimechoka na maisha",
        "nimechoka sana",
      ],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(unafikiria|umefikiria) ~ (kujiua|kujidhuru|kujiumiza)"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(nilale|nilale tu|kulala) (nisiamke|nisiamke tena|milele)",
        "bora (nife|nisingekuwepo|nisiwepo|ningekufa)",
        "(wote|familia yangu|kila mtu) ~ (wangekuwa|watakuwa|wangefurahi) ~ (bila mimi)",
        "(mimi ni|ni) mzigo (kwa|tu)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    { id: "delusion.concept", kind: "delusion", patterns: ["(wameweka|wameniwekea) (kamera|vifaa)", "wanajua kila (ninachofikiri|ninachowaza)"] },
    {
      id: "hallucination.concept",
      kind: "hallucination",
      patterns: ["sauti (inaniambia|zinaniambia|inaniamuru) (nijidhuru|nijiue|niruke)", "hakuna mtu mwingine (anayeisikia|anayezisikia)"],
    },
    { id: "mania.concept", kind: "mania", patterns: ["(sijalala|bila kulala) ~~ (nitauza|kuuza|niwekeze|kuwekeza|pesa zote|kila kitu)"] },
    { id: "compulsion.concept", kind: "compulsion", patterns: ["(niangalie|kuangalia|kuosha|naosha|nanawa) ~~ mara (ishirini|thelathini|hamsini|mia|#)"] },
  ],
};
