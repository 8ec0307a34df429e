// A reservation's stay changed by phone (docs/call-flow.md "An existing reservation"): the guest
// who opened their reservation moves the arrival, or changes the nights or the rooms, themselves;
// the room type, the name and the payment stay the front desk's (a type changes the rate, and the
// desk can say what each room is like). The new value is asked with the booking's own questions
// and readers (the date rules with them: never guessed, a past day asked, a choice offered), then
// checked free with the reservation's own rooms counted as free, read back with its new hold, and
// changed only on a yes (src/calls/stay-change.ts performs both, each in the turn's transaction).

import type { Answer, CallContext, CallEvent, DateChoice, Heard, Notice, QuestionId, Slots } from './call-context.ts';
import type { IsoDate } from './types.ts';
import type { StayChangeAsked, StayChangeResult } from './effects.ts';
import type { CallerInput } from './reading/caller-input.ts';
import { stripHash } from './reading/caller-input.ts';
import type { WholeRequest } from './reading/whole-request.ts';
import { readWholeRequest } from './reading/whole-request.ts';
import { slotsOf } from './reading/request-answer.ts';
import { hasAnyPhrase, tokenize } from './understanding/normalize.ts';
import { yesNo } from './understanding/yes-no.ts';
import { countIsChange, shiftedStay } from './stay-shift.ts';
import { daysBetween } from './hotel-time.ts';
import { nextWeekday } from './understanding/calendar.ts';
import { loneBareWeekday } from './understanding/stay-dates.ts';

/** Another room type, a better room: the desk's (it changes the rate, and the desk can say what each is like). */
const TYPE_WORDS = ['upgrade', 'different room', 'room type', 'type of room', 'bigger room', 'otro tipo', 'tipo de cuarto', 'tipo de habitacion', 'mejor cuarto', 'mejor habitacion', 'suite'];
const NIGHT_WORDS = ['night', 'nights', 'noche', 'noches', 'stay longer', 'longer', 'shorter', 'extend', 'extender', 'mas tiempo'];
const ROOM_WORDS = ['room', 'rooms', 'cuarto', 'cuartos', 'habitacion', 'habitaciones'];
const DATE_WORDS = [
  'date', 'dates', 'day', 'arrival', 'arrive', 'arriving', 'move', 'postpone', 'earlier', 'later', 'push it',
  'fecha', 'fechas', 'dia', 'llegada', 'llegar', 'mover', 'moverla', 'recorrer', 'recorrerla', 'posponer', 'adelantar', 'atrasar',
];
const KEEP_WORDS = ['keep it', 'leave it', 'as it is', 'as it was', 'dejela', 'dejarla', 'asi', 'como esta', 'como estaba'];

/**
 * "What would you like to change?": 1 the arrival date, 2 the nights, 3 the rooms (0 the desk, as
 * everywhere). Said: the part named ("add a night" is the nights question: "a night" is no count
 * of nights); a new date said outright ("move it to Friday") is that date, read as the booking reads
 * it; another room type is the desk's.
 */
export function readStayChange(ctx: CallContext, input: CallerInput, whole: WholeRequest | null): Heard | null {
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    const detail = key === '1' ? 'arrivalDate' : key === '2' ? 'nights' : key === '3' ? 'rooms' : null;
    return detail ? { kind: 'answer', value: { q: 'changeDetail', detail } } : null;
  }
  if (input.kind !== 'speech') return null;
  const tokens = tokenize(input.text);
  if (hasAnyPhrase(tokens, TYPE_WORDS)) return { kind: 'agent' };
  const dates = datesSaid(ctx, input.text, whole?.slots ?? {});
  if (dates) return { kind: 'answer', value: { q: 'request', slots: dates } };
  if (hasAnyPhrase(tokens, NIGHT_WORDS)) return { kind: 'answer', value: { q: 'changeDetail', detail: 'nights' } };
  if (hasAnyPhrase(tokens, ROOM_WORDS)) return { kind: 'answer', value: { q: 'changeDetail', detail: 'rooms' } };
  if (hasAnyPhrase(tokens, DATE_WORDS)) return { kind: 'answer', value: { q: 'changeDetail', detail: 'arrivalDate' } };
  return null;
}

