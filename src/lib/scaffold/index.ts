/**
 * Answers → content files, in one pure module shared by `npm run new` (scripts/new.ts) and the proposal
 * form (src/client/propose-form.ts), so both write the same bytes for the same answers and check them
 * with the same schemas (src/schemas) and cross-checks (src/lib/crosscheck.ts) as `npm run check`.
 * No Node APIs: it runs in the browser too.
 */
export * from './types.ts';
export { scaffoldPractice, checkPractice, emptyPractice, emptyCity, newCityUsed, citiesFile, type ScaffoldEnv } from './practice.ts';
export { scaffoldChapter, checkChapter, emptyChapter, nextChapterOrder } from './chapter.ts';
export { scaffoldResource, checkResource, emptyResource } from './resource.ts';
export { scaffoldTranslation, emptyTranslation, parseEntry } from './translation.ts';
export { suggestSlug, todayIso, fill } from './write.ts';
export { issueMessage } from './messages.ts';
