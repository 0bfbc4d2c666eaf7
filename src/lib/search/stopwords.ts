import { foldWord } from './normalize.ts';

/**
 * Question words and particles that readers type in natural questions ("how do other cities involve
 * young people?", "ما دور البلدية في إعادة الإدماج؟") but that carry no topic. They stay in the index;
 * only the query drops them, so a question finds the pages about its subject.
 */
const lists = {
  en: 'a an and are as at be by can do does for from how i in into is it my of on or other our should the their there these this to we what when where which who why with you your',
  fr: 'a au aux avec ce ces comment dans de des du elle en entre est et il ils je la le les leur mais ne nos notre nous on ou par pas pour qu que quel quelle quelles quels qui sa se ses son sur un une vos votre vous',
  ar: 'ما ماذا كيف هل في من على الى إلى عن مع هذا هذه ذلك التي الذي الذين او أو ثم لا لم لن ان أن إن كان قد عند بين كل اي أي متى أين لماذا',
};

const folded = new Set(Object.values(lists).flatMap((l) => l.split(' ').map(foldWord)));

/** The query's folded words without stop words (all of them if nothing else is left). */
export function topicWords(foldedQuery: string): string[] {
  const all = foldedQuery.split(' ').filter(Boolean);
  const topic = all.filter((w) => !folded.has(w));
  return topic.length > 0 ? topic : all;
}
