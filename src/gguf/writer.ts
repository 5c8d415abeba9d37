/**
 * A small GGUF (version 3) writer: header, metadata key/values, tensor infos, then the tensor data
 * aligned to `general.alignment` (32 bytes by default). Little-endian throughout, as llama.cpp reads it.
 *
 * It writes what the project needs (the generated demo model, its LoRA adapter and the benchmark's
 * realistic-shape model): typed scalar, string and array metadata, and F32, F16 or Q8_0 tensors.
 * `encodeGguf` builds a file in memory; `writeGgufFile` streams one to disk a tensor at a time, for
 * models too large to hold twice.
 */
import { open } from "node:fs/promises";

const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;

/** GGUF metadata value type ids (gguf.h `enum gguf_type`). */
const valueTypeIds = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;

type NumberType = "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "float32" | "float64";
type BigIntType = "uint64" | "int64";
export type GgufScalarType = NumberType | BigIntType | "bool" | "string";

export type GgufValue =
  | { type: NumberType; value: number }
  | { type: BigIntType; value: bigint }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "array"; itemType: NumberType; value: readonly number[] }
  | { type: "array"; itemType: "string"; value: readonly string[] }
  | { type: "array"; itemType: "bool"; value: readonly boolean[] };

/** Constructors that keep metadata declarations short and their wire types explicit. */
export const gguf = {
  u32: (value: number): GgufValue => ({ type: "uint32", value }),
  i32: (value: number): GgufValue => ({ type: "int32", value }),
  f32: (value: number): GgufValue => ({ type: "float32", value }),
  bool: (value: boolean): GgufValue => ({ type: "bool", value }),
  str: (value: string): GgufValue => ({ type: "string", value }),
  strings: (value: readonly string[]): GgufValue => ({ type: "array", itemType: "string", value }),
  f32s: (value: readonly number[]): GgufValue => ({ type: "array", itemType: "float32", value }),
  i32s: (value: readonly number[]): GgufValue => ({ type: "array", itemType: "int32", value }),
};

/** ggml tensor type ids (ggml.h `enum ggml_type`). */
const GGML_TYPE_IDS = { f32: 0, f16: 1, q8_0: 8 } as const;
export type GgufTensorType = keyof typeof GGML_TYPE_IDS;

/** Q8_0: blocks of 32 weights, each an F16 scale and 32 signed bytes (ggml-common.h `block_q8_0`). */
const Q8_0_BLOCK = 32;
const Q8_0_BLOCK_BYTES = 2 + Q8_0_BLOCK;

export interface GgufTensor {
  name: string;
  /** Shape in ggml order: `dims[0]` is the fastest-varying (row length), as llama.cpp's `ne`. */
  dims: readonly number[];
  data: Float32Array;
  /** Stored type; the data is converted on write. Default F32. Q8_0 needs `dims[0]` divisible by 32. */
  type?: GgufTensorType;
}

/** A tensor whose data is made only when it is written (see writeGgufFile). */
export interface LazyGgufTensor extends Omit<GgufTensor, "data"> {
  data: () => Float32Array;
}

export interface GgufFile {
  /** Written in insertion order. `general.alignment`, when present, must be a uint32. */
  metadata: Record<string, GgufValue>;
  tensors: readonly GgufTensor[];
}

/** Appends little-endian values to a growing byte buffer. */
class ByteSink {
  private buffer = Buffer.alloc(1 << 16);
  length = 0;

  private reserve(bytes: number): number {
    const at = this.length;
    if (at + bytes > this.buffer.length) {
      const grown = Buffer.alloc(Math.max(this.buffer.length * 2, at + bytes));
      this.buffer.copy(grown, 0, 0, at);
      this.buffer = grown;
    }
    this.length += bytes;
    return at;
  }