/** Another booking asked for ("book another room for the 20th", "otra reservación para mi hermana"): not this one changed. */
const BOOKS_ANOTHER = [
  'book', 'booking', 'reserve', 'reservar', 'apartar', 'another room', 'other room', 'more rooms', 'new reservation', 'another reservation',
  'otro cuarto', 'otra habitacion', 'otra reservacion', 'nueva reservacion', 'mas cuartos', 'mas habitaciones', 'mi hermana', 'for my',
];

/**
 * The change said at the reservation read back ("3 nights", "move it to the 20th", "add a night"),
 * as the change question would take it: a date or a count said outright is that value (read back
 * before anything changes); a count changed by so much, or a part named, asks that part. Null:
 * no change of the stay in the words. `shifted`: the change by so much of these words against
 * `ctx.found`, when the caller has already worked it out (shiftedStay; none: null).
 */
export function changeSaidAtReservation(ctx: CallContext, text: string, shifted?: Answer | null): Answer | null {
  const tokens = tokenize(text);
  return hasAnyPhrase(tokens, BOOKS_ANOTHER) ? null : changeOfStay(ctx, text, tokens, shifted);
}

/** Words that ask for a reservation to be changed, at the greeting or the menu (before it is found). */
const CHANGE_WORDS = ['change', 'move', 'modify', 'instead', 'en vez', 'en lugar', 'cambiar', 'cambio', 'cambiarla', 'mover', 'moverla', 'modificar', 'recorrer', 'recorrerla'];
/** Rooms named as a part to change: "a room" is in every "room reservation". */
const ROOMS_NAMED = ['rooms', 'number of rooms', 'cuartos', 'habitaciones'];

/**
 * The change asked for at the greeting or the menu ("I need to move my reservation to Friday",
 * "quiero agregar una noche a mi reservación"), once the reservation is found: the new value to
 * read back, or the part to ask; null when the words asked no change of its stay (its read-back
 * and menu, as for any reservation found). Said once, never asked again.
 */
export function changeAskedFirst(ctx: CallContext): Answer | null {
  const text = ctx.changeAsked;
  if (!text || ctx.found?.status !== 'booked') return null;
  // (The confirmation number said with it was the lookup's: no date nor count.)
  const words = text.replace(/\d[\d\s-]{5,}\d/g, ' ');
  const tokens = tokenize(words);
  // By so much ("add a night", "push it back a day"): worked out from its stay. Else only with a word
  // that asks for a change ("I have a reservation for 2 nights" is no change to 2 nights).
  const shifted = shiftedStay(ctx, ctx.found, tokens);
  if (shifted) return shifted;
  if (!hasAnyPhrase(tokens, CHANGE_WORDS)) return null;
  const change = changeOfStay(ctx, words, tokens, null);
  if (change) return change;
  if (hasAnyPhrase(tokens, TYPE_WORDS)) return null;
  if (hasAnyPhrase(tokens, NIGHT_WORDS)) return { q: 'changeDetail', detail: 'nights' };
  if (hasAnyPhrase(tokens, ROOMS_NAMED)) return { q: 'changeDetail', detail: 'rooms' };
  if (hasAnyPhrase(tokens, DATE_WORDS)) return { q: 'changeDetail', detail: 'arrivalDate' };
  return null;
}

/** The words kept at the greeting or the menu when they opened an existing reservation (spoken or texted). */
export function changeAskedAt(q: QuestionId, heard: Heard, said: CallEvent): { changeAsked: string } | null {
  const atStart = q === 'greeting' || q === 'mainMenu';
  return atStart && heard.kind === 'route' && heard.route === 'existing' && said.type === 'caller.speech' ? { changeAsked: said.text } : null;
}

