import { glob, file, type Loader, type LoaderContext } from 'astro/loaders';
import type * as z from 'zod/mini';
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { displayPath } from './display-path.ts';
import { fileURLToPath } from 'node:url';
import { parseContentYaml } from '../lib/content-yaml.ts';
import { fileTextIssues } from '../lib/file-rules.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { t } from '../lib/i18n.ts';
import { terminalLocale } from '../config/locales.ts';
import { contentIssue, msg, verbatim, zodIssues, type ContentIssue } from '../lib/issues.ts';
import { formatIssue } from '../lib/issue-format.ts';

/**
 * The build's own guards on content files, the same rules `npm run check` applies (one module each:
 * src/lib/file-rules.ts, src/lib/content-yaml.ts): a symbolic link, an oversized file, invisible
 * control or direction characters, YAML tags or alias bombs stop `astro build` with the checker's
 * `file:line  expected ..., found ...` lines, where Astro alone would log an error and go on, or
 * read a file from outside the content folder.
 */

/** The part of Astro's entry types (Markdown, MDX, YAML) the loaders use. */
export interface EntryType {
  extensions: string[];
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body?: string; slug?: string; rawData?: string }>;
  getRenderFunction?: unknown;
}

/**
 * A file reached through a symbolic link (the file itself or a folder on its way inside the content
 * folder) could be anything on the machine that builds the site: refused before it is read further.
 */
export function symlinkIssue(path: string, root: string): ContentIssue | undefined {
  const inside = resolve(realpathSync(root), relative(root, path));
  if (realpathSync(path) === inside && !lstatSync(path).isSymbolicLink()) return undefined;
  return contentIssue({ severity: 'error', file: displayPath(path), field: '', expected: msg('check.expected.plainFile'), found: msg('check.value.symlink') });
}

/** Stops the build with the checker's own lines for one file. */
export function refuse(file: string, issues: ContentIssue[]): never {
  throw new Error([t(terminalLocale)('check.contentHeader', { file }), ...issues.map(formatIssue)].join('\n'));
}

/** The text of a content file, or the build stops with every rule it breaks before parsing. */
function readChecked(path: string, root: string, contents?: string): string {
  const file = displayPath(path);
  const link = symlinkIssue(path, root);
  if (link) refuse(file, [link]);
  const text = contents ?? readFileSync(path, 'utf8');
  const issues = fileTextIssues(text, file);
  if (issues.length > 0) refuse(file, issues);
  return text;
}

/** YAML through the shared reader; its problems stop the build. */
function parseChecked(text: string, path: string): unknown {
  const { parsed, issues } = parseContentYaml(text, displayPath(path));
  if (!parsed) refuse(displayPath(path), issues);
  return parsed.data;
}

/**
 * The guards for an MDX file before Astro's own entry type reads it: link, size, characters, and its
 * frontmatter through the shared YAML reader (Astro's would accept what `npm run check` refuses).
 */
export function guardMdx(path: string, root: string, contents: string, schema?: z.ZodMiniType): void {
  readChecked(path, root, contents);
  const { yaml } = splitFrontmatter(contents);
  if (yaml === undefined) return;
  const file = displayPath(path);
  const { parsed, issues } = parseContentYaml(yaml, file, 1);
  if (!parsed) refuse(file, issues);
  // A rule that depends on the file's name (a guide's introduction or a chapter), which the collection's
  // one schema cannot see: the same choice `npm run check` makes.
  const result = schema?.safeParse(parsed.data);
  if (result && !result.success) refuse(file, zodIssues(result.error, file, parsed.data, parsed.locate));
}

/** Astro's glob loader, with `.yaml` files read by the guards and the shared YAML reader, `.mdx` files guarded. */
export function checkedGlob(options: Parameters<typeof glob>[0] & { base: URL; frontmatterSchema?: (entry: string) => z.ZodMiniType | undefined }): Loader {
  const { frontmatterSchema, ...globOptions } = options;
  const inner = glob(globOptions);
  const root = fileURLToPath(options.base);
  return {
    name: 'mena-hub:checked-glob',
    load: (context) => {
      const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      const yaml: EntryType = {
        extensions: ['.yaml'],
        async getEntryInfo({ contents, fileUrl }) {
          const path = fileURLToPath(fileUrl);
          const data = parseChecked(readChecked(path, root, contents), path);
          return { data: data as Record<string, unknown>, rawData: contents };
        },
      };
      const mdx = entryTypes.get('.mdx');
      const guarded: [string, EntryType][] = mdx
        ? [
            [
              '.mdx',
              {
                ...mdx,
                getEntryInfo: async (params) => {
                  const path = fileURLToPath(params.fileUrl);
                  guardMdx(path, root, params.contents, frontmatterSchema?.(relative(root, path).split('\\').join('/')));
                  return mdx.getEntryInfo(params);
                },
              },
            ],
          ]
        : [];
      return inner.load({ ...context, entryTypes: new Map([...entryTypes, ['.yaml', yaml], ...guarded]) } as LoaderContext);
    },
  };
}

/**
 * Astro's file loader for one taxonomy list, which stops the build when the file is missing or
 * unreadable (Astro's own logs an error and builds on with an empty list).
 */
export function checkedFile(url: URL, root: URL): Loader {
  const path = fileURLToPath(url);
  return {
    name: 'mena-hub:checked-file',
    // Checked and parsed before Astro's loader runs: it catches a parser's error and logs it only.
    load: async (context) => {
      if (!existsSync(path)) {
        const name = relative(fileURLToPath(root), path).split('\\').join('/');
        refuse(displayPath(path), [
          contentIssue({
            severity: 'error',
            file: displayPath(path),
            field: '',
            expected: msg('check.expected.taxonomyFile', { file: verbatim(name) }),
            found: msg('check.value.noSuchFile'),
          }),
        ]);
      }
      const data = parseChecked(readChecked(path, fileURLToPath(root)), path);
      return file(url.href, { parser: () => data as Record<string, Record<string, unknown>> }).load(context);
    },
  };
}
