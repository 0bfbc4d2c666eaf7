/**
 * The interface strings are split by audience, one i18next namespace (and one file per language,
 * src/i18n/<locale>/<namespace>.json) each: the reader-facing site, the contributor pages, the proposal
 * form, the content checker's messages and the scaffolder's questions.
 *
 * A namespace's name is also the first segment of its keys (`check.value.missing` is `value.missing` in
 * check.json): i18next is told that namespace and key are separated by a dot (`nsSeparator: '.'`), and
 * it takes the first segment for a namespace only when a namespace has that name. So the keys read as
 * they did when all strings were in one file per language, in the code, the browser catalogs and the
 * translation status page; keys of the reader-facing strings carry no namespace (`practice.goal`).
 */
export const defaultNamespace = 'reader';

export const namespaces = [defaultNamespace, 'contribute', 'propose', 'check', 'scaffold'] as const;

export type Namespace = (typeof namespaces)[number];

/** The namespace a key is looked up in (as i18next does): its first segment if a namespace has that name, else the default. */
export function namespaceOf(key: string): Namespace {
  const first = key.split('.', 1)[0];
  return namespaces.find((ns) => ns === first) ?? defaultNamespace;
}
