import { stripControls } from '../lib/terminal';

/** One line on stderr, with the one prefix; file names and messages may hold control characters: dropped. */
export function warn(message: string): void {
  process.stderr.write(`claimdiff: ${stripControls(message)}\n`);
}
