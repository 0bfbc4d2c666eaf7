import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withoutMdxComments } from './mdx-check.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';

/**
 * An entry's Markdown source, without frontmatter or MDX comments: from the content store, or from its
 * file for practice texts, whose source the store does not keep (src/content.config.ts).
 */
export function textSource(entry: { body?: string | undefined; filePath?: string | undefined }): string {
  if (entry.body !== undefined) return withoutMdxComments(entry.body);
  if (!entry.filePath) return '';
  return withoutMdxComments(splitFrontmatter(readFileSync(resolve(entry.filePath), 'utf8')).body);
}
