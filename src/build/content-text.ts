import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';

/** A content file's text as it is on disk (e.g. taxonomy/cities.yaml, which the proposal archive extends). */
export const contentText = (rel: string): string => readFileSync(join(contentDir(), rel), 'utf8');
