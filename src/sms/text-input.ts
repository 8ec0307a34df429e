// The SMS channel's input reader: a text message becomes the same events a call produces. Keys
// typed as digits are digits; anything else is speech heard with full confidence (it was typed).
// A few whole-message words are commands at any point (STATUS, CANCEL, AGENT, in both languages).

import type { IncomingEvent } from '../calls/call-service.ts';
import { carriesRequest, readWholeRequest } from '../../flows/reading/whole-request.ts';
import { intentFromSpeech, saysGuestInHouse, speaksOfReservationMade } from '../../flows/understanding/intents.ts';
import { asksAQuestion } from '../../flows/understanding/hotel-question.ts';
import { languageOfWords } from '../../flows/understanding/language.ts';
import { normalize, tokenize } from '../../flows/understanding/normalize.ts';
import { wordTable } from '../../flows/understanding/word-table.ts';
import type { HotelInfo, IsoDate, Locale } from '../../flows/types.ts';
import { cutText } from '../privacy/cut-text.ts';

export type TextCommand = 'status' | 'cancel' | 'agent';

const COMMANDS = wordTable<TextCommand>({
  status: 'status',
  estado: 'status',
  estatus: 'status',
  cancel: 'cancel',
  cancelar: 'cancel',
  agent: 'agent',
  agente: 'agent',
  operator: 'agent',
  operador: 'agent',
  recepcion: 'agent',
  'front desk': 'agent',
});

export function textCommand(body: string): TextCommand | null {
  return COMMANDS[normalize(body)] ?? null;
}

export function textEvent(body: string): IncomingEvent {
  const text = cutText(body.trim(), 1000);
  if (text === '') return { type: 'caller.silence' };
  if (/^[\d*#]{1,20}$/.test(text)) return { type: 'caller.digits', digits: text };
  return { type: 'caller.speech', text, confidence: 1 };
}

/** The language a conversation is answered in, from its first message's words. */
export function guessLocale(body: string, fallback: Locale = 'en-US'): Locale {
  const words = languageOfWords(body);
  return words === 'es' ? 'es-MX' : words === 'en' ? 'en-US' : fallback;
}

/**
 * Whether a conversation's first message already answers the greeting — a menu key, a confirmation
 * number, a request to book, any detail of one ("a room this Friday for 2 nights?"), a question — else it is
 * only a hello, answered with the greeting.
 */
export function answersGreeting(body: string, locale: Locale, hotel: HotelInfo, today: IsoDate): boolean {
  const event = textEvent(body);
  // A menu key, or a confirmation number (looked up at once: flows/steer.ts).
  if (event.type === 'caller.digits') return ['0', '1', '2', '9'].includes(event.digits) || /^\d{6,10}#?$/.test(event.digits);
  if (event.type !== 'caller.speech') return false;
  const intent = intentFromSpeech(event.text, locale);
  if (intent === 'book' || intent === 'existing' || intent === 'agent') return true;
  // "Need to move my dates": a reservation's, looked up as the greeting's reader does.
  if (intent === 'changeDates' && speaksOfReservationMade(event.text)) return true;
  // "I'm a guest in room 204, the AC is broken": for the desk (the menu's reader), not a hello.
  if (saysGuestInHouse(event.text)) return true;
  // "Hi, is there a pool?": a question, answered (if only to say the desk has the answer), not a hello.
  if (asksAQuestion(event.text, tokenize(event.text))) return true;
  return carriesRequest(readWholeRequest(event.text, { today, locale, hotel, arrival: null }, 'greeting'));
}

/**
 * How a new conversation starts: the language it is answered in, and the event its first message
 * carries when it already answers the greeting (null: only a hello, answered with the greeting).
 */
export function conversationStart(
  body: string,
  command: TextCommand | null,
  hotel: HotelInfo,
  today: IsoDate,
): { locale: Locale; first: IncomingEvent | null } {
  const locale = guessLocale(body, hotel.guestLocale);
  const event = commandEvent(body, command);
  return { locale, first: command !== null || answersGreeting(body, locale, hotel, today) ? event : null };
}

/** The event a message becomes: a command's own event (CANCEL looks up a reservation), else the text. */
export function commandEvent(body: string, command: TextCommand | null): IncomingEvent {
  if (command === 'cancel') return textEvent('2');
  if (command === 'agent') return { type: 'caller.speech', text: 'agent', confidence: 1 };
  return textEvent(body);
}