  // `reserve` first: it may replace the buffer, so `this.buffer` must be read after it.
  u8(v: number) {
    const at = this.reserve(1);
    this.buffer.writeUInt8(v, at);
  }
  i8(v: number) {
    const at = this.reserve(1);
    this.buffer.writeInt8(v, at);
  }
  u16(v: number) {
    const at = this.reserve(2);
    this.buffer.writeUInt16LE(v, at);
  }
  i16(v: number) {
    const at = this.reserve(2);
    this.buffer.writeInt16LE(v, at);
  }
  u32(v: number) {
    const at = this.reserve(4);
    this.buffer.writeUInt32LE(v, at);
  }
  i32(v: number) {
    const at = this.reserve(4);
    this.buffer.writeInt32LE(v, at);
  }
  f32(v: number) {
    const at = this.reserve(4);
    this.buffer.writeFloatLE(v, at);
  }
  f64(v: number) {
    const at = this.reserve(8);
    this.buffer.writeDoubleLE(v, at);
  }
  u64(v: bigint | number) {
    const at = this.reserve(8);
    this.buffer.writeBigUInt64LE(BigInt(v), at);
  }
  i64(v: bigint) {
    const at = this.reserve(8);
    this.buffer.writeBigInt64LE(v, at);
  }

  bytes(data: Uint8Array) {
    const at = this.reserve(data.byteLength);
    this.buffer.set(data, at);
  }

  /** GGUF string: uint64 byte length, then UTF-8 bytes without a terminator. */
  string(s: string) {
    const encoded = Buffer.from(s, "utf8");
    this.u64(encoded.byteLength);
    this.bytes(encoded);
  }

  padTo(alignment: number) {
    const pad = (alignment - (this.length % alignment)) % alignment;
    this.reserve(pad); // Buffer.alloc zero-fills, so the padding is zeros
  }

  toBuffer(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

function writeScalar(sink: ByteSink, type: GgufScalarType, value: number | bigint | boolean | string) {
  switch (type) {
    case "uint8":
      return sink.u8(value as number);
    case "int8":
      return sink.i8(value as number);
    case "uint16":
      return sink.u16(value as number);
    case "int16":
      return sink.i16(value as number);
    case "uint32":
      return sink.u32(value as number);
    case "int32":
      return sink.i32(value as number);
    case "float32":
      return sink.f32(value as number);
    case "float64":
      return sink.f64(value as number);
    case "uint64":
      return sink.u64(value as bigint);
    case "int64":
      return sink.i64(value as bigint);
    case "bool":
      return sink.u8(value ? 1 : 0);
    case "string":
      return sink.string(value as string);
  }
}

function writeValue(sink: ByteSink, v: GgufValue) {
  sink.u32(valueTypeIds[v.type]);
  if (v.type !== "array") return writeScalar(sink, v.type, v.value);
  sink.u32(valueTypeIds[v.itemType]);
  sink.u64(v.value.length);
  for (const item of v.value) writeScalar(sink, v.itemType, item);
}

function alignmentOf(metadata: Record<string, GgufValue>): number {
  const declared = metadata["general.alignment"];
  if (declared === undefined) return GGUF_DEFAULT_ALIGNMENT;
  if (declared.type !== "uint32" || declared.value <= 0 || declared.value % 8 !== 0) {
    throw new Error("general.alignment must be a uint32 multiple of 8");
  }
  return declared.value;
}

function elementsOf(t: Pick<GgufTensor, "name" | "dims" | "type">): number {
  if (t.dims.length < 1 || t.dims.length > 4 || t.dims.some((d) => !Number.isInteger(d) || d <= 0)) {
    throw new Error(`tensor ${t.name}: dims must be 1 to 4 positive integers`);
  }
  if (t.type === "q8_0" && t.dims[0]! % Q8_0_BLOCK !== 0) throw new Error(`tensor ${t.name}: Q8_0 needs a row length divisible by ${Q8_0_BLOCK}`);
  return t.dims.reduce((a, b) => a * b, 1);
}

function checkTensor(t: GgufTensor) {
  const elements = elementsOf(t);
  if (elements !== t.data.length) {
    throw new Error(`tensor ${t.name}: dims hold ${elements} elements but data has ${t.data.length}`);
  }
}

function byteSize(type: GgufTensorType, elements: number): number {
  switch (type) {
    case "f32":
      return elements * 4;
    case "f16":
      return elements * 2;
    case "q8_0":
      return (elements / Q8_0_BLOCK) * Q8_0_BLOCK_BYTES;
  }
}

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

/** IEEE 754 half from a float, rounding to nearest even (what ggml's own conversion does). */
export function toHalf(value: number): number {
  f32Scratch[0] = value;
  const x = u32Scratch[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  const mantissa = x & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    const m = mantissa | 0x800000;
    const shift = 14 - e;
    let half = m >>> shift;
    const rest = m & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && half & 1)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && half & 1)) half++;
  return sign | half;
}

