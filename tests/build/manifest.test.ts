import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { page } from '../support/built-site.ts';
import { dist } from '../support/paths.ts';

/** Width and height from a PNG's header. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('installable app', () => {
  for (const l of localeCodes) {
    it(`${l}: the page links a valid web app manifest whose icons exist in their sizes`, () => {
      const href = page(dist, `/${l}/`)('link[rel=manifest]').attr('href');
      expect(href).toBe(`/${l}/manifest.webmanifest`);
      const m = JSON.parse(readFileSync(join(dist, href!), 'utf8'));
      for (const field of ['name', 'short_name', 'start_url', 'scope', 'display', 'icons', 'theme_color', 'background_color', 'lang', 'dir'])
        expect(m, field).toHaveProperty(field);
      expect(m.lang).toBe(l);
      expect(m.dir).toBe(l === 'ar' ? 'rtl' : 'ltr');
      expect(m.start_url).toBe(`/${l}/?app`);
      expect(['standalone', 'minimal-ui', 'fullscreen']).toContain(m.display);
      const sizes = new Set<string>();
      for (const icon of m.icons) {
        const [w, h] = pngSize(join(dist, icon.src));
        expect(`${w}x${h}`).toBe(icon.sizes);
        sizes.add(icon.sizes);
      }
      expect(sizes).toContain('192x192');
      expect(sizes).toContain('512x512');
      expect(m.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    });
  }

  it('ships a service worker that precaches the shell with revisions, and a saved-copy list per language', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    for (const l of localeCodes) {
      expect(sw).toContain(`url:"/${l}/offline/"`);
      const list = JSON.parse(readFileSync(join(dist, `offline/${l}.json`), 'utf8'));
      expect(list.files.some((f: { url: string }) => f.url === `/${l}/search/`)).toBe(true);
      expect(list.files.some((f: { url: string }) => f.url.startsWith(`/pagefind/pagefind-entry.json?ts=${list.version}`))).toBe(true);
      expect(list.files.filter((f: { url: string }) => f.url.includes(`/index/${l}_`)).length).toBeGreaterThan(0);
      expect(list.bytes).toBe(list.files.reduce((s: number, f: { bytes: number }) => s + f.bytes, 0));
    }
    expect(sw).toMatch(/revision:"[0-9a-f]{32}"/);
  });
});
