/**
 * "Share…" buttons ([data-share]) open the device's share sheet with the page's title and address; they
 * stay hidden where the browser has no Web Share API (the plain share links beside them work everywhere).
 */
export function enableWebShare(): void {
  if (typeof navigator.share !== 'function') return;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const title = document.querySelector('main h1')?.textContent?.trim() ?? document.title;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      // A cancelled share sheet rejects with AbortError: nothing to tell the reader.
      navigator.share({ title, url: canonical }).catch(() => {});
    });
  }
}
