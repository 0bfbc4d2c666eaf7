import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { taxonomyFileNames } from '../../src/lib/content-layout.ts';
import { isLocale, localeCodes, type Locale } from '../../src/config/locales.ts';
import type { ScaffoldContext } from '../../src/lib/scaffold/index.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

/**
 * The scaffolder's view of a content folder, read from the files as they are (a broken file elsewhere
 * must not stop a contributor from adding a new one): taxonomy keys, the names that are taken, which
 * texts exist in which language.
 */
const dirs = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort() : []);
const files = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext) && !f.startsWith('.')).sort() : []);

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const keysOf = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);

function frontmatterOrder(file: string): number | null {
  const { yaml } = splitFrontmatter(readFileSync(file, 'utf8'));
  const data = yaml === undefined ? null : (() => { try { return parse(yaml) as { order?: unknown } | null; } catch { return null; } })();
  return typeof data?.order === 'number' ? data.order : null;
}

export function readScaffoldContext(contentDir: string): ScaffoldContext {
  const taxonomy = (name: keyof typeof taxonomyFileNames) => readYaml(join(contentDir, 'taxonomy', taxonomyFileNames[name]));
  const cities = taxonomy('cities');
  const practices: Record<string, { locales: Locale[]; original?: Locale | undefined }> = {};
  for (const slug of dirs(join(contentDir, 'practices'))) {
    const dir = join(contentDir, 'practices', slug);
    const original = (readYaml(join(dir, 'practice.yaml')) as { original_language?: unknown } | undefined)?.original_language;
    practices[slug] = { locales: localeCodes.filter((l) => existsSync(join(dir, `${l}.mdx`))), original: isLocale(original) ? original : undefined };
  }
  const guides: Record<string, Partial<Record<Locale, Record<string, number | null>>>> = {};
  for (const slug of dirs(join(contentDir, 'guides'))) {
    const byLocale: Partial<Record<Locale, Record<string, number | null>>> = {};
    for (const l of localeCodes) {
      const dir = join(contentDir, 'guides', slug, l);
      const texts = files(dir, '.mdx');
      if (texts.length) byLocale[l] = Object.fromEntries(texts.map((f) => [f.slice(0, -4), f === 'index.mdx' ? null : frontmatterOrder(join(dir, f))]));
    }
    guides[slug] = byLocale;
  }
  return {
    countries: keysOf(taxonomy('countries')),
    cities: Object.fromEntries(keysOf(cities).map((c) => [c, String((cities as Record<string, { country?: unknown }>)[c]?.country ?? '')])),
    themes: keysOf(taxonomy('themes')),
    targetGroups: keysOf(taxonomy('targetGroups')),
    resources: files(join(contentDir, 'resources'), '.yaml').map((f) => f.slice(0, -5)),
    practices,
    guides,
  };
}

/** Names to show beside the slugs in the prompts, in the contributor's language (another one if missing). */
export interface ScaffoldLabels {
  countries: Record<string, string>;
  cities: Record<string, string>;
  themes: Record<string, string>;
  targetGroups: Record<string, string>;
  resources: Record<string, string>;
  practices: Record<string, string>;
  guides: Record<string, string>;
}

function pick(value: unknown, ui: Locale): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  for (const l of [ui, ...localeCodes]) if (typeof v[l] === 'string' && v[l]) return v[l] as string;
  return undefined;
}

function titleOf(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const { yaml } = splitFrontmatter(readFileSync(file, 'utf8'));
  try {
    const title = yaml === undefined ? undefined : (parse(yaml) as { title?: unknown } | null)?.title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}

export function readScaffoldLabels(contentDir: string, ui: Locale): ScaffoldLabels {
  const named = (name: keyof typeof taxonomyFileNames) => {
    const data = readYaml(join(contentDir, 'taxonomy', taxonomyFileNames[name])) as Record<string, { name?: unknown }> | undefined;
    return Object.fromEntries(keysOf(data).map((k) => [k, pick(data?.[k]?.name, ui) ?? k]));
  };
  const textTitle = (paths: string[]) => paths.map(titleOf).find((t) => t !== undefined);
  const order = [ui, ...localeCodes.filter((l) => l !== ui)];
  return {
    countries: named('countries'),
    cities: named('cities'),
    themes: named('themes'),
    targetGroups: named('targetGroups'),
    resources: Object.fromEntries(
      files(join(contentDir, 'resources'), '.yaml').map((f) => [f.slice(0, -5), pick((readYaml(join(contentDir, 'resources', f)) as { title?: unknown } | undefined)?.title, ui) ?? f.slice(0, -5)]),
    ),
    practices: Object.fromEntries(dirs(join(contentDir, 'practices')).map((s) => [s, textTitle(order.map((l) => join(contentDir, 'practices', s, `${l}.mdx`))) ?? s])),
    guides: Object.fromEntries(dirs(join(contentDir, 'guides')).map((s) => [s, textTitle(order.map((l) => join(contentDir, 'guides', s, l, 'index.mdx'))) ?? s])),
  };
}
