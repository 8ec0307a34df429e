// A question about the room types ("which one has an ocean view?", "how much is the double?",
// "¿la suite tiene jacuzzi?", "¿qué diferencia hay entre la doble y la king?") told apart from a
// choice of one ("can I get the suite?", "¿me da la doble?", "I'll take the one with the view"). A
// question is answered from the hotel file (a type's name, its rate, the words the file gives it)
// and never taken as the choice; what the file does not say (a balcony, the size) is said to be
// unknown, never made up. Pure; never throws.

import type { Locale, RoomTypeInfo } from '../types.ts';
import { longWeekendAt } from './long-weekends.ts';
import { namedDayAt } from './named-days.ts';
import { phraseTokens, tokenize } from './normalize.ts';
import { phraseSet, saysAny } from './phrase-set.ts';
import { HOW_MUCH, PRICE_LISTS, PRICE_NOUNS, PRICE_REQUESTED } from './price-words.ts';
import { roomTypeByPrice } from './price-order.ts';
import { numberOf, roomTypeMatches } from './room-type-phrases.ts';
import { roomTypesNamedIn } from './room-types.ts';

export interface RoomTypeQuestion {
  /** The types asked about, in the order said (empty: the rooms in general, "which one has a balcony?"). */
  codes: string[];
  /** Something the hotel file does not say was asked about ("a balcony", "bigger"). */
  unknown: boolean;
  /** One type named twice, by its name and by a word the file gives it ("does the suite have an ocean view?"): yes. */
  confirmed: boolean;
}

/** What the file's names and rates cannot answer: "which is better?", "¿cuál me recomienda?", "what does the suite include?". */
const COMPARING = new Set([
  'better', 'best', 'nicer', 'recommend', 'recommended', 'recommendation', 'bigger', 'biggest', 'larger', 'largest', 'smaller',
  'quieter', 'quietest', 'include', 'includes', 'included', 'mejor', 'mejores', 'recomienda', 'recomiendan', 'recomendaria',
  'grande', 'grandes', 'amplia', 'amplio', 'espaciosa', 'incluye', 'incluyen', 'incluido', 'incluida',
]);

const CHEAPER = phraseSet(['cheaper', 'less expensive', 'lower price', 'mas economica', 'mas economico', 'menos cara', 'menos caro']);
const PRICIER = phraseSet(['pricier', 'more expensive', 'higher price']);

/** "Which one is cheaper?" of no type named: the one at that end of the rates (when one type alone is). */
function byComparedPrice(words: readonly string[], roomTypes: readonly RoomTypeInfo[]): string | null {
  const cheaper = saysAny(words, CHEAPER);
  if (cheaper === saysAny(words, PRICIER)) return null;
  const rates = roomTypes.map((t) => t.rate);
  const rate = cheaper ? Math.min(...rates) : Math.max(...rates);
  const at = roomTypes.filter((t) => t.rate === rate);
  return at.length === 1 ? at[0]!.code : null;
}

/** Words that speak of the rooms offered, when none is named. */
const THE_ROOMS = phraseSet([
  'which', 'one', 'ones', 'room', 'rooms', 'any of them', 'difference', 'cual', 'cuales', 'habitacion', 'habitaciones', 'cuarto',
  'cuartos', 'la que', 'el que', 'alguna', 'alguno', 'diferencia',
]);

const DIFFERENCE = phraseSet(['difference', 'differences', 'different', 'diferencia', 'diferencias', 'compare', 'comparar']);

/** The words of a price order ("cheapest", "más barata"), which the rates answer. */
const PRICE_WORDS = new Set(['cheapest', 'cheaper', 'pricier', 'expensive', 'higher', 'lower', 'best', 'least', 'lowest', 'affordable', 'priciest', 'nicest', 'top', 'line', 'accesible', 'mayor', 'menor', 'mejor']);

