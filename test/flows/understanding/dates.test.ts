import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import { dateFromDigits, dateFromSpeech } from '../../../flows/understanding/dates.ts';

const anyText = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

// 2026-11-28 is a Saturday.
const TODAY = '2026-11-28';

describe('dateFromDigits', () => {
  it('reads MMDD as the next such date, today included', () => {
    expect(dateFromDigits('1231', TODAY)).toBe('2026-12-31');
    expect(dateFromDigits('0105', TODAY)).toBe('2027-01-05');
    expect(dateFromDigits('1128', TODAY)).toBe('2026-11-28');
    expect(dateFromDigits('1127', TODAY)).toBe('2027-11-27');
    expect(dateFromDigits('1129#', TODAY)).toBe('2026-11-29');
    expect(dateFromDigits('0101', '2026-12-31')).toBe('2027-01-01');
  });

  it('finds the next 29 February', () => {
    expect(dateFromDigits('0229', TODAY)).toBe('2028-02-29');
    expect(dateFromDigits('0229', '2028-02-29')).toBe('2028-02-29');
    expect(dateFromDigits('0229', '2028-03-01')).toBe('2032-02-29');
    expect(dateFromDigits('0229', '2099-03-01')).toBe('2104-02-29');
  });

  it('refuses impossible dates and malformed input', () => {
    for (const bad of ['1332', '0230', '0431', '0000', '0015', '1300', '123', '12345', '', '#', '12a4', '12*4', '1231##', ' 12 31']) {
      expect(dateFromDigits(bad, TODAY), bad).toBeNull();
    }
  });

  it('refuses a malformed today', () => {
    expect(dateFromDigits('1231', '')).toBeNull();
    expect(dateFromDigits('1231', '2026-13-01')).toBeNull();
    expect(dateFromDigits('1231', '2026-02-30')).toBeNull();
    expect(dateFromDigits('1231', '28/11/2026')).toBeNull();
  });
});

describe('dateFromSpeech — English', () => {
  const en = (text: string, today = TODAY) => dateFromSpeech(text, 'en-US', today);

  it('understands relative days', () => {
    expect(en('tomorrow')).toBe('2026-11-29');
    expect(en('Tomorrow.')).toBe('2026-11-29');
    expect(en('today')).toBe('2026-11-28');
    expect(en('the day after tomorrow')).toBe('2026-11-30');
    expect(en('day after tomorrow')).toBe('2026-11-30');
    expect(en('in three days')).toBe('2026-12-01');
    expect(en('in 3 days')).toBe('2026-12-01');
    expect(en('a week from today')).toBe('2026-12-05');
  });

  it('understands weekdays', () => {
    expect(en('Friday')).toBe('2026-12-04');
    expect(en('next Friday')).toBe('2026-12-04');
    expect(en('this Friday')).toBe('2026-12-04');
    expect(en('on Monday')).toBe('2026-11-30');
  });

  it('understands month and day', () => {
    expect(en('December 4th')).toBe('2026-12-04');
    expect(en('December fourth')).toBe('2026-12-04');
    expect(en('December four')).toBe('2026-12-04');
    expect(en('December the fourth')).toBe('2026-12-04');
    expect(en('Dec 4')).toBe('2026-12-04');
    expect(en('on the 4th of December')).toBe('2026-12-04');
    expect(en('12/4')).toBe('2026-12-04');
    expect(en('December twenty five')).toBe('2026-12-25');
    expect(en('December twenty-five')).toBe('2026-12-25');
    expect(en('December twenty-fifth')).toBe('2026-12-25');
    expect(en('the twenty fifth of December')).toBe('2026-12-25');
    expect(en('January first')).toBe('2027-01-01');
    expect(en('November 28')).toBe('2026-11-28');
  });

  it('finds the date inside a sentence', () => {
    expect(en("I'd like to arrive on December 4th, please")).toBe('2026-12-04');
    expect(en('I want a room for next Friday please')).toBe('2026-12-04');
    expect(en('tomorrow at 3 pm')).toBe('2026-11-29');
  });

  it('returns past or far dates as said (the flow validates)', () => {
    expect(en('yesterday')).toBe('2026-11-27');
    expect(en('December 4 2030')).toBe('2030-12-04');
  });

  it('gives null without a date', () => {
    expect(en('')).toBeNull();
    expect(en('at 3 pm')).toBeNull();
    expect(en('in December')).toBeNull();
    expect(en('two rooms')).toBeNull();
    expect(en('I do not know')).toBeNull();
    expect(en('🙂🙂')).toBeNull();
  });
});

