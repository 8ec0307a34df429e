import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { timesCount } from '../../../flows/understanding/times-count.ts';

describe('timesCount', () => {
  it('reads a multiple said beside a thing named: "x2", "2x", "x 3", "two of them", "dos de esas"', () => {
    expect(timesCount(tokenize('suite x2'), 'en')).toBe(2);
    expect(timesCount(tokenize('2x queen'), 'en')).toBe(2);
    expect(timesCount(tokenize('king x 3'), 'en')).toBe(3);
    expect(timesCount(tokenize('Deluxe, and two of them.'), 'en')).toBe(2);
    expect(timesCount(tokenize('la suite, dos de esas'), 'es')).toBe(2);
  });

  it('reads no multiple of nights or days, and none when two differ', () => {
    expect(timesCount(tokenize('book double room 12/24 x 2 nights'), 'en')).toBeNull();
    expect(timesCount(tokenize('x3 nts'), 'en')).toBeNull();
    expect(timesCount(tokenize('king x2, queen x3'), 'en')).toBeNull();
    expect(timesCount(tokenize('a king please'), 'en')).toBeNull();
  });
});
