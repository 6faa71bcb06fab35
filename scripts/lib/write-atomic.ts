/**
 * Writes a file so that readers see the old content or the new, never half of it: the text goes
 * to `<path>.tmp-<pid>` first and is renamed over `path` (rename is atomic within a folder on
 * POSIX and on Windows' NTFS). If anything fails, the old file is left untouched and the
 * temporary file removed.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
