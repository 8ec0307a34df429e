// The words the front desk reads: why a caller needed a person, what a call collected, how long
// ago something happened. Never a state name, a prompt id or an underscore.

import type { TransferReason } from '../../flows/call-context.ts';
import type { HotelInfo } from '../../flows/types.ts';
import { PAYMENT_LABELS } from './html/format.ts';

// Every reason a call is handed over for has its words here (the type says when one is added).
const REASONS: Record<TransferReason | 'error', string> = {
  caller_asked: 'asked for a person',
  misses: 'the phone line could not understand them',
  group: 'a group: more rooms than the phone line books',
  existing_reservation: 'about an existing reservation',
  no_availability: 'no rooms for their dates, wanted help',
  reservation_not_proven: 'asked about a reservation from another phone without the last name on it',
  error: 'the phone line had a problem',
};

const DIAL: Record<string, string> = {
  'no-answer': 'the desk did not answer',
  busy: 'the desk line was busy',
  failed: 'the desk could not be rung',
  canceled: 'the caller hung up while the desk rang',
  completed: 'talked with the desk',
  declined: 'the desk did not take the call',
};

/** "asked for a person, while the desk was closed" from a stored reason ("desk_closed:caller_asked"). */
export function reasonWords(reason: string | null, dialStatus?: string | null): string {
  if (!reason) return 'no reason recorded';
  const closed = reason.startsWith('desk_closed:');
  const base = closed ? reason.slice('desk_closed:'.length) : reason;
  const words = (REASONS as Record<string, string>)[base] ?? base.replace(/_/g, ' ');
  const tail = closed ? 'the desk was closed' : dialStatus && DIAL[dialStatus] ? DIAL[dialStatus] : null;
  return tail ? `${words}; ${tail}` : words;
}

export function dialWords(status: string): string {
  return DIAL[status] ?? status;
}

const MONTH_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });
const WEEKDAY_MONTH_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });

/** "Dec 4" for a yyyy-MM-dd date. */
export function shortDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : MONTH_DAY.format(d);
}

export function dayDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : WEEKDAY_MONTH_DAY.format(d);
}

