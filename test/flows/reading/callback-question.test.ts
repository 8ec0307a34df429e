import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../../flows/call-context.ts';
import { readCallback } from '../../../flows/reading/guest-questions.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

const mexican = toHotelInfo(readHotelFile(new URL('../../../src/hotel/demo-group/sierra.json', import.meta.url).pathname));
const american = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));

/** A voice call at `hotel` from `caller`, at the callback question. */
function call(hotel: typeof mexican, caller: string): CallContext {
  return { hotel, caller, callerCountry: null, channel: 'voice', locale: 'es-MX' } as unknown as CallContext;
}

/** The number taken (to be confirmed) from keys, or the notice of a miss. */
function keyed(ctx: CallContext, digits: string): string | null {
  const heard = readCallback(ctx, { kind: 'digits', digits });
  if (heard?.kind === 'miss') return `miss:${heard.notice.id}`;
  return heard && (heard.kind === 'unsure' || heard.kind === 'answer') && heard.value.q === 'callback' ? heard.value.number : null;
}

describe('the callback number, keyed at a hotel in another country than the caller', () => {
  it('a US caller at a Mexican hotel may give the Mexican number they will be reached at', () => {
    const ctx = call(mexican, '+12125550123');
    // Was: "that number does not seem complete", each of them.
    expect(keyed(ctx, '2221234567#')).toBe('+522221234567');
    expect(keyed(ctx, '0445512345678#')).toBe('+525512345678');
    expect(keyed(ctx, '015512345678#')).toBe('+525512345678');
    // Their own country's numbers are read there first.
    expect(keyed(ctx, '2125550188#')).toBe('+12125550188');
  });

  it('digits that are no number of either country are still asked again', () => {
    expect(keyed(call(mexican, '+12125550123'), '12345#')).toBe('miss:badPhone');
    expect(keyed(call(american, '+12125550123'), '2221234567#')).toBe('miss:badPhone');
  });
});
