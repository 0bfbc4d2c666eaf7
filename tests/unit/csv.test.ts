import { describe, expect, it } from 'vitest';
import { csvField, defuseFormulas, toCsv } from '../../src/lib/csv.ts';

/**
 * The CSV writer behind /data/practices.csv, beyond the basics in open-data.test.ts: every place a
 * spreadsheet could start a cell, and so a formula, is defused with an apostrophe (OWASP "CSV injection").
 */

/** RFC 4180 reading of one quoted field: the text a spreadsheet gets. */
const unquote = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);

describe('CSV quoting', () => {
  it('quotes a field holding a comma, semicolon, tab, CR, LF or double quote, doubling its quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a "b" c')).toBe('"a ""b"" c"');
    expect(csvField('""')).toBe('""""""');
    expect(csvField('plain text')).toBe('plain text');
  });
});

describe('CSV formula defusing', () => {
  it('prefixes a cell starting with =, +, -, @, a tab or a CR', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+A1')).toBe("'+A1");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe(`"'\t'=1"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
  });

  it('prefixes a formula start right after a comma, semicolon or tab inside the cell', () => {
    expect(csvField('a,=1+1')).toBe(`"a,'=1+1"`);
    expect(csvField('a;=HYPERLINK("http://x")')).toBe(`"a;'=HYPERLINK(""http://x"")"`);
    expect(csvField('a\t@cmd')).toBe(`"a\t'@cmd"`);
    expect(csvField('a;\tb')).toBe(`"a;'\tb"`);
    expect(csvField('a,\rb')).toBe(`"a,'\rb"`);
    // Each of a run of separators is a place a cell may start.
    expect(csvField('a;;=1')).toBe(`"a;;'=1"`);
    expect(csvField('a,\t=1')).toBe(`"a,'\t'=1"`);
  });

  it('leaves a formula character elsewhere alone', () => {
    expect(csvField('1+1=2')).toBe('1+1=2');
    expect(csvField('e-mail me @ home')).toBe('e-mail me @ home');
    expect(csvField('Rabat - Salé')).toBe('Rabat - Salé');
    expect(csvField('a, =1')).toBe('"a, =1"');
  });

  it('leaves plain numbers alone, at the start or after a separator', () => {
    expect(csvField('-6.8416')).toBe('-6.8416');
    expect(csvField(-6.8416)).toBe('-6.8416');
    expect(csvField('+212')).toBe('+212');
    expect(csvField('33.57;-7.59')).toBe('"33.57;-7.59"');
    expect(csvField('-1;-2x')).toBe(`"-1;'-2x"`);
  });

  it('defuses the same way wherever the text is (one rule, applied consistently)', () => {
    const hostile = "=cmd|' /C calc'!A0";
    for (const [before, after] of [
      ['', ''],
      ['x,', ''],
      ['x;', ' y'],
      ['x\t', ',z'],
    ]) {
      expect(unquote(csvField(`${before}${hostile}${after}`))).toBe(`${before}'${hostile}${after}`);
    }
  });

  it('leaves a Markdown list in a quoted cell as written (a line break inside quotes starts no cell)', () => {
    expect(defuseFormulas('Intro:\n- one\n- two')).toBe('Intro:\n- one\n- two');
    expect(csvField('Intro:\n- one')).toBe('"Intro:\n- one"');
  });

  it('keeps whole rows well formed', () => {
    expect(toCsv(['a', 'b'], [['=1', 'x;-y']])).toBe(`a,b\r\n'=1,"x;'-y"\r\n`);
  });
});
