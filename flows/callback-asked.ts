// "Can someone call me back?", "have the desk call me", "¿me pueden regresar la llamada?", "que me
// llamen después": the caller asks to be called back, at the greeting or where nothing else took the
// words. A person would take the number and promise the call; so does the line: the number asked
// (or the one calling confirmed), then a callback request in the desk's queue (call-machine.ts's
// askingCallbackNumber). Not "I'll call back" (the caller calls again), nor "call me here" with a
// booking (flows/callback-here.ts: the callback number of the booking). Pure; never throws.

import type { CallContext, Heard, QuestionId } from './call-context.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { readCallback } from './reading/guest-questions.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';
import { nothingAnswered } from './steer.ts';
import { callerWillCall } from './caller-calls-back.ts';

/** The words that ask the hotel to call, folded as tokenize() folds them. */
const CALL_ME_BACK = [
  // English
  'call me back', 'call us back', 'call me later', 'call me tomorrow', 'give me a call back', 'give me a call', 'give me a callback',
  'get a call back', 'get a callback', 'have someone call me', 'have somebody call me', 'have the desk call me', 'have the front desk call me',
  'have them call me', 'can someone call me', 'can somebody call me', 'could someone call me', 'could somebody call me', 'can you call me',
  'could you call me', 'can the desk call me', 'can the front desk call me', 'someone call me', 'somebody call me', 'request a callback',
  'request a call back', 'like a callback', 'like a call back', 'want a callback', 'want a call back', 'need a callback', 'need a call back',
  'return my call', 'call me when', 'call me at',
  // Español
  'me pueden regresar la llamada', 'me puede regresar la llamada', 'me regresan la llamada', 'me regresen la llamada', 'regresarme la llamada',
  'me pueden devolver la llamada', 'me puede devolver la llamada', 'me devuelven la llamada', 'devolverme la llamada', 'me devuelvan la llamada',
  'me pueden llamar', 'me puede llamar', 'me podrian llamar', 'me podria llamar', 'me llaman', 'me llamen', 'que me llamen', 'que alguien me llame',
  'alguien me puede llamar', 'alguien me llame', 'llamenme', 'llameme', 'me marcan', 'me marquen', 'me pueden marcar', 'me puede marcar',
  'marquenme', 'marqueme', 'me hablan', 'me hablen', 'me pueden hablar', 'me puede hablar', 'me regresan la llamada',
];

/** The caller declines, or was called: "don't call me", "you called me". (The caller calling again is callerWillCall's.) */
const NOT_US = [
  'don t call', 'dont call', 'do not call', 'no need to call', 'no me llamen', 'no me marquen', 'you called me',
  'me llamaron', 'called me', 'me hablaron', 'me marcaron', 'me llamaron de',
];

/** Where asking to be called back is read: the greeting, the menu, and a booking's questions before its own callback question. */
const READ_AT: ReadonlySet<QuestionId> = new Set([
  'greeting', 'mainMenu', 'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'offer', 'name', 'payment', 'cardKind',
]);

/** Whether the words ask the hotel to call the caller back. */
export function asksForCallback(text: string): boolean {
  try {
    const words = tokenize(text);
    return hasAnyPhrase(words, CALL_ME_BACK) && !hasAnyPhrase(words, NOT_US) && !callerWillCall(text);
  } catch {
    return false;
  }
}

/**
 * The words, at `question`, ask to be called back, and no reader took them for what the question
 * asks (at the greeting or the menu, a number said is the callback's, not a confirmation number
 * looked up; a person asked for is a call back asked of them). A booking begun ("call me back
 * about a room for Friday" is a booking the line can make now) is not. By text, the desk is asked
 * for (a text conversation's desk is a callback request to the number texting).
 */
export function callbackAsked(question: QuestionId, ctx: CallContext, input: CallerInput, heard: Heard): Heard | null {
  if (input.kind !== 'speech' || !READ_AT.has(question) || !asksForCallback(input.text)) return null;
  const atStart = question === 'greeting' || question === 'mainMenu';
  const untaken =
    heard.kind === 'agent' ||
    heard.kind === 'repeat' ||
    nothingAnswered(heard) ||
    (atStart && heard.kind === 'route' && (heard.route === 'existing' || heard.route === 'spanish' || heard.route === 'english'));
  if (!untaken) return null;
  const locale = 'locale' in heard && heard.locale ? heard.locale : heard.kind === 'route' && heard.route === 'spanish' ? 'es-MX' : heard.kind === 'route' && heard.route === 'english' ? 'en-US' : undefined;
  // By text, the desk is asked for as "AGENT" would: the callback request to the number texting (call-machine.ts's toDesk).
  if (ctx.channel === 'sms') return { kind: 'agent', ...(locale && locale !== ctx.locale ? { locale } : {}) };
  // "Call me back at 646 555 0101": that number, to confirm (as the callback question would read it).
  const number = NUMBER_SAID.test(input.text) ? readCallback(ctx, input) : null;
  const value = number && (number.kind === 'answer' || number.kind === 'unsure') && number.value.q === 'callback' ? number.value : null;
  return { kind: 'route', route: 'callMeBack', ...(value ? { value } : {}), ...(locale && locale !== ctx.locale ? { locale } : {}) };
}

/** Seven digits or more in a row, as speech recognition writes a phone number read out. */
export const NUMBER_SAID = /\d(?:[\s().-]*\d){6}/;
