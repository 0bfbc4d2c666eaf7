/**
 * Translation status, Node only (it runs git): for every text entry and every language, whether the text
 * is present, missing or outdated, and which interface strings are missing or outdated. Used at build
 * time by /{l}/contribute/status/ and by `npm run status`.
 *
 * "Outdated": the source text (the entry's original_language file, else English, else whichever exists)
 * was changed in a later git commit than the translation. Commits are compared by their place in
 * `git log`, not by timestamp, so two commits in the same second still order correctly; files changed
 * but not yet committed count as the newest. Without git history (no repository, a shallow clone as
 * CI checkouts make by default) nothing is reported outdated and `historyKnown` is false.
 *
 * Why not Lunaria (@lunariajs/core 0.1.x, the Astro team's tracker): it compares every file with one
 * source locale fixed in its config, while here each practice and activity names its own
 * original_language (a practice first written in Arabic is translated from Arabic); its dashboard is its
 * own HTML page rather than a page of this site in three languages; it brings a second copy of zod (3,
 * next to the site's zod 4) and its own config format, where the content layout already lives in
 * src/lib/content-layout.ts. What this module needs from git is one `git log` and one `git blame` per
 * interface file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineCounter, parse, parseDocument, isMap, isScalar, isPair, type Node } from 'yaml';
import { classify } from '../lib/content-layout.ts';
import { textPath, textRef, type TextKind, type TextRef } from '../lib/contributor-links.ts';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../config/locales.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { listFiles } from './list-files.ts';

export type TextState = 'present' | 'missing' | 'outdated';

export interface EntryStatus extends TextRef {
  /** The language translations are made from. */
  source: Locale;
  /** Title in the source language (the file's `title`, else its slug). */
  title: string;
  /** Chapter order within its guide, for sorting. */
  order: number;
  /** Content paths of the texts that exist. */
  files: Partial<Record<Locale, string>>;
  state: Record<Locale, TextState>;
  /** The source file's frontmatter and body, for the "Translate" template. */
  sourceData: Record<string, unknown>;
  sourceBody: string;
  /** Last commit date (ISO) of each existing file, when known. */
  changed: Partial<Record<Locale, string>>;
}

export interface InterfaceStatus {
  /** Keys of the English interface strings (plural forms counted once). */
  total: number;
  missing: string[];
  outdated: string[];
}

export interface LocaleStatus {
  locale: Locale;
  total: number;
  /** Texts available in this language (up to date or not). */
  present: number;
  /** Share of texts available, 0-100, rounded down so 100 means complete. */
  percent: number;
  missing: EntryStatus[];
  outdated: EntryStatus[];
  interface: InterfaceStatus;
}

export interface TranslationStatus {
  /** False when git history could not be read: then nothing is reported outdated. */
  historyKnown: boolean;
  entries: EntryStatus[];
  locales: Record<Locale, LocaleStatus>;
}

/** Where a file stands in the history: lower rank = more recent change; undefined = unknown. */
interface History {
  known: boolean;
  rank(file: string): number | undefined;
  date(file: string): string | undefined;
}

const UNKNOWN: History = { known: false, rank: () => undefined, date: () => undefined };

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Inside a git work tree with full history? */
function hasHistory(dir: string): boolean {
  const inside = git(dir, ['rev-parse', '--is-inside-work-tree'])?.trim();
  const shallow = git(dir, ['rev-parse', '--is-shallow-repository'])?.trim();
  return inside === 'true' && shallow === 'false';
}

/** Files changed but not committed, relative to `dir`: they count as the newest change. */
function uncommitted(dir: string): Set<string> {
  const out = git(dir, ['ls-files', '-z', '--modified', '--others', '--exclude-standard', '--', '.']) ?? '';
  return new Set(out.split('\0').filter(Boolean));
}

/** One `git log` over the folder: for each file (relative to `dir`), its latest commit's rank and date. */
function folderHistory(dir: string): History {
  if (!hasHistory(dir)) return UNKNOWN;
  const log = git(dir, ['log', '--format=%x1e%cI', '--name-only', '--relative', '--', '.']);
  if (log === undefined) return UNKNOWN;
  const latest = new Map<string, { rank: number; date: string }>();
  log.split('\x1e').slice(1).forEach((record, i) => {
    const [date = '', ...files] = record.split('\n').filter(Boolean);
    for (const f of files) if (!latest.has(f)) latest.set(f, { rank: i + 1, date });
  });
  const dirty = uncommitted(dir);
  return {
    known: true,
    rank: (f) => (dirty.has(f) ? 0 : latest.get(f)?.rank),
    date: (f) => (dirty.has(f) ? undefined : latest.get(f)?.date),
  };
}

