import { t } from '../i18n.ts';
import { localeCodes, type Locale } from '../../config/locales.ts';
import type { IssueMessages } from './messages.ts';
import { narrativeKeys, type ScaffoldText } from './types.ts';

/**
 * The scaffolder's words from the interface strings (`scaffold.*` in src/i18n/*.json), resolved on the
 * server side (the CLI, the proposal page's build) and handed to the pure module as plain strings.
 * Placeholders such as `{{slug}}` are kept for the module to fill.
 */
const raw = (locale: Locale, key: string) => t(locale)(key, { returnObjects: true, skipInterpolation: true }) as unknown as Record<string, string>;

export function scaffoldText(ui: Locale): ScaffoldText {
  return {
    comment: raw(ui, 'scaffold.comment'),
    headings: Object.fromEntries(localeCodes.map((l) => [l, Object.fromEntries(narrativeKeys.map((k) => [k, t(l)(`scaffold.heading.${k}`)]))])) as ScaffoldText['headings'],
    languageNames: Object.fromEntries(localeCodes.map((l) => [l, t(ui)(`languageName.${l}`)])) as ScaffoldText['languageNames'],
  };
}

export function issueMessages(ui: Locale): IssueMessages {
  return raw(ui, 'scaffold.error') as IssueMessages;
}
