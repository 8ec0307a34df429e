import type { HotelInfo, Locale, PaymentMethod, RoomTypeInfo } from './types.ts';

/** The hotel-time "HH:mm" until which a reservation is held on its arrival date (per payment method when set). */
export function holdUntilTime(hotel: HotelInfo, payment: PaymentMethod | null): string {
  return (payment && hotel.holdUntilByPayment?.[payment]) || hotel.holdUntil;
}

export function languageOf(locale: Locale): 'en' | 'es' {
  return locale === 'es-MX' ? 'es' : 'en';
}

export function roomTypeByCode(hotel: HotelInfo, code: string | null): RoomTypeInfo | undefined {
  return hotel.roomTypes.find((t) => t.code === code);
}
