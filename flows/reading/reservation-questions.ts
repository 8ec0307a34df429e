// Readers for an existing reservation (main menu 2): what opens one (its confirmation number; the
// last name on one made from the calling number; a key for one of those where caller ID alone is
// trusted), what to do with the reservation, and the cancel confirmation.

import type { CallContext, Heard } from '../call-context.ts';
import { intentFromSpeech } from '../understanding/intents.ts';
import { nameLikeness } from '../understanding/name-likeness.ts';
import { nameFromSpeech } from '../understanding/names.ts';
import { hasAnyPhrase, tokenize } from '../understanding/normalize.ts';
import { digitsFromSpeech } from '../understanding/phone.ts';
import { topicsAskedIn } from '../understanding/topics.ts';
import { yesNo } from '../understanding/yes-no.ts';
import type { CallerInput } from './caller-input.ts';
import { stripHash } from './caller-input.ts';
import { asksTheTotal } from './whole-request.ts';

/** Saying the confirmation number is not at hand: not a last name to look for. */
const NO_NUMBER = [
  'don t have', 'dont have', 'do not have', 'don t know', 'dont know', 'lost', 'can t find', 'cant find', 'forgot',
  'no tengo', 'no lo tengo', 'no me lo se', 'no lo se', 'no se', 'lo perdi', 'no lo encuentro', 'se me olvido', 'no recuerdo',
];

/** Confirmation numbers are 8 digits (src/inventory/confirmation-number.ts); accept a little either way. */
const CONFIRMATION = /^\d{6,10}$/;

/**
 * Whether the calling number alone opens a reservation made from it: only on the phone, only
 * when the network fully vouched for the number, and only where the hotel chose to allow it.
 */
export function callerIdOpensReservations(ctx: CallContext): boolean {
  return ctx.channel === 'voice' && ctx.callerVerified && ctx.hotel.verifiedCallerIdOpensReservations === true;
}

