import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { sanitizeTree } from './sanitize.ts';

/**
 * A practice text's HTML, made from the very tree the allow-list check walked (src/lib/mdx-safety.ts),
 * so nothing can be read one way by the check and another way by the renderer. Raw HTML nodes are
 * dropped by mdast-util-to-hast (no `allowDangerousHtml`), MDX nodes are passed through to the
 * sanitiser, which keeps `<bdi>` and drops the rest, comments included. Code blocks are not
 * highlighted: highlighting writes inline styles that the site's Content-Security-Policy refuses.
 */
export interface RenderedText {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** Relative image paths, for Astro to process like those of a Markdown entry. */
  localImagePaths: string[];
  /** The sanitised tree the HTML was written from (templates convert it to Word and Markdown). */
  tree: Root;
}

const mdxTypes: NonNullable<Parameters<typeof toHast>[1]>['passThrough'] = [
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
  'mdxTextExpression',
  'mdxFlowExpression',
  'mdxjsEsm',
];

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

export function renderTextTree(tree: MdastNodes): RenderedText {
  const hast = toHast(tree, { passThrough: mdxTypes }) as Root;
  const clean = sanitizeTree(hast);

  // Heading ids as Astro gives them (github-slugger over the heading's text), after sanitising.
  const slugger = new GithubSlugger();
  const headings: RenderedText['headings'] = [];
  const localImagePaths = new Set<string>();
  const imageIndex = new Map<string, number>();
  for (const el of elements(clean)) {
    const depth = /^h([1-6])$/.exec(el.tagName)?.[1];
    if (depth) {
      const text = textOf(el);
      const slug = slugger.slug(text);
      el.properties = { ...el.properties, id: slug };
      headings.push({ depth: Number(depth), slug, text });
    } else if (el.tagName === 'img' && typeof el.properties.src === 'string') {
      // Astro's marker for an image it optimises and copies at render time (as for a Markdown entry).
      const src = decodeURI(el.properties.src);
      const index = imageIndex.get(src) ?? 0;
      imageIndex.set(src, index + 1);
      localImagePaths.add(src);
      const { src: _src, ...rest } = el.properties;
      el.properties = { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src, index }) };
    }
  }
  return { html: toHtml(clean), headings, localImagePaths: [...localImagePaths], tree: clean };
}
