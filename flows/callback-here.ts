// "Call me here", "my number is this one", "mi número es este", "a este mismo" said with the
// booking (a whole request texted or said at once): the number calling or texting is the callback
// number, as "this number" at the callback question is; it is not asked again. Only a number the
// call comes from and that can be called back (not a withheld caller ID), only while no callback
// number is known, and not when another number is meant ("not this number", "otro número") or
// digits of one are given (the callback question reads those). Pure; never throws.

import type { CallContext, CallerEvent, Heard, QuestionId } from './call-context.ts';
import { callerNumber } from './reading/guest-questions.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** The number this call or text comes from, named as the callback number. */
const THIS_NUMBER_HERE = [
  // English
  'call me here', 'call me back here', 'call us here', 'reach me here', 'reach us here', 'text me here', 'contact me here',
  'call me at this number', 'call me on this number', 'reach me at this number', 'reach me on this number', 'text me at this number',
  'call this number', 'use this number', 'at this number', 'on this number', 'this number is fine', 'this number is good',
  'my number is this one', 'my number is this', 'number is this one', 'this is my number', 'this is my cell', 'this is my phone',
  'same number', 'the number i m calling from', 'the number im calling from', 'the number i m texting from', 'the number im texting from',
  'the one i m calling from', 'the one im calling from', 'the one i m texting from', 'the one im texting from', 'this phone number',
  'my number is the one', 'phone is this one', 'cell is this one', 'callback this number', 'call back this number',
  // Español
  'mi numero es este', 'mi numero es el mismo', 'mi numero es este mismo', 'mi telefono es este', 'mi cel es este', 'mi celular es este',
  'este es mi numero', 'este es mi telefono', 'este es mi cel', 'este es mi celular', 'a este numero', 'a este mismo', 'al mismo numero',
  'a este telefono', 'a este cel', 'a este celular', 'este mismo numero', 'el mismo numero', 'este numero', 'llamenme aqui', 'llameme aqui',
  'marquenme aqui', 'marqueme aqui', 'me pueden llamar aqui', 'me puede llamar aqui', 'me llaman aqui', 'aqui me pueden llamar',
  'aqui me localizan', 'me localizan aqui', 'me localizan en este', 'del que le llamo', 'del que llamo', 'de donde llamo', 'del que le escribo',
  'del que escribo', 'de donde escribo', 'desde el que escribo', 'desde el que llamo',
];

/** Another number meant: "not this number", "a otro número", "este no". */
const OTHER_NUMBER = [
  'not this number', 'not this one', 'another number', 'other number', 'different number', 'not at this', 'not on this', 'not here',
  'don t call', 'dont call', 'do not call', 'no me llamen', 'no me marquen', 'otro numero', 'otro telefono', 'otro cel', 'no a este',
  'no este', 'este no', 'no es este', 'diferente', 'distinto',
];

/** Questions of a booking before its callback question, where a whole request may name the number. */
export const BEFORE_THE_CALLBACK: ReadonlySet<QuestionId> = new Set([
  'greeting', 'mainMenu', 'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'name', 'payment', 'cardKind',
]);

/** The callback number the words name as the caller's own, or null. */
export function callbackHere(question: QuestionId, heard: Heard, ctx: CallContext, said: CallerEvent): string | null {
  try {
    if (said.type !== 'caller.speech' || ctx.callback !== null || !BEFORE_THE_CALLBACK.has(question)) return null;
    // Only with an answer the booking takes (not a question of the line, a lookup, the desk).
    if (heard.kind !== 'answer' && heard.kind !== 'unsure' && !(heard.kind === 'route' && heard.route === 'book')) return null;
    if (/\d(?:[\s().-]*\d){6}/.test(said.text)) return null;
    const words = tokenize(said.text);
    if (!hasAnyPhrase(words, THIS_NUMBER_HERE) || hasAnyPhrase(words, OTHER_NUMBER)) return null;
    return callerNumber(ctx);
  } catch {
    return null;
  }
}
