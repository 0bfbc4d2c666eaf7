import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/list-files.ts';
import { checkMdxSource } from '../../src/build/mdx-check.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { sanitizeSchema } from '../../src/lib/sanitize.ts';
import { buildSite } from '../support/astro-build.ts';
import { fixtureContent, root } from '../support/paths.ts';
import { corpus, reproductions } from '../fixtures/markdown-corpus.ts';

/**
 * Contributor Markdown carrying raw HTML (tests/fixtures/markdown-corpus.ts) through the real build: in
 * a practice written in English, in a practice written only in Arabic (published in all three languages
 * through the fallback) and in a guide chapter (compiled as MDX). Whatever the check accepts comes out
 * inert: in every built page of every language, the contributor's text holds only the elements and
 * attributes of the sanitiser's schema, and no page has an event handler, a refresh, a foreign form or a
 * script of its own.
 */
const head = (title: string, extra = '') => `---\ntitle: ${title}\nsummary: Raw HTML in Markdown, rendered inert.\n${extra}---\n\n`;
const accepted: { name: string; text: string }[] = [];
const refused: string[] = [];
let contentDir = '';
let outDir = '';

beforeAll(async () => {
  for (const variant of corpus()) {
    if (checkMdxSource(head('T') + variant.text, 'x.mdx').length === 0) accepted.push(variant);
    else refused.push(variant.name);
  }
  // A highlighted code block would carry inline styles, which the policy refuses: the schema has no `style`.
  const code = '```js\nconst answer = 42;\n```';
  const body = [code, ...accepted.map((v) => `Variant: ${v.name}.\n\n${v.text}`)].join('\n\n');
  contentDir = await mkdtemp(join(tmpdir(), 'sanitize-'));
  outDir = resolve(root, 'tests/.output', `sanitize-${process.pid}`);
  await cp(fixtureContent, contentDir, { recursive: true });
  const facts = await readFile(join(contentDir, 'practices/sample-english/practice.yaml'), 'utf8');
  for (const [slug, lang] of [
    ['hostile-markdown', 'en'],
    ['hostile-markdown-ar', 'ar'],
  ] as const) {
    await mkdir(join(contentDir, 'practices', slug));
    await writeFile(join(contentDir, 'practices', slug, 'practice.yaml'), facts.replace('original_language: en', `original_language: ${lang}`));
    await writeFile(
      join(contentDir, 'practices', slug, `${lang}.mdx`),
      head(lang === 'ar' ? 'نص عدائي' : 'Hostile Markdown', 'goal: G.\napproach: A.\nimpact: I.\n') + body + '\n',
    );
  }
  await writeFile(join(contentDir, 'guides/sample-guide/en/hostile-markdown.mdx'), head('Hostile chapter', 'order: 9\n') + body + '\n');
  const built = await buildSite({ contentDir, outDir });
  if (built.code !== 0) throw new Error(`the hostile Markdown did not build:\n${built.output.slice(-3000)}`);
}, 300_000);
afterAll(() => Promise.all([contentDir, outDir].filter(Boolean).map((d) => rm(d, { recursive: true, force: true }))));

const pages = () => listFiles(outDir, { dotFiles: true }).files.filter((f) => f.endsWith('.html'));
const load = (page: string) => cheerio.load(readFileSync(join(outDir, page), 'utf8'));

/** The schema's allowed attributes for an element, as HTML attribute names (`className` → `class`). */
function allowedAttributes(tag: string): string[] {
  const entries = [...(sanitizeSchema.attributes?.[tag] ?? []), ...(sanitizeSchema.attributes?.['*'] ?? [])];
  const names = entries.map((e) => (typeof e === 'string' ? e : e[0]));
  const html = names.map((n) => (n === 'className' ? 'class' : n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)));
  return /^h[1-6]$/.test(tag) ? [...html, 'id'] : html;
}

describe('raw HTML in contributor Markdown is refused or rendered inert', () => {
  it('the corpus has variants both ways, and the two reproductions of the review are accepted (so they are built)', () => {
    expect(accepted.length).toBeGreaterThan(100);
    expect(refused.length).toBeGreaterThan(50);
    for (const r of reproductions) expect(checkMdxSource(head('T') + r, 'x.mdx')).toEqual([]);
    expect(accepted.some((v) => v.name.startsWith('type 1 script, code span broken across lines, in a paragraph'))).toBe(true);
  });

  it('every page built from it exists in all three languages', () => {
    for (const l of localeCodes)
      for (const path of ['practices/hostile-markdown', 'practices/hostile-markdown-ar', 'guides/sample-guide/hostile-markdown'])
        expect(pages(), `${l}/${path}`).toContain(`${l}/${path}/index.html`);
  });

  it('inside the contributor text of every page, only elements and attributes of the schema', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages()) {
      const $ = load(page);
      $('.prose *').each((_, el) => {
        checked++;
        const tag = el.tagName.toLowerCase();
        if (!sanitizeSchema.tagNames?.includes(tag)) problems.push(`${page}: <${tag}>`);
        for (const attr of Object.keys(el.attribs)) if (!allowedAttributes(tag).includes(attr)) problems.push(`${page}: <${tag} ${attr}>`);
      });
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...new Set(problems)]).toEqual([]);
  });

  it('no page anywhere has an event handler, a refresh, a base, a frame, a foreign form or an inline script', () => {
    const problems: string[] = [];
    for (const page of pages()) {
      const $ = load(page);
      $('*').each((_, node) => {
        const el = node as unknown as { tagName: string; attribs: Record<string, string> };
        for (const [attr, value] of Object.entries(el.attribs)) {
          if (/^on/i.test(attr)) problems.push(`${page}: <${el.tagName} ${attr}>`);
          if (/^\s*(javascript|data|vbscript):/i.test(value) && ['href', 'src', 'action', 'formaction'].includes(attr))
            problems.push(`${page}: ${attr}=${value}`);
        }
      });
      if ($('meta[http-equiv]').filter((_, m) => !/^content-security-policy$/i.test($(m).attr('http-equiv') ?? '')).length)
        problems.push(`${page}: meta http-equiv`);
      if ($('base, iframe, frame, object, embed, style, link[rel=stylesheet][href^="http"], textarea:not(form.propose-form textarea)').length)
        problems.push(`${page}: ${$('base, iframe, frame, object, embed, style').first().prop('tagName')}`);
      $('form').each((_, f) => {
        const action = $(f).attr('action');
        if (action !== undefined && !action.startsWith('/')) problems.push(`${page}: form action ${action}`);
      });
      $('script').each((_, s) => {
        const type = $(s).attr('type') ?? '';
        if (!$(s).attr('src') && !['application/json', 'application/ld+json'].includes(type)) problems.push(`${page}: inline script`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('the reproductions read as code, in every language and in the guide', () => {
    for (const l of localeCodes) {
      for (const path of ['practices/hostile-markdown', 'practices/hostile-markdown-ar', 'guides/sample-guide/hostile-markdown']) {
        const code = load(`${l}/${path}/index.html`)('.prose code')
          .map((_, c) => cheerio.load(c).text())
          .get()
          .join('\n');
        expect(code, `${l}/${path}`).toContain('<script>alert(1)</script>');
        expect(code, `${l}/${path}`).toContain('*/}<meta http-equiv="refresh" content="1;url=/en/about/">');
      }
    }
  });
});
