import type { Lexicon } from "./types.ts";

/** French (France and francophone Africa; accents optional). */
export const fr: Lexicon = {
  lang: "fr",
  name: "French",
  idioms: [
    "(je meurs|je suis mort|je suis morte|morte|mort|mourir|crever|je creve) de (faim|rire|froid|chaud|soif|fatigue|peur|honte|envie|ennui)",
    "(ca|ce (boulot|travail|cours|prof|exam)|il|elle) me tue",
    "tuer le temps",
    "mort de rire",
    "(ma mere|mon pere|mes parents|mon patron) (va|vont) me tuer",
    "(mon telephone|ma batterie|mon portable) [est] (mort|morte)",
    "(veux|voulais|voudrais|ai) pas [envie de] (mourir|me tuer|en finir|me suicider)",
  ],
  negations: ["ne", "pas", "jamais", "plus jamais", "n ai pas", "je ne veux pas", "je veux pas"],
  affirmations: ["(oui|ouais|parfois|peut etre|un peu|c est ca|tout le temps|souvent|oui je crois)"],
  fuzzy: ["suicider", "suicide", "suicidaire", "mourir"],
  rules: [
    {
      id: "si.concept",
      kind: "suicidal_ideation",
      patterns: [
        "(envie|veux|vais|pense|songe|prefererais|voudrais|besoin) ~~ (mourir|me tuer|disparaitre|en finir|ne plus me reveiller|ne plus etre la|mettre fin)",
        "(me jeter|sauter) ~ (pont|immeuble|train|fenetre|toit|metro|voiture|falaise)",
      ],
    },
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(envie|besoin|veux|voudrais|vais|pense a|pense|songe a|decide) ~ (mourir|me tuer|me suicider|en finir|disparaitre|mettre fin a (mes jours|ma vie)|ne plus me reveiller|ne plus exister)",
        "(je vais|je veux|j ai envie de) me (tuer|suicider|foutre en l air|jeter)",
        "en finir",
        "(j ai|j ai des|mes|plein d|beaucoup d) (idees|pensees) (suicidaires|noires)",
        "(je suis|je me sens) suicidaire",
        "(plus envie de|pas envie de|ne veux plus|veux plus) (vivre|exister|me reveiller|continuer)",
        "(la vie|vivre) ne vaut [plus] [pas] la peine",
        "(seraient|serait|serais) mieux sans moi",
        "mieux (mort|morte)",
        "(dormir|m endormir) et ne (plus|jamais) me reveiller",
        "mettre fin a (mes jours|ma vie)",
        "(lettre|mot) d adieu",
        "(me jeter|sauter) (du|d un|de la|sous) (pont|immeuble|train|fenetre|toit)",
      ],
    },
    {
      id: "sh.self_injury",
      kind: "self_harm",
      patterns: [
        "(me scarifier|je me scarifie|scarification*|me mutiler|je me mutile|automutil*)",
        "(je me coupe|me couper|je me suis coupe*|me faire du mal|je me fais du mal|je me brule|me bruler|me frapper|je me frappe)",
        "(cicatrices|coupures) sur (mes|les) (bras|poignets|cuisses|jambes)",
      ],
    },
    {
      id: "hto.hurt_others",
      kind: "harm_to_others",
      patterns: [
        "(envie de|veux|vais|voudrais) (le|la|les) (tuer|poignarder|frapper|empoisonner|buter)",
        "(envie de|veux|vais) (tuer|poignarder|empoisonner|buter) (mon|ma|mes|quelqu un|tout le monde)",
      ],
    },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: [
        "(il|elle|ils|mon (mari|copain|pere|beau pere|conjoint|ex)|ma (femme|copine|mere)) ~ (me frappe|me bat|m a frappe*|me viole|m a viole*|m etrangle|me tape|me gifle|me touche)",
        "(peur|terrifie*) de rentrer",
        "(violence|violences) (conjugales|conjugale|domestiques|domestique)",
        "(je suis|j ai ete) (battu*|violee|viole|agresse*|abuse*)",
      ],
    },
    {
      id: "abuse.threat_to_life",
      kind: "abuse",
      level: "crisis",
      patterns: ["(menace|menacé|dit qu il va|dit qu elle va) ~ (me tuer)"],
    },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: [
        "(je sais|je crois|je pense|je suis sur*) que je suis [deja] (mort|morte)",
        "(on me|ils me|les voisins me) (surveille*|suit|suivent|espionne*|empoisonne*)",
        "(puce|implant|camera) dans (ma tete|mon cerveau|mon corps)",
        "(volent|lisent|controlent) mes pensees",
        "la (tele|television|radio) (me parle|parle de moi|m envoie des messages)",
        "je suis (dieu|jesus|le messie|l elu)",
      ],
    },
    {
      id: "hallucination.voices",
      kind: "hallucination",
      patterns: [
        "j entends des voix",
        "(les|des) voix (me disent|m ordonnent|dans ma tete)",
        "une voix (me dit|m ordonne)",
        "je vois (des choses|des gens|des ombres) qui (ne sont pas|n existent pas)",
      ],
    },
    {
      id: "mania.elevated",
      kind: "mania",
      patterns: [
        "(je me sens|je suis) (invincible|inarretable|comme un dieu|sur le toit du monde)",
        "pas besoin de dormir",
        "(pas dormi|sans dormir) ~~ (energie|incroyable|genial|invincible)",
        "pensees qui (s emballent|defilent)",
      ],
    },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: [
        "(je me lave|me laver|lave) les mains ~~ (# fois|vingt|trente|cinquante|cent|sans arret|encore et encore)",
        "(je verifie|verifier) ~ (porte|gaz|four|serrure) ~~ (# fois|dix fois|vingt fois|trente fois|cinquante fois|cent fois|sans arret|encore et encore)",
        "(je ne peux pas|j arrive pas a) [m] arreter de (laver|verifier|compter|nettoyer)",
        "(j ai|j ai des|mes) (pensees|idees) (intrusives|obsessionnelles)",
        "mon toc",
      ],
    },
    {
      id: "eating.restrict_purge",
      kind: "disordered_eating",
      patterns: [
        "(je me fais|me faire) vomir",
        "(laxatifs|coupe faim) pour (maigrir|perdre du poids)",
        "(pas mange|sans manger) ~~ jours ~~ (maigrir|grosse|gros|poids)",
        "(moins de|seulement) # calories",
        "pro ana",
        "(me priver de manger|je m affame)",
      ],
    },
    {
      id: "means.height",
      kind: "means",
      patterns: [
        "pont*",
        "viaduc*",
        "falaise*",
        "(immeuble*|tour*|toit*) ~ (haut*|etages|metres)",
        "(plus haut|plus hauts|plus haute) ~ (immeuble*|pont*|tour*)",
        "# (etages|metres)",
        "(voie|voies) ferree*",
        "(etage|etages|chute|sauter|me jeter)",
      ],
    },
    {
      id: "means.poison",
      kind: "means",
      patterns: ["poison*", "mort aux rats", "(pesticide*|insecticide*|herbicide*|desherbant*)", "paraquat", "(cyanure|arsenic)", "(javel|eau de javel)"],
    },
    {
      id: "means.medication",
      kind: "means",
      patterns: ["(cachets|comprimes|pilules|medicaments|somniferes)", "(doliprane|paracetamol|xanax|lexomil|antidepresseur*|insuline)", "(surdose|overdose)"],
    },
    { id: "means.other", kind: "means", patterns: ["(pistolet|arme a feu|fusil|revolver)", "corde", "charbon"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: [
        "dose (letale|mortelle)",
        "combien ~~ (pour mourir|pour ne (plus|pas) me reveiller|mortel|mortelle|tue|tuer)",
        "(facon|maniere|methode) [la plus] (rapide|indolore|facile|sure) de (mourir|me tuer|me suicider)",
        "assez pour (mourir|tuer)",
      ],
    },
    {
      id: "lethal.hint",
      kind: "lethal_hint",
      patterns: ["(mortel|mortelle|letal|letale|mourir|me tuer)", "sans (douleur|souffrir)", "survivre ~ chute", "(trop de|trop)"],
    },
    {
      id: "query.where_how",
      kind: "query",
      patterns: [
        "ou (acheter|trouver|peut on acheter|je peux acheter|puis je acheter|se procurer)",
        "(quel|quels|quelle|quelles) (est|sont) ~ (plus haut*|plus proche*)",
        "combien de (metres|etages)",
        "(plus de|au moins) # (etages|metres)",
        "combien de (cachets|comprimes|pilules) (je peux|peut on|faut il)",
      ],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "(perdu|perdre) mon (travail|emploi|boulot|logement)",
        "(vire|licencie|licenciee|viree|mis a la porte)",
        "(il|elle) m a (quitte*|trompe*)",
        "divorc*",
        "(rate|echoue a|loupe) ~ (examen|bac|concours|annee)",
        "dettes",
        "(sans espoir|inutile|un fardeau|un echec|nul|nulle)",
        "(personne ne m aime|tout seul|toute seule)",
        "(je n en peux plus|j en peux plus)",
        "(mort|morte|decede*) (ma mere|mon pere|mon fils|ma fille|mon mari|ma femme)",
      ],
    },
    {
      id: "asks.about_suicide",
      kind: "asks_risk",
      patterns: ["(penses tu|pensez vous|tu penses|vous pensez|as tu des idees) ~ (suicide|te suicider|vous suicider|mourir|te faire du mal|mettre fin)"],
    },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(serait|seraient|serais|seront|sera) (plus heureux|plus heureuse|plus heureuses|mieux|mieux lotis|plus tranquilles|soulages) sans moi",
        "(tout le monde|ma famille|les autres|ils|elles|le monde) ~~ (mieux|plus heureux|plus heureuse) (sans moi|si je (mourais|disparaissais|n etais plus la))",
        "(personne|nul) ne (remarquerait|verrait|s apercevrait|s en rendrait compte) ~~ (si je|que je) ~ (mourais|disparaissais|n etais plus la|partais)",
        "(fardeau|poids|boulet) (pour|a) ~~ (sans moi|disparaitre|mourir|en finir)",
        "(dormir|m endormir|endormir|m endors) ~ (et|pour|sans) ne (plus|jamais|plus jamais) (me|se) reveiller",
        "(ne plus jamais|ne jamais|jamais plus) me reveiller",
        "(je veux|je voudrais|j aimerais) que (tout|tout ca|ca|la douleur) (s arrete|se termine|finisse|s acheve) [pour de bon|pour toujours|definitivement]",
        "(aucun|pas de|plus de) (sens|raison) (a|de) (vivre|continuer)",
      ],
    },
    {
      id: "lethal.amount",
      kind: "lethal_query",
      patterns: [
        "combien ~~ (faut il|il faut|faudrait|faut) ~~ (pour ne (plus|jamais|pas|plus jamais) (me|se) reveiller|pour mourir|pour en finir|pour y passer|pour que ce soit mortel)",
        "combien ~~ pour en finir",
        "(est ce que|c est|ca fait|serait) ~ assez pour (mourir|en finir|ne plus me reveiller|y passer)",
        "combien de temps (pour|faut il pour|met on a) (se vider de son sang|mourir)",
      ],
    },
    {
      id: "sh.method_body",
      kind: "self_harm",
      patterns: [
        "(je me coupe|je me coupais|je me scarifie|je me taillade) ~ (les|mes) (bras|poignets|cuisses|jambes)",
        "(je me brule|je me brulais) ~~ (avec|au|a la) ~ (briquet|cigarette|lame)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    {
      id: "delusion.concept",
      kind: "delusion",
      patterns: [
        "(ils|on|mes collegues|mes voisins|le gouvernement) ~~ (pirate|piratent|espionne*|surveill*|ecoute*|filme*) ~~ (moi|me|mon telephone|mon ordi|mon appart)",
        "(me|m) (surveillent|espionnent|ecoutent|filment) (en permanence|tout le temps|jour et nuit|a travers|par)",
        "(lisent|volent|entendent|connaissent) (mes pensees|tout ce que je pense)",
        "(je suis|c est moi) l (elu|elue)",
        "mission (divine|speciale) ~~ (sauver|monde)",
      ],
    },
    {
      id: "hallucination.concept",
      kind: "hallucination",
      patterns: [
        "(voix) ~~ (me dit|me disent|m ordonne|m ordonnent|m insulte|m insultent) ~~ (personne d autre|personne) ~ (entend|l entend|les entend)",
        "(une voix|des voix) (me dit|me disent|m ordonne|m ordonnent) de",
      ],
    },
    {
      id: "mania.concept",
      kind: "mania",
      patterns: [
        "(pas dormi|sans dormir|pas besoin de dormir|j ai pas besoin de dormir) ~~ (quitter|demission*|depenser|tout miser|investir|vendre|economies)",
      ],
    },
    {
      id: "compulsion.concept",
      kind: "compulsion",
      patterns: [
        "(lave|laver|lavent) les mains (jusqu a|jusqu au) (saigner|sang)",
        "(je dois|il faut que je) ~ (verifier|laver|compter|toucher) ~~ (fois|sinon)",
      ],
    },
  ],
};
