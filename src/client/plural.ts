/** Fills a plural template prepared at build time (see pluralForms in src/lib/i18n.ts). */
export function plural(forms: Record<string, string>, intl: string, count: number, values: Record<string, string> = {}): string {
  const text = forms[new Intl.PluralRules(intl).select(count)] ?? forms.other ?? '';
  const filled = new Map(Object.entries({ ...values, count: new Intl.NumberFormat(intl).format(count) }));
  // One pass with a replacer function: a value (the reader's search query) is inserted as typed, never read
  // as a replacement pattern (`$&`, `$'`, `$1`) nor scanned again for placeholders.
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => filled.get(key) ?? placeholder);
}
