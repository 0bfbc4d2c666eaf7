import { dirname, join } from 'node:path';
import type * as z from 'zod/mini';
import * as schemas from '../schemas/index.ts';
// Not in the schemas' index: the proposal form bundles that index, and has no use for this one.
import { selfAssessmentSchema, type SelfAssessment } from '../schemas/self-assessment.ts';
import { layoutIssues, taxonomyFileNames, type ContentFile } from '../lib/content-layout.ts';
import { readContentFolder, type ContentFolder } from './content-files.ts';
import { crossCheck, type CrossCheckInput } from '../lib/crosscheck.ts';
import { selfAssessmentIssues } from '../lib/self-assessment-check.ts';
import { contentIssue, msg, schemaMessage, verbatim, zodIssues, type ContentIssue, type Locator } from '../lib/issues.ts';
import { messageIn } from '../lib/issue-format.ts';
import { checkMdxSource } from './mdx-check.ts';
import { terminalLocale, type Locale } from '../config/locales.ts';
import { fileTextIssues } from '../lib/file-rules.ts';

/** What `npm run check` (and the unit tests) learn from reading a content folder file by file. */
export interface ContentReport {
  issues: ContentIssue[];
  /** Files read per kind, so a caller can see nothing was skipped. */
  files: number;
  entries: {
    practices: number;
    guides: number;
    chapters: number;
    resources: number;
    glossary: number;
    activities: number;
    templates: number;
    pages: number;
  };
}

interface Parsed {
  data: unknown;
  locate: Locator;
}

function validate<S extends z.ZodMiniType>(schema: S, parsed: Parsed, file: string, issues: ContentIssue[]): z.infer<S> | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  issues.push(...zodIssues(result.error, file, parsed.data, parsed.locate));
  return undefined;
}

/** `npm run check`: every file of a content folder (src/build/content-files.ts) validated and cross-checked. */
export async function readContent(contentDir: string): Promise<ContentReport> {
  return checkContentFolder(readContentFolder(contentDir));
}

