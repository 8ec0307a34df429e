// Questions asked of the hotel, told apart from answers by their form (flows/understanding/hotel-question.ts).

import { describe, expect, it } from 'vitest';
import { asksAQuestion } from '../../../flows/understanding/hotel-question.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';

const asks = (text: string) => asksAQuestion(text, tokenize(text));

describe('a question asked of the hotel', () => {
  it.each([
    'is there a shuttle from the airport',
    'ok what about wifi, is it free',
    'how far are you from the beach',
    'do you guys have a gym',
    'one more thing, can we bring our own wine',
    'I was wondering if there is a pool',
    'are the rooms accessible for a wheelchair',
    'any restaurants nearby',
    'Wifi?',
    'tienen alberca',
    'oiga una pregunta, hay estacionamiento techado',
    'qué tan lejos están de la playa',
    '¿Cuentan con servicio al cuarto?',
    'quería saber si se puede fumar en las habitaciones',
    'y dónde queda el hotel más o menos',
    'what is the wifi password?',
    '¿cómo llego desde el aeropuerto?',
    'is this hotel near the convention center?',
  ])('%s', (text) => expect(asks(text)).toBe(true));

  it.each([
    '',
    'wifi',
    'Mary O’Connor',
    'the blue one',
    'ok',
    'so',
    'mañana temprano',
    'Rosa Elena Martínez',
    'I said the other thing',
    'Hello? Is this the Miramar?',
    'can you hear me?',
    'what?',
    '¿Mande?',
    'bueno, ¿con quién hablo?',
    '¿es el hotel Miramar?',
    'hello?',
    '¿Bueno?',
  ])('not: %s', (text) => expect(asks(text)).toBe(false));
});
