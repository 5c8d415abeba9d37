import type { Lexicon } from "./types.ts";

/**
 * Yoruba. Tone marks and underdots are optional in chat and are stripped before matching, so
 * "mo fẹ́ pa ara mi" and "mo fe pa ara mi" are the same phrase. Otapiapia (rat poison) is a
 * known lethal means in Nigeria.
 */
export const yo: Lexicon = {
  lang: "yo",
  name: "Yoruba",
  idioms: ["ebi (n|ti|fe|ma) pa (mi|wa)", "erin (pa|n pa) mi", "(foonu|phone|batiri) [mi] [ti] ku"],
  negations: ["ko", "mi o", "mi ko", "rara"],
  affirmations: ["(beeni|bee ni|ehn|en|o da|nigba miran|die)"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(mo fe|mo n fe|mo ti pinnu lati|ma) ~ pa ara mi",
        "pa ara mi",
        "mo fe ku",
        "(mi o|mi ko) fe (wa laye|gbe aye|wa laaye) [mo]",
        "o su mi lati wa laye",
        "so ara mi ko",
        "o san ki n ku",
      ],
    },
    { id: "sh.self_injury", kind: "self_harm", patterns: ["(mo n|mo ti) ge ara mi", "se ara mi lese"] },
    { id: "hto.hurt_others", kind: "harm_to_others", patterns: ["(mo fe|ma) pa (oko mi|iyawo mi|oga mi|won|oun)"] },
    { id: "abuse.violence", kind: "abuse", patterns: ["(oko mi|baba mi|ore kunrin mi) (n|ma n) lu mi", "fi ipa ba mi lopo"] },
    { id: "hallucination.voices", kind: "hallucination", patterns: ["(mo n|mo ma n) gbo ohun (awon eniyan|ti ko si|to n so)"] },
    { id: "means.height", kind: "means", patterns: ["afara", "ile giga"] },
    { id: "means.poison", kind: "means", patterns: ["majele", "oogun eku", "oogun apakokoro", "(otapiapia|ota pia pia|gammalin)"] },
    { id: "lethal.question", kind: "lethal_query", patterns: ["(melo|meloo) ni ~~ (ku|pa mi)", "(bawo|bi) ~ (ku|pa ara mi) ~ (kiakia|lai ni irora)"] },
    { id: "query.where_how", kind: "query", patterns: ["(nibo|ibo) ni ~ (ra|ri|ta)", "bi o se ga to"] },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: ["(mo ti padanu|mo padanu) ise mi", "won le mi kuro", "o ti fi mi sile", "aye ti su mi", "ko si ireti", "ko si eni to feran mi", "gbese"],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(se o n ro|se o ti ro) ~ pa ara re"] },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: ["(won n|won ma n) (so mi|wo mi|tele mi|le mi kiri)", "(ka|mo) ero mi", "(won|awon eniyan) fi (nkan|nkankan) si (ori mi|ara mi)"],
    },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["ohun kan (n|ma n) (pase|so fun mi|ni ki n)"] },
    { id: "mania.elevated", kind: "mania", patterns: ["(mi o sun|mi ko sun) ~~ (ma ta|mo fe ta|gbogbo owo|gbogbo nkan|owo nla)", "mi o (nilo|ni lo) orun"] },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: ["(mo n fo|mo ma n fo) owo mi (leralera|ni igba|lopolopo)", "mi o le (duro|dawo duro) ~~ (fo|yewo)"],
    },
  ],
};
