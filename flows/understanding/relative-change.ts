// A change said against what is already booked: "one more night", "one night less", "push it back
// a day", "arrive a day earlier", "una noche más", "un día después", "dos habitaciones más". The
// words only, with how much and which way; the whole request counts it from the call's nights,
// rooms or arrival (reading/whole-request.ts), and only when that is known. A change whose way is
// not said ("move it a day", "recórrelo un día") is found with how much, and the caller is asked
// which way. Pure; never throws.

import { negatedBefore, takenBackBetween } from './corrections.ts';
import { readNumberAt } from './numbers.ts';
import { phraseAt } from './phrase-set.ts';
import { wordTable } from './word-table.ts';

export type RelativeChange = {
  /**
   * nights, rooms: that many more (or fewer); stay: the whole stay moves by days; arrival: only the
   * day of arriving moves; unclear: the whole stay moves by days, which way not said.
   */
  kind: 'nights' | 'rooms' | 'stay' | 'arrival' | 'unclear';
  by: number;
  /** Where it was said: tokens[start..end). */
  start: number;
  end: number;
};

// (Texted short too: "1 nt more", "1 hab mas".)
const NIGHT = new Set(['night', 'nights', 'noche', 'noches', 'nite', 'nites', 'nt', 'nts']);
const ROOM = new Set(['room', 'rooms', 'rm', 'rms', 'habitacion', 'habitaciones', 'hab', 'habs', 'cuarto', 'cuartos']);
const DAYS = wordTable<number>({ day: 1, days: 1, dia: 1, dias: 1, week: 7, weeks: 7, semana: 7, semanas: 7 });
const MORE = new Set(['more', 'extra', 'additional', 'mas', 'adicional', 'adicionales', 'longer']);
const LESS = new Set(['less', 'fewer', 'menos', 'shorter']);
const LATER = [['later'], ['despues'], ['mas', 'tarde']];
const EARLIER = [['earlier'], ['sooner'], ['early'], ['antes'], ['mas', 'temprano']];
/** Before a count of nights or rooms: add it, or take it off. */
const ADD = new Set([
  'add', 'agregar', 'agregue', 'agregueme', 'agregale', 'agregalo', 'agrega', 'anadir', 'anade', 'anadale', 'sumar', 'sumale', 'extend',
  // (To the reservation, "le": "agréguele una noche", "agregarle", "añádale".)
  'agreguele', 'agregarle', 'agreguenos', 'anadele', 'anadirle', 'sumele', 'sumarle',
  'alargar', 'alarguela', 'alargala', 'subale', 'subele', 'subirle', 'aumentele', 'aumentale', 'aumentar',
]);
const TAKE_OFF = [['drop'], ['remove'], ['cut'], ['take', 'off'], ['subtract'], ['quitar'], ['quita'], ['quitale'], ['quitele'], ['quiteme'], ['quitame'], ['restar'], ['restale'], ['bajele'], ['bajale'], ['bajarle']];
/** Before a count of days: the stay moves later, earlier, or some way not said. */
const PUSH_LATER = [['push', 'it', 'back'], ['push', 'back'], ['push', 'it'], ['push', 'everything', 'back'], ['push', 'the', 'reservation', 'back'], ['push', 'the', 'dates', 'back'], ['postpone', 'it'], ['postpone'], ['delay', 'it'], ['delay'], ['posponer'], ['posponerlo'], ['pospongalo'], ['posponlo'], ['atrasar'], ['atrasarlo'], ['atraselo'], ['atrasalo'],
  // (The reservation, "la reservación": "atrásela", "pospóngala".)
  ['posponerla'], ['pospongala'], ['posponla'], ['atrasarla'], ['atrasela'], ['atrasala']];
const PULL_EARLIER = [['bring', 'it', 'forward'], ['bring', 'forward'], ['move', 'it', 'up'], ['move', 'up'], ['adelantar'], ['adelantarlo'], ['adelantelo'], ['adelantalo'], ['adelantarla'], ['adelantela'], ['adelantala']];
/**
 * Mexico's "recorrer" ("recórrela un día"): later, as Mexicans mostly use it. Here, before a booking
 * is made, its way is asked (both days offered, as round 14 set); a reservation on file reads it as
 * later (flows/stay-shift.ts), the new day read back before anything changes.
 */