/** Frontmatter and body of an MDX file; empty frontmatter when it cannot be read (`npm run check` says why). */
function readText(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const { yaml, body } = splitFrontmatter(text);
  if (yaml === undefined) return { data: {}, body };
  let data: unknown;
  try {
    data = parse(yaml);
  } catch {
    data = {};
  }
  return { data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}, body };
}

function originalLanguage(file: string): Locale | undefined {
  try {
    const data = parse(readFileSync(file, 'utf8')) as { original_language?: unknown } | null;
    return isLocale(data?.original_language) ? data.original_language : undefined;
  } catch {
    return undefined;
  }
}

const kindOrder: readonly TextKind[] = ['practice', 'guide', 'chapter', 'activity', 'page'];

/** The status of every text entry in a content folder. */
export function contentStatus(contentDir: string, history: History = folderHistory(contentDir)): EntryStatus[] {
  const dir = resolve(contentDir);
  const groups = new Map<string, { ref: TextRef; files: Partial<Record<Locale, string>> }>();
  const originals = new Map<string, Locale>(); // "practice:slug" → original_language
  for (const rel of listFiles(dir).files) {
    const c = classify(rel);
    if (!c.ok) continue;
    if (c.file.kind === 'practice' || c.file.kind === 'activity') {
      const lang = originalLanguage(join(dir, rel));
      if (lang) originals.set(`${c.file.kind}:${c.file.slug}`, lang);
      continue;
    }
    const ref = textRef(rel);
    if (!ref || !('locale' in c.file)) continue;
    const key = `${ref.kind}:${ref.slug}:${ref.chapter ?? ''}`;
    const group = groups.get(key) ?? { ref, files: {} };
    group.files[c.file.locale] = rel;
    groups.set(key, group);
  }

  const entries: EntryStatus[] = [];
  for (const { ref, files } of groups.values()) {
    const original = originals.get(`${ref.kind}:${ref.slug}`);
    const source = [original, defaultLocale, ...localeCodes].find((l): l is Locale => l !== undefined && files[l] !== undefined)!;
    const { data, body } = readText(join(dir, files[source]!));
    const sourceRank = history.rank(files[source]!);
    const state = {} as Record<Locale, TextState>;
    const changed: Partial<Record<Locale, string>> = {};
    for (const l of localeCodes) {
      const file = files[l];
      if (!file) {
        state[l] = 'missing';
        continue;
      }
      const date = history.date(file);
      if (date) changed[l] = date;
      const rank = history.rank(file);
      // Lower rank = more recent: the source changed after the translation's last change.
      state[l] = l !== source && sourceRank !== undefined && rank !== undefined && sourceRank < rank ? 'outdated' : 'present';
    }
    entries.push({
      ...ref,
      source,
      title: typeof data.title === 'string' && data.title.trim() ? data.title.trim() : (ref.chapter ?? ref.slug),
      order: typeof data.order === 'number' ? data.order : 0,
      files,
      state,
      sourceData: data,
      sourceBody: body,
      changed,
    });
  }
  return entries.sort(
    (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.slug.localeCompare(b.slug) || a.order - b.order || (a.chapter ?? '').localeCompare(b.chapter ?? ''),
  );
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Leaf keys of an interface file with the line each value is written on. */
function keyLines(text: string): Map<string, number> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const out = new Map<string, number>();
  const visit = (node: unknown, prefix: string) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = `${prefix}${String(pair.key.value)}`;
      const value = pair.value as Node | null;
      if (isMap(value)) visit(value, `${key}.`);
      else if (value?.range) out.set(key, counter.linePos(value.range[0]).line);
    }
  };
  visit(doc.contents, '');
  return out;
}

