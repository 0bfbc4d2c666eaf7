import { safeParse } from 'zod/mini';
import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { describeValueMessage, msg, verbatim, zodIssues, type Message, type MessageValue } from '../issues.ts';
import { localeCodes, type Locale } from '../../config/locales.ts';
import type { IssueKind, ScaffoldIssue } from './types.ts';

/**
 * Schema problems in the shape of `npm run check` (same `zodIssues`, so the same expected/found words),
 * each tied to the answer it came from and given a message kind for the interfaces.
 */

/** Answers chosen from a list: an empty one reads "choose", not "write". */
const choiceAnswers =
  /^(lang|scope|status|evidence|type|guide|from|to|entry|lead\.type|partners\.\d+\.type|countries|cities|newCity\.country|levels|themes|targetGroups|resources|related)$/;
const slugAnswers = /^(slug|chapter|countries|cities|newCity\.slug|themes|targetGroups|resources|related|guide)$/;

export function issue(
  file: string,
  field: string,
  answer: string,
  kind: IssueKind,
  expected: Message,
  found: Message,
  params: Record<string, MessageValue> = {},
): ScaffoldIssue {
  return { severity: 'error', file, field, answer, kind, expected, found, params };
}

/** "one of: en, ar, fr", for a language answer that is not one of them. */
export const languageChoice = (): Message => msg('check.expected.oneOf', { values: localeCodes.map(verbatim) });
/** Languages named in the reader's language: "English, French". */
export const languageNames = (codes: readonly Locale[]): Message[] => codes.map((l) => msg(`languageName.${l}`));
/** What was typed, or "nothing". */
export const typed = (value: string): Message => (value ? verbatim(JSON.stringify(value)) : msg('check.value.nothing'));

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function kindOf(zi: $ZodIssue, value: unknown, answer: string): { kind: IssueKind; params?: Record<string, string | number> } {
  const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  const required: IssueKind = choiceAnswers.test(answer) ? 'choose' : 'required';
  const numberKind: IssueKind = /year$/.test(answer) ? 'year' : answer === 'order' ? 'order' : /^newCity\.(lat|lon)$/.test(answer) ? 'coordinate' : 'invalid';
  switch (zi.code) {
    case 'too_small':
      if (zi.origin === 'array') return { kind: 'choose' };
      if (zi.origin === 'string') return { kind: 'required' };
      return { kind: numberKind };
    case 'too_big':
      if (zi.origin === 'array') return { kind: 'tooMany', params: { max: Number(zi.maximum) } };
      if (zi.origin === 'string') return { kind: 'tooLong', params: { max: Number(zi.maximum), count: typeof value === 'string' ? value.length : 0 } };
      return { kind: numberKind };
    case 'invalid_value':
      return { kind: empty ? required : 'choice' };
    case 'invalid_type':
      return { kind: empty ? required : numberKind };
    case 'invalid_format':
    case 'custom':
      if (empty) return { kind: required };
      if (slugAnswers.test(answer)) return { kind: answer === 'countries' ? 'unknown' : 'slug', params: { value: String(value) } };
      if (answer === 'start' || answer === 'asOf') return { kind: 'start' };
      if (/(url|link)$/.test(answer)) return { kind: 'url' };
      return { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}

/**
 * A union (a source is a resource or a document) fails as one "invalid_union" issue; the option the
 * contributor meant (judged by its keys) holds the precise problems, so those are reported instead.
 */
function flattenUnions(issues: readonly $ZodIssue[], data: unknown): $ZodIssue[] {
  return issues.flatMap((zi) => {
    if (zi.code !== 'invalid_union' || zi.errors.length === 0) return [zi];
    const value = valueAt(data, zi.path);
    const option = value !== null && typeof value === 'object' && 'resource' in value ? 0 : zi.errors.length - 1;
    const inner = zi.errors[option] ?? [];
    return inner.length
      ? flattenUnions(
          inner.map((i) => ({ ...i, path: [...zi.path, ...i.path] })),
          data,
        )
      : [zi];
  });
}

/** Validates `data` (what the file will hold) and reports problems against the answers. */
export function schemaIssues(schema: $ZodType, data: unknown, file: string, answerOf: (path: readonly PropertyKey[]) => string): ScaffoldIssue[] {
  const result = safeParse(schema, data);
  if (result.success) return [];
  const flat = flattenUnions(result.error.issues, data);
  const base = zodIssues({ issues: flat }, file, data);
  return flat.map((zi, i) => {
    const answer = answerOf(zi.path);
    const value = valueAt(data, zi.path);
    const { kind, params } = kindOf(zi, value, answer);
    return { ...base[i]!, answer, kind, params: { value: typeof value === 'string' ? value : describeValueMessage(value), ...params } };
  });
}
