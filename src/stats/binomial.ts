import type { SeededRandom } from "./random.ts";

/**
 * Exact binomial and multinomial variates. They let a bootstrap of n ratings on a few levels draw
 * the resample's level counts directly, which has the same distribution as drawing n ratings one
 * by one but costs O(levels) instead of O(n) per resample: a 1M-rating group stays sub-second.
 */

/** Above this mean (of the smaller tail) BTPE is faster than inversion; the usual cut-off. */
const INVERSION_MAX_MEAN = 30;

/** Binomial(n, p) variate: inversion for small n·p, otherwise BTPE. */
export function sampleBinomial(random: SeededRandom, n: number, p: number): number {
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const flipped = p > 0.5;
  const r = flipped ? 1 - p : p;
  const draw = n * r <= INVERSION_MAX_MEAN ? binomialInversion(random, n, r) : binomialBtpe(random, n, r);
  return flipped ? n - draw : draw;
}

/** Sequential search from 0; restarts past a far bound so rounding can never run it away. */
function binomialInversion(random: SeededRandom, n: number, p: number): number {
  const q = 1 - p;
  const probabilityOfZero = Math.exp(n * Math.log(q));
  const bound = Math.min(n, n * p + 10 * Math.sqrt(n * p * q + 1));
  for (;;) {
    let x = 0;
    let probability = probabilityOfZero;
    let u = random.next();
    while (u > probability) {
      x++;
      if (x > bound) break;
      u -= probability;
      probability = ((n - x + 1) * p * probability) / (x * q);
    }
    if (x <= bound) return x;
  }
}

/**
 * BTPE, "Binomial, Triangle, Parallelogram, Exponential" acceptance/rejection
 * (Kachitvichyanukul & Schmeiser 1988, Comm. ACM 31(2)), for p <= 0.5 and n·p > 30.
 */
function binomialBtpe(random: SeededRandom, n: number, p: number): number {
  const q = 1 - p;
  const npq = n * p * q;
  const fm = n * p + p;
  const mode = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(npq) - 4.6 * q) + 0.5;
  const xm = mode + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + mode);
  let a = (fm - xl) / (fm - xl * p);
  const lambdaLeft = a * (1 + a / 2);
  a = (xr - fm) / (xr * q);
  const lambdaRight = a * (1 + a / 2);
  const p2 = p1 * (1 + 2 * c);
  const p3 = p2 + c / lambdaLeft;
  const p4 = p3 + c / lambdaRight;

  for (;;) {
    const u = random.next() * p4;
    let v = random.next();
    let y: number;
    if (u <= p1) {
      // Triangular centre: accepted without evaluating the density.
      return Math.floor(xm - p1 * v + u);
    } else if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(mode - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + Math.log(v) / lambdaLeft);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * lambdaLeft;
    } else {
      y = Math.floor(xr - Math.log(v) / lambdaRight);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lambdaRight;
    }
    if (acceptBtpe(y, v, n, p, q, mode, xm, npq)) return y;
  }
}

/** Compares v with f(y)/f(mode): exactly near the mode, by squeeze and Stirling farther out. */
function acceptBtpe(y: number, v: number, n: number, p: number, q: number, mode: number, xm: number, npq: number): boolean {
  const k = Math.abs(y - mode);
  if (k <= 20 || k >= npq / 2 - 1) {
    const s = p / q;
    const a = s * (n + 1);
    let ratio = 1;
    if (mode < y) for (let i = mode + 1; i <= y; i++) ratio *= a / i - s;
    else if (mode > y) for (let i = y + 1; i <= mode; i++) ratio /= a / i - s;
    return v <= ratio;
  }
  const rho = (k / npq) * ((k * (k / 3 + 0.625) + 1 / 6) / npq + 0.5);
  const t = (-k * k) / (2 * npq);
  const logV = Math.log(v);
  if (logV < t - rho) return true;
  if (logV > t + rho) return false;
  const x1 = y + 1;
  const f1 = mode + 1;
  const z = n + 1 - mode;
  const w = n - y + 1;
  return (
    logV <=
    xm * Math.log(f1 / x1) +
      (n - mode + 0.5) * Math.log(z / w) +
      (y - mode) * Math.log((w * p) / (x1 * q)) +
      stirlingCorrection(f1) +
      stirlingCorrection(z) +
      stirlingCorrection(x1) +
      stirlingCorrection(w)
  );
}

/** Stirling series remainder of ln(x!) beyond the leading terms, as BTPE's final test uses it. */
function stirlingCorrection(x: number): number {
  const x2 = x * x;
  return (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166320;
}

/**
 * Multinomial(n, probabilities) counts written into `counts`, by a chain of conditional
 * binomials. `probabilities` must be non-negative and sum to 1 (within rounding).
 */
export function sampleMultinomial(random: SeededRandom, n: number, probabilities: ArrayLike<number>, counts: Float64Array | number[]): void {
  let remaining = n;
  let remainingProbability = 1;
  const last = probabilities.length - 1;
  for (let k = 0; k < last; k++) {
    const probability = probabilities[k] as number;
    if (remaining === 0 || remainingProbability <= 0) {
      counts[k] = 0;
      continue;
    }
    const conditional = Math.min(1, Math.max(0, probability / remainingProbability));
    const count = sampleBinomial(random, remaining, conditional);
    counts[k] = count;
    remaining -= count;
    remainingProbability -= probability;
  }
  counts[last] = remaining;
}
