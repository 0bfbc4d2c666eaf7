/** The offline page: lists this language's saved copies and the other pages the reader opened before. */
import type { Locale } from '../config/locales.ts';
import type { OfflineMessages } from '../lib/offline-messages.ts';
import { fill, savedCopies } from './offline-store.ts';

export async function startOfflinePage(): Promise<void> {
  const configEl = document.getElementById('offline-page-config');
  const list = document.querySelector<HTMLElement>('[data-offline-list]');
  const none = document.querySelector<HTMLElement>('[data-offline-none]');
  const visited = document.querySelector<HTMLUListElement>('[data-offline-visited]');
  const visitedTitle = document.querySelector<HTMLElement>('[data-offline-visited-title]');
  if (!configEl || !list || !none || !visited || !visitedTitle) return;
  const {
    locale,
    prefix,
    searchPath,
    pagesCache,
    messages: m,
  } = JSON.parse(configEl.textContent ?? '{}') as { locale: string; prefix: string; searchPath: string; pagesCache: string; messages: OfflineMessages };
  // The service worker shows this page at the address that was asked for: a search keeps its words.
  const query = location.pathname === searchPath ? new URLSearchParams(location.search).get('q') : null;
  const search = document.querySelector<HTMLElement>('[data-offline-search]');
  if (search && query) {
    search.hidden = false;
    search.querySelector('[data-offline-search-query]')!.textContent = fill(m.yourSearch, { query: query.replace(/[\u202a-\u202e\u2066-\u2069]/g, '') });
    search.querySelector<HTMLInputElement>('input[name=q]')!.value = query;
  }
  /** A page's name as a reader knows it; a guide's print page says that it is one. */
  const named = (url: string, title: string) => (url.endsWith('/print/') ? fill(m.printVersion, { title }) : title);
  const link = (href: string, text: string) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    li.append(a);
    return li;
  };
  const copies = Object.values(savedCopies()).filter((c) => c.id === locale || c.id.startsWith(`${locale}:`));
  const listed = new Set<string>();
  for (const copy of copies) {
    const h2 = document.createElement('h2');
    h2.textContent =
      copy.id === locale
        ? fill(m.savedLanguage, { language: m.languageNames[locale as Locale] ?? locale })
        : fill(m.savedGuide, { title: copy.title ?? copy.id });
    const ul = document.createElement('ul');
    ul.className = 'link-list';
    for (const [url, title] of Object.entries(copy.titles ?? {})) {
      if (listed.has(url)) continue;
      listed.add(url);
      ul.append(link(url, named(url, title || url)));
    }
    list.append(h2, ul);
  }
  if ('caches' in window) {
    const cache = await caches.open(pagesCache);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(prefix) || listed.has(path) || path.endsWith('/offline/')) continue;
      listed.add(path);
      // The title of the saved page itself, rather than its address.
      const html = (await (await cache.match(request))?.text()) ?? '';
      const title = new DOMParser().parseFromString(html, 'text/html').querySelector('main h1')?.textContent?.trim();
      visited.append(link(path, named(path, title || path.slice(prefix.length).replace(/\/$/, '') || path)));
    }
    visitedTitle.hidden = visited.children.length === 0;
  }
  none.hidden = listed.size > 0;
  list.dataset.state = 'done'; // for tests and assistive tools: the lists are complete
}
