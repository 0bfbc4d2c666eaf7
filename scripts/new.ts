#!/usr/bin/env node
/**
 * `npm run new`: adds a practice, a guide chapter, a resource or a translation to the content folder
 * (CONTENT_DIR, default ./content). In a terminal it asks, in English, Arabic or French, for every answer
 * not given as a flag; without one (scripts, tests) every answer comes from flags and what is missing is
 * reported. The files come from src/lib/scaffold, the module the proposal form uses too, and are checked
 * there with the site's own schemas and cross-checks. `npm run new -- --help` lists the flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import * as p from '@clack/prompts';
import { contentDir } from '../src/lib/content-dir.ts';
import { blockedWrite, writeContentFiles } from '../src/build/write-content-files.ts';
import { enumLabel, t, untypedT, type EnumCode, type EnumGroup } from '../src/lib/i18n.ts';
import type { Resources } from '../src/i18n/resources.ts';
import { formatIssueIn } from '../src/lib/issue-format.ts';
import { isLocale, localeCodes, locales, terminalLocale, type Locale } from '../src/config/locales.ts';
import {
  emptyChapter,
  emptyPractice,
  newCityUsed,
  narrativeKeys,
  emptyResource,
  emptyTranslation,
  issueMessage,
  nextChapterOrder,
  parseEntry,
  scaffoldChapter,
  scaffoldPractice,
  scaffoldResource,
  scaffoldTranslation,
  suggestSlug,
  todayIso,
  type ChapterAnswers,
  type PracticeAnswers,
  type ResourceAnswers,
  type ScaffoldIssue,
  type ScaffoldResult,
  type TranslationAnswers,
} from '../src/lib/scaffold/index.ts';
import { issueMessages, scaffoldText } from '../src/lib/scaffold/strings.ts';
import { evidenceLevels, governanceLevels, organisationTypes, resourceTypes, scopes, statuses } from '../src/schemas/index.ts';
import { readScaffoldContext, readScaffoldLabels } from '../src/build/scaffold-context.ts';

const kinds = ['practice', 'chapter', 'resource', 'translation'] as const;
type Kind = (typeof kinds)[number];

const list = { type: 'string', multiple: true } as const;
const one = { type: 'string' } as const;
const options = {
  help: { type: 'boolean', short: 'h' },
  ui: one,
  'dry-run': { type: 'boolean' },
  slug: one,
  lang: one,
  country: list,
  city: list,
  'new-city': one,
  'new-city-country': one,
  'new-city-lat': one,
  'new-city-lon': one,
  'new-city-name-en': one,
  'new-city-name-ar': one,
  'new-city-name-fr': one,
  scope: one,
  level: list,
  theme: list,
  'target-group': list,
  status: one,
  start: one,
  'as-of': one,
  evidence: one,
  resource: list,
  'source-title': list,
  'source-publisher': list,
  'source-year': list,
  'source-url': list,
  related: list,
  lead: one,
  'lead-type': one,
  partner: list,
  'partner-type': list,
  title: one,
  summary: one,
  goal: one,
  approach: one,
  impact: one,
  context: one,
  cooperation: one,
  lessons: one,
  replicate: one,
  guide: one,
  chapter: one,
  order: one,
  body: one,
  type: one,
  publisher: one,
  year: one,
  link: one,
  description: one,
  'description-en': one,
  'description-ar': one,
  'description-fr': one,
  entry: one,
  from: one,
  to: one,
} as const;

let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
try {
  parsed = parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
} catch (error) {
  console.error(`${(error as Error).message}\n${t(terminalLocale)('scaffold.cli.noTerminal')}`);
  process.exit(2);
}
const flags = parsed.values;
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const dir = resolve(contentDir());

function bail(message: string, code = 1): never {
  if (interactive) p.cancel(message);
  else console.error(message);
  process.exit(code);
}

function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) bail(t(ui)('scaffold.cli.cancelled'));
  return value as Exclude<T, symbol>;
}

// The first question: the language of the others (and of the notes written into the files).
let ui: Locale = isLocale(flags.ui) ? flags.ui : terminalLocale;
if (flags.help) {
  console.log(t(ui)('scaffold.cli.help'));
  process.exit(0);
}
if (!isLocale(flags.ui) && interactive) {
  p.intro(localeCodes.map((l) => t(l)('scaffold.cli.intro')).join(' · '));
  ui = answered(
    await p.select({
      message: localeCodes.map((l) => t(l)('scaffold.cli.ui')).join(' · '),
      options: localeCodes.map((l) => ({ value: l, label: locales[l].label })),
      showInstructions: false,
    }),
  );
} else if (interactive) p.intro(t(ui)('scaffold.cli.intro'));
const _ = t(ui);

const kindArg = parsed.positionals[0];
let kind: Kind;
if ((kinds as readonly string[]).includes(kindArg ?? '')) kind = kindArg as Kind;
else if (interactive)
  kind = answered(
    await p.select({ message: _('scaffold.cli.kind'), options: kinds.map((k) => ({ value: k, label: _(`scaffold.kind.${k}`) })), showInstructions: false }),
  );
else bail(_('scaffold.cli.help'), 2);

const ctx = readScaffoldContext(dir);
const labels = readScaffoldLabels(dir, ui);
const env = { ui, today: todayIso(), text: scaffoldText(ui) };
const messages = issueMessages(ui);

/* Questions ------------------------------------------------------------------------------------------ */

