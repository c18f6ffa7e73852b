import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A scratch folder under the OS temp dir; `write` creates files (and folders) in it; `remove` deletes it all. */
export function tempDir(prefix = 'claimdiff-test-') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
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
