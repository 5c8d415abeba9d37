import type { Lexicon } from "./types.ts";

/** Indonesian (formal and Jakarta chat forms: gue/aku, pengen, nggak/gak). */
export const id: Lexicon = {
  lang: "id",
  name: "Indonesian",
  idioms: [
    "(ngakak|ketawa|tertawa|ketawa ketiwi) (sampai|sampe|ampe) [mau] mati",
    "mati (lampu|listrik|gaya|kutu|angin|suri)",
    "(hp|hpku|baterai|batre) ~ (mati|habis)",
    "bunuh (waktu|nyamuk|kuman|bakteri|virus)",
    "kasus bunuh diri",
    "pencegahan bunuh diri",
  ],
  negations: ["tidak", "nggak", "ngga", "gak", "ga", "enggak", "bukan", "jangan", "tak"],
  affirmations: ["(iya|ya|iyaa|betul|benar|kadang|kadang kadang|sedikit|he eh|iya sih|sering)"],
  fuzzy: ["bunuh", "pengen"],
  rules: [
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(ingin|mau|pengen|pingin|pengin|kepikiran|berpikir untuk|berniat|rasanya) ~ (bunuh diri|mati|mengakhiri hidup|akhiri hidup|menghilang selamanya|tidak bangun lagi|nggak bangun lagi|gak bangun lagi)",
        "(aku|saya|gue|gw|gua) ~ bunuh diri",
        "(tidak|nggak|gak|ga|enggak) (mau|ingin|pengen) hidup lagi",
        "(capek|cape|lelah) hidup",
        "lebih baik [aku|saya|gue] mati",
        "(mengakhiri|akhiri) (hidupku|hidup ini|hidup saya|semuanya)",
        "(semua|mereka|keluargaku) lebih baik tanpa (aku|saya|gue)",
        "tidur [saja|aja] dan (tidak|nggak|gak) bangun lagi",
        "(loncat|lompat|terjun) dari (jembatan|gedung|atap)",
        "gantung diri",
        "(pengen|ingin|mau|pingin) menghilang ~ (selamanya|dari dunia)",
        "surat perpisahan",
      ],
    },
    {
      id: "sh.self_injury",
      kind: "self_harm",
      patterns: [
        "(menyakiti|melukai|nyakitin|nyilet|menyayat|menyilet) (diri|diriku|diri sendiri|tangan|tanganku)",
        "(silet|sayat) (tangan|lengan|pergelangan)",
      ],
    },
    {
      id: "hto.hurt_others",
      kind: "harm_to_others",
      patterns: ["(ingin|mau|pengen) (membunuh|bunuh|menusuk|meracuni|menghabisi) (dia|bosku|bos|suamiku|istriku|ayahku|orang|mereka)"],
    },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: [
        "(suami|suamiku|ayah|ayahku|pacar|pacarku|bapak|bapakku|ayah tiri) ~ (memukul|memukulku|mukul|mukulin|menampar|memperkosa|melecehkan|menyiksa)",
        "kdrt",
        "takut pulang ke rumah",
        "(aku|saya) (dipukuli|diperkosa|dilecehkan)",
      ],
    },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: [
        "(aku|saya) (sudah|udah) mati",
        "(ada yang|mereka|orang orang) (mengawasi|memata matai|mengikuti|meracuni) (aku|saya|ku)",
        "(chip|alat) di (kepala|otak)",
        "pikiranku (dibaca|dicuri)",
      ],
    },
    {
      id: "hallucination.voices",
      kind: "hallucination",
      patterns: [
        "(mendengar|dengar|denger) (suara suara|bisikan|suara yang menyuruh|suara yang tidak ada)",
        "suara (menyuruh|nyuruh) (aku|saya)",
        "melihat (hal|orang) yang (tidak ada|gak ada)",
      ],
    },
    { id: "mania.elevated", kind: "mania", patterns: ["tidak perlu tidur", "(merasa|aku) (tak terkalahkan|kebal|seperti tuhan)"] },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: [
        "cuci tangan ~~ # kali",
        "(terus|berulang) (mencuci|cuci|mengecek|cek) ~ (tangan|pintu|kompor|kunci)",
        "tidak bisa berhenti (mencuci|cuci|mengecek)",
      ],
    },
    {
      id: "eating.restrict_purge",
      kind: "disordered_eating",
      patterns: [
        "(sengaja|maksa) muntah",
        "muntah setelah makan",
        "(obat pencahar|pencahar) ~ (kurus|diet|turun)",
        "(tidak|gak|nggak) makan ~~ hari ~~ (kurus|gemuk|berat|diet)",
      ],
    },
    {
      id: "means.height",
      kind: "means",
      patterns: [
        "jembatan",
        "gedung (tinggi|tertinggi)",
        "atap gedung",
        "lantai #",
        "# lantai",
        "# meter",
        "tebing",
        "rel kereta",
        "(lantai|jatuh|lompat|loncat)",
      ],
    },
    { id: "means.poison", kind: "means", patterns: ["racun", "racun tikus", "baygon", "pestisida", "insektisida", "obat nyamuk", "potas"] },
    { id: "means.medication", kind: "means", patterns: ["obat tidur", "<obat>", "<pil>", "antidepresan", "(butir|tablet)"] },
    { id: "means.other", kind: "means", patterns: ["tali", "pistol", "senjata"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: [
        "dosis (mematikan|letal|fatal)",
        "berapa (banyak|butir|tablet) ~~ (mati|meninggal|tidak bangun|nggak bangun|gak bangun)",
        "(cara|gimana|bagaimana) ~ (mati|bunuh diri) ~ (cepat|tanpa sakit|tidak sakit|gak sakit)",
      ],
    },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(mati|meninggal|fatal|mematikan)", "tanpa rasa sakit", "terlalu banyak"] },
    {
      id: "query.where_how",
      kind: "query",
      patterns: [
        "(di mana|dimana|dmn) ~ (beli|membeli|dapat|cari|dijual)",
        "(beli|membeli) ~ (di mana|dimana)",
        "berapa (tinggi|meter)",
        "(paling|yang paling) tinggi",
        "tertinggi",
      ],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "(kehilangan|kena) (pekerjaan|kerja|phk)",
        "(di phk|dipecat|diputusin|ditinggal)",
        "putus (sama|dengan)",
        "cerai",
        "(gagal|tidak lulus) (ujian|tes|skripsi)",
        "(hutang|utang)",
        "(putus asa|tidak berguna|beban|gagal total)",
        "(tidak ada|gak ada|nggak ada) yang peduli",
        "(capek banget|lelah banget)",
        "hidupku (hancur|berantakan)",
        "menghancurkan hidupku",
      ],
    },
    { id: "asks.about_suicide", kind: "asks_risk", patterns: ["(kepikiran|berpikir|ingin) ~ (bunuh diri|menyakiti diri|mengakhiri hidup)"] },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(mending|mendingan|lebih baik|lbh baik) (aku|gue|gw|saya) (mati|ga ada|nggak ada|gak ada|menghilang)",
        "(mending|mendingan) mati (aja|saja)",
        "(aku|gue|gw|saya) (cuma|hanya|jadi) (beban|nyusahin)",
        "(tidur|tidur aja) (dan|terus|trus|trs) (gak|ga|nggak|tidak|tak|ngga) (bangun|usah bangun) lagi",
        "(semua|orang orang|keluarga) ~ (lebih bahagia|lebih baik|lebih tenang) (tanpa aku|tanpa gue|tanpa saya|kalau aku ga ada|kalau aku mati)",
        "(pengen|ingin|mau) (menghilang|ngilang) (aja|selamanya|dari dunia ini|dari dunia)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    {
      id: "delusion.concept",
      kind: "delusion",
      patterns: [
        "(pasang|masang|memasang) (kamera|cctv|penyadap|alat sadap) ~~ (rumahku|kamarku|rumah aku|kamar aku|rumah saya)",
        "(ngawasin|mengawasi|memata matai) (aku|saya) (terus|setiap|tiap)",
        "(tau|tahu) semua yang (aku|ku|saya) (pikir|pikirkan|pikirin)",
      ],
    },
    {
      id: "hallucination.concept",
      kind: "hallucination",
      patterns: ["suara [yang] (nyuruh|menyuruh|ngajak|bilang) (aku|saya)", "(orang lain|yang lain) (gak|ga|tidak|nggak) (denger|dengar|mendengar)"],
    },
    {
      id: "mania.concept",
      kind: "mania",
      patterns: ["(gak tidur|ga tidur|tidak tidur|nggak tidur) ~~ (keluar kerja|resign|semua uang|semua tabungan|investasi|kripto|jual)"],
    },
    { id: "compulsion.concept", kind: "compulsion", patterns: ["(ngecek|mengecek|cek|cuci tangan) ~~ # (kali|x)", "# (kali|x) (sehari|ngecek|cuci)"] },
  ],
};
