// The words the front desk reads: why a caller needed a person, what a call collected, how long
// ago something happened. Never a state name, a prompt id or an underscore.

import type { HotelInfo } from '../../flows/types.ts';
import { deskLanguage, deskWords } from './desk-language.ts';
import { roomCountEn, roomCountEs } from '../voice/prompts/room-words.ts';

/** "asked for a person, while the desk was closed" from a stored reason ("desk_closed:caller_asked"). */
export function reasonWords(reason: string | null, dialStatus?: string | null): string {
  const w = deskWords();
  if (!reason) return w.noReason;
  const closed = reason.startsWith('desk_closed:');
  const base = closed ? reason.slice('desk_closed:'.length) : reason;
  const words = (Object.hasOwn(w.reasons, base) ? w.reasons[base] : undefined) ?? base.replace(/_/g, ' ');
  const tail = closed ? w.deskClosed : dialStatus && Object.hasOwn(w.dial, dialStatus) ? w.dial[dialStatus] : null;
  return tail ? `${words}; ${tail}` : words;
}

export function dialWords(status: string): string {
  const w = deskWords();
  return (Object.hasOwn(w.dial, status) ? w.dial[status] : undefined) ?? status;
}

/** The payment method as the desk says it ("credit card", "tarjeta de crédito"). */
export function paymentWords(method: string): string {
  const w = deskWords();
  return (Object.hasOwn(w.common.payment, method) ? w.common.payment[method] : undefined) ?? method.replace(/_/g, ' ');
}

const MONTH_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });
const WEEKDAY_MONTH_DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });
// A Mexican desk writes "lun 7 dic" (Intl's es-MX says "lun, 7 de dic"): put together from its parts.
const ES_PARTS = new Intl.DateTimeFormat('es-MX', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' });

function esParts(d: Date): { weekday: string; day: string; month: string } {
  const parts = Object.fromEntries(ES_PARTS.formatToParts(d).map((p) => [p.type, p.value.replace(/\.$/, '')]));
  return { weekday: parts.weekday ?? '', day: parts.day ?? '', month: parts.month ?? '' };
}

/** "Dec 4" ("4 dic") for a yyyy-MM-dd date. */
export function shortDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  if (deskLanguage() === 'es') {
    const p = esParts(d);
    return `${p.day} ${p.month}`;
  }
  return MONTH_DAY.format(d);
}

/** "Mon, Dec 7" ("lun 7 dic") for a yyyy-MM-dd date. */
export function dayDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  if (deskLanguage() === 'es') {
    const p = esParts(d);
    return `${p.weekday} ${p.day} ${p.month}`;
  }
  return WEEKDAY_MONTH_DAY.format(d);
}

/**
 * A period's first or last day as the overview says it, as the desk's language says a day:
 * "Sun, Nov 22", "dom 22 nov" (the date fields beside it write their own form).
 */
export function periodDate(date: string): string {
  return dayDate(date);
}

