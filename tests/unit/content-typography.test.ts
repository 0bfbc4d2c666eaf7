import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../../src/build/list-files.ts';
import { realContent } from '../support/paths.ts';
import { arabicProblems, frenchProblems } from '../support/typography.ts';

/**
 * The bundled content follows the same punctuation rules as the interface strings
 * (tests/unit/i18n-typography.test.ts): French and Arabic texts — front matter and body of every French and
 * Arabic MDX file, and the `fr` and `ar` values of every YAML file.
 */

type Lang = 'fr' | 'ar';
const check: Record<Lang, (text: string) => string[]> = { fr: frenchProblems, ar: arabicProblems };

/**
 * Real content allowed to break a rule, with the reason (file relative to content/, and the text
 * concerned). Empty: fix the content's typography rather than adding to it.
 */
const exempt: ReadonlyArray<{ file: string; text: string; why: string }> = [];

/** The language of an MDX text from its path: practices/<slug>/fr.mdx, guides/<guide>/ar/<chapter>.mdx. */
const mdxLang = (file: string): Lang | undefined => /(?:^|\/)(fr|ar)(?:\.mdx$|\/)/.exec(file)?.[1] as Lang | undefined;

/** Every string under an `fr` or `ar` key of a YAML document, with its path. */
function yamlTexts(value: unknown, path: string, lang?: Lang): { path: string; lang: Lang; text: string }[] {
  if (typeof value === 'string') return lang ? [{ path, lang, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => yamlTexts(v, `${path}[${i}]`, lang));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => yamlTexts(v, path ? `${path}.${k}` : k, k === 'fr' || k === 'ar' ? k : lang));
  return [];
}

function contentProblems(root: string): string[] {
  const problems: string[] = [];
  for (const file of listFiles(root).files) {
    const full = join(root, file);
    const skip = (text: string) => exempt.some((e) => e.file === file && text.includes(e.text));
    if (file.endsWith('.mdx')) {
      const lang = mdxLang(file);
      if (!lang) continue;
      readFileSync(full, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!skip(line)) for (const p of check[lang](line)) problems.push(`${file}:${i + 1}: ${p}`);
        });
    } else if (/\.ya?ml$/.test(file)) {
      for (const { path, lang, text } of yamlTexts(parse(readFileSync(full, 'utf8')), ''))
        if (!skip(text)) for (const p of check[lang](text)) problems.push(`${file} ${path}: ${p}`);
    }
  }
  return problems;
}

describe('content typography', () => {
  it('finds the French and Arabic texts by their paths', () => {
    expect(['practices/x/fr.mdx', 'guides/mayors/ar/index.mdx', 'pages/about/en.mdx', 'guides/mayors/en/fr-notes.mdx'].map(mdxLang)).toEqual([
      'fr',
      'ar',
      undefined,
      undefined,
    ]);
    expect(yamlTexts({ term: { en: 'a : b', fr: 'x ; y' }, aliases: { ar: ['أ, ب'] } }, '')).toEqual([
      { path: 'term.fr', lang: 'fr', text: 'x ; y' },
      { path: 'aliases.ar[0]', lang: 'ar', text: 'أ, ب' },
    ]);
  });

  it('French and Arabic texts of the content follow the punctuation rules', () => {
    expect(contentProblems(realContent)).toEqual([]);
  });
});
