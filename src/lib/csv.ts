/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF; a field holding a separator
 * (comma, semicolon, tab), a double quote, a line break or leading/trailing space is wrapped in double
 * quotes, with its quotes doubled.
 */

/** Byte order mark: spreadsheet programs (Excel above all) read the file as UTF-8 only when it starts with it. */
export const BOM = '\uFEFF';

/**
 * A formula-start character at the start of a cell, or right after a separator inside it. Spreadsheets
 * run a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (OWASP "CSV
 * injection"), and a program that splits on semicolons or tabs starts a new cell after any of those, so
 * the middle of a text counts too. A line break inside a quoted cell starts no cell, so Markdown lists
 * (`\n- item`) in the narrative stay as written.
 */
const FORMULA_START = /(?<=^|[,;\t])[=+\-@\t\r]/g;
/** The text from a position to the next place a cell may end. */
const CELL_FRAGMENT = /^[^,;\t]*/;
/** A plain number (`-6.84`) is not a formula: it stays as written. */
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * Content comes from contributors, so every formula start gets an apostrophe before it, which spreadsheets
 * show as plain text. Exported so that tests can tell what a spreadsheet shows for a text.
 */
export function defuseFormulas(value: string): string {
  return value.replace(FORMULA_START, (char, offset: number) => (PLAIN_NUMBER.test(CELL_FRAGMENT.exec(value.slice(offset))![0]) ? char : `'${char}`));
}

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = defuseFormulas(String(value));
  return /[",;\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: a header row, then one row per record; `bom` prefixes the byte order mark. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  options: { bom?: boolean } = {},
): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${i + 1} has ${row.length} fields, the header ${header.length}`);
  }
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${options.bom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}
