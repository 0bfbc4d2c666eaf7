import { parse } from 'yaml';
import { chapterSchema, guideIntroSchema, practiceTextSchema } from '../../schemas/index.ts';
import { isLocale, localeCodes, localePattern, type Locale } from '../../config/locales.ts';
import { msg, verbatim } from '../issues.ts';
import { issue, languageChoice, languageNames, typed } from './check.ts';
import type { ScaffoldEnv } from './practice.ts';
import { narrativeKeys, type ScaffoldContext, type ScaffoldFile, type ScaffoldIssue, type ScaffoldResult, type TranslationAnswers } from './types.ts';
import { comment, mdxFile, plain, quoted } from './write.ts';
import { splitFrontmatter } from '../frontmatter.ts';

/**
 * A translation starts as a copy of the source text: the same frontmatter keys with the source values and
 * the same body, under YAML comments saying what to replace. The copy is a valid file from the first
 * minute (`npm run check` passes, the page builds), and the structure a translator must keep (headings,
 * relative links, lists, the chapter's `order`) is already in place; the translator overwrites the
 * words. The standard section headings of a practice are put in the target language directly.
 */
export const emptyTranslation = (): TranslationAnswers => ({ entry: '', from: '', to: '' });

type Target =
  | { kind: 'practice'; slug: string; available: Locale[]; original?: Locale | undefined }
  | { kind: 'chapter'; guide: string; chapter: string; available: Locale[]; intro: Locale[] };

/** `practices/<slug>`, `guides/<guide>/<chapter>` (with or without `content/`, a language, `.mdx`). */
export function parseEntry(entry: string, ctx: ScaffoldContext): Target | undefined {
  const clean = entry
    .trim()
    .replace(/^\.?\/?(content\/)?/, '')
    .replace(/\/+$/, '')
    .replace(/\.mdx$/, '');
  let m = new RegExp(`^practices/([^/]+)(?:/(?:${localePattern}))?$`).exec(clean);
  if (m) {
    const p = ctx.practices[m[1]!];
    return p ? { kind: 'practice', slug: m[1]!, available: [...p.locales], original: p.original } : undefined;
  }
  m = new RegExp(`^guides/([^/]+)/(?:(?:${localePattern})/)?([^/]+)$`).exec(clean);
  if (m) {
    const g = ctx.guides[m[1]!];
    const chapter = m[2]!;
    if (!g) return undefined;
    const available = localeCodes.filter((l) => g[l]?.[chapter] !== undefined);
    return available.length ? { kind: 'chapter', guide: m[1]!, chapter, available, intro: localeCodes.filter((l) => g[l]?.index !== undefined) } : undefined;
  }
  return undefined;
}

function split(text: string): { front: unknown; body: string } | undefined {
  const { yaml, body } = splitFrontmatter(text);
  if (yaml === undefined) return undefined;
  try {
    return { front: parse(yaml), body: body.replace(/\r\n?/g, '\n') };
  } catch {
    return undefined;
  }
}

