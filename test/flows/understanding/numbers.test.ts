import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { countFromDigits, countFromSpeech, countWithUnit } from '../../../flows/understanding/numbers.ts';

const anyText = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
);

describe('countFromDigits', () => {
  it('reads 1–2 digits with an optional #', () => {
    expect(countFromDigits('1')).toBe(1);
    expect(countFromDigits('2#')).toBe(2);
    expect(countFromDigits('12')).toBe(12);
    expect(countFromDigits('12#')).toBe(12);
    expect(countFromDigits('05')).toBe(5);
    expect(countFromDigits('99')).toBe(99);
  });

  it('refuses everything else', () => {
    for (const bad of ['', '#', '0', '00', '0#', '123', '1a', 'a', '*', '1*', '#1', '1##', '-1', '1.5', ' ', '٣']) {
      expect(countFromDigits(bad), bad).toBeNull();
    }
  });
});

describe('countFromSpeech — rooms', () => {
  const rooms = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => countFromSpeech(text, locale, 'rooms');

  it('understands English', () => {
    expect(rooms('two')).toBe(2);
    expect(rooms('2')).toBe(2);
    expect(rooms('Two rooms.')).toBe(2);
    expect(rooms('a couple')).toBe(2);
    expect(rooms('a couple of rooms')).toBe(2);
    expect(rooms('just one')).toBe(1);
    expect(rooms('one room')).toBe(1);
    expect(rooms('a room')).toBe(1);
    expect(rooms('I need three rooms please')).toBe(3);
    expect(rooms('ten')).toBe(10);
    expect(rooms('twelve')).toBe(12);
    expect(rooms('twenty one')).toBe(21);
    expect(rooms('twenty-one')).toBe(21);
    expect(rooms('ninety nine')).toBe(99);
  });

  it('understands Spanish', () => {
    expect(rooms('dos', 'es-MX')).toBe(2);
    expect(rooms('dos habitaciones', 'es-MX')).toBe(2);
    expect(rooms('una', 'es-MX')).toBe(1);
    expect(rooms('una habitación', 'es-MX')).toBe(1);
    expect(rooms('un cuarto', 'es-MX')).toBe(1);
    expect(rooms('un par', 'es-MX')).toBe(2);
    expect(rooms('un par de habitaciones', 'es-MX')).toBe(2);
    expect(rooms('quince', 'es-MX')).toBe(15);
    expect(rooms('veintiuno', 'es-MX')).toBe(21);
    expect(rooms('veintidós', 'es-MX')).toBe(22);
    expect(rooms('treinta y cinco', 'es-MX')).toBe(35);
    expect(rooms('noventa y nueve', 'es-MX')).toBe(99);
    expect(rooms('Solo una, por favor', 'es-MX')).toBe(1);
  });

  it('tries the other language too', () => {
    expect(rooms('dos habitaciones', 'en-US')).toBe(2);
    expect(rooms('two rooms', 'es-MX')).toBe(2);
    expect(rooms('once', 'es-MX')).toBe(11);
  });

  it('picks the number attached to the unit asked for', () => {
    expect(rooms('two rooms for three nights')).toBe(2);
    expect(rooms('una habitación por tres noches', 'es-MX')).toBe(1);
  });

  it('gives null for two different numbers, zero, or no number', () => {
    expect(rooms('two or three')).toBeNull();
    expect(rooms('dos o tres', 'es-MX')).toBeNull();
    expect(rooms('2 or 3')).toBeNull();
    expect(rooms('zero')).toBeNull();
    expect(rooms('cero', 'es-MX')).toBeNull();
    expect(rooms('')).toBeNull();
    expect(rooms('some rooms')).toBeNull();
    expect(rooms('un momento', 'es-MX')).toBeNull();
    expect(rooms('three nights')).toBeNull();
    expect(rooms('a week')).toBeNull();
    expect(rooms('one hundred rooms')).toBeNull();
    expect(rooms('🙂')).toBeNull();
  });

  it('accepts a repeated number', () => {
    expect(rooms('two, two rooms')).toBe(2);
  });
});

