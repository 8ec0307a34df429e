import type { CallContext } from './call-context.ts';
import type { HotelInfo, Locale, PaymentMethod, RoomTypeInfo } from './types.ts';

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

/**
 * A guest arriving after the hold time (context.lateArrival): the payment method that holds the
 * room later than the one chosen (the hotel's `holdUntilByPayment`), the latest, or null: then
 * only the front desk can keep it later.
 */
export function laterHoldByPayment(ctx: Pick<CallContext, 'hotel' | 'payment' | 'arrival' | 'today' | 'timeOfDay'>): { method: PaymentMethod; until: string } | null {
  const now = holdUntilTime(ctx);
  let best: { method: PaymentMethod; until: string } | null = null;
  for (const [method, until] of Object.entries(ctx.hotel.holdUntilByPayment ?? {}) as [PaymentMethod, string | undefined][]) {
    if (until && until > now && method !== ctx.payment && (!best || until > best.until)) best = { method, until };
  }
  return best;
}

/** The guest said they arrive after the room's hold time (flows/late-arrival.ts). */
export function arrivesAfterHold(ctx: Pick<CallContext, 'hotel' | 'payment' | 'arrival' | 'today' | 'timeOfDay' | 'lateArrival'>): boolean {
  return typeof ctx.lateArrival === 'string' && ctx.lateArrival > holdUntilTime(ctx);
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
