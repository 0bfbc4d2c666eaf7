/**
 * The "Make available offline" panel: shows the size first, saves with a progress bar that can be
 * cancelled, then says when the copy was saved and offers to update (after a new build) or remove it.
 */
import type { OfflineManifest } from '../lib/offline-config.ts';
import type { OfflineMessages } from '../lib/offline-messages.ts';
import { cacheFor, fill, forget, formatBytes, savedCopies, writeSavedCopies } from './offline-store.ts';

interface PanelConfig {
  id: string;
  locale: string;
  guide?: string;
  title: string;
  manifest: string;
  messages: OfflineMessages;
}

const PARALLEL = 4;

function setupPanel(panel: HTMLElement): void {
  const config = JSON.parse(panel.querySelector('[data-offline-config]')?.textContent ?? '{}') as PanelConfig;
  const m = config.messages;
  const el = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[data-offline-${name}]`)!;
  const [save, update, cancel, remove, progress, status, size] = [
    el<HTMLButtonElement>('save'),
    el<HTMLButtonElement>('update'),
    el<HTMLButtonElement>('cancel'),
    el<HTMLButtonElement>('remove'),
    el<HTMLProgressElement>('progress'),
    el('status'),
    el('size'),
  ];
  let manifest: OfflineManifest | undefined;
  let controller: AbortController | undefined;
  /** Still fetching the list of files: a tap now is remembered and acted on when it arrives. */
  let loading = true;
  let pending = false;

  const files = () => (manifest ? (config.guide ? (manifest.guides[config.guide]?.files ?? []) : manifest.files) : []);
  const show = () => {
    const copy = savedCopies()[config.id];
    const busy = controller !== undefined;
    save.hidden = busy || Boolean(copy);
    cancel.hidden = !busy;
    remove.hidden = busy || !copy;
    update.hidden = busy || !copy || !manifest || copy.version === manifest.version;
    progress.hidden = !busy;
    // Once saved, the panel shrinks to its status line and buttons (CSS: .offline-panel.is-saved).
    panel.classList.toggle('is-saved', !busy && Boolean(copy));
    const total = files().reduce((s, f) => s + f.bytes, 0);
    size.textContent = manifest && !copy ? fill(m.size, { size: formatBytes(total, m.intl) }) : '';
    if (!busy && copy) {
      const date = new Intl.DateTimeFormat(m.intl, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(copy.savedAt));
      status.textContent = `${fill(m.savedOn, { date, size: formatBytes(copy.bytes, m.intl) })}${update.hidden ? '' : ` ${m.outdated}`}`;
    }
  };

  const run = async () => {
    if (!manifest) {
      // Never a tap without an answer: wait for the list if it is coming, say so if it failed.
      pending = loading;
      status.textContent = loading ? m.preparing : m.failed;
      return;
    }
    const list = files();
    const previous = savedCopies()[config.id];
    controller = new AbortController();
    const { signal } = controller;
    const written: string[] = [];
    let done = 0;
    progress.max = list.length;
    progress.value = 0;
    show();
    const queue = [...list];
    const worker = async () => {
      for (let f = queue.shift(); f && !signal.aborted; f = queue.shift()) {
        const response = await fetch(f.url, { signal, cache: 'no-cache' });
        if (!response.ok) throw new Error(`${response.status} ${f.url}`);
        await (await caches.open(cacheFor(f.url))).put(f.url, response);
        written.push(f.url);
        progress.value = ++done;
        status.textContent = fill(m.downloading, { done: String(done), total: String(list.length) });
      }
    };
    try {
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
      const copies = savedCopies();
      const titles = Object.fromEntries(list.filter((f) => manifest!.titles[f.url]).map((f) => [f.url, manifest!.titles[f.url]!]));
      copies[config.id] = {
        id: config.id,
        version: manifest.version,
        savedAt: new Date().toISOString(),
        bytes: list.reduce((s, f) => s + f.bytes, 0),
        urls: list.map((f) => f.url),
        title: config.title,
        titles,
      };
      writeSavedCopies(copies);
      // Files of the previous build that the new one no longer has.
      if (previous)
        await forget(
          previous.urls.filter((u) => !copies[config.id]!.urls.includes(u)),
          copies,
        );
      controller = undefined;
      show();
    } catch (error) {
      controller = undefined;
      // Keep nothing half-saved that an earlier complete copy does not also hold.
      await forget(
        written.filter((u) => !previous?.urls.includes(u)),
        savedCopies(),
      );
      show();
      status.textContent = (error as Error).name === 'AbortError' ? m.cancelled : m.failed;
    }
  };

  save.addEventListener('click', () => void run());
  update.addEventListener('click', () => void run());
  cancel.addEventListener('click', () => controller?.abort());
  remove.addEventListener('click', async () => {
    const copies = savedCopies();
    const copy = copies[config.id];
    delete copies[config.id];
    writeSavedCopies(copies);
    if (copy) await forget(copy.urls, copies);
    show();
    status.textContent = m.removed;
    save.focus();
  });
  document.addEventListener('mena:sw-updated', () => void load());

  const load = async () => {
    loading = true;
    try {
      const response = await fetch(config.manifest, { cache: 'no-cache' });
      if (response.ok) manifest = (await response.json()) as OfflineManifest;
    } catch {
      // Offline: the panel still shows what was saved.
    }
    loading = false;
    show();
    if (pending) {
      pending = false;
      void run();
    }
  };
  panel.hidden = false;
  void load();
}

export function startOfflinePanels(): void {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  for (const panel of document.querySelectorAll<HTMLElement>('[data-offline-panel]')) setupPanel(panel);
}
