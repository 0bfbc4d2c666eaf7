import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
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

/**
 * Serves a built site on a free localhost port, mounted under its base path like a real host would,
 * with the site's 404.html for unknown paths. `dev` mode: files are looked up per request, so a
 * rebuilt or switched folder is served as it is now, and nothing is cached by the server.
 * `headers: true` also sends the headers of the build's `_headers` file (the Content-Security-Policy),
 * as Netlify or Cloudflare Pages would.
 */
export async function serve(dir: string, base = '/', options: { headers?: boolean } = {}): Promise<{ url: string; close: () => Promise<void>; switchTo: (next: string) => void }> {
  let root = dir;
  let files = sirv(root, { dev: true, etag: true });
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
      files = sirv(root, { dev: true, etag: true });
    },
  };
}
