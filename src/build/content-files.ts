import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, type ContentFile } from '../lib/content-layout.ts';
import { listFiles } from './list-files.ts';
import { parseContentYaml } from '../lib/content-yaml.ts';
import { fileSizeIssue } from '../lib/file-rules.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { contentIssue, msg, type ContentIssue, type Locator } from '../lib/issues.ts';

/**
 * The one reader of a content folder outside Astro's content layer: `npm run check` validates what it
 * returns, and the scaffolder, the translation status and the search synonyms take their facts from it,
 * so every tool reads a file the same way (the same YAML rules, the same frontmatter split, the same
 * refusal of symbolic links). Reading never stops at a broken file: each file carries the issues that
 * stopped it being read, and what could be read is there for the tools that can use it.
 */
export interface ContentFileRead {
  /** Path relative to the content folder, with forward slashes. */
  rel: string;
  /** What the path says the file is, or undefined for a path the layout does not know. */
  kind: ContentFile | undefined;
  text: string;
  /** The YAML (a .yaml file's whole text, an .mdx file's frontmatter), parsed; undefined when it cannot be. */
  data?: unknown;
  locate?: Locator;
  /** An .mdx file's text after its frontmatter. */
  body?: string;
  /** Problems that stopped the YAML being read (syntax, missing frontmatter); `npm run check` adds the rest. */
  issues: ContentIssue[];
  /** Over the size limit (src/lib/file-rules.ts): not parsed at all. */
  tooLarge: boolean;
}

export interface ContentFolder {
  dir: string;
  /** Every file, sorted by path. */
  files: ContentFileRead[];
  /** Symbolic links found, reported and never followed: one could publish any file of the machine. */
  links: string[];
}

function readOne(dir: string, rel: string): ContentFileRead {
  const classified = classify(rel);
  const kind = classified.ok ? classified.file : undefined;
  const text = readFileSync(join(dir, rel), 'utf8');
  const read: ContentFileRead = { rel, kind, text, issues: [], tooLarge: false };
  if (!rel.endsWith('.yaml') && !rel.endsWith('.mdx')) return read;
  // A file over the size limit is not parsed at all (the check reports its size).
  if (fileSizeIssue(Buffer.byteLength(text), rel)) return { ...read, tooLarge: true };
  let yaml: string | undefined = text;
  let lineOffset = 0;
  if (rel.endsWith('.mdx')) {
    const split = splitFrontmatter(text);
    read.body = split.body;
    yaml = split.yaml;
    lineOffset = 1;
    if (yaml === undefined) {
      read.issues.push(
        contentIssue({
          severity: 'error',
          file: rel,
          line: 1,
          field: '',
          expected: msg('check.expected.frontmatter'),
          found: msg('check.value.noFrontmatter'),
        }),
      );
      return read;
    }
  }
  const result = parseContentYaml(yaml, rel, lineOffset);
  read.issues.push(...result.issues);
  if (result.parsed) {
    read.data = result.parsed.data;
    read.locate = result.parsed.locate;
  }
  return read;
}

export function readContentFolder(dir: string): ContentFolder {
  const { files, links } = listFiles(dir);
  return { dir, files: files.map((rel) => readOne(dir, rel)), links };
}

/** A file's parsed YAML as a plain object, or an empty one (for tools that use what they can). */
export function dataOf(file: ContentFileRead | undefined): Record<string, unknown> {
  const data = file?.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
