import { toCsv } from '../lib/csv.ts';
import { noteGroups } from '../lib/evidence.ts';
import { t, type MessageKey } from '../lib/i18n.ts';
import { localeCodes, type Locale } from '../config/locales.ts';
import { evidenceLevels, governanceLevels, organisationTypes, reportStates, reviewLevels, scopes, statuses } from '../schemas/index.ts';
import { LIST_SEPARATOR } from './open-data.ts';

/**
 * The codebook of /data/practices.csv (and of the same fields in practices.json): each column in order,
 * its type, its allowed values and what it means, in the three languages. It is built from the same
 * lists as the schema, and a unit test holds it to the CSV's header, so the two cannot drift apart.
 */
export type FieldType = 'id' | 'url' | 'text' | 'code' | 'codes' | 'label' | 'labels' | 'year-month' | 'date' | 'boolean' | 'list';

export interface CodebookField {
  /** Column name; `{lang}` stands for en, ar and fr (one column each). */
  field: string;
  type: FieldType;
  /** Allowed codes, when the column holds codes from a fixed list. */
  values: readonly string[] | null;
  description: Record<Locale, string>;
}

type Described =
  | 'slug'
  | 'url'
  | 'text'
  | 'narrative'
  | 'languages'
  | 'originalLanguage'
  | 'countries'
  | 'cities'
  | 'scope'
  | 'levels'
  | 'themes'
  | 'targetGroups'
  | 'status'
  | 'statusAsOf'
  | 'start'
  | 'evidenceLevel'
  | 'noEffect'
  | 'card'
  | 'transferability'
  | 'risks'
  | 'reviewLevel'
  | 'reviewDate'
  | 'lead'
  | 'leadType'
  | 'partners'
  | 'sources'
  | 'licence'
  | 'related'
  | 'label';

const describe = (key: Described, values: (l: Locale) => Record<string, string> = () => ({})) =>
  Object.fromEntries(localeCodes.map((l) => [l, t(l)(`openData.codebook.${key}`, { separator: LIST_SEPARATOR.trim(), ...values(l) })])) as Record<
    Locale,
    string
  >;

const perLanguage = (field: string) => `${field}_{lang}`;

/** A coded column and the column of its label in each language (`status`, `status_{lang}`). */
function coded(field: string, key: Described, type: 'code' | 'codes', values: readonly string[] | null): CodebookField[] {
  return [
    { field, type, values, description: describe(key) },
    { field: perLanguage(field), type: type === 'code' ? 'label' : 'labels', values: null, description: describe('label', () => ({ field })) },
  ];
}

export function codebook(): CodebookField[] {
  // Each item of the evidence card, transferability and risks, named as the practice pages name it.
  const items = (prefix: string, group: (typeof noteGroups)[number]): CodebookField[] =>
    group.items.map((i) => ({
      field: `${prefix}_${i}`,
      type: 'code',
      values: reportStates,
      description: describe(group.group, (l) => ({ item: t(l)(`${group.labels}.${i}` as MessageKey) })),
    }));
  const [card, transferability, risks] = noteGroups;
  return [
    { field: 'slug', type: 'id', values: null, description: describe('slug') },
    { field: perLanguage('url'), type: 'url', values: null, description: describe('url') },
    ...(['title', 'summary', 'goal', 'approach', 'impact'] as const).map((f): CodebookField => ({
      field: perLanguage(f),
      type: 'text',
      values: null,
      description: describe('text', () => ({ field: f })),
    })),
    { field: perLanguage('narrative'), type: 'text', values: null, description: describe('narrative') },
    { field: 'languages', type: 'codes', values: localeCodes, description: describe('languages') },
    { field: 'original_language', type: 'code', values: localeCodes, description: describe('originalLanguage') },
    ...coded('countries', 'countries', 'codes', null),
    ...coded('cities', 'cities', 'codes', null),
    ...coded('scope', 'scope', 'code', scopes),
    ...coded('governance_levels', 'levels', 'codes', governanceLevels),
    ...coded('themes', 'themes', 'codes', null),
    ...coded('target_groups', 'targetGroups', 'codes', null),
    ...coded('status', 'status', 'code', statuses),
    { field: 'status_as_of', type: 'year-month', values: null, description: describe('statusAsOf') },
    { field: 'start', type: 'year-month', values: null, description: describe('start') },
    ...coded('evidence_level', 'evidenceLevel', 'code', evidenceLevels),
    { field: 'evidence_no_effect_found', type: 'boolean', values: ['true', 'false'], description: describe('noEffect') },
    ...items('evidence', card),
    ...items('transferability', transferability),
    ...items('risks', risks),
    ...coded('review_level', 'reviewLevel', 'code', reviewLevels),
    { field: 'review_date', type: 'date', values: null, description: describe('reviewDate') },
    { field: perLanguage('lead_organisation'), type: 'text', values: null, description: describe('lead') },
    { field: 'lead_organisation_type', type: 'code', values: organisationTypes, description: describe('leadType') },
    { field: perLanguage('partners'), type: 'list', values: null, description: describe('partners') },
    { field: perLanguage('sources'), type: 'list', values: null, description: describe('sources') },
    { field: 'licence', type: 'code', values: null, description: describe('licence') },
    { field: 'related', type: 'codes', values: null, description: describe('related') },
  ];
}

/** The codebook as published: a CSV with one row per field, the description in each language. */
export function codebookCsv(): string {
  const rows = codebook().map((f) => [f.field, f.type, f.values?.join(LIST_SEPARATOR) ?? '', ...localeCodes.map((l) => f.description[l])]);
  return toCsv(['field', 'type', 'values', ...localeCodes.map((l) => `description_${l}`)], rows, { bom: true });
}
