import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../../config/locales.ts';
import type { City, Country, GlossaryTerm, Theme } from '../../schemas/index.ts';

/**
 * Words a record should be found by although its text may not contain them: every name and spelling
 * of its places (Tripoli, طرابلس, Trablous), its themes' names, and the glossary terms it links to
 * with their synonyms and plural forms. Read from the content folder once per index build.
 */
export interface Synonyms {
  forRecord(lang: Locale, filters: Record<string, string[]>, glossaryTerms: readonly string[]): string[];
  /** Extra words for a glossary entry itself: its term in every language. */
  forGlossaryEntry(slug: string): string[];
}

function readMap<T>(file: string): Record<string, T> {
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, T>) : {};
}

export function loadSynonyms(contentDir: string): Synonyms {
  const countries = readMap<Country>(join(contentDir, 'taxonomy/countries.yaml'));
  const cities = readMap<City>(join(contentDir, 'taxonomy/cities.yaml'));
  const themes = readMap<Theme>(join(contentDir, 'taxonomy/themes.yaml'));
  const glossaryDir = join(contentDir, 'glossary');
  const glossary: Record<string, GlossaryTerm> = {};
  if (existsSync(glossaryDir)) {
    for (const f of readdirSync(glossaryDir)) if (f.endsWith('.yaml')) glossary[f.slice(0, -5)] = parse(readFileSync(join(glossaryDir, f), 'utf8')) as GlossaryTerm;
  }
  const allNames = (e: { name: Record<Locale, string> } | undefined) => (e ? Object.values(e.name) : []);

  return {
    forRecord(lang, filters, glossaryTerms) {
      const words: string[] = [];
      for (const cc of filters.country ?? []) words.push(...allNames(countries[cc]));
      for (const slug of filters.city ?? []) {
        const city = cities[slug];
        words.push(...allNames(city), ...(city?.aliases ?? []));
      }
      for (const slug of filters.theme ?? []) if (themes[slug]) words.push(themes[slug].name[lang]);
      for (const slug of glossaryTerms) {
        const g = glossary[slug];
        if (g) words.push(g.term[lang], ...(g.aliases?.[lang] ?? []));
      }
      return words;
    },
    forGlossaryEntry(slug) {
      const g = glossary[slug];
      return g ? [...Object.values(g.term), ...Object.values(g.aliases ?? {}).flat()] : [];
    },
  };
}
