import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { selfAssessmentSchema, type SelfAssessment } from '../../src/schemas/self-assessment.ts';
import {
  answersFromFragment,
  answersToFragment,
  exportData,
  groupResults,
  parseImport,
  profileFor,
  recommendations,
  type Answers,
  type AssessModel,
} from '../../src/lib/self-assessment.ts';
import { realContent } from '../support/paths.ts';

/** The bundled questionnaire, in English, shaped as the page ships it (src/lib/self-assessment-view.ts). */
const data: SelfAssessment = selfAssessmentSchema.parse(parse(readFileSync(join(realContent, 'self-assessment/questionnaire.yaml'), 'utf8')));
let n = 0;
const model: AssessModel = {
  groups: data.groups.map((g) => ({ id: g.id, title: g.title.en, profiles: g.profiles?.map((p) => ({ from: p.from, text: p.text.en })) })),
  questions: data.groups.flatMap((g) =>
    data.questions
      .filter((q) => q.group === g.id)
      .map((q) => ({
        id: q.id,
        group: q.group,
        number: ++n,
        text: q.text.en,
        options: q.options.map((o) => ({ id: o.id, label: o.label.en, points: o.points })),
      })),
  ),
  rules: data.rules,
};
/** Every question answered with its `i`-th option (or its last, when it has fewer). */
const uniform = (i: number): Answers => Object.fromEntries(model.questions.map((q) => [q.id, q.options[Math.min(i, q.options.length - 1)]!.id]));

describe('self-assessment content', () => {
  it('has 15 to 25 questions, in the three needs and the context', () => {
    expect(model.questions.length).toBeGreaterThanOrEqual(15);
    expect(model.questions.length).toBeLessThanOrEqual(25);
    expect(model.groups.map((g) => g.id)).toEqual(['context', 'role', 'capacity', 'cooperation']);
    for (const g of model.groups) expect(model.questions.filter((q) => q.group === g.id).length, g.id).toBeGreaterThanOrEqual(3);
  });

  it('recommends at least one chapter and one practice for typical answer sets', () => {
    // The middle answer everywhere, the weakest everywhere, and a city that has some of it in place.
    const typical = [uniform(1), uniform(2), { ...uniform(0), 'local-network': 'starting', 'national-contact': 'informal' }];
    for (const answers of typical) {
      const recs = recommendations(model, answers);
      expect(recs.some((r) => r.kind === 'chapter')).toBe(true);
      expect(recs.some((r) => r.kind === 'practice')).toBe(true);
    }
  });
});

describe('scoring', () => {
  it('adds the points of each need and reads its profile from the total', () => {
    const results = groupResults(model, uniform(0));
    expect(results.map((r) => r.group.id)).toEqual(['role', 'capacity', 'cooperation']);
    for (const r of results) {
      expect(r.points).toBe(r.max);
      expect(r.missing).toBe(0);
      expect(r.profile).toEqual(r.group.profiles!.at(-1));
    }
    const weakest = groupResults(model, uniform(2));
    for (const r of weakest) expect([r.points, r.profile]).toEqual([0, r.group.profiles![0]]);
  });

  it('gives no profile to a need with an unanswered question, and says how many are left', () => {
    const answers = uniform(0);
    delete answers['needs-assessment'];
    delete answers['local-network'];
    const capacity = groupResults(model, answers).find((r) => r.group.id === 'capacity')!;
    expect([capacity.missing, capacity.profile]).toEqual([2, undefined]);
  });

  it('takes the highest profile whose lower bound the total reaches', () => {
    const profiles = [
      { from: 0, text: 'a' },
      { from: 4, text: 'b' },
      { from: 8, text: 'c' },
    ];
    expect([0, 3, 4, 7, 8, 10].map((p) => profileFor(profiles, p)?.text)).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
  });
});

describe('matching', () => {
  it('gives each recommendation the answers that led to it', () => {
    const recs = recommendations(model, { 'stated-intention': 'no' });
    expect(recs.map((r) => `${r.kind}:${r.ref}`)).toEqual(['chapter:mayors/why-cities', 'practice:saida-local-prevention-network']);
    expect(recs[0]!.because).toEqual([[{ question: model.questions.find((q) => q.id === 'stated-intention'), answer: 'No' }]]);
  });

  it('needs every condition of a rule, and lists an item once with all its reasons, most reasons first', () => {
    const conflictOnly = recommendations(model, { conflict: 'now' }).map((r) => r.ref);
    expect(conflictOnly).not.toContain('practitioners/reintegration');
    const both = recommendations(model, { conflict: 'now', 'told-of-returns': 'no', dialogue: 'never' });
    expect(both.map((r) => r.ref)).toContain('practitioners/reintegration');
    const anbar = both.find((r) => r.ref === 'anbar-prevention-sub-committee')!;
    expect(anbar.because.length).toBe(2);
    expect(both[0]).toBe(anbar);
    expect(both.filter((r) => r.ref === 'anbar-prevention-sub-committee')).toHaveLength(1);
  });

  it('recommends nothing for answers no rule names', () => {
    expect(recommendations(model, { 'stated-intention': 'yes' })).toEqual([]);
  });
});

describe('export, import and share', () => {
  const answers = { 'city-size': 'small', conflict: 'no', 'local-network': 'starting' };

  it('reads back an exported file', () => {
    const file = JSON.stringify(exportData(answers, new Date('2026-01-02T03:04:05Z')));
    expect(parseImport(model, file)).toEqual({ ok: true, answers });
  });

  it('refuses a file that is not JSON, not an export, or holds no known answer, with the reason', () => {
    expect(parseImport(model, 'not json {')).toEqual({ ok: false, reason: 'notJson' });
    expect(parseImport(model, JSON.stringify({ answers }))).toEqual({ ok: false, reason: 'notOurs' });
    expect(parseImport(model, JSON.stringify({ ...exportData({ 'no-such-question': 'x', conflict: 'maybe' }, new Date()) }))).toEqual({
      ok: false,
      reason: 'empty',
    });
  });

  it('keeps only known questions and answers from a file or a link', () => {
    const file = JSON.stringify(exportData({ ...answers, extra: 'x', conflict: 'perhaps' } as Answers, new Date()));
    expect(parseImport(model, file)).toEqual({ ok: true, answers: { 'city-size': 'small', 'local-network': 'starting' } });
    expect(answersFromFragment(model, '#city-size=small&conflict=sometimes&x=1')).toEqual({ 'city-size': 'small' });
  });

  it('writes the answers into a link fragment and reads them back', () => {
    const fragment = answersToFragment(answers);
    expect(fragment).toBe('city-size=small&conflict=no&local-network=starting');
    expect(answersFromFragment(model, `#${fragment}`)).toEqual(answers);
  });
});
