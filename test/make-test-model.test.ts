import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getLlama, LlamaLogLevel, readGgufFileInfo, type Llama, type LlamaModel } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestModel } from "../scripts/make-test-model.ts";
import { buildDemoModel, DEMO_SHAPE } from "../src/gguf/demo-model.ts";
import { buildDemoVocab, TokenType } from "../src/gguf/demo-vocab.ts";
import { encodeGguf, gguf, toHalf, writeGgufFile } from "../src/gguf/writer.ts";

let dir: string;
let modelPath: string;
let adapterPath: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "glocal-test-model-"));
  ({ modelPath, adapterPath } = await makeTestModel({ outDir: dir, seed: 7 }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("GGUF writer", () => {
  it("writes every metadata type so that node-llama-cpp reads the same values back", async () => {
    const file = path.join(dir, "types.gguf");
    await writeFile(
      file,
      encodeGguf({
        metadata: {
          "general.architecture": gguf.str("llama"),
          "t.u8": { type: "uint8", value: 250 },
          "t.i8": { type: "int8", value: -7 },
          "t.u16": { type: "uint16", value: 65000 },
          "t.i16": { type: "int16", value: -32000 },
          "t.u32": gguf.u32(4_000_000_000),
          "t.i32": gguf.i32(-2_000_000_000),
          "t.f32": gguf.f32(0.5),
          "t.f64": { type: "float64", value: Math.PI },
          "t.u64": { type: "uint64", value: 2n ** 40n },
          "t.i64": { type: "int64", value: -(2n ** 40n) },
          "t.bool": gguf.bool(true),
          "t.str": gguf.str("요즘 너무 지쳐요 🙂"),
          "t.strs": gguf.strings(["a", "مرحبا", ""]),
          "t.f32s": gguf.f32s([1.5, -2.25]),
          "t.i32s": gguf.i32s([3, -4]),
        },
        tensors: [{ name: "w", dims: [3, 2], data: Float32Array.from([1, 2, 3, 4, 5, 6]) }],
      }),
    );
    const info = await readGgufFileInfo(file, { logWarnings: false });
    const t = (info.metadata as unknown as { t: Record<string, unknown> }).t;
    expect(info.version).toBe(3);
    expect(t).toEqual({
      u8: 250,
      i8: -7,
      u16: 65000,
      i16: -32000,
      u32: 4_000_000_000,
      i32: -2_000_000_000,
      f32: 0.5,
      f64: Math.PI,
      u64: 2n ** 40n,
      i64: -(2n ** 40n),
      bool: true,
      str: "요즘 너무 지쳐요 🙂",
      strs: ["a", "مرحبا", ""],
      f32s: [1.5, -2.25],
      i32s: [3, -4],
    });
    expect(info.tensorInfo?.map((x) => ({ name: x.name, dims: x.dimensions.map(Number) }))).toEqual([{ name: "w", dims: [3, 2] }]);
    // The data section starts aligned and holds the floats as written.
    const bytes = await readFile(file);
    expect(info.infoEndOffset! % 32).toBe(0);
    const floats = new Float32Array(bytes.buffer.slice(bytes.byteOffset + info.infoEndOffset!, bytes.byteOffset + info.infoEndOffset! + 24));
    expect([...floats]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("rejects tensors whose dims do not match their data, and duplicate names", () => {
    const metadata = { "general.architecture": gguf.str("llama") };
    expect(() => encodeGguf({ metadata, tensors: [{ name: "w", dims: [4], data: new Float32Array(3) }] })).toThrow(/dims hold 4 elements but data has 3/);
    const w = { name: "w", dims: [1], data: new Float32Array(1) };
    expect(() => encodeGguf({ metadata, tensors: [w, w] })).toThrow(/duplicate tensor name w/);
  });
});

describe("GGUF writer: F16 and Q8_0 tensors", () => {
  it("converts floats to IEEE half, rounding to nearest even", () => {
    expect([1, -2, 0.5, 65504, 0, 1e-8, 70000].map(toHalf)).toEqual([0x3c00, 0xc000, 0x3800, 0x7bff, 0, 0, 0x7c00]);
    expect(toHalf(2 ** -24)).toBe(1); // the smallest subnormal
  });

  it("stores Q8_0 as blocks of an F16 scale and 32 signed bytes, and streams the same bytes it encodes", async () => {
    const values = Float32Array.from({ length: 64 }, (_, i) => (i - 20) / 10);
    const file = {
      metadata: { "general.architecture": gguf.str("llama") },
      tensors: [
        { name: "q", dims: [32, 2], data: values, type: "q8_0" as const },
        { name: "h", dims: [2], data: Float32Array.from([1, -2]), type: "f16" as const },
      ],
    };
    const encoded = encodeGguf(file);
    const streamed = path.join(dir, "q8.gguf");
    await writeGgufFile(streamed, { metadata: file.metadata, tensors: file.tensors.map((t) => ({ ...t, data: () => t.data })) });
    expect((await readFile(streamed)).equals(encoded)).toBe(true);

    const info = await readGgufFileInfo(streamed, { logWarnings: false });
    expect(info.tensorInfo?.map((t) => [t.name, t.ggmlType])).toEqual([
      ["q", 8],
      ["h", 1],
    ]);
    const data = encoded.subarray(info.infoEndOffset!);
    // First block: values -2.0 … 1.1, max |x| = 2, so the scale is 2/127 and -2 is stored as -127.
    expect(data.readUInt16LE(0)).toBe(toHalf(2 / 127));
    expect(data.readInt8(2)).toBe(-127);
    expect(data.readInt8(2 + 20)).toBe(0);
    // Second block: 1.2 … 4.3, scale 4.3/127.
    expect(data.readUInt16LE(34)).toBe(toHalf(4.3 / 127));
    expect(data.readInt8(34 + 2 + 31)).toBe(127);
    expect(() => encodeGguf({ metadata: file.metadata, tensors: [{ name: "bad", dims: [30], data: new Float32Array(30), type: "q8_0" }] })).toThrow(
      /divisible by 32/,
    );
  });
});

describe("generated test model", () => {
  it("is deterministic in the seed", () => {
    const a = buildDemoModel(7);
    const b = buildDemoModel(7);
    const c = buildDemoModel(8);
    expect(a.model.equals(b.model)).toBe(true);
    expect(a.adapter.equals(b.adapter)).toBe(true);
    expect(a.model.equals(c.model)).toBe(false);
    expect(a.adapter.equals(c.adapter)).toBe(false);
    // Only the weights differ: the header (metadata and tensor infos) is seed-independent.
    expect(a.model.length).toBe(c.model.length);
  });

  it("writes what makeTestModel returns, byte for byte", async () => {
    const built = buildDemoModel(7);
    expect((await readFile(modelPath)).equals(built.model)).toBe(true);
    expect((await readFile(adapterPath)).equals(built.adapter)).toBe(true);
  });

  it("carries the llama metadata, vocab and chat template llama.cpp needs", async () => {
    const info = await readGgufFileInfo(modelPath, { logWarnings: false });
    const md = info.metadata;
    expect(info.version).toBe(3);
    expect(md.general.architecture).toBe("llama");
    const llama = info.architectureMetadata;
    expect(llama.feed_forward_length).toBe(DEMO_SHAPE.feedForward);
    expect(llama.attention?.head_count).toBe(DEMO_SHAPE.heads);
    expect(llama.embedding_length).toBe(DEMO_SHAPE.embedding);
    expect(llama.block_count).toBe(DEMO_SHAPE.layers);
    expect(llama.context_length).toBe(DEMO_SHAPE.contextLength);

    const tokenizer = md.tokenizer;
    expect(tokenizer.ggml.model).toBe("llama");
    const tokens = tokenizer.ggml.tokens as string[];
    const types = tokenizer.ggml.token_type as number[];
    expect(tokens).toHaveLength(types.length);
    // All 256 byte tokens, typed BYTE (6), so any UTF-8 falls back to them.
    const byteTokens = tokens.filter((t, i) => /^<0x[0-9A-F]{2}>$/.test(t) && types[i] === 6);
    expect(byteTokens).toHaveLength(256);
    expect(tokenizer.chat_template).toContain("<|im_start|>");
    expect(tokens).toContain("<|im_start|>");
    expect(tokens[tokenizer.ggml.eot_token_id as number]).toBe("<|im_end|>");

    const embd = info.tensorInfo!.find((t) => t.name === "token_embd.weight")!;
    expect(embd.dimensions.map(Number)).toEqual([DEMO_SHAPE.embedding, tokens.length]);
  });

  it("has a LoRA adapter in llama.cpp's convention whose pairs fit the base tensors", async () => {
    const base = await readGgufFileInfo(modelPath, { logWarnings: false });
    const lora = await readGgufFileInfo(adapterPath, { logWarnings: false });
    const md = lora.metadata as unknown as {
      general: { type: string; architecture: string };
      adapter: { type: string; lora: { alpha: number } };
    };
    expect(md.general.type).toBe("adapter");
    expect(md.general.architecture).toBe("llama");
    expect(md.adapter.type).toBe("lora");
    expect(md.adapter.lora.alpha).toBe(DEMO_SHAPE.loraAlpha);

    const baseDims = new Map(base.tensorInfo!.map((t) => [t.name, t.dimensions.map(Number)]));
    const loraDims = new Map(lora.tensorInfo!.map((t) => [t.name, t.dimensions.map(Number)]));
    const targets = [...loraDims.keys()].filter((n) => n.endsWith(".lora_a")).map((n) => n.slice(0, -".lora_a".length));
    expect(targets.length).toBeGreaterThan(0);
    expect(loraDims.size).toBe(targets.length * 2);
    for (const target of targets) {
      const [inputs, outputs] = baseDims.get(target)!;
      expect(loraDims.get(`${target}.lora_a`)).toEqual([inputs, DEMO_SHAPE.loraRank]);
      expect(loraDims.get(`${target}.lora_b`)).toEqual([DEMO_SHAPE.loraRank, outputs]);
    }
  });

  describe("tokenizer (real llama.cpp)", () => {
    let llama: Llama;
    let model: LlamaModel;

    beforeAll(async () => {
      llama = await getLlama({ gpu: false, build: "never", logLevel: LlamaLogLevel.error });
      model = await llama.loadModel({ modelPath, vocabOnly: true });
    });

    afterAll(async () => {
      await model?.dispose();
      await llama?.dispose();
    });

    it.each([
      ["Korean", "요즘 너무 지쳐요"],
      ["Arabic", "أشعر بالتعب الشديد هذه الأيام"],
      ["emoji", "😔💙 🫂"],
      ["Devanagari", "मैं बहुत थका हुआ हूँ"],
      ["mixed with newlines", "I can't sleep.\n잠을 못 자요\tمرحبا!"],
      ["English", "hello, how are you today?"],
    ])("round-trips %s text through tokenize and detokenize", (_label, text) => {
      const tokens = model.tokenize(text);
      expect(tokens.length).toBeGreaterThan(0);
      expect(model.detokenize(tokens)).toBe(text);
    });

    it("falls back to byte tokens for scripts it has no pieces for, and merges words it knows", () => {
      const { types } = buildDemoVocab();
      const korean = "지쳐요";
      const byteTokens = model.tokenize(korean).filter((id) => types[id] === TokenType.byte);
      expect(byteTokens).toHaveLength(Buffer.byteLength(korean, "utf8"));
      expect(model.tokenize("hello").length).toBeLessThan("hello".length);
    });
  });
});
