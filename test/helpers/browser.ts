import * as fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * `describe` when chromium is there or CI is set (CI installs it, so there a missing browser FAILS the suite);
 * elsewhere `describe.skip`, with a message saying why.
 */
export function browserSuite(): jest.Describe {
  const have = fs.existsSync(CHROMIUM);
  if (!have && !process.env.CI) {
    // eslint-disable-next-line no-console
    console.warn(`browser tests skipped: ${CHROMIUM} is not installed and CI is not set (apt-get install chromium)`);
  }
  return have || process.env.CI ? describe : describe.skip;
}

/** Headless chromium with the flags this closed network needs (no background connections). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
