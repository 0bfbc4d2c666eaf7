import type { IssueKind, ScaffoldIssue } from './types.ts';
import { fill } from './write.ts';

/** One sentence per kind of problem, in one language (`scaffold.error.*`), with `{{value}}`-style slots. */
export type IssueMessages = Record<IssueKind, string>;

/** The problem in the interface's words; `invalid` falls back to the checker's own "expected …". */
export function issueMessage(issue: ScaffoldIssue, messages: IssueMessages): string {
  return fill(messages[issue.kind] ?? messages.invalid, issue.params);
}