interface Choice {
  value: string;
  label: string;
  hint?: string;
}
const dim = (s: string) => styleText('dim', s);
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** The interface string of an answer: `documents.0.year` → `documentYear`, `lead.name` → `leadName`. */
const fieldKey = (answer: string) =>
  answer
    .replace(/^documents\.\d+\.(\w+)$/, (_m, k: string) => `document${cap(k)}`)
    .replace(/^partners\.\d+\.(\w+)$/, (_m, k: string) => `partner${cap(k)}`)
    .replace(/^lead\.(\w+)$/, (_m, k: string) => `lead${cap(k)}`)
    .replace(/^newCity\.name\.\w+$/, 'newCityName')
    .replace(/^newCity\.(\w+)$/, (_m, k: string) => `newCity${cap(k)}`)
    .replace(/^description\.\w+$/, 'description');
const label = (key: string, hintKey?: string | false, values?: Record<string, string>, optional = false) => {
  // Answers are named by data (fieldKey above); the i18n-keys test checks that each has its strings.
  const __ = untypedT(ui);
  const name =
    ((narrativeKeys as readonly string[]).includes(key) ? __(`scaffold.heading.${key}`) : __(`scaffold.field.${key}`, values ?? {})) +
    (optional ? dim(` (${_('scaffold.cli.optional')})`) : '');
  const hint = hintKey === false ? '' : __(`scaffold.hint.${hintKey ?? key}`, { defaultValue: '', ...values });
  return hint ? `${name}\n${dim(hint)}` : name;
};
const enumChoices = <G extends EnumGroup>(group: G, values: readonly EnumCode<G>[]): Choice[] =>
  values.map((value) => ({ value, label: enumLabel(ui, group, value), hint: value }));
const named = (names: Record<string, string>, keys: readonly string[] = Object.keys(names)): Choice[] =>
  keys.map((value) => ({ value, label: names[value] ?? value, hint: value })).sort((a, b) => a.label.localeCompare(b.label, locales[ui].intl));
const languageChoices = (only: readonly Locale[] = localeCodes): Choice[] =>
  only.map((l) => ({ value: l, label: locales[l].label, hint: _(`languageName.${l}`) }));

/** A problem for this answer in the current answers, as the prompt's validation message. */
type Check = () => ScaffoldIssue[];
const problemFor = (answer: string, check: Check) => {
  const found = check().find((i) => i.answer === answer);
  return found ? issueMessage(found, messages) : undefined;
};

interface TextOpts {
  check: Check;
  set: (v: string) => void;
  /** Interface string of the question when it is not the answer's own (`resourceTitle` for `title`). */
  label?: string;
  hint?: string | false;
  optional?: boolean;
  multiline?: boolean;
  values?: Record<string, string>;
  initial?: string;
}

async function askText(answer: string, current: string, opts: TextOpts): Promise<string> {
  const key = opts.label ?? fieldKey(answer);
  const message = label(key, opts.hint, opts.values, opts.optional) + (opts.multiline ? `\n${dim(_('scaffold.cli.multiline'))}` : '');
  const ask = opts.multiline ? p.multiline : p.text;
  const value = answered(
    await ask({
      message,
      initialValue: current || opts.initial || '',
      validate: (v) => {
        opts.set(v ?? '');
        return problemFor(answer, opts.check);
      },
    }),
  );
  opts.set(value ?? '');
  return value ?? '';
}

