import { StatsInputError } from "./errors.ts";

/** Seed used when a caller gives none, so that every published figure can be reproduced. */
export const DEFAULT_SEED = 20_240_601;

/** A seeded source of uniform numbers. Same seed, same sequence, on every platform. */
export interface SeededRandom {
  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform integer in [0, bound) for 1 <= bound <= 2^32. */
  int(bound: number): number;
}

export function assertSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new StatsInputError(`seed must be an integer in 0..2^32-1, got ${seed}`);
  }
}

/**
 * xoshiro128** (Blackman & Vigna 2018), 32-bit state words so that it runs on plain JS numbers
 * with Math.imul. The 128-bit state is filled from the seed with splitmix32, which keeps nearby
 * seeds (1, 2, 3 …) from producing correlated streams.
 */
export function createRandom(seed: number = DEFAULT_SEED): SeededRandom {
  assertSeed(seed);
  let mix = seed >>> 0;
  const splitmix32 = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point

  const nextUint32 = (): number => {
    const product = Math.imul(s1, 5);
    const result = Math.imul((product << 7) | (product >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };

  return {
    next(): number {
      const high = nextUint32() >>> 5; // 27 bits
      const low = nextUint32() >>> 6; // 26 bits
      return (high * 67_108_864 + low) / 9_007_199_254_740_992;
    },
    int(bound: number): number {
      // With 53 random bits the bias of scaling is below 2^-21 even at bound = 2^32.
      return Math.floor(this.next() * bound);
    },
  };
}
