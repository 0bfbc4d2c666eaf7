import { localeCodes, type Locale } from '../config/locales.ts';
import { citationFormats } from './citation/record.ts';

/** getStaticPaths for pages that exist once per language. */
export function localePaths() {
  return localeCodes.map((locale) => ({ params: { locale }, props: { locale } }));
}

/** getStaticPaths for pages that exist once per language and per item: every item in every language. */
export function localeItemPaths<T, K extends string>(items: readonly T[], key: K, slug: (item: T) => string) {
  return localeCodes.flatMap((locale: Locale) =>
    items.map((item) => ({ params: { locale, [key]: slug(item) } as { locale: Locale } & Record<K, string>, props: { locale, item } })),
  );
}

/** getStaticPaths for the citation downloads: each path once per format (cite.json, .bib and .ris). */
export function withCitationFormats<Params extends object, Props extends object>(paths: readonly { params: Params; props: Props }[]) {
  return paths.flatMap((p) => citationFormats.map((format) => ({ params: { ...p.params, format }, props: { ...p.props, format } })));
}
