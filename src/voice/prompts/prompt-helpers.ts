// Facts the prompts of every locale draw on, computed the same way for each.

import type { CallContext, OfferOption } from '../../../flows/call-context.ts';
import { holdUntilTime, roomTypeByCode, roomTypeName } from '../../../flows/hold-time.ts';
import { deskOpenAt, nextDeskOpening } from '../../../flows/desk-hours.ts';
import { plusDays } from '../../../flows/hotel-time.ts';
import { callerNumber, countryOfCaller, reachableNumber } from '../../../flows/reading/guest-questions.ts';
import { exampleNumber, nationalGroups, phoneCountry } from '../../../flows/understanding/phone.ts';
import type { PaymentMethod } from '../../../flows/types.ts';
import type { PromptArgs } from './prompt-types.ts';

export function roomName(ctx: CallContext, code: string | null): string {
  return roomTypeName(ctx.hotel, ctx.locale, code);
}

export function roomRate(ctx: CallContext, code: string | null): number {
  return roomTypeByCode(ctx.hotel, code)?.rate ?? 0;
}

/** The last four digits of the calling number, or null when it is withheld or not a number. */
export function callerLastFour(ctx: CallContext): string | null {
  const number = callerNumber(ctx);
  return number ? number.slice(-4) : null;
}

/** A number's country, named, when it is not the hotel's ("Mexico"); null for the hotel's own. */
export function foreignCountry({ ctx, f }: PromptArgs, e164: string): string | null {
  const country = phoneCountry(e164);
  return country && country !== ctx.hotel.country ? f.country(country) : null;
}

/** A whole number as said to confirm it: its national digits in their groups, "5 5, 1 2 3 4, 5 6 7 8". */
export function spokenNumber({ f }: PromptArgs, e164: string): string {
  return nationalGroups(e164)
    .map((g) => f.digits(g))
    .join(', ');
}

/** An example number of the caller's country, said the same way. */
export function exampleNumberSaid(args: PromptArgs): string {
  const example = exampleNumber(countryOfCaller(args.ctx)) ?? exampleNumber(args.ctx.hotel.country);
  return example ? spokenNumber(args, example) : '';
}

/** One line per alternative, keyed 1..n in the order the flow offers them. */
export function offerLines(args: PromptArgs, line: (option: OfferOption, key: number) => string): string[] {
  return (args.ctx.offer ?? []).map((option, i) => line(option, i + 1));
}

export interface StayFacts {
  name: string | null;
  roomName: string;
  rooms: number;
  nights: number;
  arrival: string;
  departure: string;
  total: number;
  payment: PaymentMethod;
  callbackLast4: string | null;
  holdUntil: string;
}

export function stayFacts({ ctx, f }: PromptArgs): StayFacts {
  const rooms = ctx.rooms ?? 1;
  const nights = ctx.nights ?? 1;
  const arrival = ctx.arrival ?? ctx.today;
  const rate = roomRate(ctx, ctx.roomType);
  return {
    name: ctx.guestName,
    roomName: roomName(ctx, ctx.roomType),
    rooms,
    nights,
    arrival: f.date(arrival, ctx.today),
    departure: f.date(plusDays(arrival, nights), ctx.today),
    total: rate * rooms * nights,
    payment: ctx.payment ?? 'cash',
    callbackLast4: ctx.callback ? ctx.callback.slice(-4) : null,
    holdUntil: holdUntilTime(ctx),
  };
}

/** The last four digits of the number the hotel can call back, or null when it has none. */
export function reachableLast4(ctx: CallContext): string | null {
  const number = reachableNumber(ctx);
  return number ? number.slice(-4) : null;
}

/** When the desk will call back: soon when it is staffed now, else when it next opens. */
export function callbackWhen(ctx: CallContext): { kind: 'soon' } | { kind: 'opens'; date: string; time: string } | { kind: 'unknown' } {
  if (deskOpenAt(ctx.hotel, ctx.today, ctx.timeOfDay)) return { kind: 'soon' };
  const next = nextDeskOpening(ctx.hotel, ctx.today, ctx.timeOfDay);
  return next ? { kind: 'opens', ...next } : { kind: 'unknown' };
}

/** What the call has collected, as facts the whisper and the callback queue share. */
export function collectedFacts(ctx: CallContext) {
  return {
    rooms: ctx.rooms,
    roomName: ctx.roomType ? roomName(ctx, ctx.roomType) : null,
    nights: ctx.nights,
    arrival: ctx.arrival,
    payment: ctx.payment,
  };
}
