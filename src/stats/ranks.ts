export interface Ranking {
  /** Rank of each input value, 1-based, ties given the mean of the ranks they span. */
  ranks: Float64Array;
  /** Σ (t³ − t) over groups of t tied values: the quantity every tie correction needs. */
  tieTerm: number;
  /** True when at least two values are equal. */
  hasTies: boolean;
}

/**
 * Mid-ranks ("average" method) of the values, in their input order. Sorting a typed copy and
 * looking ranks up by value is several times faster than sorting indices with a comparator,
 * which matters at a million ratings; rating data have few distinct values, so the map is tiny.
 */
export function rankWithTies(values: readonly number[]): Ranking {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const midRankOf = new Map<number, number>();
  let tieTerm = 0;
  let start = 0;
  while (start < n) {
    const value = sorted[start] as number;
    let end = start + 1;
    while (end < n && sorted[end] === value) end++;
    const tied = end - start;
    midRankOf.set(value, (start + 1 + end) / 2); // mean of ranks start+1 … end
    tieTerm += tied * tied * tied - tied;
    start = end;
  }
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = midRankOf.get(values[i] as number) as number;
  return { ranks, tieTerm, hasTies: tieTerm > 0 };
}
