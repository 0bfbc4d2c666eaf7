import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enumLabel, t } from '../../src/lib/i18n.ts';
import { resources } from '../../src/i18n/resources.ts';
import { defaultNamespace, namespaces } from '../../src/i18n/namespaces.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { root } from '../support/paths.ts';

/** The interface strings split by audience: one file per namespace and language, keys typed (src/i18next.d.ts). */
describe('interface string namespaces', () => {
  it.each(localeCodes)('src/i18n/%s/ holds one file per namespace, and nothing else', (locale) => {
    expect(readdirSync(join(root, 'src/i18n', locale)).sort()).toEqual(namespaces.map((ns) => `${ns}.json`).sort());
  });

  it('no group of the default namespace is named like a namespace (its keys would be looked up there)', () => {
    for (const l of localeCodes) expect(Object.keys(resources[l][defaultNamespace]).filter((g) => (namespaces as readonly string[]).includes(g))).toEqual([]);
  });

  it('finds a key by its namespace, and a reader-facing key without one', () => {
    expect(t('fr')('check.severity.error')).toBe(resources.fr.check.severity.error);
    expect(t('ar')('scaffold.cli.yes')).toBe(resources.ar.scaffold.cli.yes);
    expect(t('en')('practice.goal')).toBe(resources.en.reader.practice.goal);
    expect(enumLabel('fr', 'status', 'ongoing')).toBe(resources.fr.reader.enum.status.ongoing);
  });

  it('a misspelt key, or one without its namespace, fails type checking and is not found', () => {
    // Each line below must stay a type error: `astro check` (npm run check) fails on an unused @ts-expect-error.
    // @ts-expect-error: misspelt key
    expect(t('en')('practice.gaol')).toBe('practice.gaol');
    // @ts-expect-error: a checker message without its namespace
    expect(t('en')('severity.error')).toBe('severity.error');
    // @ts-expect-error: a value the enum does not have
    expect(enumLabel('en', 'status', 'ongoign')).toBe('enum.status.ongoign');
  });
});