describe('countFromSpeech — nights', () => {
  const nights = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => countFromSpeech(text, locale, 'nights');

  it('understands English', () => {
    expect(nights('three nights')).toBe(3);
    expect(nights('3')).toBe(3);
    expect(nights('a week')).toBe(7);
    expect(nights('one week')).toBe(7);
    expect(nights('two weeks')).toBe(14);
    expect(nights('a fortnight')).toBe(14);
    expect(nights('a couple of weeks')).toBe(14);
    expect(nights('a couple of nights')).toBe(2);
    expect(nights('just one night')).toBe(1);
    expect(nights('a night')).toBe(1);
    expect(nights('twenty one nights')).toBe(21);
  });

  it('understands Spanish', () => {
    expect(nights('tres noches', 'es-MX')).toBe(3);
    expect(nights('una semana', 'es-MX')).toBe(7);
    expect(nights('dos semanas', 'es-MX')).toBe(14);
    expect(nights('una noche', 'es-MX')).toBe(1);
    expect(nights('quince', 'es-MX')).toBe(15);
    expect(nights('una quincena', 'es-MX')).toBe(14);
    expect(nights('veintidós noches', 'es-MX')).toBe(22);
  });

  it('ignores the room count', () => {
    expect(nights('two rooms for three nights')).toBe(3);
    expect(nights('dos habitaciones por una semana', 'es-MX')).toBe(7);
  });

  it('gives null when unsure', () => {
    expect(nights('two or three nights')).toBeNull();
    expect(nights('a week or two')).toBeNull();
    expect(nights('some nights')).toBeNull();
    expect(nights('two rooms')).toBeNull();
  });
});

describe('counts as people text and say them', () => {
  it('abbreviations typed in texts', () => {
    expect(countWithUnit('2 double rooms 12/11 for 3 nts', 'en-US', 'nights')).toBe(3);
    expect(countWithUnit('2 hab dobles', 'es-MX', 'rooms')).toBe(2);
    expect(countWithUnit('need 3 rms', 'en-US', 'rooms')).toBe(3);
  });

  it('a room named alone is one room, when the request describes a stay', () => {
    expect(countWithUnit('room for nye', 'en-US', 'rooms')).toBe(1);
    expect(countWithUnit('necesito habitacion para mañana', 'es-MX', 'rooms')).toBe(1);
    expect(countWithUnit('room for nye', 'en-US', 'rooms', false)).toBeNull();
    expect(countFromSpeech('which room is cheapest', 'en-US', 'rooms')).toBeNull();
  });

  it('numbers that are not rooms or nights: people, prices, room numbers', () => {
    expect(countFromSpeech('We are 4.', 'en-US', 'rooms')).toBeNull();
    expect(countFromSpeech('somos cuatro', 'es-MX', 'rooms')).toBeNull();
    expect(countFromSpeech('party of 6', 'en-US', 'rooms')).toBeNull();
    expect(countWithUnit('is the rate under $200 a night', 'en-US', 'nights')).toBeNull();
    expect(countWithUnit('a night', 'en-US', 'nights')).toBe(1);
    expect(countWithUnit('I stayed in room 214 last time', 'en-US', 'rooms')).toBeNull();
    expect(countWithUnit('king room 2 nts', 'en-US', 'rooms')).toBe(1);
  });

  it('a count left open is not taken; a room spoken of is not one asked for', () => {
    expect(countWithUnit('Three nights, maybe four.', 'en-US', 'nights')).toBeNull();
    expect(countWithUnit('dos o tres noches', 'es-MX', 'nights')).toBeNull();
    // Was: 1 night, the "or two" dropped.
    expect(countWithUnit('a night or two', 'en-US', 'nights')).toBeNull();
    expect(countWithUnit('una noche, tal vez dos', 'es-MX', 'nights')).toBeNull();
    expect(countWithUnit('a room or two', 'en-US', 'rooms')).toBeNull();
    expect(countWithUnit('a room or a suite for two nights', 'en-US', 'nights')).toBe(2);
    expect(countWithUnit('three nights for 2 adults', 'en-US', 'nights')).toBe(3);
    expect(countWithUnit('when can we get into the room', 'en-US', 'rooms')).toBeNull();
    expect(countWithUnit('a room for friday', 'en-US', 'rooms')).toBe(1);
  });

  it('who the room is for is not a count: "for a couple", "2 ppl"', () => {
    // Was: two rooms.
    expect(countFromSpeech("It's for a couple.", 'en-US', 'rooms')).toBeNull();
    expect(countFromSpeech('just for a couple', 'en-US', 'rooms')).toBeNull();
    expect(countFromSpeech('a couple', 'en-US', 'nights')).toBe(2);
    expect(countFromSpeech('for a couple of nights', 'en-US', 'nights')).toBe(2);
    expect(countWithUnit('fri to mon, 2 ppl', 'en-US', 'nights')).toBeNull();
  });

  it('"just the night" is one night; the night of a day, or "por la noche", is no count', () => {
    // Was: not understood.
    for (const said of ['Just the night.', 'just for the night', 'only the night']) expect(countFromSpeech(said, 'en-US', 'nights'), said).toBe(1);
    expect(countFromSpeech('nada más la noche', 'es-MX', 'nights')).toBe(1);
    for (const said of ['only the night of the 5th', 'the night', 'for the night before']) expect(countFromSpeech(said, 'en-US', 'nights'), said).toBeNull();
    expect(countFromSpeech('llegamos por la noche', 'es-MX', 'nights')).toBeNull();
  });

  it('nights after a day said are not the stay\'s', () => {
    // Was: two nights (tonight and two more: three?).
    expect(countWithUnit('can I get a room for tonight and the next two nights', 'en-US', 'nights')).toBeNull();
    expect(countWithUnit('can I get a room for tonight and the next two nights', 'en-US', 'rooms')).toBe(1);
    expect(countWithUnit('para el viernes y las siguientes dos noches', 'es-MX', 'nights')).toBeNull();
    expect(countWithUnit('the next two nights', 'en-US', 'nights')).toBe(2);
  });

  it('a lone "una" before who it is for is one', () => {
    // Was: not understood.
    expect(countFromSpeech('Nada más una, somos mi esposa y yo.', 'es-MX', 'rooms')).toBe(1);
    expect(countFromSpeech('una es para mí', 'es-MX', 'rooms')).toBe(1);
    expect(countFromSpeech('un momento', 'es-MX', 'rooms')).toBeNull();
  });

  it('the party split between rooms adds up', () => {
    expect(countFromSpeech('We need two, one for us and one for the kids.', 'en-US', 'rooms')).toBe(2);
    expect(countFromSpeech('one for us and one for my parents', 'en-US', 'rooms')).toBe(2);
    expect(countFromSpeech('una para nosotros y otra para mis papás', 'es-MX', 'rooms')).toBe(2);
    expect(countFromSpeech('one for me and another for my sister', 'en-US', 'rooms')).toBe(2);
    expect(countFromSpeech('dos, una para nosotros y una para los niños', 'es-MX', 'rooms')).toBe(2);
    expect(countFromSpeech('three, one for us and one for the kids', 'en-US', 'rooms')).toBeNull();
  });
});

