import type { Lexicon } from "./types.ts";

/**
 * Korean. Spacing is dropped before matching (see normalize.ts), so phrases are written without
 * spaces. Includes euphemisms common in Korean chat ("한강 가고 싶다", 한강 물 온도) and
 * romanised forms.
 */
export const ko: Lexicon = {
  lang: "ko",
  name: "Korean",
  idioms: ["죽고싶지않", "죽고싶진않", "자살예방", "자살률", "자살방지", "유서깊"],
  affirmations: ["(네|응|예|어|그래|맞아|가끔|조금|좀|ㅇㅇ|웅|네네|그런것같아)"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "죽고싶", "죽고파", "죽어버리고싶", "죽어야겠", "죽을래", "그냥죽", "죽는게나을",
        "자살하고싶", "자살하려", "자살할거", "자살할까", "자살생각", "자살충동", "자살할래",
        "극단적%선택%(하고싶|할까|하려|할거)",
        "살기싫", "살고싶지않", "그만살고싶", "더이상살", "사는게의미없", "살아갈이유",
        "사라지고싶", "없어지고싶", "다끝내고싶", "끝내고싶", "끝내버리고",
        "한강가고싶", "한강물온도", "한강%뛰어", "뛰어내리고싶", "뛰어내릴",
        "유서", "목매", "눈을안떴으면", "안깨어났으면", "깨어나지않았으면", "내일이안왔으면", "태어나지말",
        "(jukgo_sip*|jukgo_sipda|jugo_sip*)", "jasal", "salgi_sil*",
      ],
    },
    {
      id: "sh.self_injury",
      kind: "self_harm",
      patterns: ["자해", "손목%(긋|그었|그어)", "칼로%(긋|그었)", "팔을%(긋|그었)", "몸에상처", "커터칼로", "나를해치"],
    },
    {
      id: "hto.hurt_others",
      kind: "harm_to_others",
      patterns: ["죽여버리고싶", "죽이고싶", "죽여버릴", "죽일거", "칼로찌르고싶", "해치고싶"],
    },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: ["(남편|아빠|아버지|엄마|어머니|남자친구|남친|오빠|형|부모님|새아빠)%(때려|때렸|때리|폭행|성폭행|추행|목을졸)", "가정폭력", "데이트폭력", "맞고살", "집에가기무서", "학대"],
    },
    { id: "abuse.threat_to_life", kind: "abuse", level: "crisis", patterns: ["죽여버린다고", "죽이겠다고", "죽인다고%협박"] },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: ["나는이미죽었", "내가죽은것같", "나는죽은사람", "누가%나를%(감시|미행|도청)", "감시당하", "미행당하", "도청당하", "(머릿속|머리|몸)에%칩", "생각을%(훔쳐|읽|조종)", "티비가%나한테%말", "내가신"],
    },
    { id: "hallucination.voices", kind: "hallucination", patterns: ["목소리가들려", "목소리가%시켜", "환청이%(들려|있|심해)", "환각이%(보여|있|심해)", "헛것이보", "아무도없는데%보여"] },
    { id: "mania.elevated", kind: "mania", patterns: ["잠을안자도", "잠이필요없", "잠을%안잤는데%(최고|에너지|날아갈)", "무적이", "세상을다가진", "신이된"] },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: ["손을%#번%씻", "손을%(수십|스무|서른|백)번", "계속씻", "손씻기를멈출수", "(문|가스|가스밸브)%#번%확인", "계속확인", "강박%(이심|때문에|증때문에|증상이심)"],
    },
    { id: "eating.restrict_purge", kind: "disordered_eating", patterns: ["일부러토", "먹고토", "먹토", "씹뱉", "프로아나", "개말라", "굶어서%살", "설사약%살", "변비약%살", "폭식하고%토", "#칼로리만"] },
    {
      id: "means.height",
      kind: "means",
      patterns: ["대교", "한강다리", "다리위", "다리에서", "높은다리", "옥상", "높은건물", "고층", "#층", "#미터", "절벽", "아파트%층", "철로", "선로", "(몇층|층에서|떨어지|뛰어내리)"],
    },
    { id: "means.poison", kind: "means", patterns: ["농약", "제초제", "살충제", "쥐약", "그라목손", "청산가리", "락스"] },
    { id: "means.medication", kind: "means", patterns: ["수면제", "졸피뎀", "신경안정제", "진통제", "타이레놀", "수면유도제", "약을%(모아|많이)", "알약"] },
    { id: "means.other", kind: "means", patterns: ["번개탄", "연탄", "밧줄", "총기"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: ["몇알%(먹으면|먹어야)%(죽|안깨)", "치사량", "(고통없이|안아프게|편하게)%죽", "죽을수있", "죽으려면", "얼마나%(먹어야|먹으면)%죽", "떨어지면%죽", "확실하게죽"],
    },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(죽어|죽을|죽나|죽어요|죽습니까|치명)"] },
    { id: "query.where_how", kind: "query", patterns: ["어디서%(사|팔|구할|구매|구해)", "어디에서%(사|팔)", "어디서파", "몇미터", "높이가", "가장높은", "제일높은", "어떤%(다리|건물)", "구할수있", "몇알까지"] },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: ["잘렸", "해고", "실직", "헤어졌", "이혼", "차였", "빚", "파산", "시험에떨어", "불합격", "망했", "희망이없", "쓸모없", "아무도나를", "너무힘들", "외로워"],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["자살%생각", "죽고싶은%(생각|마음)", "자해%생각", "스스로%해치"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(나|내가|난|나 같은 건|나같은건|나 따위)%(없어지는|사라지는|죽는) (게|것이|편이|거)%(나아|낫|좋|나을)",
        "(자다가|잠든 채로|잠들어서|자고) [그냥] 안 (깼으면|깨어났으면|일어났으면|깨면 좋)",
        "(영원히|다시는) (안 깼으면|깨지 않았으면|눈 뜨고 싶지 않)",
        "내가 없으면 ~ (다들|모두|가족|엄마|다) % (편할|행복할|나을|좋을)",
        "(짐덩어리|짐짝|짐이 (되는|돼|되고|될|된))",
        "(사라지고|없어지고) (싶어|싶다|싶음)",
        "(sarajigo|eopseojigo|jukgo) (sipeo|sipda|sipda)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    { id: "delusion.concept", kind: "delusion", patterns: ["도청기", "몰래카메라%(설치|달아|숨겨)", "(내생각|내마음)을%(듣|읽|알)", "생각을%다%(듣|알|읽)", "신이%(선택|보낸|고른)", "세상을%구할%(사명|운명)", "(선택받은|선택된)사람"] },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["아무도없는데%(속삭|목소리|말소리|누가)", "(속삭여|속삭이|속삭임)", "목소리가%(명령|죽으라|시키)"] },
    { id: "mania.concept", kind: "mania", patterns: ["(안잤는데|안자고|못잤는데|잠안자고)%(최고|날아갈|에너지|그만두|전재산|투자|코인|올인)", "전재산%(코인|주식|투자|올인)"] },
    { id: "compulsion.concept", kind: "compulsion", patterns: ["(백|수십|스무|서른|#)번%(씻|확인)", "(씻어도|씻었는데)%(더러)"] },
  ],
};
