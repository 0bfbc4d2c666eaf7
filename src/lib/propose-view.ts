import type { SiteContent } from './content.ts';
import { pickName } from './fallback.ts';
import { enumLabel, t, untypedT, type EnumCode, type EnumGroup, type MessageKey } from './i18n.ts';
import { practiceText } from './practices.ts';
import { contactAddress, repository, uploadUrl, type Repository } from './repository.ts';
import { cityWithCountry, nameIn, sortByName } from './taxonomy.ts';
import { scaffoldContext } from './scaffold/site-context.ts';
import { issueMessages, scaffoldText } from './scaffold/strings.ts';
import type { IssueMessages } from './scaffold/messages.ts';
import type { ScaffoldContext, ScaffoldText } from './scaffold/types.ts';
import { localeCodes, locales, type Locale } from '../config/locales.ts';
import { evidenceLevels, governanceLevels, organisationTypes, scopes, statuses } from '../schemas/index.ts';

/**
 * The proposal page (/{l}/contribute/propose/) as data: every choice built from the taxonomy and the
 * schemas' values, each question's words, and the page's JSON island, everything the form script needs
 * (the scaffolder's context and words, the messages) so the saved page works without a network and the
 * browser needs no i18next. The route only renders it.
 */

export interface Option {
  value: string;
  label: string;
  /** The label's language when it is not the page's (a title shown in its original language). */
  lang?: Locale | undefined;
}

/** A question answered by ticking boxes. */
export interface ChoiceGroup {
  answer: string;
  options: Option[];
  required: boolean;
}

/** The island of the form script (src/client/propose-form.ts), element id `proposeConfigId` (./scaffold/field-id.ts). */
export interface ProposeConfig {
  ui: Locale;
  ctx: ScaffoldContext;
  text: ScaffoldText;
  messages: IssueMessages;
  repo: Repository | null;
  countryNames: Record<string, string>;
  dirs: Record<Locale, 'ltr' | 'rtl'>;
  /** taxonomy/cities.yaml as built, which the archive's copy extends with a new city. */
  citiesYaml: string;
  strings: Record<
    'documentN' | 'partnerN' | 'counter' | 'download' | 'appendTo' | 'clearConfirm' | 'draftRestored' | 'errorItem' | 'issueTitle' | 'sendFailed',
    string
  >;
}

export function proposeView(site: SiteContent, locale: Locale, files: { citiesYaml: string }) {
  const _ = t(locale);
  const named = <T extends { name: Record<Locale, string> }>(map: Map<string, T>): Option[] =>
    sortByName([...map], ([, v]) => nameIn(v, locale), locale).map(([value, v]) => ({ value, label: nameIn(v, locale) }));
  const enumOptions = <G extends EnumGroup>(group: G, values: readonly EnumCode<G>[]): Option[] =>
    values.map((value) => ({ value, label: enumLabel(locale, group, value) }));
  const countryNames = Object.fromEntries([...site.countries].map(([cc, c]) => [cc, nameIn(c, locale)]));
  const cityOptions: Option[] = sortByName([...site.cities], ([, c]) => nameIn(c, locale), locale).map(([value, c]) => ({
    value,
    label: cityWithCountry(site, c, locale),
  }));
  const resourceOptions: Option[] = sortByName(
    [...site.resources].map(([value, r]) => ({ value, ...pickName(r.title, locale) })),
    (r) => r.text,
    locale,
  ).map((r) => ({ value: r.value, label: r.text, lang: r.lang === locale ? undefined : r.lang }));
  const practiceOptions: Option[] = sortByName(
    site.practices.map((p) => {
      const picked = practiceText(p, locale);
      return { value: p.slug, label: picked.value.data.title, lang: picked.lang === locale ? undefined : picked.lang };
    }),
    (p) => p.label,
    locale,
  );
  const repo = repository() ?? null;
  /** The form script's own words, with their `{{placeholders}}` left for it to fill. */
  const template = (key: MessageKey) => _(key, { skipInterpolation: true });

  const config: ProposeConfig = {
    ui: locale,
    ctx: scaffoldContext(site),
    text: scaffoldText(locale),
    messages: issueMessages(locale),
    repo,
    countryNames,
    citiesYaml: files.citiesYaml,
    dirs: Object.fromEntries(localeCodes.map((l) => [l, locales[l].dir])) as ProposeConfig['dirs'],
    strings: {
      documentN: template('propose.documentN'),
      partnerN: template('propose.partnerN'),
      counter: template('propose.counter'),
      download: template('propose.download'),
      appendTo: template('propose.appendTo'),
      issueTitle: template('propose.send.issueTitle'),
      sendFailed: template('propose.send.failed'),
      clearConfirm: template('propose.clearConfirm'),
      draftRestored: template('propose.draftRestored'),
      errorItem: template('propose.errorItem'),
    },
  };

  return {
    /** A question's label and hint (`scaffold.field.*`, `scaffold.hint.*`; no hint: empty). */
    // Questions are named by data (the form's field lists); the i18n-keys test checks each has its strings.
    label: (answer: string) => untypedT(locale)(`scaffold.field.${answer}`),
    // Not every question has a hint: the default value covers those without.
    hint: (answer: string) => untypedT(locale)(`scaffold.hint.${answer}`, { defaultValue: '' }),
    languages: localeCodes.map((l) => ({ value: l, label: locales[l].label })),
    texts: [
      { answer: 'summary', rows: 3, required: true },
      { answer: 'goal', rows: 3, required: true },
      { answer: 'approach', rows: 4, required: true },
      { answer: 'impact', rows: 3, required: true },
    ],
    countries: named(site.countries),
    place: [
      { answer: 'countries', options: named(site.countries), required: true },
      { answer: 'cities', options: cityOptions, required: false },
    ] satisfies ChoiceGroup[],
    scopes: enumOptions('scope', scopes),
    topics: [
      { answer: 'levels', options: enumOptions('level', governanceLevels), required: true },
      { answer: 'themes', options: named(site.themes), required: true },
      { answer: 'targetGroups', options: named(site.targetGroups), required: false },
    ] satisfies ChoiceGroup[],
    facts: [
      { answer: 'status', options: enumOptions('status', statuses) },
      { answer: 'evidence', options: enumOptions('evidence', evidenceLevels) },
    ],
    practices: practiceOptions,
    resources: resourceOptions,
    documentFields: ['title', 'publisher', 'year', 'url'] as const,
    organisationTypes: enumOptions('orgType', organisationTypes),
    repo,
    upload: repo ? uploadUrl(repo) : undefined,
    contact: contactAddress(),
    config,
  };
}
