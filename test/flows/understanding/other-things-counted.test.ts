// "The one with two beds", asked how many nights, was two nights: the beds of the room type the
// caller pointed at were read as the stay's length, and the booking went on with two nights nobody
// asked for. A number that counts something else (beds, pets, cars) is not a count of rooms or nights.

import { describe, expect, it } from 'vitest';
import { countFromSpeech } from '../../../flows/understanding/numbers.ts';

const nights = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => countFromSpeech(text, locale, 'nights');
const rooms = (text: string, locale: 'en-US' | 'es-MX' = 'en-US') => countFromSpeech(text, locale, 'rooms');

describe('numbers that count something else', () => {
  it.each([
    ['the one with two beds', 'en-US'],
    ['two queen beds please', 'en-US'],
    ['we have 2 dogs', 'en-US'],
    ['la de dos camas', 'es-MX'],
    ['la que tiene dos camas matrimoniales', 'es-MX'],
    ['traemos dos perritos', 'es-MX'],
    ['son tres carros', 'es-MX'],
  ] as const)('"%s" is neither nights nor rooms', (text, locale) => {
    expect(nights(text, locale)).toBeNull();
    expect(rooms(text, locale)).toBeNull();
  });

  it('the count said beside them is still read', () => {
    expect(nights('three nights, we have two dogs')).toBe(3);
    expect(rooms('two rooms with two beds each')).toBe(2);
    expect(rooms('dos cuartos con dos camas', 'es-MX')).toBe(2);
    expect(nights('tres', 'es-MX')).toBe(3);
    expect(rooms('2 kings')).toBe(2);
  });
});