async function askSelect(answer: string, current: string, choices: Choice[], hint?: string | false): Promise<string> {
  const initial = choices.some((c) => c.value === current) ? { initialValue: current } : {};
  return answered(await p.select<string>({ message: label(answer, hint), options: choices, showInstructions: false, ...initial }));
}

async function askMulti(answer: string, current: readonly string[], choices: Choice[], hint?: string | false, required = false): Promise<string[]> {
  if (choices.length === 0) return [];
  for (;;) {
    const chosen = answered(
      await p.multiselect({
        message: `${label(answer, hint)}\n${dim(_('scaffold.cli.multiHint'))}`,
        options: choices,
        initialValues: current.filter((c) => choices.some((o) => o.value === c)),
        // Clack's own "required" message is English only: an empty answer is refused here instead.
        required: false,
        showInstructions: false,
      }),
    );
    if (!required || chosen.length > 0) return chosen;
    p.log.warn(_('scaffold.error.choose'));
  }
}

const confirm = async (key: keyof Resources['scaffold']['cli']) =>
  answered(await p.confirm({ message: _(`scaffold.cli.${key}`), initialValue: false, active: _('scaffold.cli.yes'), inactive: _('scaffold.cli.no') }));

/** Flag lists accept repetition and commas: `--theme a --theme b` or `--theme a,b`. */
const many = (values: readonly string[] | undefined) =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
const lang = (value: string | undefined): Locale | '' => (isLocale(value) ? value : ((value ?? '') as Locale | ''));

/* Kinds ---------------------------------------------------------------------------------------------- */

