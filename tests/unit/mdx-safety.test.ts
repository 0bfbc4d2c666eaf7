import { describe, expect, it } from 'vitest';
import { checkMdxSource } from '../../src/build/mdx-check.ts';
import { formatIssue } from '../../src/lib/issue-format.ts';
import { allowedComponents, isAllowedUrl, isEntryImagePath } from '../../src/lib/mdx-safety.ts';
import { unsafeLinkIssues } from '../../src/lib/scaffold/practice.ts';
import { tmpdir } from 'node:os';

/** The MDX rules on single texts, parsed as the build parses them (frontmatter lines kept). */
const head = '---\ntitle: T\nsummary: S\n---\n\n'; // the body starts on line 6
const problems = (body: string) => checkMdxSource(head + body, 'practices/x/en.mdx').map(formatIssue);

describe('MDX safety', () => {
  it('keeps the allow-list in one place: bdi with dir and lang', () => {
    expect(allowedComponents).toEqual({ bdi: ['dir', 'lang'] });
  });

  it('accepts Markdown, the allowed component, comments, and links a reader can follow', () => {
    const body = [
      '## A heading',
      '',
      'Text with <bdi>Young Cities</bdi> and <bdi dir="ltr" lang="en">STRIVE</bdi>, **bold**, *italic*, `<script>` in code.',
      '',
      '{/* a note for translators */}',
      '',
      '- [relative](../other/) [anchor](#part) [web](https://example.org/?a=1&b=2) [plain](http://example.org) [mail](mailto:hub@example.org) [phone](tel:+212500000000)',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '```html',
      '<script>alert(1)</script> {not an expression}',
      '```',
      '',
      '> A quote.',
      '',
      '![A chart stored with the text](./chart.png)',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });

  it.each([
    ['<bdi style="color: red">x</bdi>', '<bdi style>', 'one of the attributes allowed on <bdi>: dir, lang'],
    ['<bdi dir={direction}>x</bdi>', '<bdi dir>', 'written in quotes'],
    ['<bdi {...props}>x</bdi>', '<bdi {…}>', 'written in quotes'],
    ['<bdi onClick="go()">x</bdi>', '<bdi onClick>', 'without event-handler attributes'],
    ['<BDI>x</BDI>', '<BDI>', 'allowed components: <bdi>'],
    ['<a href="https://example.org">x</a>', '<a>', 'the element <a>'],
    ['<img src="x.png" />', '<img>', 'the element <img>'],
    ['<>x</>', '<>', 'an empty element <>'],
    ['[x](JavaScript:alert(1))', '[…](…)', '"JavaScript:alert(1)"'],
    ['[x](<java script:alert(1)>)', '[…](…)', 'java script:alert(1)'],
    ['[x](&#106;avascript:alert(1))', '[…](…)', '"javascript:alert(1)"'],
    ['[r]: vbscript:msgbox(1)\n\nSee [x][r].', '[…]: …', 'vbscript:'],
    ['[x](file:///etc/passwd)', '[…](…)', 'file:///etc/passwd'],
    ['![x](https://example.org/chart.png)', '![…](…)', 'image stored in the same folder as the text'],
    ['![x](//example.org/chart.png)', '![…](…)', 'relative path'],
    ['{/* a */ alert(1) /* b */}', '{…}', 'the JavaScript expression'],
    ['Costs {1 + 1} dirhams.', '{…}', '"{1 + 1}"'],
  ])('refuses %s', (body, field, phrase) => {
    const found = problems(body);
    expect(found, found.join('\n')).toHaveLength(1);
    expect(found[0]).toContain(`practices/x/en.mdx:6  ${field}: expected `);
    expect(found[0]).toContain(phrase);
  });

  it('reports MDX it cannot read with the parser’s line, as the build would fail there', () => {
    const found = problems('Fine.\n\n<!-- an HTML comment -->\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^error {2}practices\/x\/en\.mdx:8 {2}expected valid MDX .*found .*comment/);
  });

  it('the proposal form and the checker read an address with the same decoder', () => {
    const body = '[x](javascript&colon;alert(1)) [y](java&#x73;cript:alert(1))';
    expect(problems(body)).toHaveLength(2);
    expect(unsafeLinkIssues(body, 'practices/x/en.mdx', 'approach').map((i) => i.params.value)).toEqual(['javascript:alert(1)', 'javascript:alert(1)']);
    expect(unsafeLinkIssues('[ok](https://example.org/a&amp;b)', 'practices/x/en.mdx', 'approach')).toEqual([]);
  });

  it("refuses image paths that leave the text's folder, however written", () => {
    for (const url of [
      '../x.png',
      './a/../../x.png',
      '..%2Fx.png',
      '%2e%2e/x.png',
      '/icon.png',
      '\\\\host\\x.png',
      'a\\..\\..\\x.png',
      'C:/x.png',
      'https://e.org/x.png',
      '//e.org/x.png',
      'data:image/png;base64,AA',
    ])
      expect(isEntryImagePath(url), url).toBe(false);
    for (const url of ['./chart.png', 'chart.png', 'img/chart%20one.png']) expect(isEntryImagePath(url), url).toBe(true);
    expect(problems('![x][r]\n\n[r]: https://example.org/t.png')[0]).toContain('![…][…]: expected an image stored in the same folder');
    expect(problems('![x][R]\n\n[r]: ../../../../icon.png')[0]).toContain('"../../../../icon.png"');
  });

  it('refuses a stored image that does not exist, naming the text and line', () => {
    const found = checkMdxSource(`${head}![x](./missing.png)`, 'practices/x/en.mdx', tmpdir()).map(formatIssue);
    expect(found).toEqual([
      expect.stringContaining('practices/x/en.mdx:6  ![…](…): expected an image file that exists in the same folder as the text, found no file ./missing.png'),
    ]);
  });

  it('reads schemes as a browser does (case, spaces and control characters ignored)', () => {
    for (const url of [
      'javascript:x',
      ' JAVASCRIPT:x',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      'blob:https://x/1',
      'javascript&colon;x',
      'javascript&#58;x',
      'javascript&#x3a;x',
      'jav&Tab;ascript:x',
      '&#106;avascript:x',
    ])
      expect(isAllowedUrl(url), url).toBe(false);
    for (const url of ['../practices/x/', '#top', 'https://example.org/a:b', 'mailto:a@b.org', 'glossary/#term', 'a/b:c'])
      expect(isAllowedUrl(url), url).toBe(true);
  });
});
