import { catalogTranslate, renderValue } from '../issues.ts';
import type { IssueKind, ScaffoldIssue } from './types.ts';
import { fill } from './write.ts';

/**
 * What an interface needs to say a scaffold problem in one language, as plain strings (the proposal form
 * gets them in its JSON island): one sentence per kind of problem (`scaffold.error.*`, with `{{value}}`-
 * style slots), and the checker's words the issues' messages use (`messageCatalog`), so `invalid`
 * says what was expected and found in the same language.
 */
export interface IssueMessages {
  kinds: Record<IssueKind, string>;
  check: Readonly<Record<string, string>>;
}

/** The problem in the interface's words; `invalid` falls back to the checker's own "expected …". */
export function issueMessage(issue: ScaffoldIssue, messages: IssueMessages): string {
  const translate = catalogTranslate(messages.check);
  const values = Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, renderValue(v, translate)]));
  return fill(messages.kinds[issue.kind] ?? messages.kinds.invalid, {
    expected: renderValue(issue.expected, translate),
    found: renderValue(issue.found, translate),
    ...values,
  });
}