async function practice(): Promise<ScaffoldResult> {
  const a: PracticeAnswers = {
    ...emptyPractice(),
    slug: flags.slug ?? '',
    lang: lang(flags.lang) || ui,
    countries: many(flags.country),
    cities: many(flags.city),
    newCity: {
      slug: flags['new-city'] ?? '',
      country: flags['new-city-country'] ?? '',
      lat: flags['new-city-lat'] ?? '',
      lon: flags['new-city-lon'] ?? '',
      name: { en: flags['new-city-name-en'] ?? '', ar: flags['new-city-name-ar'] ?? '', fr: flags['new-city-name-fr'] ?? '' },
    },
    scope: flags.scope ?? '',
    levels: many(flags.level),
    themes: many(flags.theme),
    targetGroups: many(flags['target-group']),
    status: flags.status ?? '',
    asOf: flags['as-of'] ?? '',
    start: flags.start ?? '',
    evidence: flags.evidence ?? '',
    resources: many(flags.resource),
    related: many(flags.related),
    documents: (flags['source-title'] ?? []).map((title, i) => ({
      title,
      publisher: flags['source-publisher']?.[i] ?? '',
      year: flags['source-year']?.[i] ?? '',
      url: flags['source-url']?.[i] ?? '',
    })),
    lead: { name: flags.lead ?? '', type: flags['lead-type'] ?? '' },
    partners: (flags.partner ?? []).map((name, i) => ({ name, type: flags['partner-type']?.[i] ?? '' })),
    title: flags.title ?? '',
    summary: flags.summary ?? '',
    goal: flags.goal ?? '',
    approach: flags.approach ?? '',
    impact: flags.impact ?? '',
    context: flags.context ?? '',
    cooperation: flags.cooperation ?? '',
    lessons: flags.lessons ?? '',
    replicate: flags.replicate ?? '',
  };
  const check: Check = () => (scaffoldPractice(a, ctx, env) as { issues?: ScaffoldIssue[] }).issues ?? [];
  const text = (key: 'slug' | 'title' | 'summary' | 'goal' | 'approach' | 'impact' | 'start' | 'asOf', extra: Partial<TextOpts> = {}) =>
    askText(key, a[key], {
      check,
      set: (v) => {
        a[key] = v;
      },
      ...extra,
    });
  const asked = new Set(Object.keys(flags));
  /** A city that is not listed: its names (the text's language first, the others optional), short name, country, place. */
  const askNewCity = async () => {
    const c = a.newCity;
    const textLang = isLocale(a.lang) ? a.lang : ui;
    for (const l of [textLang, ...localeCodes.filter((x) => x !== textLang)])
      await askText(`newCity.name.${l}`, c.name[l], {
        check,
        set: (v) => {
          c.name[l] = v;
        },
        hint: l === textLang ? 'newCity' : false,
        values: { language: _(`languageName.${l}`) },
        optional: l !== textLang,
      });
    await askText('newCity.slug', c.slug, {
      check,
      set: (v) => {
        c.slug = v;
      },
      initial: suggestSlug(c.name.en || c.name.fr),
    });
    c.country = await askSelect('newCityCountry', c.country || a.countries[0] || '', named(labels.countries, ctx.countries), false);
    for (const key of ['lat', 'lon'] as const)
      await askText(`newCity.${key}`, c[key], {
        check,
        set: (v) => {
          c[key] = v;
        },
        hint: key === 'lat' ? 'newCityCoordinates' : false,
      });
  };
  const ask = async (answer: string, force: boolean) => {
    const given = (flag: string) => !force && asked.has(flag);
    switch (answer) {
      case 'lang':
        if (!given('lang')) a.lang = (await askSelect('lang', a.lang, languageChoices())) as Locale;
        break;
      case 'title':
        if (!given('title')) await text('title');
        break;
      case 'slug':
        if (!given('slug')) await text('slug', { initial: suggestSlug(a.title) });
        break;
      case 'summary':
        if (!given('summary')) await text('summary');
        break;
      case 'goal':
        if (!given('goal')) await text('goal');
        break;
      case 'approach':
        if (!given('approach')) await text('approach');
        break;
      case 'impact':
        if (!given('impact')) await text('impact');
        break;
      case 'countries':
        if (!given('country')) a.countries = await askMulti('countries', a.countries, named(labels.countries, ctx.countries), undefined, true);
        break;
      case 'cities':
        if (!given('city'))
          a.cities = await askMulti(
            'cities',
            a.cities,
            named(
              labels.cities,
              Object.keys(ctx.cities).filter((c) => a.countries.includes(ctx.cities[c]!)),
            ),
          );
        if (!given('new-city') && (force ? newCityUsed(a.newCity) : await confirm('newCity'))) await askNewCity();
        break;
      case 'scope':
        if (!given('scope')) a.scope = await askSelect('scope', a.scope, enumChoices('scope', scopes));
        break;
      case 'levels':
        if (!given('level')) a.levels = await askMulti('levels', a.levels, enumChoices('level', governanceLevels), false, true);
        break;
      case 'themes':
        if (!given('theme')) a.themes = await askMulti('themes', a.themes, named(labels.themes, ctx.themes), undefined, true);
        break;
      case 'targetGroups':
        if (!given('target-group')) a.targetGroups = await askMulti('targetGroups', a.targetGroups, named(labels.targetGroups, ctx.targetGroups));
        break;
      case 'status':
        if (!given('status')) a.status = await askSelect('status', a.status, enumChoices('status', statuses), false);
        break;
      case 'asOf':
        if (!given('as-of')) await text('asOf');
        break;
      case 'start':
        if (!given('start')) await text('start', { optional: true });
        break;
      case 'evidence':
        if (!given('evidence')) a.evidence = await askSelect('evidence', a.evidence, enumChoices('evidence', evidenceLevels), false);
        break;
      case 'resources':
        if (!given('resource')) a.resources = await askMulti('resources', a.resources, named(labels.resources, ctx.resources));
        break;
      case 'documents':
        if (given('source-title')) break;
        if (force) a.documents = [];
        if (a.resources.length > 0 && !(await confirm('addDocument'))) break;
        do {
          const d = { title: '', publisher: '', year: '', url: '' };
          a.documents.push(d);
          const row = a.documents.length - 1;
          for (const key of ['title', 'publisher', 'year', 'url'] as const)
            await askText(`documents.${row}.${key}`, '', {
              check,
              set: (v) => {
                d[key] = v;
              },
              hint: key === 'url' ? 'documentUrl' : false,
              optional: key === 'url',
            });
        } while (await confirm('another'));
        break;
      case 'related':
        if (!given('related')) a.related = await askMulti('related', a.related, named(labels.practices));
        break;
      case 'lead':
        if (given('lead')) break;
        await askText('lead.name', a.lead.name, {
          check,
          set: (v) => {
            a.lead.name = v;
          },
          hint: 'lead',
          optional: true,
        });
        if (a.lead.name.trim()) a.lead.type = await askSelect('leadType', a.lead.type, enumChoices('orgType', organisationTypes), false);
        break;
      case 'partners':
        if (given('partner')) break;
        if (force) a.partners = [];
        while (await confirm(a.partners.length ? 'another' : 'addPartner')) {
          const o = { name: '', type: '' };
          a.partners.push(o);
          const row = a.partners.length - 1;
          await askText(`partners.${row}.name`, '', {
            check,
            set: (v) => {
              o.name = v;
            },
            hint: false,
          });
          o.type = await askSelect('partnerType', '', enumChoices('orgType', organisationTypes), false);
        }
        break;
      case 'context':
      case 'cooperation':
      case 'lessons':
      case 'replicate': {
        const key = answer;
        if (!given(key))
          await askText(key, a[key], {
            check,
            set: (v) => {
              a[key] = v;
            },
            hint: 'narrative',
            multiline: true,
            optional: true,
          });
        break;
      }
    }
  };
  const order = [
    'lang',
    'title',
    'slug',
    'summary',
    'goal',
    'approach',
    'impact',
    'countries',
    'cities',
    'scope',
    'levels',
    'themes',
    'targetGroups',
    'status',
    'asOf',
    'start',
    'evidence',
    'resources',
    'documents',
    'related',
    'lead',
    'partners',
    'context',
    'cooperation',
    'lessons',
    'replicate',
  ];
  return run(
    order,
    ask,
    () => scaffoldPractice(a, ctx, env),
    (answer) =>
      answer
        .replace(/^(documents|partners)\.\d+\..*$/, '$1')
        .replace(/^lead\..*$/, 'lead')
        .replace(/^newCity\..*$/, 'cities'),
  );
}

