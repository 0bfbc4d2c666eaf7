import { formatDate, formatYearMonth, t } from '../i18n.ts';
import { locales, type Locale } from '../../config/locales.ts';
import type { CitationRecord } from './record.ts';

/**
 * The formatted reference a reader copies, in the page's language, as segments: the page marks up the
 * title (its own language), the container and the address (isolated in right-to-left text) from the
 * same list the plain text is joined from.
 *   Author (date). Title. Container. https://… , accessed 7 December 2026.
 */
export interface ReferenceSegment {
  text: string;
  /** name: a document's publisher, written as it names itself (often in Latin letters on an Arabic page). */
  kind?: 'title' | 'container' | 'url' | 'name';
  lang?: Locale;
}

const endsSentence = /[.?!؟…]$/;

function displayDate(locale: Locale, iso: string): string {
  return iso.length === 10 ? formatDate(locale, iso) : formatYearMonth(locale, iso);
}

export function referenceSegments(locale: Locale, r: CitationRecord): ReferenceSegment[] {
  const _ = t(locale);
  const stop = (s: string) => (endsSentence.test(s) ? ' ' : '. ');
  const date = ` (${r.issued ? displayDate(locale, r.issued) : _('cite.noDate')}). `;
  const out: ReferenceSegment[] = r.kind === 'document' ? [{ text: r.author, kind: 'name' }, { text: date }] : [{ text: `${r.author}${date}` }];
  out.push({ text: r.title, kind: 'title', lang: r.lang }, { text: stop(r.title) });
  if (r.container) out.push({ text: r.container, kind: 'container', lang: r.containerLang ?? locale }, { text: stop(r.container) });
  if (r.kind === 'document' && r.publisher !== r.author) out.push({ text: r.publisher, kind: 'name' }, { text: '. ' });
  if (r.url) {
    out.push({ text: r.url, kind: 'url' });
    if (r.accessed) out.push({ text: `${locales[locale].listSeparator}${_('cite.accessed', { date: formatDate(locale, r.accessed) })}` });
    out.push({ text: '.' });
  }
  // No trailing space after the last full stop.
  const last = out.at(-1)!;
  last.text = last.text.trimEnd();
  return out;
}

export function referenceText(locale: Locale, r: CitationRecord): string {
  return referenceSegments(locale, r)
    .map((s) => s.text)
    .join('');
}
