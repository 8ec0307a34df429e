import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { soundAlikeCount } from '../../../flows/understanding/sound-alike-counts.ts';

describe('counts written as the words they sound like', () => {
  it('"for nights", "to rooms": four nights, two rooms', () => {
    // Was: not understood (asked again).
    expect(soundAlikeCount(tokenize('for nights please'), 'nights')).toBe(4);
    expect(soundAlikeCount(tokenize('I need to rooms for to nights'), 'rooms')).toBe(2);
    expect(soundAlikeCount(tokenize('I need to rooms for to nights'), 'nights')).toBe(2);
    expect(soundAlikeCount(tokenize('too rooms'), 'rooms')).toBe(2);
  });

  it('not before a singular, a number, or in a question about prices', () => {
    for (const said of ['a room for two nights', 'a room for tonight', 'how much for nights in December', 'for the night']) {
      expect(soundAlikeCount(tokenize(said), 'nights'), said).toBeNull();
    }
    expect(soundAlikeCount(tokenize('how much for rooms'), 'rooms')).toBeNull();
    expect(soundAlikeCount(tokenize('rooms for us'), 'rooms')).toBeNull();
  });
});
