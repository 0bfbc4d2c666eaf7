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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, isPair, type Node } from 'yaml';
import { dataOf, readContentFolder } from './content-files.ts';
import type { EntryStatus, InterfaceStatus, LocaleStatus, TextState, TranslationStatus } from '../lib/translation-state.ts';
import { textRef, type TextKind, type TextRef } from '../lib/contributor-links.ts';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../config/locales.ts';
import { defaultNamespace } from '../i18n/namespaces.ts';

export type { EntryStatus, InterfaceStatus, LocaleStatus, TextState, TranslationStatus } from '../lib/translation-state.ts';

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
  log
    .split('\x1e')
    .slice(1)
    .forEach((record, i) => {
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

const kindOrder: readonly TextKind[] = ['practice', 'guide', 'chapter', 'activity', 'template', 'page'];

/** The status of every text entry in a content folder. */
export function contentStatus(contentDir: string, history: History = folderHistory(contentDir)): EntryStatus[] {
  const folder = readContentFolder(resolve(contentDir));
  const read = new Map(folder.files.map((f) => [f.rel, f]));
  const groups = new Map<string, { ref: TextRef; files: Partial<Record<Locale, string>> }>();
  const originals = new Map<string, Locale>(); // "practice:slug" → original_language
  for (const { rel, kind } of folder.files) {
    if (!kind) continue;
    if (kind.kind === 'practice' || kind.kind === 'activity' || kind.kind === 'template') {
      const lang = dataOf(read.get(rel)).original_language;
      if (isLocale(lang)) originals.set(`${kind.kind}:${kind.slug}`, lang);
      continue;
    }
    const ref = textRef(rel);
    if (!ref || !('locale' in kind)) continue;
    const key = `${ref.kind}:${ref.slug}:${ref.chapter ?? ''}`;
    const group = groups.get(key) ?? { ref, files: {} };
    group.files[kind.locale] = rel;
    groups.set(key, group);
  }

  const entries: EntryStatus[] = [];
  for (const { ref, files } of groups.values()) {
    const original = originals.get(`${ref.kind}:${ref.slug}`);
    const source = [original, defaultLocale, ...localeCodes].find((l): l is Locale => l !== undefined && files[l] !== undefined)!;
    const sourceFile = read.get(files[source]!);
    const data = dataOf(sourceFile);
    const body = sourceFile?.body ?? '';
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
    (a, b) =>
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      a.slug.localeCompare(b.slug) ||
      a.order - b.order ||
      (a.chapter ?? '').localeCompare(b.chapter ?? ''),
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

/**
 * Missing and outdated interface strings per language, English being the source. The strings sit in one
 * file per language and namespace (`en/check.json`, src/i18n/namespaces.ts), the namespaces being those
 * English has; a key is named as the code looks it up (`check.value.missing`, `practice.goal`).
 */
export function interfaceStatus(interfaceDir: string): Record<Locale, InterfaceStatus> {
  const dir = resolve(interfaceDir);
  const files = readdirSync(join(dir, defaultLocale))
    .filter((f) => f.endsWith('.json'))
    // The reader-facing strings first, as the code's keys read (`practice.goal` before `check.…`).
    .sort((a, b) => Number(b === `${defaultNamespace}.json`) - Number(a === `${defaultNamespace}.json`) || a.localeCompare(b));
  const read = (l: Locale, file: string) => {
    const path = join(dir, l, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : '{}';
  };
  const prefix = (file: string) => (file === `${defaultNamespace}.json` ? '' : `${file.replace(/\.json$/, '')}.`);
  /** Each key's file and line, per language. */
  const lines = Object.fromEntries(
    localeCodes.map((l) => [
      l,
      new Map(files.flatMap((file) => [...keyLines(read(l, file))].map(([k, line]) => [`${prefix(file)}${k}`, { file, line }] as const))),
    ]),
  ) as Record<Locale, Map<string, { file: string; line: number }>>;
  const base = (k: string) => k.replace(pluralSuffix, '');
  const baseKeys = (l: Locale) => new Set([...lines[l].keys()].map(base));

  let ranks: Record<Locale, Map<string, Map<number, number> | undefined>> | undefined;
  if (hasHistory(dir)) {
    const commits = (git(dir, ['log', '--format=%H', '--', '.']) ?? '').split('\n').filter(Boolean);
    const commitRank = new Map(commits.map((h, i) => [h, i + 1]));
    ranks = Object.fromEntries(
      localeCodes.map((l) => [l, new Map(files.filter((f) => existsSync(join(dir, l, f))).map((f) => [f, lineRanks(dir, `${l}/${f}`, commitRank)]))]),
    ) as Record<Locale, Map<string, Map<number, number> | undefined>>;
  }
  /** The most recent change among a key's forms (plural forms count as one string). */
  const keyRank = (l: Locale, key: string): number | undefined => {
    const r = ranks?.[l];
    if (!r) return undefined;
    const found = [...lines[l]]
      .filter(([k]) => base(k) === key)
      .map(([, { file, line }]) => r.get(file)?.get(line))
      .filter((x): x is number => x !== undefined);
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
  /** Folder of the interface strings (`en/reader.json`, `ar/check.json` …). */
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
export { missingPath } from '../lib/translation-state.ts';
