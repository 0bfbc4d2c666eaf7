import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { escapeBibtex, toBibtex } from '../../src/lib/citation/bibtex.ts';
import { toCslJson } from '../../src/lib/citation/csl.ts';
import type { CitationRecord } from '../../src/lib/citation/record.ts';
import { referenceText } from '../../src/lib/citation/reference.ts';
import { toRis } from '../../src/lib/citation/ris.ts';
import { encodeQueryValue, shareLinks } from '../../src/lib/share-links.ts';

/**
 * The citation files are read back with citation-js (a well-kept parser of BibTeX and RIS) and find what
 * was written: title, address, language, date, author as one corporate name. Titles with TeX's special
 * characters, Arabic and French survive.
 */
const arabic: CitationRecord = {
  id: 'menahub-iraq-prevention-sub-committees-ar',
  kind: 'page',
  title: 'العراق: لجان فرعية محلية للوقاية من التطرف',
  lang: 'ar',
  author: 'المركز الإقليمي للشرق الأوسط وشمال أفريقيا التابع لشبكة المدن القوية',
  publisher: 'شبكة المدن القوية',
  container: 'قاعدة معارف المركز الإقليمي للشرق الأوسط وشمال أفريقيا',
  issued: '2026-11-30',
  url: 'https://example.org/ar/practices/iraq-prevention-sub-committees/',
  accessed: '2026-12-07',
};
const awkward: CitationRecord = {
  id: 'menahub-guide-mayors-first-steps-fr',
  kind: 'chapter',
  title: 'Budget & partenaires\u00a0: 50\u00a0% des coûts, #1 {priorité} pour l’équipe_locale ~ «\u00a0élus\u00a0»',
  lang: 'fr',
  author: 'Pôle régional MENA du Strong Cities Network',
  publisher: 'Strong Cities Network',
  container: 'Guide des maires',
  issued: '2026-05-01',
  url: 'https://example.org/fr/guides/mayors/first-steps/',
  accessed: '2026-12-07',
};
const document: CitationRecord = {
  id: 'gctf-memorandum-en',
  kind: 'document',
  title: 'Memorandum on Good Practices for Strengthening National-Local Cooperation',
  lang: 'en',
  author: 'Global Counterterrorism Forum',
  publisher: 'Global Counterterrorism Forum',
  issued: '2020',
};

const parsed = (text: string) => new Cite(text).data[0] as Record<string, unknown>;

describe('BibTeX', () => {
  it('escapes what TeX reads as commands', () => {
    expect(escapeBibtex('50% & #1 {a} x_y $ ~ ^ \\')).toBe('50\\% \\& \\#1 \\{a\\} x\\_y \\$ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(escapeBibtex('Rabat\u00a0:')).toBe('Rabat~:');
  });

  it.each([arabic, awkward])('parses back to the same title, address, language and date ($lang)', (r) => {
    const bib = toBibtex(r);
    expect(bib).toContain(`title = {{`);
    const item = parsed(bib);
    expect(item.title).toBe(r.title);
    expect(item.URL).toBe(r.url);
    expect(item.language).toBe(r.lang);
    expect(item.issued).toEqual({ 'date-parts': [r.issued!.split('-').map(Number)] });
    // One corporate name, not split into given and family names.
    expect(JSON.stringify(item.author)).toContain(JSON.stringify(r.author));
    expect(item.author).toHaveLength(1);
  });

  it('a chapter is part of its guide; a document without an address has none', () => {
    expect(parsed(toBibtex(awkward))['container-title']).toBe('Guide des maires');
    const doc = parsed(toBibtex(document));
    expect(doc.title).toBe(document.title);
    expect(doc.URL).toBeUndefined();
    expect(toBibtex(document)).not.toContain('urldate');
  });
});

describe('RIS', () => {
  it('is TY … ER with CRLF line ends and the tags a reference manager reads', () => {
    const ris = toRis(arabic);
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(lines.at(-1)).toBe('');
    for (const tag of ['TI', 'AU', 'PY', 'UR', 'LA']) expect(lines.some((l) => l.startsWith(`${tag}  - `))).toBe(true);
  });

  it.each([arabic, awkward, document])('parses back to the same title, address and language ($id)', (r) => {
    const item = parsed(toRis(r));
    expect(item.title).toBe(r.title);
    expect(item.URL).toBe(r.url);
    expect(item.language).toBe(r.lang);
    expect(item.author).toEqual([{ literal: r.author }]);
  });
});

describe('CSL-JSON', () => {
  it.each([arabic, awkward, document])('is an array of one item with the fields CSL requires ($id)', (r) => {
    const items = JSON.parse(toCslJson(r)) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({ id: r.id, title: r.title, language: r.lang, author: [{ literal: r.author }] });
    expect(['webpage', 'chapter', 'document']).toContain(item!.type);
    // citation-js reads it as CSL without changing it.
    expect(parsed(toCslJson(r)).title).toBe(r.title);
  });
});

describe('formatted reference', () => {
  it('in each language: author, date, title, site, address and the access date in that language', () => {
    expect(referenceText('en', { ...arabic, lang: 'en', title: 'Iraq: local sub-committees', author: 'Hub', container: 'Site' })).toBe(
      'Hub (30 November 2026). Iraq: local sub-committees. Site. https://example.org/ar/practices/iraq-prevention-sub-committees/, accessed 7 December 2026.',
    );
    const fr = referenceText('fr', awkward);
    expect(fr).toContain('(1 mai 2026)');
    expect(fr).toContain('consulté le 7 décembre 2026.');
    const ar = referenceText('ar', arabic);
    expect(ar).toContain('(30 نوفمبر 2026)');
    expect(ar).toContain(`${arabic.url}، تاريخ الاطلاع: 7 ديسمبر 2026.`);
  });

  it('a document without a date says so; without an address, no access date', () => {
    const text = referenceText('en', { ...document, issued: undefined });
    expect(text).toBe('Global Counterterrorism Forum (n.d.). Memorandum on Good Practices for Strengthening National-Local Cooperation.');
  });
});

describe('share links', () => {
  const title = 'Rabat : partenariats locaux & égalité #1 + 100 %';
  const url = 'https://example.org/fr/practices/rabat-gender-equality-partnerships/';

  it('keep letters as they are and encode what would break a query value', () => {
    expect(encodeQueryValue('العراق: لجان & #1 + 50%')).toBe('العراق:%20لجان%20%26%20%231%20%2B%2050%25');
  });

  it('e-mail, WhatsApp and Telegram addresses carry the title and the page address', () => {
    const [mail, whatsapp, telegram] = shareLinks(title, url);
    const m = new URL(mail!.href);
    expect(m.protocol).toBe('mailto:');
    // RFC 6068: %20 for spaces, not +.
    expect(decodeURIComponent(/subject=([^&]*)/.exec(m.href)![1]!)).toBe(title);
    expect(decodeURIComponent(/body=([^&]*)/.exec(m.href)![1]!)).toBe(url);
    expect(new URL(whatsapp!.href).origin).toBe('https://wa.me');
    expect(new URL(whatsapp!.href).searchParams.get('text')).toBe(url);
    expect(new URL(telegram!.href).origin).toBe('https://t.me');
    expect(new URL(telegram!.href).searchParams.get('url')).toBe(url);
  });
});
