// Mexican full names: two given names and two surnames, with their particles ("José Luis Pérez de la
// Garza"). The particles counted towards the five words a name may have, so the last surname was
// dropped: the reservation was made under "José Luis Pérez" and read back so.

import { describe, expect, it } from 'vitest';
import { nameAtNameQuestion, nameFromSpeech } from '../../../flows/understanding/names.ts';

describe('names with particles, whole', () => {
  it.each([
    ['a nombre de José Luis Pérez de la Garza', 'José Luis Pérez de la Garza'],
    ['María Fernanda López de Santa Anna', 'María Fernanda López de Santa Anna'],
    ['María de los Ángeles Pérez de la Garza', 'María de los Ángeles Pérez de la Garza'],
  ])('"%s" at the name question is "%s"', (said, name) => {
    expect(nameAtNameQuestion(said).first).toBe(name);
    expect(nameFromSpeech(said)).toBe(name);
  });

  it('what follows the name is still left for the other readers', () => {
    const said = nameAtNameQuestion('José Luis Pérez de la Garza, y voy a pagar en efectivo');
    expect(said.first).toBe('José Luis Pérez de la Garza');
    expect(said.rest).toContain('efectivo');
  });

  it('six name words stay the most, particles aside', () => {
    expect(nameFromSpeech('Ana María Luisa Fernanda Sofía Pérez de la Garza')).toBe('Ana María Luisa Fernanda Sofía Pérez');
  });
});
