import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../support/paths.ts';
import { evidenceLevels, governanceLevels, organisationTypes, practiceSchema, practiceTextSchema, scopes, statuses } from '../../src/schemas/index.ts';
import { localeCodes } from '../../src/config/locales.ts';

/** The "Propose a practice" issue form offers the schema's fields and exactly the allowed choices. */
interface Field {
  type: string;
  id?: string;
  attributes: { label?: string; description?: string; options?: (string | { label: string; required?: boolean })[]; multiple?: boolean };
  validations?: { required?: boolean };
}
const form = parse(readFileSync(join(root, '.github/ISSUE_TEMPLATE/propose-practice.yml'), 'utf8')) as { name: string; body: Field[] };
const field = (id: string) => {
  const f = form.body.find((b) => b.id === id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
};
/** Option "ma — Morocco · المغرب · Maroc" → "ma". */
const values = (id: string) => (field(id).attributes.options ?? []).map((o) => String(o).split(' — ')[0]);
const taxonomy = (file: string) => Object.keys(parse(readFileSync(join(root, 'content/taxonomy', file), 'utf8')) as object);

describe('issue form: propose a practice', () => {
  it('asks for every text field and every required fact of a practice', () => {
    // Notes on the evidence card, transferability and risks are written by the editors from the sources.
    for (const key of Object.keys(practiceTextSchema.shape).filter((k) => k !== 'notes')) expect(field(key).validations?.required, key).toBe(true);
    const required = Object.entries(practiceSchema.shape)
      .filter(([, schema]) => !schema.safeParse(undefined).success)
      .map(([k]) => k)
      .filter((k) => !['review', 'original_language', 'transferability', 'risks'].includes(k)); // set by the editors from the sources; the language is asked as `language`
    for (const key of required) expect(field(key).validations?.required, key).toBe(true);
    expect(values('language')).toEqual([...localeCodes]);
  });

  it('offers exactly the countries, cities, themes and target groups of content/taxonomy', () => {
    expect(values('countries')).toEqual(taxonomy('countries.yaml'));
    expect(values('cities')).toEqual(taxonomy('cities.yaml'));
    expect(values('themes')).toEqual(taxonomy('themes.yaml'));
    expect(values('target_groups')).toEqual(taxonomy('target-groups.yaml'));
    for (const id of ['countries', 'cities', 'themes', 'target_groups', 'governance_levels']) expect(field(id).attributes.multiple, id).toBe(true);
  });

  it('offers exactly the values the schema allows for scope, levels, status, evidence and organisation type', () => {
    expect(values('scope')).toEqual([...scopes]);
    expect(values('governance_levels')).toEqual([...governanceLevels]);
    expect(values('status')).toEqual([...statuses]);
    expect(field('status_as_of').validations?.required).toBe(true);
    expect(values('evidence')).toEqual([...evidenceLevels]);
    expect(values('lead_organisation_type')).toEqual([...organisationTypes]);
  });

  it('gives Arabic and French hints with every question', () => {
    for (const f of form.body.filter((b) => b.type !== 'markdown')) {
      const d = f.attributes.description ?? '';
      expect(d, f.id).toMatch(/[\u0600-\u06FF]/);
      expect(d, f.id).toMatch(/En français/);
    }
  });

  it('asks for agreement to the licence before sending', () => {
    const boxes = field('agreement').attributes.options as { label: string; required?: boolean }[];
    expect(boxes.some((b) => b.label.includes('CC BY 4.0') && b.required)).toBe(true);
  });
});
