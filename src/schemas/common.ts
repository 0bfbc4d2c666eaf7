import * as z from 'zod/mini';
import { localeCodes } from '../config/locales.ts';
import { schemaMessages as says } from './messages.ts';

/**
 * The schemas are written with zod/mini (the same validator as zod, checks as functions): the proposal
 * form runs them in the browser, and the mini API lets the bundler keep only the checks they use.
 */

/** Lower-case ASCII words joined by single hyphens: safe in URLs and file names on every system. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().check(z.regex(slugPattern, { message: says.slug }));

/** A lower-case ISO 3166-1 alpha-2 code, with the words that fit where it is used. */
export const countryCode = (message: string) => z.string().check(z.regex(/^[a-z]{2}$/, { message }));

export const localeCode = z.enum(localeCodes);

/** Text that is not empty once trimmed; it is read trimmed. */
export const trimmedText = () => z.string().check(z.trim(), z.minLength(1));

/** Text of at most `max` characters once trimmed (titles, summaries). */
export const shortText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const text = trimmedText();

/** A name or phrase given in all three languages. */
export const localized = z.strictObject({ en: text, ar: text, fr: text });

/** A name given in at least one language (others fall back). */
export const localizedPartial = z
  .strictObject({ en: z.optional(text), ar: z.optional(text), fr: z.optional(text) })
  .check(z.refine((v) => Boolean(v.en ?? v.ar ?? v.fr), { message: says.oneLanguage }));

/** YYYY-MM-DD. Astro's YAML parser turns unquoted dates into Date objects, other readers keep strings. */
export const isoDate = z.pipe(
  z.transform((v: unknown) => (v instanceof Date && !Number.isNaN(v.valueOf()) ? v.toISOString().slice(0, 10) : v)),
  z.iso.date({ message: says.isoDate }),
);

/** A year (2023) or a year and month (2023-03). YAML reads 2023 as a number, so both forms are accepted. */
export const yearOrMonth = z.pipe(
  z.pipe(
    z.union([z.int(), z.string()]),
    z.transform((v) => String(v)),
  ),
  z.string().check(z.regex(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/, { message: says.yearOrMonth })),
);

export const year = z.int().check(z.minimum(1900), z.maximum(2100));

/** A whole number from `min` up. */
export const wholeNumber = (min: number) => z.int().check(z.minimum(min));

export const httpsUrl = z.url({ protocol: /^https?$/, message: says.httpsUrl });

export type Localized = z.infer<typeof localized>;
export type LocalizedPartial = z.infer<typeof localizedPartial>;
