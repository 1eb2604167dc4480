/** The middle value (the upper middle of an even count). */
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The median wall time in ms of `runs` runs of `work` (awaited when it returns a promise). */
export async function timed(work: () => unknown, runs = 3): Promise<number> {
  const took: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    took.push(performance.now() - start);
  }
  return median(took);
}

/** Wall time and this process's CPU time (user + system, all its threads: the garbage collector's too) of one run, in ms. */
export async function timedWithCpu(work: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}
