#!/usr/bin/env node
/**
 * Screenshots of built pages at phone and desktop widths, for a person to look at:
 * `node scripts/screenshots.ts [dist] [outDir] path...` (paths relative to the site root, e.g. en/ ar/practices/x/).
 */
import { mkdir } from 'node:fs/promises';
import { serve } from './lib/server.ts';
import { launch, viewports } from './lib/browser.ts';

const [dist = 'dist', out = 'tests/.output/screenshots', ...paths] = process.argv.slice(2);
const server = await serve(dist, process.env.BASE_PATH ?? '/');
const browser = await launch();
await mkdir(out, { recursive: true });
try {
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport });
    for (const p of paths) {
      await page.goto(server.url + p.replace(/^\//, ''), { waitUntil: 'networkidle' });
      // Long pages are cut into slices a person can read at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const slice = viewport.height * 2;
      for (let i = 0, y = 0; y < height && i < 6; i++, y += slice) {
        const file = `${out}/${p.replace(/\/$/, '').replace(/\//g, '_') || 'root'}-${name}-${i + 1}.png`;
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: viewport.width, height: Math.min(slice, height - y) } });
        console.log(file);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
