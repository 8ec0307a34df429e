import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { intentFromSpeech, type Intent } from '../../../flows/understanding/intents.ts';

const anyText = fc.oneof(
  fc.string({ maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 10_000 }),
  fc.string({ unit: 'binary', maxLength: 10_000 }),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
);
const INTENTS: Intent[] = ['agent', 'repeat', 'book', 'existing', 'spanish', 'english', 'changeDates'];

function expectIntent(intent: Intent | null, phrases: string[]) {
  for (const p of phrases) {
    expect(intentFromSpeech(p, 'en-US'), `${p} (en-US)`).toBe(intent);
    expect(intentFromSpeech(p, 'es-MX'), `${p} (es-MX)`).toBe(intent);
  }
}

describe('intentFromSpeech', () => {
  it('agent', () => {
    expectIntent('agent', [
      'agent', 'Agent!', 'operator', 'operators', 'front desk', 'the front desk please', 'reception', 'representative',
      'a person', 'a human', 'speak to someone', 'talk to someone', 'I want to talk to a person', 'can I speak to a real person',
      'recepción', 'operador', 'operadora', 'hablar con alguien', 'una persona', 'quiero hablar con una persona', 'agente',
      'someone please',
    ]);
  });

  it('existing, when a reservation is to be cancelled; not when cancelling is asked about', () => {
    expectIntent('existing', ['quiero cancelar una reservación', 'I need to cancel a booking', 'cancel my room', 'necesito anular mi reserva']);
    for (const t of ['what is the cancellation policy', '¿cobran por cancelar?', 'can I cancel if my plans change']) {
      expect(intentFromSpeech(t, 'en-US'), t).not.toBe('existing');
    }
  });

  it('repeat, when what there is is asked and nothing else is said', () => {
    expectIntent('repeat', ['what else do you have', '¿y qué otra tienen?', 'what other rooms do you have', 'ok what are my options then', 'qué más hay disponible']);
    for (const t of ['what do you have for friday', '¿qué tienen para el viernes?', 'what else, the suite?', 'que otra cosa']) {
      expect(intentFromSpeech(t, 'en-US'), t).not.toBe('repeat');
    }
  });

  it('agent, asked for the way callers in Mexico ask to be put through, and for the one in charge', () => {
    expectIntent('agent', [
      '¿me comunica con alguien por favor?', 'me pasa con el encargado', '¿me puede transferir con una persona?',
      '¿hay alguien ahí que me atienda?', 'quiero hablar con el gerente', 'comuníqueme con recepción',
      'is there anyone I can talk to', 'can I speak to the manager', 'is someone available',
    ]);
    for (const t of ['somos tres personas', 'para dos personas', 'me pasa el precio', 'I am the manager of a company', 'esta bien']) {
      expect(intentFromSpeech(t, 'es-MX'), t).not.toBe('agent');
    }
  });

  it('agent does not fire on ordinary answers', () => {
    for (const t of ['cash', 'John Agentson', 'Agentson', 'reagent', 'a room for a person', 'una habitación para una persona',
      'two rooms', 'I am a travel agent booking for a client', 'personal', 'deceptions', 'frontal desk']) {
      expect(intentFromSpeech(t, 'en-US'), t).not.toBe('agent');
    }
  });

  it('repeat', () => {
    expectIntent('repeat', [
      'repeat', 'repeat that please', 'say that again', 'again', 'what', 'What?', 'sorry, what?', 'pardon',
      'repetir', 'repite', '¿Puede repetir?', 'otra vez', 'cómo', '¿Cómo?', 'mande', 'no entendí',
    ]);
  });

  it('book', () => {
    expectIntent('book', [
      'book', 'book a room', 'reservation', 'make a reservation', 'I would like to make a reservation', 'a room',
      'I need a room', 'reservar', 'hacer una reservación', 'hacer una reserva', 'una habitación', 'quiero una habitación',
      'cuarto', 'quiero un cuarto', 'booking',
      // Asking about rooms is asking to book one (issue 9: "do you have rooms for 7 people").
      'two rooms', 'dos habitaciones', 'what rooms do you have', 'do you have rooms for 7 people', 'tienen cuartos?',
    ]);
  });

  it('existing', () => {
    expectIntent('existing', [
      'my reservation', 'existing reservation', 'I have a reservation', 'about my booking', 'mi reservación', 'mi reserva',
      'ya tengo una reservación', 'cancel my reservation',
    ]);
  });

  it('existing, said of one made before', () => {
    expectIntent('existing', [
      'I booked last week, can you resend my confirmation?', 'we made a reservation for Friday', 'calling about our booking',
      'hice una reservación para el viernes', 'ya reservé, quería saber si está bien', 'me reenvía mi confirmación',
      'tenemos una reserva para mañana',
    ]);
    // Wanting a room like last time is a new booking.
    expectIntent('book', ['I want to book a room like last time']);
  });

  it('languages', () => {
    expectIntent('spanish', ['español', 'Spanish', 'en español', 'in Spanish please', 'no hablo inglés']);
    expectIntent('english', ['English', 'inglés', 'en inglés', "I don't speak Spanish"]);
    expect(intentFromSpeech('English or Spanish', 'en-US')).toBeNull();
  });

  it('changeDates', () => {
    expectIntent('changeDates', [
      'other dates', 'different dates', 'change the dates', 'change dates', 'can I try another date', 'otra fecha',
      'otras fechas', 'cambiar la fecha', 'cambiar fechas', 'quiero cambiar las fechas',
    ]);
  });

  it('whole words only, and null when unsure', () => {
    for (const t of ['', '   ', 'bookkeeper', 'bookie',
      'roomy', 'como a las tres', 'John Smith', 'cash', 'tomorrow', 'yes', 'no', '🙂', 'sorry', 'Agentson']) {
      expect(intentFromSpeech(t, 'en-US'), t).toBeNull();
    }
  });

  it('checks agent before everything else, then language and dates', () => {
    expect(intentFromSpeech('agent, I want to book a room', 'en-US')).toBe('agent');
    expect(intentFromSpeech('book a room in Spanish', 'en-US')).toBe('spanish');
    expect(intentFromSpeech('change the dates of my reservation', 'en-US')).toBe('changeDates');
    expect(intentFromSpeech('I want to change my reservation', 'en-US')).toBe('existing');
  });
});

describe('intents property', () => {
  it('never throws and returns null or a known intent', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('en-US', 'es-MX'), (s, locale) => {
        const out = intentFromSpeech(s, locale as 'en-US');
        expect(out === null || INTENTS.includes(out)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
