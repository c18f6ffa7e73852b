import { main as cli } from '../cli';

/**
 * One `claimdiff check` in its own process, for the benchmark: prints its peak RSS (MB) on stderr's last line
 * as `maxrss <MB>`; the parent times the whole process (start-up included, as CI sees it).
 *   node dist/bench/check-child.js FILE DIR [--full]
 */
async function main(): Promise<void> {
  const [file, dir, mode] = process.argv.slice(2);
  if (mode === '--full') process.env.CLAIMDIFF_CHECK_FULL = '1';
  const out = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  // Through the command line's entry (cli/ is imported by src/cli.ts only), as CI runs it.
  await cli(['check', file, '--against', dir, '--format', 'json']);
  process.stdout.write = out;
  const u = process.resourceUsage();
  process.stderr.write(`maxrss ${(u.maxRSS / 1024).toFixed(0)} cpu ${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(3)}\n`);
}

void main();
