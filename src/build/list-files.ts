import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface FileList {
  /** Every file, as a path relative to the folder with forward slashes, sorted. */
  files: string[];
  /** Every symbolic link (to a file or a folder), the same way: listed, never followed. */
  links: string[];
}

/**
 * The one directory walker of the build, the CLIs and the tests. Node's own `readdirSync(dir, { recursive: true })`
 * follows a linked folder (nodejs/node#51858), so a link in contributed content to `/` or `..` would walk
 * the machine; this lists the link instead and leaves it to the caller (the checker and the build refuse
 * it). Names starting with a dot (`.DS_Store`, `.git/`) are skipped with all they hold unless `dotFiles`.
 */
export function listFiles(root: string, options: { dotFiles?: boolean } = {}): FileList {
  const files: string[] = [];
  const links: string[] = [];
  const pending = [''];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (!options.dotFiles && entry.name.startsWith('.')) continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) links.push(rel);
      else if (entry.isDirectory()) pending.push(rel);
      else files.push(rel);
    }
  }
  return { files: files.sort(), links: links.sort() };
}