/** Words that make the words a choice, however they are put: "can I get the suite?", "¿me da la doble?". */
const CHOOSING = phraseSet([
  'can i get', 'could i get', 'can i have', 'could i have', 'can we get', 'could we get', 'can we have', 'could we have',
  'can i book', 'can we book', 'can you book', 'could you book', 'i ll take', 'ill take', 'i will take', 'we ll take',
  'well take', 'we will take', 'i d like', 'id like', 'i would like', 'we d like', 'we would like', 'i want', 'we want',
  'i ll go with', 'ill go with', 'we ll go with', 'let s go with', 'lets go with', 'let s do', 'lets do', 'give me',
  'put me in', 'book me', 'book the', 'book a', 'reserve', 'i need', 'we need', 'i ll have', 'ill have',
  'me da', 'me das', 'me puede dar', 'nos da', 'nos puede dar', 'deme', 'denme', 'dame', 'quiero', 'queremos',
  'quisiera', 'quisieramos', 'me gustaria', 'nos gustaria', 'me quedo con', 'nos quedamos con', 'la tomo', 'lo tomo',
  'la quiero', 'reservar', 'reserveme', 'reservame', 'aparteme', 'apartame', 'me aparta', 'necesito', 'necesitamos',
  'mejor la', 'mejor el',
  // A suggestion: "how about the double?", "¿qué tal la suite?".
  'how about', 'what about', 'que tal', 'y si',
  // A change to it: "can I change the room to the suite?", "¿me la cambia a la doble?".
  'change to', 'change it to', 'change the room to', 'change that to', 'change my room to', 'switch to', 'switch it to',
  'switch me to', 'switch us to', 'move me to', 'move us to', 'upgrade to', 'upgrade me to', 'make it the',
  'cambiar a', 'cambiarla a', 'cambiarlo a', 'cambiala a', 'cambiale a', 'cambieme a', 'cambiame a', 'me la cambia a',
  'me lo cambia a', 'pasarme a', 'pasame a', 'paseme a',
]);
/** A type asked for ("do you have a king?", "¿tienen suite?", "is the king available?"): a choice, unless a word that asks comes with it ("¿qué diferencia hay…?"). */
const ASKING_FOR = phraseSet([
  'do you have', 'have you got', 'you got', 'is there', 'tienen', 'tendra', 'tendran', 'hay',
  // "Is the king available on the 10th?": asked for, on those dates.
  'available', 'free', 'disponible', 'disponibles', 'libre',
  // The same as said and texted: "any kings left?", "got any suites open?", "any vacancy for a
  // double?", "do u have 2 kings avail", "tienen disp la suite?".
  'availability', 'avail', 'open', 'left', 'vacancy', 'vacancies', 'u have', 'u got', 'got any', 'disponibilidad', 'disp',
]);

/** Words that ask, wherever they are said. */
const ASKING_ANYWHERE = phraseSet([
  // (Not "how big", "qué tan grande": their words are a detail the file does not give, kept for the check below.)
  'which', 'what s the difference', 'whats the difference', 'what is the difference', 'difference', 'what does',
  'what do', 'what kind', 'tell me about', 'cual', 'cuales', 'que diferencia', 'diferencia', 'que tiene',
  'que tienen', 'que incluye', 'como es', 'como son', 'platiqueme', 'cuenteme', 'informar', 'informes', 'informacion',
  // Its price asked for, however put (price-words.ts): "precio de la suite", "rates for the king", "a quote", "¿a cómo me deja la doble?".
  // (Not "costs": "whichever one costs the least" chooses.)
  ...PRICE_LISTS, ...PRICE_NOUNS, ...HOW_MUCH, ...PRICE_REQUESTED,
]);
const PRICE_ASKED_FOR = phraseSet(PRICE_REQUESTED);
/** Words that ask when they open the words ("does the suite have…", "is the king bigger"). */
const ASKING_FIRST = new Set(['does', 'do', 'is', 'are', 'has', 'have', 'what', 'whats', 'how', 'tiene', 'incluye', 'es', 'son']);
/** Said before the question starts ("and which one…", "oye, ¿y la doble cuánto?"). */
const LEAD_IN = new Set(['and', 'so', 'ok', 'okay', 'um', 'uh', 'well', 'oh', 'hey', 'sorry', 'but', 'y', 'oye', 'pues', 'bueno', 'entonces', 'pero', 'disculpe', 'perdon', 'oiga', 'a', 'ver']);
/** After a type's name, these make it a question about it: "la suite tiene jacuzzi", "the king comes with". */
const ABOUT_AFTER = new Set(['tiene', 'incluye', 'es', 'trae', 'cuanto', 'cuesta', 'sale', 'has', 'comes', 'includes']);

