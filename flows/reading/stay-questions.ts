// Readers for the four elements of the stay (the seed's procedure, step 2).

import type { CallContext, Heard } from '../call-context.ts';
import { daysBetween } from '../hotel-time.ts';
import { dateFromDigits, dateFromSpeech } from '../understanding/dates.ts';
import { countFromDigits, countFromSpeech } from '../understanding/numbers.ts';
import { roomTypeFromDigits, roomTypeFromSpeech } from '../understanding/room-types.ts';
import type { CallerInput } from './caller-input.ts';
import { stripHash } from './caller-input.ts';
import { hasAnyPhrase, tokenize } from '../understanding/normalize.ts';
import { MORE_ROOMS_KEY, roomPageOf } from '../room-pages.ts';

export function readArrivalDate(ctx: CallContext, input: CallerInput): Heard | null {
  const date =
    input.kind === 'digits'
      ? dateFromDigits(input.digits, ctx.today)
      : input.kind === 'speech'
        ? dateFromSpeech(input.text, ctx.locale, ctx.today)
        : null;
  if (date === null) return null;
  const ahead = daysBetween(ctx.today, date);
  if (ahead < 0) return { kind: 'miss', notice: { id: 'dateInPast', params: { date } } };
  if (ahead > ctx.hotel.bookingHorizonDays) {
    return { kind: 'miss', notice: { id: 'dateBeyondHorizon', params: { date, days: ctx.hotel.bookingHorizonDays } } };
  }
  return { kind: 'answer', value: { q: 'arrivalDate', date } };
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

export function readRooms(ctx: CallContext, input: CallerInput): Heard | null {
  const rooms = readCount(ctx, input, 'rooms');
  if (rooms === null) return null;
  const max = ctx.hotel.maxRoomsPerBooking;
  if (rooms > max) {
    // A group request: the group desk when the hotel has one, else explain the limit and ask again.
    if (ctx.hotel.groupDesk) return { kind: 'route', route: 'group' };
    return { kind: 'miss', notice: { id: 'tooManyRooms', params: { max, rooms } } };
  }
  return { kind: 'answer', value: { q: 'rooms', rooms } };
}

export function readNights(ctx: CallContext, input: CallerInput): Heard | null {
  const nights = readCount(ctx, input, 'nights');
  if (nights === null) return null;
  const max = ctx.hotel.maxNights;
  if (nights > max) return { kind: 'miss', notice: { id: 'tooManyNights', params: { max, nights } } };
  return { kind: 'answer', value: { q: 'nights', nights } };
}

function readCount(ctx: CallContext, input: CallerInput, unit: 'rooms' | 'nights'): number | null {
  if (input.kind === 'digits') return countFromDigits(input.digits);
  if (input.kind === 'speech') return countFromSpeech(input.text, ctx.locale, unit);
  return null;
}
