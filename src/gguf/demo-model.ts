/**
 * The generated demo model: a tiny llama-architecture GGUF with random weights and a matching LoRA
 * adapter, both written from nothing and deterministic in the seed. Its text is gibberish; it
 * exists so tests and the offline demo run the real llama.cpp path without downloading anything.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { encodeGguf, gguf, GGUF_DEFAULT_ALIGNMENT, type GgufTensor, type GgufValue } from "./writer.ts";
import { buildDemoVocab, DEMO_CHAT_TEMPLATE, TokenType, type DemoVocab } from "./demo-vocab.ts";

export const DEMO_MODEL_FILE = "glocal-demo.gguf";
export const DEMO_ADAPTER_FILE = "glocal-demo-lora.gguf";
export const DEMO_DEFAULT_SEED = 42;

export interface DemoShape {
  layers: number;
  embedding: number;
  heads: number;
  headsKv: number;
  feedForward: number;
  contextLength: number;
  loraRank: number;
  loraAlpha: number;
}

/**
 * Shape of the demo network. head_dim = embedding / heads = 16. The long context is cheap here
 * (the KV cache is 4 MiB per 8k tokens) and needed: with this small vocab a gateway system prompt
 * of ~3.7 kB is ~3k tokens.
 */
export const DEMO_SHAPE: Readonly<DemoShape> = {
  layers: 2,
  embedding: 64,
  heads: 4,
  headsKv: 4,
  feedForward: 128,
  contextLength: 16384,
  loraRank: 4,
  loraAlpha: 8,
};

/** Per-layer linear weights the adapter touches (plus `output.weight`, for a direct effect on logits). */
const LORA_TARGETS = ["attn_q", "attn_v", "ffn_down"] as const;

/** mulberry32: a tiny, well-mixed 32-bit PRNG, so the bytes depend on the seed alone. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform noise with the given standard deviation. */
function randomTensor(random: () => number, name: string, dims: number[], std: number): GgufTensor {
  const data = new Float32Array(dims.reduce((a, b) => a * b, 1));
  const halfWidth = std * Math.sqrt(3);
  for (let i = 0; i < data.length; i++) data[i] = (random() * 2 - 1) * halfWidth;
  return { name, dims, data };
}

function onesTensor(name: string, length: number): GgufTensor {
  return { name, dims: [length], data: new Float32Array(length).fill(1) };
}

function baseMetadata(s: DemoShape, vocabSize: number): Record<string, GgufValue> {
  return {
    "general.architecture": gguf.str("llama"),
    "general.type": gguf.str("model"),
    "general.name": gguf.str("glocal demo (random weights)"),
    "general.description": gguf.str("Generated test model with random weights: its text is gibberish."),
    "general.file_type": gguf.u32(0), // all F32
    "general.alignment": gguf.u32(GGUF_DEFAULT_ALIGNMENT),
    "llama.vocab_size": gguf.u32(vocabSize),
    "llama.context_length": gguf.u32(s.contextLength),
    "llama.embedding_length": gguf.u32(s.embedding),
    "llama.block_count": gguf.u32(s.layers),
    // llama.cpp aborts the whole process (not a thrown error) without these two.
    "llama.feed_forward_length": gguf.u32(s.feedForward),
    "llama.attention.head_count": gguf.u32(s.heads),
    "llama.attention.head_count_kv": gguf.u32(s.headsKv),
    "llama.attention.layer_norm_rms_epsilon": gguf.f32(1e-5),
    "llama.rope.dimension_count": gguf.u32(s.embedding / s.heads),
    "llama.rope.freq_base": gguf.f32(10000),
  };
}