/** Words that carry no detail of a room: what questions, prices, counts and dates are made of. */
const PLAIN = new Set(
  (
    'a an the one ones of to for in on at with and or but it its it s is are be was does do did has have had which what whats ' +
    'how much many who where when there that this those these than then i we you me us my our your they them he she ' +
    'room rooms type types kind option options difference between compare vs versus cost costs price prices rate rates ' +
    'per night nights a night each dollars dollar pesos usd total about tell like please just so and also again same ' +
    // Texted: "r u", "ur", "pls", "tmrw", "2nite", "wknd".
    'r ur pls plz thx tmrw tmr tmw tonite 2nite 2day wknd wkend ' +
    'much would could can get got include includes including come comes with available free any some other else more ' +
    'offer offered cheaper cheapest expensive pricier priciest difference different s d ll ve re m am ok okay um uh well ' +
    'oh hey sorry thanks thank actually really exactly kind sort better best y o e u el la los las lo un una unos unas ' +
    'de del al a en con sin por para que cual cuales cuanto cuanta cuesta cuestan sale salen costo precio precios tarifa ' +
    'tarifas noche noches diferencia entre es son esta estan tiene tienen trae traen incluye incluyen hay habitacion ' +
    'habitaciones cuarto cuartos tipo tipos opcion opciones mas menos barata barato cara caro economica economico ' +
    'y pues oye bueno entonces pero disculpe perdon oiga ver me nos le les se su sus mi mis usted ustedes este esta ese ' +
    'esa esos esas otra otro otras otros tambien como cuando donde dolares dolar peso disponible disponibles libre ' +
    'libres cada seria serian sea favor gracias'
  ).split(' '),
);
const MONTHS_AND_DAYS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug ' +
    'sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight weekend week ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes ' +
    'miercoles jueves viernes sabado domingo hoy manana semana fin next coming upcoming proximo proxima siguiente viene pasado ' +
    // Texted short: "is the king free sat?", "¿hay suite el sáb?".
    'mon tue tues wed thu thur thurs fri sat sun lun mie mier jue vie sab dom finde wknd wkend tmrw ' +
    // What joins a stay's days: "over New Year's", "through the 3rd", "durante el puente", "hasta el domingo".
    'over during around through thru until till from starting durante desde hasta'
  ).split(' '),
);
const ORDINAL = /^\d+(st|nd|rd|th)$/;
/** Every word of the phrases that ask or choose. */
const PHRASE_WORDS = new Set([CHOOSING, ASKING_ANYWHERE, ASKING_FOR].flatMap((set) => [...set.byFirst.values()].flat(2)));

/** Greetings, fillers and the verbs of asking and choosing ("buenas, una pregunta", "I'll take the two then"). */
const SAID_AROUND = new Set(
  (
    'hello hi hola buenas buenos dias tardes question pregunta quick wondering wanted know saber queria curious ask asking ' +
    'preguntar then just only solo nada eh mmm hmm yeah yes si no now ahora still thing bit little poco rather prefer ' +
    'if possible posible preferably ideally hopefully ' +
    'prefiero mejor take taking get book want like need go do give put looking see mean don dont t doesn isn idk sure maybe guess ' +
    'think se sabe creo puede pueden podria podrian dar'
  ).split(' '),
);

/** Whether a word carries no detail of a room (a number, a date, a word questions or choices are made of). */
function plain(word: string): boolean {
  return PLAIN.has(word) || SAID_AROUND.has(word) || PHRASE_WORDS.has(word) || MONTHS_AND_DAYS.has(word) || ORDINAL.test(word) || numberOf(word) !== null;
}

/** Before "que", these make it a relative clause ("la que tiene vista": the one that has a view), not "¿qué tiene?". */
const RELATIVE_LEAD = new Set(['la', 'el', 'las', 'los', 'una', 'uno']);

/** Words that ask anywhere, but for "que" in "la que tiene …" (a choice described, not asked about). */
function asksAnywhere(words: readonly string[]): boolean {
  if (!saysAny(words, ASKING_ANYWHERE)) return false;
  if (!words.includes('que')) return true;
  return saysAny(words.map((w, i) => (w === 'que' && RELATIVE_LEAD.has(words[i - 1] ?? '') ? '' : w)), ASKING_ANYWHERE);
}

