/**
 * The practices picked for comparison while browsing, kept on this device (localStorage) so a reader can
 * pick them on different pages; the compare page's address (`?p=a,b`) is the selection itself and wins.
 */
import { maxCompared, parseSelection } from '../lib/compare-url.ts';

const key = 'mena-hub:compare';

export function readSelection(): string[] {
  try {
    return parseSelection(localStorage.getItem(key));
  } catch {
    return [];
  }
}

export function writeSelection(slugs: readonly string[]): void {
  try {
    localStorage.setItem(key, parseSelection(slugs.join(',')).join(','));
  } catch {
    // Storage refused (private mode, quota): the selection still lives in the address.
  }
}

/** Adds or removes one practice; when three are already picked, the oldest makes room. */
export function toggled(slugs: readonly string[], slug: string): string[] {
  if (slugs.includes(slug)) return slugs.filter((s) => s !== slug);
  return [...slugs, slug].slice(-maxCompared);
}