/** "Dec 24–27" (or "Dec 30–Jan 2"); "24–27 dic" (or "30 dic–2 ene") for a stay from arrival to departure. */
export function stayRange(arrival: string, departure: string): string {
  const a = shortDate(arrival);
  const d = shortDate(departure);
  if (deskLanguage() === 'es') {
    const [ad, am] = a.split(' ');
    const [dd, dm] = d.split(' ');
    return am === dm ? `${ad}–${dd} ${dm}` : `${a}–${d}`;
  }
  return a.split(' ')[0] === d.split(' ')[0] ? `${a}–${d.split(' ')[1]}` : `${a}–${d}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The room type's name in the page's language for a code, or the code when the hotel no longer lists it. */
export function roomTypeWords(hotel: Pick<HotelInfo, 'roomTypes'>, code: string): string {
  const name = hotel.roomTypes.find((t) => t.code === code)?.name;
  return (deskLanguage() === 'es' ? name?.es : undefined) ?? name?.en ?? code;
}

/**
 * A number of rooms of a type as a clerk writes it: "3 Standard rooms", "1 Ocean Suite"; "3
 * habitaciones dobles", "1 habitación doble". The phone line's own counting (room-words.ts), with a
 * figure for one too: a list reads by its figures.
 */
export function roomsOfType(rooms: number, name: string): string {
  return deskLanguage() === 'es' ? roomCountEs(rooms, name).text.replace(/^una? /, '1 ') : roomCountEn(rooms, name).text;
}

/**
 * What a call had collected, in one line: "2 Deluxe King rooms, 3 nights from Fri, Dec 4, cash".
 * Empty when nothing was.
 */
export function collectedWords(hotel: Pick<HotelInfo, 'roomTypes'>, p: Record<string, unknown> | null): string {
  if (!p) return '';
  const w = deskWords();
  const parts: string[] = [];
  const room = typeof p.roomType === 'string' ? roomTypeWords(hotel, p.roomType) : null;
  const rooms = typeof p.rooms === 'number' ? p.rooms : null;
  if (room) parts.push(rooms ? roomsOfType(rooms, room) : room);
  else if (rooms) parts.push(plural(rooms, w.common.room, w.common.rooms));
  const nights = typeof p.nights === 'number' ? plural(p.nights, w.common.night, w.common.nights) : null;
  const arrival = typeof p.arrival === 'string' ? dayDate(p.arrival) : null;
  if (nights && arrival) parts.push(w.collected.nightsFrom(nights, arrival));
  else if (nights) parts.push(nights);
  else if (arrival) parts.push(w.collected.arriving(arrival));
  if (typeof p.payment === 'string') parts.push(paymentWords(p.payment));
  if (p.held === true) parts.push(w.collected.held);
  return parts.join(', ');
}

/** "3 min", "1 h 20 min", "2 days": how long ago, for a worklist. */
export function age(fromIso: string, now: Date): string {
  const w = deskWords().common;
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 60_000));
  if (minutes < 60) return w.minutes(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return w.hours(hours, minutes % 60);
  return w.days(Math.floor(hours / 24));
}

/**
 * How the phone line read a caller's answer, in the front desk's words: "asked for the front
 * desk", not "agent"; "nothing heard", not "miss: noInput"; the room's name, not its code. The
 * flow's own string (flows/apply-answer.ts describeAnswer, call-machine describeHeard) stays in
 * the technical details.
 */
export function understoodWords(understood: string, hotel: Pick<HotelInfo, 'roomTypes'>): string {
  const w = deskWords();
  const u = w.understood;
  const unsure = /^unsure: (.*)$/s.exec(understood);
  if (unsure) return u.unsure(understoodWords(unsure[1]!, hotel));
  const miss = /^miss: (\w+)$/.exec(understood);
  if (miss) return (Object.hasOwn(u.misses, miss[1]!) ? u.misses[miss[1]!] : undefined) ?? u.didNotFit;
  if (Object.hasOwn(u.routes, understood)) return u.routes[understood]!;
  let m: RegExpExecArray | null;
  if ((m = /^arrival (\d{4}-\d{2}-\d{2})$/.exec(understood))) return w.collected.arriving(dayDate(m[1]!));
  if ((m = /^(takes )?room type (\S+)$/.exec(understood))) return `${m[1] ? u.takes : ''}${roomTypeWords(hotel, m[2]!)}`;
  if ((m = /^(takes )?(\d+) room\(s\)$/.exec(understood))) return `${m[1] ? u.takes : ''}${plural(Number(m[2]), w.common.room, w.common.rooms)}`;
  if ((m = /^(\d+) night\(s\)$/.exec(understood))) return plural(Number(m[1]), w.common.night, w.common.nights);
  if ((m = /^pays by (\w+)$/.exec(understood))) return u.paysBy(paymentWords(m[1]!));
  if ((m = /^change (\w+)$/.exec(understood))) return u.change((Object.hasOwn(u.details, m[1]!) ? u.details[m[1]!] : undefined) ?? m[1]!);
  return understood.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, (_x, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}

/**
 * Why a call of today still needs a person, in a few words: "left a voicemail", "asked to be
 * called back", "hung up (asked for a person; the desk did not answer)", "hung up".
 */
export function needsPersonWords(c: { outcome: string | null; voicemail: boolean; transferReason: string | null; dialStatus: string | null }): string {
  const w = deskWords().needsPerson;
  if (c.outcome === 'callback') return c.voicemail ? w.voicemail : w.callMeBack;
  return c.transferReason ? w.hungUpWhy(reasonWords(c.transferReason, c.dialStatus)) : w.hungUp;
}