export const RECORRER_WORDS: readonly string[] = ['recorrer', 'recorrerlo', 'recorralo', 'recorrelo', 'recorrerla', 'recorrala', 'recorrela', 'recorra'];
/** What is moved: "move it all", "shift the booking", "move our reservation" (the longer first). */
const MOVED = [['it', 'all'], ['it'], ['everything'], ['the', 'whole', 'thing'], ['the', 'reservation'], ['the', 'booking'], ['the', 'dates'], ['the', 'stay'], ['my', 'reservation'], ['our', 'reservation']];
const SOME_WAY = [
  ...['move', 'shift'].flatMap((verb) => MOVED.map((o) => [verb, ...o])),
  ...RECORRER_WORDS.map((w) => [w]), ['mover'], ['moverlo'], ['muevalo'], ['muevelo'], ['cambiarlo'],
  // (The reservation, "la reservación": "recórrela un día", "muévala".)
  ['moverla'], ['muevala'], ['muevela'], ['cambiarla'],
];
/** Before "a day earlier": only the arrival moves ("arrive a day earlier", "llegamos un día antes"). */
const ARRIVE = new Set(['arrive', 'arriving', 'arrival', 'come', 'coming', 'get', 'getting', 'in', 'llegar', 'llegamos', 'llego', 'llegaremos', 'llegada', 'entrar', 'entramos']);
/** Before "a day earlier": the day of leaving moves: one night fewer or more ("leave a day early", "salimos un día después"). */
const LEAVE = new Set(['leave', 'leaving', 'out', 'checkout', 'depart', 'departing', 'salir', 'salimos', 'salgo', 'salida', 'irnos', 'vamos']);
/** Skipped after a verb: "add on one night", "extend it by two nights", "push it back by a day". */
const BY = new Set(['by', 'on', 'it', 'the', 'stay', 'my', 'our', 'reservation', 'por', 'le', 'me', 'nos', 'otra', 'another']);

