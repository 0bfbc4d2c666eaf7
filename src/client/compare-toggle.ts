/**
 * On practice cards and practice pages: the "Add to comparison" link (which, without JavaScript, opens the
 * compare page with that one practice) becomes a toggle button, and the tray shows how many practices are
 * picked, linking to the compare page with them in its address.
 */
import { readSelection, toggled, writeSelection } from './compare-selection.ts';

export function startCompareToggles(): void {
  const tray = document.querySelector<HTMLAnchorElement>('a[data-compare-tray]');
  if (!tray) return;
  const base = tray.pathname;
  const label = tray.textContent?.trim() ?? '';
  // The page's number format (the locale table's `intl`: Latin digits in Arabic too), from the tray itself.
  const numbers = new Intl.NumberFormat(tray.dataset['intl']);
  const buttons: HTMLButtonElement[] = [];
  const update = () => {
    const picked = readSelection();
    for (const b of buttons) b.setAttribute('aria-pressed', String(picked.includes(b.value)));
    tray.hidden = picked.length === 0;
    tray.href = `${base}?p=${picked.join(',')}`;
    tray.textContent = `${label} (${numbers.format(picked.length)})`;
  };
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-compare]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'compare-toggle';
    button.value = link.dataset['compare']!;
    button.textContent = link.textContent;
    button.addEventListener('click', () => {
      writeSelection(toggled(readSelection(), button.value));
      update();
    });
    link.replaceWith(button);
    buttons.push(button);
  }
  // Another tab (or the compare page) changed the selection.
  addEventListener('storage', update);
  update();
}
