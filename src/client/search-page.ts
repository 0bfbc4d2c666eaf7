/**
 * The search page: a thin interface on Pagefind's JS API. Queries are folded exactly as the index was
 * (src/lib/search/normalize.ts), excerpts are cut from the original text, and the query and filters
 * live in the URL so a search can be shared and the back button restores it.
 */
import { foldQuery } from '../lib/search/normalize.ts';
import { excerpt } from '../lib/search/excerpt.ts';
import { topicWords } from '../lib/search/stopwords.ts';
import { plural } from './plural.ts';
import type { SearchMessages } from '../lib/search/filter-options.ts';
import { FEW_RESULTS, otherLocales, pageKey } from '../lib/search/cross-language.ts';
import type { Locale } from '../config/locales.ts';
import { matchAllOrAny, type Filters, type Pagefind, type PagefindModule, type PagefindResponse, type PagefindResultData } from './pagefind-search.ts';
import { otherLanguages } from './search-other-languages.ts';

const PAGE_SIZE = 20;

/** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Counts beside each filter value: for a group with a choice made, what each value would give with the
 * other groups' choices (values in a group are alternatives); for other groups, the current results.
 */
async function facetCounts(pf: Pagefind, terms: string[], filters: Filters, response: PagefindResponse) {
  const counts = { ...response.filters };
  await Promise.all(
    Object.keys(filters).map(async (group) => {
      const others = Object.fromEntries(Object.entries(filters).filter(([g]) => g !== group));
      const r = await matchAllOrAny(pf, terms, others);
      if (r?.filters[group]) counts[group] = r.filters[group];
    }),
  );
  return counts;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const other = document.querySelector<HTMLElement>('[data-search-other]');
  const configEl = document.getElementById('search-config');
  if (!form || !status || !list || !other || !configEl) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as {
    pagefind: string;
    cacheTag: string;
    lang: Locale;
    dirs: Record<Locale, 'ltr' | 'rtl'>;
    searchUrls: Record<Locale, string>;
    intl: string;
    messages: SearchMessages;
  };
  const { messages: m, intl } = config;
  const otherGroup = other.querySelector<HTMLElement>('[data-search-other-group]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const groups = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-group]')];
  const panel = form.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  // The counts beside the filters need every filter chunk of the index (1-2 kB, more as the site grows): a closed
  // panel shows none, so they are loaded when it is opened, keeping the first search's transfer small.
  let pendingCounts: (() => Promise<void>) | undefined;
  const countsNeeded = () => panel?.open === true || Object.keys(selected()).length > 0;
  // Dates as on every other page (formatDate in src/lib/i18n.ts): 16 March 2023, 16 mars 2023, 16 مارس 2023.
  const dateFormat = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  let pagefind: Promise<PagefindModule> | undefined;
  let run = 0;
  // A stable tag per build, so the saved offline copy of the index entry is found again.
  const pagefindOptions = { baseUrl: '/', excerptLength: 0, metaCacheTag: config.cacheTag };

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ config.pagefind) as Promise<PagefindModule>).then(async (pf) => {
      await pf.options(pagefindOptions);
      return pf;
    }));
  const searchOthers = otherLanguages(load, pagefindOptions);

  /** The form's state ↔ the URL: `?q=…&country=ma&country=lb&theme=…`. */
  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);
  };
  const selected = () => {
    const filters: Filters = {};
    for (const fs of groups) {
      const values = [...fs.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
      if (values.length) filters[fs.dataset.group!] = { any: values };
    }
    return filters;
  };
  const writeUrl = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [group, { any }] of Object.entries(selected())) for (const v of any) params.append(group, v);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  };

  const showCounts = (counts: Record<string, Record<string, number>>, all: Record<string, Record<string, number>>) => {
    for (const fs of groups) {
      const group = fs.dataset.group!;
      let visible = 0;
      for (const li of fs.querySelectorAll<HTMLLIElement>('li[data-option]')) {
        const value = li.dataset.option!;
        const box = li.querySelector('input')!;
        const exists = (all[group]?.[value] ?? 0) > 0;
        li.hidden = !exists && !box.checked;
        if (!li.hidden) visible++;
        li.querySelector('[data-count]')!.textContent = `(${new Intl.NumberFormat(intl).format(counts[group]?.[value] ?? 0)})`;
      }
      fs.hidden = visible === 0;
    }
  };

  /** A result card; `lang` is the result's language when it is not the page's (its group's cards). */
  const card = (data: PagefindResultData, terms: string[], lang?: Locale) => {
    const li = document.createElement('li');
    li.className = 'search-result';
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    const kind = document.createElement('span');
    kind.textContent = m.types[data.meta.type ?? ''] ?? '';
    meta.append(kind);
    const date = data.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date) ? dateFormat.format(new Date(`${data.meta.date}T00:00:00Z`)) : data.meta.date;
    const span = (text: string) => Object.assign(document.createElement('span'), { textContent: text });
    if (!lang) {
      const where = [data.meta.place, date].filter(Boolean).join(' · ');
      if (where) meta.append(span(where));
    } else {
      // The card's words and direction are the result's language's; its type and date are in the page's
      // language, each isolated in the card's line.
      li.lang = lang;
      li.dir = config.dirs[lang];
      Object.assign(kind, { lang: config.lang, dir: 'auto' });
      if (data.meta.place) meta.append(span(data.meta.place));
      if (date) meta.append(Object.assign(span(date), { lang: config.lang, dir: 'auto' }));
    }
    const h = document.createElement(lang ? 'h3' : 'h2');
    h.className = 'card-title';
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = data.meta.title ?? data.url;
    a.dir = 'auto'; // a Latin title inside an Arabic page (or the reverse) keeps its own direction
    h.append(a);
    const p = document.createElement('p');
    p.className = 'excerpt';
    for (const part of excerpt(data.meta.text ?? '', terms)) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        p.append(mark);
      } else p.append(part.text);
    }
    li.append(meta, h, p);
    return li;
  };

  const search = async () => {
    const mine = ++run;
    pendingCounts = undefined;
    status.dataset.state = 'busy';
    const query = input.value.trim();
    const folded = foldQuery(query);
    const filters = selected();
    other.hidden = true;
    otherGroup.replaceChildren();
    if (!folded && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = m.prompt;
      const counts = async () => {
        const all = await (await load()).filters();
        if (mine === run) showCounts(all, all);
      };
      try {
        if (countsNeeded()) await counts();
        else pendingCounts = counts;
      } catch {
        status.textContent = m.error;
      }
      if (mine === run) status.dataset.state = 'done';
      return;
    }
    status.textContent = m.loading;
    try {
      const pf = await load();
      const terms = topicWords(folded);
      const counts = async () => {
        // Asked again once every filter chunk is in, so that Pagefind counts the results of each filter value.
        const all = await pf.filters();
        const again = await matchAllOrAny(pf, terms, filters);
        const perValue = again && (await facetCounts(pf, terms, filters, again));
        if (mine === run && perValue) showCounts(perValue, all);
      };
      const response = await matchAllOrAny(pf, terms, filters);
      if (mine !== run || !response) return;
      // With the panel open, the counts load beside the results' fragments rather than after them.
      let countsShown: Promise<void> | undefined;
      if (countsNeeded()) countsShown = counts();
      else pendingCounts = counts;
      const data = await Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (mine !== run) return;
      list.replaceChildren(...data.map((d) => card(d, terms)));
      await countsShown;
      if (mine !== run) return;
      const n = response.results.length;
      // The templates isolate the query (U+2068 … U+2069, src/i18n/*/reader.json), so a Latin query reads whole in an
      // Arabic sentence and the reverse; direction controls typed into the query are dropped so it cannot undo that.
      const own = n === 0 ? m.noResults : query ? plural(m.resultsFor, intl, n, { query: query.replace(bidiControls, '') }) : plural(m.results, intl, n);
      status.textContent = own;
      if (n < FEW_RESULTS && terms.length > 0) {
        const seen = new Set(data.map((d) => pageKey(d.url, config.lang)));
        const found = await searchOthers(query, filters, otherLocales(config.lang, query), seen);
        if (mine !== run) return;
        if (found) {
          const { lang } = found;
          const h = document.createElement('h2');
          h.textContent = m.other.heading[lang];
          const ol = document.createElement('ol');
          ol.className = 'search-results';
          ol.append(...found.data.map((d) => card(d, found.terms, lang)));
          // The same search in that language, for more than the few shown here.
          const more = document.createElement('a');
          const params = new URLSearchParams(location.search);
          more.href = `${config.searchUrls[lang]}${params.size ? `?${params}` : ''}`;
          more.hreflang = lang;
          more.textContent = m.other.searchIn[lang];
          const p = document.createElement('p');
          p.append(more);
          otherGroup.dataset.lang = lang;
          otherGroup.replaceChildren(h, ol, p);
          other.hidden = false;
          status.textContent = `${own} ${m.other.found}`;
        }
      }
    } catch {
      status.textContent = m.error;
    }
    if (mine === run) status.dataset.state = 'done';
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    writeUrl();
    void search();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) {
      writeUrl();
      void search();
    }
  });
  form.querySelector('[data-search-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    for (const box of form.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    writeUrl();
    void search();
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void search();
  });

  panel?.addEventListener('toggle', () => {
    const counts = panel.open ? pendingCounts : undefined;
    pendingCounts = undefined;
    counts?.().catch(() => undefined);
  });
  readUrl();
  if (Object.keys(selected()).length) panel?.setAttribute('open', '');
  void search();
}
