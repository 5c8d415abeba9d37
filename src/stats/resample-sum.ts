import type { SeededRandom } from "./random.ts";

/*
 * The sum of n values drawn with replacement, drawn whole from its distribution. For integer values
 * that distribution is the n-th convolution power of the values' frequencies: its characteristic
 * function is φⁿ, so one FFT gives every probability. A bootstrap of the mean then costs one
 * inversion draw per resample instead of a multinomial's chain of binomials, which for groups of a
 * few hundred ratings (binomial means below ~30, drawn by sequential search) cost half a
 * microsecond a resample. It is the same resampling distribution, so the same bootstrap; large
 * groups, whose FFT would be long, keep the multinomial route (bootstrap.ts chooses by cost).
 *
 * Accuracy: only a window around the mean is transformed, chosen with Bernstein's and Hoeffding's
 * inequalities so that at most TAIL_MASS of probability lies outside it (that mass folds into the
 * window rather than vanishing); the FFT's rounding leaves each probability within about n·2⁻⁵²
 * of the exact one, far below anything 1,000 or even 10⁹ resamples could show.
 */

/** Probability allowed outside the transformed window: below the resolution of a 53-bit uniform draw. */
const TAIL_MASS = 2 ** -60;
/** ln(1e-100): a transform value below e^this is taken as 0. */
const NEGLIGIBLE_LOG = -230;
/** Longest FFT (a group of about 200,000 ratings on five levels); beyond it the multinomial route is cheaper anyway. */
const MAX_FFT_SIZE = 1 << 18;

/** Approximate costs in nanoseconds, for choosing a route; only the choice depends on them, never a result. */
const COST_BUTTERFLY = 4;
const COST_COMPLEX_MULTIPLY = 2;
const COST_DRAW = 25;
const COST_BINOMIAL = 110;

export interface ResampleSumSampler {
  /** Length of the FFT, for the method description. */
  readonly fftSize: number;
  /** One resample: the sum of n values drawn with replacement. */
  draw(random: SeededRandom): number;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function nextPowerOfTwo(value: number): number {
  let size = 1;
  while (size < value) size *= 2;
  return size;
}

interface Lattice {
  /** Smallest value; the others are low + step·offset. */
  low: number;
  step: number;
  offsets: number[];
  probabilities: number[];
  n: number;
  /** Window of the offset sum that holds all but TAIL_MASS of its probability. */
  from: number;
  to: number;
  fftSize: number;
}

/** The lattice the values lie on and the window of their n-fold sum, or undefined for non-integer values. */
function latticeOf(distinct: readonly number[], counts: readonly number[]): Lattice | undefined {
  if (distinct.length < 2 || !distinct.every(Number.isSafeInteger)) return undefined;
  const low = distinct[0] as number;
  let step = 0;
  for (const value of distinct) step = gcd(step, value - low);
  const offsets = distinct.map((value) => (value - low) / step);
  const range = offsets[offsets.length - 1] as number;
  let n = 0;
  for (const count of counts) n += count;
  const probabilities = counts.map((count) => count / n);
  let mean = 0;
  for (let k = 0; k < offsets.length; k++) mean += (probabilities[k] as number) * (offsets[k] as number);
  let variance = 0;
  for (let k = 0; k < offsets.length; k++) variance += (probabilities[k] as number) * ((offsets[k] as number) - mean) ** 2;
  // P(|S − E S| ≥ t) ≤ 2·exp(−x) at x = ln(2 / TAIL_MASS): Hoeffding, and Bernstein (|offset − mean| ≤ range).
  const x = Math.log(2 / TAIL_MASS);
  const hoeffding = range * Math.sqrt((n * x) / 2);
  const bernstein = (x * range) / 3 + Math.sqrt(((x * range) / 3) ** 2 + 2 * x * n * variance);
  const reach = Math.min(hoeffding, bernstein);
  const from = Math.max(0, Math.floor(n * mean - reach));
  const to = Math.min(range * n, Math.ceil(n * mean + reach));
  const fftSize = nextPowerOfTwo(to - from + 1);
  // The spectrum indexes its twiddles by j·offset in 32-bit arithmetic.
  if (fftSize > MAX_FFT_SIZE || (fftSize / 2) * range >= 2 ** 31) return undefined;
  return { low, step, offsets, probabilities, n, from, to, fftSize };
}

const twiddles = new Map<number, { cos: Float64Array; sin: Float64Array }>();

/** cos and sin of 2πk/size, computed once per size. */
function twiddlesFor(size: number): { cos: Float64Array; sin: Float64Array } {
  let table = twiddles.get(size);
  if (!table) {
    const cos = new Float64Array(size);
    const sin = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      cos[k] = Math.cos((2 * Math.PI * k) / size);
      sin[k] = Math.sin((2 * Math.PI * k) / size);
    }
    table = { cos, sin };
    twiddles.set(size, table);
  }
  return table;
}

/** In-place radix-2 FFT with the e^{+2πi·jk/size} kernel (an inverse DFT without the 1/size). */
function inverseFft(re: Float64Array, im: Float64Array): void {
  const size = re.length;
  for (let i = 1, j = 0; i < size; i++) {
    let bit = size >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      const swapRe = re[i] as number;
      re[i] = re[j] as number;
      re[j] = swapRe;
      const swapIm = im[i] as number;
      im[i] = im[j] as number;
      im[j] = swapIm;
    }
  }
  const { cos, sin } = twiddlesFor(size);
  for (let length = 2; length <= size; length *= 2) {
    const half = length / 2;
    const stride = size / length;
    for (let start = 0; start < size; start += length) {
      for (let k = 0; k < half; k++) {
        const wr = cos[k * stride] as number;
        const wi = sin[k * stride] as number;
        const a = start + k;
        const b = a + half;
        const br = re[b] as number;
        const bi = im[b] as number;
        const tr = br * wr - bi * wi;
        const ti = br * wi + bi * wr;
        re[b] = (re[a] as number) - tr;
        im[b] = (im[a] as number) - ti;
        re[a] = (re[a] as number) + tr;
        im[a] = (im[a] as number) + ti;
      }
    }
  }
}

