// A reservation's stay changed by so much (flows/stay-shift.ts): worked out from its own stay, or
// the part asked when the words leave it open; on the demo hotel with a reservation found.

import { describe, expect, it } from 'vitest';
import type { CallContext, ReservationSummary } from '../../flows/call-context.ts';
import { shiftedStay } from '../../flows/stay-shift.ts';
import { changeSaidAtReservation } from '../../flows/stay-change.ts';
import { tokenize } from '../../flows/understanding/normalize.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { catalogueContexts } from '../../src/voice/prompt-catalogue.ts';

const ctx: CallContext = catalogueContexts(toHotelInfo(readHotelFile(DEMO_HOTEL_PATH)), 'en-US')[0]!;
const found: ReservationSummary = { ...ctx.found!, arrival: '2026-12-04', nights: 2, rooms: 2 };
const shift = (text: string, f: ReservationSummary = found) => shiftedStay(ctx, f, tokenize(text));

describe('a stay changed by so much', () => {
  it.each([
    ['one more night', { nights: 3 }],
    ['two more nights please', { nights: 4 }],
    ['one night less', { nights: 1 }],
    ['quítele una noche', { nights: 1 }],
    ['agregue dos noches', { nights: 4 }],
    ['stay a day longer', { nights: 3 }],
    ['we need to leave a day early', { nights: 1 }],
    ['salimos un día antes', { nights: 1 }],
    ['push it back a day', { arrival: '2026-12-05' }],
    ['un día después', { arrival: '2026-12-05' }],
    ['can we arrive two days earlier', { arrival: '2026-12-02' }],
    ['one room less', { rooms: 1 }],
    ['add one more room', { rooms: 3 }],
  ] as const)('"%s" is %j', (text, slots) => {
    expect(shift(text)).toEqual({ q: 'request', slots });
  });

  it('which way is not said, or both ways are: the part asked, never guessed', () => {
    expect(shift('move it a day earlier or later')).toEqual({ q: 'changeDetail', detail: 'arrivalDate' });
    expect(shift('add or remove a night')).toEqual({ q: 'changeDetail', detail: 'nights' });
  });

  it('a stay left empty, or over the hotel\'s limits: the part asked', () => {
    expect(shift('take two nights off')).toEqual({ q: 'changeDetail', detail: 'nights' });
    expect(shift('two rooms less')).toEqual({ q: 'changeDetail', detail: 'rooms' });
    expect(shift('add 40 more nights')).toEqual({ q: 'changeDetail', detail: 'nights' });
  });

  it('no change by so much: nothing ("3 nights", "the 20th", "a room for Friday")', () => {
    for (const text of ['3 nights', 'move it to the 20th', 'a room for friday']) expect(shift(text)).toBeNull();
  });
});

// One vocabulary of "by so much" (WAYS in flows/stay-shift.ts) is read by the shift and by the change
// said at the reservation (flows/stay-change.ts), where two lists had drifted apart; made one, the
// readings stay as they were: these are the two lists' own outcomes, recorded before.
describe('the change said at a reservation, read with the one vocabulary', () => {
  const atReservation = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => {
    const base = catalogueContexts(toHotelInfo(readHotelFile(DEMO_HOTEL_PATH)), locale)[0]!;
    return changeSaidAtReservation({ ...base, found: { ...base.found!, status: 'booked', arrival: '2026-12-11', nights: 2, rooms: 2 } }, text);
  };
  it.each([
    ['extend the stay', { q: 'changeDetail', detail: 'nights' }],
    ['extend it, a week', { q: 'changeDetail', detail: 'nights' }],
    ['make it longer, a week', { q: 'request', slots: { nights: 7 } }],
    ['cut it to two suites', { q: 'request', slots: { rooms: 2 } }],
    ['drop it to 2 nights', { q: 'changeDetail', detail: 'nights' }],
    ['one more night', { q: 'request', slots: { nights: 3 } }],
    ['I want it longer', null],
    ['shorten the stay', null],
  ] as const)('en "%s": %j', (text, reading) => {
    expect(atReservation(text)).toEqual(reading);
  });
  it.each([
    ['agregar un día', { q: 'request', slots: { nights: 3 } }],
    ['agréguele un día', { q: 'request', slots: { nights: 3 } }],
    ['quítele, una semana', { q: 'request', slots: { nights: 7 } }],
    ['una semana más', null],
    ['quitar una semana', null],
  ] as const)('es "%s": %j', (text, reading) => {
    expect(atReservation(text, 'es-MX')).toEqual(reading);
  });
});
