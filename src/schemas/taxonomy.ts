import * as z from 'zod/mini';
import { countryCode, localized, localizedPartial, slug } from './common.ts';
import { schemaMessages as says } from './messages.ts';

/** content/taxonomy/countries.yaml: keyed by lower-case ISO 3166-1 alpha-2 code. */
export const countrySchema = z.strictObject({
  name: localized,
});

/** content/taxonomy/cities.yaml: keyed by city slug. */
export const citySchema = z.strictObject({
  // A city proposed by a contributor may first have its name in the languages she knows; the check
  // asks for the others as warnings and pages fall back to another language until they exist.
  name: localizedPartial,
  country: countryCode(says.isoCountryCode),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  /** Other spellings readers type (transliterations, former names); used by search. */
  aliases: z._default(z.array(z.string().check(z.minLength(1))), []),
  /**
   * The name alone is shared with another place readers know (Tripoli: Lebanon's and Libya's), so the
   * site always shows it with its country. Two cities of this file with the same name get their country
   * without it.
   */
  ambiguous: z.optional(z.boolean()),
});

/** content/taxonomy/themes.yaml: keyed by theme slug. */
export const themeSchema = z.strictObject({
  name: localized,
  description: localized,
});

/** content/taxonomy/target-groups.yaml: keyed by slug. */
export const targetGroupSchema = z.strictObject({
  name: localized,
});

/** The four taxonomy files, each a map keyed by slug (countries by ISO code). */
export const taxonomyFiles = {
  countries: { file: 'countries.yaml', schema: countrySchema, key: countryCode(says.isoAlpha2) },
  cities: { file: 'cities.yaml', schema: citySchema, key: slug },
  themes: { file: 'themes.yaml', schema: themeSchema, key: slug },
  targetGroups: { file: 'target-groups.yaml', schema: targetGroupSchema, key: slug },
} as const;

export type Country = z.infer<typeof countrySchema>;
export type City = z.infer<typeof citySchema>;
export type Theme = z.infer<typeof themeSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;
