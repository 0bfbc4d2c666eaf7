/**
 * The self-assessment's scoring and matching, shared by the page's script (src/client/self-assessment.ts)
 * and the unit tests: pure functions over the questionnaire as the page ships it (src/lib/self-assessment-view.ts).
 * Answers are `{ questionId: answerId }`, the same in every language, so a file or link made on the
 * English page opens on the Arabic one.
 */

export type Answers = Record<string, string>;

export interface AssessQuestion {
  id: string;
  group: string;
  /** 1-based, as printed on the page: the hand-scoring instructions refer to questions by number. */
  number: number;
  text: string;
  options: { id: string; label: string; points?: number | undefined }[];
}

export interface AssessGroup {
  id: string;
  title: string;
  profiles?: { from: number; text: string }[] | undefined;
}

export interface AssessRule {
  id: string;
  when: { question: string; answers: string[] }[];
  recommend: ({ chapter: string } | { practice: string })[];
}

export interface AssessModel {
  groups: AssessGroup[];
  questions: AssessQuestion[];
  rules: AssessRule[];
}

export interface GroupResult {
  group: AssessGroup;
  points: number;
  max: number;
  /** Questions of the group still unanswered: no profile until there are none. */
  missing: number;
  profile?: { from: number; text: string } | undefined;
}

/** One recommended chapter or practice and, for each rule that led to it, the answers that did. */
export interface Recommendation {
  kind: 'chapter' | 'practice';
  /** `<guide>/<chapter>` or the practice's slug. */
  ref: string;
  because: { question: AssessQuestion; answer: string }[][];
}

/** The highest profile whose `from` is not above the total (profiles are checked to run upwards from 0). */
export function profileFor(profiles: readonly { from: number; text: string }[], points: number) {
  return profiles.filter((p) => p.from <= points).at(-1);
}

/** Totals and profile of each scored group. */
export function groupResults(model: AssessModel, answers: Answers): GroupResult[] {
  return model.groups
    .filter((g) => g.profiles)
    .map((group) => {
      const questions = model.questions.filter((q) => q.group === group.id);
      let points = 0;
      let max = 0;
      let missing = 0;
      for (const q of questions) {
        max += Math.max(0, ...q.options.map((o) => o.points ?? 0));
        const chosen = q.options.find((o) => o.id === answers[q.id]);
        if (chosen) points += chosen.points ?? 0;
        else missing++;
      }
      return { group, points, max, missing, profile: missing === 0 ? profileFor(group.profiles!, points) : undefined };
    });
}

/**
 * The chapters and practices the rules recommend for these answers, each once: those more rules lead to
 * first, then in the rules' order (the page shows the first few of each kind, the rest on request).
 */
export function recommendations(model: AssessModel, answers: Answers): Recommendation[] {
  const questions = new Map(model.questions.map((q) => [q.id, q]));
  const found = new Map<string, Recommendation>();
  for (const rule of model.rules) {
    const holds = rule.when.every((c) => c.answers.includes(answers[c.question] ?? ''));
    if (!holds) continue;
    const because = rule.when.map((c) => {
      const question = questions.get(c.question)!;
      return { question, answer: question.options.find((o) => o.id === answers[c.question])!.label };
    });
    for (const item of rule.recommend) {
      const kind = 'chapter' in item ? 'chapter' : 'practice';
      const ref = 'chapter' in item ? item.chapter : item.practice;
      const key = `${kind}:${ref}`;
      const rec = found.get(key) ?? found.set(key, { kind, ref, because: [] }).get(key)!;
      rec.because.push(because);
    }
  }
  // Array.prototype.sort is stable: equal counts keep the rules' order.
  return [...found.values()].sort((a, b) => b.because.length - a.because.length);
}

/** How many chapters, and how many practices, the result shows before "other suggestions". */
export const shownFirst = 3;

/** Only the answers this questionnaire knows (a question that exists, an answer it offers). */
export function knownAnswers(model: AssessModel, raw: unknown): Answers {
  const out: Answers = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const q of model.questions) {
    const value = (raw as Record<string, unknown>)[q.id];
    if (typeof value === 'string' && q.options.some((o) => o.id === value)) out[q.id] = value;
  }
  return out;
}

/** What "Export" writes: named, versioned, so an import can tell it from any other JSON file. */
export const exportFormat = 'mena-hub-self-assessment';

export function exportData(answers: Answers, date: Date) {
  return { format: exportFormat, version: 1, saved: date.toISOString(), answers };
}

/**
 * A file chosen for import, read back: its answers, or why it is refused. A refused file changes nothing:
 * the reader's answers stay as they were.
 */
export function parseImport(model: AssessModel, text: string): { ok: true; answers: Answers } | { ok: false; reason: 'notJson' | 'notOurs' | 'empty' } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== exportFormat) return { ok: false, reason: 'notOurs' };
  const answers = knownAnswers(model, (data as { answers?: unknown }).answers);
  return Object.keys(answers).length > 0 ? { ok: true, answers } : { ok: false, reason: 'empty' };
}

/** The answers as a URL fragment (`#city-size=small&conflict=no`): never sent to a server by the browser. */
export function answersToFragment(answers: Answers): string {
  return new URLSearchParams(Object.entries(answers)).toString();
}

export function answersFromFragment(model: AssessModel, fragment: string): Answers {
  return knownAnswers(model, Object.fromEntries(new URLSearchParams(fragment.replace(/^#/, ''))));
}
