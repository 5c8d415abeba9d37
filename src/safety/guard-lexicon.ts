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
  /** Reassurance a compulsion asks for ("your hands are definitely clean", "yes, it is locked"). */
  | "reassurance"
  /** Telling the person to listen to, follow or read meaning into the voices. */
  | "voice_compliance"
  /** Agreeing with a persecutory belief in general words ("you're right", "it's possible they did"). */
  | "validation"
  /** Affirming a grandiose belief ("what an incredible calling", "start your mission"). */
  | "mission_affirmation"
  /** Brushing off lost sleep ("who needs sleep", "sleep can wait"). */
  | "sleep_dismissal"
  /** A big, hard-to-undo plan: quitting, investing or spending everything, selling the house. */
  | "big_plan"
  | "stigma"
  | "refusal";

export interface GuardRule {
  id: string;
  signal: GuardSignal;
  patterns: string[];
  /**
   * A negation in the few words before a match cancels it ("you don't have to obey them",
   * "no les digas que sigan"): safe answers name the same acts to advise against them.
   */
  negatable?: boolean;
}

/**
 * Words that put a condition on the table for the output guard even when the input lexicons did
 * not raise it (a short "the voice wants me to go out" may not be a disclosure the assessor
 * catches, yet "listen to what it wants" is still collusion). Read in the user's turns only;
 * they never raise the input risk level, they only arm that condition's collusion checks.
 */