/** "Dec 24–27" (or "Dec 30–Jan 2") for a stay from arrival to departure. */
export function stayRange(arrival: string, departure: string): string {
  const a = shortDate(arrival);
  const d = shortDate(departure);
  return a.split(' ')[0] === d.split(' ')[0] ? `${a}–${d.split(' ')[1]}` : `${a}–${d}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The room type's name (English) for a code, or the code when the hotel no longer lists it. */
export function roomTypeWords(hotel: Pick<HotelInfo, 'roomTypes'>, code: string): string {
  return hotel.roomTypes.find((t) => t.code === code)?.name.en ?? code;
}

/**
 * What a call had collected, in one line: "2 Deluxe King, 3 nights from Fri, Dec 4, cash".
 * Empty when nothing was.
 */
export function collectedWords(hotel: Pick<HotelInfo, 'roomTypes'>, p: Record<string, unknown> | null): string {
  if (!p) return '';
  const parts: string[] = [];
  const room = typeof p.roomType === 'string' ? roomTypeWords(hotel, p.roomType) : null;
  const rooms = typeof p.rooms === 'number' ? p.rooms : null;
  if (room) parts.push(rooms ? `${rooms} ${room}` : room);
  else if (rooms) parts.push(plural(rooms, 'room', 'rooms'));
  const nights = typeof p.nights === 'number' ? plural(p.nights, 'night', 'nights') : null;
  const arrival = typeof p.arrival === 'string' ? dayDate(p.arrival) : null;
  if (nights && arrival) parts.push(`${nights} from ${arrival}`);
  else if (nights) parts.push(nights);
  else if (arrival) parts.push(`arriving ${arrival}`);
  if (typeof p.payment === 'string') parts.push(PAYMENT_LABELS[p.payment] ?? p.payment);
  if (p.held === true) parts.push('rooms were held during the call');
  return parts.join(', ');
}

/** "3 min", "1 h 20 min", "2 days": how long ago, for a worklist. */
export function age(fromIso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return plural(days, 'day', 'days');
}

const ROUTE_WORDS: Record<string, string> = {
  spanish: 'Spanish, please',
  book: 'wants to book a room',
  existing: 'about an existing reservation',
  group: 'wants the group desk',
  changeDates: 'wants other dates',
  confirm: 'confirmed',
  change: 'wants to change a detail',
  yes: 'yes',
  no: 'no',
  leaveMessage: 'will leave a message',
  callMeBack: 'wants a call back',
  cancel: 'wants it cancelled',
  keep: 'wants to keep it',
  agent: 'asked for the front desk',
  repeat: 'asked to hear it again',
  nameRetry: 'will say the name again',
  ignored: 'nothing to act on',
};

const MISS_WORDS: Record<string, string> = {
  noInput: 'nothing heard',
  notUnderstood: 'an answer that did not fit the question',
  dateInPast: 'a date already past',
  dateBeyondHorizon: 'a date too far ahead to book',
  tooManyRooms: 'more rooms than one booking takes',
  tooManyNights: 'more nights than one booking takes',
  badPhone: 'a number that is not a phone number',
  callerNumberUnknown: "their own number, which the hotel can't see",
  nameNotHeard: 'no name heard',
  reservationNotFound: 'a reservation that was not found',
};

const DETAIL_WORDS: Record<string, string> = {
  arrivalDate: 'the arrival date',
  roomType: 'the room type',
  rooms: 'the number of rooms',
  nights: 'the number of nights',
  name: 'the name',
  payment: 'the payment method',
  callback: 'the callback number',
};

/**
 * How the phone line read a caller's answer, in the front desk's words: "asked for the front
 * desk", not "agent"; "nothing heard", not "miss: noInput"; the room's name, not its code. The
 * flow's own string (flows/apply-answer.ts describeAnswer, call-machine describeHeard) stays in
 * the technical details.
 */
export function understoodWords(understood: string, hotel: Pick<HotelInfo, 'roomTypes'>): string {
  const unsure = /^unsure: (.*)$/s.exec(understood);
  if (unsure) return `${understoodWords(unsure[1]!, hotel)} (heard with low confidence, so asked to confirm)`;
  const miss = /^miss: (\w+)$/.exec(understood);
  if (miss) return MISS_WORDS[miss[1]!] ?? 'an answer that did not fit the question';
  if (ROUTE_WORDS[understood]) return ROUTE_WORDS[understood];
  let m: RegExpExecArray | null;
  if ((m = /^arrival (\d{4}-\d{2}-\d{2})$/.exec(understood))) return `arriving ${dayDate(m[1]!)}`;
  if ((m = /^(takes )?room type (\S+)$/.exec(understood))) return `${m[1] ?? ''}${roomTypeWords(hotel, m[2]!)}`;
  if ((m = /^(takes )?(\d+) room\(s\)$/.exec(understood))) return `${m[1] ?? ''}${plural(Number(m[2]), 'room', 'rooms')}`;
  if ((m = /^(\d+) night\(s\)$/.exec(understood))) return plural(Number(m[1]), 'night', 'nights');
  if ((m = /^pays by (\w+)$/.exec(understood))) return `pays by ${PAYMENT_LABELS[m[1]!] ?? m[1]!.replace(/_/g, ' ')}`;
  if ((m = /^change (\w+)$/.exec(understood))) return `wants to change ${DETAIL_WORDS[m[1]!] ?? m[1]}`;
  return understood.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, (_x, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}

/**
 * Why a call of today still needs a person, in a few words: "left a voicemail", "asked to be
 * called back", "hung up (asked for a person; the desk did not answer)", "hung up".
 */
export function needsPersonWords(c: { outcome: string | null; voicemail: boolean; transferReason: string | null; dialStatus: string | null }): string {
  if (c.outcome === 'callback') return c.voicemail ? 'left a voicemail' : 'asked to be called back';
  return c.transferReason ? `hung up (${reasonWords(c.transferReason, c.dialStatus)})` : 'hung up before an outcome';
}
