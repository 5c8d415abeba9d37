import type { Lexicon } from "./types.ts";

/** Hausa (northern Nigeria, Niger), Boko (Latin) script as typed in chat. */
export const ha: Lexicon = {
  lang: "ha",
  name: "Hausa",
  idioms: ["yunwa (ta|na|tana) kashe (ni|mu)", "(dariya|zafi) (ta|na) kashe ni", "(waya|baturi|batiri) (ta|ya) mutu"],
  negations: ["ba", "ban", "bana", "ba na", "kada"],
  affirmations: ["(eh|eh to|haka ne|wani lokaci|kadan|na am|naam|gaskiya)"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(ina so|ina son|ina sha awar|na yanke shawarar|zan) ~ (in kashe kaina|in mutu|na mutu|kashe kaina)",
        "kashe kaina",
        "(ba na son|bana son|ban son) (rayuwa|in rayu|rayu)",
        "gara in mutu",
        "rataye kaina",
        "kowa zai fi ~ ba tare da ni ba",
      ],
    },
    { id: "sh.self_injury", kind: "self_harm", patterns: ["(ina|na) (yanka|cutar da|raunata) kaina", "cutar da kaina"] },
    { id: "hto.hurt_others", kind: "harm_to_others", patterns: ["(ina so|zan) [in] kashe (shi|ta|su|mijina|matata|maigidana)"] },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: ["(mijina|babana|saurayina) (yana|ya) (duka na|dukana|buga ni|yi min fyade)", "(yana|ana) dukana", "tsoron komawa gida"],
    },
    { id: "delusion.beliefs", kind: "delusion", patterns: ["(ana|suna) (bi na|bibiyata|kallona|leken asiri na)", "na riga na mutu"] },
    { id: "hallucination.voices", kind: "hallucination", patterns: ["ina (jin|ji) (muryoyi|murya)", "murya (tana|na) (gaya min|ce min)"] },
    { id: "means.height", kind: "means", patterns: ["<gada>", "dogon gini"] },
    { id: "means.poison", kind: "means", patterns: ["guba", "maganin (kwari|bera|kashe kwari)", "otapiapia"] },
    { id: "means.medication", kind: "means", patterns: ["(kwayoyi|maganin barci)"] },
    { id: "means.other", kind: "means", patterns: ["igiya", "bindiga"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: ["(kwaya|kwayoyi) nawa ~~ (mutu|kashe)", "(yaya|ta yaya) ~ (mutu|kashe kaina) ~ (da sauri|ba tare da zafi)"],
    },
    { id: "query.where_how", kind: "query", patterns: ["(a ina|ina) (zan|zan iya|za a) (saya|samu|sami)", "a ina ake sayar", "mafi tsawo"] },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "na rasa aiki",
        "an kore ni",
        "(ta|ya) bar ni",
        "<saki>",
        "na fadi jarrabawa",
        "bashi",
        "babu fata",
        "ba wanda ya damu da ni",
        "na gaji da rayuwa",
      ],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(kana|kina) tunanin ~ (kashe kanka|kashe kanki|cutar da kanka)"] },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    {
      id: "delusion.concept",
      kind: "delusion",
      patterns: ["(suna|ana) (kallona|leken asiri na) ~ (kyamara|waya)", "(sun san|suna sanin) (duk abin da nake tunani|tunanina)"],
    },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["murya (tana|na) (umarta|umartata|umurce ni)"] },
    {
      id: "mania.elevated",
      kind: "mania",
      patterns: [
        "(ban yi barci ba|ba na barci) ~~ (zan sayar|sayar da komai|duk kudina|kasuwanci)",
        "ba na bukatar barci",
        "ina da kuzari ~~ (zan sayar|sayar da komai|kasuwanci|duk kudina)",
      ],
    },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: ["(ina wanke|na wanke) hannuna sau (#|goma|ashirin|talatin|hamsin|dari)", "ba zan iya (dainawa|daina) ~~ (wanke|duba)"],
    },
  ],
};
