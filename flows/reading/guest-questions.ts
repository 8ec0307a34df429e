// Readers for the guest's details (the seed's procedure, steps 3–4): name, payment method, callback number.

import type { CallContext, Heard } from '../call-context.ts';
import type { HotelInfo } from '../types.ts';
import { intentFromSpeech } from '../understanding/intents.ts';
import { nameLikeness } from '../understanding/name-likeness.ts';
import { isNotAName, nameAtNameQuestion, nameFromSpeech } from '../understanding/names.ts';
import { paymentAnswered, paymentFromDigits } from '../understanding/payment.ts';
import { callerCountry, digitsFromSpeech, lastDigitsSaid, phoneFromCallerId, phoneFromDigits, phoneFromSpeech } from '../understanding/phone.ts';
import { hasAnyPhrase, tokenize } from '../understanding/normalize.ts';
import { saysOnlyRoomTypes } from '../understanding/room-types.ts';
import { yesNo } from '../understanding/yes-no.ts';
import type { CallerInput } from './caller-input.ts';
import { stripHash } from './caller-input.ts';
import { NAME_CONFIDENCE } from './request-answer.ts';
import { saysSomething } from './whole-request.ts';
import type { WholeRequest } from './whole-request.ts';

/**
 * The name question: all that was said is the name, unless more came with it ("It's Sarah
 * O'Connor, and I'll pay cash") or a transcript capitalises the name ("Patricia Ortega y somos
 * dos"): then the name said first.
 */
export function readName(ctx: CallContext, input: CallerInput, whole: WholeRequest | null = null): Heard | null {
  if (input.kind === 'silence') return { kind: 'nameRetry' };
  if (input.kind !== 'speech') return null;
  const { name: introduced, ...others } = whole?.slots ?? {};
  const more = saysSomething(others) || (whole?.notices.length ?? 0) > 0;
  // "¿Cuánto sale?" asked instead of a name: the total is said, and the name asked again.
  if (introduced === undefined && !saysSomething(others) && whole?.notices.some((n) => n.id === 'total')) return null;
  // "Deluxe King", "la doble": a room type, kept (reading/whole-request.ts) or asked; never the name.
  if (introduced === undefined && saysOnlyRoomTypes(tokenize(input.text), ctx.locale, ctx.hotel.roomTypes)) return { kind: 'nameRetry' };
  const said = introduced === undefined ? nameAtNameQuestion(input.text) : null;
  const name = introduced ?? (more || said?.endsAtWords || said?.turned || said?.part || said?.cutOff ? (said?.first ?? null) : nameFromSpeech(input.text));
  if (name === null) return { kind: 'nameRetry' };
  // "Hold on", "sorry, what?", "espéreme tantito": not a name. A request to hear the question
  // again is that (read by the caller-input layer); anything else, the name is asked again.
  if (introduced === undefined && isNotAName(input.text)) {
    return intentFromSpeech(input.text, ctx.locale) === 'repeat' ? null : { kind: 'nameRetry' };
  }
  // "For four adults", "2 personas": how many are coming, not who; "Police Open Room Twelve": a
  // post or an order to staff, no one's name; "Cancel It": a request. The name is asked again.
  const likeness = nameLikeness(name);
  if (likeness === 'party' || likeness === 'claim' || likeness === 'request') return { kind: 'nameRetry' };
  // A name turned round ("López, Domingo"), or words that read as a sentence, are confirmed
  // however clearly they were heard.
  if (input.confidence === null || input.confidence < NAME_CONFIDENCE || said?.turned || said?.cutOff || likeness === 'sentence') {
    return { kind: 'unsure', value: { q: 'name', name }, said: name };
  }
  return { kind: 'answer', value: { q: 'name', name } };
}

/** "Credit or debit?" after "by card": 1 credit, 2 debit (or said; cash is heard too). */
export function readCardKind(ctx: CallContext, input: CallerInput): Heard | null {
  const method =
    input.kind === 'digits'
      ? ({ '1': 'credit_card', '2': 'debit_card' } as const)[stripHash(input.digits) as '1' | '2'] ?? null
      : input.kind === 'speech'
        ? paymentAnswered(input.text, ctx.locale)
        : null;
  return method ? { kind: 'answer', value: { q: 'payment', method } } : null;
}

export function readPayment(ctx: CallContext, input: CallerInput): Heard | null {
  const method =
    input.kind === 'digits'
      ? paymentFromDigits(input.digits)
      : input.kind === 'speech'
        ? paymentAnswered(input.text, ctx.locale)
        : null;
  return method === null ? null : { kind: 'answer', value: { q: 'payment', method } };
}

/** Another number than this one, not yet said: asked for (not "this number"). */
const ANOTHER_NUMBER = ['otro', 'otra', 'other', 'another', 'different', 'diferente', 'distinto'];
/**
 * The number calling, in words (any of them said as whole words): "this number", "the same",
 * "same #", "same number", "este número", "a este", "al mismo", "el mismo número", "this phone",
 * "the one I'm calling from", "del que le estoy llamando", "este celular".
 */
const THIS_NUMBER = [
  'this number', 'this one', 'this phone', 'my phone', 'calling from', 'same', 'este', 'mismo', 'llamando', 'que llamo', 'donde llamo',
  // "The one I'm calling on".
  'calling on', 'calling you on',
  // "Al que le estoy hablando", "del que le hablo" (Mexico: "hablar" is to phone).
  'estoy hablando', 'le hablo', 'que hablo',
];

