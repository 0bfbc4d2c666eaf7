#!/usr/bin/env node
/**
 * Writes a proposal sent from the site's proposal form (a `send-proposal` issue, see
 * .github/workflows/proposal-to-pr.yml) into the content folder: new practice files are created (never
 * overwritten), a new city's lines are added at the end of taxonomy/cities.yaml. The bundle is checked
 * by src/lib/proposal-bundle.ts before anything is written. Reads the issue body from the environment
 * variable named by `--env NAME` (so the workflow never puts untrusted text in a shell command), or from
 * standard input; prints the paths written. Exit code 1 with the reason when the bundle is refused.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeBundle } from '../src/lib/proposal-bundle.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { blockedWrite, writeContentFiles } from '../src/build/write-content-files.ts';

const { values } = parseArgs({ options: { env: { type: 'string' } } });
const body = values.env ? (process.env[values.env] ?? '') : readFileSync(0, 'utf8');
const bundle = await decodeBundle(body);
if (!bundle.ok) {
  console.error(`The proposal could not be read: ${bundle.reason}.`);
  process.exit(1);
}
const dir = resolve(contentDir());
const blocked = blockedWrite(dir, bundle.files);
if (blocked) {
  console.error(
    blocked.exists
      ? `content/${blocked.path} exists already: a proposal adds new files only.`
      : `content/${blocked.path} does not exist: there is nothing to add the lines to.`,
  );
  process.exit(1);
}
writeContentFiles(dir, bundle.files);
for (const f of bundle.files) console.log(`content/${f.path}`);
