// Names as guests text and say them: after a label ("Name: Robert Chen", "Nombre: Ana Ruiz"), and
// a couple's ("Robert and Linda Chen", "Juan y María López"), which kept the first name only.

import { describe, expect, it } from 'vitest';
import { nameAndRest, nameFromSpeech } from '../../../flows/understanding/names.ts';

describe('names as texted', () => {
  it.each([
    ["Hello, I'd like a room, arriving Dec 20, 3 nights. Name: Robert Chen. They'll pay cash.", 'Robert Chen'],
    ['Nombre: Ana Ruiz. Pago: efectivo', 'Ana Ruiz'],
    ['name: sam wu, 2 rooms', 'Sam Wu'],
    ['Guest: Lee Park', 'Lee Park'],
  ])('after a label: "%s"', (text, name) => {
    expect(nameAndRest(text).name).toBe(name);
  });

  it('a label with no colon, or a lead-in ended by a full stop, introduces nothing', () => {
    expect(nameAndRest('the name on the card is fine').name).toBeNull();
    expect(nameAndRest('my name is. Bob').name).toBeNull();
  });

  it.each([
    ['Name: Robert and Linda Chen', 'Robert and Linda Chen'],
    ['a nombre de Juan y María López, por favor', 'Juan y María López'],
    ['under John and Mary Smith, 2 rooms', 'John and Mary Smith'],
  ])('a couple: "%s"', (text, name) => {
    expect(nameAndRest(text).name).toBe(name);
  });

  it('"and" after a name is not a couple when no name follows', () => {
    expect(nameAndRest("I'm John and I'll pay cash").name).toBe('John');
    expect(nameAndRest('me llamo Ana y somos dos').name).toBe('Ana');
    expect(nameFromSpeech('john and mary smith')).toBe('John and Mary Smith');
  });
});
