#!/usr/bin/env node
/**
 * `npm run check` (content part): validates every file under CONTENT_DIR with the site's own schemas,
 * cross-checks and MDX safety rules, and prints each problem as `file:line  field: expected ..., found ...`.
 * Exit code 1 on any error; warnings (untranslated entries) do not fail it. `--quiet` prints errors only.
 * `--lang ar` or `--lang fr` prints the messages in Arabic or French (English by default).
 */
import { resolve } from 'node:path';
import { readContent } from '../src/build/content-check.ts';
import { formatIssueIn } from '../src/lib/issue-format.ts';
import { t } from '../src/lib/i18n.ts';
import { defaultLocale, isLocale, localeCodes, terminalLocale, type Locale } from '../src/config/locales.ts';
import { contentDir } from '../src/lib/content-dir.ts';

/** `--lang ar`, `--lang=ar`, or a bare `ar` (what npm passes on from `npm run check --lang ar`). */
function language(args: readonly string[]): Locale {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? args.find((a) => isLocale(a)) : args[i]!.includes('=') ? args[i]!.slice('--lang='.length) : args[i + 1];
  if (value === undefined) return terminalLocale;
  if (isLocale(value)) return value;
  console.error(`--lang: expected one of ${localeCodes.join(', ')}, found ${JSON.stringify(value)}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const locale = language(args);
const _ = t(locale);
const format = formatIssueIn(locale);
const dir = resolve(contentDir());
const report = await readContent(dir);
const errors = report.issues.filter((i) => i.severity === 'error');
const warnings = report.issues.filter((i) => i.severity === 'warning');

for (const issue of errors) console.error(format(issue));
if (!quiet) for (const issue of warnings) console.warn(format(issue));

const { entries } = report;
const summary = _('check.summary', { files: report.files, dir, ...entries, errors: errors.length, warnings: warnings.length });
if (!quiet || errors.length > 0) console.log(summary);
if (errors.length > 0) {
  // The command to run again, as she ran it: her language kept.
  console.error(_('check.fixHint', { command: locale === defaultLocale ? 'npm run check' : `npm run check -- --lang ${locale}` }));
  process.exit(1);
}
