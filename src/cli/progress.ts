import { SingleBar, Presets } from 'cli-progress';

/** Progress for long runs: a bar on an interactive terminal only, never in CI logs or when stderr is piped. */
export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

export function progressBar(total: number, label: string, minimum = 50): Progress {
  const interactive = process.stderr.isTTY === true && !process.env.CI;
  if (!interactive || total < minimum) return silent;
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} articles  {eta_formatted} left`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}
