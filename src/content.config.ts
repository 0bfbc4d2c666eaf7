import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as s from './schemas/index.ts';
import { selfAssessmentSchema } from './schemas/self-assessment.ts';
import { collectionPatterns as patterns, taxonomyFileNames } from './lib/content-layout.ts';
import { contentDir } from './lib/content-dir.ts';
import { checkedFile, checkedGlob } from './build/loader-guards.ts';
import { textLoader } from './build/text-loader.ts';

// Every collection reads from CONTENT_DIR so tests and benchmarks can build another content folder.
const root = pathToFileURL(resolve(contentDir()) + '/');
/** Entry id = path inside its top folder without extension: `rabat/en`, `mayors/fr/index`, `unesco-toolkit`. */
const pathId = ({ entry }: { entry: string }) =>
  entry
    .split('/')
    .slice(1)
    .join('/')
    .replace(/\.(yaml|mdx)$/, '');
/** For `<top>/<slug>/practice.yaml`-style files the id is the folder name. */
const folderId = ({ entry }: { entry: string }) => entry.split('/')[1]!;
const from = (pattern: string, generateId: typeof pathId) => checkedGlob({ base: root, pattern, generateId });
/**
 * Practice texts: `.mdx` rendered as Markdown when synced (src/build/text-loader.ts says why). Their
 * Markdown source is not kept in the content store, only the HTML: at 10,000 practices it was a third of
 * the store, which the build writes, reads and parses whole (docs/performance.md). `textSource()` reads
 * it from the file.
 */
const texts = (pattern: string) => textLoader({ base: root, pattern, generateId: pathId, retainBody: false });
/** `guides/<guide>/<locale>/<file>.mdx`: the rules of an introduction or a chapter (src/schemas/guide.ts). */
const guideTextRules = (entry: string) =>
  s.guideTextRules(
    entry
      .split('/')
      .at(-1)!
      .replace(/\.mdx$/, ''),
  );
const taxonomy = (name: keyof typeof taxonomyFileNames) => checkedFile(new URL(`taxonomy/${taxonomyFileNames[name]}`, root), root);

export const collections = {
  countries: defineCollection({ loader: taxonomy('countries'), schema: s.countrySchema }),
  cities: defineCollection({ loader: taxonomy('cities'), schema: s.citySchema }),
  themes: defineCollection({ loader: taxonomy('themes'), schema: s.themeSchema }),
  targetGroups: defineCollection({ loader: taxonomy('targetGroups'), schema: s.targetGroupSchema }),
  practices: defineCollection({ loader: from(patterns.practices, folderId), schema: s.practiceSchema }),
  practiceTexts: defineCollection({ loader: texts(patterns.practiceTexts), schema: s.practiceTextSchema }),
  guides: defineCollection({ loader: from(patterns.guides, folderId), schema: s.guideSchema }),
  // One collection for introductions and chapters; the loader applies each file's own rules first.
  guideTexts: defineCollection({
    loader: checkedGlob({ base: root, pattern: patterns.guideTexts, generateId: pathId, frontmatterSchema: guideTextRules }),
    schema: s.guideTextSchema,
  }),
  resources: defineCollection({ loader: from(patterns.resources, pathId), schema: s.resourceSchema }),
  glossary: defineCollection({ loader: from(patterns.glossary, pathId), schema: s.glossarySchema }),
  activities: defineCollection({ loader: from(patterns.activities, folderId), schema: s.activitySchema }),
  activityTexts: defineCollection({ loader: from(patterns.activityTexts, pathId), schema: s.activityTextSchema }),
  pageTexts: defineCollection({ loader: from(patterns.pageTexts, pathId), schema: s.pageTextSchema }),
  templates: defineCollection({ loader: from(patterns.templates, folderId), schema: s.templateSchema }),
  // Rendered like practice texts, and their tree kept: the Word and Markdown downloads are made from it.
  templateTexts: defineCollection({
    loader: textLoader({ base: root, pattern: patterns.templateTexts, generateId: pathId, keepTree: true }),
    schema: s.templateTextSchema,
  }),
  // One file (or none, in a test's content folder): the self-assessment's questions and rules.
  selfAssessment: defineCollection({ loader: from(patterns.selfAssessment, pathId), schema: selfAssessmentSchema }),
};
