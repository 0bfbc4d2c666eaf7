import type { Locale } from '../config/locales.ts';
import { t, untypedT, type MessageKey } from './i18n.ts';

/** Where the answers are kept on the reader's device (localStorage); the same for every language. */
export const assessStorageKey = 'mena-hub:self-assessment';

/** The words the page's script writes, resolved at build time (the script never loads i18next). */
export function assessStrings(locale: Locale) {
  const _ = t(locale);
  // Placeholders kept for the script to fill (src/lib/offline-messages.ts does the same).
  const keep = (key: MessageKey, ...names: string[]) => untypedT(locale)(key, Object.fromEntries(names.map((n) => [n, `{{${n}}}`])));
  return {
    answered: keep('selfAssessment.answered', 'count', 'total'),
    total: keep('selfAssessment.total', 'points', 'max'),
    missing: keep('selfAssessment.missing', 'count'),
    chaptersTitle: _('selfAssessment.chaptersTitle'),
    practicesTitle: _('selfAssessment.practicesTitle'),
    because: keep('selfAssessment.because', 'answers'),
    answerTo: keep('selfAssessment.answerTo', 'answer', 'question'),
    nothingYet: _('selfAssessment.nothingYet'),
    more: keep('selfAssessment.more', 'count'),
    resultEmpty: _('selfAssessment.resultEmpty'),
    copied: _('selfAssessment.copied'),
    cleared: _('selfAssessment.cleared'),
    imported: keep('selfAssessment.imported', 'file'),
    importNotJson: _('selfAssessment.importNotJson'),
    importNotOurs: _('selfAssessment.importNotOurs'),
    importEmpty: _('selfAssessment.importEmpty'),
  };
}

export type AssessStrings = ReturnType<typeof assessStrings>;
