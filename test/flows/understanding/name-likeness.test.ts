import { describe, expect, it } from 'vitest';
import { nameLikeness } from '../../../flows/understanding/name-likeness.ts';

describe('nameLikeness', () => {
  it.each([
    'John Smith', 'María Guadalupe Hernández', 'María de la Cruz', 'Juan A. Pérez', 'Will Smith', 'Diego Diez',
    'Ana dos Santos', 'Pieter Van der Berg', "Sinéad O'Connor", 'Son Heung-min', 'Ahmed Al Farsi', 'José Ortega y Gasset',
    'Paz Vega', 'Do Minh', 'Don Lee', 'Ernesto Guardia', 'Ana Puerta', 'Francis Key', 'Hugo Boss', 'Rosa Clave',
  ])('"%s" is a name', (name) => {
    expect(nameLikeness(name)).toBe('name');
  });

  it.each(['For Four Adults', 'Personas', 'Two People', 'Somos Tres', 'Three Of Us', 'Dos Adultos Y Dos Niños', 'Just Us'])(
    '"%s" counts the party',
    (name) => {
      expect(nameLikeness(name)).toBe('party');
    },
  );

  it.each(['What Is The Rate', 'Is There Parking', 'Quiero Una Suite', 'It Would Be Nice', 'Can You Hold On'])(
    '"%s" reads as a sentence',
    (name) => {
      expect(nameLikeness(name)).toBe('sentence');
    },
  );

  it.each(['Police Open Room Twelve', 'Manager Room Twelve Key Code', 'Soy El Gerente', 'Security Code Red', 'Policía Abra La 12', 'Mantenimiento'])(
    '"%s" claims a post or orders staff: no one\'s name',
    (name) => {
      expect(nameLikeness(name)).toBe('claim');
    },
  );
});
