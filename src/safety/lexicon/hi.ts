import type { Lexicon } from "./types.ts";

/**
 * Hindi in Devanagari and romanised Hindi/Hinglish as typed in chat (spellings vary a lot:
 * jeena/jina, nahi/nahin/nhi, chahta/chahata). Sulfas/Celphos tablets are a common lethal
 * means in India and are listed as such.
 */
export const hi: Lexicon = {
  lang: "hi",
  name: "Hindi",
  idioms: [
    "(भूख|गर्मी|ठंड|हंसी|हँसी|थकान) से मर (रहा|रही|गया|गई)",
    "हंसते हंसते मर",
    "(bhook|bhukh|garmi|thand|hasi|hassi) se mar (raha|rahi|gaya|gayi)",
    "(jaan le lega|jaan le legi|jaan nikal)",
    "(marna|mar jana|mar jaana) (nahi|nahin|nhi) (chahta|chahti)",
    "मरना नहीं (चाहता|चाहती)",
    "(mummy|papa|maa|mom) (maar|mar) (dalegi|dalenge|degi|denge)",
    "time pass",
  ],
  negations: ["नहीं", "कभी नहीं", "मत", "nahi", "nahin", "nhi", "kabhi nahi", "mat"],
  affirmations: ["(हाँ|हां|जी|जी हाँ|कभी कभी|थोड़ा|haan|han|ha|haa|ji|haan ji|kabhi kabhi|thoda|bilkul)"],
  fuzzy: ["suicide", "khudkushi", "atmahatya"],
  rules: [
    {
      id: "si.devanagari",
      kind: "suicidal_ideation",
      patterns: [
        "मरना चाह*", "मर जाना चाह*", "मेरे जाने के बाद ~ (खुश|अच्छा|बेहतर)", "मर जाऊं", "मर जाऊ", "काश मैं मर", "मैं मरना",
        "जीना नहीं चाह*", "(जीने|जिंदा रहने) का मन नहीं", "जीने की (इच्छा|चाह) नहीं", "अब और नहीं जीना",
        "आत्महत्या (कर|करना|करने का|का विचार|के विचार|का ख्याल|के बारे में सोच)", "खुदकुशी",
        "खुद को (मार|खत्म)", "अपने आप को (मार|खत्म)", "अपनी जान (ले|दे)", "सब खत्म कर (दूं|दूंगा|दूंगी|लूं)",
        "जिंदगी (खत्म|से तंग)", "मेरे बिना (सब|सबका) ~ बेहतर", "काश मैं पैदा (न|ना|नहीं)", "सो जाऊं और ~ न उठूं",
        "(पुल|छत|बिल्डिंग) से कूद (जाऊं|जाऊंगा|जाऊंगी|जाना)",
      ],
    },
    {
      id: "si.hinglish",
      kind: "suicidal_ideation",
      patterns: [
        "(marna|mar jana|mar jaana|mar jaun|mar jaaun|mar jau|mar jaau) ~ (hai|h|chahta|chahti|chahata|chahati|chaahta|chaahti)",
        "(mujhe|mujhko|muje) (marna|mar jana|mar jaana)",
        "kash (main|mai|me) mar",
        "(jeena|jina|jeene|jine|zinda rehna) (nahi|nhi|nahin|nai) (chahta|chahti|hai|chahata)",
        "(jeene|jine|zinda rehne) ka (mann|man|mn|dil) (nahi|nhi|nahin|nai)",
        "(ab|aur) (nahi|nhi|nahin) jeena",
        "(kal|aaj|aaj raat|ab) sab (khatam|khatm|khtm)",
        "mere jaane ke baad ~ (khush|acha|accha|better)",
        "suicide (kar|karna|karne|karunga|karungi|kar lunga|kar lungi|kar leta|kar lu|kar loon|ka soch|ke bare)",
        "(khudkushi|atmahatya)",
        "khud ko (maar|mar|khatam|khatm|khtm) (dunga|dungi|du|doon|lunga|lungi|dena|lena|kar)",
        "apni (jaan|jan) (le|de) (lunga|lungi|dunga|dungi|lu|du|dena|lena)",
        "sab (khatam|khatm|khtm) kar (dun|doon|du|dunga|dungi|lun|lunga)",
        "(zindagi|zindgi|jindagi) (khatam|khatm) kar",
        "mere bina (sab|sabki|sabka) ~ (khush|better|acha|accha)",
        "(pul|chhat|chat|building) se (kood|kud) (jaun|jaunga|jaungi|jana)",
      ],
    },
    {
      id: "sh.self_injury",
      kind: "self_harm",
      patterns: ["खुद को (चोट|काट|नुकसान)", "(हाथ|कलाई|नस) काट", "(khud ko|apne aap ko) (hurt|chot|kaat|cut|nuksan)", "(nas|haath|hath|kalai) (kaat|kat)"],
    },
    {
      id: "hto.hurt_others",
      kind: "harm_to_others",
      patterns: ["(उसे|उसको) ~ (मार डालूं|मार डालूंगा|मार डालूंगी|जान से मार)", "(usko|use|usse|usey) ~ (maar|mar) (dalunga|dalungi|dunga|dungi|daalna)", "jaan se (maar|mar) (dunga|dungi|dalunga)"],
    },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: ["(पति|पापा|पिताजी|ससुर|सास|भाई) ~ (मारता|मारते|पीटता|पीटते|मारती|मारते हैं)", "घरेलू हिंसा", "दहेज के लिए", "(pati|papa|husband|sasur|saas|bhai) ~ (marta|maarta|peet|pitai|marte|maarte) (hai|hain|he)", "(ghar par|ghar pe) (maar|pitai)", "dahej ke liye"],
    },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: ["मेरा पीछा (कर रहे|करते)", "मुझ पर नजर रख", "मैं मर चुका", "मैं मर चुकी", "(koi|log) (mera|meri) (peecha|picha) kar", "log mujh par nazar", "(main|mai) mar chuka"],
    },
    { id: "hallucination.voices", kind: "hallucination", patterns: ["आवाजें सुनाई", "आवाज (कहती|बोलती)", "(awaaz|awaz|awaazein|awazein|aawazein) (sunai|sunta|sunti)", "awaz (kehti|bolti)"] },
    { id: "mania.elevated", kind: "mania", patterns: ["नींद की जरूरत नहीं", "मैं भगवान हूं", "(neend|nind) ki (zarurat|jarurat) (nahi|nhi)", "(main|mai) bhagwan (hoon|hu)"] },
    { id: "compulsion.rituals", kind: "compulsion", patterns: ["बार बार हाथ धो", "# बार हाथ धो", "(baar baar|bar bar) (haath|hath) (dho|dhota|dhoti)", "# (baar|bar) (haath|hath) dho"] },
    { id: "eating.restrict_purge", kind: "disordered_eating", patterns: ["(खाने के बाद|जानबूझकर) उल्टी", "(khane ke baad|jaan bujh kar) (ulti|ultee)", "(khana|khaana) (nahi|nhi) (khati|khata) ~ (mota|moti|weight|patla|patli)"] },
    { id: "means.height", kind: "means", patterns: ["पुल", "छत", "ऊंची इमारत", "# मंजिल", "# मीटर", "रेल की पटरी", "(मंजिल से|छलांग|कूद)", "(manzil|floor) se (kood|kud)", "<pul>", "(chhat|chat) se", "(oonchi|unchi) (building|imarat)", "railway (track|line)"] },
    { id: "means.poison", kind: "means", patterns: ["जहर", "कीटनाशक", "चूहे (मारने की|की) दवा", "सल्फास", "(zeher|zehar|jahar|zahar)", "(keetnashak|pesticide)", "chuhe [marne] (ki|wali) (dawa|dawai)", "(sulfas|celphos|selfos)"] },
    { id: "means.medication", kind: "means", patterns: ["नींद की (गोली|गोलियां)", "गोलियां", "(neend|nind) ki (goli|goliyan|goliya)", "(goliyan|goliya|tablets)"] },
    { id: "means.other", kind: "means", patterns: ["(रस्सी|फंदा|पिस्तौल|बंदूक)", "(rassi|fanda|phanda|pistol|bandook|katta)"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: ["कितनी ~ (गोली|गोलियां) ~~ (मर|मौत)", "बिना दर्द ~ मर", "मरने का ~ (तरीका|उपाय)", "(kitni|kitne) ~ (goli|goliyan|goliya|tablet|tablets) ~~ (mar|maut|marne)", "(bina dard|jaldi) ~ (mar|maut|marne)", "marne ka ~ (tarika|tareeka|tarike|upay)"],
    },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(मर जाऊं|मौत|मरूंगा|मरूंगी|mar jaunga|mar jaungi|maut)"] },
    {
      id: "query.where_how",
      kind: "query",
      patterns: ["कहां (मिलेगी|मिलेगा|मिलती|से खरीद|से लूं)", "कितनी ऊंची", "(kahan|kaha|kidhar) (milegi|milega|milti|milta|se (kharid|lu|le|milegi))", "(kitni|kitna) (oonchi|unchi|ooncha|uncha)"],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: ["नौकरी (चली गई|छूट गई|से निकाल)", "परीक्षा में फेल", "तलाक", "कर्ज", "कोई परवाह नहीं", "(naukri|job) (chali gayi|chali gai|chhut gayi|se nikal)", "fail ho (gaya|gayi|gya)", "breakup ho", "(talaq|talak)", "(karz|karza|karja)", "koi (parwah|parvah) nahi", "(thak|tang) (gaya|gayi|aa gaya) ~ (zindagi|life)"],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["आत्महत्या के (विचार|बारे में)", "खुद को नुकसान", "(suicide|khudkushi) ke (baare|bare|vichar|khayal)"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(sab|sabhi|ghar wale|family) ~ (mere bina|mere jaane ke baad) ~ (khush|better|behtar|aaram se)",
        "(so jau|so jaun|so jaaun|sona) (aur|or) [kabhi] (na|nahi) (uthu|uthun|jagu|jaagun)",
        "(jeena|jina|jeene) (nahi|nahin) (chahta|chahti)",
        "(main|mai) (bojh|boj) (hu|hoon|hun)",
        "सब ~ मेरे बिना ~ (खुश|बेहतर)",
        "[और]जीना नहीं (चाहता|चाहती)",
        "[मैं]बोझ (हूं|हूँ)",
      ],
    },
    {
      id: "distress.worn_out",
      kind: "distress",
      patterns: [
        "(zindagi|life|jeene|jine) se (thak|tang|pareshan) (gaya|gayi|gya|gyi|aa gaya|aa gayi|ho gaya|ho gayi)",
        "ज़िंदगी से (थक|तंग) (गया|गई)",
      ],
    },
    {
      id: "query.where_more",
      kind: "query",
      patterns: [
        "(kahan|kaha|kidhar) (milengi|milenge|milegi|milega|milti|milte)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    { id: "delusion.concept", kind: "delusion", patterns: ["(दीवार|दीवारों) से ~~ (सुनते|देखते|जासूसी)", "(मेरे दिमाग|मेरा दिमाग|मेरे विचार|मेरी सोच) ~ (कंट्रोल|नियंत्रित|पढ़ते|चुराते)", "(phone|mobile) hack ~~ (dekhte|sunte|nazar)", "(mere|mera) (dimag|dimaag|vichar) (control|padhte|padh lete)", "भगवान ने मुझे ~ (चुना|भेजा)", "bhagwan ne mujhe ~ (chuna|bheja)"] },
    { id: "hallucination.concept", kind: "hallucination", patterns: ["(आवाज़|आवाज|आवाजें|आवाज़ें) ~~ (कहती|बोलती|कहती हैं|आदेश) ~~ (कोई और नहीं|किसी को नहीं)", "(कोई|एक) (आवाज़|आवाज) (मुझे|मुझसे) ~ (कहती|बोलती)", "(koi|ek) (awaaz|awaz|aawaz) (mujhe|mujhse) ~ (kehti|bolti)"] },
    { id: "mania.concept", kind: "mania", patterns: ["(नहीं सोया|नहीं सोई|सोया नहीं|नींद नहीं) ~~ (नौकरी छोड़*|सारा पैसा|सारी बचत|बिज़नेस|बिजनेस)", "(बहुत एनर्जी|बहुत ऊर्जा) ~~ (नौकरी छोड़*|सारा पैसा|सारी बचत)", "(soya nahi|soyi nahi|nahi soya|nind nahi|neend nahi) ~~ (job chhod|naukri chhod|sara paisa|saari bachat|business)"] },
    { id: "compulsion.concept", kind: "compulsion", patterns: ["(बीस|तीस|पचास|सौ|#) बार ~ (चेक|जांच|धो*)", "(bees|tees|pachas|sau|#) (baar|bar) (check|chek|haath dho|dhota|dhoti)", "रुक नहीं (पाता|पाती) ~~ (चेक|धो)"] },
  ],
};