describe('dateFromSpeech — Spanish', () => {
  const es = (text: string, today = TODAY) => dateFromSpeech(text, 'es-MX', today);

  it('understands relative days', () => {
    expect(es('mañana')).toBe('2026-11-29');
    expect(es('Mañana.')).toBe('2026-11-29');
    expect(es('manana')).toBe('2026-11-29');
    expect(es('hoy')).toBe('2026-11-28');
    expect(es('pasado mañana')).toBe('2026-11-30');
    expect(es('en tres días')).toBe('2026-12-01');
    expect(es('en una semana')).toBe('2026-12-05');
  });

  it('understands weekdays', () => {
    expect(es('el viernes')).toBe('2026-12-04');
    expect(es('el próximo viernes')).toBe('2026-12-04');
    expect(es('el sábado')).toBe('2026-11-28');
    expect(es('el miércoles')).toBe('2026-12-02');
  });

  it('understands day and month, with numbers as words', () => {
    expect(es('el 4 de diciembre')).toBe('2026-12-04');
    expect(es('el cuatro de diciembre')).toBe('2026-12-04');
    expect(es('cuatro de diciembre')).toBe('2026-12-04');
    expect(es('el primero de enero')).toBe('2027-01-01');
    expect(es('el uno de enero')).toBe('2027-01-01');
    expect(es('el veinticinco de diciembre')).toBe('2026-12-25');
    expect(es('el treinta y uno de diciembre')).toBe('2026-12-31');
    expect(es('el once de diciembre')).toBe('2026-12-11');
    expect(es('diciembre 4')).toBe('2026-12-04');
    expect(es('dic 4')).toBe('2026-12-04');
  });

  it('is not confused by "por la mañana"', () => {
    expect(es('por la mañana')).toBeNull();
    expect(es('mañana por la mañana')).toBe('2026-11-29');
    expect(es('el viernes por la mañana')).toBe('2026-12-04');
    expect(es('llego mañana en la mañana')).toBe('2026-11-29');
    expect(es('el 4 de diciembre por la mañana')).toBe('2026-12-04');
  });

  it('finds the date inside a sentence', () => {
    expect(es('quiero llegar el 4 de diciembre por favor')).toBe('2026-12-04');
  });

  it('gives null without a date', () => {
    expect(es('')).toBeNull();
    expect(es('dos habitaciones')).toBeNull();
    expect(es('tres noches')).toBeNull();
    expect(es('en diciembre')).toBeNull();
    expect(es('no sé')).toBeNull();
  });
});

describe('dateFromSpeech — mixed languages', () => {
  it('tries the other language when the locale finds nothing', () => {
    expect(dateFromSpeech('tomorrow', 'es-MX', TODAY)).toBe('2026-11-29');
    expect(dateFromSpeech('December 4th', 'es-MX', TODAY)).toBe('2026-12-04');
    expect(dateFromSpeech('mañana', 'en-US', TODAY)).toBe('2026-11-29');
    expect(dateFromSpeech('el cuatro de diciembre', 'en-US', TODAY)).toBe('2026-12-04');
  });

  it('reads a slash date in the locale order (es-MX is day/month)', () => {
    expect(dateFromSpeech('12/4', 'en-US', TODAY)).toBe('2026-12-04');
    expect(dateFromSpeech('4/12', 'es-MX', TODAY)).toBe('2026-12-04');
  });
});

