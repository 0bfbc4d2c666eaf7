/**
 * Registers the service worker after the page has loaded (never competing with the first visit) and
 * tells the reader, in the page's language, when a new version of the site is ready. Pages read the
 * same where service workers are unavailable.
 */
import { Workbox } from 'workbox-window';

export function registerServiceWorker(): void {
  const src = document.documentElement.dataset.sw;
  if (!src || !('serviceWorker' in navigator)) return;
  const start = () => {
    const wb = new Workbox(src, { scope: new URL('.', new URL(src, location.href)).pathname });
    const notice = document.querySelector<HTMLElement>('[data-update-notice]');
    wb.addEventListener('waiting', () => {
      if (!notice) return;
      notice.hidden = false;
      notice.querySelector('button')?.addEventListener('click', () => {
        wb.addEventListener('controlling', () => location.reload());
        wb.messageSkipWaiting();
      });
    });
    // The saved-copy code (offline-panel.ts) listens for this to refresh what the reader saved.
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate) document.dispatchEvent(new CustomEvent('mena:sw-updated'));
    });
    void wb.register();
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
