// At an existing reservation read back ("To cancel it, press 1. To hear it again, 2. For changes,
// 0."), what the caller says, through the question's whole reading (flows/read-question.ts), on
// the demo hotel with a booked Ocean Suite reservation found.

import { describe, expect, it } from 'vitest';
import type { CallContext, Heard } from '../../../flows/call-context.ts';
import { readQuestion } from '../../../flows/read-question.ts';
import type { Locale } from '../../../flows/types.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';
import { catalogueContexts } from '../../../src/voice/prompt-catalogue.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const AT = '2026-11-28T15:00:00Z';
const found = (locale: Locale): CallContext => catalogueContexts(hotel, locale)[0]!;
const heard = (text: string, locale: Locale = 'en-US', ctx: CallContext = found(locale)): Heard =>
  readQuestion('existingReservation', ctx, { type: 'caller.speech', text, confidence: 0.9, at: AT });

describe('a question about the reservation', () => {
  it('hears it again ("what are my dates?", "when is it again?", "¿para cuándo es?")', () => {
    for (const said of ['what are my dates?', 'when is it again?', 'how many nights did I book', 'what was the confirmation number', 'which room is it', 'is it confirmed?', 'remind me when I arrive',
      // Written after the first fixes; these two were misses then.
      'when am I checking in', 'wait, which suite did I get', 'what day do we leave', 'hmm so what time is it held until']) {
      expect(heard(said), said).toEqual({ kind: 'repeat' });
    }
    for (const said of ['¿para cuándo es?', '¿qué fechas son?', '¿cuántas noches son?', '¿está confirmada?', '¿cuál es el número de confirmación?', 'dígame otra vez la fecha',
      '¿hasta cuándo me la guardan?', '¿de qué día a qué día es?']) {
      expect(heard(said, 'es-MX'), said).toEqual({ kind: 'repeat' });
    }
  });

  it('its price is what the stay comes to, with its room rate ("how much is it?", "¿cuánto sale?")', () => {
    const ctx = found('en-US');
    const { roomType: type, nights, rooms, total } = ctx.found!;
    const rate = { kind: 'answered', notices: [{ id: 'reservationTotal', params: { type, nights, rooms, total } }] };
    expect(heard('how much is it?', 'en-US', ctx)).toEqual(rate);
    expect(heard('¿cuánto sale?', 'es-MX', { ...ctx, locale: 'es-MX' })).toEqual(rate);
  });

  it('a question about the hotel is the hotel answer, not the reservation again', () => {
    expect(heard('is breakfast included?')).toEqual({ kind: 'answered', notices: [{ id: 'answer', params: { topic: 'breakfast' } }] });
    expect(heard('what time is check in?')).toEqual({ kind: 'answered', notices: [{ id: 'answer', params: { topic: 'checkIn' } }] });
    expect(heard('¿tienen estacionamiento?', 'es-MX')).toEqual({ kind: 'answered', notices: [{ id: 'answer', params: { topic: 'parking' } }] });
  });
});

describe('what is done with it', () => {
  it('"cancel it", "cancélela", "anúlela" go to the cancel confirmation', () => {
    expect(heard('cancel it')).toEqual({ kind: 'route', route: 'cancel' });
    for (const said of ['cancélela', 'cancélela por favor', 'anúlela', 'sí, cancélala']) expect(heard(said, 'es-MX'), said).toEqual({ kind: 'route', route: 'cancel' });
  });

  it('a change of a booked reservation is the guest’s own, as 3 is ("change the dates", "add a night": flows/stay-change.ts)', () => {
    expect(heard('change the dates')).toEqual({ kind: 'route', route: 'change' });
    // "Add a night" is no stay of one night: one night more than the reservation's (flows/stay-shift.ts).
    const nights = found('en-US').found!.nights;
    expect(heard('can I add a night')).toEqual({ kind: 'route', route: 'change', value: { q: 'request', slots: { nights: nights + 1 } } });
    expect(heard('quiero cambiar las fechas', 'es-MX')).toEqual({ kind: 'route', route: 'change' });
    // Another room type stays the desk's.
    expect(heard('can I upgrade to a suite')).toMatchObject({ kind: 'agent' });
  });

  it('words that ask nothing of it are still not understood', () => {
    expect(heard('purple monkey dishwasher')).toMatchObject({ kind: 'miss' });
  });
});
