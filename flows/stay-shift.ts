// A reservation's stay changed by so much ("one more night", "push it back a day", "quítele una
// noche", "one room less"): the new stay worked out from the reservation's own, so the caller hears
// it read back at once instead of being asked for a number they never said (flows/stay-change.ts).
// Anything the words leave open (which way, or a stay that would end up empty or over the hotel's
// limits) is not guessed: that part is asked.

import type { Answer, CallContext, ReservationSummary } from './call-context.ts';
import { plusDays } from './hotel-time.ts';
import { hasAnyPhrase } from './understanding/normalize.ts';
import { readNumberAt } from './understanding/numbers.ts';
import { RECORRER_WORDS } from './understanding/relative-change.ts';

const NIGHT_UNIT = new Set(['night', 'nights', 'noche', 'noches']);
const ROOM_UNIT = new Set(['room', 'rooms', 'cuarto', 'cuartos', 'habitacion', 'habitaciones']);
const DAY_UNIT = new Set(['day', 'days', 'dia', 'dias']);

/**
 * A count changed by so much, and which way: the one vocabulary of it, read here and by
 * flows/stay-change.ts (countIsChange), so the two cannot drift. `by`: with a count said and no
 * unit to work it out from, that count is the change ("extend it a week" asks the nights); the
 * others leave such a count the new one ("cut it to a week": 7 nights). (As found in round 32:
 * "agregar" is `by` and "agregue" is not; made one, readings would change both ways.)
 */
const WAYS = {
  more: {
    by: ['add', 'extra', 'more', 'another', 'extend', 'agregar', 'aumentar', 'extender', 'mas', 'otra'],
    other: ['longer', 'agregue', 'agreguele', 'agregarle', 'aumentele', 'otro'],
  },
  less: {
    by: ['less', 'fewer', 'shorten', 'menos', 'quitar'],
    other: ['shorter', 'remove', 'off', 'take away', 'cut', 'drop', 'quitarle', 'quite', 'quitele', 'quiteme', 'quitenle', 'reducir'],
  },
} as const;
const MORE = [...WAYS.more.by, ...WAYS.more.other];
const LESS = [...WAYS.less.by, ...WAYS.less.other];
const COUNT_IS_CHANGE = [...WAYS.more.by, ...WAYS.less.by];
const LATER = ['push', 'back', 'later', 'delay', 'after', 'postpone', 'despues', 'atrasar', 'atrasarla', 'atrasela', 'posponer', 'posponerla', 'pospongala', 'retrasar', 'retrasarla', ...RECORRER_WORDS];
const EARLIER = ['earlier', 'early', 'sooner', 'temprano', 'move it up', 'move up', 'bring it forward', 'before', 'antes', 'adelantar', 'adelantarla', 'adelantela'];
/** The day the guest leaves, not the one they arrive: "leave a day later" is a night more. */
const LEAVING = ['leave', 'leaving', 'check out', 'checkout', 'depart', 'salir', 'salida', 'salimos', 'irnos', 'irme'];
/** Words between a number and its unit that are no number ("two more nights", "una noche mas"). */
const NOT_AMOUNT = new Set(['more', 'extra', 'less', 'fewer', 'mas', 'menos', 'additional']);

/** Whether a count said with these words is the change, not the new count ("add", "one more", "menos"; see WAYS). */
export function countIsChange(tokens: readonly string[]): boolean {
  return hasAnyPhrase(tokens, COUNT_IS_CHANGE);
}

/**
 * The stay with the change said by so much, as the change question would take it: the new value
 * to read back, or the part to ask when the words leave it open. Null: no change by so much said.
 */
export function shiftedStay(ctx: CallContext, found: ReservationSummary, tokens: readonly string[]): Answer | null {
  // ("Nada más una noche" is only one night: its "más" is no more.)
  const more = hasAnyPhrase(tokens.filter((t, k) => !(t === 'mas' && tokens[k - 1] === 'nada')), MORE);
  const less = hasAnyPhrase(tokens, LESS);
  const later = hasAnyPhrase(tokens, LATER);
  const earlier = hasAnyPhrase(tokens, EARLIER);
  const nights = unitAt(tokens, NIGHT_UNIT);
  if (nights >= 0 && (more || less)) return more === less ? ask('nights') : counted('nights', found.nights + (more ? 1 : -1) * amountBefore(tokens, nights), ctx.hotel.maxNights);
  const rooms = unitAt(tokens, ROOM_UNIT);
  if (rooms >= 0 && (more || less)) return more === less ? ask('rooms') : counted('rooms', found.rooms + (more ? 1 : -1) * amountBefore(tokens, rooms), ctx.hotel.maxRoomsPerBooking);
  const days = unitAt(tokens, DAY_UNIT);
  if (days < 0) return null;
  const n = amountBefore(tokens, days);
  // "Add a day", "stay a day longer", "leave a day early": the nights.
  const leaving = hasAnyPhrase(tokens, LEAVING) || ((more || less) && !later && !earlier);
  const plus = leaving ? (more || later) : later;
  const minus = leaving ? (less || earlier) : earlier;
  if (plus === minus) return plus ? ask(leaving ? 'nights' : 'arrivalDate') : null;
  if (leaving) return counted('nights', found.nights + (plus ? n : -n), ctx.hotel.maxNights);
  return { q: 'request', slots: { arrival: plusDays(found.arrival, plus ? n : -n) } };
}

function ask(detail: 'nights' | 'rooms' | 'arrivalDate'): Answer {
  return { q: 'changeDetail', detail };
}

/** The new count, or its question when none would be left or it is over the hotel's limit. */
function counted(unit: 'nights' | 'rooms', value: number, max: number): Answer {
  return value >= 1 && value <= max ? { q: 'request', slots: { [unit]: value } } : ask(unit);
}

function unitAt(tokens: readonly string[], unit: ReadonlySet<string>): number {
  return tokens.findIndex((t) => unit.has(t));
}

/** The number just before the unit ("two more nights", "un día"); one when none ("a night", "a day"). */
function amountBefore(tokens: readonly string[], at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    if (NOT_AMOUNT.has(tokens[i] ?? '')) continue;
    const read = readNumberAt(tokens, i, 'en') ?? readNumberAt(tokens, i, 'es');
    return read && read.value >= 1 && read.value <= 99 ? read.value : 1;
  }
  return 1;
}
