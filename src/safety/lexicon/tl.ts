import type { Lexicon } from "./types.ts";

/** Tagalog/Filipino and Taglish. Silver-cleaner (cyanide) is a known lethal means locally. */
export const tl: Lexicon = {
  lang: "tl",
  name: "Tagalog",
  idioms: [
    "patay gutom",
    "(namatay|patay|nalowbat) (ang|yung) (cellphone|phone|baterya|cp|ilaw)",
    "nakakamatay (ang|sa) (init|lamig|traffic|trapik)",
    "mamamatay [ako] sa (kakatawa|tawa|gutom|inip)",
    "pumatay ng oras",
  ],
  negations: ["hindi", "di", "wag", "huwag"],
  affirmations: ["(oo|opo|oho|oo nga|minsan|medyo|oo eh|oo po|yes|oo talaga)"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(gusto|gustong|gusto ko|gusto ko na|gusto ko nang) ~ (mamatay|magpakamatay|mawala na|tapusin [na] ang buhay ko|tapusin na lahat)",
        "(magpapakamatay|magpakamatay|nagpakamatay ako)",
        "(ayoko|ayaw ko|ayaw ko na) ~ (mabuhay|ng buhay)",
        "(pagod|sawa) na [ako] sa buhay",
        "(mas mabuti|mas okay|mas ok) ~ (wala na ako|patay na ako|mamatay na lang ako)",
        "tatalon [ako] (sa|mula sa) (tulay|building|gusali)",
        "sana (hindi na ako magising|mamatay na lang ako)",
        "magbigti",
        "(gusto|gustong|gusto ko) ~ matapos [na] lahat",
        "(wakasan|tapusin) [ang] buhay ko",
        "kitilin [ang] [aking] buhay",
      ],
    },
    {
      id: "sh.self_injury",
      kind: "self_harm",
      patterns: ["(sinasaktan|saktan|sugatan|hiwain|laslasin) ko [ang] (sarili|aking sarili|pulso)", "(naglalaslas|laslas)"],
    },
    { id: "hto.hurt_others", kind: "harm_to_others", patterns: ["(papatayin|gusto kong patayin|patayin) ko (siya|sila|ang asawa ko|ang boss ko)"] },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: ["(sinasaktan|binubugbog|ginagahasa|minomolestiya|sinasampal) ako ng", "binubugbog ako", "takot [akong] umuwi"],
    },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: [
        "(may|mayroong) (sumusunod|nagmamanman|nagbabantay) sa akin",
        "patay na [raw] ako",
        "(binabasa|ninanakaw) ang (isip|iniisip) ko",
        "may chip sa (ulo|utak) ko",
      ],
    },
    {
      id: "hallucination.voices",
      kind: "hallucination",
      patterns: [
        "naririnig (akong|ako ng) [mga] boses",
        "[may] naririnig akong [mga] boses",
        "(nakakarinig|nakaririnig) ako ng [mga] boses",
        "boses ~ (nag uutos|sinasabi)",
        "may nakikita akong (wala|hindi totoo)",
      ],
    },
    { id: "mania.elevated", kind: "mania", patterns: ["(hindi|di) ko kailangan matulog", "walang makakapigil sa akin"] },
    { id: "compulsion.rituals", kind: "compulsion", patterns: ["naghuhugas [ako] ng kamay ~~ # beses", "paulit ulit (naghuhugas|chinecheck|tinitingnan)"] },
    {
      id: "eating.restrict_purge",
      kind: "disordered_eating",
      patterns: ["(sinusuka|isinusuka|pinapasuka) ko [ang] (kinakain|pagkain)", "nagpapasuka", "(hindi|di) [ako] kumakain ~ (para pumayat|taba)"],
    },
    {
      id: "means.height",
      kind: "means",
      patterns: ["tulay", "(mataas|pinakamataas) [na] (building|gusali|tulay)", "bubong", "# palapag", "# (metro|metros)", "bangin", "riles"],
    },
    { id: "means.poison", kind: "means", patterns: ["lason", "lason sa daga", "pamatay [ng] (daga|insekto|peste)", "silver cleaner", "muriatic"] },
    { id: "means.medication", kind: "means", patterns: ["(gamot|tableta|pampatulog)"] },
    { id: "means.other", kind: "means", patterns: ["lubid", "baril"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: [
        "ilang (tableta|pills|gamot|piraso) ~~ (mamatay|patay|hindi na magising)",
        "(paano|pano) ~ (mamatay|magpakamatay) ~ (mabilis|walang sakit|hindi masakit)",
        "nakamamatay na dosis",
      ],
    },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(mamatay|mamamatay|patay)"] },
    {
      id: "query.where_how",
      kind: "query",
      patterns: ["(saan|san) ~ (makakabili|bumili|bibili|mabibili|nakakabili|makakakuha|makabili)", "gaano kataas", "pinakamataas"],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "(nawalan|nawala) ako ng (trabaho|work)",
        "(natanggal|sinisante|tinanggal) ako",
        "(iniwan|hiniwalayan|niloko) ako",
        "(bumagsak|bagsak) ako sa",
        "(utang|baon sa utang)",
        "(wala nang pag asa|walang kwenta|pabigat)",
        "walang nagmamahal sa akin",
        "pagod na pagod",
      ],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(nag iisip|iniisip mo|naiisip mo) ~ (magpakamatay|saktan ang sarili)"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(gusto|sana) ~ (mawala|maglaho) [na lang|nalang] (sa mundo*|habang buhay|forever|ng tuluyan|na lang|nalang)",
        "(gusto ko na lang|gusto ko nalang|sana) (mawala|maglaho)",
        "(matulog|makatulog) (at|tapos|tas) (hindi|di) na (magising|gumising)",
        "(mas masaya|mas okay|mas ok|mas mabuti) sila (kung wala ako|pag wala ako|kapag wala na ako)",
        "(pabigat|pasanin) [lang]ako",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    { id: "delusion.concept", kind: "delusion", patterns: ["(binabantayan|minamanmanan|sinusundan) ako", "alam nila (lahat ng iniisip ko|iniisip ko)"] },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["(may|isang) boses ~ (nagsasabi|nag uutos|sinasabi) (sakin|sa akin)"] },
    {
      id: "mania.concept",
      kind: "mania",
      patterns: ["(walang tulog|gising|hindi natutulog|di natutulog) ~~ (ibebenta|ibenta|ilalagay ko lahat|lahat ng ipon|mag reresign|resign)"],
    },
    {
      id: "compulsion.concept",
      kind: "compulsion",
      patterns: ["(i check|icheck|chinecheck|tingnan|hugasan|maghugas) ~~ # (beses|ulit)", "kailangan ko ~ (i check|icheck|maghugas) ~~ beses"],
    },
  ],
};
