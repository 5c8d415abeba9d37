/**
 * Word lists for the languages the culture profiles serve beyond the core set (Catalan, Galician,
 * Basque, Javanese, Sundanese, Cebuano, Ilocano, Igbo, Kazakh, Kyrgyz, Tajik, Uzbek), for the forms
 * people type in Latin letters (Hinglish under "hi", Franco-Arab under "ar", Yoruba without tone marks
 * under "yo"), and more everyday chat words for some core languages. Merged with lexicon-data.ts;
 * "+word" marks a word that gives its language away among a related language's words.
 *
 * Written by hand from general knowledge of each language (frequent function words, everyday chat
 * words) while looking only at the tuning split of the served-languages benchmark, never at its
 * held-out split. "no_fit" is a two-word phrase. Every word that occurs in a held-out item of either
 * benchmark but in no tuning item is taken out by eval/language/word-list-rule.ts, common words too,
 * and test/language-word-lists.test.ts keeps it so.
 */
export const SERVED_LEXICON_WORDS: Record<string, string> = {
  en: `tired exhausted scared lonely sad hurt empty broken heartbroken stressed worried nervous
    panic awake asleep sleepless breathe breathing cry cried missed thanks thank goodnight
    evening nope idk pls plz tho gonna wanna gotta sorta myself
    nobody listens listen everyone anybody somebody alone quiet energy rough night nights
    talk talking anymore keep kept waking woke mind races racing here
    exams focus week weeks monday breakup easier writing why even been feel worse
    as by one other like two may well after new such through both between under off against
    during rights freedom person law
    hopeless worthless hurts pain that's what's`,
  es: `estoy estás está harta harto agotada agotado cansadísimo solito desesperada
    llorando lloro lloré angustia vale ahorita porfa fatal duermo dormí
    siento sientes miedo nadie quiero puedo aguanto madre padre novio novia
    perdí ganas vergüenza pedir platicar aquí tengo tienes hablar nunca mucho
    buenos días otra otro dolor odio ando ahogo estrés ansiedad deprimida deprimido
    llorar ayuda ayúdame sola solo gracias favor bien mejor peor trabajo escuela amigo amiga mamá papá
    siempre pues alguien hoy mañana ahora sueño
    a se sus tus entre hasta desde hacia contra según durante ante bajo tras cual cuyo cada
    otros otras mismo misma ningún ninguna alguno algunos algunas cualquier esos esas aquel
    eran fueron sea sean será serán sido tener había haber puede pueden debe deben hacer dice
    decir derecho derechos libertad libertades persona personas dignidad ley leyes protección
    nacional país países sociedad humanos humana nos os mío tuyo así entonces luego aunque sino
    pienso voy extraño vacío perdido perdida nerviosa nervioso asustada asustado preocupada
    preocupado mira nomás onda entiende entiendo escuchar vivir morir comer salir pasa pasó
    tanto demasiado amigas`,
  pt: `tô cansada exausta exausto obrigado obrigada sozinha sozinho saudade chorando
    ansioso desanimada desanimado aguento consigo sinto direito brigando
    pra ninguém queria
    conversar pouco hoje você voce está estou não nao muito
    num numa se entre até desde contra durante perante sob à às ao pela pelos pelas
    sua suas teu tua nosso nossa todo toda cada outro outros outras qualquer nenhum
    nenhuma algum alguma estes estas esses essas aquele aquela será sido ter haver podem
    devem faz fazer direitos liberdade liberdades pessoa pessoas lei leis proteção
    nacional país países sociedade humano humana humanos comigo contigo mais só quase qual
    faço vou odeio angústia dor vazio perdido perdida deprimida deprimido estressada
    estressado nervosa nervoso preocupada preocupado vontade viver morrer comer sair dói noites demais
    escola`,
  sw: `nimechoka nimeumia nisaidie naogopa huzuni habari siwezi kulala tafadhali usiku mwema
    hakuna mtu nataka kuongea vizuri nina moyo unauma wiki bosi
    watu husema sina maana naye kuhusu jambo hili nimehamia mji mpya sijui yeyote hapa mwingine nahisi
    anayejali mimi lakini nini
    ambaye ambao ambayo haki taifa mataifa nchi jamii ulinzi usawa heshima binadamu wakati
    zao sawa mara kuwa kupata
    nyumbani maumivu kichwa`,
  // Yoruba as typed without tone marks and underdots; forms that collide with common words elsewhere are left out.
  yo: `emi mo mi o ko ki ti si sii ati pe fun lo n maa naa gbogbo nkan kankan rara gan loni
    ana ola oru osu odun e ese pele iranlowo re ara inu okan eru sunkun
    mama baba iya ebi omo oko iyawo ore mo le je se igba nigba tori nitori bawo kilode kini nibo
    tani enikan enikeni awon wa yin iwo oun awa eyin lati sugbon tabi bi ba mu ni
    nibi sese ilu tuntun mimo bikita idanwo sunmo bale kole kuro dun dunnu jowo
    ejo dakun iyonu irora ibinu ironu aare aarẹ orun ile ona eto ominira ohun ini eni nipa gege bayi yoo gbodo
    eleyi eleyii kookan meji ibi odo enia gbe gba oro
    pataki mii sile saaro gbo ri wi ẹ̀tọ́ dá láti òmìnira ìní kí ẹni tó balẹ̀ ẹnikẹ́ni sọ kọ̀ọ̀kan ló
    wà pàtàkì tàbí dùn nígbà míì sílẹ̀ màá ṣẹ̀ṣẹ̀ kó ìlú níbí àárẹ̀ bà ṣàárò gbọ́ díẹ̀ bá bí
    pupo ran lowo kaaro daaro ori fo`,
  pcm: `+dey +abeg +una +wahala +sabi +wey +dem +comot +pikin chop +sef +abi +shey sha nna ehn jare kuku waka
    gist yarn belle vex don fit dis dat wan im naim sotey tire wen dis di una dem make fit no go
    don dey na wa o sef oya abeg nawa haba shebi una na im e be like say bodi wey anybody nobody
    somebody sabi tori pikin sote oyibo waka chop palava gbege wahala gats abeg shey ehen
    nobodi evribodi anibodi sombodi propati pipul tok dia wia bikos sey wan awa una dem dat dis wit witout
    go come get make say know fit no like for if man woman pesin country work live people right
    tell talk give
    mata matter bin dey don go na im wey dem
    beta katakata gbam joor
    +no_fit i_no +e_don e_be +like_say +no_vex i_wan +make_i +make_we +dey_go +tell_am
    +give_am +see_am no_be +na_im i_don +we_dey +dem_dey +una_dey +wey_dey +e_dey dey_do
    go_dey don_tire how_far`,
  hi: `main mai mein mujhko mera meri hum hamara humara tum tumhe tumhara aap aapka aapko woh wo
    yeh ye hai hoon hu hun tha thi the nahi nahin mat kya kyun kyu kaise kab kahan kaun kuch bhi
    hi toh to bahut bohot bohut bahot zyada thoda accha acha thik yar bhai didi mummy papa
    kaam naukri neend sona soya hai hota hoti karo karna karu karun kiya ki ke ka ko
    se par lekin ya lagta lagti dar akela akeli udaas thak thaka thaki thakan madad
    shukriya batao bolo samajh pata nhi abhi aaj kal raat din mahine saal
    dil dimaag parwah kisi kabhi hamesha sabke saamne chillata kehti kehta sakta sakti
    baad gaya gayi chahiye chahta chahti wala wali
    mujhse tujhe tera teri tere uska uski uske unka unki iska iski kr ho
    hua hui jaana jana aata aati aana chal chalo sabse kyunki agar phir fir bas sirf bilkul
    pyaar pyar yaad dost ladki ladka sach sahi galat dukh dard jaata jaati karta
    karti bhot
    maa rona sar`,
  // Franco-Arab (Egyptian Arabic in Latin letters and digits).
  ar: `ana enta enty inta inti ento howa heya e7na ehna mesh msh mish mafeesh mafish ma3lesh ma3lish
    3ayez 3ayza 3awez 3awza 3arf 3aref 3arfa 3arfah 2adra 2ader 2adar a2dar ta3ban ta3bana ta3bana ta3banah
    5ayef 5ayfa 5alas 5ales 7aga 7ad 7ases 7assa 7azeen 7azina ezayek ezay eh leh lih keda kda
    kwayesa kowayes ya3ni wallahi walahi yalla inshallah shukran sa3edni sa3deeni mahadesh
    ma7adesh fahemni fahmani lewahdy lewa7dy zehe2t mdaye2 mday2a 2alby bywga3ni el f mn men
    w we bas gedan awy 2awy dayman dayman ba2aly osbo3 nayem mama baba
    bt2ol b2ol eny ana nafa3a mawdo3 da dah di emte7anat sa3a sa3et tala2 a3mel a3ml
    ba7es ehtam beya beyya 3an 3ala
    7abibi awi kteer ktir shwaya shway bardo ezzay feeh 3and 3ashan 3shan 3ayz wala aho delwa2ty
    dlw2ty nafsy 7aset ma3rafsh ولا غير حق الحق لكل فرد شخص حرية قانون الأمم المتحدة أحد
    شيء منذ يوم هنا تقول أحيانا
    saba7 5eer tesba7 za3lan sa7by sa7bety bet enaharda bokra embare7 a3ayat sodaa3`,
  ca: `jo em mi meu meva meus meves tu et teu teva ell ella nosaltres vosaltres ells elles el la les un
    una uns unes i o però perquè per què que com quan on qui sense sobre de del al als a en és sóc
    ets som són estàs està estem estan era va ser estar tinc tens tenim tenen hi ha no sí molt
    molta molts moltes poc res tot tota totes sempre mai també tampoc aquí avui ahir demà ara nit
    dia setmana mes any vegada hola ajuda cansada trist trista sol sola
    por malament bé millor pitjor dormir dormo feina cap mare pare família fills amic amiga plorar
    vull puc sé sento vida casa algú cosa aquest aquesta
    tothom davant crida serveixo importo fatal bona bon nit dia d'aquí
    estàs estem moltes sento faig dormo mai
    l' lo d' pel pels entre fins des contra durant mitjançant sota seva seves
    nostre nostra cada altre altra altres mateix mateixa qualsevol aquests
    aquestes aquell aquella allò ho fou serà estat tenir tenia haver pot poden deu fa
    fer diu dir dret drets llibertat llibertats persona persones igualtat llei lleis protecció
    nacional país països societat humà humana humans es ens us més encara només gairebé
    llavors quin quina
    gent necessito crec vaig aguanto ganes viure passa mal tant
    nòvio nòvia amics`,
  gl: `eu me min meu meus miñas ti te teu túa el ela nós vós eles elas o a os as un unha uns unhas e ou
    pero porque por que cando onde quen con sen sobre de do da dos das no na nos nas en é son estou
    estás está estamos están era foi ser estar teño tes ten temos teñen hai non si xa moi moito moita
    moitos pouco nada ninguén todo toda todos todas sempre nunca tamén aquí hoxe onte mañá agora noite
    semana mes ano veces ola axuda canso cansa cansada triste só
    medo mal mellor peor xefe pai familia fillos amigo amiga chorar podo sei
    sinto falar vida casa alguén cousa isto iso disto diante berra
    lle importo ás
    fago durmo síntome moitas
    xustas esixencias servidume escravitude nivel persoa amplo inhumanos coa co polo ao
    nun nunha se entre ata desde contra durante á ó polos polas cos coas dun
    dunha súa súas noso nosa cada outro outros outras mesmo ningún ningunha
    algún algunha este estes estas ese esa eses esas aquel será sido ter tiña haber poden
    debe deben fai facer dereito liberdade liberdades persoas lei
    leis protección nacional país países sociedade humano humana humanos comigo contigo máis
    aínda case entón cal
    noites xente necesito creo vou aguanto ganas vivir pasa
    doe tanto mozo moza`,
  eu: `ni nik nire niri zu zuk zure hura bera gu gure zuek haiek eta baina ez bai da naiz zara gara dira
    dago nago zaude gaude daude dut du dugu duzu dute zen zuen izan egon egin ditut nahi ezin behar
    asko gutxi ezer inor dena guztia guztiak beti inoiz hemen gaur atzo bihar orain gau egun aste
    hilabete urte eskerrik asko esker lagundu lagundu iezadazu nekatua
    triste bakarrik beldurra gaizki ondo hobeto lo lan nagusia ama aita familia seme alaba lagun
    negar hitz egin bizitza etxe norbait zerbait hau hori hori honetaz aurrean oihu
    hiri berri batera joan ezagutzen
    daramat gabon on
    izango ahal dezake daiteke bere beren haren gizaki gizakiak pertsona pertsonak eskubide
    eskubidea eskubideak askatasun askatasuna lege legea herri herria gizarte gizartea babes babesa
    berdintasun duintasun nazio estatu guztien edozein inork bakoitzak bakoitza
    mesedez ona lana lanean lagunak etxean gehiegi dakit min buruan`,
  jv: `aku kowe sampeyan panjenengan dheweke awake ora ra ya iya wis uwis durung arep pengen iso isa bisa
    ono ana apa opo ngapa kenapa piye kepiye kapan ngendi sapa kuwi kae neng ning ing karo lan
    utawa nanging amarga mergo yen nek banget tenan pisan wae bae kabeh saben mesthi kadang dina
    wingi sesuk saiki bengi esuk minggu sasi taun kesel sedhih susah turu nyambut kerja
    bos ibu bapak mbok simbah keluarga anak bojo kanca nangis tulung matur nuwun suwun sugeng
    apik elek angel mikir kanggo ngarepe wong akeh nesu
    seminggu bosku
    kang siji nampa tandang sing uga dadi marang kanthi iku jaminan poro
    saka hak kamardikan angger negara kulawarga masyarakat pangayoman tindak kudu dudu
    enjing dalu dhewe kerjo omah lara sirahku`,
  su: `abdi kuring anjeun maneh manéh anjeunna urang aranjeunna teu henteu moal tos parantos can acan
    badé bade hoyong tiasa bisa aya naon kunaon kumaha iraha dimana saha ieu éta eta di ka ti jeung sareng
    atanapi margi lamun pisan teuing ngan wungkul sadaya unggal sering kadang poé dinten kamari
    énjing enjing ayeuna wengi peuting minggu bulan taun cape capé sedih sieun
    sare kulem damel gawé bos bapa kulawarga budak salaki pamajikan babaturan ceurik tulung
    tulungan hatur nuhun wilujeng saé sae goréng lieur mikir carios curhat gaduh saha-saha kanggo
    ngeunaan jalma rea saminggu
    ayana hareupeun atawa kana dina nu sakur panyiksa hukum tujuanana balewatangan libur
    sing anu kabéh hak kamerdikaan masarakat panangtayungan sacara bae boga kudu
    lain geus baris
    bumi nyeri sirah`,
  ceb: `ako ko ikaw ka nimo siya niya kami kita mo sila nila akong imong among atong inyong ang
    sa si ni mga og ug nga kay kung kon pero apan tungod unsa ngano giunsa kanus-a asa kinsa kini kana
    kadto diri dinhi didto dili wala aduna adunay naa oo lang ra pud sad gyud jud
    usahay karon gabii adlaw semana bulan tuig masulub-on nag-inusara inusara mahadlok
    nahadlok hadlok katulog makatulog trabaho boss mama papa pamilya anak bana asawa higala hilak
    naghilak salamat gusto kinahanglan kabalo nahibalo ingon daw koy pulos
    tarong usa ka
    tanang usab pud katungod nasud pagpanglupig ginadili kasakit unang tawo
    o aron alang bisan kagawasan balaod panalipod dignidad mahimo ilang
    niini niana
    gikapoy palihug maayong buntag kaguol naguol amo inahan amahan balay ugma
    gahapon ganahan mohilak sakit ulo`,
  ilo: `siak siaken sika sika'y isu isuna dakami datayo dakayo isuda ti iti dagiti ken
    wenno ngem gapu no idi ania apay kasano kaano sadino sinno dayta diay ditoy dita sadiay saan
    awan wen unay laeng met pay no dadduma ita rabii aldaw lawas bulan tawen
    bannog naladingit ladingit agmaymaysa maymaysa mabutengak buteng naturog makaturog turog trabaho amo
    nanang tatang pamilia anak asawa gayyem agsangit sangit agyamanak tulong tulongan kayat kayatko
    masapul ammo kuna serserbik maipapan nasayaat maysa a saanak
    tapno ta nga ni tunggal kalintegan wayawaya pagilian gimong ket
    dagitoy ida kenkuana relihiyon puli
    naimbag bigat agmaymaysaak naladingitak balay inton kalman sakit ulok`,
  ig: `mụ anyị ọ gị gi nke ọ maka n'ihi ihe onye ebe gịnị gini olee kedu kedụ ahụ nọ nwere enweghị enweghi
    anaghị anaghi adịghị adighi ọ dighi gwụrụ gwuru ụra ura ehi rahụ ahụ naani ujo nwute obi mwute enyemaka
    enyere aka daalu dalu ndewo kachifo nke oma na-eti mkpu n'ihu mmadụ mmadu niile nna ezinụlọ ezinulo
    nwa akwa na-akwa achọrọ choro ga-agwa agwa oru
    na ma bụla ike ikike nnwere iwu obodo ndị ga ka dị ọzọ
    m ịrahụ nyere ụtụtụ bọọ ụjọ isi ụlọ taa echi ụnyahụ na-awa`,
  kk: `мен сен сіз ол біз сендер олар менің сенің оның біздің мені маған сені саған және бірақ немесе
    себебі егер қашан не неге қалай қайда кім бұл сол мұнда емес бар иә жоқпын өте тым
    бәрі барлық әрқашан бүгін кеше ертең қазір түн күн апта ай жыл рақмет рахмет көмек
    шаршадым шаршадың жалғыз жалғызбын қорқамын қорқынышты жаман
    жақсы ұйықтай ұйықтай алмаймын ұйқы бастық анам әкем ана әке отбасы бала күйеу әйел дос
    жылаймын сезінемін ешнәрсеге жарамайсың дейді
    жаңа қалаға көштім мұнда ешкімді білмеймін қайырлы
    жұмыста бастығым үнемі айқайлайды
    таң мұңды досым үй жылағым басым ауырады`,
  ky: `мен сен сиз ал биз силер алар менин сенин анын биздин мени мага сени сага жана бирок же анткени
    эгер качан эмне эмнеге кантип кайда ким бул ушул ошол бул жок бар ооба абдан өтө баары
    дайыма бүгүн кечээ эртең азыр түн күн жума ай жыл салам жардам жардам бериңиз
    бериңизчи чарчадым жалгыз жалгызмын кыйын жаман уктай албайм уйку жумуш
    башчы апам атам апа ата үй-бүлө бала күйөө аял дос ыйлайм эч ким нерсеге
    жараксызсың дейт тууралуу сүйлөшө турган
    бери жумушта башчым кыйкырат
    кутман таң кайгылуу корком досум үй ыйлагым башым ооруйт`,
  tg: `ман ту шумо вай ӯ мо онҳо маро ба ва аммо ё чунки агар кай чӣ чаро чӣ тавр куҷо кӣ ин он инҷо
    аст ҳаст ҳа бале не бисёр ҳама ҳамеша баъзан имрӯз дирӯз фардо ҳоло шаб рӯз моҳ
    сол салом раҳмат ёрдам хаста танҳо танҳоям метарсам тарс
    кор сардор модар падар оила фарзанд шавҳар зан дӯст гиря мекунам
    ҳеҷ кас мегӯяд намеарзам назарам мерасад
    лозим нестам дод мезанад хуш
    шудам диҳед субҳ хайр ғамгин хона сарам дард мекунад`,
  uz: `men sen siz u biz ular mening sening uning bizning meni seni senga va lekin yoki chunki agar
    qachon nima nega qanday qayerda kim bu o'sha bu yo'q emas bor ha juda ko'p hamma
    bugun kecha ertaga hozir tun oy yil yordam yordam bering charchadim
    yolg'iz yolg'izman qo'rqaman qiyin uyqu ish boshliq onam
    otam ona ota oila bola er xotin do'st yig'layman hech kim narsaga
    yaramaysan deydi haqida gaplashadigan kimim
    xayrli
    мен сен сиз у биз улар менинг менга ва лекин чунки агар нима нега қандай ким бу шу эмас
    бор ҳа кўп ҳамма доим бугун кеча эртага ҳозир салом раҳмат ёрдам беринг ёлғизман
    қўрқаман қийин ёмон яхши ухлай олмайман уйқу иш бошлиқ онам отам оила бола дўст гаплашгим
    келади ҳеч ҳафтадан бери олмаяпман ишда бошлиғим менга бақиради
    bilan uchun ham har bir inson shaxs huquqi huquqiga huquqlari erkinlik millat
    millatlar jamiyat himoya kerak bo'ladi o'z o'zi o'zining egadir birlashgan tashkiloti
    учун ҳам ҳар бир инсон шахс ҳуқуқига эркинлик қонун давлат миллат
    жамият тенг керак ўзи
    tong xafa do'stim uy yig'lagim boshim og'riyapti`,
  fr: `à a en sous entre vers contre cet leurs nos vos peut droit droits libertés personnes
    lois égalité dignité protection nationale national pays société humains humaine`,
  it: `a l' tra ed avere suo sua ogni qualsiasi qualunque nessuna nessun diritto
    persona individui legge leggi uguaglianza dignità paese
    società dello allo ai agli alle dalla dalle nello nei negli nelle sulla col quasi
    dice si manca`,
  de: `an am im in unter sich jeder jede jedes recht rechte freiheit person mensch
    menschen gesetz schutz gleichheit staat`,
  id: `atas bagi tentang adalah ialah merupakan tersebut seluruh orang
    siapa pun berhak hak kebebasan hukum negara masyarakat perlindungan persamaan
    manusia anggota pernyataan bukan telah dapat boleh serta namun agar supaya bilang terus cerita
    kuat baru pindah kota kenal depan berat hampir
    rumah pengen sakit kepala`,
  tl: `o ngunit subalit upang ay walang sinuman karapatan kalayaan bansa lipunan proteksyon
    pagkakapantay dignidad dapat maaari magulang pamayanan kaniyang kanilang ating aming mag nag
    maayos loob
    tulungan bahay masakit ulo`,
  ha: `a mutum mutane hakki hakkin yanci doka daidai wanda wadda waɗanda cewa kamar
    lokaci jin ɗan wurin kullum mai sabon gari magana wahala koma
    taimake kwana safe kaɗai bakin ciki gida ciwon`,
  fa: `هر باید خود حق آزادی قانون کشور کس دارد شود و`,
  ur: `ہر حق آزادی قانون ملک کوئی کسی گا گی`,
};
