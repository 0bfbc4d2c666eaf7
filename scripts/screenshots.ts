#!/usr/bin/env node
/**
 * Screenshots of built pages at phone and desktop widths, for a person to look at:
 * `node scripts/screenshots.ts [dist] [outDir] path...` (paths relative to the site root, e.g. en/ ar/practices/x/).
 */
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/support/server.ts';
import { launch, viewports } from '../tests/support/browser.ts';

const [dist = 'dist', out = 'tests/.output/screenshots', ...paths] = process.argv.slice(2);
const server = await serve(dist, process.env.BASE_PATH ?? '/');
const browser = await launch();
await mkdir(out, { recursive: true });
try {
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport });
    for (const p of paths) {
      await page.goto(server.url + p.replace(/^\//, ''), { waitUntil: 'networkidle' });
      const file = `${out}/${p.replace(/\/$/, '').replace(/\//g, '_') || 'root'}-${name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