/** The tensor's bytes in its stored type. */
function tensorBytes(t: GgufTensor): Uint8Array {
  const type = t.type ?? "f32";
  const data = t.data;
  // Float32Array is host-endian; every platform node-llama-cpp ships for is little-endian.
  if (type === "f32") return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (type === "f16") {
    const out = new Uint16Array(data.length);
    for (let i = 0; i < data.length; i++) out[i] = toHalf(data[i]!);
    return new Uint8Array(out.buffer);
  }
  const blocks = data.length / Q8_0_BLOCK;
  const out = new Uint8Array(blocks * Q8_0_BLOCK_BYTES);
  const quants = new Int8Array(out.buffer);
  const view = new DataView(out.buffer);
  for (let b = 0; b < blocks; b++) {
    const from = b * Q8_0_BLOCK;
    let max = 0;
    for (let i = 0; i < Q8_0_BLOCK; i++) max = Math.max(max, Math.abs(data[from + i]!));
    const scale = max / 127;
    const inverse = scale === 0 ? 0 : 1 / scale;
    const at = b * Q8_0_BLOCK_BYTES;
    view.setUint16(at, toHalf(scale), true);
    for (let i = 0; i < Q8_0_BLOCK; i++) quants[at + 2 + i] = Math.round(data[from + i]! * inverse);
  }
  return out;
}

/** Header, metadata and tensor infos, padded to the alignment: everything before the tensor data. */
function encodeHeader(metadata: Record<string, GgufValue>, tensors: ReadonlyArray<Pick<GgufTensor, "name" | "dims" | "type">>): Buffer {
  const alignment = alignmentOf(metadata);
  const names = new Set<string>();
  for (const t of tensors) {
    if (names.has(t.name)) throw new Error(`duplicate tensor name ${t.name}`);
    names.add(t.name);
  }
  const file = { metadata, tensors };
  const sink = new ByteSink();
  const entries = Object.entries(file.metadata);
  sink.u32(GGUF_MAGIC);
  sink.u32(GGUF_VERSION);
  sink.u64(file.tensors.length);
  sink.u64(entries.length);

  for (const [key, value] of entries) {
    sink.string(key);
    writeValue(sink, value);
  }

  // Tensor offsets are relative to the start of the data section and each one is aligned.
  let offset = 0;
  for (const t of file.tensors) {
    const type = t.type ?? "f32";
    sink.string(t.name);
    sink.u32(t.dims.length);
    for (const d of t.dims) sink.u64(d);
    sink.u32(GGML_TYPE_IDS[type]);
    sink.u64(offset);
    offset += byteSize(type, elementsOf(t));
    offset += (alignment - (offset % alignment)) % alignment;
  }

  sink.padTo(alignment);
  return sink.toBuffer();
}

const padding = (length: number, alignment: number) => (alignment - (length % alignment)) % alignment;

/** Encodes a complete GGUF v3 file. Deterministic: the same input gives the same bytes. */
export function encodeGguf(file: GgufFile): Buffer {
  for (const t of file.tensors) checkTensor(t);
  const alignment = alignmentOf(file.metadata);
  const parts: Uint8Array[] = [encodeHeader(file.metadata, file.tensors)];
  for (const t of file.tensors) {
    const bytes = tensorBytes(t);
    parts.push(bytes, Buffer.alloc(padding(bytes.byteLength, alignment)));
  }
  return Buffer.concat(parts);
}

/**
 * Streams a GGUF v3 file to `filePath`: the header first, then each tensor's data, made, converted,
 * written and dropped one at a time. Same bytes as encodeGguf for the same input.
 */
export async function writeGgufFile(filePath: string, file: { metadata: Record<string, GgufValue>; tensors: readonly LazyGgufTensor[] }): Promise<void> {
  const alignment = alignmentOf(file.metadata);
  for (const t of file.tensors) elementsOf(t);
  const handle = await open(filePath, "w");
  try {
    await handle.write(encodeHeader(file.metadata, file.tensors));
    for (const t of file.tensors) {
      const tensor = { ...t, data: t.data() };
      checkTensor(tensor);
      const bytes = tensorBytes(tensor);
      await handle.write(bytes);
      await handle.write(Buffer.alloc(padding(bytes.byteLength, alignment)));
    }
  } finally {
    await handle.close();
  }
}
