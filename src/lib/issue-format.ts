import { t, untypedT } from './i18n.ts';
import { renderMessage, type ContentIssue, type Message, type Translate } from './issues.ts';
import { terminalLocale, type Locale } from '../config/locales.ts';

/**
 * Content issues in words, at build time and in the CLIs (i18next): `error  file:line  field: expected
 * ..., found ...` in English, the same parts in Arabic or French. Browser code says messages from a
 * catalog instead (`catalogTranslate` in ./issues.ts).
 */

/** i18next's `t` of one language as a message translator. */
export function translator(locale: Locale): Translate {
  // An issue carries its key as data (built by the checks); the i18n-keys test checks those keys exist.
  const _ = untypedT(locale);
  return (key, values) => _(key, values ?? {});
}

/** A message in one language. */
export function messageIn(locale: Locale): (m: Message) => string {
  const translate = translator(locale);
  return (m) => renderMessage(m, translate);
}

/** The formatter for one language. */
export function formatIssueIn(locale: Locale): (issue: ContentIssue) => string {
  const _ = t(locale);
  const say = messageIn(locale);
  return (issue) => {
    const values = {
      label: _(`check.severity.${issue.severity}`),
      where: issue.line ? `${issue.file}:${issue.line}` : issue.file,
      field: issue.field,
      expected: say(issue.expected),
      found: say(issue.found),
    };
    return _(issue.field ? 'check.lineField' : 'check.line', values);
  };
}

const formatEnglish = formatIssueIn(terminalLocale);

export function formatIssue(issue: ContentIssue): string {
  return formatEnglish(issue);
}

export function formatIssues(issues: readonly ContentIssue[], locale: Locale = terminalLocale): string {
  return issues.map(formatIssueIn(locale)).join('\n');
}
