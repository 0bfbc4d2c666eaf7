import { localeCodes, type Locale } from '../config/locales.ts';
import { slugPattern } from '../schemas/common.ts';
import { taxonomyFiles } from '../schemas/taxonomy.ts';
import { contentIssue, msg, type ContentIssue, type Message } from './issues.ts';

/**
 * The content folder's layout: which relative paths are entries of which kind. One table used by the
 * collections (glob patterns) and by the file checker (classification), so a file the checker accepts
 * is always a file the build loads, and no file is silently ignored.
 */
export type TaxonomyKind = keyof typeof taxonomyFiles;
/** File name of each taxonomy list, as the schemas define it (src/schemas/taxonomy.ts). */
export const taxonomyFileNames = Object.fromEntries(Object.entries(taxonomyFiles).map(([kind, spec]) => [kind, spec.file])) as {
  [K in TaxonomyKind]: (typeof taxonomyFiles)[K]['file'];
};

export type ContentFile =
  | { kind: 'taxonomy'; taxonomy: TaxonomyKind }
  | { kind: 'practice'; slug: string }
  | { kind: 'practiceText'; slug: string; locale: Locale }
  | { kind: 'guide'; slug: string }
  | { kind: 'guideText'; slug: string; locale: Locale; chapter: string }
  | { kind: 'resource'; slug: string }
  | { kind: 'glossary'; slug: string }
  | { kind: 'activity'; slug: string }
  | { kind: 'activityText'; slug: string; locale: Locale }
  | { kind: 'template'; slug: string }
  | { kind: 'templateText'; slug: string; locale: Locale }
  | { kind: 'pageText'; slug: string; locale: Locale }
  | { kind: 'selfAssessment' };

/** Glob patterns (relative to the content folder) for each collection. */
export const collectionPatterns = {
  practices: 'practices/*/practice.yaml',
  practiceTexts: 'practices/*/*.mdx',
  guides: 'guides/*/guide.yaml',
  guideTexts: 'guides/*/*/*.mdx',
  resources: 'resources/*.yaml',
  glossary: 'glossary/*.yaml',
  activities: 'activities/*/activity.yaml',
  activityTexts: 'activities/*/*.mdx',
  templates: 'templates/*/template.yaml',
  templateTexts: 'templates/*/*.mdx',
  pageTexts: 'pages/*/*.mdx',
  selfAssessment: 'self-assessment/questionnaire.yaml',
} as const;

/** Folders of `<slug>/<facts>.yaml` + `<slug>/<locale>.mdx` entries: the facts file's name and the two kinds. */
const folderEntries = {
  practices: { yaml: 'practice.yaml', facts: 'practice', text: 'practiceText' },
  activities: { yaml: 'activity.yaml', facts: 'activity', text: 'activityText' },
  templates: { yaml: 'template.yaml', facts: 'template', text: 'templateText' },
} as const;

/** Where the file should have been, in the checker's words (translated: src/i18n, `check.expected.layout`). */
export type Classified = { ok: true; file: ContentFile } | { ok: false; expected: Message };

const localeList = localeCodes.join(', ');

