import type { PracticeRecord, SiteContent } from './content.ts';
import { formatDate, formatYearMonth, t, type MessageKey } from './i18n.ts';
import { joinList, locales, type Locale } from '../config/locales.ts';
import { practiceFacts } from './practice-facts.ts';
import { practiceText } from './practices.ts';
import { reportState } from './evidence.ts';
import { cardItems, transferItems, type ReportState } from '../schemas/index.ts';
import { urls } from './urls.ts';

/**
 * The compare page's rows, in the order every practice shows them: its key facts, the evidence card and
 * transferability as on the practice page, then its sources. Labels are the practice page's own keys.
 */
export const compareGroups = [
  {
    group: 'facts',
    heading: 'practice.facts',
    rows: [
      { row: 'place', label: 'practice.place' },
      { row: 'scope', label: 'practice.scope' },
      { row: 'levels', label: 'practice.levels' },
      { row: 'themes', label: 'practice.themes' },
      { row: 'targetGroups', label: 'practice.targetGroups' },
      { row: 'status', label: 'practice.status' },
      { row: 'start', label: 'practice.start' },
      { row: 'evidence', label: 'practice.evidence' },
      { row: 'review', label: 'practice.review' },
      { row: 'lead', label: 'practice.lead' },
    ],
  },
  { group: 'card', heading: 'practice.evidenceCard', rows: cardItems.map((r) => ({ row: r, label: `practice.card.${r}` })) },
  { group: 'transferability', heading: 'practice.transferTitle', rows: transferItems.map((r) => ({ row: r, label: `practice.transfer.${r}` })) },
  { group: 'sources', heading: 'practice.sources', rows: [{ row: 'sources', label: 'practice.sources' }] },
] as const satisfies readonly { group: string; heading: MessageKey; rows: readonly { row: string; label: string }[] }[];

/** One cell: its words (in `lang` when the practice's text is a fallback), how much the sources report, or a list of sources. */
export interface CompareValue {
  text?: string;
  lang?: Locale;
  state?: ReportState;
  sources?: { title: string; lang?: Locale | undefined; href?: string | undefined; detail?: string | undefined }[];
}

/** What the compare page needs of one practice in one language (one small JSON file per practice and language). */
export interface ComparePractice {
  slug: string;
  title: string;
  lang: Locale;
  href: string;
  values: Record<string, CompareValue>;
}

/** The same words as the practice page (practiceFacts, reportedStatus, reportState), one value per compare row. */
export function comparePractice(site: SiteContent, p: PracticeRecord, locale: Locale): ComparePractice {
  const _ = t(locale);
  const sep = locales[locale].listSeparator;
  const facts = practiceFacts(site, p, locale);
  const { value: text, lang } = practiceText(p, locale);
  const notReported = { text: _('practice.notReported'), state: 'not-reported' } as const;
  const textLang = lang === locale ? {} : { lang };
  const values: Record<string, CompareValue> = {
    place: {
      text:
        joinList(
          locale,
          facts.places.map((x) => x.name),
        ) + (facts.nationwide ? ` (${_('practice.nationwide')})` : ''),
    },
    scope: { text: _(`enum.scope.${facts.scope}`) },
    levels: { text: facts.levels.map((l) => _(`enum.level.${l}`)).join(sep) },
    themes: { text: facts.themes.map((x) => x.name).join(sep) },
    targetGroups: facts.targetGroups.length > 0 ? { text: facts.targetGroups.join(sep) } : notReported,
    status: { text: facts.status },
    start: facts.start ? { text: formatYearMonth(locale, facts.start) } : notReported,
    evidence: {
      text:
        _('practice.evidenceLevel', { level: facts.evidence.level, label: _(`enum.evidence.${facts.evidence.level}`) }) +
        (facts.evidence.no_effect_found ? ` ${_('practice.noEffect')}` : ''),
    },
    review: { text: _(`practice.reviewSentence.${facts.review.level}`, { date: formatDate(locale, facts.review.date) }) },
    lead: facts.lead ? { text: `${facts.lead.name} (${_(`enum.orgType.${facts.lead.type}`)})`, lang: facts.lead.lang } : notReported,
    sources: {
      sources: facts.sources.map((s) => ({
        title: s.title,
        lang: s.lang,
        href: s.href,
        detail: [s.detail, s.consulted ? _('practice.consulted', { date: formatDate(locale, s.consulted) }) : undefined].filter(Boolean).join(sep) || undefined,
      })),
    },
  };
  for (const item of [...cardItems, ...transferItems]) {
    const state = reportState(p.data, item);
    values[item] = state === 'not-reported' ? notReported : { text: text.data.notes[item] ?? '', state, ...textLang };
  }
  return { slug: p.slug, title: text.data.title, lang, href: urls.practice(locale, p.slug), values };
}
