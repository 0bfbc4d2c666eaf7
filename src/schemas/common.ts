import { z } from 'zod';
import { localeCodes } from '../config/locales.ts';

/** Lower-case ASCII words joined by single hyphens: safe in URLs and file names on every system. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(slugPattern, { message: 'a slug of lower-case ASCII letters, digits and single hyphens (e.g. "rabat-gender-equality")' });

export const localeCode = z.enum(localeCodes);

const text = z.string().trim().min(1, { message: 'some text (it is empty)' });

/** A name or phrase given in all three languages. */
export const localized = z.strictObject({ en: text, ar: text, fr: text });

/** A name given in at least one language (others fall back). */
export const localizedPartial = z
  .strictObject({ en: text.optional(), ar: text.optional(), fr: text.optional() })
  .refine((v) => Boolean(v.en ?? v.ar ?? v.fr), { message: 'a text in at least one language (en, ar or fr)' });

/** YYYY-MM-DD. Astro's YAML parser turns unquoted dates into Date objects, other readers keep strings. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.valueOf()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ message: 'a date written YYYY-MM-DD' }),
);

/** A year (2023) or a year and month (2023-03). YAML reads 2023 as a number, so both forms are accepted. */
export const yearOrMonth = z
  .union([z.number().int(), z.string()])
  .transform((v) => String(v))
  .pipe(z.string().regex(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/, { message: 'a year (2023) or a year and month (2023-03)' }));

export const year = z.number().int().min(1900).max(2100);

export const httpsUrl = z.url({ protocol: /^https?$/, message: 'a full web address starting with https://' });

export type Localized = z.infer<typeof localized>;
export type LocalizedPartial = z.infer<typeof localizedPartial>;
