// "Friday, December 4: press 1. Friday, December 11: press 2." The caller picks one of the dates
// the words could mean (or next year's, for a day already past) by key, by position ("the second
// one", "la de la próxima semana"), by naming it, or says another date altogether.

import type { CallContext, Heard, Slots } from '../call-context.ts';
import { daysBetween } from '../hotel-time.ts';
import { weekdayOf } from '../understanding/calendar.ts';
import { hasPhrase, tokenize } from '../understanding/normalize.ts';
import { weekdayNamed } from '../understanding/stay-dates.ts';
import { yesNo } from '../understanding/yes-no.ts';
import type { CallerInput } from './caller-input.ts';
import { stripHash } from './caller-input.ts';
import { requestAnswer, withWholeRequest } from './request-answer.ts';
import type { WholeRequest } from './whole-request.ts';

/** Words that point at the first or the second date offered. */
const POSITIONS: readonly [string, number][] = [
  ['first', 0], ['1st', 0], ['one', 0], ['earlier', 0], ['sooner', 0], ['this week', 0], ['this one', 0],
  ['primero', 0], ['primera', 0], ['uno', 0], ['1', 0], ['esta semana', 0], ['la primera', 0], ['el primero', 0],
  ['closest', 0], ['nearest', 0], ['soonest', 0], ['mas cercano', 0], ['mas cercana', 0], ['mas pronto', 0],
  ['furthest', 1], ['farthest', 1], ['mas lejano', 1], ['mas tarde', 1], ['otra semana', 1],
  ['second', 1], ['2nd', 1], ['two', 1], ['2', 1], ['later', 1], ['next week', 1], ['the other', 1], ['the other one', 1],
  ['segundo', 1], ['segunda', 1], ['dos', 1], ['proxima semana', 1], ['semana que viene', 1], ['la otra', 1],
  ['el otro', 1], ['la siguiente', 1], ['el siguiente', 1],
  ['one after', 1], ['following', 1], ['former', 0], ['latter', 1], ['el que sigue', 1], ['la que sigue', 1], ['el de despues', 1], ['la de despues', 1],
];

/** A key's number said ("one", "2", "la opción 2"): speech recognition writes digits as often as words. */
const NUMERALS = new Set(['one', 'two', 'uno', 'dos', '1', '2']);
/**
 * What may be said around a key's number ("number 2", "option one please", "la opción 1"). Other
 * words make "one" a pronoun: "the blue one", "which one is cheaper?", "neither one, the 18th"
 * point at no date offered.
 */
const AROUND_A_KEY = new Set([
  'the', 'number', 'option', 'press', 'key', 'please', 'pls', 'um', 'uh', 'er', 'ok', 'okay', 'its', 'it', 'is',
  'el', 'la', 'numero', 'opcion', 'tecla', 'por', 'favor', 'este', 'eh', 'es', 'seria', 'oprimo', 'marco',
]);

/** What may be said around a weekday that picks one of the dates offered ("on Saturday", "el del domingo"). */
const AROUND_A_WEEKDAY = new Set(['on', 'the', 'that', 'one', 'el', 'la', 'del', 'de', 'ese', 'dia', 'please', 'por', 'favor', 'ok', 'okay']);

/**
 * The date offered that falls on the weekday said alone ("Saturday", "el domingo"), or -1: said
 * with nothing else, it picks among the dates offered, not the coming Sunday. Null when it falls
 * on more than one ("Friday" said again when asked which Friday): it picks none.
 */
function weekdayPicked(words: readonly string[], options: readonly { arrival: string }[]): number | null {
  const named = words.filter((w) => weekdayNamed(w) !== null);
  if (named.length !== 1 || !words.every((w) => weekdayNamed(w) !== null || AROUND_A_WEEKDAY.has(w))) return -1;
  const day = weekdayNamed(named[0]!);
  const on = options.flatMap((o, i) => (weekdayOf(o.arrival) === day ? [i] : []));
  return on.length === 1 ? on[0]! : on.length > 1 ? null : -1;
}

export function readDateChoice(ctx: CallContext, input: CallerInput, whole: WholeRequest | null = null): Heard | null {
  const options = ctx.dateChoice?.options ?? [];
  const pick = (i: number, more: Slots = {}): Heard | null => {
    const o = options[i];
    if (!o) return null;
    const { dateChoice: _again, ...rest } = more;
    return { kind: 'answer', value: requestAnswer({ ...rest, arrival: o.arrival, ...(o.departure ? { nights: daysBetween(o.arrival, o.departure) } : {}) }) };
  };
  if (input.kind === 'digits') {
    const key = Number(stripHash(input.digits));
    if (!Number.isInteger(key) || key < 1) return null;
    return key === options.length + 1 ? { kind: 'route', route: 'otherDate' } : pick(key - 1);
  }
  if (input.kind !== 'speech') return null;
  const words = tokenize(input.text);
  // "The second one": the ordinal says which; a bare number ("one", "dos") only when nothing else does.
  const named = (list: typeof POSITIONS) => new Set(list.filter(([p]) => hasPhrase(words, p)).map(([, i]) => i));
  const ordinal = named(POSITIONS.filter(([p]) => !NUMERALS.has(p)));
  const keyAlone = words.every((w) => NUMERALS.has(w) || AROUND_A_KEY.has(w));
  const positions = ordinal.size || !keyAlone ? ordinal : named(POSITIONS.filter(([p]) => NUMERALS.has(p)));
  // "Saturday", "el domingo": the date offered on that day (it was read as the coming Sunday).
  const onWeekday = weekdayPicked(words, options);
  // (Was: the coming Friday, the first offered, taken.)
  if (onWeekday === null) return null;
  if (onWeekday >= 0) {
    const { arrival: _weekday, ...rest } = whole?.slots ?? {};
    return pick(onWeekday, rest);
  }
  // A date said: one of those offered, or another one — unless it is the words for a place in
  // the list ("el primero" here is the first of the two, not the 1st of the month).
  const said = whole?.slots.arrival;
  if (said) {
    const i = options.findIndex((o) => o.arrival === said);
    // "2" when the dates offered are the 2nd and the 9th: the day, or the key? Asked again.
    if (i >= 0 && positions.size === 1 && !positions.has(i)) return null;
    if (i >= 0) return pick(i, whole.slots);
    if (positions.size !== 1) return withWholeRequest(null, whole, input);
  }
  if (positions.size === 1) {
    const { arrival: _notADate, ...rest } = whole?.slots ?? {};
    return pick([...positions][0]!, rest);
  }
  const answer = yesNo(input.text, ctx.locale);
  if (answer === 'yes' && options.length === 1) return pick(0, whole?.slots);
  if (answer === 'no') return { kind: 'route', route: 'otherDate' };
  return withWholeRequest(null, whole, input);
}
