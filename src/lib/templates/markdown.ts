import type { Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Nodes as MdastNodes, Root as MdastRoot, RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * A template as a Markdown file, made from the sanitised tree its page is rendered from (the template
 * text loader keeps it: src/build/text-loader.ts), so the download says what the page says. Relative links
 * are made absolute against the page's address: the file is read away from the site.
 */
export interface TemplateDocument {
  title: string;
  summary: string;
  /** "Template to adapt", in the text's language. */
  label: string;
  /** The sanitised tree of the text's body (hast). */
  tree: HastRoot;
  /** The template page's absolute address, for relative links and the source line. */
  pageUrl: string;
  /** "Source: {url}" line, in the text's language. */
  sourceLine: string;
}

/** A link as a reader of the file can follow it: absolute against the page, or left as written if it cannot be read. */
export function absoluteLink(href: string, pageUrl: string): string {
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return href;
  }
}

function absoluteLinks(node: MdastNodes, pageUrl: string): void {
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition') node.url = absoluteLink(node.url, pageUrl);
  if ('children' in node) for (const child of node.children) absoluteLinks(child, pageUrl);
}

export function templateMarkdown(doc: TemplateDocument): string {
  const body = toMdast(structuredClone(doc.tree)) as MdastRoot;
  absoluteLinks(body, doc.pageUrl);
  const text = (value: string) => ({ type: 'text' as const, value });
  const root: MdastRoot = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(doc.title)] },
      { type: 'paragraph', children: [{ type: 'emphasis', children: [text(doc.label)] }] },
      { type: 'paragraph', children: [text(doc.summary)] },
      ...(body.children as RootContent[]),
      { type: 'thematicBreak' },
      { type: 'paragraph', children: [text(doc.sourceLine)] },
    ],
  };
  return toMarkdown(root, { extensions: [gfmTableToMarkdown()], bullet: '-', emphasis: '_', rule: '-' });
}
