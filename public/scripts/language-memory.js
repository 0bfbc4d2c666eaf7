// Remembers the reader's language and, on the language chooser, takes a returning reader straight to it.
// Progressive enhancement only: every page reads the same without this file.
const KEY = 'mena-hub:locale';
const root = document.documentElement;
const store = {
  get: () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set: (v) => {
    try {
      localStorage.setItem(KEY, v);
    } catch {
      /* storage may be disabled */
    }
  },
};

const chooser = document.querySelector('[data-language-chooser]');
if (chooser) {
  const saved = store.get();
  const link = saved && chooser.querySelector(`a[data-remember-locale="${CSS.escape(saved)}"]`);
  // `?choose` lets a reader reach the chooser on purpose.
  if (link && !new URLSearchParams(location.search).has('choose')) location.replace(link.href);
} else if (root.dataset.locale) {
  const saved = store.get();
  // The installed app starts at `/{lang}/?app`: open it in the language the reader used last.
  if (new URLSearchParams(location.search).has('app') && saved && saved !== root.dataset.locale) {
    const other = document.querySelector(`link[rel="alternate"][hreflang="${CSS.escape(saved)}"]`);
    if (other) location.replace(other.href);
  } else {
    store.set(root.dataset.locale);
  }
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a[data-remember-locale]');
  if (link) store.set(link.getAttribute('data-remember-locale'));
});
