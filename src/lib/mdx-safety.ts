import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { msg, verbatim, type Message } from './issues.ts';

/**
 * What a contributor's MDX may contain: Markdown, and the project's own components listed here with
 * the attributes each accepts (plain quoted text only). Nothing else reaches the page: no import or
 * export, no JavaScript expression, no other element (`<script>`, `<iframe>`, `<style>`, `<img>`, an
 * unknown component), no event-handler attribute, no link to a `javascript:`/`data:`/`vbscript:`/...
 * address, and images only from files stored with the text (the site's policy loads images from the
 * site alone). `{/* comments *\/}` are allowed: they compile to nothing. One rule set, run over the
 * parsed tree by the build (src/integrations/mdx-safety.ts) and by `npm run check`.
 */
export const allowedComponents: Readonly<Record<string, readonly string[]>> = {
  /** Isolates a name in another script (a Latin name inside Arabic text). */
  bdi: ['dir', 'lang'],
};

/**
 * Address schemes a link or image may use. Relative links (`../practices/x/`, `#part`) have none;
 * any other scheme (javascript:, data:, vbscript:, file:, blob:, ...) is refused.
 */
export const allowedUrlSchemes: readonly string[] = ['https', 'http', 'mailto', 'tel'];

/** The parts of an mdast tree with MDX nodes (micromark/remark-mdx shapes, as Sätteri produces them). */
export interface MdxNode {
  type: string;
  position?: { start: { line: number; column?: number } } | undefined;
  children?: readonly MdxNode[] | undefined;
  /** mdxJsx*Element: the tag name; null for a fragment `<>`. */
  name?: string | null | undefined;
  attributes?: readonly MdxAttribute[] | undefined;
  /** link, image, definition */
  url?: string | undefined;
  /** imageReference, linkReference, definition */
  identifier?: string | undefined;
  /** code of mdxjsEsm and expressions; raw HTML */
  value?: unknown;
}
interface MdxAttribute {
  /** mdxJsxAttribute (name="value") or mdxJsxExpressionAttribute ({...spread}) */
  type: string;
  name?: string | undefined;
  /** a string, null (bare attribute) or an mdxJsxAttributeValueExpression ({code}) */
  value?: unknown;
  position?: MdxNode['position'];
}

/** One thing in a text that is not allowed: where, what (the field slot), what was expected and found. */
export interface MdxSafetyIssue {
  line?: number | undefined;
  field: string;
  expected: Message;
  found: Message;
}

/**
 * Character references (`&colon;`, `&#58;`, `&#x3A;`) decoded as Markdown and HTML decode them: the one
 * decoder of the checker and the proposal form, so `javascript&colon;` is read as `javascript:` by both.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (name) {
      const decoded = decodeNamedCharacterReference(name);
      return decoded === false ? whole : decoded;
    }
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** The scheme of an address, as a browser reads it (references decoded, whitespace and control characters ignored). */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- a browser skips control characters before the scheme, so must this
  const compact = decodeCharacterReferences(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/** Schemes refused in any attribute value, even one that is not meant to hold an address. */
const scriptSchemes = ['javascript', 'data', 'vbscript'];

export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || allowedUrlSchemes.includes(scheme);
}

/** A path on the site itself: no scheme, not `//other.host/`. */
export function isRelativeUrl(url: string): boolean {
  return urlScheme(url) === undefined && !/^[\\/]{2}/.test(url.trim());
}

/** `{/* a note *\/}` compiles to nothing: the one expression a text may hold. */
const commentOnly = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)+$/;

const short = (text: string, max = 80) => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine;
};
const code = (text: string) => verbatim(JSON.stringify(short(text)));
const allowedList = () => Object.keys(allowedComponents).map((name) => verbatim(`<${name}>`));

const fieldFor: Record<string, string> = { link: '[…](…)', image: '![…](…)', imageReference: '![…][…]', definition: '[…]: …' };

