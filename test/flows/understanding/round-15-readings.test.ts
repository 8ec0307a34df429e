// Readings the held-out round 15 found wrong or missed at the questions after the date
// (test/corpus/cases/held-out-15.ts), each as the rule that now serves its family of phrasings.

import { describe, expect, it } from 'vitest';
import { intentFromSpeech } from '../../../flows/understanding/intents.ts';
import { listPosition } from '../../../flows/understanding/list-position.ts';
import { nameAtNameQuestion, nameFromSpeech, nameInRequest } from '../../../flows/understanding/names.ts';
import { tokenize } from '../../../flows/understanding/normalize.ts';
import { countFromSpeech, countWithUnit } from '../../../flows/understanding/numbers.ts';
import { phoneFromSpeech } from '../../../flows/understanding/phone.ts';

const place = (text: string, count = 3, numbers = true) => listPosition(tokenize(text), count, numbers);

describe('a place in a list just read out', () => {
  it('"the second one", "la primera", "the 2nd one", "la 2", "the last one" name the option at that place', () => {
    expect(place('The second one.')).toBe(1);
    expect(place('La primera.')).toBe(0);
    expect(place('the 2nd one')).toBe(1);
    expect(place('la 2')).toBe(1);
    expect(place('option three please')).toBe(2);
    expect(place("I'll take the last one")).toBe(2);
    expect(place('la última')).toBe(2);
  });

  it('names nothing beyond the list, with other words beside it, or two places at once', () => {
    expect(place('the fourth one')).toBeNull();
    expect(place('the second night')).toBeNull();
    expect(place('the 2nd of January')).toBeNull();
    expect(place('the first or the second')).toBeNull();
    expect(place('esa')).toBeNull();
  });

  it('a bare number only where no option is a number of rooms', () => {
    expect(place('two', 3, false)).toBeNull();
    expect(place('the second one', 3, false)).toBe(1);
    expect(place('option three please', 3, false)).toBe(2);
    expect(place('la opción 2', 3, false)).toBe(1);
  });
});

describe('names said with more than the name', () => {
  it('a word spelled out after it is said is that word once: "Smith, S M I T H", "s-m-i-t-h"', () => {
    expect(nameAtNameQuestion('Smith. S M I T H. Jonathan Smith.').first).toBe('Jonathan Smith');
    expect(nameAtNameQuestion('Katie Brennan, that is B R E N N A N.').first).toBe('Katie Brennan');
    expect(nameAtNameQuestion('smith, s-m-i-t-h').first).toBe('Smith');
  });

  it('letters that spell no word said are left as they are (initials)', () => {
    expect(nameFromSpeech('W E B Griffin')).toBe('W E B Griffin');
  });

  it('a one-word name said whole after it, again or put right, is the whole name', () => {
    expect(nameAtNameQuestion('Ibarra, con i latina, Ibarra. Sofía Ibarra.').first).toBe('Sofía Ibarra');
    expect(nameAtNameQuestion('Bob, well, Robert Hayes officially.').first).toBe('Robert Hayes');
    // (A name of two words is not replaced by what follows.)
    expect(nameAtNameQuestion('Jesús Ramírez, pero me dicen Chuy.').first).toBe('Jesús Ramírez');
  });

  it('a company named as such is its name: "a nombre de la empresa Grupo Tres", "under my company, Brightline Inc"', () => {
    expect(nameFromSpeech('A nombre de la empresa Grupo Tres.')).toBe('Grupo Tres');
    expect(nameFromSpeech('under my company pls - Brightline Inc')).toBe('Brightline Inc');
  });

  it('"it\'s only me and my wife", "human pls" name no one', () => {
    expect(nameInRequest("Just the one, it's only me and my wife.")).toBeNull();
    expect(nameInRequest('its human pls')).toBeNull();
  });
});

describe('a person asked for', () => {
  it('"¿con quién hablo para…?", "who do I talk to…", "human pls" ask for the desk', () => {
    expect(intentFromSpeech('¿Con quién hablo para una reservación de grupo?', 'es-MX')).toBe('agent');
    expect(intentFromSpeech('con quien hablo para pedir factura?', 'es-MX')).toBe('agent');
    expect(intentFromSpeech('Who do I talk to about an invoice?', 'en-US')).toBe('agent');
    expect(intentFromSpeech('human pls', 'en-US')).toBe('agent');
  });

  it('"¿con quién hablo?" alone asks who is speaking, not for the desk', () => {
    expect(intentFromSpeech('¿Con quién hablo?', 'es-MX')).toBeNull();
  });

  it('"diff dates" is other dates', () => {
    expect(intentFromSpeech('diff dates then', 'en-US')).toBe('changeDates');
  });
});

describe('counts said the way guests say them', () => {
  it('"the whole week", "toda la semana", "una semanita" are seven nights', () => {
    expect(countWithUnit('The whole week.', 'en-US', 'nights')).toBe(7);
    expect(countWithUnit('toda la semana', 'es-MX', 'nights')).toBe(7);
    expect(countWithUnit('Una semanita.', 'es-MX', 'nights')).toBe(7);
  });

  it('"nada más una habitación", "solo un cuarto" are one room, where "una habitación" alone may be an article', () => {
    expect(countWithUnit('Nada más una habitación.', 'es-MX', 'rooms', false)).toBe(1);
    expect(countWithUnit('solo un cuarto', 'es-MX', 'rooms', false)).toBe(1);
    expect(countWithUnit('quiero una habitación', 'es-MX', 'rooms', false)).toBeNull();
    // And as Mexico says it: "una sola", "namás", "no más".
    expect(countWithUnit('mejor que sea una sola habitación', 'es-MX', 'rooms', false)).toBe(1);
    expect(countWithUnit('un solo cuarto', 'es-MX', 'rooms', false)).toBe(1);
    expect(countWithUnit('namas una habitacion', 'es-MX', 'rooms', false)).toBe(1);
    expect(countWithUnit('no más una habitación', 'es-MX', 'rooms', false)).toBe(1);
  });

  it('"just the one" is one room with its own sentence after it, as when said last', () => {
    expect(countFromSpeech("Just the one, it's only me and my wife.", 'en-US', 'rooms')).toBe(1);
    expect(countFromSpeech('just the one thanks', 'en-US', 'rooms')).toBe(1);
  });
});

describe('a callback number with an extension', () => {
  it('is the number before it: "212 555 0100 extension 204", "(212) 555-0100 ext 204"', () => {
    expect(phoneFromSpeech('212 555 0100 extension 204.', 'en-US', 'US')).toBe('+12125550100');
    expect(phoneFromSpeech('(212) 555-0100 ext 204', 'en-US', 'US')).toBe('+12125550100');
    expect(phoneFromSpeech('55 1234 5678, extensión 12', 'es-MX', 'MX')).toBe('+525512345678');
  });
});
