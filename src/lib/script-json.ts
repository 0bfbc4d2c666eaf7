/**
 * JSON for a `<script>` element (a browser script's data island, `application/json`; schema.org data,
 * `application/ld+json`) that can never end the element or open a comment: `<`, `>` and `&` become JSON
 * escapes (the parsed value is unchanged), and so do U+2028 and U+2029, which some older JavaScript
 * parsers take for line ends. Every page writes its script data through this one function
 * (src/components/JsonScript.astro).
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
