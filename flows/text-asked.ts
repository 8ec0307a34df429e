// "Text me the confirmation", "can you send that to my phone?", "¿me lo puede mandar por mensaje?",
// "I never got the text": a reservation found, asked for in writing. It is texted only to the
// reservation's own number (its callback number), never to the number calling: whoever knows a
// confirmation number could otherwise have a stranger's reservation texted to them.

import type { CallContext, Heard } from './call-context.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';

/** Asking for a text in one word or two: "text me", "txt it", "textéamelo". */
const TEXT_ME = [
  'text me', 'text it', 'text that', 'text this', 'text the', 'text my', 'text us', 'text over', 'txt me', 'txt it', 'sms me',
  'textear', 'textearme', 'textearmelo', 'textealo', 'texteamelo', 'texteemelo', 'texteelo',
];

/** Sending, in either language: with a channel word it asks for a text ("send it to my phone", "mándemelo por mensaje"). */
const SEND = [
  'send', 'sending', 'resend', 'forward', 'shoot me', 'drop me',
  'mandar', 'mandarme', 'mandarmelo', 'mandarmela', 'mandar', 'mande', 'mandeme', 'mandemelo', 'mandemela', 'manda', 'mandame',
  'mandamelo', 'mandamela', 'mandan', 'mandarian', 'enviar', 'enviarme', 'enviarmelo', 'enviarmela', 'envie', 'envieme',
  'envielo', 'enviemelo', 'enviemela', 'envia', 'enviame', 'enviamelo', 'enviamela', 'reenviar', 'reenvieme', 'reenviemelo',
  'pasar', 'pasarmelo', 'pasemelo', 'pasamelo',
];

/** Where it is sent: a text, or the guest's phone. */
const BY_TEXT = [
  'text', 'texts', 'txt', 'sms', 'message', 'text message', 'my phone', 'my cell', 'my cellphone', 'my cell phone', 'my mobile',
  'the phone', 'my number', 'this number', 'my whatsapp', 'whatsapp',
  'mensaje', 'mensajito', 'un mensaje', 'por mensaje', 'mensaje de texto', 'celular', 'cel', 'mi telefono', 'al telefono',
  'mi numero', 'este numero', 'whats', 'wasap', 'guasap',
];

/** The written confirmation not received: asked for again. */
const NOT_RECEIVED = [
  'didn t get', 'did not get', 'never got', 'haven t got', 'haven t gotten', 'didn t receive', 'did not receive', 'never received',
  'haven t received', 'no me llego', 'nunca me llego', 'no recibi', 'no he recibido', 'no me ha llegado',
];
const THE_TEXT = ['text', 'txt', 'sms', 'message', 'confirmation', 'mensaje', 'confirmacion', 'sms'];

/** "Don't text me", "no me mande mensajes": no text asked for. */
const NO_TEXT = ['don t text', 'do not text', 'dont text', 'no text', 'no texts', 'don t send', 'do not send', 'no me mande', 'no me manden', 'no quiero mensaje', 'no quiero mensajes', 'sin mensaje'];

/** The words ask for the reservation as a text. */
export function asksForAText(text: string): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0 || hasAnyPhrase(tokens, NO_TEXT)) return false;
  if (hasAnyPhrase(tokens, TEXT_ME)) return true;
  if (hasAnyPhrase(tokens, SEND) && hasAnyPhrase(tokens, BY_TEXT)) return true;
  return hasAnyPhrase(tokens, NOT_RECEIVED) && hasAnyPhrase(tokens, THE_TEXT);
}

/**
 * At a reservation found (or just booked: `reservationId`), a text asked for is texted (route
 * textIt); asked again in the same call, the caller is told where it went, and nothing is texted twice.
 */
export function readTextAsked(ctx: CallContext, text: string, reservationId: number | null = ctx.found?.id ?? null): Heard | null {
  if (reservationId === null || !asksForAText(text)) return null;
  const texted = ctx.texted;
  if (texted && texted.reservationId === reservationId) return { kind: 'answered', notices: [{ id: 'texted', params: { last4: texted.last4 } }] };
  return { kind: 'route', route: 'textIt' };
}
