/**
 * The proposal form (/{l}/contribute/propose/): reads the answers, checks them and writes the files with
 * src/lib/scaffold (the module behind `npm run new`, so both produce the same bytes), shows each problem
 * next to its field and in a summary, and keeps the draft in localStorage. Everything it needs is in the
 * page's JSON config: no network request.
 */
import './zod-jitless.ts'; // before any module that builds a zod schema
import { emptyCity, emptyPractice, newCityUsed, scaffoldPractice } from '../lib/scaffold/practice.ts';
import { issueMessage } from '../lib/scaffold/messages.ts';
import { fill, oneLine, suggestSlug, todayIso } from '../lib/scaffold/write.ts';
import type { OrganisationAnswer, DocumentAnswer, PracticeAnswers, ScaffoldFile, ScaffoldIssue } from '../lib/scaffold/types.ts';
import { localeCodes, type Locale } from '../config/locales.ts';
import { fieldId, proposeConfigId } from '../lib/scaffold/field-id.ts';
import type { ProposeConfig } from '../lib/propose-view.ts';

/** One draft per browser, whichever language the form is shown in. */
export const draftKey = 'mena-hub:propose-draft:v1';

const textKeys = [
  'slug',
  'title',
  'summary',
  'goal',
  'approach',
  'impact',
  'start',
  'asOf',
  'scope',
  'status',
  'evidence',
  'context',
  'cooperation',
  'lessons',
  'replicate',
] as const;
const listKeys = ['countries', 'cities', 'levels', 'themes', 'targetGroups', 'resources', 'related'] as const;
const rowFields = { documents: ['title', 'publisher', 'year', 'url'], partners: ['name', 'type'] } as const;
type RowGroup = keyof typeof rowFields;

