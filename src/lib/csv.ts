/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF; a field holding a comma, a
 * double quote, a line break or leading/trailing space is wrapped in double quotes, with its quotes doubled.
 */

/** Byte order mark: spreadsheet programs (Excel above all) read the file as UTF-8 only when it starts with it. */
export const BOM = '\uFEFF';

/**
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by spreadsheet
 * programs (OWASP "CSV injection"). Content comes from contributors, so such a text cell gets a leading
 * apostrophe, which spreadsheets show as plain text. Plain numbers (`-6.84`) are left alone.
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = defuse(String(value));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: a header row, then one row per record; `bom` prefixes the byte order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[], options: { bom?: boolean } = {}): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`CSV row ${i + 1} has ${row.length} fields, the header ${header.length}`);
  }
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${options.bom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}
