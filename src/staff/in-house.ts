// "In house" as a front desk reads it: the guests who have arrived (checked in). The list of a night
// also finds the stays booked for it whose guest is not in yet (due tonight, or an earlier arrival
// never marked arrived): a clerk counting who is in the building (a fire roll call, the night audit)
// must not count them, yet the night shift still looks for them there. So they are listed after the
// arrived guests, under their own heading, never mixed in; the API keeps the one list, each row's
// status saying which it is.

import type { ReservationView } from './queries/reservations.ts';

/** In the building: marked arrived. Booked or released (its hold ran out) is not, whatever the dates say. */
export function isInHouse(r: Pick<ReservationView, 'status'>): boolean {
  return r.status === 'arrived';
}

/**
 * The arrived guests first, then those not in yet, each part in the list's own order; with
 * `byProperty` (each property's list on its own today, one after another) within each property.
 */
export function arrivedFirst<T extends Pick<ReservationView, 'status' | 'hotelId'>>(rows: readonly T[], byProperty: boolean): T[] {
  const propertyOrder = new Map<number, number>();
  for (const r of rows) if (!propertyOrder.has(r.hotelId)) propertyOrder.set(r.hotelId, propertyOrder.size);
  const key = (r: T) => (byProperty ? propertyOrder.get(r.hotelId)! * 2 : 0) + (isInHouse(r) ? 0 : 1);
  // Array.prototype.sort is stable: each part keeps the list's order.
  return [...rows].sort((a, b) => key(a) - key(b));
}