/** `shifted`: the change by so much of these words, when already worked out (none: null). */
function changeOfStay(ctx: CallContext, text: string, tokens: readonly string[], shifted?: Answer | null): Answer | null {
  if (ctx.found?.status !== 'booked' || hasAnyPhrase(tokens, TYPE_WORDS)) return null;
  const slots = readWholeRequest(text, ctx, 'stayChange').slots;
  // ("My reservation for the 18th, can I add a night?": the day it is booked for names it, and changes nothing.)
  const dates = slots.arrival === ctx.found.arrival && slots.departure === undefined ? null : datesSaid(ctx, text, slots);
  if (dates) return { q: 'request', slots: dates };
  const byAmount = shifted === undefined ? shiftedStay(ctx, ctx.found, tokens) : shifted;
  if (byAmount) return byAmount;
  // "One more", "add", "otra", "menos": a count changed by so much, not a count ("add a night" is no
  // stay of one night). (With the rooms named, shiftedStay has the rooms already.)
  const relative = countIsChange(tokens);
  if (relative && hasAnyPhrase(tokens, NIGHT_WORDS)) return { q: 'changeDetail', detail: 'nights' };
  if (!relative && slots.nights !== undefined) return { q: 'request', slots: { nights: slots.nights } };
  if (!relative && slots.rooms !== undefined) return { q: 'request', slots: { rooms: slots.rooms } };
  return null;
}

/** The dates of the words, when a date was said: the nights with them only from two dates ("the 20th to the 23rd"). */
function datesSaid(ctx: CallContext, text: string, s: Slots): Slots | null {
  if (s.arrival === undefined && s.dateChoice === undefined) return null;
  const { arrival, dateChoice } = withWeekdayChoice(ctx, text, s);
  return {
    ...(arrival !== undefined ? { arrival } : {}),
    ...(dateChoice !== undefined ? { dateChoice } : {}),
    ...(s.departure !== undefined ? { departure: s.departure } : {}),
    ...(s.arrival !== undefined && s.nights !== undefined ? { nights: s.nights } : {}),
  };
}

/** The slots with a lone weekday's arrival made the choice of its two days, when it can be two (weekdayChoice). */
function withWeekdayChoice(ctx: CallContext, text: string, s: Slots): Slots {
  const choice = s.arrival !== undefined && s.departure === undefined ? weekdayChoice(ctx, text, s.arrival) : null;
  if (!choice) return s;
  const { arrival: _coming, ...rest } = s;
  return { ...rest, dateChoice: choice };
}

/**
 * The arrival question asked inside a change ("What day would you like to arrive instead?"): a
 * weekday said there is read as "move it to Friday" said at once is — both days offered when the
 * coming one is before the stay's own, never that one taken silently. Elsewhere, as heard.
 */
export function weekdayInChange(q: QuestionId, ctx: CallContext, said: CallEvent, heard: Heard): Heard {
  if (!ctx.inStayChange || q !== 'arrivalDate' || said.type !== 'caller.speech') return heard;
  if (heard.kind !== 'answer' && heard.kind !== 'unsure') return heard;
  const asHeard = slotsOf(heard.value);
  const slots = asHeard && withWeekdayChoice(ctx, said.text, asHeard);
  if (!slots || slots === asHeard) return heard;
  // Two days offered is itself the question back: an unsure hearing needs no confirming of one of them.
  const notices = heard.kind === 'answer' ? (heard.notices ?? []).filter((n) => n.id !== 'arrivalHeard') : [];
  const locale = heard.kind === 'answer' ? heard.locale : undefined;
  return { kind: 'answer', value: { q: 'request', slots }, ...(notices.length ? { notices } : {}), ...(locale ? { locale } : {}) };
}

/**
 * "Move it to Friday" for a stay booked past the coming Friday (booked Friday the 18th, said on
 * Monday the 7th): the coming Friday (the 11th, earlier than booked), or the one nearest the stay
 * (the 25th; the 18th for a stay booked on Wednesday the 16th)? Both offered, 1 or 2, as the
 * booking's date question offers a day that can be two; never the earlier one taken silently.
 * Null: the day said is the only one it can be ("this Friday", "Friday the 11th", a coming Friday
 * after the stay's own day).
 */