describe('counts taken back, left open, or not whole', () => {
  const nights = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => countFromSpeech(text, locale, 'nights');
  const rooms = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => countFromSpeech(text, locale, 'rooms');

  it('a count taken back gives way to the one said after it, in its unit', () => {
    // Was: the first count (1, 2, 2), the correction unread.
    expect(nights('one night, actually make that two')).toBe(2);
    expect(countWithUnit('one night, actually make that two', 'en-US', 'nights')).toBe(2);
    expect(nights('una noche, no, mejor dos', 'es-MX')).toBe(2);
    expect(nights('dos noches, perdón, tres', 'es-MX')).toBe(3);
    expect(rooms('two rooms, no, three')).toBe(3);
    expect(nights('a week, no, make that two')).toBe(14);
    expect(nights('two nights, not three')).toBe(2);
  });

  it('a bare Spanish "no" between two counts, or two numbers in a row, leaves the count open', () => {
    // Was: 3 (the first), 3 and 4 (the second).
    expect(nights('tres noches no cuatro', 'es-MX')).toBeNull();
    expect(countWithUnit('dos tres noches', 'es-MX', 'nights')).toBeNull();
    expect(countWithUnit('dos, tres noches', 'es-MX', 'nights')).toBeNull();
    expect(nights('three four nights')).toBeNull();
    // A party and then the nights is not that.
    expect(countWithUnit('a room for two, three nights', 'en-US', 'nights')).toBe(3);
  });

  it('half a week, a week and a half, a week and two days, ten days: no number of nights taken', () => {
    // Was: 7, 7, 7, 7, 10, 15 and 8 nights.
    expect(nights('a week and a half')).toBeNull();
    expect(nights('una semana y media', 'es-MX')).toBeNull();
    expect(nights('one and a half weeks')).toBeNull();
    expect(nights('half a week')).toBeNull();
    expect(nights('one week and 2 days')).toBeNull();
    expect(nights('10 days')).toBeNull();
    expect(nights('quince días', 'es-MX')).toBeNull();
    expect(nights('ocho días', 'es-MX')).toBeNull();
    // Nights said with the days are the nights.
    expect(nights('3 days 2 nights')).toBe(2);
  });

  it('one more, one less: not a count of its own', () => {
    // Was: 1 (one night in all) for each.
    expect(nights('one more night')).toBeNull();
    expect(countWithUnit('una noche más', 'es-MX', 'nights')).toBeNull();
    expect(countWithUnit('one night less', 'en-US', 'nights')).toBeNull();
    expect(rooms('una más', 'es-MX')).toBeNull();
    expect(countWithUnit('tres noches más o menos', 'es-MX', 'nights')).toBe(3);
    expect(rooms('two rooms with 2 extra beds')).toBe(2);
  });

  it('one more than a number not said: not a count', () => {
    // Was: 1.
    expect(nights('one more than last time')).toBeNull();
    expect(countFromSpeech('una más que la vez pasada', 'es-MX', 'rooms')).toBeNull();
  });

  it('"a single night", "una sola noche": one night', () => {
    expect(countWithUnit('a single night', 'en-US', 'nights')).toBe(1);
    expect(countWithUnit('una sola noche', 'es-MX', 'nights')).toBe(1);
    expect(countWithUnit('a single room', 'en-US', 'nights')).toBeNull();
  });

  it('"the 180 room": a price, not 180 rooms', () => {
    // Was: 180 rooms (and the call sent to the group desk).
    expect(countWithUnit('the 180 room, for 3 nights from the 5th', 'en-US', 'rooms')).toBeNull();
    expect(countWithUnit('the 180 room, for 3 nights', 'en-US', 'nights')).toBe(3);
    expect(countWithUnit('el cuarto de 1500', 'es-MX', 'rooms')).toBeNull();
    expect(countWithUnit('120 rooms', 'en-US', 'rooms')).toBe(120);
  });

  it('"el 12", "the 12": a day of the month, not a count', () => {
    // Was: 12 nights (and the 12th as the arrival, from the dates).
    expect(nights('el 12', 'es-MX')).toBeNull();
    expect(nights('the 12')).toBeNull();
    expect(nights('12')).toBe(12);
    expect(nights('the 3 nights')).toBe(3);
  });
});

