/**
 * A small GGUF (version 3) writer: header, metadata key/values, tensor infos, then the tensor data
 * aligned to `general.alignment` (32 bytes by default). Little-endian throughout, as llama.cpp reads it.
 *
 * It writes what the project needs (the generated demo model and its LoRA adapter): typed scalar,
 * string and array metadata, and F32 tensors. Quantised tensor types are out of scope.
 */

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
const GGML_TYPE_F32 = 0;

export interface GgufTensor {
  name: string;
  /** Shape in ggml order: `dims[0]` is the fastest-varying (row length), as llama.cpp's `ne`. */
  dims: readonly number[];
  data: Float32Array;
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

  u8(v: number) { this.buffer.writeUInt8(v, this.reserve(1)); }
  i8(v: number) { this.buffer.writeInt8(v, this.reserve(1)); }
  u16(v: number) { this.buffer.writeUInt16LE(v, this.reserve(2)); }
  i16(v: number) { this.buffer.writeInt16LE(v, this.reserve(2)); }
  u32(v: number) { this.buffer.writeUInt32LE(v, this.reserve(4)); }
  i32(v: number) { this.buffer.writeInt32LE(v, this.reserve(4)); }
  f32(v: number) { this.buffer.writeFloatLE(v, this.reserve(4)); }
  f64(v: number) { this.buffer.writeDoubleLE(v, this.reserve(8)); }
  u64(v: bigint | number) { this.buffer.writeBigUInt64LE(BigInt(v), this.reserve(8)); }
  i64(v: bigint) { this.buffer.writeBigInt64LE(v, this.reserve(8)); }

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
    case "uint8": return sink.u8(value as number);
    case "int8": return sink.i8(value as number);
    case "uint16": return sink.u16(value as number);
    case "int16": return sink.i16(value as number);
    case "uint32": return sink.u32(value as number);
    case "int32": return sink.i32(value as number);
    case "float32": return sink.f32(value as number);
    case "float64": return sink.f64(value as number);
    case "uint64": return sink.u64(value as bigint);
    case "int64": return sink.i64(value as bigint);
    case "bool": return sink.u8(value ? 1 : 0);
    case "string": return sink.string(value as string);
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

function checkTensor(t: GgufTensor) {
  const elements = t.dims.reduce((a, b) => a * b, 1);
  if (t.dims.length < 1 || t.dims.length > 4 || t.dims.some((d) => !Number.isInteger(d) || d <= 0)) {
    throw new Error(`tensor ${t.name}: dims must be 1 to 4 positive integers`);
  }
  if (elements !== t.data.length) {
    throw new Error(`tensor ${t.name}: dims hold ${elements} elements but data has ${t.data.length}`);
  }
}

/** Encodes a complete GGUF v3 file. Deterministic: the same input gives the same bytes. */
export function encodeGguf(file: GgufFile): Buffer {
  const alignment = alignmentOf(file.metadata);
  const names = new Set<string>();
  for (const t of file.tensors) {
    checkTensor(t);
    if (names.has(t.name)) throw new Error(`duplicate tensor name ${t.name}`);
    names.add(t.name);
  }

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
    sink.string(t.name);
    sink.u32(t.dims.length);
    for (const d of t.dims) sink.u64(d);
    sink.u32(GGML_TYPE_F32);
    sink.u64(offset);
    offset += t.data.byteLength;
    offset += (alignment - (offset % alignment)) % alignment;
  }

  sink.padTo(alignment);
  for (const t of file.tensors) {
    // Float32Array is host-endian; every platform node-llama-cpp ships for is little-endian.
    sink.bytes(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    sink.padTo(alignment);
  }
  return sink.toBuffer();
}
