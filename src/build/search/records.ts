import * as cheerio from 'cheerio';
import { isLocale, type Locale } from '../../config/locales.ts';

/** One search result, read from a built page (see record-attrs.ts for the markup). */
export interface SearchRecord {
  url: string;
  lang: Locale;
  type: string;
  title: string;
  /** The record's visible text, as written. */
  text: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Glossary terms the text links to (anchors on the glossary page). */
  glossaryTerms: string[];
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, div, td, th, blockquote, section, article, br, tr';

function parseJson(value: string | undefined): Record<string, unknown> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The records of one built page. A record whose text is in another language than the page (an
 * untranslated entry shown in fallback) is skipped: that text is indexed once, on the page of its own
 * language, and never passed off as Arabic or French.
 */
export function extractRecords(html: string, pagePath: string): SearchRecord[] {
  // Most pages hold no record (lists, taxonomy pages): skip them without parsing. A list of 10,000
  // practices is megabytes of HTML, and parsing it only to find nothing cost the indexer a gigabyte.
  if (!html.includes('data-search-record')) return [];
  const $ = cheerio.load(html);
  const pageLang = $('html').attr('lang');
  if (!isLocale(pageLang)) return [];
  const out: SearchRecord[] = [];
  $('[data-search-record]').each((_, el) => {
    const node = $(el);
    const lang = node.attr('data-search-lang');
    if (lang !== pageLang) return;
    const anchor = node.attr('data-search-anchor');
    const copy = node.clone();
    copy.find('[data-search-ignore], script, style, svg').remove();
    copy.find(BLOCKS).each((__, block) => {
      $(block).append(' ').prepend(' ');
    });
    const title = copy.find('[data-search-title]').first().text().replace(/\s+/g, ' ').trim();
    const text = copy.text().replace(/\s+/g, ' ').trim();
    const glossaryTerms = new Set<string>();
    node.find('a[href*="glossary/#"]').each((__, a) => {
      const term = ($(a).attr('href') ?? '').split('#')[1];
      if (term) glossaryTerms.add(decodeURIComponent(term));
    });
    const filters: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(parseJson(node.attr('data-search-filters')))) {
      if (Array.isArray(v)) filters[k] = v.map(String);
    }
    const meta: Record<string, string> = {};
    for (const [k, v] of Object.entries(parseJson(node.attr('data-search-meta')))) meta[k] = String(v);
    out.push({
      url: anchor ? `${pagePath}#${anchor}` : pagePath,
      lang,
      type: node.attr('data-search-record') ?? 'page',
      title,
      text,
      filters,
      meta,
      glossaryTerms: [...glossaryTerms],
    });
  });
  return out;
}