/** A count at tokens[i]: a number, "a"/"an"/"one", "un"/"una", "a couple (of)", "un par (de)", "another". */
function countAt(tokens: readonly string[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if ((t === 'a' || t === 'un') && (tokens[i + 1] === 'couple' || tokens[i + 1] === 'par')) return { value: 2, end: i + 2 + (['of', 'de'].includes(tokens[i + 2] ?? '') ? 1 : 0) };
  if (['a', 'an', 'un', 'una', 'another', 'otra', 'otro'].includes(t)) return { value: 1, end: i + 1 };
  const n = readNumberAt(tokens, i, 'en') ?? readNumberAt(tokens, i, 'es');
  return n && n.value >= 1 && n.value <= 30 ? { value: n.value, end: n.end } : null;
}

function phraseFrom(tokens: readonly string[], i: number, phrases: readonly string[][]): number {
  for (const p of phrases) if (phraseAt(tokens, i, p)) return p.length;
  return 0;
}

/** Words between a verb and its count ("extend it by"): where the count starts. */
function skipBy(tokens: readonly string[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + 3 && BY.has(tokens[k]!) && countAt(tokens, k) === null) k++;
  return k;
}

/** Words without one of which no change is said: a cheap first look (most of what is said has none). */
const SIGNS = new Set([
  ...MORE, ...LESS, ...LATER.map((p) => p[0]!), ...EARLIER.map((p) => p[0]!), 'tarde', 'temprano', ...ADD,
  ...[...TAKE_OFF, ...PUSH_LATER, ...PULL_EARLIER, ...SOME_WAY].map((p) => p[0]!),
]);

/** The change said in the words, if one is: the first found. */
export function relativeChangeIn(tokens: readonly string[]): RelativeChange | null {
  return relativeChangesIn(tokens)[0] ?? null;
}

/**
 * Every change said, one of each kind, in the order said: "one more room and one more night". One
 * taken back gives way to the next ("one more night, no, two more nights"); two of one kind otherwise
 * ("one more night and two more nights") are left to the caller: none of that kind.
 */
export function relativeChangesIn(tokens: readonly string[]): RelativeChange[] {
  if (!tokens.some((t) => SIGNS.has(t))) return [];
  const out: RelativeChange[] = [];
  const twice = new Set<RelativeChange['kind']>();
  for (let i = 0; i < tokens.length; i++) {
    const found = changeAt(tokens, i);
    if (!found) continue;
    i = found.end - 1;
    const before = out.findIndex((c) => c.kind === found.kind);
    // "One more night, no, two more nights": the later stands.
    if (before >= 0 && takenBackBetween(tokens, out[before]!.end, found.start) !== null) out[before] = found;
    else if (negatedBefore(tokens, found.start, 0)) continue;
    else if (before >= 0) twice.add(found.kind);
    else out.push(found);
  }
  return out.filter((c) => !twice.has(c.kind));
}

function changeAt(tokens: readonly string[], i: number): RelativeChange | null {
  const t = tokens[i]!;
  // A verb first: "add two nights", "quítele una noche", "push it back a day", "adelántelo un día".
  const take = phraseFrom(tokens, i, TAKE_OFF);
  const verb = ADD.has(t) ? 1 : take;
  if (verb) {
    const c = countAt(tokens, skipBy(tokens, i + verb));
    const unit = c ? tokens[c.end] ?? '' : '';
    const kind = NIGHT.has(unit) ? 'nights' : ROOM.has(unit) ? 'rooms' : null;
    // ("Add a room" is read with "another room" in whole-request.ts.)
    if (c && kind && !(kind === 'rooms' && !take)) return { kind, by: take ? -c.value : c.value, start: i, end: c.end + 1 };
  }
  const later = phraseFrom(tokens, i, PUSH_LATER);
  const earlier = later ? 0 : phraseFrom(tokens, i, PULL_EARLIER);
  const someWay = later || earlier ? 0 : phraseFrom(tokens, i, SOME_WAY);
  const moved = later || earlier || someWay;
  if (moved) {
    const c = countAt(tokens, skipBy(tokens, i + moved));
    const days = c ? DAYS[tokens[c.end] ?? ''] : undefined;
    if (c && days !== undefined) {
      const end = c.end + 1;
      // "Move it a day later": the way said after it.
      const after = phraseFrom(tokens, end, LATER) ? 1 : phraseFrom(tokens, end, EARLIER) ? -1 : 0;
      const way = later ? 1 : earlier ? -1 : after;
      const len = after ? phraseFrom(tokens, end, after > 0 ? LATER : EARLIER) : 0;
      return way === 0 ? { kind: 'unclear', by: c.value * days, start: i, end } : { kind: 'stay', by: way * c.value * days, start: i, end: end + len };
    }
  }
  // A count first: "one more night", "una noche más", "two fewer rooms", "a day later", "un día antes".
  const c = countAt(tokens, i);
  if (!c) return null;
  let k = c.end;
  let sign = 0;
  if (MORE.has(tokens[k] ?? '')) [sign, k] = [1, k + 1];
  else if (LESS.has(tokens[k] ?? '')) [sign, k] = [-1, k + 1];
  const unit = tokens[k] ?? '';
  if (NIGHT.has(unit) || ROOM.has(unit)) {
    const kind = NIGHT.has(unit) ? 'nights' : 'rooms';
    k++;
    if (sign === 0 && MORE.has(tokens[k] ?? '') && !(tokens[k] === 'mas' && tokens[k + 1] === 'o') && tokens[k + 1] !== 'than') [sign, k] = [1, k + 1];
    else if (sign === 0 && LESS.has(tokens[k] ?? '')) [sign, k] = [-1, k + 1];
    // ("Another night" alone may be another date: only "one more", "another … more", "add another".)
    if (sign === 0 || (sign > 0 && tokens[i] === 'another' && tokens[k - 1] !== 'more')) return null;
    // ("Two more nights than last time", "no more nights than that": compared, not added.)
    if (tokens[k] === 'than' || tokens[k] === 'que') return null;
    return { kind, by: sign * c.value, start: i, end: k };
  }
  const days = DAYS[unit];
  // "One more day", "un día más", "an extra week": a stay's days are its nights.
  if (sign === 0 && days !== undefined && MORE.has(tokens[k + 1] ?? '') && tokens[k + 1] !== 'longer' && !(tokens[k + 1] === 'mas' && ['o', 'tarde', 'temprano'].includes(tokens[k + 2] ?? ''))) {
    sign = 1;
    k++;
  } else if (sign === 0 && days !== undefined && LESS.has(tokens[k + 1] ?? '')) {
    sign = -1;
    k++;
  }
  if (sign !== 0 && days !== undefined && tokens[k + 1] !== 'than' && tokens[k + 1] !== 'que') {
    return { kind: 'nights', by: sign * c.value * days, start: i, end: k + 1 };
  }
  if (sign !== 0 || days === undefined || ['another', 'otra', 'otro'].includes(tokens[i]!)) return null;
  const way = phraseFrom(tokens, k + 1, LATER) ? 1 : phraseFrom(tokens, k + 1, EARLIER) ? -1 : 0;
  if (way === 0) return null;
  const end = k + 1 + phraseFrom(tokens, k + 1, way > 0 ? LATER : EARLIER);
  // Whose day moves: the arrival's ("arrive a day earlier"), the departure's ("leave a day later": a
  // night more), or the whole stay's ("a day later", "push it back a day").
  const before = tokens.slice(Math.max(0, i - 3), i);
  if (before.some((w) => LEAVE.has(w))) return { kind: 'nights', by: way * c.value * days, start: i, end };
  if (before.some((w) => ARRIVE.has(w))) return { kind: 'arrival', by: way * c.value * days, start: i, end };
  return { kind: 'stay', by: way * c.value * days, start: i, end };
}
