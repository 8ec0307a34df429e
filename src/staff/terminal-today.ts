// Today's calls that need a person for the terminal view (npm run calls), read as the overview reads
// them (routes/today.ts): the same query, each call in its own property's time, the caller as the
// console writes numbers — from the database and the loaded properties, without the web console.

import type { LoadedHotel } from '../hotel/hotel-store.ts';
import type { Sql } from '../storage/sql.ts';
import { HotelClock } from './hotel-clock.ts';
import { PhoneFormat } from './phone-format.ts';
import { runInScope } from './property-scope.ts';
import { NEEDS_PERSON_SHOWN, NeedsPersonQueries } from './queries/needs-person.ts';
import { needsPersonToday } from './routes/today.ts';
import type { NeedsPersonSource, NeedsPersonToday } from './routes/today.ts';

/** `hotels`: the properties to list (one with --hotel, else all); the day is the first one's. */
export function terminalNeedsPerson(db: Sql, hotels: readonly LoadedHotel[], now: Date, limit = NEEDS_PERSON_SHOWN): Promise<NeedsPersonToday> {
  if (hotels.length === 0) throw new RangeError('no property to list calls of');
  const views = new Map(hotels.map((hotel) => [hotel.id, { hotel, hotelClock: new HotelClock(hotel.info.timezone) }]));
  const first = views.get(hotels[0]!.id)!;
  const source: NeedsPersonSource = {
    hotelClock: first.hotelClock,
    needsPerson: new NeedsPersonQueries(db),
    phones: new PhoneFormat(first.hotel.info.country),
    propertyView: (hotelId) => (hotelId === null ? undefined : views.get(hotelId)) ?? first,
  };
  return runInScope({ ids: hotels.map((h) => h.id) }, () => needsPersonToday(source, now, limit));
}
