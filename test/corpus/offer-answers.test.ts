// At an offer of other rooms (the Ocean Suite asked, the Deluxe King, Double Queen and Standard
// offered): a room chosen by its price among those offered, other dates asked for without a day
// named, and words about later that ask for neither ("a week later" names a day: read there). Played through the real call flow.

import { describe, expect, it } from 'vitest';
import { readHotelFile, toHotelInfo } from '../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import { TUE } from './cases/days.ts';
import { play } from './corpus-runner.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const atOffer = (say: string, lang: 'en' | 'es' = 'en') => play({ at: 'offer', today: TUE, say }, { channel: 'voice', lang }, hotel);

describe('answers at an offer of other rooms', () => {
  it('"the cheaper one", "la más cara" are that end of the rates of the types offered (the suite is not one)', async () => {
    expect((await atOffer('Okay, the cheaper one then.')).after.slots.roomType).toBe('STD');
    expect((await atOffer('la más cara', 'es')).after.slots.roomType).toBe('DLX');
  });

  it('"what about the weekend after?", "the Friday after?" ask for the arrival again; nothing is taken', async () => {
    for (const say of ['What about the weekend after?', 'the weekend after then?', 'How about the Friday after?']) {
      const { after } = await atOffer(say);
      expect(after.state).toBe('askingArrivalDate');
      expect(after.slots.roomType).toBe('OCEAN');
    }
  });

  it('"I\'ll call back later", "después le llamo" ask for no other dates: the caller is let go, a turnaway', async () => {
    for (const [say, lang] of [["I'll call back later.", 'en'], ['Gracias, después le llamo.', 'es']] as const) {
      const { before, after } = await atOffer(say, lang);
      expect(after.state).toBe('turnedAway');
      expect(after.slots.arrival).toBe(before.slots.arrival);
    }
  });
});
