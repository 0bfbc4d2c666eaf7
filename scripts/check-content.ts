#!/usr/bin/env node
/**
 * `npm run check` (content part): validates every file under CONTENT_DIR with the site's own schemas and
 * cross-checks, and prints each problem as `file:line  field: expected ..., found ...`.
 * Exit code 1 on any error; warnings (untranslated entries) do not fail it. `--quiet` prints errors only.
 */
import { resolve } from 'node:path';
import { readContent } from './lib/read-content.ts';
import { formatIssue } from '../src/lib/issues.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const quiet = process.argv.includes('--quiet');
const dir = resolve(contentDir());
const report = await readContent(dir);
const errors = report.issues.filter((i) => i.severity === 'error');
const warnings = report.issues.filter((i) => i.severity === 'warning');

for (const issue of errors) console.error(formatIssue(issue));
if (!quiet) for (const issue of warnings) console.warn(formatIssue(issue));

const { entries } = report;
const summary =
  `${report.files} files in ${dir}: ${entries.practices} practices, ${entries.guides} guides (${entries.chapters} chapter texts), ` +
  `${entries.resources} resources, ${entries.glossary} glossary terms, ${entries.activities} activities, ${entries.pages} page texts. ` +
  `${errors.length} error(s), ${warnings.length} warning(s).`;
if (!quiet || errors.length > 0) console.log(summary);
if (errors.length > 0) {
  console.error('Fix the errors above (file:line  field: expected ..., found ...) and run `npm run check` again.');
  process.exit(1);
}
