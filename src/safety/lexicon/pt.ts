import type { Lexicon } from "./types.ts";

/** Portuguese (Brazil first; accents optional; "vc", "tô", "pra" chat forms). */
export const pt: Lexicon = {
  lang: "pt",
  name: "Portuguese",
  idioms: [
    "(to|estou|tou|ta|morrendo|morri|morto|morta|morrer) de (fome|rir|calor|frio|sono|sede|medo|vergonha|saudade|tedio|cansaço|inveja|vontade)",
    "(vai|esta|ta|tá|tao) me matando",
    "(essa|esse|este|esta) ~ (vai|ta|esta) me matar",
    "(minha mae|meu pai|meus pais|meu chefe) (vai|vao) me matar",
    "matar (o tempo|a saudade|aula)",
    "(meu celular|minha bateria|o celular) (morreu|ta morto|esta morto)",
  ],
  negations: ["nao", "nunca", "jamais", "nem"],
  affirmations: ["(sim|aham|uhum|as vezes|talvez|um pouco|muito|sempre|o tempo todo|acho que sim|ss)"],
  fuzzy: ["suicidio", "suicidar", "remedios", "chumbinho"],
  rules: [
    {
      id: "si.concept",
      kind: "suicidal_ideation",
      patterns: [
        "(quero|queria|penso|pensando|vou|vontade|preciso|prefiro) ~~ (morrer|me matar|sumir|nao acordar|acabar com [a] minha vida|acabar com tudo|tirar [a] minha vida|nao existir)",
        "acabar com [a] minha vida",
      ],
    },
    {
      id: "si.direct",
      kind: "suicidal_ideation",
      patterns: [
        "(quero|queria|vou|penso em|pensando em|vontade de|decidi) ~ (morrer|me matar|me suicidar|tirar minha [propria] vida|sumir pra sempre|sumir para sempre|acabar com (tudo|minha vida)|nao acordar|deixar de existir)",
        "(me matar|me suicidar)",
        "(pensamentos|ideias) suicidas",
        "(nao quero|nao tenho vontade de) mais (viver|existir|acordar)",
        "(nao quero|nao aguento) [mais] viver",
        "(nao vale|nao compensa) a pena (viver|continuar)",
        "(ficariam|ficaria|estariam) melhor sem mim",
        "(melhor|queria estar) (morto|morta)",
        "dormir e nao acordar mais",
        "quero sumir",
        "tirar [a] minha vida",
        "(vou|quero) (pular|me jogar) (da|de|do)",
        "carta de despedida",
      ],
    },
    {
      id: "sh.self_injury",
      kind: "self_harm",
      patterns: [
        "(me cortar|me corto|me cortei|me machucar|me machuco|me machuquei|me queimar|me queimo|autolesao|automutilacao|me ferir|me bater)",
        "(cortes|cicatrizes) (nos|no) (braços|pulsos|pulso|coxas|pernas)",
      ],
    },
    {
      id: "hto.hurt_others",
      kind: "harm_to_others",
      patterns: [
        "(quero|vou|vontade de) (matar|machucar|esfaquear|envenenar) (ele|ela|eles|meu|minha|alguem|todo mundo)",
        "(quero|vou) (mata lo|mata la|matalo|matala)",
      ],
    },
    {
      id: "abuse.violence",
      kind: "abuse",
      patterns: [
        "(ele|ela|meu (marido|namorado|pai|padrasto|ex)|minha (mae|esposa|namorada)) ~ (me bate|me espanca|me bateu|me estuprou|me estupra|me abusa|abusou de mim|me enforca|me agride|me agrediu)",
        "medo de voltar pra casa",
        "violencia domestica",
        "(fui|sou) (abusad*|estuprad*|espancad*)",
      ],
    },
    { id: "abuse.threat_to_life", kind: "abuse", level: "crisis", patterns: ["(ameacou|ameaça|disse que vai) ~ me matar"] },
    {
      id: "delusion.beliefs",
      kind: "delusion",
      patterns: [
        "(acho|sei|tenho certeza) que [ja] (estou|to|tô) (morto|morta)",
        "(estao|tao|eles) me (seguindo|vigiando|espionando|envenenando)",
        "(chip|implante|camera) na minha (cabeça|mente)",
        "(roubam|leem|controlam) meus pensamentos",
        "a (tv|televisao|radio) (fala comigo|fala de mim|manda mensagens)",
        "sou (deus|jesus|o escolhido|a escolhida)",
      ],
    },
    {
      id: "hallucination.voices",
      kind: "hallucination",
      patterns: [
        "(ouço|escuto|ouvindo|escutando) vozes",
        "[as] vozes (me dizem|mandam|na minha cabeça)",
        "uma voz (me diz|manda)",
        "vejo (coisas|pessoas|sombras) que (ninguem mais ve|nao existem|nao estao la)",
      ],
    },
    {
      id: "mania.elevated",
      kind: "mania",
      patterns: [
        "(me sinto|sou|to|estou) (invencivel|imparavel|um deus|no topo do mundo)",
        "nao preciso dormir",
        "(sem dormir|nao durmo) ~~ (energia|incrivel|invencivel)",
        "pensamentos acelerados",
      ],
    },
    {
      id: "compulsion.rituals",
      kind: "compulsion",
      patterns: [
        "(lavo|lavar|lavei) as maos ~~ (# vezes|vinte|trinta|cem|sem parar|ate sangrar)",
        "(confiro|verifico|checo) ~ (porta|gas|fogao|fechadura) ~~ (# vezes|sem parar)",
        "nao consigo parar de (lavar|conferir|verificar|contar|limpar)",
        "(tenho|meus|ter) ~ pensamentos (intrusivos|obsessivos)",
        "meu toc",
      ],
    },
    {
      id: "eating.restrict_purge",
      kind: "disordered_eating",
      patterns: [
        "(me forço|forçar|provoco) [a] vomitar",
        "vomito depois de comer",
        "laxante* pra (emagrecer|perder peso)",
        "(sem comer|nao como) ~~ dias ~~ (peso|gorda|gordo|emagrecer)",
        "(menos de|so) # calorias",
        "pro ana",
      ],
    },
    {
      id: "means.height",
      kind: "means",
      patterns: [
        "ponte*",
        "viaduto*",
        "penhasco*",
        "(predio*|edificio*|torre*|telhado*|laje*) ~ (alto*|andares|metros)",
        "(mais alto|mais altos|mais alta) ~ (predio*|ponte*|edificio*)",
        "# (andares|metros)",
        "linha do trem",
        "(andar|andares|queda|pular|me jogar)",
      ],
    },
    {
      id: "means.poison",
      kind: "means",
      patterns: [
        "veneno*",
        "chumbinho",
        "(pesticida*|inseticida*|herbicida*|agrotoxico*)",
        "paraquat",
        "(mata rato|raticida)",
        "(cianeto|arsenico)",
        "(agua sanitaria|soda caustica)",
      ],
    },
    {
      id: "means.medication",
      kind: "means",
      patterns: ["(remedio*|comprimido*|pilula*|calmante*)", "(rivotril|clonazepam|paracetamol|dipirona|antidepressivo*|insulina)", "overdose"],
    },
    { id: "means.other", kind: "means", patterns: ["(arma|revolver|pistola|arma de fogo)", "corda", "carvao"] },
    {
      id: "lethal.question",
      kind: "lethal_query",
      patterns: [
        "dose (letal|fatal)",
        "quant* ~~ (pra morrer|para morrer|pra nao acordar|mata|matam|e fatal|e letal|overdose)",
        "(jeito|forma|maneira|metodo) [mais] (rapido|facil|indolor) de (morrer|me matar)",
        "suficiente pra (morrer|matar)",
      ],
    },
    { id: "lethal.hint", kind: "lethal_hint", patterns: ["(fatal|letal|mortal|morrer|me matar)", "sem dor", "sobreviver ~ queda", "(demais|muitos demais)"] },
    {
      id: "query.where_how",
      kind: "query",
      patterns: [
        "onde (compro|comprar|consigo|consegue|vende|vendem|acho|encontro|posso comprar)",
        "(qual|quais) (e|sao) ~ mais (alto|altos|alta)",
        "quant* (metros|andares)",
        "(mais de|acima de) # (andares|metros)",
        "quant* (comprimidos|remedios|pilulas) (posso|da pra)",
      ],
    },
    {
      id: "distress.life_event",
      kind: "distress",
      patterns: [
        "(perdi|perder) (o|meu) (emprego|trabalho|casa)",
        "(fui|fui) (demitid*|mandad* embora|despejad*)",
        "(ele|ela) me (largou|deixou|traiu)",
        "(terminou|terminamos) comigo",
        "divorci*",
        "(reprovei|bombei) ~ (prova|ano|vestibular|materia)",
        "dividas",
        "(sem esperança|inutil|um peso|um fracasso|nada da certo|nada dar certo)",
        "(ninguem liga|ninguem se importa|sozinh*)",
        "(nao aguento mais|nao aguento)",
        "(morreu|faleceu) (minha|meu) (mae|pai|filho|filha|esposa|marido)",
        "ja tentei de tudo",
      ],
    },
    {
      id: "asks.about_suicide",
      kind: "asks_risk",
      patterns: ["(pensando|pensou|pensa) em (suicidio|se matar|tirar sua vida|se machucar|morrer)", "(quer|voce quer) (morrer|se machucar)"],
    },
    // General clinical patterns (passive ideation, burden, quantities, methods × body parts).
    {
      id: "si.passive",
      kind: "suicidal_ideation",
      patterns: [
        "(ficaria|ficariam|seria|seriam|estaria|estariam|vai ficar|vao ficar|viveriam) (melhor|melhores|mais feliz|mais felizes|em paz) sem mim",
        "(sou|me sinto) (um peso|um fardo|um estorvo) ~~ (melhor|sumir|morrer|sem mim)",
        "(ninguem|ninguém) (ia|iria|vai) (notar|perceber|sentir falta) ~~ se eu ~ (morresse|sumisse|nao estivesse|desaparecesse)",
        "(dormir|durmir|apagar) e (nunca mais|nao|não|nao mais) acordar",
        "(nunca mais|nao quero mais|não quero mais) acordar",
        "(queria|quero|vontade de) (sumir|desaparecer) (pra sempre|para sempre|de vez|desse mundo|do mundo)",
        "(quero|queria) que (tudo|isso|a dor|minha vida) (acabe|acabasse|termine|terminasse) [de vez|pra sempre|para sempre]",
      ],
    },
    {
      id: "lethal.amount",
      kind: "lethal_query",
      patterns: [
        "quant* ~~ (pra|para) (nao|não|nunca mais) acordar",
        "quant* ~~ (precisa|preciso|tem que|e preciso) ~~ (pra|para) (morrer|nao acordar|me matar|acabar com tudo)",
        "(e|é|seria|sao|são|basta|bastam) ~ suficiente* (pra|para) (morrer|nao acordar|me matar|acabar)",
      ],
    },
    {
      id: "sh.method_body",
      kind: "self_harm",
      patterns: [
        "(me corto|me cortando|me cortei|me cortar) ~ (no|na|nos|nas|os|as|meus|minhas) (braço|braços|pulso|pulsos|pernas|coxa|coxas)",
        "(me queimo|me queimando|me queimei) ~~ (com|com o|com a|com um) (isqueiro|cigarro|lamina)",
      ],
    },
    // Condition concept rules (delusion, voices, mania, compulsion), tuned on the conditions dev split.
    {
      id: "delusion.concept",
      kind: "delusion",
      patterns: [
        "(colocaram|instalaram|botaram|puseram) (escutas|cameras|camera|grampo|chip|microfone*) ~~ (meu|minha|mim|casa|apartamento|quarto)",
        "(sabem|ouvem|escutam|leem|roubam) (tudo que eu penso|tudo o que eu penso|meus pensamentos|o que eu penso)",
        "(fui|eu fui) (escolhido|escolhida) (por deus|pra|para) ~~ (missao|salvar)",
        "(so eu|somente eu) (posso|consigo) salvar",
        "(missao especial|missao divina)",
      ],
    },
    {
      id: "hallucination.concept",
      kind: "hallucination",
      patterns: [
        "(uma voz|vozes|a voz) ~ (me dizendo|me mandando|mandando eu|me manda|me mandam|me xingando|me xinga)",
        "(uma voz|vozes|a voz) ~~ (ninguem mais) ~ (ouve|escuta)",
      ],
    },
    {
      id: "mania.concept",
      kind: "mania",
      patterns: [
        "(sem dormir|nao durmo|nao dormi|nao preciso dormir) ~~ (largar|pedir demissao|gastar|investir|colocar todo|colocar tudo|vender|apostar)",
        "(cheio|cheia) de energia ~~ (largar|pedir demissao|gastar|investir|vender|apostar)",
      ],
    },
    {
      id: "compulsion.concept",
      kind: "compulsion",
      patterns: [
        "(checar|conferir|verificar) ~ (porta|fogao|gas|fechadura) ~~ (vezes|senao)",
        "(preciso|tenho que) ~ (checar|conferir|verificar|lavar|contar|tocar) ~~ (vezes|senao|se nao)",
      ],
    },
  ],
};
