import type { Lexicon } from "./types.ts";

/** Japanese (kana/kanji, net slang like タヒ for 死, and romaji). */
export const ja: Lexicon = {
  lang: "ja",
  name: "Japanese",
  idioms: ["(監視|尾行|盗聴)されている(主人公|人物|男|女|話|小説|映画)", "死にたくない", "自殺防止", "自殺対策", "自殺率", "気の毒", "消毒", "中毒"],
  affirmations: ["(はい|うん|そう|ええ|時々|少し|ちょっと|たまに|そうです)"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "死にたい", "しにたい", "明日が来なければ", "明日が来なきゃ", "目が覚めなければいい", "シにたい", "タヒにたい", "死にてえ", "死のうかな", "死のうと思",
        "自殺し(たい|よう|ようかな|ます|てしまい|ようと)", "自殺を(考え|したい|しよう)", "自殺するつもり",
        "消えたい", "消えてしまいたい", "消えちゃいたい", "いなくなりたい",
        "生きていたくない", "生きたくない", "生きる意味%(ない|無い)", "生きてても意味",
        "もう終わりにしたい", "全部終わらせたい", "死んだ方が(まし|いい)", "死んだほうが(まし|いい)",
        "生まれてこなければ", "目が覚めなければ", "遺書", "首を吊", "飛び降り(たい|よう|る|ます)", "希死念慮",
        "(shinitai|kietai|jisatsu shitai)",
      ],
    },
    { id: "sh.self_injury", kind: "self_harm", patterns: ["リスカ", "リストカット", "自傷", "腕を切", "手首を切", "体を傷つけ", "自分を傷つけ", "odし(た|ちゃ|て)"] },
    { id: "hto.hurt_others", kind: "harm_to_others", patterns: ["殺したい", "殺してやる", "刺したい", "ぶっ殺"] },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: ["(夫|旦那|彼氏|父|母|親|義父)(に|から)%(殴られ|暴力|蹴られ|叩かれ|首を絞め)", "dv(を|され|受け)", "虐待され", "家に帰るのが怖"],
    },
    { id: "abuse.threat_to_life", kind: "abuse", level: "crisis", patterns: ["殺すと(言われ|脅され)"] },
    { id: "delusion.beliefs", kind: "delusion", patterns: ["監視されて", "盗聴されて", "尾行されて", "考え%(盗まれ|読まれ|漏れ)", "頭の中%(チップ|機械)", "私はもう死んで", "自分はもう死んで", "電波%(送られ|操られ)"] },
    { id: "hallucination.voices", kind: "hallucination", patterns: ["声が聞こえ", "幻聴が", "幻覚が", "誰もいないのに%(見え|聞こえ)"] },
    { id: "mania.elevated", kind: "mania", patterns: ["眠らなくても", "寝なくても平気", "無敵", "神になった", "全然寝てないのに%(元気|最高)"] },
    { id: "compulsion.rituals", kind: "compulsion", patterns: ["手を%#回%洗", "何度も(洗|確認)", "確認がやめられ", "洗うのがやめられ", "強迫%(がひどい|で辛い|が止まらない|性障害で)"] },
    { id: "eating.restrict_purge", kind: "disordered_eating", patterns: ["食べ吐き", "吐いて%(痩せ|太)", "下剤%(痩せ|ダイエット)", "拒食", "過食嘔吐", "何も食べて%(痩せ|太)"] },
    {
      id: "means.height",
      kind: "means",
      patterns: ["橋", "高い(建物|ビル|橋|場所)", "屋上", "階建て", "#階", "#メートル", "崖", "東尋坊", "青木ヶ原", "樹海", "線路", "ホームから", "(飛び降り|何階|階から)"],
    },
    { id: "means.poison", kind: "means", patterns: ["農薬", "除草剤", "殺虫剤", "毒", "パラコート", "青酸", "硫化水素"] },
    { id: "means.medication", kind: "means", patterns: ["睡眠薬", "眠剤", "市販薬", "風邪薬", "デパス", "薬を%(何錠|たくさん|全部)", "錠"] },
    { id: "means.other", kind: "means", patterns: ["練炭", "七輪", "ロープ", "首吊り"] },
    { id: "lethal.question", kind: "lethal_query", patterns: ["何錠%(死|飲めば)", "致死量", "楽に死", "確実に死", "死ねる", "(痛くない|苦しまない)%(死に方|方法)", "何メートル%死", "死ぬには"] },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(死ね|死ぬ|死にます|致命)"] },
    { id: "query.where_how", kind: "query", patterns: ["どこで%(買え|売|手に入)", "どこに%売", "何メートル", "高さ", "一番高い", "どの(橋|ビル)", "どれくらい", "何錠まで"] },
    { id: "distress.life_event", kind: "distress", patterns: ["クビ", "解雇", "失業", "振られ", "離婚", "借金", "破産", "落ちた", "絶望", "もう無理", "居場所がない", "誰にも必要とされ"] },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["死にたい気持ち", "自殺%考え", "自分を傷つけ%考え"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(もう|全部|すべて|全て|人生|何もかも)%(終わりにしたい|終わらせたい)",
        "(このまま|ずっと|二度と)%(目が覚めなければ|目覚めなければ|起きなければ|目が覚めないで)",
        "(眠った|寝た)(まま|ままで)%(死にたい|起きたくない|目覚めたくない)",
        "(私|僕|俺|自分)(が|なんて)%いない(方|ほう)が%(いい|まし|幸せ)",
        "(私|僕|俺|自分)%(お荷物|迷惑|負担)%(消え|いない方|いなくな)",
        "[mou] (kietai|shinitai|inakunaritai)",
      ],
    },
    {
      id: "distress.worn_out",
      kind: "distress",
      patterns: [
        "もう限界",
        "生きる%疲れ",
        "何もかも嫌",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    { id: "delusion.concept", kind: "delusion", patterns: ["(壁越し|壁の向こう)%(考え|心|声)", "考えを%(読|盗|聞)", "神に%(選ばれ|使命)", "世界を救う%(使命|運命)", "私は選ばれ"] },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["誰もいないのに%(声|聞こえ|ささや)", "(死ね|消えろ)って声", "声が%(命令|ずっと|死ね)"] },
    { id: "mania.concept", kind: "mania", patterns: ["寝てないけど%(絶好調|元気|最高|平気)", "(全財産|貯金全部|有り金)%(株|投資|突っ込|賭け|仮想通貨)", "(会社|仕事)(辞め|やめ)て%(全財産|全部)"] },
    { id: "compulsion.concept", kind: "compulsion", patterns: ["(何十回|何百回|#回)%(確認|洗)", "確認しないと%(出かけられ|不安|眠れ)"] },
  ],
};