async function chapter(): Promise<ScaffoldResult> {
  const a: ChapterAnswers = {
    ...emptyChapter(),
    guide: flags.guide ?? '',
    lang: lang(flags.lang) || ui,
    chapter: flags.chapter ?? '',
    title: flags.title ?? '',
    summary: flags.summary ?? '',
    order: flags.order ?? '',
    body: flags.body ?? '',
  };
  const check: Check = () => (scaffoldChapter(a, ctx, env) as { issues?: ScaffoldIssue[] }).issues ?? [];
  const asked = new Set(Object.keys(flags));
  const ask = async (answer: string, force: boolean) => {
    if (!force && asked.has(answer)) return;
    switch (answer) {
      case 'lang':
        a.lang = (await askSelect(
          'lang',
          a.lang,
          languageChoices(localeCodes.filter((l) => !a.guide || ctx.guides[a.guide]?.[l]?.index !== undefined)),
          false,
        )) as Locale;
        break;
      case 'guide':
        a.guide = await askSelect('guide', a.guide, named(labels.guides, Object.keys(ctx.guides)), false);
        break;
      case 'order':
        await askText('order', a.order, {
          check,
          set: (v) => {
            a.order = v;
          },
          optional: true,
          initial: a.guide ? String(nextChapterOrder(ctx, a.guide)) : '',
        });
        break;
      case 'body':
        await askText('body', a.body, {
          check,
          set: (v) => {
            a.body = v;
          },
          multiline: true,
          optional: true,
        });
        break;
      case 'chapter':
        await askText('chapter', a.chapter, {
          check,
          set: (v) => {
            a.chapter = v;
          },
          initial: suggestSlug(a.title),
        });
        break;
      case 'title':
      case 'summary': {
        const key = answer;
        await askText(key, a[key], {
          check,
          set: (v) => {
            a[key] = v;
          },
          hint: false,
        });
        break;
      }
    }
  };
  return run(['guide', 'lang', 'title', 'chapter', 'summary', 'order', 'body'], ask, () => scaffoldChapter(a, ctx, env));
}

