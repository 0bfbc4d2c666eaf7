import { stringify } from 'yaml';
import { classify } from './content-layout.ts';
import { defaultLocale, type Locale } from '../config/locales.ts';
import { editUrl, newFileUrl, type Repository } from './repository.ts';

/**
 * Where contributors land from a page: the text file behind it ("Edit this page"), a new file for a
 * missing language prefilled with a template ("Translate this page"), the contributor guide. Plain
 * functions over content paths (relative to the content folder, e.g. `practices/rabat/en.mdx`), shared
 * by the entry pages and the translation status page and report.
 */

/** The kinds of entry that have one text file per language. */
export type TextKind = 'practice' | 'guide' | 'chapter' | 'activity' | 'template' | 'page';

export interface TextRef {
  kind: TextKind;
  /** Practice, activity or page slug; for guides and chapters the guide's slug. */
  slug: string;
  /** Chapter slug (chapters only). */
  chapter?: string | undefined;
}

/** The content path of an entry's text in one language. */
export function textPath(ref: TextRef, locale: Locale): string {
  switch (ref.kind) {
    case 'practice':
      return `practices/${ref.slug}/${locale}.mdx`;
    case 'activity':
      return `activities/${ref.slug}/${locale}.mdx`;
    case 'template':
      return `templates/${ref.slug}/${locale}.mdx`;
    case 'page':
      return `pages/${ref.slug}/${locale}.mdx`;
    case 'guide':
      return `guides/${ref.slug}/${locale}/index.mdx`;
    case 'chapter':
      return `guides/${ref.slug}/${locale}/${ref.chapter ?? 'index'}.mdx`;
  }
}

/** Which entry a text file belongs to, or undefined for files that are not texts. */
export function textRef(contentPath: string): TextRef | undefined {
  const c = classify(contentPath);
  if (!c.ok) return undefined;
  const f = c.file;
  switch (f.kind) {
    case 'practiceText':
      return { kind: 'practice', slug: f.slug };
    case 'activityText':
      return { kind: 'activity', slug: f.slug };
    case 'templateText':
      return { kind: 'template', slug: f.slug };
    case 'pageText':
      return { kind: 'page', slug: f.slug };
    case 'guideText':
      return f.chapter === 'index' ? { kind: 'guide', slug: f.slug } : { kind: 'chapter', slug: f.slug, chapter: f.chapter };
    default:
      return undefined;
  }
}

/** The same text's file in another language: `practices/x/en.mdx` → `practices/x/ar.mdx`. */
export function translationPath(contentPath: string, locale: Locale): string | undefined {
  const ref = textRef(contentPath);
  return ref && textPath(ref, locale);
}

/** Frontmatter fields that are the same in every language (a chapter's place in its guide). */
const languageNeutral = new Set(['order']);

/**
 * A new translation's starting point: the source's frontmatter keys with empty values (numbers that
 * must match across languages, such as a chapter's `order`, are kept) and the source's headings, so a
 * translator fills in the blanks in the right shape. Empty texts fail `npm run check` with a clear
 * message if one is forgotten.
 */
export function translationTemplate(frontmatter: Readonly<Record<string, unknown>>, body: string): string {
  // Texts to translate are emptied; a group of texts (a practice's notes) keeps its keys, an empty group is left out.
  const empty = (v: unknown): unknown => (v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).map((k) => [k, ''])) : '');
  const fields = Object.fromEntries(
    Object.entries(frontmatter)
      .filter(([, v]) => !(v !== null && typeof v === 'object' && Object.keys(v).length === 0))
      .map(([k, v]) => [k, languageNeutral.has(k) && typeof v === 'number' ? v : empty(v)]),
  );
  const yaml = Object.keys(fields).length > 0 ? stringify(fields, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }) : '';
  const headings = body
    .split(/\r?\n/)
    .filter((line) => /^#{1,6}\s+\S/.test(line))
    .map((line) => line.trim());
  return `---\n${yaml}---\n\n${headings.map((h) => `${h}\n\n`).join('')}`;
}

/** The links an entry page shows to contributors, when the repository is configured. */
export interface PageLinks {
  /** The text file in the page's language, on the repository host. */
  edit?: string | undefined;
  /** A new file for the page's language, prefilled with the template (only when the text is missing). */
  translate?: string | undefined;
}

export interface TextFile {
  /** Content path of the file. */
  path: string;
  data: Readonly<Record<string, unknown>>;
  /** Its Markdown, read only when a "Translate" link needs it (reading it parses the file: not on every page). */
  body: () => string;
}

/**
 * "Edit" for the text in the page's language when it exists; otherwise "Translate", starting from the
 * text the page shows instead (`shown`).
 */
export function pageLinks(repo: Repository | undefined, locale: Locale, own: TextFile | undefined, shown: TextFile | undefined): PageLinks {
  if (!repo) return {};
  if (own) return { edit: editUrl(repo, own.path) };
  const target = shown && translationPath(shown.path, locale);
  if (!shown || !target) return {};
  return { translate: newFileUrl(repo, target, translationTemplate(shown.data, shown.body())) };
}

/** The contributor guide in the reader's language, on the repository host. */
export function contributingUrl(repo: Repository, locale: Locale): string {
  const file = locale === defaultLocale ? 'CONTRIBUTING.md' : `CONTRIBUTING.${locale}.md`;
  return `${repo.url}/blob/${repo.branch}/${file}`;
}

/** The list of changes to a file, to see what changed in a source since it was translated. */
export function historyUrl(repo: Repository, contentPath: string): string {
  return `${repo.url}/commits/${repo.branch}/content/${contentPath}`;
}