export function checkContentFolder(folder: ContentFolder): ContentReport {
  const contentDir = folder.dir;
  const issues: ContentIssue[] = [];
  const paths = folder.files.map((f) => f.rel);
  const read = new Map(folder.files.map((f) => [f.rel, f]));
  // A link could make the build read any file of the machine that builds the site.
  for (const link of folder.links)
    issues.push(contentIssue({ severity: 'error', file: link, field: '', expected: msg('check.expected.plainFile'), found: msg('check.value.symlink') }));
  // Every practice refers to the four lists: a missing one is one error, not one per reference.
  const missingLists = Object.values(taxonomyFileNames)
    .map((name) => `taxonomy/${name}`)
    .filter((file) => !paths.includes(file));
  for (const file of missingLists)
    issues.push(
      contentIssue({
        severity: 'error',
        file,
        field: '',
        expected: msg('check.expected.taxonomyFile', { file: verbatim(file) }),
        found: msg('check.value.noSuchFile'),
      }),
    );
  const locators = new Map<string, Locator>();
  const files = new Map<string, ContentFile>();
  for (const f of folder.files) if (f.kind) files.set(f.rel, f.kind);
  // Unknown files and texts without their facts file, by the rule the build applies too.
  issues.push(...layoutIssues(paths));

  const input: {
    countries: Set<string>;
    cities: Map<string, CrossCheckInput['cities'] extends ReadonlyMap<string, infer V> ? V : never>;
    themes: Set<string>;
    targetGroups: Set<string>;
    resources: Set<string>;
    practices: CrossCheckInput['practices'][number][];
    guides: Map<string, CrossCheckInput['guides'][number] & { texts: CrossCheckInput['guides'][number]['texts'][number][] }>;
    activities: CrossCheckInput['activities'][number][];
  } = {
    countries: new Set(),
    cities: new Map(),
    themes: new Set(),
    targetGroups: new Set(),
    resources: new Set(),
    practices: [],
    guides: new Map(),
    activities: [],
  };
  const textLocales = new Map<string, Locale[]>(); // "practiceText/slug" → locales that have a text file
  const entries = { practices: 0, guides: 0, chapters: 0, resources: 0, glossary: 0, activities: 0, templates: 0, pages: 0 };
  const practiceData: { slug: string; file: string; data: schemas.Practice }[] = [];
  const practiceNotes = new Map<string, { file: string; notes: Partial<Record<schemas.NoteItem, string | undefined>> }[]>();
  const activityData: { slug: string; file: string; data: schemas.Activity }[] = [];
  const templateFiles: { slug: string; file: string }[] = [];
  const guideTexts: { slug: string; locale: Locale; chapter: string; file: string; order?: number | undefined }[] = [];
  const guideText = new Map<string, (typeof guideTexts)[number]>();
  let selfAssessment: { file: string; data: SelfAssessment } | undefined;

  for (const [rel, kind] of files) {
    // A text that exists counts as that language's text even when it has errors of its own (reported
    // with it): no second, false error saying the entry has no text in this language.
    if (kind.kind === 'practiceText' || kind.kind === 'activityText' || kind.kind === 'templateText') {
      const key = `${kind.kind}/${kind.slug}`;
      textLocales.set(key, [...(textLocales.get(key) ?? []), kind.locale]);
    }
    if (kind.kind === 'guideText') {
      const text = { slug: kind.slug, locale: kind.locale, chapter: kind.chapter, file: rel, order: undefined as number | undefined };
      guideTexts.push(text);
      guideText.set(rel, text);
    }
    const file = read.get(rel)!;
    // Size and invisible characters (src/lib/file-rules.ts); for MDX, with the allow-list check, which
    // walks the very tree the build renders (src/build/mdx-check.ts).
    issues.push(...(rel.endsWith('.mdx') ? checkMdxSource(file.text, rel, dirname(join(contentDir, rel))) : fileTextIssues(file.text, rel)));
    if (file.tooLarge) continue;
    issues.push(...file.issues);
    if (!file.locate) continue;
    const parsed: Parsed = { data: file.data, locate: file.locate };
    locators.set(rel, parsed.locate);
    switch (kind.kind) {
      case 'taxonomy': {
        const spec = schemas.taxonomyFiles[kind.taxonomy];
        if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
          issues.push(
            contentIssue({
              severity: 'error',
              file: rel,
              line: 1,
              field: '',
              expected: msg('check.expected.entryMap'),
              found: msg('check.value.somethingElse'),
            }),
          );
          break;
        }
        for (const [key, value] of Object.entries(parsed.data)) {
          const keyCheck = spec.key.safeParse(key);
          if (!keyCheck.success) {
            const message = keyCheck.error.issues[0]?.message;
            const expected = message ? schemaMessage(message) : msg('check.expected.slug');
            issues.push(contentIssue({ severity: 'error', file: rel, line: parsed.locate([key]), field: key, expected, found: verbatim(JSON.stringify(key)) }));
          }
          const entry = (spec.schema as z.ZodMiniType).safeParse(value);
          if (!entry.success) {
            const locate: Locator = (path) => parsed.locate([key, ...path]);
            issues.push(...zodIssues(entry.error, rel, value, locate).map((i) => ({ ...i, field: i.field ? `${key}.${i.field}` : key })));
            continue;
          }
          if (kind.taxonomy === 'countries') input.countries.add(key);
          if (kind.taxonomy === 'themes') input.themes.add(key);
          if (kind.taxonomy === 'targetGroups') input.targetGroups.add(key);
          if (kind.taxonomy === 'cities') {
            const city = entry.data as schemas.City;
            input.cities.set(key, { country: city.country, file: rel, names: city.name });
          }
        }
        break;
      }
      case 'practice': {
        const data = validate(schemas.practiceSchema, parsed, rel, issues);
        if (data) practiceData.push({ slug: kind.slug, file: rel, data });
        entries.practices++;
        break;
      }
      case 'activity': {
        const data = validate(schemas.activitySchema, parsed, rel, issues);
        if (data) activityData.push({ slug: kind.slug, file: rel, data });
        entries.activities++;
        break;
      }
      case 'practiceText': {
        const data = validate(schemas.practiceTextSchema, parsed, rel, issues);
        if (data) (practiceNotes.get(kind.slug) ?? practiceNotes.set(kind.slug, []).get(kind.slug)!).push({ file: rel, notes: data.notes });
        break;
      }
      case 'activityText':
        validate(schemas.activityTextSchema, parsed, rel, issues);
        break;
      case 'template':
        if (validate(schemas.templateSchema, parsed, rel, issues)) templateFiles.push({ slug: kind.slug, file: rel });
        entries.templates++;
        break;
      case 'templateText':
        validate(schemas.templateTextSchema, parsed, rel, issues);
        break;
      case 'guide': {
        const data = validate(schemas.guideSchema, parsed, rel, issues);
        if (data) input.guides.set(kind.slug, { slug: kind.slug, file: rel, data, texts: [] });
        entries.guides++;
        break;
      }
      case 'guideText': {
        const data = validate(schemas.guideTextRules(kind.chapter), parsed, rel, issues);
        if (kind.chapter !== 'index') entries.chapters++;
        if (data && 'order' in data) guideText.get(rel)!.order = data.order;
        break;
      }
      case 'resource':
        if (validate(schemas.resourceSchema, parsed, rel, issues)) input.resources.add(kind.slug);
        entries.resources++;
        break;
      case 'glossary':
        validate(schemas.glossarySchema, parsed, rel, issues);
        entries.glossary++;
        break;
      case 'pageText':
        validate(schemas.pageTextSchema, parsed, rel, issues);
        entries.pages++;
        break;
      case 'selfAssessment': {
        const data = validate(selfAssessmentSchema, parsed, rel, issues);
        if (data) selfAssessment = { file: rel, data };
        break;
      }
    }
  }

  for (const t of guideTexts) {
    const guide = input.guides.get(t.slug);
    if (guide) guide.texts.push(t);
    else if (!paths.includes(`guides/${t.slug}/guide.yaml`))
      issues.push(
        contentIssue({
          severity: 'error',
          file: t.file,
          field: '',
          expected: msg('check.expected.guideFile', { slug: t.slug }),
          found: msg('check.value.noGuideFile'),
        }),
      );
  }
  for (const p of practiceData)
    input.practices.push({ ...p, locales: textLocales.get(`practiceText/${p.slug}`) ?? [], texts: practiceNotes.get(p.slug) ?? [] });
  for (const a of activityData) input.activities.push({ ...a, locales: textLocales.get(`activityText/${a.slug}`) ?? [] });
  const templates = templateFiles.map((tpl) => ({ file: tpl.file, locales: textLocales.get(`templateText/${tpl.slug}`) ?? [] }));
  // A list file that could not be read would make every reference to it look wrong: report the file
  // once, not each reference.
  const unreadable = [...[...files.keys()].filter((rel) => !locators.has(rel)), ...missingLists];
  const knownPractices = new Set([...files.values()].flatMap((f) => (f.kind === 'practice' ? [f.slug] : [])));
  const english = messageIn(terminalLocale);
  const content = { ...input, templates, guides: [...input.guides.values()], knownPractices };
  const cross = [...crossCheck(content), ...(selfAssessment ? selfAssessmentIssues(selfAssessment.file, selfAssessment.data, content) : [])].filter(
    (i) => !unreadable.some((f) => english(i.expected).includes(f)),
  );
  for (const { path, ...issue } of cross) issues.push({ ...issue, line: path.length ? locators.get(issue.file)?.(path) : undefined });

  return { issues, files: paths.length, entries };
}
