import { describe, expect, it } from 'vitest';
import { readWholeRequest } from '../../../flows/reading/whole-request.ts';
import type { RequestContext } from '../../../flows/reading/whole-request.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
// Booked so far: arriving Tuesday 8 December, 2 nights, 1 room; said on Tuesday 1 December.
const booked: RequestContext = { today: '2026-12-01', locale: 'en-US', hotel, arrival: '2026-12-08', nights: 2, rooms: 1 };
const read = (said: string, ctx: Partial<RequestContext> = {}) => readWholeRequest(said, { ...booked, ...ctx }, 'readBack');

describe('a change counted from what is already booked', () => {
  it('nights and rooms from the call\'s', () => {
    // Was: not understood, or "add a night" one night, "push it back a week" seven nights.
    expect(read('make it one more night').slots).toEqual({ nights: 3 });
    expect(read('una noche menos', { locale: 'es-MX' }).slots).toEqual({ nights: 1 });
    expect(read('can we add a night').slots).toEqual({ nights: 3 });
    expect(read('two more rooms').slots).toEqual({ rooms: 3 });
    expect(read('one night less, and two rooms').slots).toEqual({ nights: 1, rooms: 2 });
    expect(read('add one more room and one more night').slots).toEqual({ nights: 3, rooms: 2 });
  });

  it('the whole stay moved from the arrival; the arrival alone keeps the day of leaving, confirmed', () => {
    expect(read('push it back a week').slots).toEqual({ arrival: '2026-12-15' });
    expect(read('un día después', { locale: 'es-MX' }).slots).toEqual({ arrival: '2026-12-09' });
    // Was: tomorrow ("come in a day": from today).
    expect(read('we could come in a day early')).toMatchObject({ slots: { arrival: '2026-12-07', nights: 3 }, unsure: true });
    expect(read('a day earlier').unsure).toBeUndefined();
  });

  it('moved a way not said: a day earlier or later, the nights kept, to choose', () => {
    // Was: nothing understood (the question asked again as if nothing was said).
    for (const [said, locale] of [['move it a day', 'en-US'], ['can u shift it a day', 'en-US'], ['muévalo un día', 'es-MX']] as const) {
      const slots = read(said, { locale }).slots;
      expect(slots.dateChoice?.options.map((o) => o.arrival), said).toEqual(['2026-12-07', '2026-12-09']);
      expect(slots.nights, said).toBe(2);
    }
    expect(read('move it a week').slots.dateChoice?.options.map((o) => o.arrival)).toEqual(['2026-12-01', '2026-12-15']);
    // Was: seven nights.
    expect(read('shift everything a week').slots.dateChoice?.options.map((o) => o.arrival)).toEqual(['2026-12-01', '2026-12-15']);
    expect(read('shift everything a week').slots.nights).toBe(2);
    // A day earlier already past: the later one, confirmed.
    expect(read('move it a day', { arrival: '2026-12-01' })).toMatchObject({ slots: { arrival: '2026-12-02' }, unsure: true });
  });

  it('nothing without what it counts from, nor what cannot be', () => {
    expect(read('one more night', { nights: null }).slots).toEqual({});
    expect(read('a day later', { arrival: null }).slots).toEqual({});
    expect(read('one night less', { nights: 1 }).slots).toEqual({});
    expect(read('one fewer room').slots).toEqual({});
    // A day already past is said, not taken.
    expect(read('a week earlier', { arrival: '2026-12-03' })).toMatchObject({ slots: {}, refused: true, notices: [{ id: 'dateInPast' }] });
    // Was: Sunday as a new arrival.
    expect(read('extend my stay to Sunday').slots).toEqual({ nights: 5 });
    // A date said with it is the date.
    expect(read("we'll arrive a day early, on the 7th").slots).toEqual({ arrival: '2026-12-07' });
  });
});

describe('read by inference, and confirmed', () => {
  it('"una quincena": two weeks, confirmed (fifteen days: fourteen nights or fifteen?)', () => {
    // Was: fourteen nights, taken as heard.
    expect(read('una quincena', { locale: 'es-MX' })).toMatchObject({ slots: { nights: 14 }, unsure: true });
    expect(readWholeRequest('una quincena desde el 4 de enero', { ...booked, locale: 'es-MX' }, 'greeting')).toMatchObject({ slots: { arrival: '2027-01-04', nights: 14 }, unsure: true });
    expect(read('a fortnight').unsure).toBeUndefined();
  });
});

describe('a departure before the arrival known', () => {
  it('is not kept', () => {
    // Was: kept as the departure of a stay arriving after it.
    expect(readWholeRequest('until tomorrow', booked, 'nights').slots).toEqual({});
    expect(readWholeRequest('until tomorrow', { ...booked, arrival: null }, 'greeting').slots).toEqual({ departure: '2026-12-02' });
  });
});

describe('a new name at the read-back', () => {
  it('is the name', () => {
    // Was: not understood.
    expect(read('Change the name to Maria Lopez.').slots).toEqual({ name: 'Maria Lopez' });
    expect(read('cámbieme el nombre a Luis Díaz, por favor', { locale: 'es-MX' }).slots).toEqual({ name: 'Luis Díaz' });
  });
});

describe('dates to choose from', () => {
  it('a reading that makes a stay longer than the hotel takes is not offered', () => {
    // Was: the 3rd of April to the 3rd of June offered beside March 4th to 6th.
    expect(read('3/4 to 3/6').slots).toEqual({ arrival: '2027-03-04', nights: 2 });
    expect(read('del 3/1 al 5/1', { locale: 'es-MX' }).slots).toEqual({ arrival: '2027-01-03', nights: 2 });
    expect(read('3/4').slots.dateChoice?.options.map((o) => o.arrival)).toEqual(['2027-03-04', '2027-04-03']);
  });
});

describe('nights listed apart', () => {
  it('are two stays: neither the dates nor a night each are taken', () => {
    // Was: January 3rd to 5th; then one night.
    expect(readWholeRequest('one night on Jan 3 and another on Jan 5', booked, 'greeting').slots).toEqual({});
    expect(readWholeRequest('una noche el 3 de enero y otra el 5', { ...booked, locale: 'es-MX' }, 'greeting').slots).toEqual({});
  });
});

describe('counts that sound alike', () => {
  it('are taken to be confirmed', () => {
    expect(readWholeRequest('I need to rooms for to nights', booked, 'greeting')).toMatchObject({ slots: { rooms: 2, nights: 2 }, unsure: true });
    expect(readWholeRequest('for nights', booked, 'nights')).toMatchObject({ slots: { nights: 4 }, unsure: true });
    expect(readWholeRequest('two rooms for three nights', booked, 'greeting').unsure).toBeUndefined();
  });
});
