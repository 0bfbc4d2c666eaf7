#!/usr/bin/env node
/**
 * `npm run check`: the content first, in the contributor's language (`-- --lang ar|fr`), and only when the
 * content is valid, the type check (`astro check`). A content mistake is reported once, by the content
 * check, in her language: never as a TypeScript error or a YAML parser's stack trace in English.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const run = (args: string[]) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1;
const content = run(['scripts/check-content.ts', ...process.argv.slice(2)]);
if (content !== 0) process.exit(content);
const astro = createRequire(import.meta.url)
  .resolve('astro/package.json')
  .replace(/package\.json$/, 'bin/astro.mjs');
process.exit(run([astro, 'check']));
