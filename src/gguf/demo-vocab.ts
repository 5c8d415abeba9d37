/**
 * The demo model's SentencePiece-style ("llama") vocabulary. Any text round-trips: pieces cover
 * ASCII and a few common words, and every other character falls back to the 256 byte tokens
 * <0x00>..<0xFF>, so Korean, Arabic or emoji tokenize as their UTF-8 bytes.
 */

/** llama.cpp `llama_token_type`: the values stored in tokenizer.ggml.token_type. */
export const TokenType = {
  normal: 1,
  unknown: 2,
  control: 3,
  byte: 6,
} as const;

/** SentencePiece marks a word-initial space with U+2581 ("▁"). */
const SPACE = "\u2581";

export const CHATML_START = "<|im_start|>";
export const CHATML_END = "<|im_end|>";

/** ChatML, the template most small chat models ship; node-llama-cpp recognises it. */
export const DEMO_CHAT_TEMPLATE =
  "{% for message in messages %}" +
  "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}" +
  "{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/**
 * Common English words (with every prefix, so SPM's pairwise merges can reach them): English
 * system prompts then take about half as many tokens as characters, which keeps the gateway's
 * prompts short on this model. Other scripts fall back to bytes.
 */
const WORDS = (
  "the and you are how feel today help here with that this not alone talk about what happened " +
  "tired sleep friend family okay sorry hear thank can will have been hello user assistant system " +
  "for your they their them what when where which who why would could should there these those " +
  "from into over under after before because while about other some any each every more most " +
  "only also just than then very much many such even still never always often person people " +
  "answer answers language culture respond response safety safe risk crisis emergency harm " +
  "support care kind calm listen listening understand feelings feeling mental health doctor " +
  "therapist professional local country number call contact service services name names " +
  "write written writing say said ask asks asked use using first turn message messages do does " +
  "don't is was were be being it its if or as at by on in of to an a we our us me my i"
).split(" ");

export interface DemoVocab {
  tokens: string[];
  scores: number[];
  types: number[];
  unk: number;
  bos: number;
  eos: number;
  /** End of a chat turn (ChatML `<|im_end|>`): generation stops here. */
  eot: number;
}

export function buildDemoVocab(): DemoVocab {
  const tokens: string[] = [];
  const types: number[] = [];
  const seen = new Set<string>();
  const add = (piece: string, type: number) => {
    if (seen.has(piece)) return;
    seen.add(piece);
    tokens.push(piece);
    types.push(type);
  };

  add("<unk>", TokenType.unknown);
  add("<s>", TokenType.control);
  add("</s>", TokenType.control);
  for (let b = 0; b < 256; b++) {
    add(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`, TokenType.byte);
  }
  add(CHATML_START, TokenType.control);
  add(CHATML_END, TokenType.control);

  add(SPACE, TokenType.normal);
  for (let c = 0x21; c < 0x7f; c++) add(String.fromCharCode(c), TokenType.normal);
  for (const word of WORDS) {
    for (let end = 1; end <= word.length; end++) {
      add(SPACE + word.slice(0, end), TokenType.normal);
      if (end >= 2) add(word.slice(0, end), TokenType.normal);
    }
  }

  // SPM merges the adjacent pair whose merged piece scores highest: prefer longer pieces.
  const scores = tokens.map((piece, id) => (types[id] === TokenType.normal ? [...piece].length - id / 1e4 : 0));

  return {
    tokens,
    scores,
    types,
    unk: tokens.indexOf("<unk>"),
    bos: tokens.indexOf("<s>"),
    eos: tokens.indexOf("</s>"),
    eot: tokens.indexOf(CHATML_END),
  };
}
