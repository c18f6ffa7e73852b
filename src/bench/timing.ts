/** Wall-clock timing for the benchmark (monotonic clock; never used outside src/bench). */

/** Runs `fn` and returns what it returned with the seconds it took. */
export function timed<T>(fn: () => T): { seconds: number; value: T } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, value };
}

/** The seconds `fn` takes. */
export function seconds(fn: () => void): number {
  return timed(fn).seconds;
}
