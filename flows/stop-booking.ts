// "Forget it", "cancel", "ya no quiero", "mejor no", "olvídelo" said while a booking is being made:
// the caller wants to stop this booking (not a reservation they already have). Asked once, short
// ("Cancel this booking?"); a yes lets the hold go and thanks them (the goodbye of a turnaway), a no
// asks the question again. Only words that say nothing else: "cancel that, I meant the 5th" and
// "no, cancel the king, make it a double" are corrections, read as such by the question's reader.
// steer.ts reads it; call-machine.ts's confirmingStop asks.

import type { CallContext, Heard, QuestionId } from './call-context.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { readCancelConfirm } from './reading/reservation-questions.ts';
import { saysOnly, tokenize } from './understanding/normalize.ts';

/** The questions of a booking under way, where stopping it is asked (not the greeting, the offer, or after booking). */
export const STOPS_AT: ReadonlySet<QuestionId> = new Set([
  'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'name', 'payment', 'cardKind', 'callback', 'readBack', 'changeDetail',
]);

/** Folded as tokenize() folds ("olvídelo" → "olvidelo", "don't" → "don t"). */
const STOP = [
  // English
  'cancel', 'cancel it', 'cancel that', 'cancel this', 'cancel the booking', 'cancel the reservation', 'cancel everything',
  'forget it', 'forget about it', 'forget the whole thing', 'never mind', 'nevermind', 'changed my mind', 'stop',
  'i don t want it', 'i don t want it anymore', 'i don t want to book', 'i don t want to book anymore', 'don t book it',
  'i don t need it', 'i don t need it anymore', 'i don t need the room', 'i don t want the room', 'not anymore',
  'i ll pass', 'let s not', 'i m not booking', 'i won t book', 'call it off', 'scrap it', 'drop it',
  // Spanish, as said in Mexico
  'cancelar', 'cancela', 'cancele', 'cancelalo', 'cancelelo', 'cancelala', 'cancelela', 'cancelamos', 'cancelemos',
  'ya no quiero', 'ya no la quiero', 'ya no lo quiero', 'ya no quiero reservar', 'no quiero reservar', 'ya no voy a reservar',
  'ya no', 'mejor no', 'olvidelo', 'olvidalo', 'olvidenlo', 'cambie de opinion', 'cambie de idea', 'dejelo asi', 'dejalo asi',
  'mejor lo dejamos', 'mejor lo dejo', 'lo dejamos asi', 'ya no la necesito', 'ya no lo necesito', 'no la voy a querer',
  'ya no me interesa', 'no siga', 'no le siga',
];

/** What may come with it and still say only that ("oh, never mind, sorry", "no, mejor no, gracias"). */
const FILLER = new Set([
  'no', 'oh', 'ok', 'okay', 'actually', 'you', 'know', 'what', 'just', 'please', 'sorry', 'um', 'uh', 'the', 'whole', 'thing',
  'booking', 'reservation', 'room', 'it', 'this', 'that', 'everything', 'all', 'anymore', 'then', 'well', 'so', 'i', 'm', 've',
  'thanks', 'thank', 'wait', 'hmm', 'ah', 'yeah', 'you', 'can', 'go', 'ahead', 'and', 'now', 'for', 'now',
  'por', 'favor', 'la', 'reservacion', 'reserva', 'reservar', 'habitacion', 'el', 'cuarto', 'todo', 'mejor', 'bueno', 'pues',
  'este', 'oiga', 'sabe', 'que', 'gracias', 'muchas', 'perdon', 'disculpe', 'ay', 'entonces', 'ahorita', 'senorita', 'joven',
  'lo', 'le', 'mire', 'fijese', 'si', 'sabes', 'de', 'ya', 'quiero', 'mas',
]);

/** The words only say to stop the booking. */
export function stopsTheBooking(text: string): boolean {
  return saysOnly(tokenize(text), STOP, FILLER);
}

/**
 * At a question of a booking under way, words that only stop it: the route to ask whether to. Not
 * where the reader took a detail from them (a name alone is no detail: "Forget It" is no name).
 */
export function stopAsked(question: QuestionId, text: string, heard: Heard, onlyAName: (heard: Heard) => boolean): Heard | null {
  if (!STOPS_AT.has(question) || !stopsTheBooking(text)) return null;
  if ((heard.kind === 'answer' || heard.kind === 'unsure') && !onlyAName(heard)) return null;
  return { kind: 'route', route: 'stopBooking' };
}

/** "Cancel this booking?": yes, 1, or the stop said again stop it ('cancel'); no, 2 go on ('keep'). */
export function readStopConfirm(ctx: CallContext, input: CallerInput): Heard | null {
  // ("Mejor no", "ya no" here answer the question: better not cancel it.)
  const stops = input.kind === 'speech' && stopsTheBooking(input.text) && !saysOnly(tokenize(input.text), ['mejor no', 'ya no'], FILLER);
  return stops ? { kind: 'route', route: 'cancel' } : readCancelConfirm(ctx, input);
}

/** A name taken from the words that is only the words of stopping ("Cancel", "Never Mind"): no name. */
function stopWordsAsName(name: string): boolean {
  const words = tokenize(name);
  return words.length > 0 && saysOnly(words, STOP, FILLER);
}

/**
 * "Cancel that, I meant the 5th" at the name question: the date is taken, and "Cancel" is no name
 * (it was the guest's name read back). A name and nothing else is left to stopAsked.
 */
export function withoutStopAsName(question: QuestionId, heard: Heard): Heard {
  if (question !== 'name' || (heard.kind !== 'answer' && heard.kind !== 'unsure') || heard.value.q !== 'request') return heard;
  const { name, ...slots } = heard.value.slots;
  if (name === undefined || !stopWordsAsName(name) || Object.keys(slots).length === 0) return heard;
  return { ...heard, value: { q: 'request', slots } };
}
