import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translationStatus } from '../../src/build/translation-status.ts';

/**
 * A throwaway git repository with a content folder and interface strings, changed commit by commit the
 * way contributors do: an English text, then its Arabic translation, then a change to the English.
 */
const temps: string[] = [];
let repo: string;

const tmp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `status-${name}-`));
  temps.push(dir);
  return dir;
};
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
};
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
const commit = (message: string) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
};
const status = (root = repo) => translationStatus({ contentDir: join(root, 'content'), interfaceDir: join(root, 'i18n') });
const text = (title: string, heading = 'Context') =>
  `---\ntitle: ${title}\nsummary: A summary.\ngoal: A goal.\napproach: An approach.\nimpact: An impact.\n---\n\n## ${heading}\n\nBody.\n`;
const practiceYaml = (original: string) => `countries: [ma]\noriginal_language: ${original}\n`;

beforeAll(() => {
  repo = tmp('repo');
  git('init', '-q');
  write('content/practices/p/practice.yaml', practiceYaml('en'));
  write('content/practices/p/en.mdx', text('Practice P'));
  write('content/practices/q/practice.yaml', practiceYaml('ar'));
  write('content/practices/q/ar.mdx', text('ممارسة'));
  write('content/guides/g/en/index.mdx', '---\ntitle: Guide G\nsummary: S.\n---\n');
  write('content/guides/g/en/one.mdx', '---\ntitle: One\nsummary: S.\norder: 1\n---\n');
  write('content/guides/g/fr/index.mdx', '---\ntitle: Guide G\nsummary: S.\n---\n');
  // One file per language and namespace: the default namespace's keys unprefixed, the others' under its name.
  write('i18n/en/reader.json', JSON.stringify({ a: 'A', n_one: '{{count}} item', n_other: '{{count}} items' }, null, 2));
  write('i18n/en/check.json', JSON.stringify({ b: { c: 'C' } }, null, 2));
  write('i18n/ar/reader.json', JSON.stringify({ a: 'أ', n_one: 'عنصر' }, null, 2));
  write('i18n/fr/reader.json', JSON.stringify({ a: 'A', n_one: '{{count}} élément', n_other: '{{count}} éléments' }, null, 2));
  write('i18n/fr/check.json', JSON.stringify({ b: { c: 'C' } }, null, 2));
  commit('English texts');
});
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('translation status', () => {
  it('lists missing texts per language, with the source language of each entry', () => {
    const s = status();
    expect(s.historyKnown).toBe(true);
    const p = s.entries.find((e) => e.slug === 'p')!;
    expect(p.source).toBe('en');
    expect(p.state).toEqual({ en: 'present', ar: 'missing', fr: 'missing' });
    // original_language decides the source, so the English text is what is missing.
    const q = s.entries.find((e) => e.slug === 'q')!;
    expect(q.source).toBe('ar');
    expect(q.state).toEqual({ en: 'missing', ar: 'present', fr: 'missing' });
    expect(s.entries.find((e) => e.kind === 'chapter')).toMatchObject({ chapter: 'one', state: { en: 'present', ar: 'missing', fr: 'missing' } });
    expect(s.entries.find((e) => e.kind === 'guide')?.state).toEqual({ en: 'present', ar: 'missing', fr: 'present' });
    expect(s.locales.fr).toMatchObject({ total: 4, present: 1, percent: 25 });
    expect(s.locales.en).toMatchObject({ total: 4, present: 3, percent: 75 });
  });

  it('marks a translation outdated once its source changes in a later commit, and current again once it is updated', () => {
    write('content/practices/p/ar.mdx', text('ممارسة ب', 'السياق'));
    commit('Arabic translation');
    expect(status().entries.find((e) => e.slug === 'p')!.state.ar).toBe('present');

    write('content/practices/p/en.mdx', text('Practice P, revised'));
    commit('Revise the English text');
    const s = status();
    expect(s.entries.find((e) => e.slug === 'p')!.state).toEqual({ en: 'present', ar: 'outdated', fr: 'missing' });
    expect(s.locales.ar.outdated.map((e) => e.slug)).toEqual(['p']);
    // Outdated still counts as available: the reader gets a text in their language.
    expect(s.locales.ar.present).toBe(s.locales.ar.total - s.locales.ar.missing.length);

    write('content/practices/p/ar.mdx', text('ممارسة ب، بعد المراجعة', 'السياق'));
    commit('Update the Arabic translation');
    expect(status().entries.find((e) => e.slug === 'p')!.state.ar).toBe('present');
  });

  it('counts a change not yet committed as the newest', () => {
    write('content/practices/p/en.mdx', text('Practice P, revised again'));
    expect(status().entries.find((e) => e.slug === 'p')!.state.ar).toBe('outdated');
    git('checkout', '--', 'content/practices/p/en.mdx');
    expect(status().entries.find((e) => e.slug === 'p')!.state.ar).toBe('present');
  });

  it('lists missing interface strings (plural forms counted once) and those whose English changed later', () => {
    let ui = status().locales;
    expect(ui.en.interface).toEqual({ total: 3, missing: [], outdated: [] });
    expect(ui.ar.interface.missing).toEqual(['check.b.c']);
    expect(ui.ar.interface.outdated).toEqual([]);

    write('i18n/en/reader.json', JSON.stringify({ a: 'A, revised', n_one: '{{count}} item', n_other: '{{count}} items' }, null, 2));
    commit('Revise an English interface string');
    ui = status().locales;
    expect(ui.ar.interface.outdated).toEqual(['a']);
    expect(ui.fr.interface.outdated).toEqual(['a']);

    // Blamed file by file: a change to one namespace's English file dates only that file's strings.
    write('i18n/en/check.json', JSON.stringify({ b: { c: 'C, revised' } }, null, 2));
    commit('Revise an English checker string');
    expect(status().locales.fr.interface.outdated).toEqual(['a', 'check.b.c']);
  });

  it('reports nothing outdated without history: outside a repository, or in a shallow clone', () => {
    write('content/practices/p/en.mdx', text('Practice P, third version'));
    commit('Third English version');
    expect(status().entries.find((e) => e.slug === 'p')!.state.ar).toBe('outdated');

    const plain = tmp('plain');
    cpSync(join(repo, 'content'), join(plain, 'content'), { recursive: true });
    cpSync(join(repo, 'i18n'), join(plain, 'i18n'), { recursive: true });
    const copy = status(plain);
    expect(copy.historyKnown).toBe(false);
    expect(copy.entries.find((e) => e.slug === 'p')!.state).toEqual({ en: 'present', ar: 'present', fr: 'missing' });
    expect(copy.locales.ar.interface.outdated).toEqual([]);

    const shallow = join(tmp('shallow'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'pipe' });
    const s = status(shallow);
    expect(s.historyKnown).toBe(false);
    expect(s.entries.find((e) => e.slug === 'p')!.state.ar).toBe('present');
  });
});
