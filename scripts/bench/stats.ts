/** Small helpers shared by the benchmark scripts: percentiles and a concurrent request loop. */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  medianMs: number;
  p99Ms: number;
  rps: number;
}

/** Run `total` calls of `once` with `concurrency` in flight; latency per call, throughput overall. */
export async function runLoad(once: () => Promise<void>, total: number, concurrency: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      const t = performance.now();
      await once();
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: total, seconds, medianMs: percentile(latencies, 50), p99Ms: percentile(latencies, 99), rps: total / seconds };
}

export const fmt = (x: number, digits = 2) => x.toFixed(digits);
