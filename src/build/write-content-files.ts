import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file for the content folder: created new, or (`append`) added at the end of one that exists. */
export interface ContentFileWrite {
  path: string;
  content: string;
  append?: boolean | undefined;
}

/**
 * The one file that stops the writing, checked before anything is written (so nothing is half done): a
 * new file that exists already, or a file to add to that does not.
 */
export function blockedWrite(dir: string, files: readonly ContentFileWrite[]): { path: string; exists: boolean } | undefined {
  for (const f of files) {
    const exists = existsSync(join(dir, f.path));
    if (exists !== (f.append === true)) return { path: f.path, exists };
  }
  return undefined;
}

/** Writes the files under `dir` (callers check `blockedWrite` first); a new file is never overwritten. */
export function writeContentFiles(dir: string, files: readonly ContentFileWrite[]): void {
  for (const f of files) {
    const file = join(dir, f.path);
    if (f.append === true) {
      const current = readFileSync(file, 'utf8');
      appendFileSync(file, `${current === '' || current.endsWith('\n') ? '' : '\n'}${f.content}`);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, f.content, { flag: 'wx' });
    }
  }
}
