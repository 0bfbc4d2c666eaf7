import type { $ZodIssue } from 'zod/v4/core';
import { schemaMessageKey } from '../schemas/messages.ts';

/**
 * A sentence in the checker's words: a key under `check.` (src/i18n/{en,ar,fr}/check.json) and the values it
 * names. Values that are themselves messages are rendered in the same language; a list of messages is
 * joined with the language's list separator. Issues hold messages, never rendered text: the words are
 * chosen when the issue is shown (`renderMessage`), by i18next at build time and in the CLIs
 * (src/lib/issue-format.ts), from a page's JSON island in the browser (`catalogTranslate`).
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

/** A template by key, filled with values: i18next's `t` of one language, or a catalog's lookup. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A message in the language of `translate`. */
export function renderMessage(m: Message, translate: Translate): string {
  const values = Object.fromEntries(Object.entries(m.values ?? {}).map(([name, v]) => [name, renderValue(v, translate)]));
  const text = translate(m.key, values);
  return m.max !== undefined && text.length > m.max ? text.slice(0, m.max) : text;
}

/** A value of a message: as written, or said in the language of `translate` (a list with its separator). */
export function renderValue(v: MessageValue, translate: Translate): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (isMessage(v)) return renderMessage(v, translate);
  return v.map((item) => renderMessage(item, translate)).join(translate('check.listSeparator'));
}

/**
 * A `Translate` over templates resolved at build time (`messageCatalog` in src/lib/i18n.ts): what a
 * browser script uses instead of i18next. `{{name}}` placeholders are filled in one pass, so a value is
 * inserted as written; a key missing from the catalog is returned as is, as i18next does.
 */
export function catalogTranslate(catalog: Readonly<Record<string, string>>): Translate {
  return (key, values = {}) =>
    (Object.hasOwn(catalog, key) ? catalog[key]! : key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
}

/**
 * One problem found in the content, in the shape every tool reports it:
 * `file:line  field: expected ..., found ...`. Built by the schema check, the cross-checks, the MDX
 * safety check and the build, printed by one formatter (src/lib/issue-format.ts) in the reader's
 * language, so contributors always see the same wording.
 */
export interface ContentIssue {
  severity: 'error' | 'warning';
  /** Path relative to the content folder, e.g. `practices/rabat/practice.yaml`. */
  file: string;
  /** 1-based line where the field (or its nearest parent) is written, when known. */
  line?: number | undefined;
  /** Dotted field path, e.g. `review.last_reviewed` or `themes[2]`; empty for whole-file problems. */
  field: string;
  /** What was expected and what was found. */
  expected: Message;
  found: Message;
}

/** An issue, with `line` left out when unknown. */
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
    expected: i.expected,
    found: i.found,
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
  if (typeof value === 'string')
    return value === '' ? msg('check.value.emptyText') : verbatim(JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value));
  if (Array.isArray(value)) return value.length === 0 ? msg('check.value.emptyList') : msg('check.value.list', { items: value.map(describeValueMessage) }, 120);
  if (typeof value === 'object') return msg('check.value.group', { keys: list(Object.keys(value)) });
  return verbatim(String(value));
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
 * A message of the schemas (src/schemas/messages.ts), in the reader's language (`check.schema.*`). Zod's
 * own wording is never shown: it is English only, and absent altogether where zod runs without its
 * English locale (zod/mini in the browser); an unknown text is said in the checker's general words.
 */
export function schemaMessage(text: string): Message {
  const key = schemaMessageKey(text);
  return key ? msg(`check.schema.${key}`) : msg('check.expected.valid');
}

/** Zod's names of the types our schemas ask for, each with its words (`check.expected.type.*`). */
const typeNames = new Set(['string', 'number', 'int', 'boolean', 'date', 'array', 'object']);

/** Turns one Zod issue into the words a non-programmer can act on. */
function expectation(issue: $ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      return typeNames.has(issue.expected) ? msg(`check.expected.type.${issue.expected}`) : msg('check.expected.typeOther');
    case 'invalid_value':
      return msg('check.expected.oneOf', { values: list(issue.values.map((v) => String(v))) });
    case 'too_small':
      if (issue.origin === 'array') return msg('check.expected.listMin', { min: String(issue.minimum) });
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? msg('check.expected.textEmpty') : msg('check.expected.minChars', { min: String(issue.minimum) });
      return msg('check.expected.minValue', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return msg('check.expected.listMax', { max: String(issue.maximum) });
      if (issue.origin === 'string') return msg('check.expected.maxChars', { max: String(issue.maximum) });
      return msg('check.expected.maxValue', { max: String(issue.maximum) });
    case 'unrecognized_keys':
      return msg('check.expected.knownFields', { keys: list(issue.keys) });
    case 'invalid_union':
      return msg('check.expected.union');
    case 'not_multiple_of':
      return msg('check.expected.multipleOf', { divisor: String(issue.divisor) });
    case 'invalid_format':
      // Our schemas name every format they check; a pattern without a message is shown as the pattern.
      if (schemaMessageKey(issue.message)) return schemaMessage(issue.message);
      return issue.format === 'regex' && 'pattern' in issue
        ? msg('check.expected.pattern', { pattern: verbatim(String(issue.pattern)) })
        : msg('check.expected.valid');
    default:
      return schemaMessage(issue.message);
  }
}

/**
 * The message keys `zodIssues` can produce (whole groups by their prefix): what a page that shows schema
 * problems in the browser embeds (`messageCatalog`), so it can say them without i18next.
 */
export const zodMessageKeys = [
  'check.listSeparator',
  'check.verbatim',
  'check.expected.type',
  ...(
    [
      'typeOther',
      'oneOf',
      'listMin',
      'textEmpty',
      'minChars',
      'minValue',
      'listMax',
      'maxChars',
      'maxValue',
      'knownFields',
      'union',
      'multipleOf',
      'pattern',
      'valid',
    ] as const
  ).map((k) => `check.expected.${k}` as const),
  'check.schema',
  ...(['missing', 'empty', 'emptyText', 'emptyList', 'list', 'group', 'characters', 'unknownFields'] as const).map((k) => `check.value.${k}` as const),
] as const;

/** Zod's issues (`result.error` of a failed `safeParse`) as content issues. */
export function zodIssues(error: { readonly issues: readonly $ZodIssue[] }, file: string, data: unknown, locate?: Locator): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path;
    const value = valueAt(data, path);
    let found = describeValueMessage(value);
    if (issue.code === 'too_big' && typeof value === 'string') found = msg('check.value.characters', { length: value.length });
    if (issue.code === 'unrecognized_keys') found = msg('check.value.unknownFields', { keys: list(issue.keys) });
    // Custom messages already say what is expected; Zod's own default ones are replaced above.
    const expected = issue.code === 'custom' ? schemaMessage(issue.message) : expectation(issue);
    return contentIssue({ severity: 'error', file, line: locate?.(path), field: fieldName(path), expected, found });
  });
}