/** "¿Tiene una doble?", "¿tienes una sencilla?": asked for, as "tienen" is; not "¿la suite tiene jacuzzi?" (the type first). */
const HAVE_YOU = new Set(['tiene', 'tienes', 'tendra', 'tendria', 'tendras']);
const HAVE_YOU_FILLER = new Set(['una', 'un', 'alguna', 'algun', 'habitacion', 'cuarto', 'disponible', 'libre']);

function asksForType(words: readonly string[], typeStarts: readonly number[]): boolean {
  return typeStarts.some((start) => {
    let p = start;
    while (p > 0 && HAVE_YOU_FILLER.has(words[p - 1]!)) p--;
    return p > 0 && HAVE_YOU.has(words[p - 1]!);
  });
}

/** Whether the words ask rather than tell: a question mark, a word that asks, or a type followed by "tiene". */
function asks(text: string, words: readonly string[], typeEnds: readonly number[], typeStarts: readonly number[]): boolean {
  if (text.includes('?') || text.includes('¿')) return true;
  if (asksAnywhere(words)) return true;
  const first = words.find((w) => !LEAD_IN.has(w));
  if (first !== undefined && ASKING_FIRST.has(first)) return true;
  // ("No es la suite, es la king": a type said to be another, not asked about.)
  return typeEnds.some((end) => ABOUT_AFTER.has(words[end] ?? '') && !(words[end] === 'es' && typeStarts.some((start) => start > end && start - end <= 2)));
}

/**
 * The type a word of the hotel file names alone: "view" is only in the Ocean Suite's words ("ocean
 * view"), "camas" only in the Double Queen's ("dos camas"). Null when it is in none, or in several.
 */
/** One bed said is no type ("cama king" is the only file's words with "cama": "con cama matrimonial" is no king); "the beds" may be ("two beds"). */
const BED_WORDS = new Set(['bed', 'cama']);

function typeOfWord(word: string, roomTypes: readonly RoomTypeInfo[]): string | null {
  if (plain(word) || BED_WORDS.has(word)) return null;
  const codes = roomTypes
    .filter((t) => [t.name.en, t.name.es, ...t.synonyms.en, ...t.synonyms.es].some((p) => phraseTokens(p).includes(word)))
    .map((t) => t.code);
  return codes.length === 1 ? codes[0]! : null;
}

/** Words that turn a choice round ("anything but the suite", "no quiero la que tiene vista"). */
const NOT = new Set(['no', 'not', 'but', 'except', 'anything', 'without', 'don', 'dont', 'sin', 'menos', 'excepto', 'salvo', 'nada', 'ni']);

/**
 * The one type the file's words single out where no type is named whole ("the one with the view",
 * "la que tiene dos camas"); null when one is (the readers read those, "not the suite" included),
 * when a word turns the choice round, or when the words point at more than one type.
 */
export function roomTypeByFileWord(text: string, locale: Locale, roomTypes: readonly RoomTypeInfo[]): string | null {
  try {
    const words = tokenize(text);
    if (words.some((w) => NOT.has(w)) || roomTypeMatches(words, roomTypes, locale).length > 0) return null;
    return singledOut(words, roomTypes);
  } catch {
    return null;
  }
}

function singledOut(words: readonly string[], roomTypes: readonly RoomTypeInfo[]): string | null {
  const codes = new Set(words.map((w) => typeOfWord(w, roomTypes)).filter((c): c is string => c !== null));
  return codes.size === 1 ? [...codes][0]! : null;
}

function spanOf(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

/** The countries whose named days a caller may say (the hotel's is not known here: a day's name is no detail of a room anywhere). */
const DAY_NAME_COUNTRIES = ['US', 'MX'];

/** Where the words name a day or a long weekend ("for Christmas weekend", "el puente de Reyes"): when, not a detail of a room. */
function daysNamedIn(said: readonly string[]): number[] {
  // ("New Year's Eve" comes as "new year s eve": the days' names are kept as "new years eve".)
  const words: string[] = [];
  const from: number[] = [];
  said.forEach((w, i) => {
    if (w === 's' && words.length > 0) words[words.length - 1] += 's';
    else {
      words.push(w);
      from.push(i);
    }
  });
  from.push(said.length);
  const at: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = Math.max(
      longWeekendAt(words, i)?.end ?? i,
      ...DAY_NAME_COUNTRIES.map((country) => namedDayAt(words, i, country)?.end ?? i),
    );
    if (end > i) {
      at.push(...spanOf(from[i]!, from[end]!));
      i = end - 1;
    }
  }
  return at;
}