/** Classifies a path relative to the content folder (forward slashes). */
export function classify(rel: string): Classified {
  const parts = rel.split('/');
  const [top, a, b, c] = parts;
  const bad = (key: string, values?: Message['values']): Classified => ({ ok: false, expected: msg(`check.expected.layout.${key}`, values) });
  const slugOk = (s: string | undefined) => s !== undefined && slugPattern.test(s);
  const loc = (name: string | undefined, ext: string) => {
    const code = name?.endsWith(ext) ? name.slice(0, -ext.length) : undefined;
    return (localeCodes as readonly string[]).includes(code ?? '') ? (code as Locale) : undefined;
  };
  const badSlug = (s: string | undefined) => bad('slug', { name: JSON.stringify(s) });

  switch (top) {
    case 'taxonomy': {
      const entry = Object.entries(taxonomyFileNames).find(([, f]) => f === a);
      if (parts.length === 2 && entry) return { ok: true, file: { kind: 'taxonomy', taxonomy: entry[0] as TaxonomyKind } };
      return bad('taxonomy', { files: Object.values(taxonomyFileNames).join(', ') });
    }
    case 'practices':
    case 'activities':
    case 'templates': {
      const { yaml, facts, text } = folderEntries[top];
      if (parts.length !== 3) return bad('entryPath', { top, yaml, locales: localeList });
      if (!slugOk(a)) return badSlug(a);
      if (b === yaml) return { ok: true, file: { kind: facts, slug: a! } };
      const locale = loc(b, '.mdx');
      if (locale) return { ok: true, file: { kind: text, slug: a!, locale } };
      return bad('entryFile', { yaml, names: localeCodes.map((l) => `${l}.mdx`).join(', ') });
    }
    case 'guides': {
      if (!slugOk(a)) return badSlug(a);
      if (parts.length === 3 && b === 'guide.yaml') return { ok: true, file: { kind: 'guide', slug: a! } };
      const locale = loc(`${b ?? ''}.mdx`, '.mdx');
      if (parts.length === 4 && locale && c?.endsWith('.mdx')) {
        const chapter = c.slice(0, -4);
        if (!slugOk(chapter)) return badSlug(chapter);
        return { ok: true, file: { kind: 'guideText', slug: a!, locale, chapter } };
      }
      return bad('guidePath', { locales: localeList });
    }
    case 'resources':
    case 'glossary': {
      const name = a?.endsWith('.yaml') ? a.slice(0, -5) : undefined;
      if (parts.length !== 2 || name === undefined) return bad('yamlPath', { top });
      if (!slugOk(name)) return badSlug(name);
      return { ok: true, file: { kind: top === 'resources' ? 'resource' : 'glossary', slug: name } };
    }
    case 'pages': {
      const locale = loc(b, '.mdx');
      if (parts.length !== 3 || !locale) return bad('pagePath', { locales: localeList });
      if (!slugOk(a)) return badSlug(a);
      return { ok: true, file: { kind: 'pageText', slug: a!, locale } };
    }
    case 'self-assessment':
      if (parts.length === 2 && a === 'questionnaire.yaml') return { ok: true, file: { kind: 'selfAssessment' } };
      return bad('selfAssessmentPath');
    default:
      return bad('topFolder', { folders: 'taxonomy/, practices/, guides/, resources/, glossary/, activities/, templates/, pages/, self-assessment/' });
  }
}

/**
 * Files of a content folder that would never become a page: a file the site does not know where to
 * put, and a text without its facts file. One rule for `npm run check` and the build, which would
 * otherwise skip them without a word.
 */
export function layoutIssues(paths: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = new Set(paths);
  for (const rel of paths) {
    const c = classify(rel);
    if (!c.ok) {
      issues.push(contentIssue({ severity: 'error', file: rel, field: '', expected: c.expected, found: msg('check.value.unknownFile') }));
    } else if (c.file.kind === 'practiceText' && !known.has(`practices/${c.file.slug}/practice.yaml`)) {
      issues.push(
        contentIssue({
          severity: 'error',
          file: rel,
          field: '',
          expected: msg('check.expected.practiceFile', { slug: c.file.slug }),
          found: msg('check.value.noPracticeFile'),
        }),
      );
    } else if (c.file.kind === 'activityText' && !known.has(`activities/${c.file.slug}/activity.yaml`)) {
      issues.push(
        contentIssue({
          severity: 'error',
          file: rel,
          field: '',
          expected: msg('check.expected.activityFile', { slug: c.file.slug }),
          found: msg('check.value.noActivityFile'),
        }),
      );
    } else if (c.file.kind === 'templateText' && !known.has(`templates/${c.file.slug}/template.yaml`)) {
      issues.push(
        contentIssue({
          severity: 'error',
          file: rel,
          field: '',
          expected: msg('check.expected.templateFile', { slug: c.file.slug }),
          found: msg('check.value.noTemplateFile'),
        }),
      );
    }
  }
  return issues;
}
