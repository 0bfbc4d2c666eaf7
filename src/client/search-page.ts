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

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;

/** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069). */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Pages with every topic word first (Pagefind's own behaviour); when none has them all, pages with any
 * of them, best total score first, so a long question still finds its subject.
 */
async function matchAllOrAny(pf: Pagefind, terms: string[], filters: Record<string, { any: string[] }>): Promise<PagefindResponse | null> {
  const every = await pf.search(terms.length ? terms.join(' ') : null, { filters });
  if (!every || every.results.length > 0 || terms.length < 2) return every;
  const each = (await Promise.all(terms.map((t) => pf.search(t, { filters })))).filter((r): r is PagefindResponse => r !== null);
  const merged = new Map<string, PagefindResult>();
  for (const response of each)
    for (const r of response.results) {
      const seen = merged.get(r.id);
      merged.set(r.id, seen ? { ...seen, score: seen.score + r.score } : r);
    }
  const filterCounts: Record<string, Record<string, number>> = {};
  for (const response of each)
    for (const [g, values] of Object.entries(response.filters))
      for (const [v, n] of Object.entries(values)) (filterCounts[g] ??= {})[v] = Math.max(filterCounts[g]?.[v] ?? 0, n);
  return { results: [...merged.values()].sort((a, b) => b.score - a.score), filters: filterCounts };
}

/**
 * Counts beside each filter value: for a group with a choice made, what each value would give with the
 * other groups' choices (values in a group are alternatives); for other groups, the current results.
 */
async function facetCounts(pf: Pagefind, terms: string[], filters: Record<string, { any: string[] }>, response: PagefindResponse) {
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
  const configEl = document.getElementById('search-config');
  if (!form || !status || !list || !configEl) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as { pagefind: string; cacheTag: string; intl: string; messages: SearchMessages };
  const { messages: m, intl } = config;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const groups = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-group]')];
  // Dates as on every other page (formatDate in src/lib/i18n.ts): 16 March 2023, 16 mars 2023, 16 مارس 2023.
  const dateFormat = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;

  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ config.pagefind) as Promise<Pagefind>).then(async (pf) => {
      // A stable tag per build, so the saved offline copy of the index entry is found again.
      await pf.options({ baseUrl: '/', excerptLength: 0, metaCacheTag: config.cacheTag });
      return pf;
    }));

  /** The form's state ↔ the URL: `?q=…&country=ma&country=lb&theme=…`. */
  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);
  };
  const selected = () => {
    const filters: Record<string, { any: string[] }> = {};
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

  const card = (data: PagefindResultData, terms: string[]) => {
    const li = document.createElement('li');
    li.className = 'search-result';
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    const kind = document.createElement('span');
    kind.textContent = m.types[data.meta.type ?? ''] ?? '';
    meta.append(kind);
    const where = [
      data.meta.place,
      data.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date) ? dateFormat.format(new Date(`${data.meta.date}T00:00:00Z`)) : data.meta.date,
    ]
      .filter(Boolean)
      .join(' · ');
    if (where) {
      const span = document.createElement('span');
      span.textContent = where;
      meta.append(span);
    }
    const h = document.createElement('h2');
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
    status.dataset.state = 'busy';
    const query = input.value.trim();
    const folded = foldQuery(query);
    const filters = selected();
    if (!folded && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = m.prompt;
      try {
        const all = await (await load()).filters();
        if (mine === run) showCounts(all, all);
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
      const [response, all] = await Promise.all([matchAllOrAny(pf, terms, filters), pf.filters()]);
      if (mine !== run || !response) return;
      const [data, counts] = await Promise.all([
        Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => r.data())),
        facetCounts(pf, terms, filters, response),
      ]);
      if (mine !== run) return;
      list.replaceChildren(...data.map((d) => card(d, terms)));
      showCounts(counts, all);
      const n = response.results.length;
      // The templates isolate the query (U+2068 … U+2069, src/i18n/*/reader.json), so a Latin query reads whole in an
      // Arabic sentence and the reverse; direction controls typed into the query are dropped so it cannot undo that.
      status.textContent =
        n === 0 ? m.noResults : query ? plural(m.resultsFor, intl, n, { query: query.replace(bidiControls, '') }) : plural(m.results, intl, n);
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

  readUrl();
  if (Object.keys(selected()).length) form.querySelector('details')?.setAttribute('open', '');
  void search();
}
