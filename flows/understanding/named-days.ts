// Days people name instead of dating them ("Christmas Eve", "Nochebuena", "Thanksgiving"), in
// English and Spanish: the days everyone keeps, and the common holidays of the hotel's country
// (HotelInfo.country, derived from its phone numbers). Data, plus the one lookup that reads them.

import { easterOf, isoDate, nthWeekdayOf, plusDays } from './calendar.ts';
import type { IsoDate } from '../types.ts';
import { byFirstWord, phraseAt } from './phrase-set.ts';

type Rule = (year: number) => IsoDate;

interface NamedDay {
  id: string;
  /** Normalised phrases (lower case, no accents, no apostrophes). */
  names: { en: string[]; es: string[] };
  /** ISO countries that keep it on this date; absent: kept everywhere. */
  countries?: string[];
  date: Rule;
}

const fixed = (month: number, day: number): Rule => (year) => isoDate(year, month, day);
const nth = (month: number, weekday: number, n: number): Rule => (year) => nthWeekdayOf(year, month, weekday, n);
const fromEaster = (days: number): Rule => (year) => plusDays(easterOf(year), days);
const [SUN, MON, THU] = [0, 1, 4];

const NAMED_DAYS: readonly NamedDay[] = [
  // Everywhere.
  { id: 'christmasEve', names: { en: ['christmas eve', 'xmas eve'], es: ['nochebuena', 'noche buena', 'vispera de navidad'] }, date: fixed(12, 24) },
  { id: 'christmas', names: { en: ['christmas', 'christmas day', 'xmas', 'xmas day'], es: ['navidad', 'dia de navidad'] }, date: fixed(12, 25) },
  // "Recibir el Año Nuevo", "ring in the New Year": there on its eve (not the day after).
  { id: 'newYearsEve', names: { en: ['new years eve', 'new year eve', 'nye', 'ring in the new year', 'ring in new years', 'last day of the year'], es: ['nochevieja', 'noche vieja', 'fin de ano', 'recibir el ano nuevo', 'recibir ano nuevo', 'recibir el ano', 'ultimo dia del ano'] }, date: fixed(12, 31) },
  { id: 'newYearsDay', names: { en: ['new years day', 'new years', 'new year', 'new year day', 'new yrs', 'new yrs day', 'nyd', 'first of the year', 'first day of the year'], es: ['ano nuevo', 'dia de ano nuevo', 'primero de ano'] }, date: fixed(1, 1) },
  { id: 'epiphany', names: { en: ['three kings day', 'kings day', 'epiphany'], es: ['dia de reyes', 'dia de los reyes', 'dia de los reyes magos', 'reyes magos', 'para reyes'] }, date: fixed(1, 6) },
  { id: 'boxingDay', names: { en: ['boxing day'], es: [] }, date: fixed(12, 26) },
  { id: 'valentines', names: { en: ['valentines day', 'valentines', 'v day', 'valentine day', 'saint valentines day', 'st valentines day'], es: ['san valentin', 'dia de san valentin', 'dia del amor y la amistad'] }, date: fixed(2, 14) },
  { id: 'halloween', names: { en: ['halloween'], es: ['halloween', 'noche de brujas'] }, date: fixed(10, 31) },
  { id: 'holyThursday', names: { en: ['holy thursday', 'maundy thursday'], es: ['jueves santo'] }, date: fromEaster(-3) },
  { id: 'goodFriday', names: { en: ['good friday'], es: ['viernes santo'] }, date: fromEaster(-2) },
  // (Not "pascua" alone: in Mexico "en Pascua" is the week after Holy Week, a span asked about.)
  { id: 'easter', names: { en: ['easter', 'easter sunday'], es: ['domingo de pascua', 'domingo de resurreccion'] }, date: fromEaster(0) },
  { id: 'fathersDay', names: { en: ['fathers day'], es: ['dia del padre'] }, date: nth(6, SUN, 3) },
  // United States.
  { id: 'mlkDay', countries: ['US'], names: { en: ['martin luther king day', 'martin luther king jr day', 'mlk day', 'martin luther king', 'mlk'], es: ['dia de martin luther king'] }, date: nth(1, MON, 3) },
  { id: 'presidentsDay', countries: ['US'], names: { en: ['presidents day', 'presidents'], es: ['dia de los presidentes'] }, date: nth(2, MON, 3) },
  { id: 'mothersDayUS', countries: ['US'], names: { en: ['mothers day'], es: ['dia de las madres', 'dia de la madre'] }, date: nth(5, SUN, 2) },
  { id: 'memorialDay', countries: ['US'], names: { en: ['memorial day'], es: ['memorial day', 'dia de los caidos'] }, date: nth(5, MON, -1) },
  { id: 'juneteenth', countries: ['US'], names: { en: ['juneteenth'], es: ['juneteenth'] }, date: fixed(6, 19) },
  { id: 'independenceUS', countries: ['US'], names: { en: ['independence day', 'fourth of july', '4th of july', 'july fourth'], es: ['dia de la independencia', 'cuatro de julio'] }, date: fixed(7, 4) },
  { id: 'laborDay', countries: ['US'], names: { en: ['labor day', 'labour day'], es: ['labor day', 'dia del trabajo'] }, date: nth(9, MON, 1) },
  { id: 'columbusDay', countries: ['US'], names: { en: ['columbus day', 'indigenous peoples day'], es: ['dia de la raza'] }, date: nth(10, MON, 2) },
  { id: 'veteransDay', countries: ['US'], names: { en: ['veterans day'], es: ['dia de los veteranos'] }, date: fixed(11, 11) },
  { id: 'thanksgiving', countries: ['US'], names: { en: ['thanksgiving', 'thanksgiving day', 'thanks giving', 'thx giving', 'thxgiving', 'turkey day'], es: ['dia de accion de gracias', 'accion de gracias', 'thanksgiving'] }, date: nth(11, THU, 4) },
  // (Read before its "Friday", which alone would be the coming one.)
  { id: 'blackFriday', countries: ['US'], names: { en: ['black friday'], es: ['black friday', 'viernes negro'] }, date: (year) => plusDays(nthWeekdayOf(year, 11, THU, 4), 1) },
  // Mexico.
  { id: 'candelaria', countries: ['MX'], names: { en: ['candlemas'], es: ['dia de la candelaria', 'la candelaria'] }, date: fixed(2, 2) },
  { id: 'constitutionMX', countries: ['MX'], names: { en: ['constitution day'], es: ['dia de la constitucion'] }, date: nth(2, MON, 1) },
  { id: 'juarez', countries: ['MX'], names: { en: ['benito juarez day'], es: ['natalicio de benito juarez', 'dia de benito juarez'] }, date: nth(3, MON, 3) },
  { id: 'laborDayMX', countries: ['MX'], names: { en: ['labor day', 'may day'], es: ['dia del trabajo', 'primero de mayo'] }, date: fixed(5, 1) },
  { id: 'mothersDayMX', countries: ['MX'], names: { en: ['mothers day'], es: ['dia de las madres', 'dia de la madre'] }, date: fixed(5, 10) },
  { id: 'grito', countries: ['MX'], names: { en: ['the grito'], es: ['noche del grito', 'el grito', 'noche mexicana'] }, date: fixed(9, 15) },
  { id: 'independenceMX', countries: ['MX'], names: { en: ['independence day', 'mexican independence day'], es: ['dia de la independencia', 'fiestas patrias'] }, date: fixed(9, 16) },
  { id: 'allSaints', countries: ['MX'], names: { en: ['all saints day'], es: ['todos santos', 'dia de todos los santos'] }, date: fixed(11, 1) },
  { id: 'dayOfTheDead', countries: ['MX'], names: { en: ['day of the dead'], es: ['dia de muertos', 'dia de los muertos'] }, date: fixed(11, 2) },
  { id: 'revolutionMX', countries: ['MX'], names: { en: ['revolution day'], es: ['dia de la revolucion'] }, date: fixed(11, 20) },
  { id: 'guadalupe', countries: ['MX'], names: { en: ['our lady of guadalupe'], es: ['dia de la virgen', 'dia de la virgen de guadalupe', 'dia de la guadalupana'] }, date: fixed(12, 12) },
];

