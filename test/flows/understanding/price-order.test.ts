// A room type asked for by its price: read from the hotel's rates, whatever its file's synonyms.

import { describe, expect, it } from 'vitest';
import { roomTypeByPrice } from '../../../flows/understanding/price-order.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import type { RoomTypeInfo } from '../../../flows/types.ts';

const type = (code: string, rate: number): RoomTypeInfo => ({ code, rate, rooms: 2, name: { en: code, es: code }, synonyms: { en: [], es: [] } });
const types = [type('JR', 3200), type('DBL', 1850), type('SGL', 1200)];
const byPrice = (text: string, list = types) => roomTypeByPrice(tokenize(text), list);

describe('roomTypeByPrice', () => {
  it.each(['the cheapest', 'your least expensive room', 'el más barato', 'la más económica', 'la de menor precio', 'lo menos caro'])('"%s" is the lowest rate', (text) => {
    expect(byPrice(text)).toBe('SGL');
  });

  it.each(['the most expensive one', 'your best room', 'la más cara', 'la mejor'])('"%s" is the highest rate', (text) => {
    expect(byPrice(text)).toBe('JR');
  });

  it('nothing when no price is asked, both are, or two types share the rate', () => {
    expect(byPrice('a double please')).toBeNull();
    expect(byPrice('not the cheapest, not the most expensive')).toBeNull();
    expect(byPrice('the cheapest', [type('A', 100), type('B', 100), type('C', 200)])).toBeNull();
  });
});
