/**
 * Download links ([data-saved-download]) that also work from the offline copy. Chromium sends a plain
 * `download` link's request past the service worker, so with no connection it fails even when the file is
 * saved; a page's own fetch goes through the worker (network first, else the saved copy), and the file it
 * gets is handed to the browser as a download. Without a worker, without script, or if that fetch fails,
 * the link does what it says on its own.
 */
export function enableSavedDownloads(): void {
  if (!navigator.serviceWorker?.controller) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-saved-download]')) {
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      fetch(link.href)
        .then((response) => {
          if (!response.ok) throw new Error(String(response.status));
          return response.blob();
        })
        .then((blob) => {
          const url = URL.createObjectURL(blob);
          const save = Object.assign(document.createElement('a'), { href: url, download: link.pathname.split('/').pop() ?? '' });
          document.body.append(save);
          save.click();
          save.remove();
          // Long enough for the browser to have taken the file.
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
        })
        .catch(() => location.assign(link.href));
    });
  }
}
