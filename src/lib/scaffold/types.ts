import type { ContentIssue, MessageValue } from '../issues.ts';
import type { Locale } from '../../config/locales.ts';

/**
 * What the scaffolder knows about the content folder: enough to check references and refuse names that
 * are taken. The CLI reads it from the files (src/build/scaffold-context.ts), the proposal form gets
 * it embedded at build time (./site-context.ts); both hold the same facts for the same content.
 */
export interface ScaffoldContext {
  countries: readonly string[];
  /** city slug → its country code */
  cities: Readonly<Record<string, string>>;
  themes: readonly string[];
  targetGroups: readonly string[];
  resources: readonly string[];
  /** practice slug → languages with a text, and the original language when known */
  practices: Readonly<Record<string, { locales: readonly Locale[]; original?: Locale | undefined }>>;
  /** guide slug → language → chapter slug (`index` for the introduction) → order (null for the introduction) */
  guides: Readonly<Record<string, Partial<Record<Locale, Readonly<Record<string, number | null>>>>>>;
}

/** One file to create, with its path relative to the content folder. */
export interface ScaffoldFile {
  path: string;
  content: string;
  /** Lines to add at the end of a file that exists (a new city in taxonomy/cities.yaml), not a new file. */
  append?: boolean;
}

/** A city that is not in taxonomy/cities.yaml yet, proposed with the practice and added there. */
export interface NewCityAnswer {
  /** A short name in Latin letters for the city's address (`fes`); suggested from a Latin-script name. */
  slug: string;
  country: string;
  /** Decimal degrees as typed (`34.03` or `34,03`). */
  lat: string;
  lon: string;
  /** In the languages the contributor knows; the check asks for the others as warnings. */
  name: Record<Locale, string>;
}

/** A document cited as a source when it is not (yet) a resource of the site. */
export interface DocumentAnswer {
  title: string;
  publisher: string;
  /** As typed; a year of four digits. */
  year: string;
  url: string;
}

export interface OrganisationAnswer {
  /** In the language of the text (`lang`). */
  name: string;
  type: string;
}

/** The answers for a new practice: one prompt, one form field and one CLI flag each. */
export interface PracticeAnswers {
  slug: string;
  /** Language of the text; becomes `original_language`. */
  lang: Locale | '';
  countries: string[];
  cities: string[];
  /** Empty unless the city is not listed; when filled it joins `cities` (and its country `countries`). */
  newCity: NewCityAnswer;
  scope: string;
  levels: string[];
  themes: string[];
  targetGroups: string[];
  status: string;
  /** When the latest source reported that status: a year or year-month; becomes `status.as_of`. */
  asOf: string;
  start: string;
  /** A level of the evidence scale, 0–4. */
  evidence: string;
  /** Resources of the site cited as sources (slugs). */
  resources: string[];
  documents: DocumentAnswer[];
  related: string[];
  lead: OrganisationAnswer;
  partners: OrganisationAnswer[];
  title: string;
  summary: string;
  goal: string;
  approach: string;
  impact: string;
  /** The four narrative sections (Markdown), each under its heading; may be empty. */
  context: string;
  cooperation: string;
  lessons: string;
  replicate: string;
}

export interface ChapterAnswers {
  guide: string;
  lang: Locale | '';
  chapter: string;
  title: string;
  summary: string;
  /** Empty: after the guide's last chapter. */
  order: string;
  body: string;
}

export interface ResourceAnswers {
  slug: string;
  type: string;
  publisher: string;
  year: string;
  /** Language of `title` and `link`. */
  lang: Locale | '';
  title: string;
  link: string;
  description: Record<Locale, string>;
}

export interface TranslationAnswers {
  /** `practices/<slug>` or `guides/<guide>/<chapter>` (`index` for a guide's introduction). */
  entry: string;
  /** Empty: the practice's original language, else the first language that has the text. */
  from: Locale | '';
  to: Locale | '';
}

/** Kinds of problems, each with one sentence per language (`scaffold.error.<kind>`). */
export type IssueKind =
  | 'required'
  | 'choose'
  | 'tooLong'
  | 'tooMany'
  | 'choice'
  | 'slug'
  | 'slugTaken'
  | 'start'
  | 'year'
  | 'order'
  | 'url'
  | 'unknown'
  | 'cityCountry'
  | 'coordinate'
  | 'source'
  | 'unsafe'
  | 'noGuide'
  | 'noIntro'
  | 'chapterExists'
  | 'noEntry'
  | 'noSourceText'
  | 'sameLanguage'
  | 'translationExists'
  | 'invalid';

/**
 * A problem with an answer, in the shape every content tool reports (`ContentIssue`: file, field,
 * expected, found, printed by `formatIssue`), plus what an interface needs to show it next to the
 * question: which answer it belongs to and a message kind with its values.
 */
export interface ScaffoldIssue extends ContentIssue {
  /** The answer's name, e.g. `summary`, `countries`, `documents.0.year`, `partners.1.name`. */
  answer: string;
  kind: IssueKind;
  /** The values its sentence names; a message is said in the sentence's language. */
  params: Record<string, MessageValue>;
}

export type ScaffoldResult = { ok: true; files: ScaffoldFile[] } | { ok: false; issues: ScaffoldIssue[] };

/**
 * The words the generated files carry, resolved for one interface language (comments) and for every
 * text language (section headings). Built from the i18n resources by ./strings.ts on the server side, so
 * the browser gets plain strings and needs no i18next.
 */
export interface ScaffoldText {
  /** `{{name}}` placeholders are filled by the scaffolder. */
  comment: Record<string, string>;
  headings: Record<Locale, Record<NarrativeKey, string>>;
  languageNames: Record<Locale, string>;
}

export const narrativeKeys = ['context', 'cooperation', 'lessons', 'replicate'] as const;
export type NarrativeKey = (typeof narrativeKeys)[number];