function tokenizerMetadata(vocab: DemoVocab): Record<string, GgufValue> {
  return {
    "tokenizer.ggml.model": gguf.str("llama"),
    "tokenizer.ggml.tokens": gguf.strings(vocab.tokens),
    "tokenizer.ggml.scores": gguf.f32s(vocab.scores),
    "tokenizer.ggml.token_type": gguf.i32s(vocab.types),
    "tokenizer.ggml.unknown_token_id": gguf.u32(vocab.unk),
    "tokenizer.ggml.bos_token_id": gguf.u32(vocab.bos),
    "tokenizer.ggml.eos_token_id": gguf.u32(vocab.eos),
    "tokenizer.ggml.eot_token_id": gguf.u32(vocab.eot),
    "tokenizer.ggml.add_bos_token": gguf.bool(true),
    "tokenizer.ggml.add_eos_token": gguf.bool(false),
    "tokenizer.chat_template": gguf.str(DEMO_CHAT_TEMPLATE),
  };
}

/**
 * Random weights would emit random bytes (broken UTF-8, control characters) and never stop. Two
 * fixed embedding dimensions make the gibberish readable and the answers end: the residual stream
 * carries them to the output, where each token's weight on them acts as a bias.
 * - Dimension 0 is a constant: it raises word pieces, lowers raw bytes and control tokens.
 * - Dimension 1 is set only on sentence ends (. ! ?), which are favoured a little; after one,
 *   `<|im_end|>` wins. So answers end after a sentence or a few, greedy ones included.
 */
const BIAS_DIMENSION_VALUE = 4;
const SENTENCE_ENDS = new Set([".", "!", "?"]);
const OUTPUT_BIAS = { word: 0.5, sentenceEnd: 0.75, byte: -0.5, control: -2, endOfTurn: 0.8, endAfterSentence: 1 } as const;

function tokenBias(vocab: DemoVocab, id: number): number {
  if (id === vocab.eot) return OUTPUT_BIAS.endOfTurn;
  if (SENTENCE_ENDS.has(vocab.tokens[id]!)) return OUTPUT_BIAS.sentenceEnd;
  switch (vocab.types[id]) {
    case TokenType.normal:
      return OUTPUT_BIAS.word;
    case TokenType.byte:
      return OUTPUT_BIAS.byte;
    default:
      return OUTPUT_BIAS.control;
  }
}

function modelTensors(s: DemoShape, random: () => number, vocab: DemoVocab): GgufTensor[] {
  const vocabSize = vocab.tokens.length;
  const headDim = s.embedding / s.heads;
  const kvWidth = headDim * s.headsKv;
  const std = 0.02;

  const embeddings = randomTensor(random, "token_embd.weight", [s.embedding, vocabSize], 1);
  const output = randomTensor(random, "output.weight", [s.embedding, vocabSize], 0.1);
  for (let id = 0; id < vocabSize; id++) {
    const row = id * s.embedding;
    embeddings.data[row] = BIAS_DIMENSION_VALUE;
    embeddings.data[row + 1] = SENTENCE_ENDS.has(vocab.tokens[id]!) ? BIAS_DIMENSION_VALUE : 0;
    output.data[row] = tokenBias(vocab, id);
  }
  output.data[vocab.eot * s.embedding + 1] = OUTPUT_BIAS.endAfterSentence;

  // Dims are in ggml order (input width first), the shapes llama.cpp's llama loader expects.
  const tensors: GgufTensor[] = [embeddings, onesTensor("output_norm.weight", s.embedding), output];
  for (let layer = 0; layer < s.layers; layer++) {
    const blk = `blk.${layer}`;
    tensors.push(
      onesTensor(`${blk}.attn_norm.weight`, s.embedding),
      randomTensor(random, `${blk}.attn_q.weight`, [s.embedding, s.embedding], std),
      randomTensor(random, `${blk}.attn_k.weight`, [s.embedding, kvWidth], std),
      randomTensor(random, `${blk}.attn_v.weight`, [s.embedding, kvWidth], std),
      randomTensor(random, `${blk}.attn_output.weight`, [s.embedding, s.embedding], std),
      onesTensor(`${blk}.ffn_norm.weight`, s.embedding),
      randomTensor(random, `${blk}.ffn_gate.weight`, [s.embedding, s.feedForward], std),
      randomTensor(random, `${blk}.ffn_down.weight`, [s.feedForward, s.embedding], std),
      randomTensor(random, `${blk}.ffn_up.weight`, [s.embedding, s.feedForward], std),
    );
  }
  return tensors;
}