export function scaffoldTranslation(a: TranslationAnswers, ctx: ScaffoldContext, env: ScaffoldEnv, read: (path: string) => string | undefined): ScaffoldResult {
  const target = parseEntry(a.entry, ctx);
  const issues: ScaffoldIssue[] = [];
  if (!target) {
    issues.push(
      issue(a.entry.trim() || '?', '', 'entry', a.entry.trim() ? 'noEntry' : 'choose', msg('check.expected.entry'), typed(a.entry.trim() ? a.entry : ''), {
        value: a.entry,
      }),
    );
    return { ok: false, issues };
  }
  const base = target.kind === 'practice' ? `practices/${target.slug}` : `guides/${target.guide}`;
  const pathFor = (l: Locale, chapter?: string) => (target.kind === 'practice' ? `${base}/${l}.mdx` : `${base}/${l}/${chapter ?? target.chapter}.mdx`);
  const preferred = target.kind === 'practice' && target.original && target.available.includes(target.original) ? target.original : target.available[0]!;
  const from = a.from || preferred;
  if (!isLocale(from) || !target.available.includes(from))
    issues.push(
      issue(
        pathFor(isLocale(from) ? from : preferred),
        '',
        'from',
        'noSourceText',
        msg('check.expected.languageWithText', { languages: target.available.map(verbatim) }),
        typed(from),
        { languages: languageNames(target.available) },
      ),
    );
  if (!isLocale(a.to)) issues.push(issue(base, '', 'to', 'choose', languageChoice(), typed(a.to)));
  else if (a.to === from) issues.push(issue(pathFor(a.to), '', 'to', 'sameLanguage', msg('check.expected.otherLanguage'), typed(a.to)));
  else if (target.available.includes(a.to))
    issues.push(issue(pathFor(a.to), '', 'to', 'translationExists', msg('check.expected.newLanguage'), msg('check.value.fileExists'), { file: pathFor(a.to) }));
  if (issues.length > 0) return { ok: false, issues };
  const to = a.to as Locale;
  const source = from as Locale;

  const jobs: { chapter?: string; schema: 'practice' | 'chapter' | 'intro' }[] =
    target.kind === 'practice'
      ? [{ schema: 'practice' }]
      : [
          // A language folder needs the guide's introduction before any chapter.
          ...(target.chapter !== 'index' && !target.intro.includes(to) ? [{ chapter: 'index', schema: 'intro' as const }] : []),
          { chapter: target.chapter, schema: target.chapter === 'index' ? ('intro' as const) : ('chapter' as const) },
        ];
  const files: ScaffoldFile[] = [];
  for (const job of jobs) {
    const sourceLang = job.chapter === 'index' && target.kind === 'chapter' && !target.intro.includes(source) ? target.intro[0] : source;
    if (!sourceLang) {
      issues.push(issue(pathFor(to, 'index'), '', 'entry', 'noIntro', msg('check.expected.guideIntroAny'), msg('check.value.none')));
      continue;
    }
    const sourcePath = pathFor(sourceLang, job.chapter);
    const text = read(sourcePath);
    const parts = text === undefined ? undefined : split(text);
    const schema = job.schema === 'practice' ? practiceTextSchema : job.schema === 'chapter' ? chapterSchema : guideIntroSchema;
    const parsed = parts && schema.safeParse(parts.front);
    if (!parts || !parsed?.success) {
      issues.push(
        issue(
          sourcePath,
          '',
          'from',
          'noSourceText',
          msg('check.expected.readableSource'),
          msg(text === undefined ? 'check.value.noSuchFile' : 'check.value.fileWithErrors'),
          { file: sourcePath, languages: languageNames(target.available) },
        ),
      );
      continue;
    }
    const values = parsed.data as Record<string, string | number | Record<string, string | undefined>>;
    // A group of texts (a practice's notes) is copied key by key; an empty group is left out.
    const keys = Object.keys(schema.shape).filter((k) => values[k] !== undefined && !(typeof values[k] === 'object' && Object.keys(values[k]).length === 0));
    const line = (k: string): string[] => {
      const v = values[k]!;
      if (typeof v === 'number') return [`${k}: ${plain(v)}`];
      if (typeof v === 'string') return [`${k}: ${quoted(v)}`];
      return [`${k}:`, ...Object.entries(v).flatMap(([sub, text]) => (text === undefined ? [] : [`  ${sub}: ${quoted(text)}`]))];
    };
    const names = env.text.languageNames;
    let body = parts.body;
    if (job.schema === 'practice') {
      for (const key of narrativeKeys) {
        const heading = env.text.headings[sourceLang][key];
        body = body.replace(new RegExp(`^## ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'gm'), `## ${env.text.headings[to][key]}`);
      }
    }
    const content = mdxFile(
      [comment(env.text.comment.translationHeader ?? '', { to: names[to], from: names[sourceLang], source: sourcePath }), ...keys.flatMap(line)],
      body,
    );
    files.push({ path: pathFor(to, job.chapter), content });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, files };
}
