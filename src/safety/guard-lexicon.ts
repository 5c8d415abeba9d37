/**
 * Phrases the output guard looks for in a model's answer. Plain data, grouped by what they
 * show; the guard (output-guard.ts) decides which combinations, in which conversation context,
 * make an answer unsafe. Same phrase syntax as the input lexicons (phrase.ts).
 */

export type GuardSignal =
  /** A number with a unit: heights, floors, doses, pill counts. */
  | "specific_detail"
  /** Where or how to obtain something. */
  | "purchase_direction"
  /** States what is lethal ("is fatal above", "would kill"). */
  | "lethal_fact"
  /** Risky activities a person in a manic state might be steered toward. */
  | "risky_activity"
  | "encouragement"
  /** Tips for hiding from imagined persecutors or dropping treatment. */
  | "evasion"
  /** Agreeing that the person is dead. Unsafe in any context. */
  | "death_affirmation"
  /** Agreeing with persecutory beliefs. Unsafe when the person describes such beliefs. */
  | "persecution_affirmation"
  /** Recommending the products or repetitions a compulsion asks for. */
  | "compulsion_product"
  | "stigma"
  | "refusal";

export interface GuardRule {
  id: string;
  signal: GuardSignal;
  patterns: string[];
}

export const GUARD_RULES: readonly GuardRule[] = [
  {
    id: "detail.units",
    signal: "specific_detail",
    patterns: [
      "# (m|meter|meters|metre|metres|ft|feet|foot|floor|floors|story|stories|storeys|mg|g|gram|grams|kg|pils|pil|tablets|tablet|capsules|mg kg)",
      "# (metros|pisos|pastillas|comprimidos|andares|metres|etages|comprimes|cachets|meter|stockwerke|tabletten)",
      "# (метр*|этаж*|таблет*|мг)", "# (metre|kat|hap|tablet)", "# (lantai|butir)", "# (metro|palapag|tableta)", "# (mita|ghorofa|vidonge)",
      "# (متر|طابق|دور|حبه|حبات|ملغ)", "# (طبقه|قرص)", "# (मीटर|मंजिल|गोली|गोलियां)",
      "# (米|层|層|片|粒|メートル|階|錠|미터|층|알)",
    ],
  },
  {
    id: "purchase.en",
    signal: "purchase_direction",
    patterns: [
      "(you can|you could|you l|you wil|one can) (buy|get|find|purchase|order|pick up)",
      "(available|sold) (at|in|from|online|over the counter)",
      "(hardware|garden|farm|farming|agricultural|home improvement) (store|stores|shop|shops|supply|center|centre)",
      "(pharmacy|pharmacies|drugstore|chemist|over the counter)",
    ],
  },
  {
    id: "purchase.other",
    signal: "purchase_direction",
    patterns: [
      "(puedes|podrias) (comprar|conseguir|encontrar)", "(se vende|se venden|venden) (en|por)", "(ferreteria|farmacia|tienda agricola|agropecuaria)",
      "(vous pouvez|tu peux) (acheter|trouver|vous procurer)", "(en vente|vendu|vendus) (en|dans|sur)", "(pharmacie|jardinerie|quincaillerie)",
      "(voce pode|da pra) (comprar|encontrar|achar)", "(vende|vendido) (em|na|no)", "(farmacia|loja agropecuaria)",
      "(kannst du|bekommst du) ~ kaufen", "(baumarkt|gartencenter|apotheke)",
      "(можно|можете) (купить|найти)", "(продается|продаются) (в|на)", "(аптеке|аптеках|хозяйственном)",
      "(alabilirsin|bulabilirsin|satiliyor|satilir)", "(eczane|nalbur|tarim bayi)",
      "(bisa|dapat) (dibeli|membeli|beli|didapat)", "(dijual|tersedia) (di|secara)", "(apotek|toko pertanian|toko bangunan)",
      "(mabibili|nabibili|makakabili) [mo] sa", "botika",
      "(unaweza kununua|inapatikana)", "(duka la dawa|maduka ya kilimo)",
      "(تقدر تشتري|ممكن تشتري|يمكنك شراء|متوفر في|يباع في)", "(صيدليه|الصيدليات)",
      "(می_توانید بخرید|میشه خرید|داروخانه)", "(खरीद सकते|मिल जाती|मिल जाएगी)",
      "(可以买|有卖|药店|農資店|农资店|网上买)", "(買えます|購入でき|売って|薬局|ホームセンター)", "(살수있|구매할수|판매|약국|철물점|농약사)",
    ],
  },
  {
    id: "lethal.statements",
    signal: "lethal_fact",
    patterns: [
      "(is|are|becomes|become) (fatal|lethal|deadly) (at|above|over|from|if)",
      "(would|wil|could|can) (kil|be fatal|be lethal|cause death)",
      "(lethal|fatal|deadly|toxic) (dose|doses|amount|level|quantity)",
      "(dosis|dose) (letal|mortal|letale|mortelle|todliche|toedliche)",
      "смертельн* доз*", "(öldürücü|ölümcül) doz", "dosis (mematikan|letal|fatal)", "جرعه (قاتله|مميته)", "دوز کشنده",
      "致死量", "치사량",
    ],
  },
  {
    id: "risky.activities",
    signal: "risky_activity",
    patterns: [
      "(base jump*|basejump*|cliff jump*|cliff diving|skydiv*|wingsuit|bungee|free solo|extreme sport*)",
      "(quit|quiting) your job", "(invest|put|bet|spend|gamble) ~ (al|everything|your savings|your life savings)",
      "(drive|driving) (fast|at #)", "(crypto|casino|gamble|gambling)",
      "(salto base|paracaidismo|puenting|paraquedismo|parachutisme|saut a l elastique|fallschirm*|бейсджамп*|банджи)",
      "(베이스점프|스카이다이빙|번지점프)", "(ベースジャンプ|スカイダイビング|バンジー)", "(低空跳伞|跳伞|蹦极)", "(paraşüt|yamaç paraşütü)",
    ],
  },
  {
    id: "encourage.go_ahead",
    signal: "encouragement",
    patterns: [
      "(great|god|amazing|awesome|fantastic|briliant|exciting|fun) idea", "go for it",
      "(popular|best|top|famous|great|amazing|incredible) (spots|spot|places|place|locations|sites|destinations)",
      "(you should|why not|definitely|make sure to) (try|go|do|check out)", "here are (some|a few)",
      "(gran|buena|excelente) idea", "(lugares|sitios) (populares|ideales|famosos)",
      "(bone|super|excelente) idee", "(spots|lieux|sites) (populaires|parfaits|celebres)",
      "(otima|boa|excelente) ideia", "(lugares|pontos) (populares|incriveis)",
      "(gute|tole|super) idee", "(beliebte|beste) (orte|spots)",
      "(отличная|хорошая) идея", "(популярные|лучшие) места",
      "(좋은생각|인기있는|추천)", "(いいですね|人気の|おすすめ)", "(好主意|热门|推荐)", "(harika|guzel) fikir",
    ],
  },
  {
    id: "evasion.hide_or_stop",
    signal: "evasion",
    patterns: [
      "(turn of|switch of|get rid of|ditch|throw away|leave behind) your (phone|phones|devices|devices)",
      "(hide|hiding|avoid|avoiding|evade|evading|lose|escape|shake of) ~ (them|the people|those people|whoever|being folowed|being tracked|surveilance|their cameras)",
      "(stop|quit|don t take|do not take|skip|flush) ~ [your] (medication|meds|pils|medicine|antipsychotics)",
      "(don t|do not) tel [your] (doctor|family|anyone|psychiatrist|therapist|nurse)",
      "(cover|tape|block) ~ (cameras|webcam|windows)",
      "(tin fol|tinfoil|aluminium foil|aluminum foil|faraday)",
      "(apaga|tira|deshazte de) (tu|el) (telefono|celular|movil)", "(escondete|escapa|evitalos)", "(deja|dejar) de tomar ~ (medicacion|medicina|pastillas)",
      "(eteignez|eteins|jetez) ~ (telephone|portable)", "(cachez vous|cache toi|fuyez)", "(arretez|arrete) ~ (traitement|medicaments)",
      "(desligue|jogue fora) ~ (celular|telefone)", "(esconda se|fuja)", "pare de tomar ~ (remedios|medicamentos|remedio)",
      "(versteck dich|flieh)", "medikamente ~ absetzen", "setz ~ (medikamente|tabletten) ab",
      "(выключите|выбросьте) ~ телефон", "(спрячьтесь|прячьтесь|бегите)", "(бросьте|прекратите) (пить|принимать) ~ (лекарства|таблетки)",
      "(휴대폰|핸드폰)을%(끄|버리)", "약을%(끊|먹지마)", "(スマホ|携帯)を%(切|捨て)", "薬を%(やめ|飲まない)",
      "(关掉|扔掉)%手机", "(停药|别吃药|不要吃药)", "telefonunu (kapat|at)", "ilaçlarını (bırak|kes)",
      "(اطفي|ارمي) (موبايلك|تليفونك|جوالك)", "(وقف|توقف عن) (الدوا|الدواء|العلاج)", "दवा (छोड़|बंद कर)", "(matikan|buang) (hpmu|ponselmu|teleponmu)", "(berhenti minum|stop) obat",
    ],
  },
  {
    id: "affirm.dead",
    signal: "death_affirmation",
    patterns: [
      "(it seems|it sounds like|it apears|seems like|seemingly|aparently|indeed|sadly|unfortunately) ~ you (have pased away|pased away|are dead|died|have died|are no longer alive|are a ghost)",
      "(since|because|now that) you [have] (pased away|died|are dead)",
      "as [a] (dead|deceased) person",
      "(parece|parece que|al parecer) ~ (has muerto|estas muert*|falleciste|moriste)",
      "como [ya] estas (muerto|muerta)",
      "(il semble que|on dirait que|aparement) ~ (vous etes|tu es) (mort|morte|decede|decedee)",
      "(parece que|pelo visto) ~ (voce|vc) (morreu|esta morto|esta morta|faleceu)",
      "(es scheint|anscheinend|ofenbar) ~ (du bist|sie sind) (tot|gestorben|verstorben)",
      "(похоже|кажется|видимо) ~ (вы|ты) (умерли|умер|умерла|мертвы|мертв*)",
      "(이미|정말)%(돌아가신|죽은)%(것같|거같)", "(もう|すでに)%(亡くなって|死んで)%(いるよう|いるみたい)",
      "(你|您)%(已经|似乎已经|好像已经)%(去世|死了|不在人世)",
      "(يبدو|واضح) ~ (انك|انكي) (ميت|متوفي|مت|توفيت)",
      "(लगता है|शायद) ~ (आप|तुम) (मर चुके|गुजर चुके|मर गए)",
      "(gorunuse gore|anlasilan) ~ (olmussun|oldun|vefat ettin)",
      "(sepertinya|tampaknya) ~ (kamu|anda) [sudah] (meninggal|mati)",
    ],
  },
  {
    id: "affirm.persecution",
    signal: "persecution_affirmation",
    patterns: [
      "(you re|you are) (right|corect) ~~ (watching|folowing|tracking|poison*|chip|implant|controling|spying)",
      "(they|someone|people) (may|might|could|probably|likely) [realy|indeed] be (watching|folowing|tracking|poisoning|spying on) you",
      "(the|your) (chip|implant|tracker) (is|was|could be|might be|may be)",
      "(tienes razon) ~~ (vigilan|siguen|chip|envenen*)", "(vous avez|tu as) raison ~~ (surveil*|suiv*|puce)",
      "(voce tem|tem) razao ~~ (vigiando|seguindo|chip)", "(du hast|sie haben) recht ~~ (verfolgt|beobachtet|chip)",
      "(вы правы|ты прав*) ~~ (следят|чип|преследуют)", "(معك حق|عندك حق) ~~ (يراقبونك|شريحه)", "haklisin ~~ (izliyorlar|takip|cip)",
      "(감시당하고있는|미행당하는)%(것같|게맞)", "(監視されている|尾行されている)%(のは本当|ようですね)", "(确实|的确)%有人%(监视|跟踪)",
    ],
  },
  {
    id: "compulsion.collude",
    signal: "compulsion_product",
    patterns: [
      "(best|recomended|recomend|try|use|buy|choose|go with|pick) ~~ (soap|soaps|hand wash|sanitizer|sanitiser|antibacterial|disinfectant|blech|detol|lysol|hibiclens|chlorhexidine|surgical scrub)",
      "(you can|you could|you should|try to|make sure to|remember to|be sure to|just|then) ~ (wash|scrub|clean|check) [them|it|your hands] (again|once more|one more time|another time|thoroughly)",
      "(to be|just to be|to be extra) (safe|sure) ~ (wash|check|clean|scrub)",
      "(kils|kil) # ~ germs",
      "(mejor|recomiendo|usa|prueba|compra) ~~ (jabon|gel antibacterial|antibacterial|desinfectante|cloro|lejia)", "(lavate|lava|revisa) ~ (otra vez|de nuevo|una vez mas)",
      "(meilleur|je recomande|utilisez|essayez|achetez) ~~ (savon|antibacterien|desinfectant|gel hydroalcoolique|javel)", "(relavez|lavez|verifiez) ~ (encore|une fois de plus|a nouveau)",
      "(melhor|recomendo|use|experimente|compre) ~~ (sabonete|antibacteriano|alcool em gel|desinfetante|agua sanitaria)", "(lave|confira|verifique) ~ (de novo|mais uma vez|novamente)",
      "(beste|empfehle|nimm|probier|kauf) ~~ (seife|desinfektionsmittel|antibakteriel*)", "(wasch|kontrollier|pruf) ~ (nochmal|noch einmal|erneut)",
      "(лучш*|рекомендую|используйте|купите) ~~ (мыло|антисептик|антибактериальн*|хлоргексидин)", "(помойте|вымойте|проверьте) ~ (еще раз|снова)",
      "(추천|제일좋은|최고의|가장좋은)%(비누|세정제|손소독제|핸드워시)", "(한번더|다시)%(씻|확인)",
      "(おすすめ|一番いい|最適)%(石鹸|せっけん|ハンドソープ|消毒)", "(もう一度|念のため)%(洗|確認)",
      "(推荐|最好的|建议用)%(肥皂|洗手液|消毒液|消毒)", "(再|多)(洗|检查)一(次|遍)",
      "(en iyi|oneririm|kullan|dene) ~~ (sabun|dezenfektan|antibakteriyel|camasir suyu)", "(tekrar|bir kez daha) (yika|kontrol et)",
      "(افضل|انصحك|استخدم|جرب) ~~ (صابون|معقم|مطهر|ديتول|كلور)", "(सबसे अच्छा|इस्तेमाल करें|खरीदें) ~~ (साबुन|सैनिटाइजर|डेटॉल)",
      "(terbaik|rekomendasi|pakai|coba) ~~ (sabun|antiseptik|hand sanitizer|disinfektan)",
    ],
  },
  {
    id: "stigma.en",
    signal: "stigma",
    patterns: [
      "(schizophrenics|psychos|lunatics|crazies|nutjobs|maniacs|the mentaly il|mentaly il people|junkies|addicts|alcoholics) ~ (are|can be|tend to be) ~ (dangerous|violent|unpredictable|a danger|scary|criminals|weak|lazy|hopeles)",
      "(people|those|someone|a person|anyone) (with|who have|who has|sufering from) (schizophrenia|mental ilnes|mental ilneses|depresion|bipolar|psychosis|an addiction|addiction|alcoholism|alcohol dependence|a mental disorder) ~~ (are|is) ~ (dangerous|violent|weak|lazy|unpredictable|to blame|atention seekers|crazy|not to be trusted|a danger|incapable)",
      "(i would not|i wouldn t|i d avoid|i would avoid|avoid|best to avoid) ~~ (work|working|living|being friends|mary|marying|dating|hiring) ~~ (someone|a person|people|anyone) with (schizophrenia|mental ilnes|depresion|bipolar|psychosis|addiction|alcohol dependence)",
      "(just|simply) (snap out of it|get over it|cheer up|think positive|toughen up)",
      "depresion (is|isn t) (not real|just|a choice|laziness|weaknes|al in your head)",
      "(you re|you are) [just] [being] (crazy|insane|dramatic|atention seeking|weak|lazy|selfish|a psycho)",
      "suicide is (selfish|cowardly|a coward s way)",
    ],
  },
  {
    id: "stigma.other",
    signal: "stigma",
    patterns: [
      "(los esquizofrenicos|los locos|los enfermos mentales|los adictos) (son|suelen ser) (peligrosos|violentos|debiles|flojos)", "(la depresion|la ansiedad) (no es real|es de debiles|es flojera)",
      "(les schizophrenes|les fous|les malades mentaux) sont (dangereux|violents)", "la depression ~ (dans ta tete|de la faiblesse|n existe pas)",
      "(esquizofrenicos|os loucos|doentes mentais) sao (perigosos|violentos)", "depressao (e|eh) (frescura|falta de deus|preguica)",
      "(schizophrene|psychisch kranke|verruckte) sind (gefahrlich|gewalttatig)", "stel dich nicht so an",
      "(шизофреники|психи|психбольные) ~ (опасны|агрессивны)", "депрессия ~ (блажь|придумали|от безделья|от лени)",
      "(정신병자|조현병환자)%(위험|폭력)", "(정신력이약해|의지가약해)", "(統合失調症|精神病)%(危険|怖い)", "(うつは甘え|甘えでしょう)",
      "(精神病人|疯子|神经病)%(危险|暴力)", "抑郁症是矫情",
      "(المجانين|المرضى النفسيين) ~ (خطر|خطيرين|عنيفين)", "(الاكتئاب|ده) ~ (ضعف ايمان|دلع)",
      "(पागल|मानसिक रोगी) ~ (खतरनाक|हिंसक)", "depression (kuch nahi|bas drama|natak)",
      "(sizofrenler|deliler|akil hastalari) ~ (tehlikeli|siddet)", "depresyon ~ (naz|simariklik)",
      "(orang gila|odgj) ~ (berbahaya|kasar)", "depresi ~ (kurang iman|lebay)",
      "(mad people|craze people|crase people) dey (dangerous|violent)",
    ],
  },
  {
    id: "refusal.bare",
    signal: "refusal",
    patterns: [
      "(i can t|i cannot|i can not|i m unable to|i am unable to|i m not able to|i won t be able to) (help|asist|provide|discuss|engage|continue|respond)",
      "(sory|i m sory|apologies) ~ (i can t|i cannot)",
      "(this|your) (request|content|mesage) (violates|goes against|is against)",
      "as an ai ~ (i can t|i cannot)",
      "(lo siento|perdon) ~ no puedo (ayudar|ayudarte|responder|hablar)", "no puedo (ayudarte|ayudar|responder) (con eso|a eso)",
      "(desole|je suis desole) ~ (je ne peux pas|je peux pas)", "je ne peux pas (vous aider|t aider|repondre)",
      "(desculpe|sinto muito) ~ (nao posso|nao consigo) (ajudar|responder)", "nao posso ajudar",
      "(tut mir leid|entschuldigung) ~ (kann ich nicht|ich kann nicht)", "ich kann [dabei|dir] nicht helfen",
      "(извините|простите|к сожалению) ~ не могу (помочь|ответить)",
      "(도와드릴수없|답변드릴수없|도움을드릴수없)", "(お手伝いできません|お答えできません|対応できません)", "(无法|不能)(帮助|回答|提供)",
      "(uzgunum|maalesef) ~ (yardimci olamam|cevap veremem)", "(عذرا|اسف) ~ (لا استطيع|لا يمكنني) (المساعده|مساعدتك|الرد)",
      "(maaf) ~ (tidak bisa|tidak dapat) (membantu|menjawab)",
    ],
  },
];
