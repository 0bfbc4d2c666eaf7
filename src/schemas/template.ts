import * as z from 'zod/mini';
import { isoDate, localeCode, shortText, trimmedText, wholeNumber } from './common.ts';

/**
 * content/templates/<slug>/template.yaml: a document the hub offers for a municipality to adapt (a
 * council decision, terms of reference, a report). Its text is in <locale>.mdx; the site renders it
 * and converts the same tree to Word and Markdown downloads.
 */
export const templateSchema = z.strictObject({
  /** Place in the list of templates (1 first). */
  order: wholeNumber(1),
  /** When the template's text was last revised. */
  updated: isoDate,
  original_language: localeCode,
});

/** content/templates/<slug>/<locale>.mdx frontmatter. */
export const templateTextSchema = z.strictObject({
  title: trimmedText(),
  summary: shortText(300),
});

export type Template = z.infer<typeof templateSchema>;
export type TemplateText = z.infer<typeof templateTextSchema>;
