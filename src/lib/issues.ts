import type { z } from 'zod';

/**
 * One problem found in the content, in the shape every tool reports it:
 * `file:line  field: expected ..., found ...`. Built by the schema check, the cross-checks and the
 * build, printed by one formatter so contributors always see the same wording.
 */
export interface ContentIssue {
  severity: 'error' | 'warning';
  /** Path relative to the content folder, e.g. `practices/rabat/practice.yaml`. */
  file: string;
  /** 1-based line where the field (or its nearest parent) is written, when known. */
  line?: number | undefined;
  /** Dotted field path, e.g. `review.last_reviewed` or `themes[2]`; empty for whole-file problems. */
  field: string;
  expected: string;
  found: string;
}

export type Locator = (path: readonly PropertyKey[]) => number | undefined;

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** A short, readable rendering of a value a contributor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value === '' ? 'an empty text' : JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list (${value.map(describeValue).join(', ')})`.slice(0, 120);
  if (typeof value === 'object') return `a group of fields (${Object.keys(value).join(', ')})`;
  return String(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns one Zod issue into the words a non-programmer can act on. */
function expectation(issue: z.core.$ZodIssue): { expected: string; pathSuffix?: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}` };
    case 'invalid_value':
      return { expected: `one of: ${issue.values.map((v) => String(v)).join(', ')}` };
    case 'too_small':
      if (issue.origin === 'array') return { expected: `a list of at least ${String(issue.minimum)} item(s)` };
      if (issue.origin === 'string') return { expected: Number(issue.minimum) <= 1 ? 'some text (it is empty)' : `at least ${String(issue.minimum)} characters` };
      return { expected: `a value of at least ${String(issue.minimum)}` };
    case 'too_big':
      if (issue.origin === 'array') return { expected: `a list of at most ${String(issue.maximum)} item(s)` };
      if (issue.origin === 'string') return { expected: `at most ${String(issue.maximum)} characters` };
      return { expected: `a value of at most ${String(issue.maximum)}` };
    case 'unrecognized_keys':
      return { expected: `only known fields (remove or correct: ${issue.keys.join(', ')})` };
    case 'invalid_union':
      return { expected: 'one of the allowed forms (see CONTRIBUTING.md)' };
    default:
      return { expected: issue.message };
  }
}

export function zodIssues(error: z.ZodError, file: string, data: unknown, locate?: Locator): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const { expected } = expectation(issue);
    const value = valueAt(data, path);
    let found = describeValue(value);
    if (issue.code === 'too_big' && typeof value === 'string') found = `${value.length} characters`;
    if (issue.code === 'unrecognized_keys') found = `unknown field(s) ${issue.keys.join(', ')}`;
    // Custom messages already say what is expected; Zod's own default ones are replaced above.
    const custom = issue.code === 'custom' || issue.code === 'invalid_format' ? issue.message : undefined;
    return {
      severity: 'error',
      file,
      line: locate?.(path),
      field: fieldName(path),
      expected: custom ?? expected,
      found,
    } satisfies ContentIssue;
  });
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const label = issue.severity === 'error' ? 'error' : 'warning';
  const field = issue.field ? `${issue.field}: ` : '';
  return `${label}  ${where}  ${field}expected ${issue.expected}, found ${issue.found}`;
}

export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map(formatIssue).join('\n');
}
