/**
 * Special functions the tests need: log-gamma, the regularized incomplete gamma functions, and the
 * normal and chi-square tails built on them. Written out here because the project has no numeric
 * library, and the tails must stay accurate far out (p-values of 1e-12 are common at n = 10,000).
 */

const LANCZOS_G = 7;
// Lanczos coefficients for g = 7, n = 9 (Godfrey); relative error about 1e-15 for real x > 0.
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) {
    // Reflection keeps the approximation inside the range where it is accurate.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) {
    sum += (LANCZOS_COEFFICIENTS[i] as number) / (z + i);
  }
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const GAMMA_EPSILON = 1e-16;
const GAMMA_MAX_ITERATIONS = 10_000;
const TINY = 1e-300;

/** e^-x x^a / Γ(a), the factor shared by the series and the continued fraction. */
function gammaPrefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Series for P(a, x); converges fast for x < a + 1. */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < GAMMA_MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * GAMMA_EPSILON) break;
  }
  return sum * gammaPrefactor(a, x);
}

/** Continued fraction for Q(a, x) by the modified Lentz method; converges fast for x >= a + 1. */
function upperGammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < GAMMA_MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < GAMMA_EPSILON) break;
  }
  return h * gammaPrefactor(a, x);
}

function assertGammaArguments(a: number, x: number): void {
  if (!(a > 0) || !(x >= 0)) {
    throw new RangeError(`incomplete gamma needs a > 0 and x >= 0, got a=${a}, x=${x}`);
  }
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a). */
export function regularizedGammaP(a: number, x: number): number {
  assertGammaArguments(a, x);
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? lowerGammaSeries(a, x) : 1 - upperGammaContinuedFraction(a, x);
}

/** Regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly in the tail. */
export function regularizedGammaQ(a: number, x: number): number {
  assertGammaArguments(a, x);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - lowerGammaSeries(a, x) : upperGammaContinuedFraction(a, x);
}

/** Upper tail of the chi-square distribution, P(X >= x) with `df` degrees of freedom. */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`chi-square needs df > 0, got ${df}`);
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/** Upper tail of the standard normal, P(Z >= z); erfc(t) = Q(1/2, t²) keeps the far tail exact. */
export function normalSurvival(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  if (z === Infinity) return 0;
  if (z === -Infinity) return 1;
  const half = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z >= 0 ? half : 1 - half;
}

export function normalCdf(z: number): number {
  return normalSurvival(-z);
}

/** Standard normal quantile Φ⁻¹(p), by bisection to bracket then Newton steps on normalCdf. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  let low = -40;
  let high = 40;
  let x = 0;
  for (let i = 0; i < 200; i++) {
    const error = normalCdf(x) - p;
    if (error > 0) high = x;
    else low = x;
    const density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    let next = density > 0 ? x - error / density : Number.NaN;
    if (!(next > low && next < high)) next = (low + high) / 2; // Newton left the bracket
    if (Math.abs(next - x) < 1e-15 * Math.max(1, Math.abs(x))) return next;
    x = next;
  }
  return x;
}
