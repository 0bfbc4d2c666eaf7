import type { Locale } from '../config/locales.ts';
import { langAttrs, localeInfo } from '../config/locales.ts';
import type { SiteContent } from './content.ts';
import { pickText } from './fallback.ts';
import { practiceText } from './practices.ts';
import type { AssessModel } from './self-assessment.ts';
import { urls } from './urls.ts';

/** A recommended chapter or practice as the page links it: its title in the language it is shown in. */
export interface AssessTarget {
  title: string;
  url: string;
  /** The title's language: another than the page's when it has no text in the page's language yet. */
  lang: Locale;
  /** Set only when `lang` differs from the page's and writes the other way. */
  dir?: 'ltr' | 'rtl';
}

const target = (page: Locale, title: string, url: string, lang: Locale): AssessTarget => {
  const { dir } = langAttrs(page, lang);
  return { title, url, lang, ...(dir ? { dir } : {}) };
};

export interface AssessView {
  model: AssessModel;
  /** Group id → its one-line introduction. */
  intros: Record<string, string>;
  /** `chapter:<guide>/<chapter>` and `practice:<slug>` → where it is and what it is called. */
  targets: Record<string, AssessTarget>;
}

/**
 * The questionnaire in one language, with the titles and addresses of everything its rules recommend.
 * The cross-check has made sure each exists (src/lib/self-assessment-check.ts).
 */
export function assessView(site: SiteContent, locale: Locale): AssessView | undefined {
  const data = site.selfAssessment;
  if (!data) return undefined;
  let number = 0;
  const model: AssessModel = {
    groups: data.groups.map((g) => ({ id: g.id, title: g.title[locale], profiles: g.profiles?.map((p) => ({ from: p.from, text: p.text[locale] })) })),
    // Numbered in the page's order (group by group), so "question 7" is the seventh one a reader sees.
    questions: data.groups.flatMap((g) =>
      data.questions
        .filter((q) => q.group === g.id)
        .map((q) => ({
          id: q.id,
          group: q.group,
          number: ++number,
          text: q.text[locale],
          options: q.options.map((o) => ({ id: o.id, label: o.label[locale], ...(o.points === undefined ? {} : { points: o.points }) })),
        })),
    ),
    rules: data.rules,
  };
  const targets: Record<string, AssessTarget> = {};
  for (const rule of data.rules)
    for (const item of rule.recommend) {
      if ('chapter' in item) {
        const [guideSlug, chapterSlug] = item.chapter.split('/') as [string, string];
        const chapter = site.guides.find((g) => g.slug === guideSlug)?.chapters.find((c) => c.slug === chapterSlug);
        const picked = chapter && pickText(chapter.texts, locale);
        if (picked) targets[`chapter:${item.chapter}`] = target(locale, picked.value.data.title, urls.chapter(locale, guideSlug, chapterSlug), picked.lang);
      } else {
        const practice = site.practices.find((p) => p.slug === item.practice);
        if (!practice) continue;
        const { value, lang } = practiceText(practice, locale);
        targets[`practice:${item.practice}`] = target(locale, value.data.title, urls.practice(locale, item.practice), lang);
      }
    }
  const intros = Object.fromEntries(data.groups.flatMap((g) => (g.intro ? [[g.id, g.intro[locale]]] : [])));
  return { model, intros, targets };
}

/** "a, b or c" in the page's language (the hand-scoring rules list the answers that trigger a rule). */
export function orList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(localeInfo(locale).intl, { type: 'disjunction' }).format(items);
}

export function andList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(localeInfo(locale).intl, { type: 'conjunction' }).format(items);
}
