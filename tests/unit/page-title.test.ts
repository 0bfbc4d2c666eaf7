import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/build/offline-files.ts';

describe('pageTitle (the offline page lists saved pages by their heading)', () => {
  it('reads the first heading of <main>, not one in the header', () => {
    const html = '<html><body><header><h1>Site</h1></header><main id="main"><h1 class="t">Practice <bdi>Rabat</bdi></h1><h1>Second</h1></main></body></html>';
    expect(pageTitle(html)).toBe('Practice Rabat');
  });

  it("decodes entities and folds the markup's white space, keeping no-break spaces", () => {
    expect(pageTitle('<main><h1>\n  Cities &amp; the   state &#8211; «&nbsp;partage&nbsp;»\n</h1></main>')).toBe('Cities & the state – «\u00a0partage\u00a0»');
    expect(pageTitle('<main><h1>Irak&nbsp;: des sous-comités</h1></main>')).toBe('Irak\u00a0: des sous-comités');
  });

  it('keeps Arabic text as written', () => {
    expect(pageTitle('<main dir="rtl"><h1 lang="ar">اللجان الفرعية في <bdi>Iraq</bdi></h1></main>')).toBe('اللجان الفرعية في Iraq');
  });

  it('is empty for a page without <main> or without a heading in it', () => {
    expect(pageTitle('<body><h1>Outside</h1></body>')).toBe('');
    expect(pageTitle('<main><h2>Only h2</h2></main>')).toBe('');
  });

  it('does not take <h10>-like or <header> tags for a heading', () => {
    expect(pageTitle('<main><header><p>x</p></header><h1>Real</h1></main>')).toBe('Real');
  });
});
