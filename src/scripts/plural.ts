/** Fills a plural template prepared at build time (see pluralForms in src/lib/i18n.ts). */
export function plural(forms: Record<string, string>, intl: string, count: number, values: Record<string, string> = {}): string {
  let text = forms[new Intl.PluralRules(intl).select(count)] ?? forms.other ?? '';
  text = text.replace('{{count}}', new Intl.NumberFormat(intl).format(count));
  for (const [k, v] of Object.entries(values)) text = text.replace(`{{${k}}}`, v);
  return text;
}
