import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Element, ElementContent, Root } from 'hast';
import { absoluteLink, type TemplateDocument } from '../../lib/templates/markdown.ts';
import { locales, type Locale } from '../../config/locales.ts';
import { t } from '../../lib/i18n.ts';

/**
 * A template as a Word document (docx), made from the same sanitised tree as its page and its Markdown
 * file: headings, paragraphs, lists, tables, bold, italics and links. An Arabic document is right to left
 * throughout: every paragraph bidirectional (w:bidi), tables laid out from the right (w:bidiVisual), and
 * the runs that hold Arabic letters marked right to left (w:rtl), so Word orders and shapes them as
 * Arabic; a Latin name inside (a `<bdi>`) stays a left-to-right run.
 */

/** Available with Arabic glyphs on Windows and macOS, and metric-compatible fonts elsewhere. */
const font = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' };
const arabicLetters = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;

interface Context {
  rtl: boolean;
  pageUrl: string;
  /** Each ordered list restarts at 1: a numbering instance of its own. */
  nextList: () => number;
}
type Marks = Pick<IRunOptions, 'bold' | 'italics'> & { code?: boolean; link?: boolean };

const headingLevels: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_1,
  h3: HeadingLevel.HEADING_2,
  h4: HeadingLevel.HEADING_3,
  h5: HeadingLevel.HEADING_4,
  h6: HeadingLevel.HEADING_5,
};

function run(text: string, marks: Marks, ctx: Context): TextRun {
  return new TextRun({
    text,
    ...(marks.bold ? { bold: true } : {}),
    ...(marks.italics ? { italics: true } : {}),
    rightToLeft: ctx.rtl && arabicLetters.test(text),
    ...(marks.code ? { font: 'Consolas' } : {}),
    // Word's own character style for links (blue, underlined).
    ...(marks.link ? { style: 'Hyperlink' } : {}),
  });
}

function inlines(nodes: readonly ElementContent[], marks: Marks, ctx: Context): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value) out.push(run(node.value.replace(/\s*\n\s*/g, ' '), marks, ctx));
      continue;
    }
    if (node.type !== 'element') continue;
    switch (node.tagName) {
      case 'strong':
      case 'b':
        out.push(...inlines(node.children, { ...marks, bold: true }, ctx));
        break;
      case 'em':
      case 'i':
        out.push(...inlines(node.children, { ...marks, italics: true }, ctx));
        break;
      case 'code':
        out.push(...inlines(node.children, { ...marks, code: true }, ctx));
        break;
      case 'br':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'a': {
        const href = typeof node.properties.href === 'string' ? absoluteLink(node.properties.href, ctx.pageUrl) : undefined;
        const children = inlines(node.children, { ...marks, link: Boolean(href) }, ctx);
        out.push(...(href ? [new ExternalHyperlink({ link: href, children })] : children));
        break;
      }
      default:
        // <bdi> and anything else inline: its text, in its own direction.
        out.push(...inlines(node.children, marks, ctx));
    }
  }
  return out;
}

function paragraph(children: ParagraphChild[], ctx: Context, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
  return new Paragraph({ children, bidirectional: ctx.rtl, alignment: AlignmentType.START, ...extra });
}

/** Blocks of a list item: its own text, then nested lists one level deeper. */
function listItems(list: Element, level: number, ctx: Context): Paragraph[] {
  const ordered = list.tagName === 'ol';
  const instance = ordered ? ctx.nextList() : 0;
  const out: Paragraph[] = [];
  for (const li of list.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue;
    const own: ElementContent[] = [];
    const nested: Element[] = [];
    for (const child of li.children) {
      if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) nested.push(child);
      else if (child.type === 'element' && child.tagName === 'p') own.push(...child.children, { type: 'text', value: ' ' });
      else own.push(child);
    }
    const numbering = ordered ? { reference: 'ordered', level, instance } : { reference: 'bullets', level };
    out.push(paragraph(inlines(own, {}, ctx), ctx, { numbering }));
    for (const n of nested) out.push(...listItems(n, Math.min(level + 1, 8), ctx));
  }
  return out;
}

function table(el: Element, ctx: Context): Table {
  const rows: TableRow[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        const cells = child.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
        rows.push(
          new TableRow({
            tableHeader: cells.some((c) => c.tagName === 'th'),
            children: cells.map((c) => new TableCell({ children: [paragraph(inlines(c.children, { bold: c.tagName === 'th' }, ctx), ctx)] })),
          }),
        );
      } else visit(child);
    }
  };
  visit(el);
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, visuallyRightToLeft: ctx.rtl });
}

function blocks(nodes: readonly (ElementContent | Root['children'][number])[], ctx: Context): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim()) out.push(paragraph([run(node.value.trim(), {}, ctx)], ctx));
      continue;
    }
    if (node.type !== 'element') continue;
    const heading = headingLevels[node.tagName];
    if (heading) out.push(paragraph(inlines(node.children, {}, ctx), ctx, { heading }));
    else if (node.tagName === 'p') out.push(paragraph(inlines(node.children, {}, ctx), ctx));
    else if (node.tagName === 'ul' || node.tagName === 'ol') out.push(...listItems(node, 0, ctx));
    else if (node.tagName === 'table') out.push(table(node, ctx), paragraph([], ctx));
    else if (node.tagName === 'blockquote') out.push(...blocks(node.children, ctx));
    else if (node.tagName === 'hr') out.push(paragraph([], ctx, { thematicBreak: true }));
    else if (node.tagName === 'pre') out.push(paragraph(inlines(node.children, { code: true }, ctx), ctx));
    else out.push(...blocks(node.children, ctx));
  }
  return out;
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { start: 720 * (level + 1), hanging: 360 } } },
  }));

export async function templateDocx(doc: TemplateDocument, locale: Locale): Promise<ArrayBuffer> {
  const rtl = locales[locale].dir === 'rtl';
  let lists = 0;
  const ctx: Context = { rtl, pageUrl: doc.pageUrl, nextList: () => ++lists };
  const children = [
    paragraph([run(doc.label, { italics: true }, ctx)], ctx),
    paragraph([run(doc.title, {}, ctx)], ctx, { heading: HeadingLevel.TITLE }),
    paragraph([run(doc.summary, {}, ctx)], ctx),
    ...blocks(doc.tree.children, ctx),
    paragraph([run(doc.sourceLine, { italics: true }, ctx)], ctx, { thematicBreak: true }),
  ];
  const language = rtl ? { value: 'ar-SA', bidirectional: 'ar-SA' } : { value: locales[locale].intl };
  // The hub as the file's author, in the file's language (the library's default is "Un-named").
  const author = t(locale)('cite.author');
  const document = new Document({
    title: doc.title,
    creator: author,
    lastModifiedBy: author,
    description: doc.summary,
    styles: { default: { document: { run: { font, language, size: 22 } } } },
    numbering: {
      config: [
        { reference: 'bullets', levels: levels(LevelFormat.BULLET, (l) => ['•', '◦', '▪'][l % 3]!) },
        { reference: 'ordered', levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
      ],
    },
    sections: [{ properties: {}, children }],
  });
  return Packer.toArrayBuffer(document);
}
