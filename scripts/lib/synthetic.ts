import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { joinList, localeCodes, localePattern, type Locale } from '../../src/config/locales.ts';
import { nameIn } from '../../src/lib/taxonomy.ts';
import type { City, Country, GlossaryTerm, TargetGroup, Theme } from '../../src/schemas/index.ts';

/**
 * Synthetic content for `npm run bench`: N practices, each in English, Arabic and French with 500-800
 * words of prose per language, spread over the real taxonomy, plus one guide with N/50 chapters that cite
 * them. Sentences are built from aligned word lists and templates, so the three texts of a practice say
 * the same thing. Everything is drawn from one seeded generator: the same seed gives the same files.
 */

export interface SyntheticOptions {
  practices: number;
  seed: number;
}

export interface SyntheticSummary {
  practices: number;
  chapters: number;
  /** Files written (practices and the synthetic guide), not counting the copied real content. */
  files: number;
  /** Words per practice text, per language: smallest and largest seen. */
  words: Record<Locale, { min: number; max: number }>;
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
type L3 = Record<Locale, string>;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
/** `count` distinct items, in a random order. */
function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(rng() * copy.length), 1)[0]!);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Word lists, aligned across the three languages. French noun phrases carry their article, so the
// helpers below can contract "à le" and "de les"; Arabic subjects carry their gender for the verb.

interface Actor extends L3 {
  /** English and French subject is plural (verb agreement). */
  plural: boolean;
  /** Arabic subject is feminine (verb agreement in verb-first sentences). */
  arF: boolean;
}
const actors: Actor[] = [
  { en: 'the municipality', fr: 'la municipalité', ar: 'البلدية', plural: false, arF: true },
  { en: 'the city council', fr: 'le conseil municipal', ar: 'المجلس البلدي', plural: false, arF: false },
  { en: 'local associations', fr: 'les associations locales', ar: 'الجمعيات المحلية', plural: true, arF: true },
  { en: 'the mayor’s office', fr: 'le cabinet du maire', ar: 'مكتب رئيس البلدية', plural: false, arF: false },
  { en: 'youth workers', fr: 'les animateurs de jeunesse', ar: 'فرق العمل مع الشباب', plural: true, arF: true },
  { en: 'women’s organisations', fr: 'les organisations de femmes', ar: 'المنظمات النسائية', plural: true, arF: true },
  { en: 'the governorate', fr: 'le gouvernorat', ar: 'المحافظة', plural: false, arF: true },
  { en: 'a network of volunteers', fr: 'un réseau de bénévoles', ar: 'شبكةٌ من المتطوعين', plural: false, arF: true },
  { en: 'school principals', fr: 'les chefs d’établissement', ar: 'إدارات المدارس', plural: true, arF: true },
  { en: 'the local prevention committee', fr: 'le comité local de prévention', ar: 'لجنة الوقاية المحلية', plural: false, arF: true },
  { en: 'religious leaders', fr: 'les responsables religieux', ar: 'القيادات الدينية', plural: true, arF: true },
  { en: 'a team of university researchers', fr: 'une équipe de chercheurs universitaires', ar: 'فريقٌ من الباحثين الجامعيين', plural: false, arF: false },
];

interface Verb {
  en: string;
  fr: string;
  ar: { m: string; f: string };
}
const verbs: Verb[] = [
  { en: 'organised', fr: 'organisé', ar: { m: 'نظّم', f: 'نظّمت' } },
  { en: 'launched', fr: 'lancé', ar: { m: 'أطلق', f: 'أطلقت' } },
  { en: 'funded', fr: 'financé', ar: { m: 'موّل', f: 'موّلت' } },
  { en: 'coordinated', fr: 'coordonné', ar: { m: 'نسّق', f: 'نسّقت' } },
  { en: 'expanded', fr: 'étendu', ar: { m: 'وسّع', f: 'وسّعت' } },
  { en: 'hosted', fr: 'accueilli', ar: { m: 'استضاف', f: 'استضافت' } },
  { en: 'evaluated', fr: 'évalué', ar: { m: 'قيّم', f: 'قيّمت' } },
  { en: 'supported', fr: 'soutenu', ar: { m: 'دعم', f: 'دعمت' } },
];

const activities: L3[] = [
  { en: 'neighbourhood dialogue sessions', fr: 'des séances de dialogue de quartier', ar: 'جلسات حوار في الأحياء' },
  { en: 'mentoring circles for young people', fr: 'des cercles de mentorat pour les jeunes', ar: 'حلقات إرشاد للشباب' },
  { en: 'vocational training workshops', fr: 'des ateliers de formation professionnelle', ar: 'ورشات تدريب مهني' },
  { en: 'sports and arts programmes', fr: 'des programmes sportifs et artistiques', ar: 'برامج رياضية وفنية' },
  { en: 'school debating clubs', fr: 'des clubs de débat dans les écoles', ar: 'نوادي مناظرة مدرسية' },
  { en: 'media literacy courses', fr: 'des cours d’éducation aux médias', ar: 'دورات في التربية الإعلامية' },
  { en: 'psychosocial support groups', fr: 'des groupes de soutien psychosocial', ar: 'مجموعات دعم نفسي واجتماعي' },
  { en: 'a local radio programme', fr: 'une émission de radio locale', ar: 'برنامجَ إذاعةٍ محلية' },
  { en: 'a youth council', fr: 'un conseil de la jeunesse', ar: 'مجلسَ شبابٍ محليّ' },
  { en: 'job placement schemes', fr: 'des dispositifs d’insertion professionnelle', ar: 'مبادرات للتوظيف والإدماج المهني' },
  { en: 'intercultural festivals', fr: 'des fêtes interculturelles', ar: 'مهرجانات للتنوع الثقافي' },
  { en: 'leadership courses for women', fr: 'des formations au leadership pour les femmes', ar: 'دورات في القيادة النسائية' },
  { en: 'community safety walks', fr: 'des marches exploratoires de sécurité', ar: 'جولات ميدانية لتقييم السلامة في الأحياء' },
];

