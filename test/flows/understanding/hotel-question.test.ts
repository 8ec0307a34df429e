// Questions asked of the hotel, told apart from answers by their form (flows/understanding/hotel-question.ts).

import { describe, expect, it } from 'vitest';
import { asksAQuestion, questionOfTheCall } from '../../../flows/understanding/hotel-question.ts';
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

describe('a question of the call itself', () => {
  const of = (text: string) => questionOfTheCall(tokenize(text));
  it.each([
    ['can you hear me?', 'hearing'],
    ['hello, are you there?', 'hearing'],
    ['¿bueno? ¿me escucha?', 'hearing'],
    ['hola, ¿hay alguien?', 'hearing'],
    ['Is this the Miramar?', 'whoIsThis'],
    ['who am I talking to?', 'whoIsThis'],
    ['bueno, ¿con quién hablo?', 'whoIsThis'],
    ['¿es el hotel Miramar?', 'whoIsThis'],
    ['am I talking to a real person?', 'machine'],
    ['are you a robot', 'machine'],
    ['is this a recording?', 'machine'],
    ['¿es una grabación?', 'machine'],
    ['oiga, ¿hablo con una persona o con una máquina?', 'machine'],
  ] as const)('%s: %s', (text, kind) => expect(of(text)).toBe(kind));

  it.each(['is this hotel near the convention center?', 'is there a pool?', 'what?', 'hello?', 'are you a pet friendly hotel with a big garden by the sea or not'])(
    'not: %s',
    (text) => expect(of(text)).toBeNull(),
  );
});
