/**
 * µs per call of a function over benchmark rows: the median of 5 passes after 3 warm-up passes that
 * let the JIT settle, by this process's CPU time (user + system) and by wall clock, from the same
 * passes. On a shared machine the wall clock also counts the time other processes hold the cores,
 * which says nothing of what a call costs; the CPU time does not.
 */
export interface PerCall {
  cpu: number;
  wall: number;
}

export function microsPerCall<Row>(call: (row: Row, index: number, rows: readonly Row[]) => unknown, rows: readonly Row[]): PerCall {
  const pass = (): PerCall => {
    const wallStart = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < rows.length; i++) call(rows[i]!, i, rows);
    const cpu = process.cpuUsage(cpuStart);
    const wall = Number(process.hrtime.bigint() - wallStart) / 1000;
    return { cpu: (cpu.user + cpu.system) / rows.length, wall: wall / rows.length };
  };
  for (let i = 0; i < 3; i++) pass();
  const samples = Array.from({ length: 5 }, pass);
  const median = (values: number[]): number => values.sort((a, b) => a - b)[2]!;
  return { cpu: median(samples.map((s) => s.cpu)), wall: median(samples.map((s) => s.wall)) };
}