const outcomes: L3[] = [
  { en: 'trust between residents and local services', fr: 'la confiance entre les habitants et les services locaux', ar: 'الثقة بين السكان والخدمات المحلية' },
  { en: 'the participation of young people in public life', fr: 'la participation des jeunes à la vie publique', ar: 'مشاركة الشباب في الحياة العامة' },
  { en: 'awareness of hate spread online', fr: 'la vigilance face à la haine en ligne', ar: 'الوعي بخطاب الكراهية على الإنترنت' },
  {
    en: 'cooperation between national and local authorities',
    fr: 'la coopération entre les autorités nationales et locales',
    ar: 'التعاون بين السلطات الوطنية والمحلية',
  },
  { en: 'the resilience of families', fr: 'la résilience des familles', ar: 'صمود الأسر' },
  { en: 'the role of women in local decision-making', fr: 'le rôle des femmes dans la décision locale', ar: 'دور المرأة في صنع القرار المحلي' },
  { en: 'social cohesion in mixed neighbourhoods', fr: 'la cohésion sociale dans les quartiers mixtes', ar: 'التماسك الاجتماعي في الأحياء المختلطة' },
  { en: 'the reintegration of former detainees', fr: 'la réinsertion des anciens détenus', ar: 'إعادة إدماج المحتجزين السابقين' },
  { en: 'dialogue between generations', fr: 'le dialogue entre les générations', ar: 'الحوار بين الأجيال' },
];

const times: L3[] = [
  { en: 'over eighteen months', fr: 'pendant dix-huit mois', ar: 'على مدى ثمانيةَ عشرَ شهرًا' },
  { en: 'during the first year', fr: 'au cours de la première année', ar: 'خلال السنة الأولى' },
  { en: 'in three districts', fr: 'dans trois quartiers', ar: 'في ثلاثة أحياء' },
  { en: 'after a short pilot phase', fr: 'après une courte phase pilote', ar: 'بعد مرحلة تجريبية قصيرة' },
  { en: 'every school term', fr: 'à chaque trimestre scolaire', ar: 'في كل فصل دراسي' },
  { en: 'throughout the summer', fr: 'tout au long de l’été', ar: 'طَوال فصل الصيف' },
];

const challenges: L3[] = [
  { en: 'frequent staff turnover', fr: 'la rotation fréquente du personnel', ar: 'تغيّر الموظفين المتكرر' },
  { en: 'a sudden cut in funding', fr: 'une baisse soudaine du financement', ar: 'خفضٍ مفاجئ في التمويل' },
  { en: 'scepticism among some parents', fr: 'le scepticisme de certains parents', ar: 'تشكّك بعض أولياء الأمور' },
  { en: 'rumours spread on social media', fr: 'les rumeurs diffusées sur les réseaux sociaux', ar: 'شائعاتٍ انتشرت على وسائل التواصل الاجتماعي' },
  { en: 'the lack of a shared database', fr: 'l’absence de base de données commune', ar: 'غياب قاعدة بيانات مشتركة' },
  { en: 'tensions between neighbourhoods', fr: 'les tensions entre quartiers', ar: 'التوترات بين الأحياء' },
];

/** Funders, with the Arabic relative pronoun and verb that agree with them. */
const funders: (L3 & { arWhich: string })[] = [
  { en: 'a national ministry', fr: 'un ministère national', ar: 'وزارة وطنية', arWhich: 'غطّت' },
  { en: 'an international donor', fr: 'un bailleur international', ar: 'جهة مانحة دولية', arWhich: 'غطّت' },
  { en: 'a private foundation', fr: 'une fondation privée', ar: 'مؤسسة خاصة', arWhich: 'غطّت' },
  { en: 'the regional council', fr: 'le conseil régional', ar: 'المجلس الجهوي', arWhich: 'غطّى' },
];

const topics: L3[] = [
  { en: 'conflict-sensitive communication', fr: 'la communication sensible aux conflits', ar: 'التواصل المراعي للنزاعات' },
  { en: 'the early signs of radicalisation', fr: 'les signes précoces de radicalisation', ar: 'العلامات المبكرة للتطرف' },
  { en: 'data protection', fr: 'la protection des données', ar: 'حماية البيانات' },
  { en: 'referral procedures', fr: 'les procédures d’orientation', ar: 'إجراءات الإحالة' },
  { en: 'child safeguarding', fr: 'la protection de l’enfance', ar: 'حماية الطفل' },
];

const frequencies: L3[] = [
  { en: 'every month', fr: 'chaque mois', ar: 'كل شهر' },
  { en: 'twice a year', fr: 'deux fois par an', ar: 'مرتين في السنة' },
  { en: 'every quarter', fr: 'chaque trimestre', ar: 'كل ثلاثة أشهر' },
];