/**
 * Whether the last digits said are those of the number calling (as the question reads it back, by
 * its last four): that number. Others are no number to call (the rest of it was not said): the whole one is asked.
 */
function endsAsCallersDoes(ctx: CallContext, digits: string): boolean {
  const calling = callerNumber(ctx);
  return calling !== null && digits.length >= 3 && digits.length <= 4 && calling.endsWith(digits);
}

/**
 * The callback number. "This number" (1) is the caller ID, which Twilio vouches for. A number
 * keyed or spoken is read in the caller's country and then read back to be confirmed before it is
 * kept (a wrong key, a misheard digit), so the written confirmation only ever goes to a number the
 * guest confirmed. By text the guest sees what they typed, so it is kept as sent.
 * Digits that are no number of the caller's country are read in the hotel's: a guest calling a
 * Mexican hotel from a US phone gives the Mexican number they will be reached at there
 * ("222 123 4567", "044 55 1234 5678"); the read-back says each digit, so nothing is kept unheard.
 */
export function readCallback(ctx: CallContext, input: CallerInput): Heard | null {
  const country = countryOfCaller(ctx);
  let number: string | null;
  if (input.kind === 'digits') {
    const digits = stripHash(input.digits);
    if (digits === '1') return callingNumber(ctx);
    number = inCallerOrHotelCountry(ctx, country, () => digits, (c) => phoneFromDigits(digits, c));
    if (number === null) return { kind: 'miss', notice: { id: 'badPhone' } };
  } else if (input.kind === 'speech') {
    // A number said wins over the words around it: "no, a este otro: 33 1234 5678" is that number
    // ("este" was read as "this number", and the other number dropped).
    number = inCallerOrHotelCountry(ctx, country, () => digitsFromSpeech(input.text, ctx.locale), (c) => phoneFromSpeech(input.text, ctx.locale, c));
    if (number === null) {
      const words = tokenize(input.text);
      // "No, a otro número": not a miss of understanding; how to give the other one.
      if (hasAnyPhrase(words, ANOTHER_NUMBER)) return { kind: 'miss', notice: { id: 'otherNumber' } };
      // "The one ending in 0123": the number calling when it ends so; else the whole number is asked for.
      const last = lastDigitsSaid(input.text);
      if (last !== null) return endsAsCallersDoes(ctx, digitsFromSpeech(last, ctx.locale)) ? callingNumber(ctx) : { kind: 'miss', notice: { id: 'otherNumber' } };
      return yesNo(input.text, ctx.locale) === 'yes' || hasAnyPhrase(words, THIS_NUMBER) ? callingNumber(ctx) : null;
    }
  } else {
    return null;
  }
  // The hotel's own desk is no guest's number: staff would be calling themselves back.
  if (isHotelsOwnNumber(ctx.hotel, number)) return { kind: 'miss', notice: { id: 'badPhone' } };
  const value = { q: 'callback', number } as const;
  return number === callerNumber(ctx) || ctx.channel === 'sms' ? { kind: 'answer', value } : { kind: 'unsure', value, said: number };
}

/** Mexico's old national prefixes, which no other country's numbers start with: 044, 045 (mobiles), 01. */
const MEXICAN_PREFIX = /^(?:04[45]|01)/;

/**
 * A number read in the caller's country, else the hotel's; else, with one of Mexico's own prefixes
 * said by a caller speaking Mexican Spanish, in Mexico ("mi cel 044 33 1820 4590" texted from a US
 * number). `digits`: the digits said or keyed, in order (read only then).
 */
function inCallerOrHotelCountry(ctx: CallContext, country: string, digits: () => string, read: (country: string) => string | null): string | null {
  const found = read(country) ?? (ctx.hotel.country !== country ? read(ctx.hotel.country) : null);
  if (found || ctx.locale !== 'es-MX' || country === 'MX' || ctx.hotel.country === 'MX' || !MEXICAN_PREFIX.test(digits())) return found;
  return read('MX');
}

/** The calling number in E.164 when it is a real, callable number (not withheld or malformed). */
export function callerNumber(ctx: CallContext): string | null {
  return phoneFromCallerId(ctx.caller);
}

/** The country a number keyed without its country code is read in (the caller's; SPEC §5). */
export function countryOfCaller(ctx: CallContext): string {
  return ctx.callerCountry ?? callerCountry(ctx.caller, null, ctx.hotel.country);
}

/** Where the hotel can call this guest back: the number they gave, else the one they call from. */
export function reachableNumber(ctx: CallContext): string | null {
  return ctx.callback ?? callerNumber(ctx);
}

/**
 * The hotel's front desk or group desk, keyed, said or faked as the caller ID, or typed at the
 * console as a guest's number: never a guest's (their texts and callbacks would reach the desk).
 */
export function isHotelsOwnNumber(hotel: Pick<HotelInfo, 'frontDesk' | 'groupDesk'>, number: string): boolean {
  return [hotel.frontDesk, hotel.groupDesk].some((own) => own !== undefined && phoneFromCallerId(own) === number);
}

function callingNumber(ctx: CallContext): Heard {
  // An anonymous or malformed caller ID cannot be called back: ask for a number instead.
  const number = callerNumber(ctx);
  return number === null || isHotelsOwnNumber(ctx.hotel, number)
    ? { kind: 'miss', notice: { id: 'callerNumberUnknown' } }
    : { kind: 'answer', value: { q: 'callback', number } };
}