/** Said right after a type's name, these make it a choice: "the king please, how much in total?", "la doble porfa". */
const POLITE = new Set(['please', 'pls', 'plz', 'porfa', 'porfis', 'porfavor', 'xfa', 'por favor', 'x favor']);
/** What may come before a type chosen so ("ok the king please", "sí, la doble por favor"). */
const BEFORE_POLITE = new Set([...LEAD_IN, 'the', 'a', 'an', 'la', 'el', 'una', 'un', 'yes', 'yeah', 'si', 'okay', 'mmm', 'um']);

/**
 * A type named first and then "please": a choice, whatever question follows it ("the king please,
 * how much is that in total?"). Only when nothing but a lead-in comes before the type: "tell me
 * about the king please" still asks.
 */
function politeChoice(words: readonly string[], matches: readonly { start: number; end: number }[]): boolean {
  return matches.some(
    (m) => words.slice(0, m.start).every((w) => BEFORE_POLITE.has(w)) && (POLITE.has(words[m.end] ?? '') || POLITE.has(words.slice(m.end, m.end + 2).join(' '))),
  );
}

/** Whether the words choose a type rather than ask about one. */
export function choosesRoomType(text: string): boolean {
  return saysAny(tokenize(text), CHOOSING);
}

/**
 * A question about the hotel's room types, or null: a choice, a request that is no question, or
 * words that name no type (at a question where the types were not just listed, `generalToo` false).
 */
export function roomTypeAsked(
  text: string,
  locale: Locale,
  roomTypes: readonly RoomTypeInfo[],
  generalToo: boolean,
): RoomTypeQuestion | null {
  try {
    const words = tokenize(text);
    if (words.length === 0 || roomTypes.length === 0) return null;
    const matches = roomTypeMatches(words, roomTypes, locale);
    const askedFor = saysAny(words, ASKING_FOR) || asksForType(words, matches.map((m) => m.start));
    // ("Can you give me a price on the double?": its price asked, not the double chosen.)
    const choosing =
      (saysAny(words, CHOOSING) && !saysAny(words, PRICE_ASKED_FOR)) || (askedFor && !asksAnywhere(words)) || politeChoice(words, matches);
    if (!choosing && !asks(text, words, matches.map((m) => m.end), matches.map((m) => m.start))) return null;
    const covered = new Set([...matches.flatMap((m) => spanOf(m.start, m.end)), ...daysNamedIn(words)]);
    const named = roomTypesNamedIn(words, locale, roomTypes)
      .map((t) => t.code)
      .filter((c): c is string => c !== null);
    const confirmed = named.length >= 2 && new Set(named).size === 1;
    const rest = words.filter((_, i) => !covered.has(i));
    const codes = [...new Set(named)];
    const byPrice = roomTypeByPrice(words, roomTypes) ?? byComparedPrice(words, roomTypes);
    if (codes.length === 0) {
      const byWord = byPrice ?? singledOut(rest, roomTypes);
      if (byWord) codes.push(byWord);
    }
    // What is left once the types' words, the file's words and the words questions are made of are
    // taken away is something the file does not say; so is a comparison the rates do not settle.
    const unknown = rest.some((w) =>
      byPrice !== null && PRICE_WORDS.has(w) ? false : COMPARING.has(w) || (!plain(w) && typeOfWord(w, roomTypes) === null),
    );
    // A choice is the question's to read, unless it is of something the file does not say ("I'd like one with a balcony").
    // Of no type: only words about the rooms ("which one…", "do the rooms have…", "¿cuál…?"); "can you hang on?" is none.
    const general = codes.length === 0 && generalToo && saysAny(words, THE_ROOMS);
    if (choosing) return general && unknown ? { codes, unknown, confirmed: false } : null;
    // "What's the difference?": the file has the names and the rates, which the list says.
    if (codes.length === 0) return general && (unknown || saysAny(words, DIFFERENCE)) ? { codes, unknown: true, confirmed: false } : null;
    return { codes, unknown, confirmed: confirmed && !unknown };
  } catch {
    return null;
  }
}
