import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Folders made by `scratchDir` in this test file; removed when the file's tests are done. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, deleted after the test file (so runs leave nothing in /tmp). */
export function scratchDir(prefix = 'claimdiff-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A scratch folder under the OS temp dir; `write` creates files (and folders) in it; `remove` deletes it all. */
export function tempDir(prefix = 'claimdiff-test-') {
  const root = scratchDir(prefix);
  return {
    root,
    path: (...parts: string[]) => path.join(root, ...parts),
    write(rel: string, content: string | Buffer): string {
      const p = path.join(root, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
      return p;
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
