import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAndRenderText } from './mdx-check.ts';
import { displayPath } from './display-path.ts';
import { guardMdx, refuse, type EntryType } from './loader-guards.ts';
import type { RenderedText } from '../lib/text-render.ts';

/**
 * The loader of the practice texts: `.mdx` files checked and rendered when the content is synced.
 *
 * Astro turns every `.mdx` entry into a module of its own that the bundler compiles with the site, so
 * the build's time and memory grew with the number of texts: at 10,000 practices (30,000 texts) bundling
 * took minutes and held most of the build's memory until the end (docs/performance.md). A text may hold
 * only Markdown, `<bdi>` and `{/* comments *\/}` (src/lib/mdx-safety.ts), so each text is parsed once
 * as MDX, the allow-list check walks that tree, and the HTML is made from the same tree and sanitised
 * (src/lib/text-render.ts): what the check passed is exactly what is published. The HTML is stored with
 * the entry and kept in Astro's cache between builds. Practice pages render it as it is
 * (`<Content />`); guide, activity and page texts, far fewer, stay MDX modules.
 */

/**
 * `keepTree`: the sanitised tree is stored with the HTML (`rendered.metadata.tree`), for texts that are
 * also published in another format made from that same tree (templates: src/build/templates/).
 */
export function textLoader(options: Parameters<typeof glob>[0] & { base: URL; keepTree?: boolean }): Loader {
  const { keepTree = false, ...globOptions } = options;
  const inner = glob(globOptions);
  const root = fileURLToPath(options.base);
  return {
    name: 'mena-hub:text-loader',
    load: (context) => {
      const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      const markdown = entryTypes.get('.md');
      if (!markdown) throw new Error('mena-hub:text-loader: Astro has no Markdown entry type');
      // getEntryInfo runs just before the render function for the same file (astro/loaders glob):
      // the HTML made from the checked tree waits here for it, so the text is parsed once.
      const renderedByPath = new Map<string, RenderedText>();
      const mdxChecked: EntryType = {
        ...markdown,
        extensions: ['.mdx'],
        async getEntryInfo(params) {
          const path = fileURLToPath(params.fileUrl);
          const file = displayPath(path);
          guardMdx(path, root, params.contents);
          const info = await markdown.getEntryInfo(params);
          // Astro renders only files whose contents changed since the cached build (the same test as
          // astro/loaders glob's); the check runs on all.
          const entry = relative(root, path).split('\\').join('/');
          const id = options.generateId?.({ entry, base: options.base, data: info.data });
          const stored = id === undefined ? undefined : context.store.get(id);
          const cached = stored?.digest === context.generateDigest(params.contents) && Boolean(stored?.filePath);
          const { issues, rendered } = checkAndRenderText(params.contents, file, dirname(path), { render: !cached });
          if (issues.length > 0) refuse(file, issues);
          if (rendered) renderedByPath.set(path, rendered);
          return info;
        },
        // An error thrown here would only be logged by Astro and the page published empty: there is none to throw.
        getRenderFunction: async () => (entry: { filePath?: string }) => {
          const rendered = entry.filePath ? renderedByPath.get(entry.filePath) : undefined;
          if (!rendered) throw new Error(`mena-hub:text-loader: ${entry.filePath ?? 'a text'} was not checked before rendering`);
          renderedByPath.delete(entry.filePath!);
          const { html, headings, localImagePaths, tree } = rendered;
          const metadata = { headings, localImagePaths, remoteImagePaths: [], imagePaths: localImagePaths, frontmatter: {} };
          return { html, metadata: keepTree ? { ...metadata, tree: withoutPositions(tree) } : metadata };
        },
      };
      return inner.load({ ...context, entryTypes: new Map([...entryTypes, ['.mdx', mdxChecked]]) } as LoaderContext);
    },
  };
}

/** A tree without the source positions of its nodes: smaller in the content store, and not needed to convert it. */
function withoutPositions<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value))) as T;
}