const lessons: L3[] = [
  {
    en: 'prevention works best when it is part of ordinary municipal services',
    fr: 'la prévention fonctionne mieux lorsqu’elle fait partie des services municipaux ordinaires',
    ar: 'الوقاية تنجح أكثر حين تكون جزءًا من الخدمات البلدية العادية',
  },
  {
    en: 'small grants to local associations go a long way',
    fr: 'de petites subventions aux associations locales ont un effet considérable',
    ar: 'المِنَح الصغيرة للجمعيات المحلية تُحدث أثرًا كبيرًا',
  },
  {
    en: 'national authorities should be informed early',
    fr: 'les autorités nationales doivent être informées très tôt',
    ar: 'ينبغي إبلاغ السلطات الوطنية في وقت مبكر',
  },
  {
    en: 'young people should help design the activities',
    fr: 'les jeunes doivent contribuer à concevoir les activités',
    ar: 'ينبغي أن يشارك الشباب في تصميم الأنشطة',
  },
  {
    en: 'results must be recorded from the first day',
    fr: 'les résultats doivent être consignés dès le premier jour',
    ar: 'يجب توثيق النتائج منذ اليوم الأول',
  },
];

const needs: L3[] = [
  {
    en: 'A named lead in the municipal administration.',
    fr: 'Un référent désigné au sein de l’administration municipale.',
    ar: 'مسؤولٌ معيَّن داخل الإدارة البلدية.',
  },
  {
    en: 'A partnership with associations that already work in the neighbourhoods.',
    fr: 'Un partenariat avec des associations déjà présentes dans les quartiers.',
    ar: 'شراكة مع جمعيات تعمل أصلًا في الأحياء.',
  },
  {
    en: 'A budget line that outlasts the first project.',
    fr: 'Une ligne budgétaire qui survive au premier projet.',
    ar: 'بندٌ في الميزانية يستمر بعد انتهاء المشروع الأول.',
  },
  {
    en: 'Simple records of who took part and what changed for them.',
    fr: 'Un suivi simple des participants et de ce qui a changé pour eux.',
    ar: 'سجلات بسيطة لمن شاركوا وما تغيّر في أوضاعهم.',
  },
  {
    en: 'A channel of communication with the national authorities concerned.',
    fr: 'Un canal de communication avec les autorités nationales concernées.',
    ar: 'قناة تواصل مع السلطات الوطنية المعنية.',
  },
  {
    en: 'Trained staff who can refer people to specialised services.',
    fr: 'Du personnel formé, capable d’orienter vers des services spécialisés.',
    ar: 'موظفون مدرَّبون قادرون على إحالة الأشخاص إلى الخدمات المتخصصة.',
  },
  {
    en: 'Venues that residents already trust, such as schools and youth centres.',
    fr: 'Des lieux auxquels les habitants font déjà confiance, comme les écoles et les maisons de jeunes.',
    ar: 'أماكن يثق بها السكان أصلًا، كالمدارس ودُور الشباب.',
  },
  {
    en: 'Regular feedback from participants, in their own words.',
    fr: 'Des retours réguliers des participants, avec leurs propres mots.',
    ar: 'ملاحظات منتظمة من المشاركين بكلماتهم الخاصة.',
  },
];

const headings = {
  context: { en: 'Context', fr: 'Contexte', ar: 'السياق' },
  how: { en: 'How it worked', fr: 'Déroulement', ar: 'كيف نُفِّذت الممارسة' },
  results: { en: 'Results', fr: 'Résultats', ar: 'النتائج' },
  challenges: { en: 'Challenges and lessons', fr: 'Difficultés et enseignements', ar: 'التحديات والدروس المستفادة' },
  needs: {
    en: 'What another city needs to replicate it',
    fr: 'Ce dont une autre ville a besoin pour la reproduire',
    ar: 'ما تحتاج إليه مدينة أخرى لتكرار التجربة',
  },
  related: { en: 'Related practices', fr: 'Pratiques liées', ar: 'ممارسات ذات صلة' },
  approach: { en: 'The approach in practice', fr: 'La démarche en pratique', ar: 'النهج في الممارسة' },
  decisions: { en: 'Decisions for you', fr: 'Les décisions qui vous reviennent', ar: 'قرارات بين يديك' },
} satisfies Record<string, L3>;

// ---------------------------------------------------------------------------------------------------
// Grammar helpers.

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const vowel = /^[aeiouyhàâéèêëîïôœûü]/i;
/** French "à" + noun phrase, with the contractions au, aux, à l’. */
function frA(np: string): string {
  if (np.startsWith('le ')) return `au ${np.slice(3)}`;
  if (np.startsWith('les ')) return `aux ${np.slice(4)}`;
  return `à ${np}`;
}
/** French "de" + noun phrase: du, des, de (for des), d’un, d’. */
function frDe(np: string): string {
  if (np.startsWith('le ')) return `du ${np.slice(3)}`;
  if (np.startsWith('les ')) return `des ${np.slice(4)}`;
  if (np.startsWith('des ')) return `de ${np.slice(4)}`;
  return vowel.test(np) ? `d’${np}` : `de ${np}`;
}
/** French preposition before a country name (au Maroc, en Égypte). */
const frCountryIn: Record<string, string> = {
  ma: 'au Maroc',
  lb: 'au Liban',
  eg: 'en Égypte',
  iq: 'en Irak',
  jo: 'en Jordanie',
  ly: 'en Libye',
  tn: 'en Tunisie',
};
const listJoin = (items: string[], lang: Locale) => joinList(lang, items);