/** For each line of a file, the rank of the commit that last changed it (0 = not committed). */
function lineRanks(dir: string, file: string, commitRank: Map<string, number>): Map<number, number> | undefined {
  const blame = git(dir, ['blame', '--line-porcelain', '--', file]);
  if (blame === undefined) return undefined;
  const out = new Map<number, number>();
  for (const m of blame.matchAll(/^([0-9a-f]{40}) \d+ (\d+)/gm)) {
    const hash = m[1]!;
    out.set(Number(m[2]), /^0+$/.test(hash) ? 0 : (commitRank.get(hash) ?? Number.MAX_SAFE_INTEGER));
  }
  return out;
}

/** Missing and outdated interface strings per language, English being the source. */
export function interfaceStatus(interfaceDir: string): Record<Locale, InterfaceStatus> {
  const dir = resolve(interfaceDir);
  const texts = Object.fromEntries(localeCodes.map((l) => [l, readFileSync(join(dir, `${l}.json`), 'utf8')])) as Record<Locale, string>;
  const lines = Object.fromEntries(localeCodes.map((l) => [l, keyLines(texts[l])])) as Record<Locale, Map<string, number>>;
  const base = (k: string) => k.replace(pluralSuffix, '');
  const baseKeys = (l: Locale) => new Set([...lines[l].keys()].map(base));

  let ranks: Record<Locale, Map<number, number> | undefined> | undefined;
  if (hasHistory(dir)) {
    const commits = (git(dir, ['log', '--format=%H', '--', '.']) ?? '').split('\n').filter(Boolean);
    const commitRank = new Map(commits.map((h, i) => [h, i + 1]));
    ranks = Object.fromEntries(localeCodes.map((l) => [l, lineRanks(dir, `${l}.json`, commitRank)])) as Record<Locale, Map<number, number> | undefined>;
  }
  /** The most recent change among a key's forms (plural forms count as one string). */
  const keyRank = (l: Locale, key: string): number | undefined => {
    const r = ranks?.[l];
    if (!r) return undefined;
    const found = [...lines[l]].filter(([k]) => base(k) === key).map(([, line]) => r.get(line)).filter((x): x is number => x !== undefined);
    return found.length ? Math.min(...found) : undefined;
  };

  const source = baseKeys(defaultLocale);
  return Object.fromEntries(
    localeCodes.map((l) => {
      const mine = baseKeys(l);
      const missing = [...source].filter((k) => !mine.has(k));
      const outdated =
        l === defaultLocale
          ? []
          : [...source].filter((k) => {
              if (!mine.has(k)) return false;
              const s = keyRank(defaultLocale, k);
              const t = keyRank(l, k);
              return s !== undefined && t !== undefined && s < t;
            });
      return [l, { total: source.size, missing, outdated } satisfies InterfaceStatus];
    }),
  ) as Record<Locale, InterfaceStatus>;
}

export interface StatusOptions {
  contentDir: string;
  /** Folder of the interface strings (`en.json`, `ar.json`, `fr.json`). */
  interfaceDir: string;
}

/** The whole report. */
export function translationStatus({ contentDir, interfaceDir }: StatusOptions): TranslationStatus {
  const history = folderHistory(resolve(contentDir));
  const entries = contentStatus(contentDir, history);
  const ui = interfaceStatus(interfaceDir);
  const locales = Object.fromEntries(
    localeCodes.map((l) => {
      const present = entries.filter((e) => e.state[l] !== 'missing').length;
      return [
        l,
        {
          locale: l,
          total: entries.length,
          present,
          percent: entries.length ? Math.floor((present / entries.length) * 100) : 100,
          missing: entries.filter((e) => e.state[l] === 'missing'),
          outdated: entries.filter((e) => e.state[l] === 'outdated'),
          interface: ui[l],
        } satisfies LocaleStatus,
      ];
    }),
  ) as Record<Locale, LocaleStatus>;
  return { historyKnown: history.known, entries, locales };
}

const memo = new Map<string, TranslationStatus>();

/** Memoised per folder pair: the status page is built once per language but computed once per build. */
export function cachedTranslationStatus(options: StatusOptions): TranslationStatus {
  const key = `${resolve(options.contentDir)}\0${resolve(options.interfaceDir)}`;
  let status = memo.get(key);
  if (!status) {
    status = translationStatus(options);
    memo.set(key, status);
  }
  return status;
}

/** Where a missing translation should be written. */
export const missingPath = (entry: EntryStatus, locale: Locale): string => textPath(entry, locale);
