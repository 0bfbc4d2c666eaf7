/** The offline page: lists this language's saved copies and the other pages the reader opened before. */
import type { Locale } from '../lib/locales.ts';
import type { OfflineMessages } from '../lib/offline-messages.ts';
import { fill, savedCopies } from './offline-store.ts';

export async function startOfflinePage(): Promise<void> {
  const configEl = document.getElementById('offline-page-config');
  const list = document.querySelector<HTMLElement>('[data-offline-list]');
  const none = document.querySelector<HTMLElement>('[data-offline-none]');
  const visited = document.querySelector<HTMLUListElement>('[data-offline-visited]');
  const visitedTitle = document.querySelector<HTMLElement>('[data-offline-visited-title]');
  if (!configEl || !list || !none || !visited || !visitedTitle) return;
  const { locale, prefix, pagesCache, messages: m } = JSON.parse(configEl.textContent ?? '{}') as { locale: string; prefix: string; pagesCache: string; messages: OfflineMessages };
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
    h2.textContent = copy.id === locale ? fill(m.savedLanguage, { language: m.languageNames[locale as Locale] ?? locale }) : fill(m.savedGuide, { title: copy.title ?? copy.id });
    const ul = document.createElement('ul');
    ul.className = 'link-list';
    for (const [url, title] of Object.entries(copy.titles ?? {})) {
      if (listed.has(url)) continue;
      listed.add(url);
      ul.append(link(url, title || url));
    }
    list.append(h2, ul);
  }
  if ('caches' in window) {
    const keys = await (await caches.open(pagesCache)).keys();
    for (const request of keys) {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(prefix) || listed.has(path) || path.endsWith('/offline/')) continue;
      listed.add(path);
      visited.append(link(path, path.slice(prefix.length).replace(/\/$/, '') || path));
    }
    visitedTitle.hidden = visited.children.length === 0;
  }
  none.hidden = listed.size > 0;
}
