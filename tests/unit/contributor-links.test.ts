import { describe, expect, it } from 'vitest';
import { contributingUrl, historyUrl, pageLinks, translationPath, translationTemplate } from '../../src/lib/contributor-links.ts';
import { repository } from '../../src/lib/repository.ts';

const repo = repository({ REPOSITORY_URL: 'https://github.com/example/mena-hub/' })!;

describe('contributor links', () => {
  it('finds the same text in another language, for every kind of text file', () => {
    expect(translationPath('practices/rabat/en.mdx', 'ar')).toBe('practices/rabat/ar.mdx');
    expect(translationPath('activities/workshop/fr.mdx', 'en')).toBe('activities/workshop/en.mdx');
    expect(translationPath('pages/about/en.mdx', 'fr')).toBe('pages/about/fr.mdx');
    expect(translationPath('guides/mayors/en/index.mdx', 'ar')).toBe('guides/mayors/ar/index.mdx');
    expect(translationPath('guides/mayors/en/why-cities.mdx', 'ar')).toBe('guides/mayors/ar/why-cities.mdx');
    expect(translationPath('practices/rabat/practice.yaml', 'ar')).toBeUndefined();
    expect(translationPath('taxonomy/cities.yaml', 'ar')).toBeUndefined();
  });

  it('starts a translation with the same fields, empty, and the source headings', () => {
    expect(translationTemplate({ title: 'T', summary: 'S', order: 3 }, 'Intro.\n\n## First\n\nText with ## inside.\n### Second\n')).toBe(
      '---\ntitle: ""\nsummary: ""\norder: 3\n---\n\n## First\n\n### Second\n\n',
    );
  });

  it('gives Edit for an existing text, Translate for a missing one, and nothing without a repository', () => {
    const en = { path: 'practices/x/en.mdx', data: { title: 'X' }, body: () => '## Context\n' };
    expect(pageLinks(repo, 'en', en, en)).toEqual({ edit: 'https://github.com/example/mena-hub/edit/main/content/practices/x/en.mdx' });
    const translate = new URL(pageLinks(repo, 'ar', undefined, en).translate!);
    expect(translate.searchParams.get('filename')).toBe('content/practices/x/ar.mdx');
    expect(translate.searchParams.get('value')).toBe('---\ntitle: ""\n---\n\n## Context\n\n');
    expect(pageLinks(undefined, 'ar', undefined, en)).toEqual({});
  });

  it('links to the contributor guide in each language and to a file history', () => {
    expect(contributingUrl(repo, 'en')).toBe('https://github.com/example/mena-hub/blob/main/CONTRIBUTING.md');
    expect(contributingUrl(repo, 'ar')).toBe('https://github.com/example/mena-hub/blob/main/CONTRIBUTING.ar.md');
    expect(historyUrl(repo, 'practices/x/en.mdx')).toBe('https://github.com/example/mena-hub/commits/main/content/practices/x/en.mdx');
  });
});
