import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, page } from '../support/built-site.ts';
import { dist, fixtureBase, fixtureContent, fixtureDist } from '../support/paths.ts';
import { contentStatus } from '../../src/build/translation-status.ts';
import { textPath } from '../../src/lib/contributor-links.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { buildSite } from '../support/astro-build.ts';

/**
 * "Edit this page" and "Translate this page" links, on a build of the fixture with the repository
 * configured (built here, next to the fixture build), and their absence from a build without it.
 */
const REPO = 'https://github.com/example/mena-hub';
const repoDist = process.env.TEST_REPO_FIXTURE_DIST ?? `${fixtureDist}-repository`;

beforeAll(async () => {
  const built = await buildSite({
    contentDir: fixtureContent,
    outDir: repoDist,
    env: { BASE_PATH: fixtureBase, SITE_URL: 'https://example.org', REPOSITORY_URL: REPO, REPOSITORY_BRANCH: 'main' },
  });
  if (built.code !== 0) throw new Error(built.output);
}, 300_000);

const at = (sitePath: string) => page(repoDist, sitePath);
const linkOf = (sitePath: string, kind: 'edit' | 'translate') => at(sitePath)(`[data-${kind}-link]`).attr('href');

/** The page of a text entry, as the site prints it. */
function entryPage(e: ReturnType<typeof contentStatus>[number], l: Locale): string {
  const paths = {
    practice: `practices/${e.slug}`,
    guide: `guides/${e.slug}`,
    chapter: `guides/${e.slug}/${e.chapter}`,
    activity: `activities/${e.slug}`,
    template: `templates/${e.slug}`,
    // Standing pages: about at /about/, the others under it (/about/evidence/).
    page: e.slug === 'about' ? 'about' : `about/${e.slug}`,
  };
  return `/${l}/${paths[e.kind]}/`;
}

describe('edit and translate links (repository configured)', () => {
  it('an English-only practice has, on its Arabic page, a Translate link to a new ar.mdx prefilled with the template', () => {
    const href = linkOf('/ar/practices/sample-english/', 'translate');
    expect(href).toBeDefined();
    const url = new URL(href!);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/new/main`);
    expect(url.searchParams.get('filename')).toBe('content/practices/sample-english/ar.mdx');
    const template = url.searchParams.get('value')!;
    // Same frontmatter keys as the English text, empty; the English headings to translate.
    expect(template).toBe('---\ntitle: ""\nsummary: ""\ngoal: ""\napproach: ""\nimpact: ""\n---\n\n## Context\n\n');
    expect(linkOf('/ar/practices/sample-english/', 'edit')).toBeUndefined();
  });

  it('a translated practice has an Edit link to its own file in the page language', () => {
    for (const l of localeCodes) {
      expect(linkOf(`/${l}/practices/sample-full/`, 'edit')).toBe(`${REPO}/edit/main/content/practices/sample-full/${l}.mdx`);
      expect(linkOf(`/${l}/practices/sample-full/`, 'translate')).toBeUndefined();
    }
    expect(linkOf('/en/practices/sample-english/', 'edit')).toBe(`${REPO}/edit/main/content/practices/sample-english/en.mdx`);
  });

  it('a chapter keeps its order in the template: it must match the other languages', () => {
    const url = new URL(linkOf('/fr/guides/sample-guide/second-steps/', 'translate')!);
    expect(url.searchParams.get('filename')).toBe('content/guides/sample-guide/fr/second-steps.mdx');
    expect(url.searchParams.get('value')).toBe('---\ntitle: ""\nsummary: ""\norder: 2\n---\n\n## Keep going\n\n');
  });

  it('every entry page (practice, guide, chapter, activity, template, about) in every language has exactly one of the two', () => {
    const entries = contentStatus(fixtureContent);
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(['practice', 'guide', 'chapter', 'activity', 'template', 'page']));
    for (const e of entries)
      for (const l of localeCodes) {
        const p = entryPage(e, l);
        const edit = linkOf(p, 'edit');
        const translate = linkOf(p, 'translate');
        if (e.files[l]) {
          expect(edit, p).toBe(`${REPO}/edit/main/content/${e.files[l]}`);
          expect(translate, p).toBeUndefined();
        } else {
          expect(edit, p).toBeUndefined();
          expect(new URL(translate!).searchParams.get('filename'), p).toBe(`content/${textPath(e, l)}`);
        }
      }
  });

  it('the contribute page links to the contributor guide in its own language', () => {
    expect(at('/en/contribute/')('[data-contributing-link]').attr('href')).toBe(`${REPO}/blob/main/CONTRIBUTING.md`);
    expect(at('/ar/contribute/')('[data-contributing-link]').attr('href')).toBe(`${REPO}/blob/main/CONTRIBUTING.ar.md`);
    expect(at('/fr/contribute/')('[data-contributing-link]').attr('href')).toBe(`${REPO}/blob/main/CONTRIBUTING.fr.md`);
  });

  it('the translation status page offers Translate links for the missing texts', () => {
    const $ = at('/en/contribute/status/');
    const hrefs = $('[data-status-locale=ar] [data-status=missing] [data-translate-link]')
      .map((_, a) => new URL($(a).attr('href')!).searchParams.get('filename'))
      .get();
    expect(hrefs).toContain('content/practices/sample-english/ar.mdx');
    expect(hrefs).toContain('content/guides/sample-guide/ar/second-steps.mdx');
  });
});

describe.skipIf(Boolean(process.env.REPOSITORY_URL))('without a configured repository (the real site as tested)', () => {
  it('no page carries an edit, translate or contributor-guide link', () => {
    const offenders = builtPages(dist).filter((p) => {
      const $ = page(dist, p);
      return $('[data-edit-link], [data-translate-link], [data-contributing-link], .edit-links').length > 0;
    });
    expect(offenders).toEqual([]);
  });

  it('the contribute page names the guide instead of linking to a guessed address', () => {
    const $ = page(dist, '/en/contribute/');
    expect($('main').text()).toContain('CONTRIBUTING.md');
    expect($('a[href*="github.com"]').length).toBe(0);
  });
});
