/**
 * Crisis resources per country: emergency numbers and crisis lines, with provenance.
 *
 * Verification rule: `verified` carries the date only where the number was read in the text of
 * the service's own page, or of the government body that runs it. Everything else is
 * `status: "unverified"`, with the pages where the number was seen in `seenIn` so a reviewer can
 * finish the job. Every crisis line was seen in at least one public page. A few well-known
 * emergency numbers (`seenIn: []`: AU 000, FR 112/15, BR 192, KR 119, JP 119, EG 123, IR 115) come
 * from general knowledge and were not re-read; they are unverified like the rest. Where no crisis
 * line could be confirmed, `crisisLineGap` says so and answers fall back to the emergency number
 * and the international directories.
 *
 * Re-verify before every release; numbers change (the US moved to 988 in 2022, Korea to 109 in
 * 2024, China to 12356 in 2025).
 */

export const VERIFIED_ON = "2026-11-23";

export interface CrisisContact {
  /** Name as the service calls itself (local language first where it has one). */
  name: string;
  /** Number as dialled inside the country. */
  number: string;
  kind: "emergency" | "crisis_line";
  channels?: ("call" | "text" | "chat" | "whatsapp")[];
  hours?: string;
  /** Who it is for, when not everyone (children, women, a region). */
  audience?: string;
  /** The service's official page, or (sourceKind "secondary") the best public page found. */
  source: string;
  sourceKind: "official" | "secondary";
  verified: typeof VERIFIED_ON | null;
  status: "verified" | "unverified";
  /** Public pages where the number was seen, for reviewers. */
  seenIn: string[];
  note?: string;
}

export interface CountryResources {
  /** ISO 3166-1 alpha-2 */
  country: string;
  name: string;
  emergency: CrisisContact[];
  crisisLines: CrisisContact[];
  /** Present only when no crisis line could be found or confirmed. */
  crisisLineGap?: string;
}

export interface Directory {
  name: string;
  url: string;
  verified: typeof VERIFIED_ON | null;
  status: "verified" | "unverified";
  note?: string;
}

type ContactInput = Omit<CrisisContact, "verified" | "status" | "sourceKind"> & { sourceKind?: CrisisContact["sourceKind"] };

/** A number read on the service's own (or operating authority's) page. */
function verified(input: ContactInput): CrisisContact {
  return { sourceKind: "official", ...input, verified: VERIFIED_ON, status: "verified" };
}

/** A number seen only in secondary sources, or not re-read on the official page. */
function unverified(input: ContactInput): CrisisContact {
  return { sourceKind: "official", ...input, verified: null, status: "unverified" };
}

export const INTERNATIONAL_DIRECTORIES: readonly Directory[] = [
  {
    name: "Find A Helpline",
    url: "https://findahelpline.com",
    verified: VERIFIED_ON,
    status: "verified",
    note: "Directory of free, confidential helplines by country; its country pages were read.",
  },
  {
    name: "International Association for Suicide Prevention (IASP): crisis centres",
    url: "https://www.iasp.info",
    verified: null,
    status: "unverified",
  },
  { name: "Befrienders Worldwide", url: "https://befrienders.org", verified: null, status: "unverified" },
];

