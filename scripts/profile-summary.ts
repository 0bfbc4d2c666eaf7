#!/usr/bin/env node
/**
 * `node scripts/profile-summary.ts FILE.cpuprofile [--top N] [--by function|package]`
 *
 * Self time of a V8 CPU profile (from `npm run bench -- --cpu-prof DIR`, or `node --cpu-prof`), summed per
 * function (or per npm package / project folder) and sorted: the table docs/performance.md quotes.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, by: { type: 'string', default: 'function' } },
});
if (positionals.length !== 1 || !['function', 'package'].includes(values.by)) {
  console.error('usage: node scripts/profile-summary.ts FILE.cpuprofile [--top N] [--by function|package]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;

/** Where a function lives, short: `astro/dist/core/render.js`, `src/lib/indexes.ts`, `node:fs`. */
function place(url: string): string {
  if (!url) return '';
  // Astro's bundled page code: `.prerender/chunks/urls_x.mjs`.
  const chunk = url.indexOf('/.prerender/');
  if (chunk >= 0) return url.slice(chunk + 1);
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const src = url.search(/\/(src|scripts)\//);
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}
function packageOf(url: string): string {
  const p = place(url);
  if (!p) return '';
  if (p.startsWith('src/') || p.startsWith('scripts/')) return p.split('/').slice(0, 2).join('/');
  return p.startsWith('@') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0]!;
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  if (!node) return;
  const { functionName, url, lineNumber } = node.callFrame;
  const key =
    values.by === 'package'
      ? packageOf(url) || functionName || '(anonymous)'
      : `${functionName || '(anonymous)'}${url ? `  ${place(url)}:${lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + dt);
});

const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
console.log(`total ${(total / 1e6).toFixed(1)} s of samples`);
for (const [key, us] of rows) console.log(`${(us / 1e6).toFixed(1).padStart(8)} s ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`);