describe('numbers property', () => {
  it('never throws and returns null or a positive integer', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en-US', 'es-MX'), fc.constantFrom('rooms', 'nights'), (s, locale, unit) => {
        const spoken = countFromSpeech(s, locale as 'en-US', unit as 'rooms');
        expect(spoken === null || (Number.isInteger(spoken) && spoken >= 1 && spoken <= 999)).toBe(true);
        const keyed = countFromDigits(s);
        expect(keyed === null || (Number.isInteger(keyed) && keyed >= 1 && keyed <= 99)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('held-out round 12', () => {
  it('counts texted weeks, "1 wk", "2 wks", in nights', () => {
    // Was: one night.
    expect(countFromSpeech('1 wk', 'en-US', 'nights')).toBe(7);
    expect(countFromSpeech('2 wks', 'en-US', 'nights')).toBe(14);
  });

  it('reads "just that night", "nada más esa noche" as one night', () => {
    // Was: nothing.
    expect(countFromSpeech('Nada más esa noche.', 'es-MX', 'nights')).toBe(1);
    expect(countFromSpeech('just that night', 'en-US', 'nights')).toBe(1);
    expect(countFromSpeech('just that night of the 5th', 'en-US', 'nights')).toBeNull();
  });

  it('reads "just the one" as one, not "the one" alone (a room type pointed at)', () => {
    // Was: nothing.
    expect(countFromSpeech('Just the one.', 'en-US', 'rooms')).toBe(1);
    expect(countFromSpeech('only the one', 'en-US', 'rooms')).toBe(1);
    expect(countFromSpeech('the one', 'en-US', 'rooms')).toBeNull();
  });

  it('reads a texted "hab", "rm" named alone as one room, and "habs" as no count', () => {
    expect(countWithUnit('hab para mañana', 'es-MX', 'rooms')).toBe(1);
    expect(countWithUnit('need a rm tmrw', 'en-US', 'rooms')).toBe(1);
    expect(countWithUnit('tienen habs para mañana', 'es-MX', 'rooms')).toBeNull();
  });
});
