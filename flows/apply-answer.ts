// What an accepted answer changes in the call's memory. A changed stay element drops the
// provisional hold, so the router re-checks availability before going on.

import type { Answer, CallContext, Detail, Notice, Slots } from './call-context.ts';
import { extend } from './extend.ts';
import { daysBetween } from './hotel-time.ts';
import { resumedWithName } from './resumed-details.ts';

export function applyAnswer(ctx: CallContext, answer: Answer): Partial<CallContext> {
  switch (answer.q) {
    case 'arrivalDate':
      return extend(withArrival(ctx, answer.date), {
        notices: [...ctx.notices, { id: 'arrivalHeard', params: { date: answer.date } }],
      });
    case 'roomType':
      return { roomType: answer.code, held: heldIf(ctx, ctx.roomType === answer.code), roomPage: 0 };
    case 'rooms':
      return { rooms: answer.rooms, held: heldIf(ctx, ctx.rooms === answer.rooms) };
    case 'nights':
      return { nights: answer.nights, departure: null, held: heldIf(ctx, ctx.nights === answer.nights) };
    case 'offer':
      return answer.option.kind === 'roomType'
        ? { roomType: answer.option.code, held: false, offer: null }
        : { rooms: answer.option.rooms, held: false, offer: null };
    case 'name':
      // Going on with a booking cut off: the same name again takes up how they pay and their number (flows/resumed-details.ts).
      return { guestName: answer.name, nameRecordingUrl: null, ...resumedWithName(ctx, answer.name) };
    case 'payment':
      return { payment: answer.method, card: false };
    case 'callback':
      return { callback: answer.number };
    case 'changeDetail':
      return extend(forget(ctx, answer.detail), { changing: true });
    case 'lookup':
      // Not a good answer until the reservation is found: wrong numbers count as misses in a row.
      return { lookupAsked: lookupOf(answer), found: null, misses: ctx.misses };
    case 'request':
      return applySlots(ctx, answer.slots);
  }
}

function lookupOf(answer: Extract<Answer, { q: 'lookup' }>): CallContext['lookupAsked'] {
  if ('pick' in answer) return { pick: answer.pick };
  if ('confirmation' in answer && 'lastName' in answer) return { confirmation: answer.confirmation, lastName: answer.lastName };
  if ('lastName' in answer) return { lastName: answer.lastName };
  return answer.confirmation;
}

/**
 * Whether the rooms stay held: only when the detail said again is the one they are held for ("one
 * room" at the name question, with one room held, is no change: not checked, nor said held, again).
 */
function heldIf(ctx: CallContext, same: boolean): boolean {
  return same && ctx.held;
}

/** A new arrival: a departure heard earlier becomes the nights, when it comes after it. */
function withArrival(ctx: CallContext, arrival: string): Partial<CallContext> {
  const departure = ctx.departure ?? null;
  const nights = departure !== null ? daysBetween(arrival, departure) : 0;
  return {
    arrival,
    dateChoice: null,
    departure: null,
    held: false,
    ...(nights > 0 && nights <= ctx.hotel.maxNights ? { nights } : {}),
  };
}

/** Every detail of a whole request at once; the stay's, said back briefly. */
function applySlots(ctx: CallContext, s: Slots): Partial<CallContext> {
  const out: Partial<CallContext> = {};
  if (s.locale) out.locale = s.locale;
  if (s.dateChoice) extend(out, { dateChoice: s.dateChoice, arrival: null, held: false });
  if (s.departure) extend(out, { departure: s.departure });
  if (s.arrival) extend(out, withArrival({ ...ctx, departure: s.departure ?? ctx.departure ?? null }, s.arrival));
  if (s.nights !== undefined) extend(out, { nights: s.nights, departure: null, held: heldIf(ctx, ctx.nights === s.nights) && out.held !== false });
  if (s.rooms !== undefined) extend(out, { rooms: s.rooms, held: heldIf(ctx, ctx.rooms === s.rooms) && out.held !== false });
  if (s.roomType !== undefined) extend(out, { roomType: s.roomType, held: heldIf(ctx, ctx.roomType === s.roomType) && out.held !== false });
  if (s.name !== undefined) extend(out, { guestName: s.name, nameRecordingUrl: null });
  if (s.payment !== undefined) extend(out, { payment: s.payment, card: false });
  else if (s.card) extend(out, { payment: null, card: true });
  const notices = [...ctx.notices];
  const heard = heardBack(s, out);
  if (heard) notices.push(heard);
  return extend(out, { notices });
}

