/**
 * The schemas' own messages, in English: what Astro prints for an entry that fails its schema. The
 * checker, the scaffolder and the proposal form find each by its text (`schemaMessageKey`) and say it in
 * the reader's language, `check.schema.<key>` in src/i18n/<locale>/check.json (whose English values are these very
 * texts: tests/unit/i18n-keys.test.ts keeps them equal).
 */
export const schemaMessages = {
  slug: 'a slug of lower-case ASCII letters, digits and single hyphens (e.g. "rabat-gender-equality")',
  oneLanguage: 'a text in at least one language (en, ar or fr)',
  isoDate: 'a date written YYYY-MM-DD',
  yearOrMonth: 'a year (2023) or a year and month (2023-03)',
  httpsUrl: 'a full web address starting with https://',
  isoCode: 'a lower-case ISO 3166-1 code such as "ma"',
  isoCountryCode: 'a lower-case ISO 3166-1 country code such as "ma"',
  consulted: 'the date the web page was consulted (YYYY-MM-DD), given with its url',
  webUrl: 'the address (url) of the web page consulted on that date',
  isoAlpha2: 'a lower-case ISO 3166-1 alpha-2 code such as "ma"',
} as const;

export type SchemaMessageKey = keyof typeof schemaMessages;

/** The key of one of the messages above, found by its text. */
export function schemaMessageKey(text: string): SchemaMessageKey | undefined {
  return (Object.keys(schemaMessages) as SchemaMessageKey[]).find((k) => schemaMessages[k] === text);
}
