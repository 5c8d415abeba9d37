import type { Lexicon } from "./types.ts";

/** German (umlauts optional: ä/ae spelled either way is normalised by listing both). */
export const de: Lexicon = {
  lang: "de",
  name: "German",
  idioms: [
    "(sterbe|sterben|sterb) (vor|fast vor) (hunger|langeweile|lachen|durst|kalte|hitze|angst)",
    "(bringt|bringen) mich um",
    "(totlachen|tot gelacht|todmude|todlangweilig|todschick)",
    "zeit totschlagen",
    "(mein handy|mein akku|der akku) ist tot",
    "(meine mutter|mein vater|meine eltern|mein chef) (bringt|bringen|wird|werden) mich um",
  ],
  negations: ["nicht", "nie", "niemals", "kein", "keine", "will nicht", "nicht mehr"],
  affirmations: ["(ja|jein|manchmal|vielleicht|ein bisschen|schon|eigentlich ja|oft|immer)"],
  fuzzy: ["umbringen", "selbstmord", "suizid", "tabletten"],
  rules: [
    {
      id: "si.concept",
      kind: "suicidal_ideation",
      patterns: [
        "(will|mochte|moechte|werde|denke|wunsche|wuensche|lieber) ~~ (sterben|nicht mehr aufwachen|mich umbringen|nicht mehr da sein|verschwinden|weg fur immer|weg für immer)",
        "(nur noch|einfach) weg ~ (fur immer|für immer)",
      ],
    },
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(will|mochte|moechte|werde|denke daran|uberlege|ueberlege|plane) ~ (sterben|mich umbringen|mich toten|mich toeten|selbstmord|suizid|mir das leben nehmen|nicht mehr aufwachen|verschwinden|es beenden|alles beenden)",
        "(mich umbringen|mich toten|mich toeten|mir das leben nehmen|mich umzubringen|mir das leben zu nehmen|mich zu toten|mich zu toeten)",
        "(selbstmord|suizid)gedanken",
        "(bin|fuhle mich|fuehle mich) suizidal",
        "(will|mochte|moechte) nicht mehr (leben|aufwachen|da sein|existieren|weiterleben)",
        "nicht mehr aufwachen",
        "(das leben|leben) (ist|hat) (nicht|keinen) ~ (lebenswert|sinn mehr)",
        "(waren|waeren|wäre|ware) besser [dran] ohne mich",
        "lieber tot",
        "alles beenden",
        "abschiedsbrief",
        "(von der|von einer) (brucke|bruecke|dach|hochhaus) springen",
      ],
    },
    {
      id: "sh.self_injury",
      kind: "self_harm",
      patterns: [
        "(ritze mich|mich ritzen|geritzt|ritzen|selbstverletz*|schneide mich|mich schneiden|verletze mich|mich verletzen|verbrenne mich)",
        "(narben|schnitte) an (meinen|den) (armen|handgelenken|beinen)",
      ],
    },
    {
      id: "hto.hurt_others",
      kind: "harm_to_others",
      patterns: [
        "(will|werde|mochte|moechte) (ihn|sie|jemanden|meinen (chef|mann|vater|nachbarn)|meine (frau|mutter)) (umbringen|toten|toeten|verletzen|erstechen|vergiften)",
      ],
    },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: [
        "(er|sie|mein (mann|freund|vater|stiefvater|ex)|meine (frau|mutter|freundin)) ~ (schlagt|schlaegt|schlägt|verprugelt|verpruegelt|wurgt|wuergt|vergewaltigt|missbraucht|hat mich geschlagen|hat mich vergewaltigt) mich",
        "(angst|furcht) nach hause zu gehen",
        "hausliche gewalt",
        "haeusliche gewalt",
        "(ich werde|ich wurde) (geschlagen|missbraucht|vergewaltigt)",
      ],
    },
    { id: "abuse.threat_to_life", kind: "abuse", level: "crisis", patterns: ["(droht|drohte|hat gedroht) ~ (mich umzubringen|mich zu toten|mich zu toeten)"] },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: [
        "(ich weiss|ich glaube|ich bin sicher) ~ [dass] ich [schon] tot bin",
        "(sie|die nachbarn|man|jemand) (verfolgen|verfolgt|beobachten|beobachtet|vergiften|vergiftet) mich",
        "(chip|implantat|kamera) in meinem (kopf|gehirn|korper|koerper)",
        "(lesen|stehlen|kontrollieren) meine gedanken",
        "(der fernseher|das radio) (spricht|redet) (mit mir|uber mich|ueber mich)",
        "ich bin (gott|jesus|der messias|auserwahlt|auserwaehlt)",
      ],
    },
    {
      id: "hallucination.voices",
      kind: "hallucination",
      patterns: [
        "(ich hore|ich hoere|hore|hoere) stimmen",
        "[die] stimmen (sagen|befehlen|in meinem kopf)",
        "eine stimme (sagt|befiehlt)",
        "ich sehe (dinge|menschen|schatten) die (nicht da sind|niemand sonst sieht)",
      ],
    },
    {
      id: "mania.elevated",
      kind: "mania",
      patterns: [
        "(ich fuhle mich|ich fuehle mich|ich bin) (unbesiegbar|unaufhaltsam|wie ein gott|unverwundbar)",
        "(brauche|brauch) keinen schlaf",
        "(nicht geschlafen|ohne schlaf) ~~ (energie|unglaublich|genial|unbesiegbar)",
        "rasende gedanken",
      ],
    },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: [
        "(wasche|waschen|gewaschen) ~ hande ~~ (# mal|zwanzig|dreissig|hundert|immer wieder|ununterbrochen)",
        "(wasche|waschen|gewaschen) ~ haende ~~ (# mal|zwanzig|dreissig|hundert|immer wieder|ununterbrochen)",
        "(kontrolliere|prufe|pruefe) ~ (tur|tuer|herd|schloss) ~~ (# mal|immer wieder)",
        "kann nicht aufhoren [zu] (waschen|kontrollieren|zahlen|zaehlen|putzen)",
        "kann nicht aufhoeren [zu] (waschen|kontrollieren|zahlen|zaehlen|putzen)",
        "(ich habe|habe|meine|ich hab) ~ (zwangsgedanken|zwangshandlung*)",
        "mein zwang",
      ],
    },
    {
      id: "eating.restrict_purge",
      kind: "disordered_eating",
      patterns: [
        "(erbreche|erbrechen|kotze) ~ nach dem essen",
        "bring mich zum (erbrechen|kotzen)",
        "abfuhrmittel zum abnehmen",
        "abfuehrmittel zum abnehmen",
        "(nichts gegessen|nicht gegessen) ~~ tage ~~ (abnehmen|fett|dick|gewicht)",
        "(unter|weniger als|nur) # (kalorien|kcal)",
        "pro ana",
        "hungere mich",
      ],
    },
    {
      id: "means.height",
      kind: "means",
      patterns: [
        "brucke*",
        "bruecke*",
        "klippe*",
        "(hochhaus*|turm*|dach*|gebaude*|gebaeude*) ~ (hoch*|stockwerke|meter)",
        "(hochste|hochsten|hoechste|hoechsten|hoher als|hoeher als) ~ (brucke*|bruecke*|gebaude*|gebaeude*|hochhaus*|turm*)",
        "# (stockwerke|stock|meter)",
        "(bahngleise|gleise)",
        "(stock|stockwerk|etage|sturz|springen|runterspringen)",
      ],
    },
    {
      id: "means.poison",
      kind: "means",
      patterns: ["gift*", "rattengift", "(pestizid*|insektizid*|herbizid*|unkrautvernichter|pflanzenschutzmittel)", "paraquat", "(zyankali|arsen)"],
    },
    {
      id: "means.medication",
      kind: "means",
      patterns: [
        "(tabletten|pillen|schlaftabletten|medikamente)",
        "(paracetamol|ibuprofen|insulin|antidepressiva|benzos|tavor|diazepam)",
        "uberdosis",
        "ueberdosis",
      ],
    },
    { id: "means.other", kind: "means", patterns: ["(waffe|pistole|gewehr|schusswaffe)", "(seil|strick)", "holzkohle"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: [
        "(todliche|toedliche|letale) (dosis|menge)",
        "wie viel* ~~ (zum sterben|um zu sterben|todlich|toedlich|nicht mehr aufzuwachen|umbringen)",
        "(schnellste|schmerzlose|einfachste|sicherste) (methode|art|weg) ~ (sterben|umbringen|toten|toeten)",
        "reicht ~ (zum sterben|um zu sterben)",
      ],
    },
    {
      id: "lethal.hint",
      kind: "lethal_hint",
      patterns: ["(todlich|toedlich|letal|sterben|umbringen)", "schmerzlos", "sturz ~ (uberleben|ueberleben)", "zu viele"],
    },
    {
      id: "query.where_how",
      kind: "query",
      patterns: [
        "wo (kann ich|kaufe ich|bekomme ich|gibt es|kriege ich) ~ [kaufen|bekommen|finden]",
        "wo (kaufe|bekomme|kriege)",
        "(welche|welches|welcher) ~ (hochste|hochsten|hoechste|hoechsten|hoch)",
        "wie hoch",
        "(hoher|hoeher) als #",
        "wie viele (tabletten|pillen) (kann|darf|soll)",
      ],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "(job|arbeit|wohnung) verloren",
        "(gekundigt|gekuendigt|entlassen|rausgeworfen|rausgeschmissen)",
        "(sie|er) hat mich verlassen",
        "(scheidung|getrennt|trennung)",
        "(prufung|pruefung|examen) ~ (durchgefallen|nicht bestanden)",
        "schulden",
        "(hoffnungslos|wertlos|nutzlos|eine last|ein versager)",
        "(niemand liebt mich|ganz allein|einsam)",
        "(ich kann nicht mehr|halte es nicht mehr aus)",
        "(meine mutter|mein vater|mein sohn|meine tochter|mein mann|meine frau) ist gestorben",
      ],
    },
    {
      id: "asks.about_suicide",
      kind: "asks_risk",
      patterns: ["(denkst du|denken sie|hast du gedanken) ~ (suizid|selbstmord|dich umzubringen|dir etwas anzutun|sterben)"],
    },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(besser|leichter|einfacher|ruhiger|schoner) ~~ wenn ich ~~ (nicht mehr (da|hier|am leben)|weg|tot) (ware|waere|bin|sein wurde)",
        "(alle|jeder|meine familie|die welt|meine eltern|sie) ~~ (besser dran|glucklicher|gluecklicher|besser|leichter) ohne mich",
        "ohne mich (besser dran|glucklicher|gluecklicher|leichter)",
        "(niemand|keiner) (wurde|wuerde) ~ (merken|bemerken|vermissen) ~~ wenn ich ~ (weg|tot|nicht mehr da|verschwinde|sterbe)",
        "(einschlafen|schlafen|einzuschlafen) und (nie wieder|nie mehr|nicht mehr|nicht wieder) (aufwachen|aufzuwachen)",
        "(last|belastung) fur (alle|meine familie|alle anderen|euch) ~~ (ohne mich|weg|sterben|verschwinden)",
        "(will|mochte|moechte|wunsche|wuensche) ~ dass (alles|es|das alles|der schmerz) (aufhort|endlich aufhort|vorbei ist|ein ende hat)",
      ],
    },
    {
      id: "lethal.amount",
      kind: "lethal_query",
      patterns: [
        "wie (viel|viele) ~~ (um|damit ich) ~~ (nicht mehr aufzuwachen|nicht mehr aufwache|nie wieder aufzuwachen|zu sterben|sterbe|tot zu sein)",
        "(reicht|reichen|genugt|genugen) ~~ (um zu sterben|um nicht mehr aufzuwachen|zum sterben)",
        "wie lange (dauert es|braucht man) ~ (zu verbluten|bis man verblutet|zu sterben)",
      ],
    },
    {
      id: "sh.method_body",
      kind: "self_harm",
      patterns: [
        "(ritze|schneide) mich ~~ (arme|handgelenk|handgelenke|beine|oberschenkel)",
        "mir (die|den|das) (arme|arm|handgelenke|handgelenk|oberschenkel|beine|haut) ~ (aufgeritzt|aufschneiden|aufgeschnitten|verbrannt|verbrenne|ritze|ritzen)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    {
      id: "delusion.concept",
      kind: "delusion",
      patterns: [
        "(uberwachen|beobachten|verfolgen|belauschen|abhoren) mich",
        "(lesen|horen|stehlen|kennen) meine gedanken",
        "(gott|das universum) hat mich (auserwahlt|geschickt)",
        "ich bin (der|die) auserwahlte",
      ],
    },
    {
      id: "hallucination.concept",
      kind: "hallucination",
      patterns: ["(stimme|stimmen) ~ (befehlen|befiehlt|sagen|sagt|flustern|flustert) mir", "(stimme|stimmen) ~~ (niemand sonst|keiner sonst) ~ hort"],
    },
    {
      id: "mania.concept",
      kind: "mania",
      patterns: ["(keinen schlaf|nicht geschlafen|ohne schlaf) ~~ (kundigen|gekundigt|geld|ersparnisse|investier*|ausgeben|alles)"],
    },
    {
      id: "compulsion.concept",
      kind: "compulsion",
      patterns: [
        "(kontrollieren|kontrolliere|prufen|prufe|waschen|wasche) ~~ # mal",
        "# mal (kontrollieren|waschen|prufen|putzen)",
        "(muss|mus) ~ (kontrollieren|waschen|zahlen|prufen) ~~ (mal|sonst)",
      ],
    },
  ],
};