/** Every named day, its country's first: a phrase kept by several countries means the hotel's. */
function inOrderFor(country: string): NamedDay[] {
  const rank = (d: NamedDay) => (d.countries === undefined ? 1 : d.countries.includes(country) ? 0 : 2);
  return [...NAMED_DAYS].sort((a, b) => rank(a) - rank(b));
}

const ORDER_CACHE = new Map<string, Map<string, { words: string[]; day: NamedDay }[]>>();

/**
 * Every phrase as words, longest first, then the hotel's country before the rest; filed by first
 * word (a name can only start where its first word is said), so each word said looks at a few.
 */
function phrasesFor(country: string): Map<string, { words: string[]; day: NamedDay }[]> {
  let byFirst = ORDER_CACHE.get(country);
  if (!byFirst) {
    let list = inOrderFor(country).flatMap((day) => [...day.names.en, ...day.names.es].map((p) => ({ words: p.split(' '), day })));
    list = list.map((p, i) => ({ p, i })).sort((a, b) => b.p.words.length - a.p.words.length || a.i - b.i).map(({ p }) => p);
    byFirst = byFirstWord(list, (phrase) => phrase.words);
    ORDER_CACHE.set(country, byFirst);
  }
  return byFirst;
}

export interface NamedDayMatch {
  id: string;
  /** Index after the last word of the name. */
  end: number;
  date: Rule;
  /**
   * The same Spanish name kept on another day in Mexico: "el día de las madres" is the second
   * Sunday of May in the United States, the 10th of May in Mexico. Said in Spanish to a hotel
   * elsewhere, by a caller who may keep Mexico's, it is either (the caller chooses). At a hotel in
   * Mexico, Mexico's.
   */
  also?: Rule;
}

/** The named day whose name starts at words[i] (the longest name wins), or null. */
export function namedDayAt(words: readonly string[], i: number, country: string): NamedDayMatch | null {
  const word = words[i];
  if (word === undefined) return null;
  const phrases = phrasesFor(country).get(word) ?? [];
  for (const { words: phrase, day } of phrases) {
    if (!phraseAt(words, i, phrase)) continue;
    const said = phrase.join(' ');
    const other = country !== 'MX' && day.countries && day.names.es.includes(said)
      ? phrases.find((p) => p.day !== day && p.day.countries?.includes('MX') && p.words.join(' ') === said && p.day.names.es.includes(said))
      : undefined;
    return { id: day.id, end: i + phrase.length, date: day.date, ...(other ? { also: other.day.date } : {}) };
  }
  return null;
}

/** The days kept in `country` (or everywhere) that fall in `month` of `year`: what "the long weekend of February" can be about. */
export function namedDaysIn(month: number, year: number, country: string): { date: IsoDate }[] {
  const out: { date: IsoDate }[] = [];
  for (const day of NAMED_DAYS) {
    if (day.countries !== undefined && !day.countries.includes(country)) continue;
    const date = day.date(year);
    if (Number(date.slice(5, 7)) === month) out.push({ date });
  }
  return out;
}
