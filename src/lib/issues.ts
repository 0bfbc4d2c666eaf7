import type { z } from 'zod';
import { resources, t } from './i18n.ts';
import { terminalLocale, type Locale } from '../config/locales.ts';

/**
 * A sentence in the checker's words: a key under `check.` in src/i18n/{en,ar,fr}.json and the values it
 * names. Values that are themselves messages are rendered in the same language; a list of messages is
 * joined with the language's list separator.
 */
export interface Message {
  key: string;
  values?: Readonly<Record<string, MessageValue>>;
  /** Cut the rendered text to this many characters (a long list of values). */
  max?: number;
}
export type MessageValue = string | number | Message | readonly Message[];

export function msg(key: string, values?: Message['values'], max?: number): Message {
  return { key, ...(values ? { values } : {}), ...(max === undefined ? {} : { max }) };
}

/** Something shown as written in every language: a value the contributor typed, a file name, a code. */
export function verbatim(text: string | number): Message {
  return { key: 'check.verbatim', values: { text: String(text) } };
}

const isMessage = (v: MessageValue): v is Message => typeof v === 'object' && 'key' in v;

/** A message in one language. */
export function renderMessage(m: Message, locale: Locale): string {
  const _ = t(locale);
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(m.values ?? {})) {
    if (typeof v === 'string' || typeof v === 'number') values[name] = v;
    else if (isMessage(v)) values[name] = renderMessage(v, locale);
    else values[name] = v.map((item) => renderMessage(item, locale)).join(_('check.listSeparator'));
  }
  const text = _(m.key, values);
  return m.max !== undefined && text.length > m.max ? text.slice(0, m.max) : text;
}

/**
 * One problem found in the content, in the shape every tool reports it:
 * `file:line  field: expected ..., found ...`. Built by the schema check, the cross-checks, the MDX
 * safety check and the build, printed by one formatter so contributors always see the same wording.
 */
export interface ContentIssue {
  severity: 'error' | 'warning';
  /** Path relative to the content folder, e.g. `practices/rabat/practice.yaml`. */
  file: string;
  /** 1-based line where the field (or its nearest parent) is written, when known. */
  line?: number | undefined;
  /** Dotted field path, e.g. `review.last_reviewed` or `themes[2]`; empty for whole-file problems. */
  field: string;
  /** What was expected and what was found, in English (the rendering of `message` in English). */
  expected: string;
  found: string;
  /** The same as message keys and values, so `formatIssueIn(locale)` can say it in another language. */
  message?: { expected: Message; found: Message } | undefined;
}

/** An issue from message keys; its English wording is rendered once, here. */
export function contentIssue(i: {
  severity: ContentIssue['severity'];
  file: string;
  line?: number | undefined;
  field: string;
  expected: Message;
  found: Message;
}): ContentIssue {
  return {
    severity: i.severity,
    file: i.file,
    ...(i.line === undefined ? {} : { line: i.line }),
    field: i.field,
    expected: renderMessage(i.expected, terminalLocale),
    found: renderMessage(i.found, terminalLocale),
    message: { expected: i.expected, found: i.found },
  };
}

export type Locator = (path: readonly PropertyKey[]) => number | undefined;

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

const list = (items: readonly (string | number)[]): Message[] => items.map(verbatim);

/** A short, readable rendering of a value a contributor wrote, as a message. */
export function describeValueMessage(value: unknown): Message {
  if (value === undefined) return msg('check.value.missing');
  if (value === null) return msg('check.value.empty');
  if (value instanceof Date) return verbatim(value.toISOString().slice(0, 10));
  if (typeof value === 'string') return value === '' ? msg('check.value.emptyText') : verbatim(JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value));
  if (Array.isArray(value)) return value.length === 0 ? msg('check.value.emptyList') : msg('check.value.list', { items: value.map(describeValueMessage) }, 120);
  if (typeof value === 'object') return msg('check.value.group', { keys: list(Object.keys(value)) });
  return verbatim(String(value));
}

/** A short, readable rendering of a value a contributor wrote (English). */
export function describeValue(value: unknown): string {
  return renderMessage(describeValueMessage(value), terminalLocale);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * The schemas' own messages (src/schemas/) are written in English; their translations sit under
 * `check.schema` with the English text as the value in en.json. A message not listed there is shown as
 * written.
 */
export function schemaMessage(text: string): Message {
  const known = Object.entries(resources.en.check.schema).find(([, english]) => english === text);
  return known ? msg(`check.schema.${known[0]}`) : verbatim(text);
}

const typeNames = new Set(['string', 'number', 'boolean', 'date', 'array', 'object']);

/** Turns one Zod issue into the words a non-programmer can act on. */
function expectation(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      return typeNames.has(issue.expected) ? msg(`check.expected.type.${issue.expected}`) : msg('check.expected.typeOther', { type: issue.expected });
    case 'invalid_value':
      return msg('check.expected.oneOf', { values: list(issue.values.map((v) => String(v))) });
    case 'too_small':
      if (issue.origin === 'array') return msg('check.expected.listMin', { min: String(issue.minimum) });
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? msg('check.expected.textEmpty') : msg('check.expected.minChars', { min: String(issue.minimum) });
      return msg('check.expected.minValue', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return msg('check.expected.listMax', { max: String(issue.maximum) });
      if (issue.origin === 'string') return msg('check.expected.maxChars', { max: String(issue.maximum) });
      return msg('check.expected.maxValue', { max: String(issue.maximum) });
    case 'unrecognized_keys':
      return msg('check.expected.knownFields', { keys: list(issue.keys) });
    case 'invalid_union':
      return msg('check.expected.union');
    default:
      return schemaMessage(issue.message);
  }
}

export function zodIssues(error: z.ZodError, file: string, data: unknown, locate?: Locator): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const value = valueAt(data, path);
    let found = describeValueMessage(value);
    if (issue.code === 'too_big' && typeof value === 'string') found = msg('check.value.characters', { length: value.length });
    if (issue.code === 'unrecognized_keys') found = msg('check.value.unknownFields', { keys: list(issue.keys) });
    // Custom messages already say what is expected; Zod's own default ones are replaced above.
    const expected = issue.code === 'custom' || issue.code === 'invalid_format' ? schemaMessage(issue.message) : expectation(issue);
    return contentIssue({ severity: 'error', file, line: locate?.(path), field: fieldName(path), expected, found });
  });
}

/**
 * The formatter for one language: `error  file:line  field: expected ..., found ...` in English,
 * the same parts in Arabic or French. An issue built without message keys is shown in its English words.
 */
export function formatIssueIn(locale: Locale): (issue: ContentIssue) => string {
  const _ = t(locale);
  return (issue) => {
    const english = locale === terminalLocale || !issue.message;
    const values = {
      label: _(`check.severity.${issue.severity}`),
      where: issue.line ? `${issue.file}:${issue.line}` : issue.file,
      field: issue.field,
      expected: english ? issue.expected : renderMessage(issue.message!.expected, locale),
      found: english ? issue.found : renderMessage(issue.message!.found, locale),
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