export function readConfirmationNumber(ctx: CallContext, input: CallerInput): Heard | null {
  if (input.kind === 'digits') {
    const digits = stripHash(input.digits);
    if (/^[1-9]$/.test(digits) && ctx.callerReservations[Number(digits) - 1] && callerIdOpensReservations(ctx)) {
      return { kind: 'answer', value: { q: 'lookup', pick: Number(digits) - 1 } };
    }
    // (Texted "#12345678": the number sign written before it, as on a confirmation.)
    const confirmation = digits.replace(/^#+/, '');
    return CONFIRMATION.test(confirmation) ? { kind: 'answer', value: { q: 'lookup', confirmation } } : null;
  }
  if (input.kind !== 'speech') return null;
  const digits = digitsFromSpeech(input.text, ctx.locale);
  if (CONFIRMATION.test(digits)) return { kind: 'answer', value: { q: 'lookup', confirmation: digits } };
  const noNumber = hasAnyPhrase(tokenize(input.text), NO_NUMBER);
  // "I don't have it", "lo perdí", with no reservation from this phone to name: the front desk finds
  // it (by name and dates, which this line does not take as proof), rather than two misses first.
  if (noNumber && ctx.callerReservations.length === 0) return { kind: 'agent' };
  // Words, not a number: the last name on a reservation made from this phone (there must be one).
  if (ctx.callerReservations.length === 0 || /\d/.test(input.text)) return null;
  const name = nameFromSpeech(input.text);
  // "I don't have it", "no tengo el número": no name to look for; the question (number or last name) again.
  if (noNumber || nameLikeness(name ?? '') !== 'name') return { kind: 'repeat' };
  return name ? { kind: 'answer', value: { q: 'lookup', lastName: name } } : null;
}

const CANCEL_WORDS = [
  'cancel', 'cancel it', 'cancelar', 'cancelarla', 'cancelacion',
  // "Cancélela", "cancélala", "cancélenla", "anúlela": the command, as Mexican callers say it.
  'cancelela', 'cancelala', 'cancelenla', 'cancela', 'cancele', 'cancelo', 'cancelamos', 'anular', 'anularla', 'anulela', 'anulala',
  'borrela', 'borrarla',
];

/**
 * A change asked for ("add a night", "can I move it to Friday?", "quiero cambiar la fecha"): of a
 * booked reservation, which part is asked (key 3); of another, the front desk's.
 */
const CHANGE_WORDS = [
  'change', 'changes', 'modify', 'add', 'extend', 'extra night', 'more night', 'another night', 'move', 'switch',
  'upgrade', 'shorten', 'postpone', 'push it', 'different room', 'different dates', 'less night', 'fewer nights',
  'cambiar', 'cambio', 'cambios', 'modificar', 'agregar', 'aumentar', 'extender', 'mover', 'moverla', 'recorrer',
  'recorrerla', 'posponer', 'adelantar', 'quitar', 'otra noche', 'una noche mas', 'una noche menos',
];

/** Another room type ("an upgrade", "otro tipo de cuarto"): the desk's, which can say what each is like. */
const ANOTHER_TYPE = ['upgrade', 'different room', 'room type', 'type of room', 'otro tipo', 'tipo de cuarto', 'tipo de habitacion'];

/**
 * "Otro cuarto", "otra habitación": a room added to this reservation, which is the desk's, unless a
 * new booking is asked for in so many words ("quiero reservar otra habitación doble", "quisiera
 * apartar otro cuarto para mi hermana"), as "I want to reserve another deluxe king" is one.
 */
const ANOTHER_ROOM = ['otro cuarto', 'otra habitacion'];
const BOOKS_ANEW = ['book', 'reserve', 'reservar', 'apartar', 'otra reservacion', 'nueva reservacion', 'new reservation', 'another reservation'];

/**
 * A question about the reservation itself ("what are my dates?", "when is it again?", "¿para cuándo
 * es?", "how many nights did I book?"): asking what it says, answered by saying it again.
 */
const ASKS = [
  'what', 'whats', 'when', 'which', 'how many', 'how long', 'is it', 'is that', 'tell me', 'remind me', 'que', 'cual', 'cuales',
  'cuando', 'cuantas', 'cuantos', 'cuanto tiempo', 'es para', 'esta', 'digame', 'dime', 'recuerdeme', 'recuerdame', 'confirm',
  'confirmar', 'confirme', 'again', 'otra vez', 'de nuevo',
];
const ITS_FACTS = [
  'date', 'dates', 'day', 'days', 'arrival', 'arrive', 'arriving', 'get there', 'leave', 'leaving', 'departure', 'check out date',
  'night', 'nights', 'rooms', 'room', 'type', 'kind', 'number', 'confirmation', 'held', 'hold', 'confirmed', 'booked', 'status',
  'when is it', 'it for', 'my reservation', 'the reservation', 'my booking', 'the booking', 'name', 'under', 'checking in',
  'checking out', 'suite', 'guardan', 'guarda', 'hasta cuando', 'hasta que hora', 'apartan',
  'fecha', 'fechas', 'dia', 'dias', 'llegada', 'llego', 'llegamos', 'salida', 'salgo', 'salimos', 'noche', 'noches', 'cuarto',
  'cuartos', 'habitacion', 'habitaciones', 'tipo', 'numero', 'confirmacion', 'confirmada', 'apartada', 'reservada', 'es para',
  'para cuando', 'mi reservacion', 'la reservacion', 'mi reserva', 'la reserva', 'nombre',
];

/** After "que", these make it a wish, not a question: "que sean tres noches", "que quede para el 9". */
const WISHED = new Set(['sea', 'sean', 'quede', 'queden']);

function asksAboutIt(tokens: readonly string[], text: string): boolean {
  // ("Que sean dos habitaciones": the change wanted, not "what are…?".)
  const asking = tokens.filter((t, k) => !(t === 'que' && WISHED.has(tokens[k + 1] ?? '')));
  return (hasAnyPhrase(asking, ASKS) || text.includes('?')) && hasAnyPhrase(tokens, ITS_FACTS);
}

/**
 * The reservation read back: 1 cancel and 3 change (only a booking not yet arrived), 2 hear it again, 0 the desk.
 * Said: a question about it hears it again; its price, the room's rate; a question about the hotel
 * is left to the hotel's answers (read-question.ts), then this question again.
 */
export function readExistingReservation(ctx: CallContext, input: CallerInput): Heard | null {
  const cancellable = ctx.found?.status === 'booked';
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    if (key === '1' && cancellable) return { kind: 'route', route: 'cancel' };
    if (key === '2') return { kind: 'repeat' };
    // 3: its stay changed by the guest (flows/stay-change.ts); only a booking not yet arrived.
    if (key === '3' && cancellable) return { kind: 'route', route: 'change' };
    return null;
  }
  if (input.kind !== 'speech') return null;
  const tokens = tokenize(input.text);
  if (cancellable && hasAnyPhrase(tokens, CANCEL_WORDS)) return { kind: 'route', route: 'cancel' };
  // A change of a booked reservation's stay is the guest's own (flows/stay-change.ts asks which part; another type is the desk's).
  if (hasAnyPhrase(tokens, ANOTHER_TYPE)) return { kind: 'agent' };
  if (hasAnyPhrase(tokens, CHANGE_WORDS)) return cancellable ? { kind: 'route', route: 'change' } : { kind: 'agent' };
  if (hasAnyPhrase(tokens, ANOTHER_ROOM) && !hasAnyPhrase(tokens, BOOKS_ANEW)) return { kind: 'agent' };
  if (intentFromSpeech(input.text, ctx.locale) === 'repeat') return { kind: 'repeat' };
  // (Check-in time, breakfast, parking: the hotel's own answers, not the reservation again.)
  if (topicsAskedIn(tokens, ctx.hotel.answers).length > 0) return null;
  // "How much is it?", "¿cuánto sale?": the nightly rate of its room (what it comes to in all is not said here yet).
  if (asksTheTotal(tokens) && ctx.found) return { kind: 'answered', notices: [{ id: 'rate', params: { type: ctx.found.roomType } }] };
  // Asked before any yes: "is it confirmed?" is no yes to cancelling.
  if (asksAboutIt(tokens, input.text)) return { kind: 'repeat' };
  // A yes alone names nothing now that a booked reservation offers two things ("To cancel it, press 1;
  // to change it, 3"): "I want to add a night", then "sí" at the read-back, went to the cancel's
  // confirmation. Asked again, with the keys (a yes is a miss, as any unread answer).
  return null;
}

/** "To cancel it, press 1; to keep it, press 2." */
export function readCancelConfirm(ctx: CallContext, input: CallerInput): Heard | null {
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    if (key === '1') return { kind: 'route', route: 'cancel' };
    if (key === '2') return { kind: 'route', route: 'keep' };
    return null;
  }
  if (input.kind !== 'speech') return null;
  const answer = yesNo(input.text, ctx.locale);
  // ("Cancelar", "cancel it": the yes, in the question's own word.)
  if (answer === null && hasAnyPhrase(tokenize(input.text), CANCEL_WORDS)) return { kind: 'route', route: 'cancel' };
  return answer === 'yes' ? { kind: 'route', route: 'cancel' } : answer === 'no' ? { kind: 'route', route: 'keep' } : null;
}
