// Readers for the four elements of the stay (the seed's procedure, step 2). Dates said in words
// are read by the whole request (whole-request.ts), here as everywhere; these read the keys and
// the bare answers only the question gives a meaning to ("two" when asked how many rooms).

import type { Answer, CallContext, Heard } from '../call-context.ts';
import { asksAboutACount } from '../understanding/count-asked.ts';
import { countFromDigits, countFromSpeech } from '../understanding/numbers.ts';
import { saysPartyOfOne } from '../understanding/party-of-one.ts';
import { soundAlikeAlone } from '../understanding/sound-alike-counts.ts';
import { roomTypeFromDigits, roomTypeFromSpeech } from '../understanding/room-types.ts';
import type { CallerInput } from './caller-input.ts';
import { withWholeRequest } from './request-answer.ts';
import { readKeyedDate } from './whole-request.ts';
import { stripHash } from './caller-input.ts';
import { hasAnyPhrase, tokenize } from '../understanding/normalize.ts';
import { MORE_ROOMS_KEY, roomPageOf } from '../room-pages.ts';

export function readArrivalDate(ctx: CallContext, input: CallerInput): Heard | null {
  return input.kind === 'digits' ? withWholeRequest(null, readKeyedDate(input.digits, ctx), input) : null;
}

/** "More" in a long room list (flows/room-pages.ts), by voice or text. */
const MORE_ROOMS = ['more', 'more rooms', 'other rooms', 'others', 'next', 'mas', 'otras', 'otros', 'mas habitaciones', 'otras habitaciones', 'siguientes'];

export function readRoomType(ctx: CallContext, input: CallerInput): Heard | null {
  const page = roomPageOf(ctx);
  if (page.pages > 1 && input.kind === 'digits' && stripHash(input.digits) === MORE_ROOMS_KEY) return { kind: 'route', route: 'moreRooms' };
  // Keys pick from the page offered; a name picks from every type.
  const code =
    input.kind === 'digits'
      ? roomTypeFromDigits(input.digits, page.types)
      : input.kind === 'speech'
        ? roomTypeFromSpeech(input.text, ctx.locale, ctx.hotel.roomTypes)
        : null;
  if (code === null && page.pages > 1 && input.kind === 'speech' && hasAnyPhrase(tokenize(input.text), MORE_ROOMS)) {
    return { kind: 'route', route: 'moreRooms' };
  }
  return code === null ? null : { kind: 'answer', value: { q: 'roomType', code } };
}

/** Said around "for two" with nothing else: "just for two", "nomás para dos, por favor". */
const AROUND_FOR_A_COUNT = new Set(['just', 'only', 'solo', 'nomas', 'nada', 'mas', 'please', 'pls', 'por', 'favor', 'um', 'uh', 'pues', 'este']);

/** "For two", "para dos" with nothing else: how many are coming ("una mesa para dos"), not rooms. */
function forHowMany(ctx: CallContext, text: string): boolean {
  // ("X favor": "por favor", texted.)
  const words = tokenize(text).filter((w, k, all) => !AROUND_FOR_A_COUNT.has(w) && !(w === 'x' && all[k + 1] === 'favor'));
  // ("Pues solo para mí" is one guest: a party of one, below.)
  // (Texted in Mexico, "x 3" is "por 3", "para 3": for three.)
  const heads = ctx.locale === 'es-MX' ? ['for', 'para', 'p', 'x', 'por'] : ['for', 'para', 'p'];
  return words.length === 2 && heads.includes(words[0]!) && countFromSpeech(words[1]!, ctx.locale, 'rooms') !== null;
}

export function readRooms(ctx: CallContext, input: CallerInput): Heard | null {
  // (Was: "for two" at the rooms question taken as two rooms.)
  if (input.kind === 'speech' && (forHowMany(ctx, input.text) || asksHowMany(input.text))) return null;
  // "Just me", "solo yo": one guest, one room.
  const rooms = readCount(ctx, input, 'rooms') ?? (input.kind === 'speech' && saysPartyOfOne(input.text) ? 1 : null);
  if (rooms === null) return heardAlike(input, (n) => ({ q: 'rooms', rooms: n }));
  // A group: the group desk when the hotel has one, else the front desk (SPEC §5, issue 9).
  if (rooms > ctx.hotel.maxRoomsPerBooking) return { kind: 'route', route: 'group', value: { q: 'rooms', rooms } };
  return { kind: 'answer', value: { q: 'rooms', rooms } };
}

export function readNights(ctx: CallContext, input: CallerInput): Heard | null {
  if (input.kind === 'speech' && asksHowMany(input.text)) return null;
  const nights = readCount(ctx, input, 'nights');
  if (nights === null) return heardAlike(input, (n) => ({ q: 'nights', nights: n }));
  const max = ctx.hotel.maxNights;
  if (nights > max) return { kind: 'miss', notice: { id: 'tooManyNights', params: { max, nights } } };
  return { kind: 'answer', value: { q: 'nights', nights } };
}

/** "How many people fit in a room?", "¿cuántas personas caben en un cuarto?": a count asked, not said. */
function asksHowMany(text: string): boolean {
  return asksAboutACount(tokenize(text));
}

/** "Tree." alone, asked how many: three, as a recogniser may have heard it, confirmed before it is used. */
function heardAlike(input: CallerInput, answer: (n: number) => Answer): Heard | null {
  const n = input.kind === 'speech' ? soundAlikeAlone(tokenize(input.text)) : null;
  return n === null ? null : { kind: 'unsure', value: answer(n), said: input.kind === 'speech' ? input.text.slice(0, 200) : '' };
}

function readCount(ctx: CallContext, input: CallerInput, unit: 'rooms' | 'nights'): number | null {
  if (input.kind === 'digits') return countFromDigits(input.digits);
  if (input.kind === 'speech') return countFromSpeech(input.text, ctx.locale, unit);
  return null;
}