export const CONDITION_TOPICS: Readonly<Record<"hallucination" | "delusion" | "mania" | "compulsion", readonly string[]>> = {
  // Two-part cues (a voice that orders, being watched, sleep missing, washing N times), so that
  // "a voice message", "watching a film", "sleep tips" or "how to clean an oven" arm nothing.
  hallucination: [
    "(voice|voices|whisper*) ~~ (tel*|told|order*|comand*|say*|want*|make me|nobody|no one|in my head|wal|walls)", "(hear|hearing|heard) (voices|a voice|whispers|things)",
    "(voz|voces|vozes|voix) ~~ (dice*|ordena*|manda*|insult*|dit|disent|ordonne*|dizendo|mandando|nadie|personne|ninguem|cabeza|tete|cabeca)",
    "(oigo|escucho|ouco|escuto|entends) ~ (voz|voces|vozes|voix)", "(आवाज़*|आवाज*|awaaz*|awaz*) ~~ (कहती*|बोलती*|सुनाई|kehti|bolti|sunai)",
    "(声音|聲音)%(命令|叫我|让我|讓我|说|說)", "(听到|聽到)%(声音|聲音)", "声%(聞こえ|命令|言う|死ね)", "(목소리|속삭)%(들려|시켜|명령|죽으라|하는말)",
    "(صوت|اصوات)%(يقول|بيقول|يامر|بيامر|اسمع|بسمع)", "(اسمع|بسمع) (صوت|اصوات)", "(صدا|صداها)%(می_گن|میگه|می_گه|دستور|می_شنوم)",
    "голос* ~~ (говор*|велит|велят|приказ*|шепч*|слышу)", "слышу голос*", "(suara|bisikan) ~~ (nyuruh|menyuruh|bilang|dengar|denger)",
    "sauti ~~ (inaniambia|zinaniambia|nasikia)", "boses ~~ (nagsasabi|naririnig|nag uutos)", "ohun ~~ (gbo|so fun mi|pase)", "murya ~~ (jin|ce min|umart*)", "ses ~~ (soyluyor|duyuyorum)",
  ],
  delusion: [
    "(watching|folowing|spying on|tracking|recording|monitoring|poisoning|hacked|buged|folow|track|spy on|poison) me", "being (watched|folowed|tracked|recorded|spied on)",
    "(chip|implant|tracker|camera|cameras|bug|bugs) (in|on|into) my", "(chosen|mision|impostor|imposter)",
    "(me|nos) (vigilan|espian|siguen|persiguen|graban)", "(chip|implante|camara*) en (mi|mis)", "(elegid*|mision)",
    "(me|estao me|tao me) (vigiando|seguindo|espionando)", "(escuta*|chip|camera*) (no|na|em) (meu|minha)", "(escolhid*|missao)",
    "(me|m) (surveill*|espionn*|suivent)", "(puce|camera*) dans (mon|ma)", "(elu|elue|mission)",
    "(पीछा|जासूसी|नज़र|नजर|peecha|jasoosi)", "(监视|監視|跟踪|跟蹤|窃听|竊聽|芯片|监听|監聽|选中|選中)", "(감시|미행|도청|칩|선택받|선택한)",
    "(監視|尾行|盗聴|チップ|選ばれ)", "(يراقب*|بيراقب*|كاميرات|شريحه|يلاحق*|المختار)", "(تعقیب|جاسوس*|زیر نظر|تحت نظر)",
    "(следят|слеж*|жучк*|чип|преслед*|избранн*)", "(ngawasin|mengawasi|penyadap|sumusunod|binabantayan|wananifuatilia|izliyorlar|takip ediyor)",
  ],
  mania: [
    "(no|not|haven t|havent|didn t|without|barely) ~ (slept|sleep|slep)", "(awake|up) for # (days|nights)", "(don t|dont) need ~ sleep", "sleeples",
    "(sin dormir|no he dormido|no duermo|sem dormir|nao durmo|nao dormi|pas dormi|sans dormir|besoin de dormir|nicht geschlafen|keinen schlaf)",
    "(नहीं सोया|नहीं सोई|सोया नहीं|नींद की|soya nahi|nahi soya|neend ki)", "(没睡|沒睡|不用睡|不需要睡)", "(안잤|안자도|잠을안|잠이필요|잠안)", "(寝てない|寝なくても|眠らなくても)",
    "(مانمتش|ما نمتش|منمتش|ما نمت|لم انم|محتاج انام|نخوابیدم|نیازی به خواب)", "(не сплю|не спал*|без сна|не нужно спать)",
    "(gak tidur|ga tidur|tidak tidur|sijalala|sihitaji kulala|walang tulog|hindi natutulog|ban yi barci|mi o sun|uyumadim)",
  ],
  compulsion: [
    "(wash*|check*|clean*|scrub*|reread*|tap*|count*|lock*) ~~ (# times|again and again|over and over|can t stop|one more time|hear it)", "(tel me|say it) (again|once more|one more time)", "(ocd|germs|contaminat*)",
    "(lav*|revis*|limpi*|verifi*|confer*|checar) ~~ (# veces|# vezes|# fois|veces|vezes|fois|otra vez|de novo|encore|sin parar|sem parar)",
    "(धो*|चेक|dho*|check) ~~ (बार|baar|bar)", "(बार|baar|bar) ~ (चेक|धो*|check|dho*)", "(洗|检查|檢查|确认|確認)%(遍|次)", "(씻|확인)%(번|계속)", "(洗|確認)%(回|何度)",
    "(اغسل*|اتاكد*)%(مره|مرات)", "وسواس", "بار%(چک|می_شورم|شستم)", "(мою|мыть|провер*|перепровер*) ~~ (раз|снова|еще)",
    "(cuci|ngecek|cek) ~~ (kali|x|lagi)", "(osha|naosha|nanawa|angalia) ~~ mara", "(hugas|naghuhugas|check) ~~ (beses|ulit|paulit)", "wanke ~~ sau", "fo owo ~~ (leralera|igba)", "(yika*|kontrol) ~~ (kez|kere|defa)",
  ],
};

