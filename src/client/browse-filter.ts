/**
 * Narrows the practices list in place: OR within a group, AND across groups; the choice lives in the URL
 * (`?country=ma&theme=youth-engagement`), so it can be shared and the back button restores it.
 */
import { plural } from './plural.ts';

export function startBrowseFilters(): void {
  const panel = document.querySelector<HTMLDetailsElement>('[data-browse-filters]');
  const form = panel?.querySelector('form');
  const show = panel?.querySelector<HTMLElement>('[data-browse-show]');
  const cards = [...document.querySelectorAll<HTMLElement>('[data-browse-card]')];
  const count = document.querySelector<HTMLElement>('[data-browse-count]');
  const configEl = document.getElementById('browse-config');
  if (!panel || !form || !count || !configEl) return;
  const { forms, showForms, intl } = JSON.parse(configEl.textContent ?? '{}') as {
    forms: Record<string, string>;
    showForms: Record<string, string>;
    intl: string;
  };
  panel.hidden = false;
  // Open beside the list on wide screens; on phones a tap opens it, and "Show N" closes it at the results.
  panel.open = matchMedia('(min-width: 48rem)').matches;
  show?.addEventListener('click', () => {
    if (!matchMedia('(min-width: 48rem)').matches) panel.open = false;
  });
  // The static links say the same as the filters; with the filters working, keep the page short.
  document.querySelector<HTMLElement>('[data-browse-links]')?.setAttribute('hidden', '');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  const apply = () => {
    const chosen = new Map<string, string[]>();
    for (const b of boxes) if (b.checked) chosen.set(b.name, [...(chosen.get(b.name) ?? []), b.value]);
    let shown = 0;
    for (const card of cards) {
      const ok = [...chosen].every(([group, values]) => (card.dataset[group] ?? '').split(' ').some((v) => values.includes(v)));
      card.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = plural(forms, intl, shown);
    if (show) show.textContent = plural(showForms, intl, shown);
  };
  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const b of boxes) b.checked = params.getAll(b.name).includes(b.value);
    apply();
  };
  form.addEventListener('change', () => {
    const params = new URLSearchParams();
    for (const b of boxes) if (b.checked) params.append(b.name, b.value);
    history.pushState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    apply();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.querySelector('[data-browse-clear]')?.addEventListener('click', (e) => {
    e.preventDefault();
    for (const b of boxes) b.checked = false;
    history.pushState(null, '', location.pathname);
    apply();
  });
  window.addEventListener('popstate', readUrl);
  readUrl();
}
