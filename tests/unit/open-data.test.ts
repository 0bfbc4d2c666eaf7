import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/lib/csv.ts';
import { licenceUrl } from '../../src/lib/json-ld.ts';
import { scriptJson } from '../../src/lib/script-json.ts';

describe('CSV writer (RFC 4180)', () => {
  it('leaves plain fields alone and quotes what needs quoting, doubling quotes', () => {
    expect(csvField('Rabat')).toBe('Rabat');
    expect(csvField('الرباط')).toBe('الرباط');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(2023)).toBe('2023');
  });

  it('keeps spreadsheets from running a text as a formula, but not a plain number', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1 vote')).toBe("'+1 vote");
    expect(csvField('@user')).toBe("'@user");
    expect(csvField('-6.8416')).toBe('-6.8416');
    expect(csvField(-6.8416)).toBe('-6.8416');
  });

  it('writes CRLF records after an optional byte order mark, and refuses ragged rows', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          ['2', null],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n2,\r\n');
    expect(toCsv(['a'], [['1']], { bom: true })).toBe(`${BOM}a\r\n1\r\n`);
    expect(BOM.codePointAt(0)).toBe(0xfeff);
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields, the header 2/);
  });
});

describe('JSON in a <script> element (data islands, JSON-LD)', () => {
  const hostile = `</script><script>alert("x")</script> & <!-- \u2028 \u2029 'q'`;

  it('never writes <, >, & or a line/paragraph separator, and parses back to the same value', () => {
    const out = scriptJson({ name: hostile, nested: [{ headline: hostile }] });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(out)).toEqual({ name: hostile, nested: [{ headline: hostile }] });
  });

  it('names licences by their address', () => {
    expect(licenceUrl('CC-BY-4.0')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licenceUrl('CC-BY-NC-SA-4.0')).toBe('https://creativecommons.org/licenses/by-nc-sa/4.0/');
    expect(licenceUrl('CC0-1.0')).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(licenceUrl('MIT')).toBe('https://spdx.org/licenses/MIT.html');
    expect(licenceUrl('All rights reserved')).toBe('All rights reserved');
  });
});
