import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/lib/i18n.ts';
import { localeCodes } from '../../src/config/locales.ts';
import {
  activityTypes,
  audiences,
  evidenceLevels,
  governanceLevels,
  organisationTypes,
  resourceTypes,
  reviewLevels,
  cardItems,
  transferItems,
  riskItems,
  reportStates,
  scopes,
  statuses,
} from '../../src/schemas/index.ts';
import { filterGroups, searchTypes } from '../../src/lib/search/search-record.ts';
import { narrativeKeys } from '../../src/lib/scaffold/types.ts';
import { schemaMessages } from '../../src/schemas/messages.ts';
import { root } from '../support/paths.ts';

/**
 * Every interface string the code looks up exists in all three files, and every string in the files is
 * looked up somewhere (no orphans left behind when a component changes).
 *
 * A key is "used" when the code names it as a string literal (`_('practice.goal')`, `msg('check.value.missing')`,
 * `pluralForms(locale, 'search.results')`), or when the code builds it from a prefix and a value
 * (`` _(`enum.level.${l}`) ``): those prefixes are listed below with the values they take, and a prefix the
 * code builds that is not listed fails the test, so the list cannot fall behind.
 */

type Tree = { [key: string]: string | Tree };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
/** Keys without their plural suffix: `search.results_one` → `search.results`. */
const keysOf = (tree: Tree) => new Set(flatten(tree).map((k) => k.replace(pluralSuffix, '')));
const groupsOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [] : [`${prefix}${k}`, ...groupsOf(v, `${prefix}${k}.`)]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return /\.(ts|astro|mjs)$/.test(d.name) ? [full] : [];
  });
}
const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'scripts'))].map((file) => ({
  file: relative(root, file),
  text: readFileSync(file, 'utf8'),
}));
const read = (file: string) => readFileSync(join(root, file), 'utf8');

const en = resources.en as unknown as Tree;
const namespaces = Object.keys(en);
/** A quoted string that starts with a top-level namespace: `'practice.goal'`, `` `enum.level.${l}` ``. */
const keyLike = new RegExp(String.raw`(['"\x60])((?:${namespaces.join('|')})\.[A-Za-z0-9_.-]*?)(\$\{|\1)`, 'g');
/** Literals in that shape that are file names, not keys. */
const notKeys = /\.(ya?ml|mdx?|json|log|ts)$/;

function literalsIn(text: string) {
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const m of text.matchAll(keyLike)) {
    if (m[3] === '${') prefixes.push(m[2]!);
    else if (!notKeys.test(m[2]!) && !m[2]!.endsWith('.')) keys.push(m[2]!);
  }
  return { keys, prefixes };
}

/** Values a tail can take, read from the code that builds the key (`'documents'`, `key: 'programmes'`, `note('lead')`). */
const quoted = (file: string, pattern = /'([A-Za-z][\w-]*)'/g) => [...read(file).matchAll(pattern)].flatMap((m) => m.slice(1).filter((g) => g !== undefined));
/** The quoted words inside each match of `pattern` (a list literal, a call's arguments). */
const wordsIn = (file: string, pattern: RegExp) => quoted(file, pattern).flatMap((inner) => [...inner.matchAll(/'(\w[\w-]*)'/g)].map((m) => m[1]!));
const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
const issueKinds = [...read('src/lib/scaffold/types.ts').matchAll(/\| '(\w+)'/g)].map((m) => m[1]!);