const R: Record<string, CountryResources> = {
  US: {
    country: "US",
    name: "United States",
    emergency: [
      unverified({
        name: "Emergency services",
        number: "911",
        kind: "emergency",
        source: "https://www.911.gov",
        seenIn: ["https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "988 Suicide & Crisis Lifeline",
        number: "988",
        kind: "crisis_line",
        channels: ["call", "text", "chat"],
        hours: "24/7",
        source: "https://988lifeline.org",
        seenIn: [
          "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
          "https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline",
        ],
        note: "Confirmed on a state health department page, not on 988lifeline.org itself.",
      }),
    ],
  },
  GB: {
    country: "GB",
    name: "United Kingdom",
    emergency: [
      unverified({ name: "Emergency services", number: "999", kind: "emergency", source: "https://www.nhs.uk", seenIn: ["https://pastebin.com/z3rjBbYL"] }),
    ],
    crisisLines: [
      verified({
        name: "Samaritans",
        number: "116 123",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
        seenIn: ["https://www.samaritans.org/how-we-can-help/contact-samaritan/"],
        note: "Free from landlines and mobiles, also across the island of Ireland.",
      }),
    ],
  },
  AU: {
    country: "AU",
    name: "Australia",
    emergency: [
      unverified({
        name: "Emergency services (Triple Zero)",
        number: "000",
        kind: "emergency",
        source: "https://www.triplezero.gov.au",
        seenIn: [],
        note: "Not re-read in this pass.",
      }),
    ],
    crisisLines: [
      unverified({
        name: "Lifeline Australia",
        number: "13 11 14",
        kind: "crisis_line",
        channels: ["call", "text", "chat"],
        hours: "24/7",
        source: "https://www.lifeline.org.au",
        seenIn: [
          "https://www.suicidepreventionaust.org/october-member-of-the-month-lifeline/",
          "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7",
        ],
        note: "Text line 0477 13 11 14 reported by the same sources.",
      }),
    ],
  },
  CA: {
    country: "CA",
    name: "Canada",
    emergency: [
      unverified({ name: "Emergency services", number: "911", kind: "emergency", source: "https://www.canada.ca", seenIn: ["https://pastebin.com/z3rjBbYL"] }),
    ],
    crisisLines: [
      unverified({
        name: "9-8-8: Suicide Crisis Helpline",
        number: "988",
        kind: "crisis_line",
        channels: ["call", "text"],
        hours: "24/7",
        source: "https://988.ca",
        seenIn: ["https://cmhasaskatoon.ca/9-8-8/", "https://www.napaneebeaver.ca/canadas-9-8-8-suicide-crisis-helpline-now-available/"],
        note: "English and French.",
      }),
    ],
  },
  FR: {
    country: "FR",
    name: "France",
    emergency: [
      unverified({
        name: "Numéro d'urgence européen",
        number: "112",
        kind: "emergency",
        source: "https://www.service-public.fr",
        seenIn: [],
        note: "Not re-read in this pass.",
      }),
      unverified({ name: "SAMU", number: "15", kind: "emergency", source: "https://www.service-public.fr", seenIn: [], note: "Not re-read in this pass." }),
    ],
    crisisLines: [
      verified({
        name: "3114 — numéro national de prévention du suicide",
        number: "3114",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://3114.fr",
        seenIn: ["https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/", "https://www.service-public.fr/particuliers/actualites/A15206"],
      }),
    ],
  },
  ES: {
    country: "ES",
    name: "Spain",
    emergency: [
      unverified({
        name: "Emergencias",
        number: "112",
        kind: "emergency",
        source: "https://www.sanidad.gob.es",
        seenIn: ["https://www.elnacional.cat/es/sociedad/telefono-024-detecta-585-suicidios-curso-primeros-meses-funcionamiento_852759_102.html"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "024 — Línea de atención a la conducta suicida",
        number: "024",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://www.sanidad.gob.es",
        seenIn: [
          "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml",
          "https://maldita.es/index.php/malditaciencia/20220510/024-numero-telefono-atencion-suicidio-espana-gratuito",
        ],
      }),
    ],
  },
  MX: {
    country: "MX",
    name: "Mexico",
    emergency: [
      unverified({ name: "Emergencias", number: "911", kind: "emergency", source: "https://www.gob.mx", seenIn: ["https://zamudionoticias.mx/?p=17586"] }),
    ],
    crisisLines: [
      unverified({
        name: "Línea de la Vida (CONASAMA)",
        number: "800 911 2000",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://www.gob.mx",
        seenIn: [
          "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/",
          "https://www.proceso.com.mx/ciencia-tecnologia/salud/2025/10/11/se-triplican-llamadas-la-linea-de-la-vida-en-el-primer-trimestre-de-2025-360581.html",
        ],
      }),
    ],
  },
  BR: {
    country: "BR",
    name: "Brazil",
    emergency: [
      unverified({ name: "SAMU", number: "192", kind: "emergency", source: "https://www.gov.br/saude", seenIn: [], note: "Not re-read in this pass." }),
    ],
    crisisLines: [
      unverified({
        name: "CVV — Centro de Valorização da Vida",
        number: "188",
        kind: "crisis_line",
        channels: ["call", "chat"],
        hours: "24/7",
        source: "https://cvv.org.br",
        seenIn: [
          "https://pt.wikipedia.org/wiki/Centro_de_Valoriza%C3%A7%C3%A3o_da_Vida",
          "https://redeglobo.globo.com/rj/tvriosul/Acontece/noticia/cvv-oferece-apoio-emocional-e-atua-na-prevencao-do-suicidio.ghtml",
        ],
      }),
    ],
  },
  KR: {
    country: "KR",
    name: "South Korea",
    emergency: [
      unverified({ name: "119 (소방·구급)", number: "119", kind: "emergency", source: "https://www.nfa.go.kr", seenIn: [], note: "Not re-read in this pass." }),
      unverified({
        name: "112 (경찰)",
        number: "112",
        kind: "emergency",
        source: "https://www.police.go.kr",
        seenIn: ["https://eiec.kdi.re.kr/policy/materialView.do?num=246730"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "자살예방상담전화 109",
        number: "109",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://www.mohw.go.kr",
        seenIn: ["https://eiec.kdi.re.kr/policy/materialView.do?num=246730", "https://m.hankookilbo.com/News/Read/Amp/A2024010316570003218"],
        note: "Ministry of Health and Welfare press release of 2024-01-02, read in republished form.",
      }),
    ],
  },
  JP: {
    country: "JP",
    name: "Japan",
    emergency: [
      unverified({
        name: "119 (救急・消防)",
        number: "119",
        kind: "emergency",
        source: "https://www.fdma.go.jp",
        seenIn: [],
        note: "Not re-read in this pass.",
      }),
      unverified({
        name: "110 (警察)",
        number: "110",
        kind: "emergency",
        source: "https://www.npa.go.jp",
        seenIn: ["https://nihon-hanzai-jiken.com/?p=35569"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "こころの健康相談統一ダイヤル",
        number: "0570-064-556",
        kind: "crisis_line",
        channels: ["call"],
        hours: "varies by prefecture",
        source: "https://www.mhlw.go.jp/mamorouyokokoro/",
        seenIn: [
          "https://mainichi.jp/articles/20151128/mul/00m/040/00800sc",
          "https://meikikai-home.com/%e3%80%90%ef%bc%93%e6%9c%88%e3%81%af%e8%87%aa%e6%ae%ba%e5%af%be%e7%ad%96%e5%bc%b7%e5%8c%96%e6%9c%88%e9%96%93%e3%81%a7%e3%81%99%e3%80%91/",
        ],
        note: "Routes to the caller's prefectural public line; hours differ by prefecture.",
      }),
      unverified({
        name: "いのちSOS",
        number: "0120-061-338",
        kind: "crisis_line",
        channels: ["call"],
        source: "https://www.lifelink.or.jp/inochisos/",
        seenIn: ["https://mainichi.jp/articles/20220826/osg/00m/040/001000d"],
        note: "Run by the NPO Lifelink; 24 hours on some weekdays only.",
      }),
    ],
  },
  CN: {
    country: "CN",
    name: "China",
    emergency: [
      unverified({
        name: "120 (急救)",
        number: "120",
        kind: "emergency",
        source: "http://www.nhc.gov.cn",
        seenIn: ["https://qntz.me/post/54b1863444a5a0582a1dedd703c6219d.html"],
      }),
      unverified({
        name: "110 (报警)",
        number: "110",
        kind: "emergency",
        source: "https://www.mps.gov.cn",
        seenIn: ["https://qntz.me/post/54b1863444a5a0582a1dedd703c6219d.html"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "12356 全国统一心理援助热线",
        number: "12356",
        kind: "crisis_line",
        channels: ["call"],
        hours: "at least 18 hours a day",
        source: "http://www.nhc.gov.cn",
        seenIn: ["https://c.m.163.com/news/a/JKBD9CKU0514CC6P.html", "http://bzoee.hgtkbf.com/html/4a499551.html"],
        note: "National Health Commission notice (Dec 2024); reported operational in all regions by 2025-05-01.",
      }),
    ],
  },
  IN: {
    country: "IN",
    name: "India",
    emergency: [
      unverified({
        name: "112 (Emergency Response Support System)",
        number: "112",
        kind: "emergency",
        source: "https://112.gov.in",
        seenIn: ["https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "Tele-MANAS",
        number: "14416",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://telemanas.mohfw.gov.in",
        seenIn: [
          "https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/",
          "https://crackittoday.com/current-affairs/tele-manas/",
        ],
        note: "Also 1-800-891-4416; about 20 languages chosen by state.",
      }),
    ],
  },
  NG: {
    country: "NG",
    name: "Nigeria",
    emergency: [
      unverified({
        name: "112 (national emergency number)",
        number: "112",
        kind: "emergency",
        source: "https://www.ncc.gov.ng",
        seenIn: ["https://technologytimes.ng/dial-122-how-nigerias-three-digit-emergency-number-works/"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "SURPIN — Suicide Research and Prevention Initiative (toll-free)",
        number: "0800 078 7746",
        kind: "crisis_line",
        channels: ["call"],
        source: "https://healthwise.punchng.com/ngo-launches-toll-free-hotline-for-assistance-on-mental-health",
        sourceKind: "secondary",
        seenIn: [
          "https://healthwise.punchng.com/ngo-launches-toll-free-hotline-for-assistance-on-mental-health",
          "https://www.healthcareafrica.info/new-mental-health-hotline-inaugurated-in-nigeria/",
        ],
        note: "Official page not found; an aggregator lists a different SURPIN number, so re-check before relying on it.",
      }),
    ],
  },
  KE: {
    country: "KE",
    name: "Kenya",
    emergency: [
      unverified({
        name: "Emergency services",
        number: "999",
        kind: "emergency",
        source: "https://progress.guide/atlas/africa/kenya",
        sourceKind: "secondary",
        seenIn: ["https://progress.guide/atlas/africa/kenya"],
        note: "112 also listed.",
      }),
    ],
    crisisLines: [
      verified({
        name: "Kenya Red Cross (toll-free counselling and psychosocial support)",
        number: "1199",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://www.redcross.or.ke/single-article/37-Psychosocial-Support-for-Healthcare-Workers-in-Midst-of-COVID-19-Pandemic",
        seenIn: [
          "https://www.redcross.or.ke/single-article/37-Psychosocial-Support-for-Healthcare-Workers-in-Midst-of-COVID-19-Pandemic",
          "https://nairobinews.nation.co.ke/editors-picks/distressed-call-this-number-gok",
        ],
        note: "The official page dates from 2020 (COVID-19 response); confirm it still operates.",
      }),
    ],
  },
  EG: {
    country: "EG",
    name: "Egypt",
    emergency: [
      unverified({
        name: "الإسعاف (ambulance)",
        number: "123",
        kind: "emergency",
        source: "https://www.mohp.gov.eg",
        seenIn: [],
        note: "Not re-read in this pass.",
      }),
    ],
    crisisLines: [
      unverified({
        name: "الخط الساخن للأمانة العامة للصحة النفسية وعلاج الإدمان",
        number: "16328",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://www.mohp.gov.eg",
        seenIn: ["https://elnabaa.net/947913/"],
      }),
    ],
  },
  SA: {
    country: "SA",
    name: "Saudi Arabia",
    emergency: [
      unverified({
        name: "911 (unified emergency number)",
        number: "911",
        kind: "emergency",
        source: "https://www.moi.gov.sa",
        seenIn: ["https://www.zawya.com/en/business/healthcare/saudi-arabias-911-attended-to-2-558-741-emergency-calls-in-july-s7135rta"],
        note: "Reported for Riyadh, Makkah and Eastern Province; being extended to other regions.",
      }),
    ],
    crisisLines: [],
    crisisLineGap: "No public crisis line number could be confirmed for Saudi Arabia in this pass; answers use 911 and the international directories.",
  },
  AE: {
    country: "AE",
    name: "United Arab Emirates",
    emergency: [
      unverified({
        name: "Police",
        number: "999",
        kind: "emergency",
        source: "https://u.ae",
        seenIn: ["https://www.khaleejtimes.com/ml/uae/dubai-dial-999-only-for-emergencies-residents-urged-after-hotline-gets-over-71000-calls-during-ei"],
      }),
      unverified({
        name: "Ambulance",
        number: "998",
        kind: "emergency",
        source: "https://u.ae",
        seenIn: ["https://citiesinsider.com/country/united-arab-emirates/sharjah/emergency-communication/en"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "Mental Support Line (800 HOPE)",
        number: "800 4673",
        kind: "crisis_line",
        channels: ["call", "whatsapp"],
        hours: "reported 08:00–20:00",
        source: "https://www.thenationalnews.com/uae/health/coronavirus-uae-sets-up-free-national-helpline-to-support-mental-health-1.1021577",
        sourceKind: "secondary",
        seenIn: [
          "https://www.thenationalnews.com/uae/health/coronavirus-uae-sets-up-free-national-helpline-to-support-mental-health-1.1021577",
          "https://www.urdupoint.com/en/middle-east/emirates-foundation-bp-join-forces-to-suppor-1270364.html",
        ],
        note: "Arabic and English.",
      }),
    ],
  },
  IR: {
    country: "IR",
    name: "Iran",
    emergency: [
      unverified({
        name: "اورژانس (ambulance)",
        number: "115",
        kind: "emergency",
        source: "https://www.behdasht.gov.ir",
        seenIn: [],
        note: "Not re-read in this pass.",
      }),
    ],
    crisisLines: [
      verified({
        name: "صدای مشاور ۱۴۸۰ (سازمان بهزیستی)",
        number: "1480",
        kind: "crisis_line",
        channels: ["call"],
        hours: "08:00–24:00",
        source: "https://www.behzisti.ir",
        seenIn: ["https://www.behzisti.ir/news/166003/"],
      }),
      unverified({
        name: "اورژانس اجتماعی ۱۲۳ (social emergency)",
        number: "123",
        kind: "crisis_line",
        channels: ["call"],
        source: "https://www.behzisti.ir",
        seenIn: ["https://koodakpress.ir/"],
        audience: "violence against children, spouses and elders; people in acute crisis",
      }),
    ],
  },
  KZ: {
    country: "KZ",
    name: "Kazakhstan",
    emergency: [
      verified({
        name: "112 (единая дежурно-диспетчерская служба)",
        number: "112",
        kind: "emergency",
        source: "https://egov.kz/cms/en/articles/emergency_number_112",
        seenIn: ["https://egov.kz/cms/en/articles/emergency_number_112"],
      }),
      verified({
        name: "Скорая помощь",
        number: "103",
        kind: "emergency",
        source: "https://egov.kz/cms/en/articles/emergency_number_112",
        seenIn: ["https://egov.kz/cms/en/articles/emergency_number_112"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "Телефон доверия 150 (Союз кризисных центров)",
        number: "150",
        kind: "crisis_line",
        channels: ["call"],
        source: "https://orda.kz/suicid-jeto-vash-vybor-kak-rabotajut-psihologi-v-krizisnom-centre-150-v-kazahstane/",
        sourceKind: "secondary",
        seenIn: [
          "https://orda.kz/suicid-jeto-vash-vybor-kak-rabotajut-psihologi-v-krizisnom-centre-150-v-kazahstane/",
          "https://kazpravda.kz/n/s-kakimi-problemami-kazahstantsy-zvonyat-na-telefon-doveriya/",
        ],
        audience: "originally children and young people; adults call too",
      }),
    ],
  },
  UZ: {
    country: "UZ",
    name: "Uzbekistan",
    emergency: [
      unverified({
        name: "112 (единая диспетчерская служба)",
        number: "112",
        kind: "emergency",
        source: "https://xs.uz/fr/post/112-unified-dispatch-service-now-fully-operational-across-uzbekistan",
        sourceKind: "secondary",
        seenIn: ["https://xs.uz/fr/post/112-unified-dispatch-service-now-fully-operational-across-uzbekistan"],
      }),
      unverified({
        name: "Скорая помощь",
        number: "103",
        kind: "emergency",
        source: "https://gypsywarrior.com/emergency-services-what-to-know-while-in-uzbekistan/",
        sourceKind: "secondary",
        seenIn: ["https://gypsywarrior.com/emergency-services-what-to-know-while-in-uzbekistan/"],
      }),
    ],
    crisisLines: [],
    crisisLineGap: "No national crisis line for adults could be found for Uzbekistan in this pass.",
  },
  KG: {
    country: "KG",
    name: "Kyrgyzstan",
    emergency: [
      unverified({
        name: "112",
        number: "112",
        kind: "emergency",
        source: "https://mchs.gov.kg",
        seenIn: ["https://news-asia.ru/view/2211"],
        note: "Rolled out city by city since 2012.",
      }),
      unverified({
        name: "Скорая помощь",
        number: "103",
        kind: "emergency",
        source: "https://maralfm.kg/archives/426036",
        sourceKind: "secondary",
        seenIn: ["https://maralfm.kg/archives/426036"],
      }),
    ],
    crisisLines: [
      unverified({
        name: "Центр телефона доверия для детей",
        number: "111",
        kind: "crisis_line",
        channels: ["call"],
        source: "https://kabar.kg/news/na-telefon-doveriia-111-v-sutki-postupaet-bolee-300-zvonkov-mtsr-kr",
        sourceKind: "secondary",
        seenIn: [
          "https://kabar.kg/news/na-telefon-doveriia-111-v-sutki-postupaet-bolee-300-zvonkov-mtsr-kr",
          "https://24.kg/obschestvo/342888_telefon_doveriya_dlya_detey_zavosem_mesyatsev_postupilo_47tyisyach_302_zvonka/",
        ],
        audience: "children and families; adults call too",
      }),
    ],
  },
  TJ: {
    country: "TJ",
    name: "Tajikistan",
    emergency: [
      unverified({
        name: "112",
        number: "112",
        kind: "emergency",
        source: "http://www.asiaplus.tj/ru/node/239982",
        sourceKind: "secondary",
        seenIn: ["http://www.asiaplus.tj/ru/node/239982"],
        note: "Approved in 2017; operation not confirmed.",
      }),
    ],
    crisisLines: [],
    crisisLineGap: "No national crisis line could be found for Tajikistan in this pass.",
  },
  PH: {
    country: "PH",
    name: "Philippines",
    emergency: [
      unverified({
        name: "Emergency 911",
        number: "911",
        kind: "emergency",
        source: "https://www.dilg.gov.ph",
        seenIn: ["https://pageone.ph/?p=295372", "https://coconuts.co/manila/news/911-phs-new-emergency-hotline-number"],
      }),
    ],
    crisisLines: [
      verified({
        name: "NCMH Crisis Hotline",
        number: "0917 899 8727",
        kind: "crisis_line",
        channels: ["call"],
        hours: "24/7",
        source: "https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/",
        seenIn: ["https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/"],
        note: "Also the short number 1553 (reported by PNA in 2025, unverified).",
      }),
    ],
  },
  ID: {
    country: "ID",
    name: "Indonesia",
    emergency: [
      unverified({
        name: "112 (Layanan Panggilan Darurat)",
        number: "112",
        kind: "emergency",
        source: "https://layanan112.kominfo.go.id",
        seenIn: ["https://www.republika.co.id/berita/koran/kesra/16/04/29/o6dso610-hubungi-nomor-112-panggilan-darurat-versi-indonesia"],
        note: "Not yet available in every regency.",
      }),
    ],
    crisisLines: [
      unverified({
        name: "SEJIWA (Kemenkes 119 ext. 8)",
        number: "119 ext. 8",
        kind: "crisis_line",
        channels: ["call"],
        source: "https://www.kemkes.go.id",
        seenIn: [
          "https://kaltara.disway.id//read/1972/sejiwa-119-ext-8-layanan-bantuan-kesehatan-mental-untuk-mencegah-krisis-mental",
          "https://antaranews.com/berita/1456899/119-dan-laman-pdskji-kini-bisa-layani-konsultasi-kesehatan-jiwa",
        ],
      }),
    ],
  },
};

export const CRISIS_RESOURCES: Readonly<Record<string, CountryResources>> = R;

/** The countries the product's profiles cover; a test fails when one lacks an entry. */
export const REQUIRED_COUNTRIES = [
  "US",
  "KR",
  "IN",
  "CN",
  "NG",
  "KE",
  "BR",
  "FR",
  "ES",
  "MX",
  "EG",
  "SA",
  "AE",
  "IR",
  "KZ",
  "UZ",
  "KG",
  "TJ",
  "JP",
  "PH",
  "ID",
  "GB",
  "AU",
  "CA",
] as const;

export interface ResolvedResources {
  /** ISO code, or null when the country is unknown and only directories are offered. */
  country: string | null;
  emergency: CrisisContact[];
  crisisLines: CrisisContact[];
  directories: readonly Directory[];
  crisisLineGap?: string;
}

/** Resources for a country (ISO alpha-2, any case); unknown countries get the directories only. */
export function resourcesFor(country: string | undefined | null): ResolvedResources {
  const entry = country ? R[country.toUpperCase()] : undefined;
  if (!entry) return { country: null, emergency: [], crisisLines: [], directories: INTERNATIONAL_DIRECTORIES };
  return {
    country: entry.country,
    emergency: entry.emergency,
    crisisLines: entry.crisisLines,
    directories: INTERNATIONAL_DIRECTORIES,
    ...(entry.crisisLineGap ? { crisisLineGap: entry.crisisLineGap } : {}),
  };
}
