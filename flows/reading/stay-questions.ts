// Readers for the four elements of the stay (the seed's procedure, step 2).

import type { CallContext, Heard } from '../call-context.ts';
import { daysBetween } from '../hotel-time.ts';
import { dateFromDigits, dateFromSpeech } from '../understanding/dates.ts';
import { countFromDigits, countFromSpeech } from '../understanding/numbers.ts';
import { roomTypeFromDigits, roomTypeFromSpeech } from '../understanding/room-types.ts';
import type { CallerInput } from './caller-input.ts';

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

export function readRoomType(ctx: CallContext, input: CallerInput): Heard | null {
  const code =
    input.kind === 'digits'
      ? roomTypeFromDigits(input.digits, ctx.hotel.roomTypes)
      : input.kind === 'speech'
        ? roomTypeFromSpeech(input.text, ctx.locale, ctx.hotel.roomTypes)
        : null;
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