const NOT_WORD = new Set([...'«»،؛؟’‘“”–—…']);
/**
 * Words as a reader counts them: whitespace-separated tokens with at least one letter or digit (list
 * markers, `##` and lone punctuation such as French « » are not words). A plain loop: the generator counts
 * words often, and a Unicode regular expression made it several times slower.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && !NOT_WORD.has(token[i]!))) {
        n++;
        break;
      }
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------
// The taxonomy and glossary of the content folder the synthetic entries join.

interface World {
  countries: [string, Country][];
  cities: [string, City][];
  themes: [string, Theme][];
  targetGroups: [string, TargetGroup][];
  glossary: [string, GlossaryTerm][];
  resources: string[];
}

function readWorld(contentDir: string): World {
  const map = <T>(name: string) => Object.entries((parse(readFileSync(join(contentDir, 'taxonomy', name), 'utf8')) ?? {}) as Record<string, T>);
  const dir = (name: string) =>
    existsSync(join(contentDir, name))
      ? readdirSync(join(contentDir, name))
          .filter((f) => f.endsWith('.yaml'))
          .sort()
      : [];
  return {
    countries: map<Country>('countries.yaml'),
    cities: map<City>('cities.yaml'),
    themes: map<Theme>('themes.yaml'),
    targetGroups: map<TargetGroup>('target-groups.yaml'),
    glossary: dir('glossary').map((f) => [f.slice(0, -5), parse(readFileSync(join(contentDir, 'glossary', f), 'utf8')) as GlossaryTerm]),
    resources: dir('resources').map((f) => f.slice(0, -5)),
  };
}

/** Where a practice happens, as "in X" in each language. */
interface Place {
  name: L3;
  in: L3;
}

interface SentenceContext {
  rng: Rng;
  place: Place;
  themes: L3[];
  groups: L3[];
  world: World;
  /** Prefix from a text to the glossary page: `../../` for practices, `../../../` for chapters. */
  up: string;
}

type Sentence = (c: SentenceContext) => L3;

const arVerb = (v: Verb, a: Actor) => (a.arF ? v.ar.f : v.ar.m);
const frHas = (a: Actor) => (a.plural ? 'ont' : 'a');

/** Arabic counted noun after a number ending 11-99 (the generator only draws such numbers): accusative singular. */
const count = (rng: Rng) => 100 * int(rng, 0, 9) + int(rng, 11, 99);

