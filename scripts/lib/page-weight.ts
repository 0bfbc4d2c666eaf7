import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { listFiles } from '../../src/build/list-files.ts';

/**
 * What a page costs a reader: the bytes of its HTML and of the stylesheets and scripts it loads on first
 * view, gzipped at level 9 (as a static host compresses them). Shared by `npm run bench` and the budget
 * test, so both measure the same way.
 */

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface Asset {
  /** Site path, e.g. `/_astro/urls.x.css`. */
  path: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  html: Asset;
  css: Asset[];
  js: Asset[];
}

/** Site path (`/en/practices/x/`) → file in a build (`dist/en/practices/x/index.html`), or undefined. */
export function fileForPath(dist: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const asset = (dist: string, path: string): Asset | undefined => {
  const file = fileForPath(dist, path);
  if (!file) return undefined;
  const data = readFileSync(file);
  return { path, bytes: data.length, gzip: gzipBytes(data) };
};

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export * from`), not dynamic `import()`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.push(m[1]!);
  return out;
}

/** `@import` targets of a stylesheet. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)].map((m) => m[1]!);
}

/**
 * The HTML of a built page and every stylesheet and script it loads before any interaction: `<link
 * rel=stylesheet>`, `<script src>`, `<link rel=modulepreload>`, and what those import statically. `base`
 * is the site's base path; URLs outside the site are ignored.
 */
export function pageWeight(dist: string, sitePath: string, base = '/'): PageWeight {
  const html = asset(dist, sitePath);
  if (!html) throw new Error(`no built file for ${sitePath} in ${dist}`);
  const $ = cheerio.load(readFileSync(fileForPath(dist, sitePath)!, 'utf8'));
  const origin = 'https://site.invalid';
  const pageUrl = new URL(sitePath, origin);
  const local = (ref: string, from: URL) => {
    const url = new URL(ref, from);
    return url.origin === origin && url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : undefined;
  };
  const css = new Map<string, Asset>();
  const js = new Map<string, Asset>();
  const addCss = (path: string) => {
    if (css.has(path)) return;
    const a = asset(dist, path);
    if (!a) return;
    css.set(path, a);
    for (const ref of cssImports(readFileSync(fileForPath(dist, path)!, 'utf8'))) {
      const p = local(ref, new URL(`${base}${path.slice(1)}`, origin));
      if (p) addCss(p);
    }
  };
  const addJs = (path: string) => {
    if (js.has(path)) return;
    const a = asset(dist, path);
    if (!a) return;
    js.set(path, a);
    for (const ref of staticImports(readFileSync(fileForPath(dist, path)!, 'utf8'))) {
      const p = local(ref, new URL(`${base}${path.slice(1)}`, origin));
      if (p) addJs(p);
    }
  };
  $('link[rel~=stylesheet][href]').each((_, el) => {
    const p = local($(el).attr('href')!, pageUrl);
    if (p) addCss(p);
  });
  $('script[src], link[rel=modulepreload][href]').each((_, el) => {
    const p = local($(el).attr('src') ?? $(el).attr('href')!, pageUrl);
    if (p) addJs(p);
  });
  return { html: { ...html, path: sitePath }, css: [...css.values()], js: [...js.values()] };
}

/** Total gzipped bytes of assets (or raw bytes: `sum(files, 'bytes')`). */
export function sum(assets: readonly Asset[]): number;
export function sum(assets: readonly { bytes: number }[], key: 'bytes'): number;
export function sum(assets: readonly { bytes: number; gzip?: number }[], key: 'bytes' | 'gzip' = 'gzip'): number {
  return assets.reduce((n, a) => n + (a[key] ?? 0), 0);
}

export interface FontFace {
  family: string;
  weight: string;
  style: string;
  unicodeRange?: string | undefined;
  /** `url(...)` sources in order, with their format when given. */
  src: { url: string; format?: string | undefined }[];
}

/** The `@font-face` rules of a stylesheet. */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => {
    const body = m[1]!;
    const prop = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    const src = [...(prop('src') ?? '').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)\s*(?:format\(\s*["']?([^"')]+)["']?\s*\))?/g)].map((s) => ({
      url: s[1]!,
      format: s[2],
    }));
    return {
      family: (prop('font-family') ?? '').replace(/^["']|["']$/g, ''),
      weight: prop('font-weight') ?? '400',
      style: prop('font-style') ?? 'normal',
      unicodeRange: prop('unicode-range'),
      src,
    };
  });
}

/** Every file under a folder with its size. */
export function filesUnder(dir: string): { path: string; bytes: number }[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir, { dotFiles: true }).files.map((path) => ({ path, bytes: statSync(join(dir, path)).size }));
}