describe('dateFromSpeech — reference day', () => {
  it('rolls over the year', () => {
    const today = '2026-12-31'; // a Thursday
    expect(dateFromSpeech('tomorrow', 'en-US', today)).toBe('2027-01-01');
    expect(dateFromSpeech('mañana', 'es-MX', today)).toBe('2027-01-01');
    expect(dateFromSpeech('today', 'en-US', today)).toBe('2026-12-31');
    expect(dateFromSpeech('Friday', 'en-US', today)).toBe('2027-01-01');
    expect(dateFromSpeech('December 4th', 'en-US', today)).toBe('2027-12-04');
    expect(dateFromSpeech('el treinta y uno de diciembre', 'es-MX', today)).toBe('2026-12-31');
  });

  it('refuses a malformed today', () => {
    expect(dateFromSpeech('tomorrow', 'en-US', 'tomorrow')).toBeNull();
    expect(dateFromSpeech('tomorrow', 'en-US', '2026-02-30')).toBeNull();
  });

  describe('whatever the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      it(`gives the same calendar dates with TZ=${tz}`, () => {
        process.env.TZ = tz;
        // The zone really changed (Kiritimati is UTC+14, Pago Pago UTC-11).
        if (tz === 'Pacific/Kiritimati') expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-840);
        if (tz === 'Pacific/Pago_Pago') expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(660);
        expect(dateFromSpeech('tomorrow', 'en-US', '2026-12-31')).toBe('2027-01-01');
        expect(dateFromSpeech('tomorrow', 'en-US', '2026-11-28')).toBe('2026-11-29');
        expect(dateFromSpeech('today', 'en-US', '2026-11-28')).toBe('2026-11-28');
        expect(dateFromSpeech('mañana', 'es-MX', '2026-12-31')).toBe('2027-01-01');
        expect(dateFromSpeech('pasado mañana', 'es-MX', '2026-12-31')).toBe('2027-01-02');
        expect(dateFromSpeech('next Friday', 'en-US', '2026-11-28')).toBe('2026-12-04');
        expect(dateFromSpeech('el 4 de diciembre', 'es-MX', '2026-11-28')).toBe('2026-12-04');
        expect(dateFromSpeech('in three days', 'en-US', '2026-12-30')).toBe('2027-01-02');
        // Daylight-saving changes: US 2026-03-08 and 2026-11-01.
        expect(dateFromSpeech('tomorrow', 'en-US', '2026-03-07')).toBe('2026-03-08');
        expect(dateFromSpeech('tomorrow', 'en-US', '2026-03-08')).toBe('2026-03-09');
        expect(dateFromSpeech('tomorrow', 'en-US', '2026-10-31')).toBe('2026-11-01');
        expect(dateFromDigits('0101', '2026-12-31')).toBe('2027-01-01');
      });
    }
  });
});

describe('dates property', () => {
  it('never throws and returns null or an IsoDate', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en-US', 'es-MX'), (s, locale) => {
        const spoken = dateFromSpeech(s, locale as 'en-US', TODAY);
        expect(spoken === null || ISO.test(spoken)).toBe(true);
        const keyed = dateFromDigits(s, TODAY);
        expect(keyed === null || ISO.test(keyed)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads every valid MMDD as a date within a year of today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (month, day) => {
        const mmdd = `${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
        const out = dateFromDigits(mmdd, TODAY);
        expect(out).not.toBeNull();
        expect((out as string).slice(5)).toBe(`${mmdd.slice(0, 2)}-${mmdd.slice(2)}`);
        expect(out! >= TODAY && out! < '2027-11-28').toBe(true);
      }),
    );
  });

  it('reads date-like speech without throwing', () => {
    const words = fc.constantFrom(
      'tomorrow', 'mañana', 'next', 'friday', 'viernes', 'el', 'de', 'diciembre', 'december', '4th', 'cuatro',
      'twenty', 'y', 'uno', 'por', 'la', 'pasado', 'in', 'days', '12/4', 'the', 'of', '31', '2027', 'once',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), fc.constantFrom('en-US', 'es-MX'), (ws, locale) => {
        const out = dateFromSpeech(ws.join(' '), locale as 'en-US', TODAY);
        expect(out === null || ISO.test(out)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
