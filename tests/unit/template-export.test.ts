import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkAndRenderText } from '../../src/build/mdx-check.ts';
import { templateDocx } from '../../src/build/templates/docx.ts';
import { templateMarkdown, type TemplateDocument } from '../../src/lib/templates/markdown.ts';
import type { Locale } from '../../src/config/locales.ts';

/**
 * A template's Word and Markdown files are made from the tree its page renders (checked and sanitised
 * by the same code as practice texts): headings, paragraphs, lists, tables and links survive the
 * conversion, relative links become absolute, and an Arabic document is right to left.
 */
const source = (title: string, body: string) => `---\ntitle: "${title}"\nsummary: "S"\n---\n\n${body}\n`;

function documentOf(lang: Locale, body: string): TemplateDocument {
  const { issues, rendered } = checkAndRenderText(source('T', body), `templates/x/${lang}.mdx`, '/nowhere');
  expect(issues).toEqual([]);
  return {
    title: lang === 'ar' ? 'قرار المجلس' : 'Council decision',
    summary: lang === 'ar' ? 'ملخّص' : 'Summary',
    label: lang === 'ar' ? 'نموذج قابل للتكييف' : 'Template to adapt',
    tree: rendered!.tree,
    pageUrl: `https://example.org/hub/${lang}/templates/x/`,
    sourceLine: `Source: https://example.org/hub/${lang}/templates/x/`,
  };
}

const english = `## Article 1: Establishment

A network of [name of the city] is set up on [date]. See the [guide](../../guides/mayors/prevention-networks/).

1. First step
2. Second step

- one
- two

| Member | Role |
| --- | --- |
| [member] | [role] |
`;

const arabic = `## المادة الأولى: الإنشاء

تُنشأ شبكة في مدينة [اسم المدينة] بتاريخ [التاريخ] مع <bdi dir="ltr">Strong Cities Network</bdi>.

| العضو | الدور |
| --- | --- |
| [العضو] | [الدور] |
`;

async function docxParts(doc: TemplateDocument, lang: Locale) {
  const files = unzipSync(new Uint8Array(await templateDocx(doc, lang)));
  return { xml: strFromU8(files['word/document.xml']!), rels: strFromU8(files['word/_rels/document.xml.rels']!) };
}
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('template to Markdown', () => {
  it('starts with the title, keeps headings, lists and tables, and makes links absolute', () => {
    const md = templateMarkdown(documentOf('en', english));
    expect(md.startsWith('# Council decision\n')).toBe(true);
    expect(md).toContain('_Template to adapt_');
    expect(md).toContain('## Article 1: Establishment');
    expect(md).toMatch(/^1\. First step$/m);
    expect(md).toMatch(/^- one$/m);
    expect(md).toMatch(/^\| Member +\| Role +\|$/m);
    expect(md).toContain('[guide](https://example.org/hub/en/guides/mayors/prevention-networks/)');
    // Placeholders stay as written, not escaped into links or references.
    expect(md).toContain('[name of the city]');
  });
});

describe('template to Word', () => {
  it('holds the title, the headings as Word headings, the list items, the table and an absolute link', async () => {
    const { xml, rels } = await docxParts(documentOf('en', english), 'en');
    const text = textOf(xml);
    for (const part of ['Council decision', 'Template to adapt', 'Article 1: Establishment', 'First step', 'two', '[member]', '[name of the city]'])
      expect(text).toContain(part);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:tbl>');
    expect(rels).toContain('Target="https://example.org/hub/en/guides/mayors/prevention-networks/"');
    // A left-to-right document has no right-to-left markup.
    expect(xml).not.toContain('<w:bidi/>');
    expect(xml).not.toContain('<w:rtl/>');
  });

  it('lays out an Arabic document right to left, with a Latin name as a left-to-right run', async () => {
    const { xml } = await docxParts(documentOf('ar', arabic), 'ar');
    const paragraphs = xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(p).toContain('<w:bidi/>');
    expect(xml).toContain('<w:bidiVisual/>');
    const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const run = (text: string) => runs.find((r) => r.includes(text))!;
    expect(run('المادة الأولى')).toContain('<w:rtl/>');
    expect(run('[اسم المدينة]')).toContain('<w:rtl/>');
    expect(run('Strong Cities Network')).not.toContain('<w:rtl/>');
  });
});
