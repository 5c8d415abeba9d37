/**
 * Small per-language word lists for short chat text: function words, pronouns, negation, greetings,
 * and the everyday words of this gateway's conversations (tired, sleep, work, family, feelings).
 * Spellings people type on phones without diacritics are included where they stay distinctive
 * ("nao", "voce", "khong", "artik"); ambiguous bare forms are left out on purpose ("that", "can" for
 * Vietnamese). A word may appear in several lists; the scorer weighs shared words down.
 *
 * Written by hand from general knowledge of each language, after the benchmark's tuning split existed
 * (so its figures flatter these lists); the held-out split was written once they were settled and
 * shows what they are worth on sentences they were not shaped by.
 */
export const LEXICON_WORDS: Record<string, string> = {
  en: `i i'm im i've ive i'll i'd me my mine myself you you're your yours u ur he she it it's its we our us they
    them their this that these those is am are was were be been being do does did don't dont doesn't didn't
    can can't cant cannot could couldn't would wouldn't should shouldn't will won't wont have has had haven't
    hasn't not no yes yeah yep nope just so very really too much many more most all any some every
    everything nothing anything something nobody anyone someone everyone the a an and or but if because when
    what why how who where which there here then than with without for from about at in on of to into over up
    down out again still even also only ever never always sometimes today tonight yesterday tomorrow now right
    time day days night week month year feel feeling feels felt tired sad lonely alone anxious anxiety stressed
    stress depressed scared afraid angry hurt help please thanks thank thx hi hello hey sleep slept asleep
    sleeping work working job boss mom mum dad mother father family kids husband wife boyfriend girlfriend
    friend friends cry cried crying want wanted need know knew think going gonna wanna get got go went talk
    tell told anymore life good bad better worse fine happy sorry hate love people home school money keep
    keeps since been honestly literally exhausted overwhelmed hard rough done guess maybe`,
  es: `yo me mi mis tú tu te ti él ella nosotros nosotras ellos ellas usted ustedes le les lo la los las el un una
    unos unas y o pero porque por qué que cómo como cuando cuándo donde dónde quien quién para con sin sobre de
    del al en es soy eres somos son estoy estás estas está esta estamos están estaba era fue ser estar tengo
    tienes tiene tenemos tienen tenía hay he ha has hace no sí si ya muy mucho mucha muchos muchas poco nada
    nadie todo toda todos todas siempre nunca también tampoco aquí ahí allí hoy ayer mañana ahora noche día
    días semana semanas mes año vez veces hola gracias ayuda ayúdame favor cansado cansada triste sola solo
    miedo ansiedad estrés estresado estresada mal bien mejor peor dormir duermo sueño trabajo jefe jefa mamá
    madre papá padre familia hijos hijas esposo esposa marido novio novia amigo amiga amigos llorar lloro lloré
    llorando quiero puedo sé siento creo necesito hablar contigo conmigo vida casa algo alguien tal pues bueno
    vale eso esto ese esa este cuánto más mas están verdad aguanto ganas harta harto agotado agotada`,
  fr: `je j' tu il elle on nous vous ils elles me m' te t' se s' moi toi lui leur le la les l' un une des du de d'
    au aux et ou mais donc car que qu' qui quoi pourquoi comment quand où ne n' pas plus rien personne jamais
    toujours très trop beaucoup peu tout tous toute toutes aussi encore déjà ici là aujourd'hui hier demain
    maintenant nuit jour jours semaine semaines mois an fois bonjour bonsoir salut merci aide svp fatigué
    fatiguée fatigue triste seul seule peur angoisse stress stressé stressée mal bien mieux pire dormir dors
    sommeil travail boulot patron patronne maman mère papa père famille enfants mari femme copain copine ami
    amie pleurer pleure pleuré veux peux sais sens crois besoin parler vie maison est suis es sommes êtes sont
    était été être ai as avons avez ont avoir fait faire vais va c' ça ce cette ces mon ma mes ton ta tes son
    sa ses notre votre avec sans pour dans sur chez par vraiment juste ouais oui non chui jsuis jai jpeux cest
    ca marre crevé crevée envie depuis`,
  pt: `eu me mim meu minha meus minhas você voce vc tu te ele ela nós nos gente eles elas o a os as um uma uns
    umas e ou mas porque porquê que quê como quando onde quem por para pra pro pros com sem sobre de do da dos
    das no na nas em é sou somos são estou tô to está esta tá estamos estão estava era foi ser estar tenho tem
    temos têm tinha há não nao sim já muito muita muitos pouco nada ninguém ninguem tudo todos todas sempre
    nunca também tambem aqui hoje ontem amanhã agora noite dia dias semana semanas mês ano vez vezes oi olá
    obrigado obrigada ajuda cansado cansada triste sozinho sozinha medo ansiedade estresse mal bem melhor pior
    dormir durmo sono trabalho chefe mãe mae pai família familia filhos marido esposa namorado namorada amigo
    amiga chorar choro chorei quero posso sei sinto acho preciso falar vida casa alguém alguem coisa isso isto
    esse essa este mesmo então entao né saudade saudades queria fico aguento cansei`,
  de: `ich mich mir mein meine meinen meinem meiner du dich dir dein deine er sie es wir uns ihr euch ihnen der
    die das den dem des ein eine einen einem einer und oder aber weil dass wenn als wie was warum wer wo wann
    nicht kein keine keinen nichts niemand niemandem immer nie auch noch schon sehr zu viel viele mehr alles
    alle ganz nur heute gestern morgen jetzt nacht tag tage woche wochen monat jahr mal hallo danke bitte
    hilfe müde mude traurig allein einsam angst stress schlecht gut besser schlimmer schlafen schlafe arbeit
    chef chefin mama mutter papa vater familie kinder mann frau freund freundin weinen weine geweint will kann
    weiß weiss fühle glaube brauche reden leben haus bin bist ist sind seid war waren sein habe hab hast hat
    haben hatte werde wird mit ohne für fur von vom zum zur bei auf aus nach über um einfach wirklich echt
    gerade halt ja nein doch geht's gehts geht kaum fertig`,
  it: `io me mi mio mia miei mie tu te ti tuo tua lui lei noi ci voi loro il lo la i gli le un uno una un' e o
    ma perché perche che cosa come quando dove chi per con senza su di del della dei delle da dal in nel nella
    al alla è sono sei siamo siete era ero stato essere sto stai sta stiamo stanno ho hai ha abbiamo hanno
    avevo non sì già gia molto molta molti troppo poco niente nessuno tutto tutti tutte sempre mai anche
    ancora qui qua oggi ieri domani adesso ora notte giorno giorni settimana settimane mese anno volta volte
    ciao grazie aiuto stanco stanca triste solo sola paura ansia stress stressato stressata male bene meglio
    peggio dormire dormo sonno lavoro capo mamma madre papà padre famiglia figli marito moglie ragazzo ragazza
    amico amica piangere piango pianto voglio posso so sento penso bisogno parlare vita casa qualcuno
    qualcosa questo questa quello quella davvero proprio allora però pero boh più piu po' faccio ce`,
  vi: `tôi toi em anh chị mình minh bạn nó họ chúng tụi và nhưng nhung vì nên thì là của cua có không khong ko
    chưa chua đã đang dang sẽ rồi roi được duoc bị cho với voi ở trong ngoài này đó gì sao tại làm biết biet
    muốn muon cần thấy nghĩ nghi nói quá lắm rất hơi cũng cung vẫn hết mọi ai đâu nào mệt met buồn buon cô
    đơn sợ lo lắng căng thẳng ngủ việc viec công ty sếp mẹ bố ba con chồng vợ gia đình dinh khóc khoc chào
    chao cảm ơn giúp hôm nay mai đêm ngày tuần tháng năm giờ nữa nua chịu chiu nổi thật sự mỏi moi quen
    nhớ nho thương nhiều nhieu`,
  id: `aku saya kamu kau dia kami kita mereka anda gue gua lu yang dan atau tapi tetapi karena karna kalau kalo
    jika ketika saat apa kenapa mengapa bagaimana gimana kapan dimana di ke dari untuk buat sama dengan tanpa
    pada dalam ini itu ada tidak tak nggak ngga gak enggak belum sudah udah sedang lagi akan mau ingin bisa
    harus perlu tahu tau merasa rasa sangat banget sekali terlalu juga masih cuma hanya saja semua semuanya
    setiap selalu pernah kadang hari kemarin besok sekarang malam pagi minggu bulan tahun capek lelah sedih
    sendiri kesepian takut cemas stres marah tidur kerja kerjaan kantor bos ibu ayah bapak mama papa keluarga
    anak suami istri pacar teman nangis menangis tolong terima kasih makasih halo hai selamat baik buruk
    susah dong sih deh kok yah nih tuh aja kangen`,
  tl: `ako ko ikaw ka mo siya niya kami tayo kayo sila nila namin natin ninyo ang ng mga sa si ni kay na nang at
    pero kasi dahil kung kapag habang ano bakit paano kailan saan sino ito iyan iyon dito diyan doon hindi
    wala may mayroon meron oo opo po lang lamang din rin pa ba naman talaga sobra sobrang napaka masyado
    lahat bawat palagi lagi minsan ngayon kanina kahapon bukas gabi araw linggo buwan taon pagod malungkot
    lungkot nag-iisa mag-isa takot natatakot kaba kinakabahan galit tulog matulog makatulog trabaho opisina
    amo nanay tatay ina ama pamilya anak asawa kaibigan iyak umiyak umiiyak salamat tulong kumusta kamusta
    gusto ayaw kailangan alam isip sabi akin akong kong siyang yung yun kaya hirap sana ulit daw raw`,
  tr: `ben beni bana benim sen seni sana senin onu ona onun biz bizi bize bizim siz onlar bu şu şey bir ve veya
    ama fakat çünkü cunku ki mi mı mu mü ne neden niye nasıl nasil nerede kim zaman için icin ile gibi kadar
    daha çok cok az hiç hic her hep bazen asla değil degil yok var evet hayır hayir tamam bugün bugun dün yarın
    yarin şimdi simdi gece gün gun hafta yıl merhaba selam teşekkürler tesekkurler teşekkür sağol sagol yardım
    yardim yorgun yorgunum üzgün uzgun yalnız yalniz korku korkuyorum kaygı stres kötü kotu iyi uyku işte iste
    patron anne annem baba babam aile çocuk çocuklar eşim kocam karım arkadaş ağlıyorum artık artik istiyorum
    istemiyorum biliyorum bilmiyorum hissediyorum gerçekten gercekten sadece bile`,
  sw: `mimi wewe yeye sisi ninyi wao na ya wa za la cha vya kwa katika ni si sio ndiyo hapana lakini au kwamba
    kama nini vipi wapi lini nani huyu hii hiyo hicho hapa pale sana kabisa tu pia bado kila wote yote hakuna
    kuna nina una ana tuna wana sina sijui najua nataka sitaki naweza siwezi nahisi najisikia leo jana kesho
    sasa usiku mchana siku wiki mwezi mwaka habari jambo mambo poa asante tafadhali msaada nisaidie nimechoka
    uchovu huzuni upweke mpweke hofu ninaogopa naogopa wasiwasi mawazo msongo vibaya vizuri nzuri mbaya kulala
    usingizi kazi kazini bosi mama baba familia watoto mtoto mume mke rafiki mpenzi kulia nalia nililia moyo
    wangu wako wake yangu yako yake zangu kitu mtu watu tena`,
  ha: `ni kai ke shi ita mu ku su na da ba ya ta za me mene meye yaya ina yana tana muna suna kuma amma ko don
    saboda idan lokacin wannan wancan nan sosai kwarai kawai duk kowa komai kowane babu akwai ban zan iya yi
    yin so son sani san gaji gajiya damuwa tsoro kuka barci aiki aikina shugaba uwa mahaifiya mahaifi
    mahaifina mahaifiyata uba iyali yara yarana miji mijina aboki abokina nagode gode sannu yau jiya gobe
    yanzu dare rana mako wata shekara taimako allah wallahi gaskiya lafiya zuciya kaina ciwo rayuwa kadaici
    kaɗaici ƙwarai wani wasu cikin sai`,
  yo: `mo mi ó ò a wọn won ẹ ìwọ iwo òun oun àwa awa ẹ̀yin àwọn awon ni ní kò kì ki ti tí sì àti ati ṣùgbọ́n
    sugbon pé fún sí lọ ń máa maa yìí yii náà naa gbogbo nǹkan nkan kankan rárá rara gan dáadáa daadaa lónìí
    loni àná ọ̀la òru ọjọ́ ọ̀sẹ̀ oṣù ọdún ṣé ese kú pẹ̀lẹ́ pele ọpẹ́ ìrànlọ́wọ́ iranlowo rẹ̀ mí ara inú inu ọkàn okan
    ẹ̀rù ìbànújẹ́ sùn iṣẹ́ ọ̀gá màmá bàbá ìyá ẹbí ọmọ omo ọkọ ìyàwó iyawo ọ̀rẹ́ sunkún sunkun mọ̀ mọ fẹ́ lè
    sọ̀rọ̀ soro jẹ́ ṣe se ìgbà igba`,
  zu: `mina wena yena thina nina bona futhi kodwa noma ukuthi ngoba uma lapho lokhu lezi nje kahle kabi njalo
    manje namuhla izolo kusasa ebusuku usuku isonto inyanga unyaka sawubona sanibonani yebo cha ngiyabonga
    siyabonga ngicela usizo ngikhathele ukukhathala ngidabukile isizungu ngingedwa ngiyesaba ukwesaba
    ukukhathazeka ukulala umsebenzi emsebenzini umphathi umama ubaba umndeni izingane ingane umyeni
    unkosikazi umngane ukukhala ngiyakhala ngifuna angifuni ngiyazi angazi ngizizwa ngicabanga muntu lutho
    konke wonke zonke bami wami yami lami sami zami kimi nami nawe impela ngempela kancane kakhulu kunzima
    inhliziyo angikwazi ngikhumbula`,
  pl: `ja mnie mi mną mój moja moje ty ciebie cię twój on ona ono my nas nam wy oni one ich jest są jestem
    jesteś byłem byłam był była było być mam masz ma mamy mają miałem miałam nie tak nic nikt nigdy zawsze
    też tez już juz jeszcze bardzo za dużo duzo mało trochę troche wszystko wszyscy tylko i a ale albo lub bo
    że ze żeby zeby jak jaki co czy dlaczego czemu kiedy gdzie kto w we z do od na po przez dla o przy u się
    sie to ten ta te tego tej dziś dzisiaj wczoraj jutro teraz noc nocy dzień dni tydzień tygodni miesiąc
    rok cześć czesc hej dzięki dzieki dziękuję dziekuje pomocy pomoc zmęczony zmęczona zmeczona smutno
    smutny samotny samotna boję boje strach lęk stres źle zle dobrze lepiej gorzej spać spac śpię praca pracy
    pracę szef mama tata rodzina dzieci mąż żona chłopak dziewczyna przyjaciel płakać płaczę chcę chce mogę
    moge wiem czuję czuje myślę muszę mówić życie dom naprawdę serio daje rady`,
  pcm: `dey wetin abeg una wahala sabi wey dem comot pikin oga chop sef abi shey sha walahi nna ehn jare kuku
    waka gist yarn belle vex don fit dis dat wan una im naim sotey tire wen`,
  ru: `я меня мне мной мой моя моё мои ты тебя тебе твой он она оно мы нас нам вы вас они их его её ее это
    этот эта эти что чтобы как так уже ещё еще очень тоже только просто всё все всего ничего никто никого
    никому никогда всегда сейчас сегодня вчера завтра здесь тут там когда почему зачем где кто не нет да и а
    но или если бы ли же в на с со по за из от до для у о об при к без есть был была было были быть могу
    можно хочу хочется знаю понимаю говорю плохо хорошо спасибо привет помогите помощь устал устала одиноко
    страшно тяжело грустно сплю спать работа работе работу начальник мама маме папа муж жена дети семья
    плачу плакала сил нет больше очень`,
  uk: `я мене мені мною мій моя моє мої ти тебе тобі твій він вона воно ми нас нам ви вас вони їх його її це цей
    ця ці що щоб як так вже ще дуже теж також тільки просто все всього нічого ніхто нікого нікому ніколи
    завжди зараз сьогодні вчора завтра тут там коли чому навіщо де хто не ні так і й а але або якщо б чи ж в
    у на з із зі по за від до для про при к без є був була було були бути можу можна хочу хочеться знаю
    розумію кажу погано добре дякую привіт допоможіть допомога втомилася втомився самотньо страшно важко
    сумно сплю спати робота роботі роботу начальник мама мамі тато чоловік дружина діти сім'я родина плачу
    плакала сил немає більше`,
  ar: `في من على إلى الى عن أنا انا أنت انت هو هي نحن هم لا ما هذا هذه ذلك تلك كل مع لكن او أو كان يكون ليس لم
    لن قد هل كيف لماذا ليش متى أين وين شكرا مرحبا جدا كثير كثيرا قليلا اليوم الآن الان والله الحمد إن أن
    إنه انه عندي ليس شو ايش مش مو كتير اني إني لأني لأنني بس يعني الشغل العمل أمي ابي أبي زوجي زوجتي أولادي
    تعبان تعبانة تعبت حزين حزينة وحيد وحيدة خائف خائفة قلق نوم أنام النوم أبكي بكيت أشعر أحس أريد أبي
    أستطيع أقدر أعرف ساعدني`,
  fa: `است هست نیست من تو او ما شما آنها اونا این آن اون که را رو با از به در برای هم یا اما ولی چون خیلی دارم
    داری داره می نمی همه هیچ چیز چیزی کار حالم خوب بد روز امروز دیروز شب مرسی ممنون سلام چرا چی چیه چطور
    کجا الان دیگه یه دلم خسته خستم ناراحت تنها تنهام میترسم می‌ترسم نمیدونم نمی‌دونم میخوام می‌خوام
    نمیتونم نمی‌تونم بخوابم گریه مامانم بابام مادرم پدرم شوهرم زنم بچه‌ها کسی هیچکس واقعا فقط شده شدم
    کنم کردم میکنم می‌کنم میشه`,
  ur: `ہے ہیں ہوں ہو تھا تھی تھے میں میرا میری میرے مجھے مجھ تم تمہیں آپ وہ ہم یہ کہ کا کی کے کو سے نے پر اور
    لیکن مگر یا نہیں نہ بہت کیا کیوں کب کہاں کچھ سب بھی ہی تو جی شکریہ ٹھیک اب آج کل رات دن ہفتے مہینے
    سال امی ابو ماں باپ شوہر بیوی بچے گھر دفتر کام نوکری نیند سو سکتا سکتی سکتے چاہتا چاہتی لگتا لگتی
    ہوتا ہوتی ہوتے رہا رہی رہے گیا گئی گئے کرتا کرتی کروں اکیلا اکیلی پریشان تھک اداس ڈر دل یاد بات`,
};
