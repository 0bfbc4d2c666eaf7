import { resourceSchema } from '../../schemas/index.ts';
import { defaultLocale, localeCodes, type Locale } from '../../config/locales.ts';
import { issue, languageChoice, schemaIssues, typed } from './check.ts';
import { slugIssues, type ScaffoldEnv } from './practice.ts';
import type { ResourceAnswers, ScaffoldContext, ScaffoldIssue, ScaffoldResult } from './types.ts';
import { comment, oneLine, plain, quoted } from './write.ts';

export const emptyResource = (): ResourceAnswers => ({
  slug: '',
  type: '',
  publisher: '',
  year: '',
  lang: '',
  title: '',
  link: '',
  description: { en: '', ar: '', fr: '' },
});

function resourceData(a: ResourceAnswers) {
  const lang = a.lang || defaultLocale;
  const year = a.year.trim();
  return {
    type: a.type || undefined,
    publisher: oneLine(a.publisher),
    ...(year ? { year: /^\d+$/.test(year) ? Number(year) : year } : {}),
    title: { [lang]: oneLine(a.title) },
    description: Object.fromEntries(localeCodes.map((l) => [l, oneLine(a.description[l] ?? '')])),
    link: a.link.trim() ? { [lang]: a.link.trim() } : {},
  };
}

const answerOf = (path: readonly PropertyKey[]): string => {
  const [head, key] = path;
  if (head === 'description') return `description.${String(key ?? defaultLocale)}`;
  return String(head ?? '');
};

export function checkResource(a: ResourceAnswers, ctx: ScaffoldContext): ScaffoldIssue[] {
  const slug = a.slug.trim();
  const file = `resources/${slug}.yaml`;
  const issues = slugIssues(slug, file, ctx.resources.includes(slug));
  if (!(localeCodes as readonly string[]).includes(a.lang)) issues.push(issue(file, '', 'lang', 'choose', languageChoice(), typed(a.lang)));
  issues.push(...schemaIssues(resourceSchema, resourceData(a), file, answerOf));
  return issues;
}

/** One resource file, or what stops it. */
export function scaffoldResource(a: ResourceAnswers, ctx: ScaffoldContext, env: ScaffoldEnv): ScaffoldResult {
  const issues = checkResource(a, ctx);
  if (issues.length > 0) return { ok: false, issues };
  const lang = a.lang as Locale;
  const slug = a.slug.trim();
  const data = resourceData(a);
  const c = env.text.comment;
  const note = (key: string) => comment(c[key] ?? key, { slug });
  const lines = [
    note('resourceHeader'),
    '',
    note('resourceType'),
    `type: ${plain(data.type!)}`,
    '',
    note('resourcePublisher'),
    `publisher: ${quoted(data.publisher)}`,
    '',
    ...('year' in data && data.year !== undefined ? [note('resourceYear'), `year: ${plain(data.year)}`] : [note('resourceYearMissing')]),
    '',
    note('resourceTitle'),
    'title:',
    `  ${lang}: ${quoted(data.title[lang] ?? '')}`,
    '',
    note('resourceDescription'),
    'description:',
    ...localeCodes.map((l) => `  ${l}: ${quoted(data.description[l] ?? '')}`),
    '',
    ...(data.link[lang] ? [note('resourceLink'), 'link:', `  ${lang}: ${quoted(data.link[lang])}`] : [note('resourceLinkMissing')]),
  ];
  return { ok: true, files: [{ path: `resources/${slug}.yaml`, content: `${lines.join('\n')}\n` }] };
}
