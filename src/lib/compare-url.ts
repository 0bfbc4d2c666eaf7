/** The compare page's selection as its address carries it (`?p=a,b`); shared by the build and the browser. */
export const maxCompared = 3;

/** Known-looking slugs, no repeats, at most three: whatever the address holds, the page asks for no more. */
export function parseSelection(param: string | null | undefined): string[] {
  const slugs = (param ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s));
  return [...new Set(slugs)].slice(0, maxCompared);
}
