import type { Lexicon } from "./types.ts";

/**
 * Chinese, simplified and traditional. 死 is everyday hyperbole (热死了, 笑死, 想死你了 = "miss you
 * so much"), so those set phrases are idioms and the suicidal phrases are first-person.
 */
export const zh: Lexicon = {
  lang: "zh",
  name: "Chinese",
  idioms: ["想死你", "想死我", "不想死", "热死", "熱死", "累死", "笑死", "饿死", "餓死", "困死", "冷死", "吓死", "嚇死", "气死", "氣死", "烦死", "煩死", "自杀率", "自殺率", "预防自杀", "預防自殺"],
  affirmations: ["(是|是的|对|對|嗯|有|有时候|有時候|有一点|有一點|经常|經常)"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "想死", "不想活", "结束这一切", "結束這一切", "结束一切", "不想再活", "活不下去", "活着没(意思|意义)", "活著沒(意思|意義)", "活着好累", "生无可恋",
        "(想|要|准备|準備|打算|去)(自杀|自殺)", "自杀的念头", "自殺的念頭", "(自杀|自殺)算了",
        "轻生", "輕生", "结束%生命", "結束%生命", "了结自己", "了結自己",
        "我[想|要]去死", "死了算了", "死了就好", "一了百了", "不想醒来", "不想醒來",
        "(想|要)(跳楼|跳樓|跳河|跳桥|跳橋)", "遗书", "遺書", "上吊", "想消失", "(离开|離開)这个世界", "離開這個世界",
      ],
    },
    { id: "sh.self_injury", kind: "self_harm", patterns: ["自残", "自殘", "割腕", "划手", "割手", "伤害自己", "傷害自己"] },
    { id: "hto.hurt_others", kind: "harm_to_others", patterns: ["想杀了", "想殺了", "杀了他", "殺了他", "弄死他", "弄死她", "想杀人", "想殺人"] },
    { id: "abuse.violence", kind: "abuse", patterns: ["(老公|丈夫|男朋友|爸爸|爸|妈|媽|父亲|父親|继父)%(打我|家暴|虐待|强奸|強姦)", "家暴", "被打", "性侵", "不敢回家"] },
    { id: "abuse.threat_to_life", kind: "abuse", level: "crisis", patterns: ["(说|說)要杀了我", "威胁%杀我", "威脅%殺我"] },
    { id: "delusion.beliefs", kind: "delusion", patterns: ["有人(监视|監視|跟踪|跟蹤|监听|監聽)我", "被(监视|監視)", "(脑子|腦子)里%芯片", "我已经死了", "我已經死了", "思想被(偷|控制)"] },
    { id: "hallucination.voices", kind: "hallucination", patterns: ["(听到|聽到)%声音", "(听到|聽到)%聲音", "(有|出现|出現)(幻听|幻聽|幻觉|幻覺)", "(幻听|幻聽|幻觉|幻覺)%(严重|嚴重|越来越|越來越)"] },
    { id: "mania.elevated", kind: "mania", patterns: ["不用睡觉", "不用睡覺", "无敌", "無敵", "精力无限", "精力無限"] },
    { id: "compulsion.rituals", kind: "compulsion", patterns: ["洗手%(#|几十|幾十|二十|三十)(次|遍)", "反复(检查|洗)", "反覆(檢查|洗)", "(强迫症|強迫症)%(很|发作|發作|让我|讓我|严重|嚴重)"] },
    { id: "eating.restrict_purge", kind: "disordered_eating", patterns: ["催吐", "吃了就吐", "泻药减肥", "瀉藥減肥", "不吃饭%减肥", "暴食"] },
    { id: "means.height", kind: "means", patterns: ["桥", "橋", "楼顶", "樓頂", "天台", "高楼", "高樓", "最高的(楼|樓|桥|橋)", "几层", "幾層", "#层", "#層", "#米", "悬崖", "懸崖", "铁轨", "鐵軌", "(跳下|几楼|幾樓|楼上|樓上)"] },
    { id: "means.poison", kind: "means", patterns: ["百草枯", "农药", "農藥", "敌敌畏", "敵敵畏", "老鼠药", "老鼠藥", "毒鼠强", "除草剂", "除草劑", "杀虫剂", "殺蟲劑", "氰化物"] },
    { id: "means.medication", kind: "means", patterns: ["安眠药", "安眠藥", "止痛药", "止痛藥", "抗抑郁药", "地西泮", "安定片", "药片", "藥片", "(多少|几|幾)片"] },
    { id: "means.other", kind: "means", patterns: ["烧炭", "燒炭", "木炭", "绳子", "繩子"] },
    { id: "lethal.question", kind: "lethal_query", patterns: ["吃多少%(会死|會死|能死|致死)", "多少片%(死|致死)", "致死量", "无痛%死", "無痛%死", "死得快", "能摔死", "会摔死", "會摔死"] },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(会死|一定会死|能死|死吗|致命)", "(怎么|怎麼|如何)%死", "太多"] },
    { id: "query.where_how", kind: "query", patterns: ["(哪里|哪裡|哪儿|在哪)%(买|買|卖|賣)", "多高", "多少米", "最高的", "哪座(桥|橋)", "怎么买", "怎麼買", "能买到", "能買到"] },
    { id: "distress.life_event", kind: "distress", patterns: ["失业", "失業", "被%(裁|开除|開除|辞退|辭退)", "失恋", "失戀", "分手", "离婚", "離婚", "欠债", "欠債", "破产", "破產", "考砸", "没考上", "絶望", "绝望", "撑不下去", "撐不下去", "没人在乎", "沒人在乎"] },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(想|有)%(自杀|自殺)", "伤害自己的想法", "傷害自己的想法"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(不想|不愿|不要|不愿意)[再] (醒来|醒過來|醒过来|醒來)",
        "(睡着|睡著|睡过去|睡過去|一睡)%(不醒|不再醒|再也不醒|醒不来|醒不過來|别醒)",
        "(没有我|沒有我)%(会|都会|會|都會)%(更好|更幸福|更轻松|更輕鬆|过得更好)",
        "(我是|我就是|我只是)%(负担|負擔|累赘|累贅|拖累)",
        "(我想|我只想|好想|真想)(消失|永远睡下去|永遠睡下去|永远不醒|永遠不醒)",
        "想%从%世界%消失",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    { id: "delusion.concept", kind: "delusion", patterns: ["(窃听器|竊聽器)", "想什么%(都知道|全知道)", "(被神|神)%(选中|選中)", "拯救世界的%(使命|任务)", "(墙里|牆裡)%(装|裝)"] },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["声音%(命令|叫我|让我|讓我)", "聲音%(命令|叫我|讓我)", "没人的时候%声音", "沒人的時候%聲音"] },
    { id: "mania.concept", kind: "mania", patterns: ["(没睡|沒睡)%(精神|精力)%(超好|很好|无限|無限|十足)", "(所有|全部)(积蓄|積蓄|存款)%(投|买|買|赌|賭)", "(辞职|辭職)%(所有|全部)(积蓄|積蓄|存款|钱|錢)"] },
    { id: "compulsion.concept", kind: "compulsion", patterns: ["(确认|確認|检查|檢查|洗)(几十|幾十|十几|十幾|上百|#)(遍|次)", "(不然|否则|否則)%(出大事|会出事|會出事|会爆炸|會爆炸)"] },
  ],
};
