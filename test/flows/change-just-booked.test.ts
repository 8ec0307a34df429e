// How words said right after a booking are read (flows/change-just-booked.ts), through
// flows/read-question.ts on the demo hotel: a change of the booking just made (its new value when
// said), another booking (as before), or which of the two asked. Just booked: a Deluxe King for 2
// nights from Friday, December 4 (the clock: Saturday, November 28, 2026).

import { describe, expect, it } from 'vitest';
import type { CallContext, Heard, ReservationSummary } from '../../flows/call-context.ts';
import { readQuestion } from '../../flows/read-question.ts';
import type { Locale } from '../../flows/types.ts';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { catalogueContexts } from '../../src/voice/prompt-catalogue.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const AT = '2026-11-28T15:00:00Z';
const base = (locale: Locale): CallContext => ({ ...catalogueContexts(hotel, locale)[0]!, locale, found: null });
const justBooked = (locale: Locale): CallContext => ({
  ...base(locale), confirmation: '12345678', reservationId: 1, arrival: '2026-12-04', nights: 2, rooms: 1, roomType: 'DLX', guestName: 'Ana Diaz',
});
const say = (q: 'anythingElse' | 'greeting' | 'changeOrAnother', ctx: CallContext, text: string): Heard =>
  readQuestion(q, ctx, { type: 'caller.speech', text, confidence: 0.9, at: AT });
const after = (text: string, locale: Locale = 'en-US') => say('anythingElse', justBooked(locale), text);

describe('just booked: a change of it, another booking, or asked', () => {
  it.each([
    ['oh wait actually can we make it the 21st instead', 'en-US', { q: 'request', slots: { arrival: '2026-12-21' } }],
    ['ay no, siempre no, mejor llegamos el 26', 'es-MX', { q: 'request', slots: { arrival: '2026-12-26' } }],
    ['actually make it 3 nights', 'en-US', { q: 'request', slots: { nights: 3 } }],
    ['mejor que sean dos cuartos', 'es-MX', { q: 'request', slots: { rooms: 2 } }],
    ['can we do one more night', 'en-US', { q: 'request', slots: { nights: 3 } }],
  ] as const)('"%s" (%s): that booking changed, its new value read back', (text, locale, value) => {
    expect(after(text, locale)).toEqual({ kind: 'route', route: 'change', value });
  });

  it('a change asked without its value ("can I change it?", "quiero cambiarla"): which part is asked; "text it instead" is no change', () => {
    expect(after('sorry, can I change it?')).toEqual({ kind: 'route', route: 'change' });
    expect(after('quiero cambiarla', 'es-MX')).toEqual({ kind: 'route', route: 'change' });
    expect(after('can you text it to me instead')).not.toMatchObject({ route: 'change' });
  });

  it.each([
    ['also another room for my sister in March', 'en-US'],
    ['y otra reservación para mi hermana, el 20 de diciembre, dos noches', 'es-MX'],
    ['actually yes, can I also get one for my brother, same dates', 'en-US'],
    ['I want to book 12 more rooms for the 20th', 'en-US'],
  ] as const)('"%s": another booking, as before', (text, locale) => {
    expect(after(text, locale)).toMatchObject({ kind: 'route', route: 'book' });
  });

  it.each([['the 21st'], ['two rooms'], ['one more room'], ['can we book the 21st instead']])('"%s": asked which it is', (text) => {
    expect(after(text)).toEqual({ kind: 'route', route: 'changeOrAnother' });
  });

  it('"no thanks", "yes", keys: as before', () => {
    expect(after('no thanks')).toEqual({ kind: 'route', route: 'done' });
    expect(after('yes')).toEqual({ kind: 'route', route: 'book' });
    expect(readQuestion('anythingElse', justBooked('en-US'), { type: 'caller.digits', digits: '1', at: AT })).toEqual({ kind: 'route', route: 'book' });
  });

  it('nothing booked in the call: never a change', () => {
    expect(say('anythingElse', { ...justBooked('en-US'), reservationId: null, confirmation: null }, 'actually make it the 21st instead')).not.toMatchObject({ route: 'change' });
  });
});

describe('"change it, or another booking?"', () => {
  const asked = (text: string): CallContext => ({ ...justBooked('en-US'), changeAsked: text });
  it('1 or "change it": the change of the words asked about; 2 or "another one": those words as a booking', () => {
    expect(readQuestion('changeOrAnother', asked('the 21st'), { type: 'caller.digits', digits: '1', at: AT })).toEqual({
      kind: 'route', route: 'change', value: { q: 'request', slots: { arrival: '2026-12-21' } },
    });
    expect(say('changeOrAnother', asked('two rooms'), 'change it')).toEqual({ kind: 'route', route: 'change', value: { q: 'request', slots: { rooms: 2 } } });
    expect(readQuestion('changeOrAnother', asked('the 21st'), { type: 'caller.digits', digits: '2', at: AT })).toEqual({
      kind: 'route', route: 'book', value: { q: 'arrivalDate', date: '2026-12-21' },
    });
    expect(say('changeOrAnother', asked('two rooms'), 'another one')).toMatchObject({ kind: 'route', route: 'book' });
  });

  it('words of neither: a miss, nothing taken', () => {
    expect(say('changeOrAnother', asked('the 21st'), 'purple elephants')).toMatchObject({ kind: 'miss' });
  });
});

describe('a new text conversation minutes after one booked (CallContext.justBooked)', () => {
  const reservation: ReservationSummary = { id: 7, confirmation: '32628270', arrival: '2026-12-04', nights: 2, rooms: 1, roomType: 'DLX', total: 480, status: 'booked', holdUntil: '18:00' };
  const texted = (locale: Locale): CallContext => ({ ...base(locale), channel: 'sms', reservationId: null, confirmation: null, justBooked: reservation });

  it('a change texted: that reservation looked up (its proof asked), never a second booking', () => {
    expect(say('greeting', texted('en-US'), 'actually can we make it the 21st instead')).toEqual({ kind: 'route', route: 'existing' });
    expect(say('greeting', texted('es-MX'), 'oye siempre no, mejor llegamos el 26')).toEqual({ kind: 'route', route: 'existing' });
  });

  it('a bare detail: asked which; another stay: a booking as before; with no booking minutes ago: as before', () => {
    expect(say('greeting', texted('en-US'), 'the 21st')).toEqual({ kind: 'route', route: 'changeOrAnother' });
    expect(say('greeting', texted('en-US'), 'also another room for my sister on December 20')).not.toMatchObject({ route: 'existing' });
    expect(say('greeting', { ...texted('en-US'), justBooked: undefined }, 'actually can we make it the 21st instead')).not.toMatchObject({ route: 'existing' });
  });
});
