import { chapterSchema } from '../../schemas/index.ts';
import { isLocale, localeCodes, type Locale } from '../../config/locales.ts';
import { msg, verbatim } from '../issues.ts';
import { issue, languageChoice, languageNames, schemaIssues, typed } from './check.ts';
import { slugIssues, unsafeLinkIssues, type ScaffoldEnv } from './practice.ts';
import type { ChapterAnswers, ScaffoldContext, ScaffoldIssue, ScaffoldResult } from './types.ts';
import { comment, mdxFile, mdxText, oneLine, plain, quoted } from './write.ts';

export const emptyChapter = (): ChapterAnswers => ({ guide: '', lang: '', chapter: '', title: '', summary: '', order: '', body: '' });

/** Where a new chapter goes by default: after the guide's last chapter in any language. */
export function nextChapterOrder(ctx: ScaffoldContext, guide: string): number {
  const orders = localeCodes.flatMap((l) => Object.values(ctx.guides[guide]?.[l] ?? {})).filter((o): o is number => typeof o === 'number');
  return orders.length ? Math.max(...orders) + 1 : 1;
}

function chapterData(a: ChapterAnswers, ctx: ScaffoldContext) {
  const order = a.order.trim();
  return {
    title: oneLine(a.title),
    summary: oneLine(a.summary),
    order: order === '' ? nextChapterOrder(ctx, a.guide) : /^\d+$/.test(order) ? Number(order) : order,
  };
}

export function checkChapter(a: ChapterAnswers, ctx: ScaffoldContext): ScaffoldIssue[] {
  const guide = a.guide.trim();
  const chapter = a.chapter.trim();
  const file = `guides/${guide || '<guide>'}/${a.lang || '<lang>'}/${chapter || '<chapter>'}.mdx`;
  const issues: ScaffoldIssue[] = [];
  const texts = ctx.guides[guide];
  if (!guide) issues.push(issue(`guides/${guide}`, '', 'guide', 'choose', msg('check.expected.guideFolder'), msg('check.value.nothing')));
  else if (!texts)
    issues.push(
      issue(`guides/${guide}/guide.yaml`, '', 'guide', 'noGuide', msg('check.expected.guideFile', { slug: guide }), verbatim(JSON.stringify(guide)), {
        value: guide,
      }),
    );
  if (!isLocale(a.lang)) issues.push(issue(file, '', 'lang', 'choose', languageChoice(), typed(a.lang)));
  else if (texts && texts[a.lang]?.index === undefined)
    issues.push(
      issue(`guides/${guide}/${a.lang}/index.mdx`, '', 'lang', 'noIntro', msg('check.expected.guideIntro'), msg('check.value.noSuchFile'), {
        guide,
        language: a.lang,
      }),
    );
  const elsewhere = localeCodes.filter((l) => texts?.[l]?.[chapter] !== undefined);
  const here = isLocale(a.lang) && elsewhere.includes(a.lang);
  issues.push(...slugIssues(chapter, file, here || chapter === 'index', 'chapter'));
  if (!here && chapter !== 'index' && elsewhere.length > 0)
    issues.push(
      issue(
        file,
        '',
        'chapter',
        'chapterExists',
        msg('check.expected.newChapter'),
        msg('check.value.existsIn', { value: verbatim(JSON.stringify(chapter)), languages: languageNames(elsewhere) }),
        { value: chapter, languages: languageNames(elsewhere) },
      ),
    );
  issues.push(...schemaIssues(chapterSchema, chapterData(a, ctx), file, (p) => String(p[0] ?? '')));
  issues.push(...unsafeLinkIssues(a.body, file, 'body'));
  return issues;
}

/** One chapter file in one language, or what stops it. */
export function scaffoldChapter(a: ChapterAnswers, ctx: ScaffoldContext, env: ScaffoldEnv): ScaffoldResult {
  const issues = checkChapter(a, ctx);
  if (issues.length > 0) return { ok: false, issues };
  const lang = a.lang as Locale;
  const guide = a.guide.trim();
  const chapter = a.chapter.trim();
  const data = chapterData(a, ctx);
  const content = mdxFile(
    [
      comment(env.text.comment.chapterHeader ?? '', { chapter, guide, language: env.text.languageNames[lang] }),
      `title: ${quoted(data.title)}`,
      `summary: ${quoted(data.summary)}`,
      `order: ${plain(data.order)}`,
    ],
    mdxText(a.body),
  );
  return { ok: true, files: [{ path: `guides/${guide}/${lang}/${chapter}.mdx`, content }] };
}
