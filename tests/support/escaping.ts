import * as cheerio from 'cheerio';

/**
 * Checks that contributor text in a built page stayed text. Inside a quoted attribute value `<` is
 * plain text for an HTML parser (Astro escapes `&` and `"` there), so the raw-markup checks look at the
 * page with attribute values blanked out; everything else is checked on the parsed document.
 */

/** The raw HTML with every attribute (name and value) replaced by spaces, offsets unchanged. */
export function withoutAttributes(html: string): string {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  const chars = html.split('');
  $('*').each((_, el) => {
    const attrs = (el as { sourceCodeLocation?: { attrs?: Record<string, { startOffset: number; endOffset: number }> } }).sourceCodeLocation?.attrs;
    for (const { startOffset, endOffset } of Object.values(attrs ?? {})) chars.fill(' ', startOffset, endOffset);
  });
  return chars.join('');
}

/** Data blocks a page may carry; any other `<script>` must load an external file. */
const dataTypes = new Set(['application/json', 'application/ld+json']);

/**
 * What would let a text escape into markup: a script element that is neither external nor a data block
 * that parses, a data block with a raw `<`, an event-handler attribute, an embedding element, or raw
 * markup from the given texts outside attribute values.
 */
export function escapingProblems(html: string, texts: readonly string[] = []): string[] {
  const problems: string[] = [];
  const $ = cheerio.load(html);
  $('script').each((_, el) => {
    const node = $(el);
    const type = node.attr('type');
    if (node.attr('src') !== undefined && (type === undefined || type === 'module')) return;
    if (!type || !dataTypes.has(type)) return void problems.push(`a script that is neither external nor data: ${$.html(el).slice(0, 120)}`);
    const body = node.html() ?? '';
    if (body.includes('<')) problems.push(`a ${type} block with a raw "<" (escape it as \\u003c)`);
    try {
      JSON.parse(body);
    } catch {
      problems.push(`a ${type} block that does not parse: ${body.slice(0, 120)}`);
    }
  });
  $('*').each((_, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) problems.push(`an event-handler attribute ${name} on <${(el as { tagName: string }).tagName}>`);
    }
  });
  for (const tag of ['iframe', 'object', 'embed', 'base', 'frame']) if ($(tag).length) problems.push(`a <${tag}> element`);
  const raw = withoutAttributes(html);
  const closing = raw.match(/<\/script\s*>/gi)?.length ?? 0;
  if (closing !== $('script').length) problems.push(`${closing} "</script>" in the markup for ${$('script').length} script elements`);
  for (const text of texts) {
    // Every tag-like piece of a contributor's text (`<script>`, `<img src=x onerror=...>`, `<!--`) must not be markup.
    for (const piece of text.match(/<[^>]*>?/g) ?? []) {
      if (piece === '</script>' || /^<\/script\s*>$/i.test(piece)) continue; // counted above
      if (raw.includes(piece)) problems.push(`raw markup from a text: ${piece}`);
    }
  }
  return problems;
}

/** JSON-LD blocks: data, escaped so no text can end the element, and parsing back to objects. */
export function jsonLdEscapingProblems(html: string): string[] {
  const $ = cheerio.load(html);
  const problems: string[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const body = $(el).html() ?? '';
    if (/[<>]/.test(body)) problems.push(`JSON-LD with a raw "<" or ">": ${body.slice(0, 120)}`);
    try {
      const value: unknown = JSON.parse(body);
      if (value === null || typeof value !== 'object') problems.push('JSON-LD that is not an object');
    } catch {
      problems.push(`JSON-LD that does not parse: ${body.slice(0, 120)}`);
    }
  });
  return problems;
}

/** The JSON-LD objects of a page, parsed. */
export function jsonLd(html: string): unknown[] {
  const $ = cheerio.load(html);
  return $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).html() ?? 'null') as unknown)
    .get();
}