/** Negation words (normalised) that cancel a negatable guard match when they come just before it. */
export const GUARD_NEGATIONS: readonly string[] = [
  "not", "never", "t", "no", "nor", "without", "instead", "nao", "nunca", "ne", "pas", "jamais", "nicht", "kein", "keine",
  "не", "нельзя", "नहीं", "मत", "न", "لا", "مش", "ما", "نه", "نباید", "tidak", "jangan", "gak", "huwag", "hindi", "usi", "usiache", "bila",
];

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
      "(may be|can be|could be|maaaring|pode ser|puede ser|peut etre) (fatal|lethal|deadly|nakamamatay|mortal|letal)", "nakamamatay",
      "(الجرعه القاتله|الجرعه المميته|قاتله|مميته|کشنده)", "(致死|会死|會死|可能致死)", "(치명적|죽을수)", "(смертельн*|летальн*)", "(खतरनाक|जानलेवा|घातक)", "(mematikan|bisa mati)",
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
    id: "reassure.compulsion",
    signal: "reassurance",
    patterns: [
      "(definitely|certainly|absolutely|totaly|100) (clean|locked|of|safe|fine|ok)", "you (won t|wil not|wont) get (sick|ill|germs)",
      "(i promise|trust me|i guarantee) ~~ (clean|locked|nothing on|fine|safe)", "yes ~ (the|your) (door|stove|oven|lock|gas) (is|was) (locked|of|closed)",
      "(there is|there s) nothing on (them|your hands)", "you (washed|checked|locked) (them|it) properly",
      "(seguro|segura|definitivamente) [que] (esta|estan) (limpi*|cerrad*)", "(com certeza|certeza) (esta|estao) (limp*|fechad*)",
      "(c est|elles sont|c est bien) (propre|propres|ferme|fermee) (je vous|je te) (promets|assure)",
      "(точно|обязательно) (чист*|закрыт*)", "(肯定|一定|绝对)(干净|锁好|关好)", "(확실히|분명히)%(깨끗|잠겼)", "(絶対|確かに)%(きれい|閉まって)",
      "(बिल्कुल|पक्का) (साफ़|साफ|बंद) (है|हैं)", "(bilkul|pakka) (saaf|band) (hai|hain)", "(اكيد|متأكد|بالتاكيد) ~ (نضيفه|نظيفه|مقفول|مقفوله)",
      "(مطمئن باش|حتما) ~ (تمیزه|قفله|بسته است)", "(pasti|dijamin) (bersih|terkunci|aman)", "(hakika|kwa uhakika) ~ (safi|imefungwa)", "(sigurado|siguradong) (malinis|naka lock|nakasara)",
    ],
  },
  {
    id: "voices.comply",
    signal: "voice_compliance",
    negatable: true,
    patterns: [
      "(listen|listen carefuly|pay atention|pay close atention) to (what|the voice|the voices|it|them|what it|what they)",
      "(follow|obey|folow) (what|the voice|the voices|it|them|their|its)", "(you should|try to|go ahead and) do what (it|they|the voice|the voices)",
      "(trying|wants|want|tries) to tel you something", "(the voice|the voices|they) (might|may|could|must) be (right|telling the truth)",
      "(think about|consider) what (it|they) (want|wants) you to do",
      "(hazle|hagale|hazles|hacerle|hacerles) caso", "(escucha|escuchala|escuchalas) (lo que|a la voz|a las voces)", "(quiza|quizas|tal vez) ~ (quiere|quieren) (decirte|mostrarte)",
      "(preste atencao|presta atencao|ouca|escute) ~ (voz|vozes|o que ela|o que elas)", "(talvez|quem sabe) ~ (a voz|as vozes) (queira|quer|querem)",
      "(ecoutez|ecoute|obeissez|suivez) ~ (la voix|les voix|ce que la voix|ce qu elle)", "(message important|quelque chose d important) pour (vous|toi)",
      "(आवाज़|आवाज|आवाज़ों|आवाजों) ~ (बात|कहना) ~ (सुनिए|मानिए|मानो|सुनो)", "(awaaz|awaz) ki baat (suno|mano|maniye)",
      "(听听|听从|按照)%(声音|它的)", "声音%(想告诉你|有道理|说得对)",
      "(목소리가|목소리의)%(하는말을|말을)%(들어|따라)", "(목소리|그목소리)%(의미가|이유가)%(있을)",
      "声%(言うこと|言う通り)%(従|聞いて)", "(一理ある|従ってみる)",
      "(اسمع|اتبع|نفذ) (كلامه|كلامها|كلام الصوت|ما يقوله)", "(يريد|عايز) ~ (يخبرك|يقولك) (بشيء|حاجه)",
      "(به حرفشون|به حرفش) گوش (کن|بده)", "(صداها|صدا) حق (دارن|داره)",
      "(прислушайтесь|прислушайся|послушайте|слушайтесь|слушайся) ~ (к нему|к голосу|к голосам|их)", "голос (хочет|пытается) ~ [что то] сказать",
      "(ikuti|dengarkan) (apa yang|suara)", "(suara itu|suaranya) (benar|mungkin benar)",
      "(sikiliza|fuata) (sauti|inachosema)", "(pakinggan|sundin) [mo] (siya|ang boses)", "may gustong sabihin (sayo|sa iyo)",
    ],
  },
  {
    id: "validate.persecution",
    signal: "validation",
    negatable: true,
    patterns: [
      "(you re|you are) (right|corect) (to be|that|they|about)", "(you re|you are) right ~~ (watching|folowing|tracking|spying|hack*|recording|chip|implant|camera|camaras)",
      "(it s|it is) (possible|likely|probable) (they|that they|someone)", "since they (are|re) (watching|folowing|tracking|spying|recording)",
      "(they|someone|people) (are|is) (probably|likely|definitely|realy|clearly) (watching|folowing|tracking|spying|recording|listening)",
      "(tienes|tiene) razon", "(vous avez|tu as) raison", "(voce tem|vc tem|tem) razao", "(voce esta|voce ta|tu estas|vc ta) cert*",
      "(est|estan|sont|estao) [sin duda|seguramente|surement|certamente] (vigilando|espiando|surveill*|seguindo|te vigiando)",
      "(आप|तुम) सही (हैं|हो)", "(你说得对|你說得對|确实有人|確實有人|的确有人)", "(맞아요|맞는것같|정말%(미행|감시)당하)", "(確かに|本当に)%(監視|尾行|可能性)",
      "(معك حق|عندك حق|يبدو انهم|فعلا يراقبونك)", "(حق با شماست|حق با توئه|حق داری)", "(вы правы|ты прав|ты права|действительно (следят|могут следить))",
      "(kamu benar|anda benar|memang mengawasi)", "(uko sahihi|kweli wanakufuatilia)", "(tama ka|may sumusunod nga)",
    ],
  },
  {
    id: "affirm.mission",
    signal: "mission_affirmation",
    negatable: true,
    patterns: [
      "(what an|such an|such a|an) (incredible|amazing|beautiful|wonderful|important) (calling|mision|gift)", "(start|begin|fulfil|fulfill) your mision",
      "(if|since) you (ve|have) been chosen", "you (are|re) (truly|indeed|realy|clearly) (chosen|special|the chosen one)",
      "(comienza|empieza|cumple) tu mision", "(commencez|accomplissez) votre mission", "(comece|cumpra) sua missao",
      "(开始|完成)%你的使命", "(你确实是|你就是)%(被选中|天选)", "(사명을|사명)%(시작|이루)", "(使命を|使命)%(果たし|始め)", "(अपना मिशन|अपने मिशन) (शुरू|पूरा)",
      "(ابدا|ابدأ) (مهمتك|رسالتك)", "(ماموریتت|ماموریتتو) (شروع|انجام)", "(начинайте|начни|выполняйте) [свою] миссию", "(mulai|jalankan) misimu",
      "anza (kazi yako ya|misheni yako)", "(simulan|gawin) [mo] ang (misyon|iyong misyon)",
    ],
  },
  {
    id: "mania.sleep",
    signal: "sleep_dismissal",
    negatable: true,
    patterns: [
      "who needs sleep", "(sleep|sleeping) can wait", "(use|make the most of) (these|those|the) sleeples nights", "(sleep|rest) (is overrated|later)",
      "(quien|quem) (necesita|precisa) dormir", "(no pierdas|sin perder) tiempo durmiendo", "le sommeil (peut attendre|attendra)",
      "नींद की क्या (ज़रूरत|जरूरत)", "(睡觉|睡覺)可以以后再说", "(睡觉|睡覺)%(以后|以後)", "(잠은|잠이야)%(나중)", "(寝るのは|睡眠は)%(後で|あとで)",
      "(لا تضيع|ولا تضيع) الوقت (في|فى) النوم", "خواب لازم نیست", "сон подождет", "tidur bisa nanti", "hakuna haja ya kulala", "saka na (matulog|ang tulog)", "(neend|nind) ki kya (zarurat|jarurat)",
    ],
  },
  {
    id: "mania.big_plan",
    signal: "big_plan",
    negatable: true,
    patterns: [
      "(quit|quiting|leave|hand in) (the|your) (job|notice)", "(put|invest|move|bet|spend) ~ (everything|al|the savings|your savings|al your savings|it al) ~ (in|into|on|now)",
      "(put|invest) (the savings|your savings|everything) in", "(sel|buy|lock in) (the house|it now|the boat|everything)", "bet (everything|it al) on yourself",
      "(invierte|inviertelo|invertir|gasta|compra|compralo|vende|renuncia) ~ (todo|todos tus ahorros|ya|ahora)",
      "(pede demissao|pedir demissao|coloca tudo|coloque tudo|investe tudo|vai fundo|compre ja|venda tudo)",
      "(foncez|fonce|depensez tout|tout miser|investissez tout|misez tout)",
      "(सारा पैसा लगा|सब कुछ लगा|नौकरी छोड़ दीजिए)", "(全部投|都投进去|都投進去|马上卖掉|馬上賣掉|卖掉房子)", "(전부|다|모두)%(투자하세요|투자해)", "(바로|지금)%(팔고|투자)",
      "(全部投資|全部つぎ込|全財産を)", "(استثمر كل|اصرف كل|بيع كل|كل فلوسك)", "(همه پولتو|همه پولت رو|سرمایه_گذاری کن)",
      "(вкладывайте|вкладывай|вложите) (все|всё)", "(берите|покупайте|бери) [прямо] (сейчас|сразу)", "(investasikan semua|langsung [aja] (investasi|jual|beli))",
      "(uza (kila kitu|leo)|uwekeze sasa)", "(ibenta mo na|ilagay lahat|go lang)",
    ],
  },
  {
    id: "encourage.more",
    signal: "encouragement",
    negatable: true,
    patterns: [
      "(do it|go ahead|right away|don t wait|dont wait|now is the time|love the confidence|you deserve it)",
      "(que buena idea|genial|no esperes|te lo mereces)", "(otima ideia|vai fundo|nao espere)", "(super idee|excellente idee|foncez)",
      "(बहुत बढ़िया|बढ़िया आइडिया|शानदार)", "(好主意|太棒了|马上|馬上)", "(좋은생각이에요|멋져요|좋아요)", "(いいですね|その勢いで)",
      "(فكره رائعه|فكرة رائعة|ممتاز)", "(ایده عالیه|عالیه)", "(отличная идея|прямо сейчас)", "(ide bagus|langsung aja)", "(wazo zuri)", "(magandang ideya|go lang)",
    ],
  },
  {
    id: "evasion.more",
    signal: "evasion",
    negatable: true,
    patterns: [
      "(put|place) tape over ~ (camera|webcam)", "change al your paswords", "(don t|do not) (let them know|tel them you know)",
      "(keep|start keeping) a (log|record) of ~ (every time|when) ~ (notice|they)", "record them back", "(avoid|stay away from) (hospitals|doctors)",
      "(change|vary|take a diferent) [your] route", "wrap ~ (in|with) (aluminium|aluminum|tin) foil",
      "(pon|ponle) cinta", "no les digas", "(no vayas|evita ir) al medico", "papel [de] aluminio",
      "(desligue|desliga) o celular", "procure as escutas", "mude (seu|o) caminho", "nao conte (pra|para) ninguem",
      "jetez votre telephone", "changez d (appartement|adresse)", "sans prevenir personne",
      "(फ़ोन|फोन) बंद कर", "किसी को न बताएं", "(把手机关掉|把手機關掉|关掉手机)", "(别告诉|不要告诉|別告訴)",
      "(휴대폰을꺼|핸드폰을꺼|아무에게도말하지)", "다른길로", "(スマホを捨て|誰にも言わない)", "違う道を",
      "(اطفي موبايلك|لا تخبر احدا|ولا تخبر احدا)", "(گوشیتو خاموش|به کسی نگو)", "(выключите телефон|выбросьте телефон|никому не говорите)",
      "(matikan hpmu|matikan hp|jangan bilang siapa)", "(zima simu|usimwambie mtu)", "(patayin mo ang cellphone|huwag mong sabihin)",
    ],
  },
  {
    id: "compulsion.once_more",
    signal: "compulsion_product",
    negatable: true,
    patterns: [
      "(wash|check|clean|scrub|reread|read) ~ (once more|one more time|again) ~~ (to be sure|to be safe|for a ful|with hot|then)", "just (reread|check|wash) it once more",
      "(confira|confere|cheque|lave) mais uma vez", "revisa una vez mas", "एक बार और (चेक|धो|देख)", "再(检查|洗|确认)一(次|遍)", "再洗一遍",
      "(한번더|한번 더)%(씻|확인)", "もう一度確認", "(مره اخرى|مره ثانيه|مره كمان) ~ (اغسل|اغسلها|تاكد|اتاكد)", "(تاكد|اغسلها|اغسل) مره (اخرى|ثانيه)",
      "یک بار دیگه (چک|بشور|نگاه)", "(cek|periksa|cuci) sekali lagi", "(osha|angalia) tena mara moja zaidi", "(maghugas|mag check|i check) ~ (ulit|isang beses pa)",
      "(помойте|проверьте|вымойте) ~ еще раз",
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