/** Input and output widths of each base tensor the adapter targets, in ggml order. */
function loraTargetShapes(s: DemoShape, vocabSize: number): Array<{ name: string; inputs: number; outputs: number }> {
  const headDim = s.embedding / s.heads;
  const widths: Record<(typeof LORA_TARGETS)[number], [number, number]> = {
    attn_q: [s.embedding, s.embedding],
    attn_v: [s.embedding, headDim * s.headsKv],
    ffn_down: [s.feedForward, s.embedding],
  };
  const shapes = [{ name: "output.weight", inputs: s.embedding, outputs: vocabSize }];
  for (let layer = 0; layer < s.layers; layer++) {
    for (const target of LORA_TARGETS) {
      const [inputs, outputs] = widths[target];
      shapes.push({ name: `blk.${layer}.${target}.weight`, inputs, outputs });
    }
  }
  return shapes;
}

/**
 * llama.cpp's adapter convention (src/llama-adapter.cpp): general.type "adapter", adapter.type
 * "lora", adapter.lora.alpha, and for a base weight of ne [inputs, outputs] a pair
 * `<name>.lora_a` of ne [inputs, rank] and `<name>.lora_b` of ne [rank, outputs].
 */
function adapterFile(s: DemoShape, random: () => number, vocabSize: number) {
  const metadata: Record<string, GgufValue> = {
    "general.architecture": gguf.str("llama"),
    "general.type": gguf.str("adapter"),
    "general.name": gguf.str("glocal demo LoRA (random weights)"),
    "general.alignment": gguf.u32(GGUF_DEFAULT_ALIGNMENT),
    "adapter.type": gguf.str("lora"),
    "adapter.lora.alpha": gguf.f32(s.loraAlpha),
  };
  const tensors: GgufTensor[] = [];
  for (const { name, inputs, outputs } of loraTargetShapes(s, vocabSize)) {
    // Both halves non-zero (a trained adapter's would be), so the adapter visibly changes output.
    tensors.push(randomTensor(random, `${name}.lora_a`, [inputs, s.loraRank], 0.1), randomTensor(random, `${name}.lora_b`, [s.loraRank, outputs], 0.1));
  }
  return { metadata, tensors };
}

export interface DemoModelBytes {
  model: Buffer;
  adapter: Buffer;
}

/**
 * Builds both files in memory. Same seed (and shape), same bytes. A larger `shape` gives a
 * heavier random model for measurements; the demo and the tests use DEMO_SHAPE.
 */
export function buildDemoModel(seed: number = DEMO_DEFAULT_SEED, shape: DemoShape = DEMO_SHAPE): DemoModelBytes {
  const random = seededRandom(seed);
  const vocab = buildDemoVocab();
  const model = encodeGguf({
    metadata: { ...baseMetadata(shape, vocab.tokens.length), ...tokenizerMetadata(vocab) },
    tensors: modelTensors(shape, random, vocab),
  });
  const adapter = encodeGguf(adapterFile(shape, random, vocab.tokens.length));
  return { model, adapter };
}

export interface MakeTestModelOptions {
  outDir: string;
  seed?: number;
  /** Network shape; DEMO_SHAPE when absent. */
  shape?: DemoShape;
}

/** Writes `glocal-demo.gguf` and `glocal-demo-lora.gguf` into `outDir` and returns their paths. */
export async function makeTestModel(options: MakeTestModelOptions): Promise<{ modelPath: string; adapterPath: string }> {
  const { model, adapter } = buildDemoModel(options.seed ?? DEMO_DEFAULT_SEED, options.shape);
  await mkdir(options.outDir, { recursive: true });
  const modelPath = path.join(options.outDir, DEMO_MODEL_FILE);
  const adapterPath = path.join(options.outDir, DEMO_ADAPTER_FILE);
  await Promise.all([writeFile(modelPath, model), writeFile(adapterPath, adapter)]);
  return { modelPath, adapterPath };
}