const sentences: Sentence[] = [
  ({ rng, place }) => {
    const a = pick(rng, actors),
      v = pick(rng, verbs),
      act = pick(rng, activities),
      t = pick(rng, times);
    return {
      en: `${cap(place.in.en)}, ${a.en} ${v.en} ${act.en} ${t.en}.`,
      fr: `${cap(place.in.fr)}, ${a.fr} ${frHas(a)} ${v.fr} ${act.fr} ${t.fr}.`,
      ar: `${place.in.ar}، ${arVerb(v, a)} ${a.ar} ${act.ar} ${t.ar}.`,
    };
  },
  ({ rng, place }) => {
    const o = pick(rng, outcomes);
    return {
      en: `The aim was to strengthen ${o.en} ${place.in.en}.`,
      fr: `L’objectif était de renforcer ${o.fr} ${place.in.fr}.`,
      ar: `وكان الهدف تعزيز ${o.ar} ${place.in.ar}.`,
    };
  },
  ({ rng }) => {
    const [a, b] = sample(rng, actors, 2) as [Actor, Actor];
    const n = count(rng),
      t = pick(rng, times);
    return {
      en: `${cap(a.en)} worked closely with ${b.en}, and ${n} people took part ${t.en}.`,
      fr: `${cap(a.fr)} ${frHas(a)} travaillé en étroite collaboration avec ${b.fr}, et ${n} personnes y ont pris part ${t.fr}.`,
      ar: `${a.arF ? 'وعملت' : 'وعمل'} ${a.ar} بالتعاون الوثيق مع ${b.ar}، وشارك في الأنشطة ${n} شخصًا ${t.ar}.`,
    };
  },
  ({ rng }) => {
    const o = pick(rng, outcomes);
    return {
      en: `Participants said the activities helped them see ${o.en} differently.`,
      fr: `Les participants ont indiqué que les activités les avaient aidés à voir ${o.fr} autrement.`,
      ar: `وأفاد المشاركون بأن الأنشطة ساعدتهم على النظر إلى ${o.ar} بطريقة مختلفة.`,
    };
  },
  ({ rng }) => {
    const f = pick(rng, funders),
      pct = int(rng, 15, 70);
    return {
      en: `Funding came from the municipal budget and from ${f.en}, which covered ${pct} per cent of the costs.`,
      fr: `Le financement provenait du budget municipal et ${frDe(f.fr)}, qui en a couvert ${pct} %.`,
      ar: `وجاء التمويل من ميزانية البلدية ومن ${f.ar} ${f.arWhich} ${pct}% من التكاليف.`,
    };
  },
  ({ rng }) => {
    const ch = pick(rng, challenges);
    return { en: `The team adapted its approach after ${ch.en}.`, fr: `L’équipe a adapté sa démarche après ${ch.fr}.`, ar: `وعدّل الفريق نهجه بعد ${ch.ar}.` };
  },
  ({ rng }) => {
    const tp = pick(rng, topics);
    return {
      en: `Before the activities began, local staff were trained in ${tp.en}.`,
      fr: `Avant le début des activités, le personnel local a été formé ${frA(tp.fr)}.`,
      ar: `وقبل انطلاق الأنشطة، تلقّى العاملون المحليون تدريبًا على ${tp.ar}.`,
    };
  },
  ({ rng }) => {
    const a = pick(rng, actors),
      f = pick(rng, frequencies);
    return {
      en: `A steering group that includes ${a.en} now meets ${f.en} to review progress and agree on next steps.`,
      fr: `Un comité de pilotage associant ${a.fr} se réunit désormais ${f.fr} pour faire le point et décider des prochaines étapes.`,
      ar: `وتجتمع لجنة توجيهية تضمّ ${a.ar} ${f.ar} لمراجعة التقدّم المُحرَز والاتفاق على الخطوات التالية.`,
    };
  },
  ({ rng }) => {
    const act = pick(rng, activities);
    return {
      en: `Other cities in the region have asked how ${act.en} could be replicated.`,
      fr: `D’autres villes de la région ont demandé comment reproduire ${act.fr}.`,
      ar: `وقد استفسرت مدن أخرى في المنطقة عن كيفية تكرار تجربة ${act.ar}.`,
    };
  },
  ({ rng, themes }) => {
    const th = pick(rng, themes);
    return {
      en: `The work is part of the hub’s theme “${th.en}”.`,
      fr: `Ce travail s’inscrit dans le thème « ${th.fr} » du Pôle.`,
      ar: `ويندرج هذا العمل ضمن محور «${th.ar}» في المركز.`,
    };
  },
  ({ rng, world, up }) => {
    const [slug, g] = pick(rng, world.glossary);
    const link = (l: Locale) => `[${l === 'ar' ? g.term.ar : g.term[l].toLocaleLowerCase(l)}](${up}glossary/#${slug})`;
    return {
      en: `The approach drew on the idea of ${link('en')}, as discussed at the hub’s workshops.`,
      fr: `La démarche s’appuyait sur la notion de ${link('fr')}, telle qu’elle a été discutée lors des ateliers du Pôle.`,
      ar: `واستند النهج إلى مفهوم ${link('ar')}، كما نوقش في ورش عمل المركز.`,
    };
  },
  ({ rng }) => {
    const o = pick(rng, outcomes),
      year = int(rng, 2018, 2025),
      pct = int(rng, 40, 90);
    return {
      en: `By the end of ${year}, ${pct} per cent of participants said they felt more confident about ${o.en}.`,
      fr: `Fin ${year}, ${pct} % des participants se disaient plus confiants quant ${frA(o.fr)}.`,
      ar: `وبحلول نهاية عام ${year}، قال ${pct}% من المشاركين إنهم باتوا أكثر ثقةً في ما يتعلق بـ${o.ar}.`,
    };
  },
  () => ({
    en: 'Monitoring relied on simple attendance records and short surveys after each session.',
    fr: 'Le suivi reposait sur de simples feuilles de présence et de courts questionnaires après chaque séance.',
    ar: 'واعتمدت المتابعة على سجلات حضور بسيطة واستبيانات قصيرة بعد كل جلسة.',
  }),
  ({ groups }) => ({
    en: `Representatives of the groups served (${listJoin(
      groups.map((g) => g.en.toLocaleLowerCase('en')),
      'en',
    )}) were consulted before each new phase.`,
    fr: `Des représentants des publics concernés (${listJoin(
      groups.map((g) => g.fr.toLocaleLowerCase('fr')),
      'fr',
    )}) ont été consultés avant chaque nouvelle phase.`,
    ar: `واستُشير ممثلون عن الفئات المستهدفة (${listJoin(
      groups.map((g) => g.ar),
      'ar',
    )}) قبل كل مرحلة جديدة.`,
  }),
  ({ rng }) => {
    const l = pick(rng, lessons);
    return { en: `One lesson stands out: ${l.en}.`, fr: `Une leçon se dégage : ${l.fr}.`, ar: `ويبرز درسٌ واحد: ${l.ar}.` };
  },
  ({ rng, place }) => {
    const act = pick(rng, activities),
      o = pick(rng, outcomes);
    return {
      en: `Residents ${place.in.en} often mention ${act.en} when they talk about ${o.en}.`,
      fr: `Les habitants, ${place.in.fr}, évoquent souvent ${act.fr} lorsqu’ils parlent ${frDe(o.fr)}.`,
      ar: `وكثيرًا ما يذكر السكان ${place.in.ar} ${act.ar} حين يتحدثون عن ${o.ar}.`,
    };
  },
];

/** Sentences into paragraphs of 2-4, in all three languages at once. */
function paragraphs(c: SentenceContext, sentenceCount: number): L3 {
  const out: Record<Locale, string[]> = { en: [], ar: [], fr: [] };
  let current: Record<Locale, string[]> = { en: [], ar: [], fr: [] };
  let size = int(c.rng, 2, 4);
  let previous: Sentence | undefined;
  for (let i = 0; i < sentenceCount; i++) {
    // Never the same template twice in a row.
    let template = pick(c.rng, sentences);
    while (template === previous) template = pick(c.rng, sentences);
    previous = template;
    const s = template(c);
    for (const l of localeCodes) current[l].push(s[l]);
    if (current.en.length >= size || i === sentenceCount - 1) {
      for (const l of localeCodes) out[l].push(current[l].join(' '));
      current = { en: [], ar: [], fr: [] };
      size = int(c.rng, 2, 4);
    }
  }
  return { en: out.en.join('\n\n'), ar: out.ar.join('\n\n'), fr: out.fr.join('\n\n') };
}

const mapL3 = (f: (l: Locale) => string): L3 => ({ en: f('en'), ar: f('ar'), fr: f('fr') });
const section = (heading: L3, body: L3): L3 => mapL3((l) => `## ${heading[l]}\n\n${body[l]}`);
const bullets = (items: L3[]): L3 => mapL3((l) => items.map((i) => `- ${i[l]}`).join('\n'));
const yamlString = (s: string) => JSON.stringify(s);

