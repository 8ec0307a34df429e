// How each question listens: keypad shape and speech hints. SPEC §5's table, as Gather attributes.

import type { CallContext, QuestionId } from '../../flows/call-context.ts';
import { languageOf } from '../../flows/hold-time.ts';

export interface Listening {
  /** Collect exactly this many keys (a single-key menu answers at once). */
  numDigits?: number;
  /** Keys end with # (numbers of any length). */
  finishOnKey?: string;
  hints: string[];
}

const AGENT_HINTS = { en: ['front desk', 'agent', 'operator', 'repeat'], es: ['recepción', 'hablar con alguien', 'operador', 'repetir'] };

const LISTENING: Record<QuestionId, (ctx: CallContext) => Omit<Listening, 'hints'> & { hints: { en: string[]; es: string[] } }> = {
  greeting: () => ({ numDigits: 1, hints: { en: ['book a room', 'reservation', 'español', 'my reservation'], es: ['español'] } }),
  mainMenu: () => ({ numDigits: 1, hints: { en: ['book a room', 'my reservation'], es: ['reservar', 'mi reservación'] } }),
  // MMDD: four keys; a lone 0 or * still arrives when the caller stops typing (Gather's timeout).
  arrivalDate: () => ({
    numDigits: 4,
    hints: { en: ['today', 'tomorrow', 'next Friday', 'December 4th'], es: ['hoy', 'mañana', 'pasado mañana', 'el viernes', '4 de diciembre'] },
  }),
  roomType: (ctx) => ({
    numDigits: 1,
    hints: {
      en: ctx.hotel.roomTypes.flatMap((t) => [t.name.en, ...t.synonyms.en]),
      es: ctx.hotel.roomTypes.flatMap((t) => [t.name.es, ...t.synonyms.es]),
    },
  }),
  rooms: () => ({ numDigits: 1, hints: { en: ['one room', 'two rooms', 'three rooms'], es: ['una habitación', 'dos habitaciones'] } }),
  nights: () => ({ finishOnKey: '#', hints: { en: ['one night', 'two nights', 'a week'], es: ['una noche', 'dos noches', 'una semana'] } }),
  offer: (ctx) => ({
    numDigits: 1,
    hints: { en: ['other dates', ...ctx.hotel.roomTypes.map((t) => t.name.en)], es: ['otras fechas', ...ctx.hotel.roomTypes.map((t) => t.name.es)] },
  }),
  name: () => ({ numDigits: 1, hints: { en: ['my name is'], es: ['me llamo'] } }),
  payment: () => ({ numDigits: 1, hints: { en: ['credit card', 'cash', 'debit card'], es: ['tarjeta de crédito', 'efectivo', 'tarjeta de débito'] } }),
  callback: () => ({ finishOnKey: '#', hints: { en: ['this number', 'the same number'], es: ['este número', 'el mismo'] } }),
  stayChange: () => ({ numDigits: 1, hints: { en: ['the date', 'the nights', 'the rooms', 'one more night'], es: ['la fecha', 'las noches', 'las habitaciones', 'una noche más'] } }),
  stayChangeConfirm: () => ({ numDigits: 1, hints: { en: ['yes', 'no', 'keep it'], es: ['sí', 'no', 'déjela así'] } }),
  readBack: () => ({ numDigits: 1, hints: { en: ['yes', 'confirm', 'change', 'repeat'], es: ['sí', 'confirmar', 'cambiar', 'repetir'] } }),
  changeDetail: () => ({
    numDigits: 1,
    hints: { en: ['date', 'room type', 'rooms', 'nights', 'name', 'payment', 'phone'], es: ['fecha', 'tipo', 'habitaciones', 'noches', 'nombre', 'pago', 'teléfono'] },
  }),
  confirmHeard: () => ({ numDigits: 1, hints: { en: ['yes', 'no'], es: ['sí', 'no'] } }),
  dateChoice: () => ({ numDigits: 1, hints: { en: ['the first one', 'the second one', 'another date'], es: ['la primera', 'la segunda', 'otra fecha'] } }),
  cardKind: () => ({ numDigits: 1, hints: { en: ['credit', 'debit'], es: ['crédito', 'débito'] } }),
  confirmationNumber: () => ({ finishOnKey: '#', hints: { en: ['my confirmation number is'], es: ['mi número de confirmación es'] } }),
  existingReservation: () => ({ numDigits: 1, hints: { en: ['cancel', 'repeat'], es: ['cancelar', 'repetir'] } }),
  cancelConfirm: () => ({ numDigits: 1, hints: { en: ['yes', 'no'], es: ['sí', 'no'] } }),
  stopConfirm: () => ({ numDigits: 1, hints: { en: ['yes', 'no'], es: ['sí', 'no'] } }),
  changeOrAnother: () => ({ numDigits: 1, hints: { en: ['change it', 'another one'], es: ['cambiarla', 'otra'] } }),
  // Speech only: a key pressed here goes to the front desk at once (flows/reservation-proof.ts).
  lastNameProof: () => ({ numDigits: 1, hints: { en: ['the last name is'], es: ['el apellido es', 'a nombre de'] } }),
  anythingElse: () => ({
    numDigits: 1,
    hints: { en: ['another room', 'another reservation', 'no thanks'], es: ['otra habitación', 'otra reservación', 'no, gracias'] },
  }),
  callbackOffer: () => ({
    numDigits: 1,
    hints: { en: ['leave a message', 'call me back'], es: ['dejar un mensaje', 'que me llamen'] },
  }),
};

export function listeningFor(question: QuestionId, ctx: CallContext): Listening {
  const { hints, ...keys } = LISTENING[question](ctx);
  const lang = languageOf(ctx.locale);
  return { ...keys, hints: [...hints[lang], ...AGENT_HINTS[lang]] };
}
