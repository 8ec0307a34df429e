import { describe, expect, it } from 'vitest';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';
import { topicsAsked } from '../../../flows/understanding/topics.ts';

const { answers } = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const asked = (text: string) => topicsAsked(text, answers);

describe('topicsAsked', () => {
  it('the hotel file\'s own words for each topic', () => {
    expect(asked('Do you guys have parking?')).toEqual(['parking']);
    expect(asked('¿Aceptan mascotas?')).toEqual(['pets']);
    expect(asked('is breakfast included and do you allow dogs')).toEqual(['breakfast', 'pets']);
  });

  it('the demo hotel\'s cancellation policy, asked as a fee, and never a request to cancel', () => {
    for (const q of ['Is there a fee to cancel?', 'is there a charge to cancel', '¿Cobran por cancelar?', '¿Cuánto cuesta cancelar?', '¿Hay penalización?']) {
      expect(asked(q), q).toEqual(['cancellation']);
    }
    expect(asked('I want to cancel my reservation')).toEqual([]);
  });

  it('any question of time before the words for arriving or leaving, however it is put', () => {
    expect(asked('What time do I need to check out by?')).toEqual(['checkOut']);
    expect(asked('How late can we leave the room on Sunday?')).toEqual(['checkOut']);
    expect(asked('How early can we get into the room?')).toEqual(['checkIn']);
    expect(asked('¿A qué hora tengo que dejar la habitación?')).toEqual(['checkOut']);
    expect(asked('¿Desde qué hora nos entregan el cuarto?')).toEqual(['checkIn']);
  });

  it('asking to arrive early or leave late', () => {
    expect(asked('Can I check in early?')).toEqual(['checkIn']);
    expect(asked('¿Podemos salir tarde el domingo?')).toEqual(['checkOut']);
    expect(asked('check in a que hora?')).toEqual(['checkIn']);
    expect(asked('what r ur check out times')).toEqual(['checkOut']);
  });

  it('arriving or leaving without a question of time is not asking', () => {
    expect(asked('We check in Friday and check out Sunday')).toEqual([]);
    expect(asked('Llegamos el viernes y salimos el domingo')).toEqual([]);
    expect(asked('check in Friday, what time is breakfast?')).toEqual(['breakfast']);
  });

  it('no answers in the hotel file, no topics', () => {
    expect(topicsAsked('what time is check in', undefined)).toEqual([]);
  });
});
