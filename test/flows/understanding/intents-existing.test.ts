// A reservation made before is told from one to make, and a guest in the house from either
// (flows/understanding/intents.ts). Phrasings of the lead's families, written fresh.

import { describe, expect, it } from 'vitest';
import { intentFromSpeech, saysGuestInHouse } from '../../../flows/understanding/intents.ts';

const intentOf = (said: string) => intentFromSpeech(said, 'en-US');

describe('a reservation made before', () => {
  it('is "existing", however it is told: had, made by someone, booked through a site, apartado', () => {
    for (const said of [
      'I already have a booking', 'we have a room booked for Friday', "we've got a reservation", 'I reserved online',
      'my wife booked us a room', "we're booked for the 12th", 'I booked through Expedia', 'my assistant reserved a suite for me',
      'tenemos un cuarto reservado para el viernes', 'ya reservé', 'ya reserve por booking', 'reservé por Expedia', 'tengo apartado un cuarto',
      'tengo un cuarto apartado', 'mi esposa reservó', 'reservamos la semana pasada', 'ya estamos reservados para el 20',
      'hay una reservación a nombre de Pérez', 'quiero confirmar la reservación', 'got a rez for the 5th',
    ]) {
      expect(intentOf(said), said).toBe('existing');
    }
  });

  it('a new one wanted is "book", even by someone who booked before', () => {
    for (const said of [
      'I want to book a room', 'do you have rooms for Friday', 'are you booked up this weekend?', 'reserve a king for Friday',
      'I booked here last year and want to book again', 'quiero reservar otra vez', 'quisiera apartar un cuarto',
      'can I reserve a room for my wife', 'new reservation', 'reservar',
    ]) {
      expect(intentOf(said), said).toBe('book');
    }
  });
});

describe('a guest in the house', () => {
  it('is told by the room number, a thing left behind, a complaint, a charge', () => {
    for (const said of [
      "I'm a guest in room 204", 'staying in rm 1102, the wifi is not working', 'I left my glasses in the room', 'lost and found',
      'I want to make a complaint', 'you charged my card twice', 'soy huésped de la 305', 'estoy en la habitación 12',
      'olvidé mi cartera en el cuarto', 'quiero poner una queja', 'me cobraron de más',
    ]) {
      expect(saysGuestInHouse(said), said).toBe(true);
    }
  });

  it('is no booking there, while rooms asked for with counts stay one', () => {
    expect(intentOf("I'm a guest in room 204")).toBeNull();
    for (const said of ['a room for 2 nights', 'one room 2 nights', 'room for two', 'dos cuartos para el 12', 'habitación 2 noches']) {
      expect(saysGuestInHouse(said), said).toBe(false);
      expect(intentOf(said), said).toBe('book');
    }
  });
});
