/**
 * The compare page: reads the selection from the address (or, without one, from what the reader picked
 * while browsing), fetches each practice's rows and lays them out row by row. Every value is labelled
 * with its practice's title (the `dt`), so a phone reads the rows one under another and a screen reader
 * hears whose value it is; on a wide screen the titles head aligned columns instead.
 */
import type { ComparePractice, CompareValue } from '../lib/compare-view.ts';
import { parseSelection } from '../lib/compare-url.ts';
import { readSelection, writeSelection } from './compare-selection.ts';

interface Config {
  data: string;
  /** The locale table's number format for this page. */
  intl: string;
  max: number;
  groups: { group: string; heading: string; rows: { row: string; label: string }[] }[];
  messages: Record<'practice' | 'remove' | 'selected' | 'needTwo' | 'loading' | 'failed' | 'unknown' | 'partly', string>;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
};

export function startComparePage(): void {
  const found = document.querySelector<HTMLElement>('[data-compare-root]');
  const statusFound = document.querySelector<HTMLElement>('[data-compare-status]');
  const island = document.getElementById('compare-config');
  if (!found || !statusFound || !island) return;
  const [root, status] = [found, statusFound];
  const config = JSON.parse(island.textContent ?? '{}') as Config;
  const m = config.messages;
  const page = document.documentElement.lang;
  const numbers = new Intl.NumberFormat(config.intl);
  document.querySelector<HTMLElement>('[data-compare-nojs]')!.hidden = true;

  const fromAddress = new URLSearchParams(location.search).get('p');
  let selection = fromAddress === null ? readSelection() : parseSelection(fromAddress);
  const loaded = new Map<string, ComparePractice | 'unknown'>();

  const langOf = (lang: string | undefined) => (lang && lang !== page ? { lang, dir: 'auto' } : {});
  const value = (v: CompareValue | undefined): (Node | string)[] => {
    if (!v) return [];
    if (v.sources)
      return [
        el(
          'ul',
          { class: 'plain' },
          ...v.sources.map((s) =>
            el(
              'li',
              {},
              s.href ? el('a', { href: s.href, ...langOf(s.lang) }, s.title) : el('span', langOf(s.lang), s.title),
              s.detail ? ` · ${s.detail}` : '',
            ),
          ),
        ),
      ];
    if (v.state === 'not-reported') return [el('span', { class: 'not-reported' }, v.text ?? '')];
    return [...(v.state === 'partly-reported' ? [el('span', { class: 'state' }, m.partly), ' '] : []), el('span', langOf(v.lang), v.text ?? '')];
  };

  const render = () => {
    const shown = selection.map((s) => loaded.get(s)).filter((p): p is ComparePractice => typeof p === 'object');
    const unknown = selection.filter((s) => loaded.get(s) === 'unknown');
    const notes = [
      ...unknown.map((s) => m.unknown.replace('{{slug}}', s)),
      ...(shown.length < 2 ? [m.needTwo] : [m.selected.replace('{{count}}', numbers.format(shown.length)).replace('{{max}}', numbers.format(config.max))]),
    ];
    status.textContent = notes.join(' ');
    if (shown.length === 0) return root.replaceChildren();
    const title = (p: ComparePractice) => el('span', langOf(p.lang), p.title);
    const heads = el(
      'ul',
      { class: 'compare-heads', 'aria-label': m.practice },
      ...shown.map((p) => {
        const remove = el('button', { type: 'button', class: 'compare-remove' }, m.remove);
        remove.addEventListener('click', () => update(selection.filter((s) => s !== p.slug)));
        return el('li', {}, el('a', { href: p.href, class: 'compare-title' }, title(p)), remove);
      }),
    );
    const groups = config.groups.map(({ group, heading, rows }) =>
      el(
        'section',
        { class: 'compare-group', 'aria-labelledby': `compare-${group}` },
        el('h2', { id: `compare-${group}` }, heading),
        ...rows.map(({ row, label }) =>
          el(
            'div',
            { class: 'compare-row', 'data-row': row },
            ...(rows.length > 1 ? [el('h3', {}, label)] : []),
            el(
              'dl',
              {},
              ...shown.map((p) =>
                el('div', { 'data-state': p.values[row]?.state ?? 'reported' }, el('dt', {}, title(p)), el('dd', {}, ...value(p.values[row]))),
              ),
            ),
          ),
        ),
      ),
    );
    root.replaceChildren(el('div', { class: 'compare-grid', 'data-count': String(shown.length) }, heads, ...groups));
  };

  /** A new selection: into the address (so it can be shared), onto the device, then onto the page. */
  async function update(next: string[]) {
    selection = next;
    const url = new URL(location.href);
    if (selection.length > 0) url.searchParams.set('p', selection.join(','));
    else url.searchParams.delete('p');
    history.replaceState(null, '', url.pathname + url.search.replace(/%2C/g, ','));
    writeSelection(selection);
    const missing = selection.filter((s) => !loaded.has(s));
    if (missing.length > 0) {
      status.textContent = m.loading;
      try {
        await Promise.all(
          missing.map(async (slug) => {
            const res = await fetch(config.data.replace('{slug}', slug));
            if (res.status === 404) return void loaded.set(slug, 'unknown');
            if (!res.ok) throw new Error(`${res.status}`);
            loaded.set(slug, (await res.json()) as ComparePractice);
          }),
        );
      } catch {
        status.textContent = m.failed;
        return;
      }
    }
    render();
  }
  void update(selection);
}
