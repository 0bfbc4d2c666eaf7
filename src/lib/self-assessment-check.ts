import type { SelfAssessment } from '../schemas/self-assessment.ts';
import type { CrossCheckInput, Issue } from './crosscheck.ts';
import { unknownValue } from './crosscheck.ts';
import { contentIssue, fieldName, msg, verbatim, type Message } from './issues.ts';

/** Reports one problem at a path inside the file (the cross-check's own reporter). */
type Report = (file: string, path: (string | number)[], expected: Message, found: Message) => void;

const quoted = (value: unknown) => verbatim(JSON.stringify(value));
const list = (values: Iterable<string>) => [...values].map((v) => verbatim(v));

/**
 * The self-assessment file agrees with itself and with the rest of the content: ids used once, every
 * question in a group, points exactly where a group is scored, profiles in order, and every rule naming a
 * question, answers of that question, and chapters and practices that exist. A rule's error names the rule,
 * so a contributor finds it among twenty.
 */
export function selfAssessmentIssues(file: string, data: SelfAssessment, content: Pick<CrossCheckInput, 'guides' | 'practices' | 'knownPractices'>): Issue[] {
  const issues: Issue[] = [];
  const error: Report = (f, path, expected, found) =>
    issues.push({ ...contentIssue({ severity: 'error', file: f, field: fieldName(path), expected, found }), path });
  // A chapter exists when it has a text in some language (a missing translation is shown in another).
  const known = {
    practices: content.knownPractices ?? new Set(content.practices.map((p) => p.slug)),
    chapters: new Set(content.guides.flatMap((g) => g.texts.filter((t) => t.chapter !== 'index').map((t) => `${g.slug}/${t.chapter}`))),
  };
  const once = (ids: string[], path: (i: number) => (string | number)[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) error(file, path(i), msg('check.selfAssessment.unique'), quoted(id));
      seen.add(id);
    });
  };
  once(
    data.groups.map((g) => g.id),
    (i) => ['groups', i, 'id'],
  );
  once(
    data.questions.map((q) => q.id),
    (i) => ['questions', i, 'id'],
  );
  once(
    data.rules.map((r) => r.id),
    (i) => ['rules', i, 'id'],
  );

  const groups = new Map(data.groups.map((g) => [g.id, g]));
  data.groups.forEach((g, gi) => {
    g.profiles?.forEach((p, pi) => {
      const before = pi === 0 ? undefined : g.profiles![pi - 1]!.from;
      if ((pi === 0 && p.from !== 0) || (before !== undefined && p.from <= before))
        error(file, ['groups', gi, 'profiles', pi, 'from'], msg('check.selfAssessment.profileOrder', { previous: before ?? '-' }), quoted(p.from));
    });
  });
  const questions = new Map(data.questions.map((q) => [q.id, q]));
  data.questions.forEach((q, qi) => {
    const group = groups.get(q.group);
    if (!group) {
      error(file, ['questions', qi, 'group'], msg('check.selfAssessment.group', { groups: list(groups.keys()) }), unknownValue(q.group, groups.keys()));
      return;
    }
    once(
      q.options.map((o) => o.id),
      (oi) => ['questions', qi, 'options', oi, 'id'],
    );
    q.options.forEach((o, oi) => {
      if (group.profiles && o.points === undefined)
        error(file, ['questions', qi, 'options', oi, 'points'], msg('check.selfAssessment.points', { group: verbatim(group.id) }), msg('check.value.missing'));
      if (!group.profiles && o.points !== undefined)
        error(file, ['questions', qi, 'options', oi, 'points'], msg('check.selfAssessment.noPoints', { group: verbatim(group.id) }), quoted(o.points));
    });
  });

  data.rules.forEach((r, ri) => {
    const rule = verbatim(r.id);
    r.when.forEach((c, ci) => {
      const q = questions.get(c.question);
      if (!q) {
        error(file, ['rules', ri, 'when', ci, 'question'], msg('check.selfAssessment.question', { rule }), unknownValue(c.question, questions.keys()));
        return;
      }
      const options = q.options.map((o) => o.id);
      c.answers.forEach((a, ai) => {
        if (!options.includes(a))
          error(
            file,
            ['rules', ri, 'when', ci, 'answers', ai],
            msg('check.selfAssessment.answer', { rule, question: verbatim(q.id), answers: list(options) }),
            unknownValue(a, options),
          );
      });
    });
    r.recommend.forEach((item, ii) => {
      if ('chapter' in item && !known.chapters.has(item.chapter))
        error(file, ['rules', ri, 'recommend', ii, 'chapter'], msg('check.selfAssessment.chapter', { rule }), unknownValue(item.chapter, known.chapters));
      if ('practice' in item && !known.practices.has(item.practice))
        error(file, ['rules', ri, 'recommend', ii, 'practice'], msg('check.selfAssessment.practice', { rule }), unknownValue(item.practice, known.practices));
    });
  });
  return issues;
}