/** Text fields in the frontmatter, as a reader counts them with the body. */
function fileText(frontmatter: Record<string, string | number>, body: string): string {
  const head = Object.entries(frontmatter)
    .map(([k, v]) => `${k}: ${typeof v === 'number' ? v : yamlString(v)}`)
    .join('\n');
  return `---\n${head}\n---\n\n${body}\n`;
}

const WORDS_MIN = 520;
const WORDS_MAX = 780;

/**
 * A body in three languages between WORDS_MIN and WORDS_MAX words (with `extra`, the words of the
 * frontmatter) in every language: sections grow a sentence at a time until the shortest language is long
 * enough, and never past the point where the longest would exceed the limit.
 */
function growBody(c: SentenceContext, extra: Record<Locale, number>, build: (sizes: number[]) => L3, sizes: number[]): L3 {
  const words = (b: L3) => localeCodes.map((l) => countWords(b[l]) + extra[l]);
  let body = build(sizes);
  const target = int(c.rng, WORDS_MIN + 20, WORDS_MAX - 120);
  for (let round = 0; round < 200 && Math.min(...words(body)) < target; round++) {
    // Big steps while far from the target (a sentence is 12-25 words), single sentences near it.
    const step = Math.max(1, Math.floor((target - Math.min(...words(body))) / 40));
    const next = sizes.map(
      (n, k) => n + Math.floor(step / sizes.length) + (k === round % sizes.length ? step % sizes.length || (step < sizes.length ? 1 : 0) : 0),
    );
    const candidate = build(next);
    if (Math.max(...words(candidate)) > WORDS_MAX) break;
    sizes = next;
    body = candidate;
  }
  return body;
}

const wordsOf = (parts: L3[]): Record<Locale, number> => ({
  en: countWords(parts.map((p) => p.en).join(' ')),
  ar: countWords(parts.map((p) => p.ar).join(' ')),
  fr: countWords(parts.map((p) => p.fr).join(' ')),
});

interface PracticeDraft {
  slug: string;
  titles: L3;
  themes: string[];
}

