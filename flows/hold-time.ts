import type { CallContext } from './call-context.ts';
import type { HotelInfo, Locale, RoomTypeInfo } from './types.ts';

/** Held until the end of the day when a guest books for tonight after the hotel's usual hold time. */
export const LATE_BOOKING_HOLD = '23:59';

/**
 * The hotel-time "HH:mm" until which a reservation is held on its arrival date: the hotel's
 * `holdUntil` (per payment method when set), or the end of the day for a same-day booking made
 * after that time — a guest booking at 8 pm for tonight must not be released before they hang up.
 */
export function holdUntilTime(ctx: Pick<CallContext, 'hotel' | 'payment' | 'arrival' | 'today' | 'timeOfDay'>): string {
  const usual = (ctx.payment && ctx.hotel.holdUntilByPayment?.[ctx.payment]) || ctx.hotel.holdUntil;
  return ctx.arrival === ctx.today && ctx.timeOfDay >= usual ? LATE_BOOKING_HOLD : usual;
}

export function languageOf(locale: Locale): 'en' | 'es' {
  return locale === 'es-MX' ? 'es' : 'en';
}

export function roomTypeByCode(hotel: HotelInfo, code: string | null): RoomTypeInfo | undefined {
  return hotel.roomTypes.find((t) => t.code === code);
}

/** A room type's name in the caller's language; the code itself for a type the hotel no longer lists. */
export function roomTypeName(hotel: HotelInfo, locale: Locale, code: string | null): string {
  const type = roomTypeByCode(hotel, code);
  return type ? type.name[languageOf(locale)] : (code ?? '');
}
