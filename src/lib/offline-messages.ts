import { t, untypedT, type MessageKey } from './i18n.ts';
import { localeCodes, locales, type Locale } from '../config/locales.ts';

/** The strings the offline scripts show, resolved at build time for one language. */
export function offlineMessages(locale: Locale) {
  const _ = t(locale);
  // Untyped lookup: i18next's types read an object of named values as one that may hold `count`.
  const keep = (key: MessageKey, ...names: string[]) => untypedT(locale)(key, Object.fromEntries(names.map((n) => [n, `{{${n}}}`])));
  return {
    intl: locales[locale].intl,
    size: keep('offline.size', 'size'),
    downloading: keep('offline.downloading', 'done', 'total'),
    cancelled: _('offline.cancelled'),
    savedOn: keep('offline.savedOn', 'date', 'size'),
    outdated: _('offline.outdated'),
    removed: _('offline.removed'),
    failed: _('offline.failed'),
    preparing: _('offline.preparing'),
    yourSearch: keep('offline.yourSearch', 'query'),
    printVersion: keep('offline.printVersion', 'title'),
    savedLanguage: keep('offline.savedLanguage', 'language'),
    savedGuide: keep('offline.savedGuide', 'title'),
    languageNames: Object.fromEntries(localeCodes.map((l) => [l, _(`languageName.${l}`)])) as Record<Locale, string>,
  };
}
export type OfflineMessages = ReturnType<typeof offlineMessages>;
