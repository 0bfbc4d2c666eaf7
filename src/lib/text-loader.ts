import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMdxSource } from '../integrations/mdx-safety.ts';
import { t } from './i18n.ts';
import { formatIssue } from './issues.ts';
import { mdxComment } from './frontmatter.ts';

/**
 * The loader of the practice texts: `.mdx` files read and rendered as Markdown when the content is synced.
 *
 * Astro turns every `.mdx` entry into a module of its own that the bundler compiles with the site, so
 * the build's time and memory grew with the number of texts: at 10,000 practices (30,000 texts) bundling
 * took minutes and held most of the build's memory until the end (docs/performance.md). A text may hold
 * only Markdown, `<bdi>` and `{/* comments *\/}` (src/lib/mdx-safety.ts), so the Markdown renderer gives
 * the same HTML: each text is rendered once, stored with its entry, and kept in Astro's cache between
 * builds. The MDX safety rules run on every file first, with the build's own message, so the build still
 * refuses what `npm run check` refuses. Practice pages render their text as it is (`<Content />` with no
 * component mapping, which Markdown would not apply); guide, activity and page texts, far fewer, stay
 * MDX modules.
 */

interface EntryType {
  extensions: string[];
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string; slug?: string; rawData?: string }>;
}


/** A file as the person running the build finds it: relative to the working folder when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

export function textLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'mena-hub:text-loader',
    load: (context) => {
      const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      const markdown = entryTypes.get('.md');
      if (!markdown) throw new Error('mena-hub:text-loader: Astro has no Markdown entry type');
      const mdxAsMarkdown: EntryType = {
        ...markdown,
        extensions: ['.mdx'],
        async getEntryInfo(params) {
          const file = displayPath(fileURLToPath(params.fileUrl));
          const issues = checkMdxSource(params.contents, file);
          if (issues.length > 0) throw new Error([t('en')('check.mdx.buildHeader', { file }), ...issues.map(formatIssue)].join('\n'));
          const info = await markdown.getEntryInfo(params);
          return { ...info, body: info.body.replace(mdxComment, '') };
        },
      };
      return inner.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', mdxAsMarkdown]]) } as LoaderContext);
    },
  };
}