/** Reference labels match case-insensitively, with runs of whitespace as one space (CommonMark). */
const normalizeLabel = (label: string | undefined) => (label ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every `[label]: address` of a tree, by normalised label (the first one wins, as in CommonMark). */
function definitionsOf(tree: MdxNode): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: MdxNode) => {
    if (node.type === 'definition' && typeof node.url === 'string' && !found.has(normalizeLabel(node.identifier)))
      found.set(normalizeLabel(node.identifier), node.url);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/**
 * An image address that stays inside the entry's own folder: relative, no scheme, no `/` or `\` at
 * the start, no `..` part (also when written with percent-escapes or backslashes).
 */
export function isEntryImagePath(url: string): boolean {
  if (!isRelativeUrl(url)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  } catch {
    return false;
  }
  const parts = decoded.split(/[\\/]/);
  return decoded.trim() !== '' && !/^[\\/]/.test(decoded.trim()) && !parts.includes('..') && !/^[a-z]:/i.test(decoded);
}

/** Everything in an MDX tree that is not allowed, in document order, with the line it starts on. */
export function mdxSafetyIssues(tree: MdxNode): MdxSafetyIssue[] {
  const issues: MdxSafetyIssue[] = [];
  const definitions = definitionsOf(tree);
  const add = (node: { position?: MdxNode['position'] }, field: string, expected: Message, found: Message) =>
    issues.push({ line: node.position?.start.line, field, expected, found });

  const visit = (node: MdxNode): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'import/export', msg('check.mdx.expected.noCode'), msg('check.mdx.found.code', { code: code(String(node.value).split('\n')[0] ?? '') }));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!commentOnly.test(String(node.value)))
          add(node, '{…}', msg('check.mdx.expected.noExpression'), msg('check.mdx.found.expression', { code: code(`{${String(node.value)}}`) }));
        return;
      case 'html':
        add(node, '<…>', msg('check.mdx.expected.element', { allowed: allowedList() }), msg('check.mdx.found.html', { code: code(String(node.value)) }));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const attributes = Object.hasOwn(allowedComponents, name) ? allowedComponents[name] : undefined;
        if (!attributes) {
          const found = name ? msg('check.mdx.found.element', { name }) : msg('check.mdx.found.fragment');
          add(node, `<${name}>`, msg('check.mdx.expected.element', { allowed: allowedList() }), found);
          return; // what is inside goes with the element
        }
        for (const attr of node.attributes ?? []) checkAttribute(node, name, attributes, attr);
        break;
      }
      case 'link':
      case 'definition':
        if (typeof node.url === 'string' && !isAllowedUrl(node.url))
          add(node, fieldFor[node.type]!, msg('check.mdx.expected.url'), msg('check.mdx.found.url', { url: code(node.url) }));
        break;
      case 'image':
      case 'imageReference': {
        // The policy (src/lib/csp.ts, img-src 'self') loads images from the site only: a file in the
        // entry's own folder. A reference (`![x][r]`) is judged by the address its definition gives.
        const url = node.type === 'image' ? node.url : definitions.get(normalizeLabel(node.identifier));
        if (typeof url === 'string' && !isEntryImagePath(url))
          add(node, fieldFor[node.type]!, msg('check.mdx.expected.imageUrl'), msg('check.mdx.found.url', { url: code(url) }));
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };

  const checkAttribute = (element: MdxNode, name: string, allowed: readonly string[], attr: MdxAttribute) => {
    const at = attr.position ? attr : element;
    if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
      add(at, `<${name} {…}>`, msg('check.mdx.expected.literalAttribute'), msg('check.mdx.found.expression', { code: code(`{${String(attr.value)}}`) }));
      return;
    }
    const field = `<${name} ${attr.name}>`;
    const value = attr.value;
    const written = typeof value === 'string' ? `${attr.name}=${JSON.stringify(value)}` : attr.name;
    if (value !== null && value !== undefined && typeof value === 'object') {
      const expression = (value as { value?: unknown }).value;
      add(at, field, msg('check.mdx.expected.literalAttribute'), msg('check.mdx.found.expression', { code: code(`{${String(expression)}}`) }));
    } else if (/^on/i.test(attr.name)) {
      add(at, field, msg('check.mdx.expected.noHandler'), msg('check.mdx.found.attribute', { attribute: verbatim(short(written)) }));
    } else if (!allowed.includes(attr.name)) {
      add(
        at,
        field,
        msg('check.mdx.expected.attribute', { element: name, allowed: allowed.map((a) => verbatim(a)) }),
        msg('check.mdx.found.attribute', { attribute: verbatim(short(written)) }),
      );
    } else if (typeof value === 'string' && scriptSchemes.includes(urlScheme(value) ?? '')) {
      add(at, field, msg('check.mdx.expected.url'), msg('check.mdx.found.url', { url: code(value) }));
    }
  };

  visit(tree);
  return issues;
}
