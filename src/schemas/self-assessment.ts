import * as z from 'zod/mini';
import { localized, slug } from './common.ts';

/**
 * content/self-assessment/questionnaire.yaml: the self-assessment's groups, questions, answers, points
 * and the rules that recommend guide chapters and practices. The references between them (a rule's
 * question and answers, a chapter or practice that exists) are checked in src/lib/self-assessment-check.ts.
 */
const option = z.strictObject({
  id: slug,
  label: localized,
  /** Only in a scored group (one with `profiles`); a reader adds them up with a pen as well. */
  points: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
});

const question = z.strictObject({
  id: slug,
  group: slug,
  text: localized,
  options: z.array(option).check(z.minLength(2), z.maxLength(6)),
});

const profile = z.strictObject({
  /** The lowest total that reads this profile. */
  from: z.int().check(z.minimum(0)),
  text: localized,
});

const group = z.strictObject({
  id: slug,
  title: localized,
  intro: z.optional(localized),
  /** A scored group's profiles, by total points; a group without them (the city's context) is not scored. */
  profiles: z.optional(z.array(profile).check(z.minLength(1))),
});

const condition = z.strictObject({
  question: slug,
  /** The rule holds when the answer given is one of these. */
  answers: z.array(slug).check(z.minLength(1)),
});

/** `<guide>/<chapter>`, the chapter's file name without `.mdx`. */
const chapterRef = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/));

const recommendation = z.union([z.strictObject({ chapter: chapterRef }), z.strictObject({ practice: slug })]);

const rule = z.strictObject({
  id: slug,
  /** Every condition must hold. */
  when: z.array(condition).check(z.minLength(1)),
  recommend: z.array(recommendation).check(z.minLength(1)),
});

export const selfAssessmentSchema = z.strictObject({
  groups: z.array(group).check(z.minLength(1)),
  questions: z.array(question).check(z.minLength(1)),
  rules: z.array(rule),
});

export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
export type SelfAssessmentRecommendation = z.infer<typeof recommendation>;
