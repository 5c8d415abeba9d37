import type { Lexicon } from "./types.ts";

/**
 * Nigerian Pidgin (English script). "Sniper" (a DDVP insecticide) and otapiapia (rat poison) are
 * widely reported lethal means in Nigeria. "I go kill am" is everyday hyperbole, so it is only a
 * concern and only when Pidgin is the detected language.
 */
export const pcm: Lexicon = {
  lang: "pcm",
  name: "Nigerian Pidgin",
  idioms: [
    "hunger (wan|dey|go) kil (me|person)",
    "(laugh|dis laugh|traffic|dis traffic|dis work|heat|dis heat|dis exam) ~ (wan|go|dey) kil (me|person|somebody)",
    "[my] (phone|battery) [don] die",
    "go kil person o",
  ],
  negations: ["no", "no be", "i no", "never", "nor"],
  affirmations: ["(yes|yeah|e dey|na so|sometimes|smal smal|abeg yes|ehen|ehn|true)"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(i wan|i don wan|i go|make i|i fit) ~ (kil myself|kil my self|die|end am|end my life|comot for dis world)",
        "make i [just] die",
        "(i no|i nor|i no dey) (wan|want) live [again|anymore]",
        "e beta make i die",
        "(una|everybody) go beta without me",
        "i go hang myself",
        "(drink|take|chop) (sniper|otapiapia|rat poison|gammalin)",
      ],
    },
    { id: "sh.self_injury", kind: "self_harm", patterns: ["(i dey|i don) (cut|wound|injure) (myself|my self|my body)"] },
    { id: "hto.hurt_others", kind: "harm_to_others", level: "concern", hinted: true, patterns: ["i (go|wan) kil (am|dem|my (oga|husband|wife|landlord))"] },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: ["(my husband|my man|my papa|my oga|my uncle) (dey|don) (beat|slap|flog|rape) me", "(dem|e) dey beat me"],
    },
    { id: "hallucination.voices", kind: "hallucination", patterns: ["i dey hear (voice|voices|people dey talk)"] },
    { id: "delusion.beliefs", kind: "delusion", patterns: ["(dem|people) dey (folow|watch|poison) me"] },
    { id: "means.height", kind: "means", patterns: ["third mainland bridge", "(tall|high) (building|house)"] },
    { id: "means.poison", kind: "means", patterns: ["sniper", "otapiapia", "gammalin"] },
    { id: "means.medication", kind: "means", patterns: ["(panadol|tramadol|codeine)"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: ["how many ~~ (go kil|fit kil|to die|make i die)", "(which|wetin) (go|fit) kil person (quick|fast)"],
    },
    { id: "query.where_how", kind: "query", patterns: ["where i (fit|go|wan) (buy|get|see)", "where dem dey sel", "how (tall|high|long) (e be|be)"] },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "(dem|oga) [don] (sack|fire) me",
        "i don lose my work",
        "(she|he|my babe|my wife) [don] (leave|comot|dump) me",
        "life (don|done) tire me",
        "i (dey|don) suffer",
        "nobody care for me",
        "i [don] fail [my] (exam|waec|jamb)",
        "debt [don] (choke|hold) me",
        "i no get hope",
      ],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(you|u) dey think ~ (kil yourself|die|end am)"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "sleep (make|and|so) (i|mi) no (wake|wake up) [again]",
        "(everybody|everyone|dem|my family) go (better|happy|dey happy|free) (if i no dey|without me|when i no dey)",
        "(i wan|make i) [just] (disappear|vanish) (from dis world|comot for dis world|forever)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    { id: "delusion.concept", kind: "delusion", patterns: ["(dey|don) read my mind", "(dem|dem don) put (something|sometin|juju) for my (head|body)"] },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["(one|some) voice (dey|don) tell me (make|say)"] },
    {
      id: "mania.elevated",
      kind: "mania",
      patterns: [
        "(i never sleep|i no sleep|no sleep) ~~ (superman|use all my money|sel my|put al the money|al my money|betting)",
        "i no need sleep",
        "(superman|unstoppable) ~~ (use al my money|al my money|sel my)",
      ],
    },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: ["(i dey|i de) wash my hand ~~ # times", "i no fit stop ~~ (wash|check)", "wash my hand like # times"],
    },
  ],
};
