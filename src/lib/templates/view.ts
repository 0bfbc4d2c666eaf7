import type { Root } from 'hast';
import type { TemplateRecord } from '../content.ts';
import { pickText } from '../fallback.ts';
import { t } from '../i18n.ts';
import { urls } from '../urls.ts';
import type { Locale } from '../../config/locales.ts';
import type { TemplateDocument } from './markdown.ts';

/** The text a template's page shows in `locale`: its own, or the original language's (with a notice). */
export function templateText(tpl: TemplateRecord, locale: Locale) {
  const picked = pickText(tpl.texts, locale, tpl.data.original_language);
  if (!picked) throw new Error(`templates/${tpl.slug}: no text file in any language`);
  return picked;
}

/** A template in the list: title, summary, its page and its downloads. */
export function templateCard(tpl: TemplateRecord, locale: Locale) {
  const { value, lang } = templateText(tpl, locale);
  return {
    slug: tpl.slug,
    title: value.data.title,
    summary: value.data.summary,
    lang,
    href: urls.template(locale, tpl.slug),
    docx: urls.templateFile(locale, tpl.slug, 'docx'),
    md: urls.templateFile(locale, tpl.slug, 'md'),
  };
}

/**
 * What the Word and Markdown files are made from: the text the page shows, its sanitised tree as the text
 * loader kept it, and the labels in the text's own language (a file in Arabic says "template to adapt"
 * in Arabic, even when it is downloaded from another language's page).
 */
export function templateDocument(tpl: TemplateRecord, locale: Locale, site: URL | string | undefined): { doc: TemplateDocument; lang: Locale } {
  const { value, lang } = templateText(tpl, locale);
  const tree = value.rendered?.metadata?.tree as Root | undefined;
  if (!tree) throw new Error(`templates/${tpl.slug}/${lang}.mdx: no rendered tree (src/build/text-loader.ts keepTree)`);
  const pageUrl = new URL(urls.template(locale, tpl.slug), site ?? 'http://localhost:4321').href;
  const _ = t(lang);
  return {
    lang,
    doc: {
      title: value.data.title,
      summary: value.data.summary,
      label: _('templates.toAdapt'),
      tree,
      pageUrl,
      sourceLine: _('templates.fileSource', { url: pageUrl }),
    },
  };
}
