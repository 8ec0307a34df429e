import { describe, expect, it } from 'vitest';
import { asksOtherOptions, asksToGoBack, declinesOffer } from '../../../flows/understanding/steering.ts';

describe('words that steer the call', () => {
  it.each(['go back', 'can we go back?', 'regresa', 'regresa por favor', 'la pregunta anterior', 'previous question', 'atrás', 'wait, go back'])(
    '"%s" asks to go back',
    (said) => expect(asksToGoBack(said)).toBe(true),
  );
  it.each(['I want to go back on the 12th', 'go back to the deluxe', 'regreso el domingo', 'back pain', 'Ana Torres'])('"%s" does not', (said) =>
    expect(asksToGoBack(said)).toBe(false),
  );

  it.each(['what else do you have?', '¿qué otras tienen?', '¿y qué otra tienen?', 'what are my options', 'otras opciones'])('"%s" asks for the choices', (said) =>
    expect(asksOtherOptions(said)).toBe(true),
  );

  it.each(['no thanks, bye', 'no gracias, así está bien', 'never mind', 'ah bueno, mejor no, gracias', 'okay thanks bye', 'olvídalo'])(
    '"%s" declines an offer',
    (said) => expect(declinesOffer(said)).toBe(true),
  );
  it.each(['no, the deluxe please', 'no gracias, mejor la doble', 'other dates', 'no, what about the 12th?', 'yes'])('"%s" does not', (said) =>
    expect(declinesOffer(said)).toBe(false),
  );
});