function practiceFiles(rng: Rng, i: number, world: World, earlier: PracticeDraft[]): { draft: PracticeDraft; files: Record<string, string> } {
  // Facts: one or two countries, the city when the taxonomy has one there, one to three themes.
  const countries = sample(rng, world.countries, rng() < 0.85 ? 1 : 2);
  const citiesThere = world.cities.filter(([, c]) => countries.some(([cc]) => cc === c.country));
  const cities = citiesThere.length > 0 && rng() < 0.6 ? [pick(rng, citiesThere)] : [];
  const themes = sample(rng, world.themes, int(rng, 1, 3));
  const groups = sample(rng, world.targetGroups, int(rng, 1, 3));
  const act = pick(rng, activities);
  const place: Place = cities[0]
    ? { name: mapL3((l) => nameIn(cities[0]![1], l)), in: mapL3((l) => `${l === 'en' ? 'in' : l === 'fr' ? 'à' : 'في'} ${nameIn(cities[0]![1], l)}`) }
    : {
        name: countries[0]![1].name,
        in: {
          en: `in ${countries[0]![1].name.en}`,
          fr: frCountryIn[countries[0]![0]] ?? `en ${countries[0]![1].name.fr}`,
          ar: `في ${countries[0]![1].name.ar}`,
        },
      };
  const slugPlace = (cities[0]?.[0] ?? countries[0]![0]).replace(/[^a-z0-9]+/g, '-');
  const slug = `${slugPlace}-${themes[0]![0]}-${String(i + 1).padStart(5, '0')}`;
  const g0 = groups[0]![1].name;
  const titles: L3 = {
    en: `${place.name.en}: ${act.en} for ${g0.en.toLocaleLowerCase('en')}`,
    fr: `${place.name.fr} : ${act.fr.replace(/^(des|une|un) /, '')} pour ${g0.fr.toLocaleLowerCase('fr')}`,
    ar: `${place.name.ar}: ${act.ar} (${g0.ar})`,
  };
  const o = pick(rng, outcomes),
    o2 = pick(rng, outcomes);
  const a = pick(rng, actors),
    b = pick(
      rng,
      actors.filter((x) => x !== a),
    );
  const summary: L3 = {
    en: `${cap(a.en)} and ${b.en} ${place.in.en} set up ${act.en} to strengthen ${o.en}. The effort reached young and old alike and left lessons for other cities.`,
    fr: `${cap(a.fr)} et ${b.fr}, ${place.in.fr}, ont mis en place ${act.fr} pour renforcer ${o.fr}. L’action a touché toutes les générations et offre des enseignements à d’autres villes.`,
    ar: `أقامت ${a.ar} و${b.ar} ${place.in.ar} ${act.ar} لتعزيز ${o.ar}. وشملت الجهود الصغار والكبار، وقدّمت دروسًا لمدن أخرى.`,
  };
  // The schema allows 300 characters: a long summary keeps its first sentence only.
  for (const l of localeCodes) if (summary[l].length > 300) summary[l] = summary[l].slice(0, summary[l].indexOf('.') + 1);
  const goal: L3 = { en: `To strengthen ${o2.en}.`, fr: `Renforcer ${o2.fr}.`, ar: `تعزيز ${o2.ar}.` };
  const approach: L3 = {
    en: `A partnership between ${a.en} and ${b.en} that combined ${act.en} with regular follow-up.`,
    fr: `Un partenariat entre ${a.fr} et ${b.fr}, associant ${act.fr} à un suivi régulier.`,
    ar: `شراكة بين ${a.ar} و${b.ar} تجمع بين ${act.ar} والمتابعة المنتظمة.`,
  };
  const n = count(rng);
  const impact: L3 = {
    en: `About ${n} people took part; participants reported more confidence and new contacts with local services.`,
    fr: `Environ ${n} personnes y ont participé ; elles font état d’une confiance accrue et de nouveaux contacts avec les services locaux.`,
    ar: `شارك في المبادرة نحو ${n} شخصًا، وأفادوا بازدياد ثقتهم وبصلات جديدة مع الخدمات المحلية.`,
  };
  const related = earlier.length > 0 && rng() < 0.4 ? sample(rng, earlier.slice(-50), int(rng, 1, 2)) : [];

  const ctx: SentenceContext = {
    rng,
    place,
    themes: themes.map(([, t]) => t.name),
    groups: groups.map(([, g]) => g.name),
    world,
    up: '../../',
  };
  const needList = sample(rng, needs, int(rng, 4, 5));
  const lessonList = sample(rng, lessons, 2).map((lesson, k) => {
    const ch = challenges[(i + k) % challenges.length]!;
    return mapL3((l) => `**${cap(l === 'ar' ? ch.ar.replace(/\u064D/g, '') : ch[l])}.** ${cap(lesson[l])}.`);
  });
  // Each section's sentences are drawn from its own generator, so growing one section leaves the
  // others' wording unchanged and the result does not depend on how many rounds growing took.
  const seeds = [0, 1, 2].map(() => Math.floor(rng() * 2 ** 32));
  const build = (sizes: number[]): L3 => {
    const part = (k: number, count: number) => paragraphs({ ...ctx, rng: prng(seeds[k]!) }, count);
    const parts = [
      section(headings.context, part(0, sizes[0]!)),
      section(headings.how, part(1, sizes[1]!)),
      section(headings.results, part(2, sizes[2]!)),
      section(headings.challenges, bullets(lessonList)),
      section(headings.needs, bullets(needList)),
    ];
    if (related.length)
      parts.push(
        mapL3(
          (l) => `${headings.related[l]}: ${related.map((r) => `[${r.titles[l]}](../${r.slug}/)`).join(l === 'ar' ? ' و' : l === 'fr' ? ' et ' : ' and ')}.`,
        ),
      );
    return mapL3((l) => parts.map((p) => p[l]).join('\n\n'));
  };
  const body = growBody(ctx, wordsOf([titles, summary, goal, approach, impact]), build, [3, 4, 3]);

  const review = `${int(rng, 2022, 2026)}-${String(int(rng, 1, 10)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`;
  const start = int(rng, 2012, 2024);
  const original = rng() < 0.5 ? 'en' : rng() < 0.6 ? 'ar' : 'fr';
  const sources =
    rng() < 0.7 && world.resources.length > 0
      ? `  - resource: ${pick(rng, world.resources)}`
      : `  - { title: ${yamlString(`Programme report ${start}`)}, publisher: ${yamlString(`${place.name.en} municipality`)}, year: ${start + 1}, language: en }`;
  const yaml = [
    `# Synthetic practice written by scripts/lib/synthetic.ts (npm run bench).`,
    `countries: [${countries.map(([cc]) => cc).join(', ')}]`,
    `cities: [${cities.map(([c]) => c).join(', ')}]`,
    `scope: ${pick(rng, ['municipal', 'governorate', 'national', 'multi-country'])}`,
    `governance_levels: [${sample(rng, ['local', 'regional', 'national', 'international'], int(rng, 1, 2)).join(', ')}]`,
    `themes: [${themes.map(([t]) => t).join(', ')}]`,
    `target_groups: [${groups.map(([g]) => g).join(', ')}]`,
    `status: { value: ${pick(rng, ['planned', 'ongoing', 'completed', 'suspended', 'discontinued', 'unknown'])}, as_of: ${start + 1} }`,
    `start: ${start}`,
    `evidence: { level: ${pick(rng, ['0', '1', '2'])}, card: { effect: not-reported, mechanism: not-reported, context: not-reported, implementation: not-reported, cost: not-reported } }`,
    `transferability: { mandate: not-reported, partners: not-reported, staff: not-reported, budget: not-reported, time: not-reported, adaptation: not-reported }`,
    `risks: { stigmatisation: not-reported, securitisation: not-reported, data_protection: not-reported, safety: not-reported }`,
    `review: { level: compiled, date: ${review} }`,
    `sources:`,
    sources,
    `original_language: ${original}`,
    `related: [${related.map((r) => r.slug).join(', ')}]`,
    `lead_organisation: { name: { en: ${yamlString(cap(a.en))}, ar: ${yamlString(a.ar)}, fr: ${yamlString(cap(a.fr))} }, type: local-government }`,
    `partners:`,
    `  - { name: { en: ${yamlString(cap(b.en))}, ar: ${yamlString(b.ar)}, fr: ${yamlString(cap(b.fr))} }, type: civil-society }`,
    '',
  ].join('\n');

  const files: Record<string, string> = { [`practices/${slug}/practice.yaml`]: yaml };
  for (const l of localeCodes)
    files[`practices/${slug}/${l}.mdx`] = fileText({ title: titles[l], summary: summary[l], goal: goal[l], approach: approach[l], impact: impact[l] }, body[l]);
  return { draft: { slug, titles, themes: themes.map(([t]) => t) }, files };
}

const GUIDE = 'bench-guide';

