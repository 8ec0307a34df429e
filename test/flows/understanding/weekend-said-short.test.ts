// "Este fin", "el próximo fin": the weekend, as callers in Mexico say it. It was not understood,
// and the date asked again; "fin de mes", "fin de año" stay what they are.

import { describe, expect, it } from 'vitest';
import { readDates } from '../../../flows/understanding/stay-dates.ts';

const read = (text: string) => readDates(text, { today: '2026-12-02', locale: 'es-MX', country: 'MX' }).dates;

describe('the weekend said short', () => {
  it('"este fin" is this weekend, as "este fin de semana" is', () => {
    expect(read('para este fin')).toEqual(read('para este fin de semana'));
    expect(read('para este fin')).toEqual({ kind: 'stay', arrival: '2026-12-04', departure: '2026-12-06' });
  });

  it('"el próximo fin" and "el fin que viene" are read as "el próximo fin de semana" is', () => {
    expect(read('el próximo fin')).toEqual(read('el próximo fin de semana'));
    expect(read('el fin que viene')).toEqual(read('el fin de semana que viene'));
  });

  it('the end of something else is not a weekend', () => {
    expect(read('a fin de mes').kind).not.toBe('stay');
    expect(read('para el fin')).toEqual({ kind: 'none' });
    expect(read('al fin')).toEqual({ kind: 'none' });
  });
});
