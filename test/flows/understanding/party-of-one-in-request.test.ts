// "Just me", "solo yo" inside a longer request (flows/understanding/party-of-one.ts partyOfOneIn).

import { describe, expect, it } from 'vitest';
import { partyOfOneIn } from '../../../flows/understanding/party-of-one.ts';

describe('a party of one inside a longer request', () => {
  it('is said by the phrases that cannot mean anything else', () => {
    for (const said of [
      'anything open the weekend of the 19th? just me', 'a room for the 3rd, only me', "it's one person, 2 nights", 'traveling alone, friday',
      '¿tienen algo para el 12? solo yo', 'nada más yo, del 3 al 5', 'una persona, dos noches', 'viajo sola, el viernes',
    ]) {
      expect(partyOfOneIn(said), said).toBe(true);
    }
  });

  it('is not, where someone else comes or more than one is counted', () => {
    for (const said of [
      'just me and my wife', 'me and the kids, the 19th', 'one person per room', 'somos dos personas', 'yo y mi esposa', 'para mi familia',
      'a room for me on friday', 'quiero un cuarto para mí', 'we are two', 'just me and 3 friends',
    ]) {
      expect(partyOfOneIn(said), said).toBe(false);
    }
  });
});
