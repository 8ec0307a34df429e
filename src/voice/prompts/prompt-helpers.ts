// Facts the prompts of every locale draw on, computed the same way for each.

import type { CallContext, DateChoice, OfferOption, ReservationSummary, Slots } from '../../../flows/call-context.ts';
import { holdUntilTime, roomTypeByCode, roomTypeName } from '../../../flows/hold-time.ts';
import { plusDays } from '../../../flows/hotel-time.ts';
import { deskOpenAt, nextDeskOpening } from '../../../flows/desk-hours.ts';
import { callerNumber, countryOfCaller, reachableNumber } from '../../../flows/reading/guest-questions.ts';
import { roomPageOf } from '../../../flows/room-pages.ts';
import type { RoomPage } from '../../../flows/room-pages.ts';
import { exampleNumber, nationalGroups, phoneCountry, soundsLikeNanp } from '../../../flows/understanding/phone.ts';
import type { Locale, PaymentMethod } from '../../../flows/types.ts';
import type { PromptArgs } from './prompt-types.ts';

export function roomName(ctx: CallContext, code: string | null): string {
  return roomTypeName(ctx.hotel, ctx.locale, code);
}

export function roomRate(ctx: CallContext, code: string | null): number {
  // The chosen type's rate as its rooms were found at (a hotel file changed mid-call changes it not).
  if (code !== null && code === ctx.roomType && ctx.quotedRate !== undefined) return ctx.quotedRate;
  return roomTypeByCode(ctx.hotel, code)?.rate ?? 0;
}

/**
 * A type's price for the whole stay, when it was asked for ("…in total?", `params.total`) and the
 * nights are known; null otherwise (the rate a night is all that can be said yet).
 */
export function stayTotalAsked(ctx: CallContext, code: string | null, asked: unknown): { total: number; nights: number; rooms: number } | null {
  if (!asked || ctx.nights === null || code === null) return null;
  const rooms = ctx.rooms ?? 1;
  return { total: roomRate(ctx, code) * rooms * ctx.nights, nights: ctx.nights, rooms };
}

/** "0 1 2 3": the last four digits of a number, to be read one by one. */
function lastFourSaid(number: string | null): string | null {
  return number ? number.slice(-4).split('').join(' ') : null;
}

/** The last four digits of the calling number, said one by one, or null when it is withheld or not a number. */
export function callerLastFour(ctx: CallContext): string | null {
  return lastFourSaid(callerNumber(ctx));
}

/** The last four digits of the number the hotel can call back, said one by one, or null when it has none. */
export function reachableLast4(ctx: CallContext): string | null {
  return lastFourSaid(reachableNumber(ctx));
}

/**
 * A number's country, named, when it is not the hotel's ("Mexico"), or when its digits would
 * also be a US or Canadian number (soundsLikeNanp); null for the hotel's own otherwise.
 */
export function foreignCountry({ ctx, f }: PromptArgs, e164: string): string | null {
  const country = phoneCountry(e164);
  return country && (country !== ctx.hotel.country || soundsLikeNanp(e164)) ? f.country(country) : null;
}

/** A whole number as said to confirm it: its national digits in their groups, "5 5, 1 2 3 4, 5 6 7 8". */
export function spokenNumber({ f }: Pick<PromptArgs, 'f'>, e164: string): string {
  return nationalGroups(e164)
    .map((g) => f.digits(g))
    .join(', ');
}

/** An example number of the caller's country, said the same way. */
export function exampleNumberSaid(args: PromptArgs): string {
  const example = exampleNumber(countryOfCaller(args.ctx)) ?? exampleNumber(args.ctx.hotel.country);
  return example ? spokenNumber(args, example) : '';
}

/** An alternative as said: its key, and for a room type its name and price (the first price with its currency). */
export type OfferItem = { key: number; option: OfferOption; name: string; price: string; firstPrice: boolean };

/** The alternatives keyed 1..n in the order the flow offers them; the first three are said. */
export function offerItems({ ctx, f }: PromptArgs): OfferItem[] {
  let priced = false;
  return (ctx.offer ?? []).slice(0, 3).map((option, i) => {
    const code = option.kind === 'roomType' ? option.code : ctx.roomType;
    const rate = roomRate(ctx, code);
    const firstPrice = option.kind === 'roomType' && !priced;
    if (option.kind === 'roomType') priced = true;
    return { key: i + 1, option, name: roomName(ctx, code), price: firstPrice ? f.money(rate, ctx.hotel.currency) : f.amount(rate), firstPrice };
  });
}

/**
 * The room list as offered now: each type on the page with its key, the first with its rate
 * and currency, the rest with the amount alone (as a person lists prices), and whether 9 gives
 * more (flows/room-pages.ts).
 */
