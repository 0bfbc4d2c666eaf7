import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { allowedComponents, allowedUrlSchemes, isEntryImagePath } from './mdx-safety.ts';

/**
 * The last gate before contributor text becomes HTML, for practice texts and for the MDX of guides,
 * activities and pages alike: whatever the allow-list check (src/lib/mdx-safety.ts) missed, only the
 * elements and attributes that Markdown (with GFM) and `<bdi>` produce can reach a page. It is
 * hast-util-sanitize (GitHub's rules) narrowed to what the site renders:
 * - no raw HTML, no `on*` or `style` attribute, no element outside the list below;
 * - link addresses http(s), mailto, tel or relative; images only from the entry's own folder (the
 *   site's policy loads images from the site alone);
 * - `id` and `name` are not prefixed: Markdown cannot write either, and heading ids are added after
 *   this step, from the heading's text, so links to `#context` keep working.
 */
const linkSchemes = [...allowedUrlSchemes];

const markdownElements = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'pre',
  'code',
  'em',
  'strong',
  'del',
  'a',
  'img',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'input',
  'sup',
  'section',
  ...Object.keys(allowedComponents),
];

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: markdownElements,
  // Dropped with everything inside them (text of a script is never shown as text either).
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'textarea', 'title', 'xmp', 'plaintext', 'noembed', 'noframes'],
  attributes: {
    a: ['href', 'title', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title'],
    code: [['className', /^language-[\w+#.-]+$/]],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: ['id', ['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    th: ['align'],
    td: ['align'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
    sup: [],
    ...Object.fromEntries(Object.entries(allowedComponents).map(([name, attributes]) => [name, [...attributes]])),
    '*': [],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  // `src` is checked by onlyEntryImages below.
  protocols: { href: linkSchemes, cite: ['http', 'https'] },
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/** MDX nodes as they sit in a hast tree (mdast-util-to-hast pass-through, Sätteri's MDX hast). */
interface MdxJsxElement {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: readonly { type: string; name?: string; value?: unknown }[];
  children: readonly unknown[];
}

/**
 * An allowed MDX component (`<bdi dir="ltr">`) as the plain element it stands for, so the sanitiser
 * sees it like any other; `{/* comments *\/}` and every other MDX node are dropped (the check refuses
 * all but comments, and comments render to nothing).
 */
function fromMdx(node: unknown): (RootContent | ElementContent)[] {
  const n = node as { type: string; children?: readonly unknown[] };
  if (n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') {
    const jsx = n as MdxJsxElement;
    if (!jsx.name || !Object.hasOwn(allowedComponents, jsx.name)) return [];
    const properties: Properties = {};
    for (const attr of jsx.attributes) if (attr.type === 'mdxJsxAttribute' && attr.name && typeof attr.value === 'string') properties[attr.name] = attr.value;
    return [{ type: 'element', tagName: jsx.name, properties, children: jsx.children.flatMap(fromMdx) as ElementContent[] }];
  }
  if (n.type.startsWith('mdx')) return [];
  if (n.type === 'element' || n.type === 'root') {
    const el = n as Element;
    return [{ ...el, children: (el.children ?? []).flatMap(fromMdx) as ElementContent[] }];
  }
  return [node as RootContent];
}

/**
 * Images load from the entry's own folder only (hast-util-sanitize reads an empty protocol list as "any
 * protocol", so this rule is applied here): any other image is dropped.
 */
function onlyEntryImages<T extends Root | Element>(node: T): T {
  node.children = node.children.filter(
    (c) => !(c.type === 'element' && c.tagName === 'img' && !isEntryImagePath(String(c.properties.src ?? ''))),
  ) as T['children'];
  for (const child of node.children) if (child.type === 'element') onlyEntryImages(child);
  return node;
}

/** A new tree holding only what `sanitizeSchema` allows; the input is not changed. */
export function sanitizeTree(tree: Root): Root {
  const plain = { type: 'root', children: tree.children.flatMap(fromMdx) } as Root;
  return onlyEntryImages(sanitize(plain, sanitizeSchema) as Root);
}
