// The properties one deployment serves, and which of them a call or a text is for: the number
// dialled (Twilio's `To`, or `Called`) picks the property whose hotel file lists it. With one
// property answering, every number reaches it, as a single hotel always has (SPEC §10).

import type { Sql } from '../storage/sql.ts';
import { allHotelIds, loadHotel, servedHotelIds } from './hotel-store.ts';
import type { LoadedHotel } from './hotel-store.ts';

/** A dialled number as compared: digits and the leading +, nothing else ("+1 (555) 010-0100"). */
function dialled(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

export class HotelDirectory {
  #byId: Map<number, LoadedHotel>;
  #byNumber = new Map<string, LoadedHotel>();
  #byCode = new Map<string, LoadedHotel>();
  #served: readonly number[];

  /**
   * `hotels`: every property in the database (a call's or a staff row's hotel is found by id even
   * after it stopped answering); `served`: the ids of those that answer their numbers now.
   */
  constructor(hotels: readonly LoadedHotel[], served: readonly number[]) {
    this.#served = served;
    this.#byId = new Map(hotels.map((hotel) => [hotel.id, hotel]));
    if (served.length === 0 || served.some((id) => !this.#byId.has(id))) throw new Error('the hotels that answer must be loaded');
    for (const hotel of hotels) if (hotel.code) this.#byCode.set(hotel.code, hotel);
    for (const id of served) {
      const hotel = this.#byId.get(id)!;
      for (const number of hotel.file.phoneNumbers ?? []) this.#byNumber.set(number, hotel);
    }
  }

  /** The ids of the properties that answer now. */
  get served(): readonly number[] {
    return this.#served;
  }

  /**
   * Serves `next`'s properties from now on (a hotel file applied while running, hotel-changes.ts):
   * every later look-up — a new call's property, a call in progress's by its id — sees them. A
   * property `next` no longer answers for is still found by id, so its calls in progress go on.
   */
  replaceWith(next: HotelDirectory): void {
    this.#byId = next.#byId;
    this.#byNumber = next.#byNumber;
    this.#byCode = next.#byCode;
    this.#served = next.#served;
  }

  /** The properties that answer, in the order they were loaded (by id). */
  get answering(): LoadedHotel[] {
    return this.served.map((id) => this.#byId.get(id)!);
  }

  /** Every property, answering or not, by id. */
  get all(): LoadedHotel[] {
    return [...this.#byId.values()].sort((a, b) => a.id - b.id);
  }

  /** The first answering property: the one a single-hotel deployment is. */
  get first(): LoadedHotel {
    return this.#byId.get(this.served[0]!)!;
  }

  byId(id: number): LoadedHotel | undefined {
    return this.#byId.get(id);
  }

  byCode(code: string): LoadedHotel | undefined {
    return this.#byCode.get(code.toUpperCase());
  }

  /** Whether `number` is one a property of this deployment answers (listed in its hotel file's `phoneNumbers`). */
  isOwnNumber(number: string): boolean {
    return this.#byNumber.has(dialled(number));
  }

  /**
   * The property that no longer answers (its file taken out of HOTELS_DIR) whose hotel file listed
   * `number`, when no property answering now lists it: a guest texting it would otherwise go on
   * with another hotel, or hear that the number reaches none. Null when a property answering alone
   * lists no numbers of its own (it answers every number, as a single hotel always has).
   */
  retiredFor(number: string): LoadedHotel | null {
    const to = dialled(number);
    if (to === '' || this.#byNumber.has(to)) return null;
    if (this.#byNumber.size === 0) return null;
    return this.all.find((hotel) => !this.#served.includes(hotel.id) && (hotel.file.phoneNumbers ?? []).some((own) => dialled(own) === to)) ?? null;
  }

  /** The property a call or text to `number` is for; null when no property claims it (and more than one answers). */
  forNumber(number: string): LoadedHotel | null {
    if (this.served.length === 1) return this.first;
    return this.#byNumber.get(dialled(number)) ?? null;
  }
}

/** The properties' own numbers: those guests dial and their desks'. Public (the log shows them). */
export function ownNumbers(hotels: readonly LoadedHotel[]): string[] {
  return hotels.flatMap((hotel) => [...(hotel.file.phoneNumbers ?? []), hotel.file.frontDesk, hotel.file.groupDesk ?? ''].filter(Boolean));
}

/** Whether every property that answers has a number of its own to text from (the first of its `phoneNumbers`). */
export function everyPropertyHasNumber(hotels: Pick<HotelDirectory, 'answering'>): boolean {
  return hotels.answering.every((hotel) => (hotel.file.phoneNumbers?.length ?? 0) > 0);
}

/** Every hotel in the database, loaded, with the ones that answer now. */
export async function loadHotelDirectory(db: Sql): Promise<HotelDirectory> {
  const served = await servedHotelIds(db);
  if (served.length === 0) throw new Error('no hotel in the database: load one first (ensureHotel)');
  const hotels: LoadedHotel[] = [];
  for (const id of await allHotelIds(db)) {
    try {
      hotels.push(await loadHotel(db, id));
    } catch (err) {
      // A property that no longer answers, stored by an older version: its history stays in the
      // database; one that answers must load.
      if (served.includes(id)) throw err;
    }
  }
  return new HotelDirectory(hotels, served);
}
