import { messageCatalog, t, type MessageGroupKey } from '../i18n.ts';
import { zodMessageKeys } from '../issues.ts';
import { localeCodes, type Locale } from '../../config/locales.ts';
import type { IssueMessages } from './messages.ts';
import { narrativeKeys, type ScaffoldText } from './types.ts';

/**
 * The scaffolder's words from the interface strings (src/i18n/<locale>/scaffold.json), resolved on the
 * server side (the CLI, the proposal page's build) and handed to the pure module as plain strings.
 * Placeholders such as `{{slug}}` are kept for the module to fill.
 */
const raw = (locale: Locale, key: MessageGroupKey) => t(locale)(key, { returnObjects: true, skipInterpolation: true }) as unknown as Record<string, string>;

export function scaffoldText(ui: Locale): ScaffoldText {
  return {
    comment: raw(ui, 'scaffold.comment'),
    headings: Object.fromEntries(
      localeCodes.map((l) => [l, Object.fromEntries(narrativeKeys.map((k) => [k, t(l)(`scaffold.heading.${k}`)]))]),
    ) as ScaffoldText['headings'],
    languageNames: Object.fromEntries(localeCodes.map((l) => [l, t(ui)(`languageName.${l}`)])) as ScaffoldText['languageNames'],
  };
}

/** The words of the problems: the schema's (for `invalid`) and the language names some problems list. */
export function issueMessages(ui: Locale): IssueMessages {
  return { kinds: raw(ui, 'scaffold.error') as IssueMessages['kinds'], check: messageCatalog(ui, [...zodMessageKeys, 'languageName']) };
}
