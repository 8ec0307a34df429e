import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../../flows/call-context.ts';
import { readName } from '../../../flows/reading/guest-questions.ts';
import { readWholeRequest } from '../../../flows/reading/whole-request.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
// Asked for a name: arriving Tuesday 8 December, 2 nights, 1 room; said on Tuesday 1 December.
const ctx = { today: '2026-12-01', locale: 'en-US', hotel, arrival: '2026-12-08', nights: 2, rooms: 1 } as unknown as CallContext;

function heard(text: string) {
  return readName(ctx, { kind: 'speech', text, confidence: 0.9 }, readWholeRequest(text, ctx, 'name'));
}

describe('the name question: the name when only part of what is said is the name', () => {
  it('a day said first is dropped, and not read as a new arrival', () => {
    // Was: "Friday John Smith".
    expect(heard('Friday, John Smith.')).toEqual({ kind: 'answer', value: { q: 'name', name: 'John Smith' } });
  });

  it('the name introduced further on', () => {
    // Was: "The", and "My Wife's Name Laura Chen".
    expect(heard('The reservation will be under Kevin Walsh.')).toEqual({ kind: 'answer', value: { q: 'name', name: 'Kevin Walsh' } });
    expect(heard("It's under my wife's name, Laura Chen.")).toEqual({ kind: 'answer', value: { q: 'name', name: 'Laura Chen' } });
  });

  it('"is" after "name" introduces it; an introduced name comes before a comma read as surname first', () => {
    // Was: "On The Reservation Is Amy Wong", and "Tom Harris Tom" (turned round).
    expect(heard('the name on the reservation is Amy Wong')).toEqual({ kind: 'answer', value: { q: 'name', name: 'Amy Wong' } });
    expect(heard("It's Tom, under Tom Harris")).toEqual({ kind: 'answer', value: { q: 'name', name: 'Tom Harris' } });
  });

  it('a first name said again, then the whole name', () => {
    // Was: "John".
    expect(heard('my name is John, John Smith')).toEqual({ kind: 'answer', value: { q: 'name', name: 'John Smith' } });
  });

  it('the surname said as such, a title before the name, and "el lunes" said first', () => {
    // Was: "De Apellido Ramírez Juan" (turned round), "John Last Name Smith", "La Licenciada Ana
    // Paula Ruiz", "El Lunes Juan Pérez".
    expect(heard('Juan, de apellido Ramírez')).toEqual({ kind: 'answer', value: { q: 'name', name: 'Juan Ramírez' } });
    expect(heard('John, last name Smith')).toEqual({ kind: 'answer', value: { q: 'name', name: 'John Smith' } });
    expect(heard('Es para la licenciada Ana Paula Ruiz')).toEqual({ kind: 'answer', value: { q: 'name', name: 'Ana Paula Ruiz' } });
    expect(heard('El lunes, Juan Pérez')).toEqual({ kind: 'answer', value: { q: 'name', name: 'Juan Pérez' } });
    expect(heard('Don Johnson')).toEqual({ kind: 'answer', value: { q: 'name', name: 'Don Johnson' } });
  });

  it('"will" as a first name, in a transcript without capitals', () => {
    // Was: no name, and the Deluxe King as the room type.
    expect(heard('this is will king')).toEqual({ kind: 'answer', value: { q: 'name', name: 'Will King' } });
  });
});