/** One guide with a chapter per 50 practices (at least one), each citing a few practices. */
function guideFiles(rng: Rng, world: World, practices: PracticeDraft[]): Record<string, string> {
  const chapterCount = Math.max(1, Math.floor(practices.length / 50));
  const themes = sample(rng, world.themes, 3);
  const files: Record<string, string> = {
    [`guides/${GUIDE}/guide.yaml`]: `# Synthetic guide written by scripts/lib/synthetic.ts (npm run bench).\naudience: all\norder: 99\nthemes: [${themes.map(([t]) => t).join(', ')}]\nupdated: 2026-01-15\n`,
  };
  const ctxFor = (r: Rng, up: string): SentenceContext => ({
    rng: r,
    place: { name: { en: 'the region', fr: 'la région', ar: 'المنطقة' }, in: { en: 'across the region', fr: 'dans toute la région', ar: 'في أنحاء المنطقة' } },
    themes: themes.map(([, t]) => t.name),
    groups: sample(r, world.targetGroups, 2).map(([, g]) => g.name),
    world,
    up,
  });
  const intro = paragraphs(ctxFor(rng, '../../../'), 8);
  const introTitle: L3 = { en: 'Practices at scale', fr: 'Les pratiques à grande échelle', ar: 'الممارسات على نطاق واسع' };
  const introSummary: L3 = {
    en: 'A synthetic guide for the benchmark: chapters that draw on many practices from across the region.',
    fr: 'Un guide synthétique pour le banc d’essai : des chapitres qui s’appuient sur de nombreuses pratiques de la région.',
    ar: 'دليل اصطناعي لاختبار الأداء: فصول تستند إلى ممارسات عديدة من أنحاء المنطقة.',
  };
  for (const l of localeCodes) files[`guides/${GUIDE}/${l}/index.mdx`] = fileText({ title: introTitle[l], summary: introSummary[l] }, intro[l]);
  for (let k = 0; k < chapterCount; k++) {
    const chapter = `chapter-${String(k + 1).padStart(3, '0')}`;
    const th = pick(rng, themes)[1].name;
    const cited = sample(rng, practices, Math.min(3, practices.length));
    const title: L3 = { en: `${th.en}: lessons ${k + 1}`, fr: `${th.fr} : enseignements ${k + 1}`, ar: `${th.ar}: دروس ${k + 1}` };
    const summary: L3 = {
      en: `What cities learned about ${th.en.toLocaleLowerCase('en')}, drawn from the practices cited in this chapter.`,
      fr: `Ce que les villes ont appris en matière de « ${th.fr} », à partir des pratiques citées dans ce chapitre.`,
      ar: `ما تعلّمته المدن في مجال «${th.ar}»، استنادًا إلى الممارسات المذكورة في هذا الفصل.`,
    };
    const ctx = ctxFor(rng, '../../../');
    const seeds = [0, 1].map(() => Math.floor(rng() * 2 ** 32));
    const build = (sizes: number[]): L3 => {
      const part = (s: number, count: number) => paragraphs({ ...ctx, rng: prng(seeds[s]!) }, count);
      const examples = mapL3((l) => cited.map((p) => `- [${p.titles[l]}](../../../practices/${p.slug}/)`).join('\n'));
      return mapL3((l) => [section(headings.approach, part(0, sizes[0]!))[l], examples[l], section(headings.decisions, part(1, sizes[1]!))[l]].join('\n\n'));
    };
    const body = growBody(ctx, wordsOf([title, summary]), build, [5, 5]);
    for (const l of localeCodes) files[`guides/${GUIDE}/${l}/${chapter}.mdx`] = fileText({ title: title[l], summary: summary[l], order: k + 1 }, body[l]);
  }
  return files;
}

/** The real content's folders copied next to the synthetic entries, so every route and link exists. */
const COPIED = ['taxonomy', 'glossary', 'resources', 'pages', 'activities', 'guides', 'practices'];

/**
 * Writes a complete content folder into `outDir`: the real content of `from` (taxonomy, glossary,
 * resources, pages, activities, guides, practices) plus the synthetic practices and guide.
 */
export function writeSyntheticContent(outDir: string, from: string, options: SyntheticOptions): SyntheticSummary {
  mkdirSync(outDir, { recursive: true });
  for (const dir of COPIED) if (existsSync(join(from, dir))) cpSync(join(from, dir), join(outDir, dir), { recursive: true });
  const world = readWorld(from);
  const rng = prng(options.seed);
  const drafts: PracticeDraft[] = [];
  const words = Object.fromEntries(localeCodes.map((l) => [l, { min: Infinity, max: 0 }])) as SyntheticSummary['words'];
  let files = 0;
  const write = (rel: string, text: string) => {
    const full = join(outDir, rel);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    files++;
  };
  for (let i = 0; i < options.practices; i++) {
    const { draft, files: out } = practiceFiles(rng, i, world, drafts);
    drafts.push(draft);
    for (const [rel, text] of Object.entries(out)) {
      write(rel, text);
      const lang = new RegExp(`/(${localePattern})\\.mdx$`).exec(rel)?.[1] as Locale | undefined;
      if (lang) {
        const w = countWords(text.replace(/^---\n|^(title|summary|goal|approach|impact): /gm, ''));
        words[lang].min = Math.min(words[lang].min, w);
        words[lang].max = Math.max(words[lang].max, w);
      }
    }
  }
  const guide = guideFiles(rng, world, drafts);
  for (const [rel, text] of Object.entries(guide)) write(rel, text);
  return { practices: drafts.length, chapters: Math.max(1, Math.floor(drafts.length / 50)), files, words };
}