function weekdayChoice(ctx: CallContext, text: string, coming: IsoDate): DateChoice | null {
  const booked = ctx.found?.status === 'booked' ? ctx.found.arrival : null;
  if (!booked || coming >= booked) return null;
  const weekday = loneBareWeekday(text, { today: ctx.today, locale: ctx.locale, country: ctx.hotel.country });
  if (weekday === null) return null;
  const nearStay = nextWeekday(booked, weekday);
  if (daysBetween(ctx.today, nearStay) > ctx.hotel.bookingHorizonDays) return null;
  return { reason: 'ambiguous', options: [coming, nearStay].map((arrival) => ({ arrival, departure: null })) };
}

/** The new stay read back: 1 (or yes) changes it, 2 (or no, "keep it") leaves the reservation as it was. */
export function readStayChangeConfirm(ctx: CallContext, input: CallerInput): Heard | null {
  if (input.kind === 'digits') {
    const key = stripHash(input.digits);
    return key === '1' ? { kind: 'route', route: 'confirm' } : key === '2' ? { kind: 'route', route: 'keep' } : null;
  }
  if (input.kind !== 'speech') return null;
  if (hasAnyPhrase(tokenize(input.text), KEEP_WORDS)) return { kind: 'route', route: 'keep' };
  const answer = yesNo(input.text, ctx.locale);
  return answer === 'yes' ? { kind: 'route', route: 'confirm' } : answer === 'no' ? { kind: 'route', route: 'keep' } : null;
}

/**
 * The found reservation's stay, in the booking's slots: the part to change is emptied next (its
 * question asked), the rest stays as booked. Nothing is held: the reservation's own rooms are.
 * Where a change starts (and starts over: not free, or the same), so inside one from here.
 */
export function foundStay(ctx: CallContext): Partial<CallContext> {
  const r = ctx.found;
  if (!r) return {};
  return { arrival: r.arrival, nights: r.nights, rooms: r.rooms, roomType: r.roomType, departure: null, dateChoice: null, held: false, offer: null, stayChange: null, inStayChange: true };
}

/** The new stay to check (`apply` false) or to make (true). */
export function stayChangeAsked(ctx: CallContext, apply: boolean): StayChangeAsked {
  const f = ctx.found;
  const was = { arrival: f?.arrival ?? ctx.arrival!, nights: f?.nights ?? 0, rooms: f?.rooms ?? 0, roomType: f?.roomType ?? '' };
  // The language the caller chose in this call (9, or spoken), not the hotel's own greeting: the texts' from now on.
  const chosen = ctx.locale !== (ctx.hotel.guestLocale ?? 'en-US');
  const textedFrom = ctx.channel === 'sms' ? ctx.caller : null;
  return { reservationId: f?.id ?? 0, arrival: ctx.arrival!, nights: ctx.nights!, rooms: ctx.rooms!, apply, textedFrom, was, textsIn: chosen ? ctx.locale : null };
}

/** What a check (or the change) came to, kept: the new stay with its hold; not free, or the same, said and the stay as booked again. */
export function keptStayChange(ctx: CallContext, result: StayChangeResult): Partial<CallContext> {
  if (result.ok) {
    const { holdUntil, holdDate, total, texted, written } = result;
    return { stayChange: { arrival: ctx.arrival!, nights: ctx.nights!, rooms: ctx.rooms!, holdUntil, holdDate, total, ...(texted ? { texted } : {}), ...(written ? { written } : {}) } };
  }
  if (result.why === 'notChangeable') return { stayChange: null };
  const rooms = ctx.rooms ?? 1;
  const notice: Notice =
    result.why === 'full'
      ? { id: 'stayChangeFull', params: { rooms, type: ctx.found?.roomType ?? '', free: result.free.filter((f) => f.free >= rooms).map((f) => f.code).join(',') } }
      : { id: 'stayChangeSame' };
  return { ...foundStay(ctx), notices: [...ctx.notices, notice], misses: 0 };
}

/** The found reservation, as it now is: the change made. */
export function changedFound(ctx: CallContext): Partial<CallContext> {
  const c = ctx.stayChange;
  if (!ctx.found || !c) return {};
  return { found: { ...ctx.found, arrival: c.arrival, nights: c.nights, rooms: c.rooms, holdUntil: c.holdUntil }, outcome: 'changed', inStayChange: false };
}
