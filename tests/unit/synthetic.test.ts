import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check.ts';
import { countWords, prng, writeSyntheticContent } from '../../scripts/lib/synthetic.ts';
import { listFiles } from '../../src/build/list-files.ts';
import { formatIssue } from '../../src/lib/issue-format.ts';
import { realContent } from '../support/paths.ts';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function generate(practices: number, seed: number) {
  const dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
  temps.push(dir);
  const summary = writeSyntheticContent(dir, realContent, { practices, seed });
  return { dir, summary };
}

/** Every file under a folder, as `relative path → text`. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of listFiles(dir, { dotFiles: true }).files) out.set(file, await readFile(join(dir, file), 'utf8'));
  return out;
}

/** The prose of a practice text: frontmatter values and body, without the YAML keys. */
const prose = (mdx: string) => mdx.replace(/^(---|title:|summary:|goal:|approach:|impact:)/gm, '');

describe('synthetic content for the benchmark', async () => {
  const a = await generate(12, 7);

  it('passes the content check with no errors and no warnings', async () => {
    const report = await readContent(a.dir);
    expect(report.issues.map(formatIssue)).toEqual([]);
    expect(a.summary.practices).toBe(12);
    // The real practices are copied alongside, so the guides' links to them resolve.
    const real = (await readdir(join(realContent, 'practices'))).length;
    expect(report.entries.practices).toBe(12 + real);
  });

  it('writes each practice in English, Arabic and French, 500-800 words each, with diacritics and accents', async () => {
    const files = await snapshot(a.dir);
    const texts = [...files].filter(([p]) => /practices\/.+-\d{5}\/(en|ar|fr)\.mdx$/.test(p));
    expect(texts).toHaveLength(36);
    for (const [path, text] of texts) {
      const words = countWords(prose(text));
      expect(words, path).toBeGreaterThanOrEqual(500);
      expect(words, path).toBeLessThanOrEqual(800);
    }
    const ar = texts
      .filter(([p]) => p.endsWith('ar.mdx'))
      .map(([, t]) => t)
      .join('');
    const fr = texts
      .filter(([p]) => p.endsWith('fr.mdx'))
      .map(([, t]) => t)
      .join('');
    expect(ar).toMatch(/[\u064B-\u0652]/); // harakat, tanween, shadda
    expect(fr).toMatch(/[éèàçêœ]/);
    expect(ar.replace(/\]\([^)]*\)/g, ']')).not.toMatch(/\b(the|and|of)\b/); // no English left in the Arabic
  });

  it('spreads practices over the taxonomy and writes a guide with chapters that cite them', async () => {
    const files = await snapshot(a.dir);
    const facts = [...files].filter(([p]) => /-\d{5}\/practice\.yaml$/.test(p)).map(([, t]) => t);
    const countries = new Set(facts.map((t) => /^countries: \[(\w+)/m.exec(t)?.[1]));
    expect(countries.size).toBeGreaterThan(3);
    const chapter = files.get('guides/bench-guide/en/chapter-001.mdx') ?? '';
    expect(chapter).toMatch(/\(\.\.\/\.\.\/\.\.\/practices\/[a-z0-9-]+-\d{5}\/\)/);
    for (const l of ['en', 'ar', 'fr']) expect(files.has(`guides/bench-guide/${l}/index.mdx`)).toBe(true);
  });

  it('is deterministic for a seed, and another seed gives other content', async () => {
    const b = await generate(12, 7);
    const c = await generate(12, 8);
    const [sa, sb, sc] = await Promise.all([snapshot(a.dir), snapshot(b.dir), snapshot(c.dir)]);
    expect([...sb.keys()].sort()).toEqual([...sa.keys()].sort());
    for (const [path, text] of sa) expect(sb.get(path), path).toBe(text);
    const differs = [...sa].some(([path, text]) => sc.get(path) !== text);
    expect(differs).toBe(true);
  });

  it('uses a seeded generator that repeats its sequence', () => {
    const x = prng(42),
      y = prng(42);
    const xs = Array.from({ length: 5 }, x),
      ys = Array.from({ length: 5 }, y);
    expect(xs).toEqual(ys);
    for (const v of xs) expect(v >= 0 && v < 1).toBe(true);
  });
});
