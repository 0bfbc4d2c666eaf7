import { localeCodes, type Locale } from '../config/locales.ts';

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