/** "2 Deluxe King rooms, arriving Thursday, December 24, for 3 nights.": the stay details just taken. */
function heardBack(s: Slots, out: Partial<CallContext>): Notice | null {
  const params: Record<string, string | number> = {};
  if (s.rooms !== undefined) params.rooms = s.rooms;
  if (s.roomType !== undefined) params.roomType = s.roomType;
  if (out.arrival) params.arrival = out.arrival;
  if (out.nights !== undefined && out.nights !== null) params.nights = out.nights;
  if (out.departure) params.departure = out.departure;
  return Object.keys(params).length ? { id: 'heardRequest', params } : null;
}

export function forget(_ctx: CallContext, detail: Detail): Partial<CallContext> {
  switch (detail) {
    case 'arrivalDate':
      return { arrival: null, dateChoice: null, departure: null, held: false };
    case 'roomType':
      return { roomType: null, held: false };
    case 'rooms':
      return { rooms: null, held: false };
    case 'nights':
      return { nights: null, departure: null, held: false };
    case 'name':
      return { guestName: null, nameRecordingUrl: null, nameTries: 0 };
    case 'payment':
      return { payment: null, card: false };
    case 'callback':
      return { callback: null };
  }
}

/** The answer in a few words, for the staff timeline. */
export function describeAnswer(answer: Answer): string {
  switch (answer.q) {
    case 'arrivalDate':
      return `arrival ${answer.date}`;
    case 'roomType':
      return `room type ${answer.code}`;
    case 'rooms':
      return `${answer.rooms} room(s)`;
    case 'nights':
      return `${answer.nights} night(s)`;
    case 'offer':
      return answer.option.kind === 'roomType'
        ? `takes room type ${answer.option.code}`
        : `takes ${answer.option.rooms} room(s)`;
    case 'name':
      return `name "${answer.name}"`;
    case 'payment':
      return `pays by ${answer.method}`;
    case 'callback':
      return `callback number ending ${answer.number.slice(-4)}`;
    case 'changeDetail':
      return `change ${answer.detail}`;
    case 'lookup':
      if ('pick' in answer) return `reservation #${answer.pick + 1} of this number`;
      if ('confirmation' in answer && 'lastName' in answer) return `last name "${answer.lastName}" for confirmation number ${answer.confirmation}`;
      return 'lastName' in answer ? `last name "${answer.lastName}"` : `confirmation number ${answer.confirmation}`;
    case 'request':
      return describeSlots(answer.slots);
  }
}

function describeSlots(s: Slots): string {
  const parts: string[] = [];
  if (s.locale) parts.push(`speaks ${s.locale}`);
  if (s.rooms !== undefined) parts.push(`${s.rooms} room(s)`);
  if (s.roomType !== undefined) parts.push(`room type ${s.roomType}`);
  if (s.arrival) parts.push(`arrival ${s.arrival}`);
  if (s.departure) parts.push(`departure ${s.departure}`);
  if (s.nights !== undefined) parts.push(`${s.nights} night(s)`);
  if (s.dateChoice) parts.push(`${s.dateChoice.reason === 'past' ? 'past date, offered' : 'which of'} ${s.dateChoice.options.map((o) => o.arrival).join(' / ')}`);
  if (s.name !== undefined) parts.push(`name "${s.name}"`);
  if (s.payment !== undefined) parts.push(`pays by ${s.payment}`);
  if (s.card) parts.push('pays by card (credit or debit?)');
  return parts.join(', ');
}
