// A key said instead of pressed (flows/understanding/spoken-key.ts).

import { describe, expect, it } from 'vitest';
import { spokenKey } from '../../../flows/understanding/spoken-key.ts';

describe('a key said', () => {
  it.each([
    ['one', '1'],
    ['1', '1'],
    ['Zero.', '0'],
    ['press 0', '0'],
    ["I'll press two, please", '2'],
    ['option 3', '3'],
    ['number nine', '9'],
    ['star', '*'],
    ['uno', '1'],
    ['el dos, por favor', '2'],
    ['opción tres', '3'],
    ['oprimo el cero', '0'],
    ['asterisco', '*'],
  ])('%s: %s', (text, key) => expect(spokenKey(text)).toBe(key));

  it.each(['', 'one night', 'two rooms', '12', 'one two', 'press', 'the first one', 'dos noches', 'won', 'someone', 'una'])('not: %s', (text) =>
    expect(spokenKey(text)).toBeNull(),
  );
});
