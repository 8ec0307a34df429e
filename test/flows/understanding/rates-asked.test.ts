import { describe, expect, it } from 'vitest';
import { ratesAsked } from '../../../flows/understanding/rates-asked.ts';
import { readHotelFile, toHotelInfo } from '../../../src/hotel/hotel-file.ts';
import { DEMO_HOTEL_PATH } from '../../../src/hotel/hotel-store.ts';

const hotel = toHotelInfo(readHotelFile(DEMO_HOTEL_PATH));
const byRate = [...hotel.roomTypes].sort((a, b) => b.rate - a.rate).map((t) => t.code);

describe('ratesAsked: the rooms\' rates asked of no type in particular', () => {
  it('reads the rates asked in general, in either language, said or texted', () => {
    const asked = [
      'What are your rates?', 'how much are your rooms?', 'How much is a room per night?', 'how much for a night', 'what do you charge for a room?',
      'room prices?', 'can you tell me the rates', 'hi, how much is it a night?', 'whats the price of a room',
      '¿Cuánto cuesta la noche?', 'oiga, ¿cuánto cuesta la habitación?', '¿Qué precios manejan?', '¿me da las tarifas?', 'cuanto cobran x noche',
      '¿cuánto sale el cuarto?', 'oiga, ¿a cómo está la noche?', 'hi, just checking rates for a family of five', 'can I get a quote for a room',
      'quisiera saber las tarifas', '¿en cuánto sale la noche?',
    ];
    for (const said of asked) expect(ratesAsked(said, 'en-US', hotel.roomTypes)?.codes, said).toEqual(byRate);
  });

  it('leaves a type named to the type\'s own question, and prices of anything else alone', () => {
    const notRates = [
      'how much is the suite?', '¿cuánto cuesta la doble?', 'how much is parking?', 'how much is the deposit?', 'how much is breakfast?',
      'the price is fine', 'Vincent Price', 'I want a room', 'book a room for Friday', 'cuánto', '', 'the rate you gave me was fine',
      'a como dé lugar, un cuarto',
    ];
    for (const said of notRates) expect(ratesAsked(said, 'en-US', hotel.roomTypes), said).toBeNull();
  });
});