/**
 * Probabilities of the offset sum over the lattice's window: φ(j) = Σ p·e^{−2πi·j·offset/size}
 * raised to the n-th power by repeated squaring, then one inverse FFT. Entries are offsets from
 * `from`; rounding can leave the far tails a hair below zero, which is taken as zero.
 */
function windowProbabilities(lattice: Lattice): Float64Array {
  const { n, from, to, fftSize: size } = lattice;
  const offsets = Int32Array.from(lattice.offsets);
  const probabilities = Float64Array.from(lattice.probabilities);
  const levels = offsets.length;
  const mask = size - 1; // size is a power of two, and j·offset stays far below 2³¹
  const { cos, sin } = twiddlesFor(size);
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let j = 0; j <= size / 2; j++) {
    let phiRe = 0;
    let phiIm = 0;
    for (let k = 0; k < levels; k++) {
      const angle = (j * (offsets[k] as number)) & mask;
      phiRe += (probabilities[k] as number) * (cos[angle] as number);
      phiIm -= (probabilities[k] as number) * (sin[angle] as number);
    }
    let powerRe = 0;
    let powerIm = 0;
    // Where |φ|ⁿ < 1e-100 it is taken as 0: no pmf entry can tell, and powering it would grind through
    // subnormal numbers (slow on every CPU).
    if (n * Math.log(phiRe * phiRe + phiIm * phiIm) > 2 * NEGLIGIBLE_LOG) {
      powerRe = 1;
      for (let exponent = n; exponent > 0; exponent = Math.floor(exponent / 2)) {
        if (exponent % 2 === 1) {
          const nextRe = powerRe * phiRe - powerIm * phiIm;
          powerIm = powerRe * phiIm + powerIm * phiRe;
          powerRe = nextRe;
        }
        const squaredRe = phiRe * phiRe - phiIm * phiIm;
        phiIm = 2 * phiRe * phiIm;
        phiRe = squaredRe;
      }
    }
    re[j] = powerRe;
    im[j] = powerIm;
    // A real distribution's transform is conjugate-symmetric.
    if (j > 0 && j < size / 2) {
      re[size - j] = powerRe;
      im[size - j] = -powerIm;
    }
  }
  inverseFft(re, im);
  const window = new Float64Array(to - from + 1);
  for (let s = from; s <= to; s++) window[s - from] = Math.max(0, (re[s % size] as number) / size);
  return window;
}

/** Inversion by a guide table (Chen & Asau 1974): about one comparison per draw. */
class GuidedInversion {
  private readonly cdf: Float64Array;
  /** guide[j]: how many CDF entries c have c·size < j; every entry before it is below any u with ⌊u·size⌋ = j. */
  private readonly guide: Int32Array;

  constructor(probabilities: Float64Array) {
    const size = probabilities.length;
    this.cdf = new Float64Array(size);
    let total = 0;
    for (let i = 0; i < size; i++) total += probabilities[i] as number;
    let running = 0;
    for (let i = 0; i < size; i++) {
      running += probabilities[i] as number;
      this.cdf[i] = running / total;
    }
    this.cdf[size - 1] = 1; // draws are below 1, so a search always stops
    this.guide = new Int32Array(size);
    // Rounding is monotone: c·size < u·size as computed implies c < u, so the guide skips nothing.
    let below = 0;
    for (let j = 0; j < size; j++) {
      while ((this.cdf[below] as number) * size < j) below++;
      this.guide[j] = below;
    }
  }

  /** The first index whose CDF exceeds a uniform draw. */
  draw(random: SeededRandom): number {
    const cdf = this.cdf;
    const u = random.next();
    let at = this.guide[Math.floor(u * cdf.length)] as number;
    while ((cdf[at] as number) <= u) at++;
    return at;
  }
}

/**
 * A sampler of the sum of n = Σ counts values drawn with replacement from `distinct` (ascending
 * integers) with these positive counts, when that costs less than `resamples` multinomial draws;
 * otherwise undefined. The choice depends only on the inputs, so a seed always gives the same interval.
 */
export function resampleSumSampler(distinct: readonly number[], counts: readonly number[], resamples: number): ResampleSumSampler | undefined {
  const lattice = latticeOf(distinct, counts);
  if (!lattice) return undefined;
  const size = lattice.fftSize;
  const spectrum = (size / 2 + 1) * (distinct.length + 2 * Math.log2(lattice.n + 1)) * COST_COMPLEX_MULTIPLY;
  const transform = (size / 2) * Math.log2(size) * COST_BUTTERFLY;
  const cost = spectrum + transform + resamples * COST_DRAW;
  if (cost >= resamples * (distinct.length - 1) * COST_BINOMIAL) return undefined;
  const inversion = new GuidedInversion(windowProbabilities(lattice));
  const { low, step, n, from } = lattice;
  return {
    fftSize: size,
    draw: (random) => low * n + step * (from + inversion.draw(random)),
  };
}

/** The window's probabilities, for tests: the sum of n draws is low·n + step·(from + index). */
export function resampleSumDistribution(
  distinct: readonly number[],
  counts: readonly number[],
): { low: number; step: number; from: number; probabilities: Float64Array } | undefined {
  const lattice = latticeOf(distinct, counts);
  if (!lattice) return undefined;
  return { low: lattice.low, step: lattice.step, from: lattice.from, probabilities: windowProbabilities(lattice) };
}
