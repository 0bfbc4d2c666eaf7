import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/**
 * The searchable text of an entry's body, as a reader sees it, and the glossary terms it links to
 * (their synonyms are indexed with the record). Two sources: the HTML a practice text is stored as (made
 * by src/lib/text-render.ts when the content is synced) and the Markdown tree of an MDX text (guides,
 * activities). Neither reads a built page.
 */
export interface BodyText {
  text: string;
  glossaryTerms: string[];
}

/** Elements that separate words; inline ones (em, a, bdi) do not: `<strong>Com</strong>munes` is one word. */
const BLOCK = /^(?:p|li|ul|ol|h[1-6]|dt|dd|dl|div|td|th|tr|table|thead|tbody|blockquote|section|article|br|hr|pre|figure|figcaption|img)$/i;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const decoded = decodeNamedCharacterReference(ref);
    return decoded === false ? whole : decoded;
  });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A glossary anchor (`../../glossary/#council` → `council`) or undefined. */
function glossaryTerm(href: string): string | undefined {
  const [path, hash] = href.split('#');
  if (!hash || !path?.includes('glossary/')) return undefined;
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/**
 * Text of HTML written by the site's own serialisers (well-formed, sanitised): tags removed, a space
 * at each block boundary, character references decoded, whitespace as written. Not a general HTML
 * parser. `onLink` sees each link's address.
 */
export function markupText(html: string, onLink?: (href: string) => void): string {
  const text = html.replace(TAG, (_whole, _close: string, name: string | undefined, attrs: string | undefined) => {
    if (!name) return ''; // a comment
    if (onLink && name.toLowerCase() === 'a' && attrs) {
      const m = HREF.exec(attrs);
      if (m) onLink(decodeReferences(m[1] ?? m[2] ?? ''));
    }
    return BLOCK.test(name) ? ' ' : '';
  });
  return decodeReferences(text);
}

/** The searchable text of a practice text's stored HTML: one line, and the glossary terms it links to. */
export function htmlText(html: string): BodyText {
  const terms = new Set<string>();
  const text = markupText(html, (href) => {
    const term = glossaryTerm(href);
    if (term) terms.add(term);
  });
  return { text: squash(text), glossaryTerms: [...terms] };
}

/** The mdast nodes this module reads (Sätteri's tree: mdast with MDX nodes). */
export interface MdastLike {
  type: string;
  value?: string;
  url?: string;
  children?: MdastLike[];
}

/** Nodes whose content is not shown as text: MDX expressions ({/* comments *\/}), imports, raw HTML, images. */
const SKIPPED = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'image', 'imageReference', 'definition', 'yaml', 'toml']);
/** Nodes inside a paragraph: no space around them. */
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'mdxJsxTextElement', 'break']);

/** Text of a Markdown/MDX tree as the rendered page shows it: blocks separated by spaces. */
export function mdastText(tree: MdastLike): BodyText {
  const terms = new Set<string>();
  const parts: string[] = [];
  const visit = (node: MdastLike) => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'link' && node.url) {
      const term = glossaryTerm(node.url);
      if (term) terms.add(term);
    }
    if (node.type === 'break') parts.push(' ');
    else if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')) parts.push(node.value);
    const block = !INLINE.has(node.type);
    if (block) parts.push(' ');
    for (const child of node.children ?? []) visit(child);
    if (block) parts.push(' ');
  };
  visit(tree);
  return { text: squash(parts.join('')), glossaryTerms: [...terms] };
}