export function roomListOf({ ctx, f }: PromptArgs): { page: RoomPage; items: { name: string; price: string; key: number }[] } {
  const page = roomPageOf(ctx);
  const lang = ctx.locale === 'es-MX' ? 'es' : 'en';
  const items = page.types.map((t, i) => ({
    name: t.name[lang],
    price: i === 0 ? f.money(t.rate, ctx.hotel.currency) : f.amount(t.rate),
    key: i + 1,
  }));
  return { page, items };
}

export interface StayFacts {
  /** The name given; null when it was recorded instead (`recorded`) or not had at all. */
  name: string | null;
  recorded: boolean;
  roomName: string;
  rooms: number;
  nights: number;
  arrival: string;
  total: string;
  payment: PaymentMethod;
  /** "6 PM" / "6 p.m.": the hold deadline on the arrival date, as written in a text. */
  holdUntil: string;
  /** "6 PM" / "6 de la tarde": the same deadline as said on the phone. */
  holdUntilSaid: string;
}

export function stayFacts({ ctx, f }: PromptArgs): StayFacts {
  const rooms = ctx.rooms ?? 1;
  const nights = ctx.nights ?? 1;
  const arrival = ctx.arrival ?? ctx.today;
  const rate = roomRate(ctx, ctx.roomType);
  const holdUntil = holdUntilTime(ctx);
  return {
    name: ctx.guestName,
    recorded: ctx.guestName === null && ctx.nameRecordingUrl !== null,
    roomName: roomName(ctx, ctx.roomType),
    rooms,
    nights,
    arrival: f.date(arrival, ctx.today),
    total: f.money(rate * rooms * nights, ctx.hotel.currency),
    payment: ctx.payment ?? 'cash',
    holdUntil: f.time(holdUntil),
    holdUntilSaid: f.saidTime(holdUntil),
  };
}

/**
 * Reservations offered by the caller's number, told apart by what the caller knows of them:
 * arrival and nights, and the number of rooms when two share both. The room type and the
 * name wait until the caller has shown it is theirs (issue 11).
 */
export function callerReservationFacts(reservations: readonly ReservationSummary[]): { r: ReservationSummary; withRooms: boolean }[] {
  return reservations.map((r) => ({
    r,
    withRooms: reservations.some((o) => o !== r && o.arrival === r.arrival && o.nights === r.nights),
  }));
}

/** When the desk will call back: soon when it is staffed now, else when it next opens. */
export function callbackWhen(ctx: CallContext): { kind: 'soon' } | { kind: 'opens'; date: string; time: string } | { kind: 'unknown' } {
  if (deskOpenAt(ctx.hotel, ctx.today, ctx.timeOfDay)) return { kind: 'soon' };
  const next = nextDeskOpening(ctx.hotel, ctx.today, ctx.timeOfDay);
  return next ? { kind: 'opens', ...next } : { kind: 'unknown' };
}

/** "HH:mm" `minutes` after `hhmm`, on a 24-hour clock (past midnight wraps round). */
export function clockPlus(hhmm: string, minutes: number): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** What the call has collected, as facts the whisper and the callback queue share, room names in `locale`. */
export function collectedFacts(ctx: CallContext, locale: Locale) {
  return {
    rooms: ctx.rooms,
    roomName: ctx.roomType ? roomTypeName(ctx.hotel, locale, ctx.roomType) : null,
    nights: ctx.nights,
    arrival: ctx.arrival,
    payment: ctx.payment,
  };
}

const monthNames = new Map<Locale, Intl.DateTimeFormat>();

/** "February", "febrero": a month by its number, in the caller's language. */
export function monthName(locale: Locale, month: number): string {
  let format = monthNames.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    monthNames.set(locale, format);
  }
  return month >= 1 && month <= 12 ? format.format(new Date(Date.UTC(2000, month - 1, 15))) : String(month);
}

/** The day a past-date choice says has passed: the one the caller said (else the offer's day, this year). */
export function passedDay(choice: DateChoice, today: string): string {
  return choice.passed ?? `${today.slice(0, 4)}${choice.options[0]!.arrival.slice(4)}`;
}

/** What a whole request held, as facts each locale words its own way. */
export function requestFacts({ ctx }: PromptArgs, slots: Slots) {
  return {
    rooms: slots.rooms ?? null,
    roomName: slots.roomType ? roomName(ctx, slots.roomType) : null,
    arrival: slots.arrival ?? null,
    departure: slots.departure ?? null,
    nights: slots.nights ?? null,
    name: slots.name ?? null,
    payment: slots.payment ?? null,
    card: slots.card === true,
    choice: slots.dateChoice?.options.map((o) => o.arrival) ?? [],
  };
}