/** Every prefix the code builds a key from, with the values it can take. */
const built: Record<string, readonly string[]> = {
  'enum.scope.': scopes,
  'enum.level.': governanceLevels,
  'enum.status.': statuses,
  'enum.evidence.': evidenceLevels,
  'enum.review.': reviewLevels,
  'enum.report.': reportStates,
  'practice.reviewSentence.': reviewLevels,
  // The codebook's descriptions, one per kind of column (the type Described in the codebook module).
  'openData.codebook.': wordsIn('src/build/open-data-codebook.ts', /type Described =([^;]+);/g),
  'practice.card.': cardItems,
  'practice.transfer.': transferItems,
  'practice.risk.': riskItems,
  'enum.orgType.': organisationTypes,
  'enum.audience.': audiences,
  'enum.resourceType.': resourceTypes,
  'enum.activityType.': activityTypes,
  'languageName.': localeCodes,
  'search.type.': searchTypes,
  'search.group.': filterGroups,
  'scaffold.heading.': narrativeKeys,
  // The scaffolder's sentences, looked up by the kind of problem (IssueKind in src/lib/scaffold/types.ts).
  'scaffold.error.': issueKinds,
  // Comments written into the scaffolded files: note('countries'), comment.chapterHeader.
  'scaffold.comment.': ['practice', 'chapter', 'resource', 'translation'].flatMap((f) =>
    quoted(`src/lib/scaffold/${f}.ts`, /(?:note|field)\(\s*'(\w+)'|comment\.(\w+)/g),
  ),
  // Questions of the CLI and the proposal form, by answer name; a document's fields as `document${Key}`.
  'scaffold.field.': [
    ...quoted('scripts/new.ts'),
    ...quoted('src/pages/[locale]/contribute/propose.astro'),
    ...quoted('src/lib/propose-view.ts'),
    ...wordsIn('src/client/propose-form.ts', /documents: \[([^\]]+)\]/g).map((k) => `document${cap(k)}`),
  ],
  'scaffold.hint.': [...quoted('scripts/new.ts'), ...quoted('src/pages/[locale]/contribute/propose.astro'), ...quoted('src/lib/propose-view.ts')],
  'scaffold.kind.': wordsIn('scripts/new.ts', /const kinds = \[([^\]]+)\]/g),
  'scaffold.cli.': wordsIn('scripts/new.ts', /confirm\(([^)]*)\)/g),
  'check.expected.': quoted('src/lib/crosscheck.ts', /(?:expectedMsg|listed)\(\s*'(\w+)'|, '(\w+Listed)', error\)/g),
  'check.value.': quoted('src/lib/crosscheck.ts', /foundMsg\(\s*'(\w+)'/g),
  'check.expected.layout.': quoted('src/lib/content-layout.ts', /bad\(\s*'(\w+)'/g),
  'check.expected.type.': wordsIn('src/lib/issues.ts', /typeNames = new Set\(\[([^\]]+)\]/g),
  'check.severity.': ['error', 'warning'],
  // A YAML syntax mistake, by kind (yamlMistake in src/lib/content-yaml.ts), each with expected and found.
  'check.yaml.': wordsIn('src/lib/content-yaml.ts', /type Mistake = ([^;]+);/g).flatMap((k) => [`${k}.expected`, `${k}.found`]),
  // Messages of the schemas, found by their English text (schemaMessage in src/lib/issues.ts).
  'check.schema.': Object.keys(schemaMessages),
  'contribute.what.': quoted('src/pages/[locale]/contribute/index.astro'),
  'contribute.status.kind.': quoted('src/build/translation-status.ts'),
  'resources.': quoted('src/lib/resources.ts', /key: '(\w+)'/g),
};
/** Prefixes built with two values (`` `enum.${group}.${value}` ``): covered by the one-value prefixes under them. */
const builtTwice = new Set(['enum.']);

const inCode = files.map((f) => ({ file: f.file, ...literalsIn(f.text) }));

describe('interface string keys', () => {
  it('the key finder sees literal keys and built prefixes, and skips file names', () => {
    expect(literalsIn(`_('practice.goal'); msg("check.value.missing"); _(\`enum.level.\${l}\`); 'practice.yaml'`)).toEqual({
      keys: ['practice.goal', 'check.value.missing'],
      prefixes: ['enum.level.'],
    });
  });

  it('every prefix the code builds a key from is listed with its values', () => {
    const unlisted = inCode.flatMap(({ file, prefixes }) => prefixes.filter((p) => !(p in built) && !builtTwice.has(p)).map((p) => `${file}: ${p}\${…}`));
    expect(unlisted).toEqual([]);
    for (const [prefix, values] of Object.entries(built)) expect(values.length, prefix).toBeGreaterThan(0);
  });

  it.each(localeCodes)('every key the code names exists in %s.json', (locale) => {
    const keys = keysOf(resources[locale] as unknown as Tree);
    const groups = new Set(groupsOf(resources[locale] as unknown as Tree));
    const missing = inCode.flatMap(({ file, keys: used }) => used.filter((k) => !keys.has(k) && !groups.has(k)).map((k) => `${file}: ${k}`));
    expect(missing).toEqual([]);
  });

  it.each(localeCodes)('every value a built key can take exists in %s.json', (locale) => {
    const keys = keysOf(resources[locale] as unknown as Tree);
    const certain = ['enum.', 'languageName.', 'search.', 'scaffold.heading.', 'scaffold.error.', 'check.severity.', 'check.expected.type.'];
    const missing = Object.entries(built)
      .filter(([prefix]) => certain.some((c) => prefix.startsWith(c)))
      .flatMap(([prefix, values]) => values.map((v) => `${prefix}${v}`))
      .filter((k) => !keys.has(k));
    expect(missing).toEqual([]);
  });

  it('the schemas’ messages in en.json are the schemas’ own English texts', () => {
    expect((resources.en.check as unknown as Tree).schema).toEqual(schemaMessages);
  });

  it('every key in the files is used by the code (no orphans)', () => {
    const named = new Set(inCode.flatMap((f) => f.keys));
    // A group looked up whole (`raw(ui, 'scaffold.comment')`) uses each of its keys only as far as the code names them.
    const used = (key: string) =>
      named.has(key) || Object.entries(built).some(([prefix, values]) => key.startsWith(prefix) && values.includes(key.slice(prefix.length)));
    const orphans = [...keysOf(en)].filter((k) => !used(k));
    expect(orphans).toEqual([]);
  });
});