async function resource(): Promise<ScaffoldResult> {
  const a: ResourceAnswers = {
    ...emptyResource(),
    slug: flags.slug ?? '',
    type: flags.type ?? '',
    publisher: flags.publisher ?? '',
    year: flags.year ?? '',
    lang: lang(flags.lang) || ui,
    title: flags.title ?? '',
    link: flags.link ?? '',
    description: { en: flags['description-en'] ?? '', ar: flags['description-ar'] ?? '', fr: flags['description-fr'] ?? '' },
  };
  if (flags.description && isLocale(a.lang) && !a.description[a.lang]) a.description[a.lang] = flags.description;
  const check: Check = () => (scaffoldResource(a, ctx, env) as { issues?: ScaffoldIssue[] }).issues ?? [];
  const asked = new Set(Object.keys(flags));
  const ask = async (answer: string, force: boolean) => {
    const flag = answer.replace(/^description\./, 'description-');
    if (!force && (asked.has(flag) || (flag === `description-${a.lang}` && asked.has('description')))) return;
    switch (answer) {
      case 'lang':
        a.lang = (await askSelect('lang', a.lang, languageChoices())) as Locale;
        break;
      case 'type':
        a.type = await askSelect('resourceType', a.type, enumChoices('resourceType', resourceTypes), false);
        break;
      case 'title':
        await askText('title', a.title, {
          check,
          set: (v) => {
            a.title = v;
          },
          label: 'resourceTitle',
          hint: false,
        });
        break;
      case 'slug':
        await askText('slug', a.slug, {
          check,
          set: (v) => {
            a.slug = v;
          },
          initial: suggestSlug(a.title),
        });
        break;
      case 'publisher':
        await askText('publisher', a.publisher, {
          check,
          set: (v) => {
            a.publisher = v;
          },
        });
        break;
      case 'year':
        await askText('year', a.year, {
          check,
          set: (v) => {
            a.year = v;
          },
          optional: true,
          hint: false,
        });
        break;
      case 'link':
        await askText('link', a.link, {
          check,
          set: (v) => {
            a.link = v;
          },
          optional: true,
        });
        break;
      default: {
        const l = answer.slice('description.'.length) as Locale;
        await askText(answer, a.description[l], {
          check,
          set: (v) => {
            a.description[l] = v;
          },
          hint: 'description',
          values: { language: _(`languageName.${l}`) },
        });
      }
    }
  };
  const order = ['lang', 'type', 'title', 'slug', 'publisher', 'year', 'link', ...localeCodes.map((l) => `description.${l}`)];
  return run(order, ask, () => scaffoldResource(a, ctx, env));
}

