import { langAttrs, localeCodes, locales, type Locale } from '../config/locales.ts';
import { historyUrl, translationTemplate } from './contributor-links.ts';
import { t } from './i18n.ts';
import { editUrl, newFileUrl, type Repository } from './repository.ts';
import { missingPath, type EntryStatus, type TranslationStatus } from './translation-state.ts';
import { urls } from './urls.ts';

/**
 * The translation status page (/{l}/contribute/status/) as data: one section per language, the page's own
 * language first, each with its missing and outdated texts and the link that fixes each.
 */
export function statusSections(status: TranslationStatus, locale: Locale, repo: Repository | undefined) {
  const _ = t(locale);
  const percent = new Intl.NumberFormat(locales[locale].intl, { style: 'percent', maximumFractionDigits: 0 });
  const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase(locales[locale].intl) + s.slice(1);

  const pageUrl = (e: EntryStatus, l: Locale): string | undefined => {
    switch (e.kind) {
      case 'practice':
        return urls.practice(l, e.slug);
      case 'guide':
        return urls.guide(l, e.slug);
      case 'chapter':
        return urls.chapter(l, e.slug, e.chapter ?? '');
      case 'activity':
        return urls.activity(l, e.slug);
      case 'template':
        return urls.template(l, e.slug);
      case 'page':
        return e.slug === 'about' ? urls.about(l) : e.slug === 'evidence' ? urls.evidenceScale(l) : undefined;
    }
  };
  const guideTitles = new Map(status.entries.filter((e) => e.kind === 'guide').map((e) => [e.slug, e]));
  const rows = (list: EntryStatus[], l: Locale, action: 'translate' | 'update') =>
    list.map((e) => {
      const guide = e.kind === 'chapter' ? guideTitles.get(e.slug) : undefined;
      const translation = e.files[l];
      return {
        key: `${e.kind}:${e.slug}:${e.chapter ?? ''}`,
        kind: _(`contribute.status.kind.${e.kind}`),
        title: e.title,
        titleAttrs: langAttrs(locale, e.source),
        context: guide && { title: guide.title, attrs: langAttrs(locale, guide.source) },
        href: pageUrl(e, l),
        original: _('contribute.status.original', { language: _(`languageName.${e.source}`) }),
        action:
          repo && action === 'translate'
            ? { href: newFileUrl(repo, missingPath(e, l), translationTemplate(e.sourceData, e.sourceBody)), label: _('contribute.status.translate') }
            : repo && translation
              ? { href: editUrl(repo, translation), label: _('contribute.status.update') }
              : undefined,
        changes: repo && action === 'update' && e.files[e.source] ? historyUrl(repo, e.files[e.source]!) : undefined,
      };
    });
  // The page's own language first: that is the one its reader translates into.
  const order = [locale, ...localeCodes.filter((l) => l !== locale)];
  const sections = order.map((l) => {
    const s = status.locales[l];
    const name = capitalise(_(`languageName.${l}`));
    return {
      l,
      name,
      endonym: locales[l].label.toLocaleLowerCase() === name.toLocaleLowerCase() ? undefined : locales[l].label,
      percent: s.percent,
      available: _('contribute.status.available', { present: s.present, total: s.total, percent: percent.format(s.percent / 100) }),
      ui: _('contribute.status.interfaceAvailable', { present: s.interface.total - s.interface.missing.length, total: s.interface.total }),
      // Missing texts (a "Translate" link each), then outdated ones ("Update" and the original's changes).
      lists: [
        {
          state: 'missing',
          heading: _('contribute.status.missingCount', { count: s.missing.length }),
          rows: rows(s.missing, l, 'translate'),
          none: _('contribute.status.noneMissing'),
          linkAttrs: { 'data-translate-link': '' },
        },
        {
          state: 'outdated',
          heading: _('contribute.status.outdatedCount', { count: s.outdated.length }),
          rows: rows(s.outdated, l, 'update'),
          // Without git history nothing can be called outdated: the notice at the top says so.
          none: status.historyKnown ? _('contribute.status.noneOutdated') : undefined,
          linkAttrs: { 'data-edit-link': '' },
        },
      ],
      // Interface strings not yet translated, then those whose English changed since.
      uiLists: [
        { heading: _('contribute.status.interfaceMissing'), keys: s.interface.missing },
        { heading: _('contribute.status.interfaceOutdated'), keys: s.interface.outdated },
      ],
    };
  });
  return sections;
}

export type StatusSection = ReturnType<typeof statusSections>[number];