export function startProposeForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-propose-form]');
  const configEl = document.getElementById(proposeConfigId);
  if (!form || !configEl) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as ProposeConfig;
  const { strings } = config;
  const summary = document.querySelector<HTMLElement>('[data-error-summary]')!;
  const errorList = summary.querySelector<HTMLElement>('[data-error-list]')!;
  const filesSection = document.querySelector<HTMLElement>('[data-files]')!;
  const fileList = filesSection.querySelector<HTMLElement>('[data-file-list]')!;
  const sendSection = document.querySelector<HTMLElement>('[data-send]')!;
  const status = document.querySelector<HTMLElement>('[data-propose-status]');
  const newCityDetails = form.querySelector<HTMLDetailsElement>('[data-new-city]');
  let blobUrls: string[] = [];
  let live = false;

  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  const value = (name: string) => control(name)?.value ?? '';
  const setValue = (name: string, v: string) => {
    const el = control(name);
    if (el) el.value = v;
  };
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`)];

  /* Repeated groups (documents, partners) ------------------------------------------------------------ */

  const group = (name: RowGroup) => form.querySelector<HTMLElement>(`[data-repeat="${name}"]`)!;
  const rowCount = (name: RowGroup) => group(name).querySelectorAll('[data-rows] > fieldset').length;
  const readRows = <G extends RowGroup>(name: G) =>
    Array.from({ length: rowCount(name) }, (_, i) => Object.fromEntries(rowFields[name].map((k) => [k, value(`${name}.${i}.${k}`)])));

  function renderRows(name: RowGroup, rows: readonly Record<string, string>[]) {
    const container = group(name).querySelector<HTMLElement>('[data-rows]')!;
    const template = group(name).querySelector<HTMLTemplateElement>('template[data-row]')!;
    container.replaceChildren();
    rows.forEach((row, i) => {
      const fragment = template.content.cloneNode(true) as DocumentFragment;
      for (const el of fragment.querySelectorAll<HTMLElement>('[id], [for], [name], [aria-describedby]'))
        for (const attr of ['id', 'for', 'name', 'aria-describedby']) {
          const v = el.getAttribute(attr);
          if (v?.includes('__N__')) el.setAttribute(attr, v.replaceAll('__N__', String(i)));
        }
      fragment.querySelector('[data-legend]')!.textContent = fill(name === 'documents' ? strings.documentN : strings.partnerN, { n: i + 1 });
      fragment.querySelector('[data-remove]')!.addEventListener('click', () => {
        const current = readRows(name);
        current.splice(i, 1);
        renderRows(name, current);
        changed();
        group(name).querySelector<HTMLElement>('[data-add]')!.focus();
      });
      container.append(fragment);
      for (const k of rowFields[name]) setValue(`${name}.${i}.${k}`, row[k] ?? '');
    });
    textDirection();
  }

  for (const name of Object.keys(rowFields) as RowGroup[]) {
    group(name)
      .querySelector('[data-add]')!
      .addEventListener('click', () => {
        renderRows(name, [...readRows(name), {}]);
        control(`${name}.${rowCount(name) - 1}.${rowFields[name][0]}`)?.focus();
        changed();
      });
  }

  /* Answers ⇄ form ---------------------------------------------------------------------------------- */

  function read(): PracticeAnswers {
    const a = emptyPractice();
    a.lang = value('lang') as Locale;
    for (const k of textKeys) a[k] = value(k);
    for (const k of listKeys)
      a[k] = boxes(k)
        .filter((b) => b.checked)
        .map((b) => b.value);
    a.documents = readRows('documents') as unknown as DocumentAnswer[];
    a.partners = readRows('partners') as unknown as OrganisationAnswer[];
    a.lead = { name: value('lead.name'), type: value('lead.type') };
    a.newCity = {
      slug: value('newCity.slug'),
      country: value('newCity.country'),
      lat: value('newCity.lat'),
      lon: value('newCity.lon'),
      name: Object.fromEntries(localeCodes.map((l) => [l, value(`newCity.name.${l}`)])) as Record<Locale, string>,
    };
    return a;
  }

  function write(a: PracticeAnswers) {
    setValue('lang', a.lang || config.ui);
    for (const k of textKeys) setValue(k, a[k] ?? '');
    for (const k of listKeys) for (const b of boxes(k)) b.checked = (a[k] ?? []).includes(b.value);
    setValue('lead.name', a.lead?.name ?? '');
    setValue('lead.type', a.lead?.type ?? '');
    const city = { ...emptyCity(), ...a.newCity, name: { ...emptyCity().name, ...a.newCity?.name } };
    for (const k of ['slug', 'country', 'lat', 'lon'] as const) setValue(`newCity.${k}`, city[k]);
    for (const l of localeCodes) setValue(`newCity.name.${l}`, city.name[l]);
    if (newCityDetails) newCityDetails.open = newCityUsed(city);
    renderRows('documents', a.documents?.length ? (a.documents as unknown as Record<string, string>[]) : [{}]);
    renderRows('partners', (a.partners ?? []) as unknown as Record<string, string>[]);
  }

  /* Draft -------------------------------------------------------------------------------------------- */

  const save = () => {
    try {
      localStorage.setItem(draftKey, JSON.stringify(read()));
    } catch {
      // Storage may be off (private browsing, full): the form still works, only without a draft.
    }
  };
  function restore(): boolean {
    let draft: Partial<PracticeAnswers> | undefined;
    try {
      draft = JSON.parse(localStorage.getItem(draftKey) ?? 'null') ?? undefined;
    } catch {
      draft = undefined;
    }
    write({ ...emptyPractice(), ...(draft ?? {}) });
    return draft !== undefined;
  }

  /* Helpers while typing ----------------------------------------------------------------------------- */

  /** Texts are typed in the text's language: lang and direction follow the language chosen. */
  function textDirection() {
    const lang = value('lang') as Locale;
    if (!config.dirs[lang]) return;
    for (const el of form!.querySelectorAll<HTMLElement>('[data-text]')) {
      el.lang = lang;
      el.dir = config.dirs[lang];
    }
  }

  const counter = document.querySelector<HTMLElement>('[data-counter="summary"]');
  const count = () => {
    if (counter) counter.textContent = fill(strings.counter, { n: oneLine(value('summary')).length, max: counter.dataset.max ?? '' });
  };

  /** The slug follows a Latin-script title until the contributor writes their own. */
  const slug = control('slug') as HTMLInputElement;
  let suggested = '';
  const suggest = () => {
    if (slug.value && slug.value !== suggested) return;
    suggested = suggestSlug(value('title'));
    slug.value = suggested;
  };
  /** The same for a new city's short name, from its English or French name. */
  const citySlug = control('newCity.slug') as HTMLInputElement | null;
  let citySuggested = '';
  const suggestCity = () => {
    if (!citySlug || (citySlug.value && citySlug.value !== citySuggested)) return;
    citySuggested = suggestSlug(value('newCity.name.en') || value('newCity.name.fr'));
    citySlug.value = citySuggested;
  };

  /** Ticking a city ticks its country, so the two agree; a new city is in the practice's country until told otherwise. */
  form.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const ticked = boxes('countries').filter((b) => b.checked);
    if (box.name === 'countries' && ticked.length === 1 && !value('newCity.country')) setValue('newCity.country', ticked[0]!.value);
    if (box.name !== 'cities' || !box.checked) return;
    const country = boxes('countries').find((b) => b.value === config.ctx.cities[box.value]);
    if (country) country.checked = true;
  });

  /* Problems ----------------------------------------------------------------------------------------- */

  const labelOf = (el: HTMLElement | null): string => {
    if (!el) return '';
    const source = el instanceof HTMLFieldSetElement ? el.querySelector('legend') : form!.querySelector(`label[for="${el.id}"]`);
    return (source?.textContent ?? '').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  };

  function clearProblems() {
    for (const el of form!.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    for (const el of form!.querySelectorAll<HTMLElement>('.field-error')) {
      el.hidden = true;
      el.textContent = '';
    }
  }

  function showProblems(issues: readonly ScaffoldIssue[], focus: boolean) {
    clearProblems();
    errorList.replaceChildren();
    const shown = new Set<string>();
    // In the order of the form, so the summary reads top to bottom like the page.
    const position = (i: ScaffoldIssue) => {
      const el = document.getElementById(fieldId(i.answer));
      return el ? [...form!.querySelectorAll('[id]')].indexOf(el) : Number.MAX_SAFE_INTEGER;
    };
    const ordered = [...issues]
      .map((i) => ({ i, at: position(i) }))
      .sort((a, b) => a.at - b.at)
      .map(({ i }) => i);
    for (const issue of ordered) {
      const { country } = issue.params;
      const params = typeof country === 'string' && country ? { ...issue.params, country: config.countryNames[country] ?? country } : issue.params;
      const message = issueMessage({ ...issue, params }, config.messages);
      const field = document.getElementById(fieldId(issue.answer));
      const target = field instanceof HTMLFieldSetElement ? field.querySelector<HTMLElement>('input') : field;
      const error = document.getElementById(`${fieldId(issue.answer)}-error`);
      // A problem inside a closed part of the form (the new city) opens it, so the field can be seen.
      const closed = field?.closest('details');
      if (closed) closed.open = true;
      if (field instanceof HTMLFieldSetElement) for (const b of field.querySelectorAll('input')) b.setAttribute('aria-invalid', 'true');
      else field?.setAttribute('aria-invalid', 'true');
      if (error && !shown.has(`${issue.answer} ${message}`)) {
        error.textContent = error.textContent ? `${error.textContent} ${message}` : message;
        error.hidden = false;
      }
      if (shown.has(`${issue.answer} ${message}`)) continue;
      shown.add(`${issue.answer} ${message}`);
      const link = document.createElement('a');
      link.href = `#${target?.id ?? form!.id}`;
      const name = labelOf(field);
      link.textContent = name ? fill(strings.errorItem, { label: name, message }) : message;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        target?.focus();
        target?.scrollIntoView({ block: 'center' });
      });
      const item = document.createElement('li');
      item.append(link);
      errorList.append(item);
    }
    summary.hidden = false;
    if (focus) summary.focus();
  }

  /* Files -------------------------------------------------------------------------------------------- */

  async function present(files: readonly ScaffoldFile[], title: string) {
    const { filePreview } = await import('./file-preview.ts');
    showFiles(files, filePreview);
    const { sendProposal } = await import('./propose-send.ts');
    await sendProposal(files, title, config);
  }

  function showFiles(files: readonly ScaffoldFile[], filePreview: (content: string) => HTMLElement) {
    for (const url of blobUrls) URL.revokeObjectURL(url);
    blobUrls = [];
    fileList.replaceChildren();
    files.forEach((file, i) => {
      const name = file.path.split('/').pop()!;
      const article = document.createElement('article');
      article.className = 'propose-file';
      article.dataset.filePath = file.path;
      const heading = document.createElement('h3');
      heading.id = `file-${i}`;
      const code = document.createElement('bdi');
      code.dir = 'ltr';
      code.className = 'path';
      code.textContent = `content/${file.path}`;
      // Lines added to a file that exists (a new city) are not a file of their own.
      heading.append(...(file.append ? [`${strings.appendTo} `, code] : [code]));
      const area = filePreview(file.content);
      area.setAttribute('aria-labelledby', heading.id);
      const actions = document.createElement('p');
      actions.className = 'file-actions';
      const url = URL.createObjectURL(new Blob([file.content], { type: `${name.endsWith('.yaml') ? 'text/yaml' : 'text/markdown'};charset=utf-8` }));
      blobUrls.push(url);
      const download = document.createElement('a');
      download.className = 'button';
      download.href = url;
      download.download = name;
      download.dataset.download = file.path;
      download.textContent = fill(strings.download, { file: name });
      if (!file.append) actions.append(download);
      article.append(heading, area, actions);
      fileList.append(article);
    });
    filesSection.hidden = false;
    filesSection.querySelector<HTMLElement>('h2')?.focus();
  }

  /* Wiring ------------------------------------------------------------------------------------------- */

  const check = () => scaffoldPractice(read(), config.ctx, { ui: config.ui, today: todayIso(), text: config.text });

  function changed() {
    save();
    count();
    filesSection.hidden = true; // the files shown no longer match the answers
    sendSection.hidden = true;
    if (live) {
      const result = check();
      if (result.ok) {
        clearProblems();
        summary.hidden = true;
      } else showProblems(result.issues, false);
    }
  }

  form.addEventListener('input', (e) => {
    const target = e.target as HTMLElement;
    if (target === control('title')) suggest();
    if (target === control('newCity.name.en') || target === control('newCity.name.fr')) suggestCity();
    if (target === control('lang')) textDirection();
    changed();
  });
  form.addEventListener('change', changed);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const result = check();
    if (!result.ok) {
      live = true;
      filesSection.hidden = true;
      sendSection.hidden = true;
      showProblems(result.issues, true);
      return;
    }
    clearProblems();
    summary.hidden = true;
    // The previews and the send step (issue link, archive) load once there are files to show: the form's first
    // load stays small (budgets.proposeJs); both modules are precached for offline use with the rest of _astro/.
    void present(result.files, value('title'));
  });

  form.querySelector('[data-clear]')?.addEventListener('click', () => {
    if (!window.confirm(strings.clearConfirm)) return;
    try {
      localStorage.removeItem(draftKey);
    } catch {
      // nothing stored
    }
    live = false;
    write(emptyPractice());
    clearProblems();
    summary.hidden = true;
    filesSection.hidden = true;
    sendSection.hidden = true;
    suggested = '';
    citySuggested = '';
    count();
    textDirection();
  });

  if (restore() && status) status.textContent = strings.draftRestored;
  suggested = slug.value === suggestSlug(value('title')) ? slug.value : '';
  citySuggested = citySlug && citySlug.value === suggestSlug(value('newCity.name.en') || value('newCity.name.fr')) ? citySlug.value : '';
  textDirection();
  count();
  form.dataset.ready = 'true';
}
