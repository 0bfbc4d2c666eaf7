import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/lib/i18n.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { dist } from '../support/paths.ts';

/**
 * i18next runs at build time only: every browser script gets the strings its page needs in a JSON island
 * written from t() (src/components/JsonScript.astro), so no script the site ships carries i18next or the
 * interface strings of a resource file. The schemas' own English messages (src/schemas/messages.ts) are
 * part of the schemas the proposal form runs, not interface strings: they are looked up, never shown.
 */
type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));

const scripts = ['_astro', 'scripts'].flatMap((dir) =>
  readdirSync(join(dist, dir))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ path: `/${dir}/${f}`, code: readFileSync(join(dist, dir, f), 'utf8') })),
);

describe('browser scripts carry no i18next and no resource file', () => {
  it('finds the scripts, the proposal form’s among them', () => {
    expect(scripts.some((s) => s.path.includes('propose'))).toBe(true);
  });

  it('no script contains i18next', () => {
    expect(scripts.filter((s) => /i18next/i.test(s.code)).map((s) => s.path)).toEqual([]);
  });

  it.each(localeCodes)('no script contains an interface string of %s.json', (locale) => {
    // Strings long enough to be unmistakable, as written in a JavaScript string literal or as is.
    const strings = leaves(resources[locale] as unknown as Tree).filter(([key, value]) => value.length >= 12 && !key.startsWith('check.schema.'));
    expect(strings.length).toBeGreaterThan(300);
    const found = scripts.flatMap((s) =>
      strings.filter(([, value]) => s.code.includes(value) || s.code.includes(JSON.stringify(value).slice(1, -1))).map(([key]) => `${s.path}: ${key}`),
    );
    expect(found).toEqual([]);
  });
});