async function translation(): Promise<ScaffoldResult> {
  const a: TranslationAnswers = { ...emptyTranslation(), entry: flags.entry ?? '', from: lang(flags.from), to: lang(flags.to) };
  const read = (path: string) => {
    const file = join(dir, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const asked = new Set(Object.keys(flags));
  const entries: { value: string; label: string; hint: string }[] = [
    ...Object.keys(ctx.practices).map((s) => ({ value: `practices/${s}`, label: labels.practices[s] ?? s, hint: `practices/${s}` })),
    ...Object.entries(ctx.guides).flatMap(([g, byLocale]) =>
      [...new Set(localeCodes.flatMap((l) => Object.keys(byLocale[l] ?? {})))]
        .sort()
        .map((c) => ({ value: `guides/${g}/${c}`, label: `${labels.guides[g] ?? g} · ${c}`, hint: `guides/${g}/${c}` })),
    ),
  ];
  const ask = async (answer: string, force: boolean) => {
    if (!force && asked.has(answer)) return;
    const target = parseEntry(a.entry, ctx);
    switch (answer) {
      case 'entry':
        a.entry = await askSelect('entry', a.entry, entries, false);
        break;
      case 'from':
        if (target && target.available.length > 1) a.from = (await askSelect('from', a.from, languageChoices(target.available), false)) as Locale;
        break;
      case 'to':
        a.to = (await askSelect('to', a.to, languageChoices(localeCodes.filter((l) => !target || !target.available.includes(l))), false)) as Locale;
        break;
    }
  };
  return run(['entry', 'from', 'to'], ask, () => scaffoldTranslation(a, ctx, env, read));
}

/**
 * Asks every question in order (those not answered by a flag), then, while some answers need
 * correcting, shows what is wrong and asks those again. Without a terminal, reports and stops.
 */
async function run(
  order: string[],
  ask: (answer: string, force: boolean) => Promise<void>,
  make: () => ScaffoldResult,
  group: (answer: string) => string = (x) => x,
): Promise<ScaffoldResult> {
  if (interactive) for (const answer of order) await ask(answer, false);
  for (;;) {
    const result = make();
    if (result.ok || !interactive) return result;
    report(result.issues);
    const again = new Set(result.issues.map((i) => group(i.answer)));
    for (const answer of order) if (again.has(answer)) await ask(answer, true);
  }
}

/** The flag that gives an answer, for reports without a terminal. */
function flagOf(answer: string): string {
  const row = /^(documents|partners)\.\d+\.(\w+)$/.exec(answer);
  if (row) return row[1] === 'documents' ? `--source-${row[2]}` : row[2] === 'name' ? '--partner' : '--partner-type';
  if (answer.startsWith('description.')) return `--description-${answer.slice('description.'.length)}`;
  if (answer.startsWith('newCity.name.')) return `--new-city-name-${answer.slice('newCity.name.'.length)}`;
  if (answer === 'newCity.slug') return '--new-city';
  if (answer.startsWith('newCity.')) return `--new-city-${answer.slice('newCity.'.length)}`;
  const table: Record<string, string> = {
    countries: '--country',
    cities: '--city',
    levels: '--level',
    themes: '--theme',
    targetGroups: '--target-group',
    resources: '--resource',
    'lead.name': '--lead',
    'lead.type': '--lead-type',
    asOf: '--as-of',
  };
  return table[answer] ?? `--${answer}`;
}

/** The values an answer chosen from a list accepts, listed beside the problem when there is no menu to pick from. */
function validValues(answer: string): readonly string[] {
  const lists: Record<string, readonly string[]> = {
    lang: localeCodes,
    countries: ctx.countries,
    'newCity.country': ctx.countries,
    cities: Object.keys(ctx.cities),
    scope: scopes,
    levels: governanceLevels,
    themes: ctx.themes,
    targetGroups: ctx.targetGroups,
    status: statuses,
    evidence: evidenceLevels,
    resources: ctx.resources,
    related: Object.keys(ctx.practices),
    'lead.type': organisationTypes,
    type: resourceTypes,
    guide: Object.keys(ctx.guides),
    from: localeCodes,
    to: localeCodes,
  };
  return lists[answer.replace(/^partners\.\d+\.type$/, 'lead.type')] ?? [];
}

function report(issues: readonly ScaffoldIssue[]) {
  const format = formatIssueIn(ui);
  const hint = (i: ScaffoldIssue) => {
    if (interactive) return '';
    const values = ['choose', 'choice', 'unknown', 'source'].includes(i.kind) ? validValues(i.answer) : [];
    return ` (${flagOf(i.answer)}${values.length ? `: ${values.join(', ')}` : ''})`;
  };
  const lines = issues.map((i) => `${format(i)}\n  → ${issueMessage(i, messages)}${hint(i)}`);
  if (interactive) p.log.error([_('scaffold.cli.problems'), ...lines].join('\n'));
  else console.error([_('scaffold.cli.problems'), ...lines].join('\n'));
}

/* Main ----------------------------------------------------------------------------------------------- */

const result = await { practice, chapter, resource, translation }[kind]();
if (!result.ok) {
  report(result.issues);
  if (!interactive) console.error(_('scaffold.cli.noTerminal'));
  process.exit(1);
}
const blocked = blockedWrite(dir, result.files);
if (blocked) bail(_(blocked.exists ? 'scaffold.cli.exists' : 'scaffold.cli.missing', { file: blocked.path }));
if (flags['dry-run']) {
  console.log(_('scaffold.cli.dryRun'));
  for (const f of result.files) console.log(`\n${styleText('bold', f.path)}${f.append ? ` (${_('scaffold.cli.appended')})` : ''}\n${f.content}`);
  process.exit(0);
}
writeContentFiles(dir, result.files);
const written = result.files.map((f) => _(f.append ? 'scaffold.cli.added' : 'scaffold.cli.written', { file: join(contentDir(), f.path) }));
if (interactive) {
  for (const line of written) p.log.success(line);
  p.outro(_('scaffold.cli.next'));
} else console.log([...written, _('scaffold.cli.next')].join('\n'));
