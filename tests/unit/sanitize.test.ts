import type { Nodes } from 'mdast';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxSanitizePlugin } from '../../src/integrations/mdx-sanitize.ts';
import { renderTextTree } from '../../src/lib/text-render.ts';

/**
 * The sanitiser on its own, behind the allow-list check: trees holding what the check refuses (as if a
 * way round it were found) still render without markup, handlers or foreign addresses. Practice texts
 * go through src/lib/text-render.ts; guides, activities and pages through the MDX pipeline's hast plugin.
 */
const text = (value: string) => ({ type: 'text', value }) as const;
const jsx = (name: string, attributes: Record<string, string>, children: unknown[] = [text('x')]) => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children,
});

const hostileTree = {
  type: 'root',
  children: [
    { type: 'html', value: '<script>alert(1)</script>' },
    {
      type: 'paragraph',
      children: [
        text('a '),
        { type: 'link', url: 'javascript:alert(2)', children: [text('link')] },
        { type: 'link', url: 'https://example.org/ok', title: 'fine', children: [text('ok')] },
        { type: 'image', url: 'https://evil.example/pixel.png', alt: 'pixel' },
        { type: 'image', url: './chart.png', alt: 'chart' },
        jsx('bdi', { dir: 'ltr', onclick: 'alert(3)', style: 'color: red' }, [text('Rabat')]),
        jsx('script', {}, [text('alert(4)')]),
        jsx('iframe', { src: 'https://evil.example/' }),
        { type: 'mdxTextExpression', value: 'alert(5)' },
      ],
    },
    { type: 'heading', depth: 2, children: [text('Context')] },
    { type: 'code', lang: 'js" onmouseover="alert(6)', value: 'let a = 1;' },
  ],
} as unknown as Nodes;

describe('the sanitiser of practice texts', () => {
  const { html, headings, localImagePaths } = renderTextTree(hostileTree);

  it('drops raw HTML, unknown components, handlers, styles and expressions', () => {
    expect(html).not.toMatch(/<script|<iframe|onclick|onmouseover|style=|alert\((1|3|4|5)\)/i);
    expect(html).toContain('<bdi dir="ltr">Rabat</bdi>');
  });

  it('keeps only safe addresses: http(s) links, relative images', () => {
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('evil.example');
    expect(html).toContain('<a href="https://example.org/ok" title="fine">ok</a>');
    expect(localImagePaths).toEqual(['./chart.png']);
  });

  it('gives headings the ids Astro gives them', () => {
    expect(html).toContain('<h2 id="context">Context</h2>');
    expect(headings).toEqual([{ depth: 2, slug: 'context', text: 'Context' }]);
  });
});

describe('the sanitiser in the MDX pipeline (guides, activities, pages)', () => {
  // Compiled without the allow-list check, so only the sanitiser stands between the text and the page.
  const source = [
    '[link](javascript:alert(1)) ![pixel](https://evil.example/pixel.png) <bdi dir="rtl" onClick="alert(2)">x</bdi>',
    '',
    '<div title="d">inside</div>',
    '',
    '<iframe src="https://evil.example/" />',
  ].join('\n');

  it('the compiled page holds no handler, no foreign address and no element outside the schema', async () => {
    const bare = mdxToJs(source, { jsxImportSource: 'astro' });
    // Without the sanitiser all of it would be there: the test can tell the difference.
    expect(bare.code).toContain('javascript:alert(1)');
    const { code } = await mdxToJs(source, { jsxImportSource: 'astro', hastPlugins: [mdxSanitizePlugin()] });
    expect(code).not.toMatch(/javascript:|evil\.example|onClick|"div"|"iframe"/);
    expect(code).toContain('"bdi"');
    // An element outside the schema goes with what is inside it, as the check reports it.
    expect(code).not.toContain('inside');
  });
});