/** The params of a heardRequest notice, as slots. */
export function slotsOfParams(params: Record<string, string | number>): Slots {
  const s: Slots = {};
  if (params.rooms !== undefined) s.rooms = Number(params.rooms);
  if (params.roomType !== undefined) s.roomType = String(params.roomType);
  if (params.arrival !== undefined) s.arrival = String(params.arrival);
  if (params.nights !== undefined) s.nights = Number(params.nights);
  if (params.departure !== undefined) s.departure = String(params.departure);
  return s;
}

/** A hotel's answer to a common question, in the caller's language ('' for a topic it has no answer to). */
export function hotelAnswer(ctx: CallContext, topic: string | number | undefined): string {
  const answer = ctx.hotel.answers?.[String(topic)];
  return answer ? answer[ctx.locale === 'es-MX' ? 'es' : 'en'] : '';
}

/** The room types a caller asked for together (oneRoomType), by name; the hotel's first two if none. */
export function typesAsked(ctx: CallContext, types: string | number | undefined): string[] {
  const known = String(types ?? '')
    .split(',')
    .filter((code) => ctx.hotel.roomTypes.some((t) => t.code === code));
  const codes = known.length >= 2 ? known : ctx.hotel.roomTypes.slice(0, 2).map((t) => t.code);
  return codes.map((code) => roomName(ctx, code));
}

/** A room type asked about (a typeAsked notice's codes), with its rate: the first with its currency, as a person lists prices. */
export function askedTypes({ ctx, f }: PromptArgs, types: string | number | undefined): { code: string; name: string; price: string }[] {
  return String(types ?? '')
    .split(',')
    .filter((code) => ctx.hotel.roomTypes.some((t) => t.code === code))
    .map((code, i) => ({ code, name: roomName(ctx, code), price: i === 0 ? f.money(roomRate(ctx, code), ctx.hotel.currency) : f.amount(roomRate(ctx, code)) }));
}

/**
 * The types the caller may now take with a yes (ctx.typeAsked), each with the key that takes it
 * at this question: its place in the room list's page, or among the offer's options; null when no
 * key does (a type on another page of a long list: its name does).
 */
export function typesToTake({ ctx }: PromptArgs, at: 'roomType' | 'offer'): { name: string; key: number | null }[] {
  const page = roomPageOf(ctx).types.map((t) => t.code);
  const offered = (ctx.offer ?? []).map((o) => (o.kind === 'roomType' ? o.code : null));
  return (ctx.typeAsked ?? []).map((code) => {
    const place = (at === 'offer' ? offered : page).indexOf(code);
    return { name: roomName(ctx, code), key: place >= 0 && place < 8 ? place + 1 : null };
  });
}

/** Today or tomorrow, for a date that is one of them (a person says "today, Saturday…", not the date alone); else null. */
export function nearDay(ctx: CallContext, date: string): 'today' | 'tomorrow' | null {
  return date === ctx.today ? 'today' : date === plusDays(ctx.today, 1) ? 'tomorrow' : null;
}

/**
 * A caller who has only spoken (never pressed a key) on a phone call: after the first spoken answer
 * the questions invite speech and leave the keypad out (the keys still work; a help re-prompt still
 * names them). A text conversation has its own words.
 */
export function bySpeech(ctx: Pick<CallContext, 'channel' | 'answeredBy'>): boolean {
  return ctx.channel !== 'sms' && ctx.answeredBy === 'speech';
}

/**
 * A sister hotel the caller meant (flows/sister-hotel.ts): its name, and its number as said — the
 * one in the caller's country if it has one, else in this hotel's — with its country when foreign.
 */
export function sisterSaid(args: PromptArgs, code: unknown): { name: string; number: string; country: string | null } | null {
  const sister = args.ctx.sisterHotels?.find((s) => s.code === code);
  if (!sister || sister.numbers.length === 0) return null;
  const near = [countryOfCaller(args.ctx), args.ctx.hotel.country];
  const number = near.map((c) => sister.numbers.find((n) => phoneCountry(n) === c)).find(Boolean) ?? sister.numbers[0]!;
  return { name: sister.name, number: spokenNumber(args, number), country: foreignCountry(args, number) };
}

/**
 * A number to write down, one digit at a time (flows/slowly-asked.ts): "3 0 2 4, 4 9 6 3" (the
 * formatter's groups) as "3. 0. 2. 4. Then, 4. 9. 6. 3" — each digit its own sentence, so the voice
 * stops after each; `then` joins the groups ("Then", "Y luego").
 */
export function oneDigitAtATime(groups: string, then: string): string {
  return groups
    .split(', ')
    .map((g) => g.split(' ').join('. '))
    .join(`. ${then}, `);
}
