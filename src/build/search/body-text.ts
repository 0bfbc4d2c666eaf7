import { mdxToMdast } from 'satteri';
import type { TextEntry } from '../../lib/content.ts';
import { htmlText, mdastText, type BodyText, type MdastLike } from '../../lib/search/text.ts';

/**
 * The searchable text of an entry's body, for src/lib/search/records.ts. A practice text is stored as
 * the HTML made when the content was synced (src/build/text-loader.ts); the other texts (guides,
 * activities) are MDX that Astro compiles into page modules, so their Markdown is parsed here with the
 * parser and features of the build's MDX pipeline (as src/build/mdx-check.ts does).
 */
export function bodyText(entry: TextEntry): BodyText {
  if (entry.rendered?.html !== undefined) return htmlText(entry.rendered.html);
  if (!entry.body) return { text: '', glossaryTerms: [] };
  return mdastText(mdxToMdast(entry.body, { features: { gfm: true, smartPunctuation: true } }) as unknown as MdastLike);
}
