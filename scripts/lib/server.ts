import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/**
 * The rules of a built `_headers` file (Netlify and Cloudflare Pages format): a path pattern (`/*`, a
 * path, `*` at the end matching any rest), then indented `Name: value` lines.
 */
function headerRules(dir: string): { pattern: string; headers: [string, string][] }[] {
  const file = join(dir, '_headers');
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const at = line.indexOf(':');
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (at > 0) rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** Text a static host compresses; fonts, images and Pagefind's index files (already compressed) go out as they are. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

/** The file a request path is served from (`/en/search/` → `en/search/index.html`), or undefined. */
function fileFor(root: string, path: string): string | undefined {
  const clean = decodeURIComponent(path);
  for (const candidate of clean.endsWith('/') ? [join(root, clean, 'index.html')] : [join(root, clean), join(root, clean, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * Serves a built site on a free localhost port, mounted under its base path like a real host would,
 * with the site's 404.html for unknown paths. `dev` mode: files are looked up per request, so a
 * rebuilt or switched folder is served as it is now, and nothing is cached by the server.
 * `headers: true` also sends the headers of the build's `_headers` file (the Content-Security-Policy),
 * as Netlify or Cloudflare Pages would. `gzip: true` compresses text as a static host does (gzip level 9),
 * so a browser's encoded sizes are what a reader downloads: each file is compressed on its first
 * request into a `.gz` file beside it, which sirv sends with `Content-Encoding: gzip` (so it writes into
 * `dir`; the bench serves its own temporary build).
 */
export async function serve(
  dir: string,
  base = '/',
  options: { headers?: boolean; gzip?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void>; switchTo: (next: string) => void }> {
  let root = dir;
  const sirvOptions = { dev: true, etag: true, gzip: options.gzip === true };
  let files = sirv(root, sirvOptions);
  const prefix = base.replace(/\/?$/, '/');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix) && url !== prefix.slice(0, -1)) {
      res.statusCode = 404;
      res.end('outside the base path');
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    const path = req.url.split('?')[0]!;
    for (const rule of options.headers ? headerRules(root) : []) {
      const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
      if (matches) for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    if (options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const file = fileFor(root, path);
      if (file && COMPRESSIBLE.test(file) && !existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    }
    files(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      const notFound = join(root, '404.html');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** Serve another build at the same address (a new deployment). */
    switchTo: (next: string) => {
      root = next;
      files = sirv(root, sirvOptions);
    },
  };
}
