// The whole request, read from any utterance at any booking question: arrival and departure (or
// nights), rooms, room type (a count with a type sets both), name, payment, the language spoken,
// and the common questions asked along the way. Each question's own reader still reads its own
// keys and bare answers ("two" at the rooms question); this reads what is said with its meaning
// attached, wherever it is said. What cannot be used is said why (a date that does not exist, two
// room types in one booking) rather than dropped.

import type { CallContext, DateChoice, Notice, QuestionId, Slots } from '../call-context.ts';
import { daysBetween, plusDays } from '../hotel-time.ts';
import type { IsoDate, Locale } from '../types.ts';
import { asksAQuestion } from '../understanding/hotel-question.ts';
import { languageOfTokens } from '../understanding/language.ts';
import { fullerName, isNotAName, nameAndRest, nameAlone, nameAtNameQuestion, nameForAtEnd, nameListed, withSurname } from '../understanding/names.ts';
import { tokenize } from '../understanding/normalize.ts';
import { asksAboutACount } from '../understanding/count-asked.ts';
import { countWithUnitIn, isLengthWord, langOf } from '../understanding/numbers.ts';
import { cardSaidIn, paymentFromTokens } from '../understanding/payment.ts';
import { withoutLastDigits, withoutSpokenNumber } from '../understanding/phone.ts';
import { phraseSet, saysAny } from '../understanding/phrase-set.ts';
import { COST_WORDS, HOW_MUCH, PRICE_LISTS, PRICE_NOUNS } from '../understanding/price-words.ts';
import { priceOfDays, roomTypeByPrice, roomTypeByPriceRank, roomTypeByRate, withoutPriceRank } from '../understanding/price-order.ts';
import { relativeChangesIn } from '../understanding/relative-change.ts';
import type { RelativeChange } from '../understanding/relative-change.ts';
import { roomTypesNamedIn, saysOnlyRoomTypes } from '../understanding/room-types.ts';
import { soundAlikeCount } from '../understanding/sound-alike-counts.ts';
import { readDateKeys, readDates } from '../understanding/stay-dates.ts';
import type { StayDates } from '../understanding/stay-dates.ts';
import { nightsTimes, timesCount } from '../understanding/times-count.ts';
import { roomsEach } from '../understanding/rooms-each.ts';
import { topicsAskedIn } from '../understanding/topics.ts';

export interface WholeRequest {
  slots: Slots;
  /** Said before the next question: answers to questions asked, and why a detail was not taken. */
  notices: Notice[];
  /** A detail was said that cannot be taken (a past or impossible date, two room types, too many nights). */
  refused: boolean;
  /** More rooms than one reservation takes. */
  group: boolean;
  /** Read by inference ("la primera quincena de enero" as the 1st to the 15th): confirmed before it is used. */
  unsure?: boolean;
  /** Said two ways that disagree ("the 10th to the 12th, three nights"): taken from neither, asked. */
  contradicted?: 'nights';
}

/** The questions where a date said alone as a number ("24", "veinticuatro") is a day of the month. */
const ASKS_A_DATE: ReadonlySet<QuestionId> = new Set(['arrivalDate', 'dateChoice']);
/** The questions where the caller may choose the language by speaking it. */
const CHOOSES_LANGUAGE: ReadonlySet<QuestionId> = new Set(['greeting', 'mainMenu']);

/** Asking what it all costs ("how much is it?", "¿cuánto sale?"). */
const TOTAL = phraseSet(['total', ...PRICE_LISTS, ...PRICE_NOUNS, ...COST_WORDS, ...HOW_MUCH]);
/**
 * The questions asked once the rooms are held, so their type, count and nights are known and the
 * total can be said: a guest who asks it while giving a name or a way to pay is told, then asked again.
 */
const KNOWS_THE_TOTAL: ReadonlySet<QuestionId> = new Set(['name', 'payment', 'cardKind', 'callback']);
/** The questions where a request may close with whom it is for ("… for Ana Diaz"). */
const FOR_A_NAME: ReadonlySet<QuestionId> = new Set(['greeting', 'mainMenu', 'arrivalDate', 'dateChoice', 'roomType', 'rooms', 'nights', 'offer']);
/** The booking's questions before the name's, where a name said alone is kept for its turn. */
const AHEAD_OF_THE_NAME: ReadonlySet<QuestionId> = new Set(['arrivalDate', 'roomType', 'rooms', 'nights']);
/** The questions after the name's, where the whole name may be said again. */
const AFTER_THE_NAME: ReadonlySet<QuestionId> = new Set(['payment', 'cardKind', 'callback', 'readBack']);

/** Words that make "price" or "total" a question rather than a surname ("Vincent Price"). */
const ASKING = phraseSet([
  'how', 'what', 'whats', 'which', 'tell me', 'cuanto', 'cuanta', 'cual', 'que', 'digame', 'dime', 'a como',
  // Asked for as information: "me pueden informar precios…", "quisiera saber el precio", "just checking rates".
  'informar', 'informes', 'informacion', 'info', 'me pueden', 'me puede', 'saber', 'checking', 'wondering', 'want to know',
]);
/** Lead-ins before a price said first, which asks it: "precio de la suite para el 24", "rates for the king this weekend". */
const BEFORE_A_PRICE = new Set(['and', 'so', 'ok', 'okay', 'um', 'uh', 'hi', 'hello', 'y', 'oye', 'oiga', 'pues', 'bueno', 'hola', 'buenas', 'el', 'la', 'los', 'las', 'the', 'your', 'sus']);
/** The words of a price that ask it when the words open with them. */
const PRICE_FIRST = new Set([...PRICE_LISTS, ...PRICE_NOUNS, ...COST_WORDS].filter((p) => !p.includes(' ')));

/** The whole stay's price asked for, not a night's: "how much in total?", "¿cuánto sale todo junto?". */
const WHOLE_STAY = phraseSet([
  'total', 'in all', 'altogether', 'all together', 'all in', 'whole stay', 'entire stay', 'whole thing', 'todo junto',
  'toda la estancia', 'estancia completa', 'por todo', 'en todo',
]);

/** Whether the words ask what the stay costs (normalised words: normalize.ts's tokenize). */
export function asksTheTotal(words: readonly string[]): boolean {
  return saysAny(words, TOTAL);
}

/** asksTheTotal, said as a question: a question mark, or a word that asks. */
function asksTheTotalAsQuestion(text: string, words: readonly string[]): boolean {
  return asksTheTotal(words) && (text.includes('?') || saysAny(words, ASKING) || PRICE_FIRST.has(words.find((w) => !BEFORE_A_PRICE.has(w)) ?? ''));
}

/** What the whole request needs of the call: the hotel, its date, the language, the arrival known. */
export type RequestContext = Pick<CallContext, 'today' | 'locale' | 'hotel' | 'arrival'> & Partial<Pick<CallContext, 'rooms' | 'nights' | 'guestName' | 'roomType'>>;

/**
 * When something is open: "is the restaurant open tonight?", "¿a qué hora cierra el bar hoy?". (Not
 * "early check-in on the 3rd", "late checkout tomorrow": the day of arriving or leaving, as said.)
 */
const HOURS_OF_SOMETHING = phraseSet([
  'open', 'opens', 'opened', 'close', 'closes', 'closed', 'closing', 'abierto', 'abierta', 'abiertos', 'abre', 'abren',
  'cierra', 'cierran', 'cerrado', 'cerrada',
]);
/**
 * Words of a stay: with them, a day said is the stay's even where something's hours are asked ("is
 * there anything open on Christmas?" asks for a room; not "night": "hoy en la noche").
 */
const STAY_WORDS = phraseSet([
  'room', 'rooms', 'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'suite', 'nights', 'noches', 'book',
  'booking', 'reserve', 'reservation', 'reservar', 'reservacion', 'reserva', 'stay', 'staying', 'quedarnos', 'quedarme',
  'hospedarnos', 'hospedarme', 'available', 'availability', 'vacancy', 'disponible', 'disponibilidad', 'lugar',
  'anything', 'something', 'algo',
]);
/**
 * Words of a booking, with no "anything" (with an event asked about, "anything special" is no room)
 * nor "night" ("¿hay cena la noche de Navidad?").
 */
const BOOKING_WORDS = phraseSet([
  'room', 'rooms', 'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'suite', 'nights', 'noches', 'book',
  'booking', 'reserve', 'reservation', 'reservar', 'reservacion', 'reserva', 'stay', 'staying', 'quedarnos', 'quedarme',
  'hospedarnos', 'hospedarme', 'available', 'availability', 'vacancy', 'disponible', 'disponibilidad', 'lugar', 'cupo',
]);
/** What happens on a day, asked about: "do you do anything special for New Year's Eve?", "¿hay cena en Navidad?". */
const EVENT_WORDS = phraseSet([
  'special', 'event', 'events', 'party', 'parties', 'fireworks', 'dinner', 'brunch', 'celebration', 'program', 'activities',
  'show', 'especial', 'evento', 'eventos', 'fiesta', 'cena', 'programa', 'actividades', 'brindis', 'pirotecnia',
]);
/**
 * A day said in a question about the hotel, not a request for it: its hours ("are you open on
 * Christmas?", "¿están abiertos en Navidad?") with no room or stay said, or what goes on that day
 * ("do you do anything special for New Year's Eve?") asked with no booking word.
 */
function dayAskedAbout(text: string, words: readonly string[]): boolean {
  if (saysAny(words, HOURS_OF_SOMETHING) && !saysAny(words, STAY_WORDS)) return true;
  return saysAny(words, EVENT_WORDS) && !saysAny(words, BOOKING_WORDS) && asksAQuestion(text, words);
}

/** A stay that was, told by its guest: "we checked out on Sunday", "I left my glasses", "olvidé mi cargador". */
const STAY_THAT_WAS = phraseSet([
  'checked out', 'checked in', 'stayed', 'we left', 'i left', 'left my', 'left our', 'left something', 'forgot my', 'forgot our',
  'forgot something', 'me hospede', 'nos hospedamos', 'estuve', 'estuvimos', 'olvide', 'olvidamos', 'se me olvido',
  'se nos olvido', 'deje mi', 'deje un', 'deje una', 'deje en', 'dejamos',
]);
/** A stay asked for again by a guest who stayed: "I left my keys, and I'd like to book again for the 12th". */
const NEW_STAY = phraseSet([
  'book', 'booking', 'reserve', 'reservation', 'reservar', 'reservacion', 'reserva', 'again', 'another', 'come back',
  'otra vez', 'de nuevo', 'volver', 'regresar', 'otra', 'otro', 'available', 'availability', 'disponible', 'disponibilidad',
  'a room', 'rooms', 'una habitacion', 'un cuarto', 'habitaciones', 'cuartos', 'like', 'want', 'wanna', 'quiero', 'queremos',
  'quisiera', 'quisieramos', 'ocupo', 'ocupamos',
]);
/** Words that make a price said ("the cheapest", "la más barata") a room type's, at any question. */
const ROOM_WORDS = phraseSet(['room', 'rooms', 'habitacion', 'habitaciones', 'cuarto', 'cuartos']);
/** A room, said after "un"/"una" (at the list of types, one room). */
const ONE_ROOM = new Set(['habitacion', 'cuarto', 'hab']);
/** One room more than the booking has: "another room", "una habitación más". */
const ANOTHER_ROOM = phraseSet([
  'another room', 'one more room', 'an extra room', 'add a room', 'extra room', 'otra habitacion', 'otro cuarto',
  'una habitacion mas', 'un cuarto mas', 'agregar una habitacion', 'agregar un cuarto',
]);

export function readWholeRequest(text: string, ctx: RequestContext, question: QuestionId): WholeRequest {
  const out: WholeRequest = { slots: {}, notices: [], refused: false, group: false };
  // A name's words are the name's only: "I'm Domingo García" names no Sunday, "Martin King" at the
  // name question no king room, "Johnny Cash" no way to pay. At the name question, the name is
  // what is said first; elsewhere, a name introduced ("my name is", "a nombre de").
  // ("Under ocean view", "the reservation is for deluxe king": the hotel's room types, not a guest so named.)
  const introducedSaid = nameAndRest(text);
  const introduced = introducedSaid.name && saysOnlyRoomTypes(tokenize(introducedSaid.name), ctx.locale, ctx.hotel.roomTypes) ? { name: null, rest: text } : introducedSaid;
  // Every word said, for what is read from the whole of it (the total asked, the language, questions).
  const all = tokenize(text);
  // "¿Cuánto sale?" at the name question is a question, not a guest called Cuánto Sale.
  const asksTotal = KNOWS_THE_TOTAL.has(question) && asksTheTotalAsQuestion(text, all);
  // Words that are no name at the name question are read for what they are: "debit card", "Visa",
  // and "Deluxe King" (a room type said again or changed, not a guest so named; one word alone,
  // "King", may be a surname: nothing is taken from it, the name is asked again).
  const noName = question === 'name' && (isNotAName(text) || (all.length > 1 && saysOnlyRoomTypes(all, ctx.locale, ctx.hotel.roomTypes)));
  const named = question === 'name' && !asksTotal && !noName ? nameAtNameQuestion(text) : null;
  // "Two deluxe rooms from the 4th to the 7th for Ana Diaz": a name after a bare "for", closing the
  // request (kept only with the request it closes, below).
  const forWhom = !introduced.name && FOR_A_NAME.has(question) ? nameForAtEnd(text) ?? nameListed(text) : null;
  const trailing = forWhom && roomTypesNamedIn(tokenize(forWhom.name), ctx.locale, ctx.hotel.roomTypes).length === 0 ? forWhom : null;
  const others = named?.first ? named.rest : trailing ? trailing.rest : introduced.rest;
  // (At the callback question, digits after "ending in" are the phone's: "the number ending in 23" is no 23rd.)
  // ("The second cheapest", "la segunda más barata": a place in the price order, no 2nd of the month.)
  const { dates, rest, vague } = readDates(question === 'callback' ? withoutLastDigits(others) : withoutPriceRank(others), {
    today: ctx.today,
    locale: ctx.locale,
    country: ctx.hotel.country,
    bareDay: ASKS_A_DATE.has(question),
    arrival: ctx.arrival,
    lengthAsked: question === 'nights',
  });
  // ("Is the pool open tonight?": the day is the pool's, not an arrival; with a room or a stay said
  // too, it is the stay's. "We checked out on Sunday and I forgot my charger": a guest's stay, its
  // days not one to book, unless a new one is asked for.)
  const dayOfSomethingElse = dates.kind !== 'none'
    && ((CHOOSES_LANGUAGE.has(question) && saysAny(all, STAY_THAT_WAS) && !saysAny(all, NEW_STAY))
      || ((CHOOSES_LANGUAGE.has(question) || ASKS_A_DATE.has(question)) && dayAskedAbout(text, all)));
  const datedNights = dayOfSomethingElse ? null : takeDates(lone(dates, rest, ctx, question), ctx, out);
  // The words left after the dates, normalised once for every reader below; a change counted from
  // what is booked ("one more night", "push it back a day") is read first, and its words are its own.
  // (At the callback question a number said is the phone's: "nine one seven double five…" counts no Double Queens.)
  const said = question === 'callback' ? withoutSpokenNumber(withoutSpokenNumber(tokenize(rest), 'en'), 'es') : tokenize(rest);
  const changes = relativeChangesIn(said);
  const words = changes.length ? said.filter((_, k) => !changes.some((c) => k >= c.start && k < c.end)) : said;
  if (dates.kind === 'none') for (const change of changes) takeChange(change, ctx, out);

  // ("One night on the 3rd and another on the 5th": a night each, not the stay's nights.)
  const apart = dates.kind === 'none' && dates.apart === true;
  // (Nights the dates imply are checked against nights said with them, when a length is said: "the
  // 10th to the 12th, three nights".)
  const checked = out.slots.nights === undefined || (datedNights !== null && words.some(isLengthWord));
  // ("Do we need two rooms for five?", "can four fit in one room?": a count asked about, not given.)
  const countAsked = asksAboutACount(words);
  // ("Noches x2", "x2" at the nights question: a multiple of nights.)
  const nights = checked && !apart && !countAsked ? countWithUnitIn(words, ctx.locale, 'nights') ?? nightsTimes(words, langOf(ctx.locale), question === 'nights') : null;
  if (nights !== null && datedNights !== null && nights !== datedNights) {
    // "From the 24th to the 27th for four nights": neither is taken; the nights are asked.
    delete out.slots.nights;
    out.contradicted = 'nights';
    // Said why, with the nights question next: "From the 4th to the 7th is 3 nights, not 2."
    const from = out.slots.arrival ?? ctx.arrival;
    if (from) out.notices.push({ id: 'nightsDisagree', params: { arrival: from, leaving: plusDays(from, datedNights), said: nights } });
  } else if (nights !== null) {
    if (nights > ctx.hotel.maxNights) refuse(out, { id: 'tooManyNights', params: { max: ctx.hotel.maxNights, nights } });
    else out.slots.nights = nights;
    // "Una quincena" is fifteen days: fourteen nights, or fifteen? Read as two weeks, and confirmed.
    if (words.includes('quincena') || words.includes('quincenas')) out.unsure = true;
  }

  if (out.slots.nights === undefined && datedNights === null && !apart) {
    // "For nights" (four?): confirmed with the caller before it is used.
    const alike = soundAlikeCount(words, 'nights');
    if (alike !== null) [out.slots.nights, out.unsure] = [alike, true];
  }

  if (out.slots.nights !== undefined && out.slots.nights > ctx.hotel.maxNights) {
    refuse(out, { id: 'tooManyNights', params: { max: ctx.hotel.maxNights, nights: out.slots.nights } });
    delete out.slots.nights;
  }

  // (At the list of types, Spanish "una habitación", "un cuarto nada más" is one room, as "one room" is:
  // "un"/"una" is the number there, the type still asked; elsewhere it is how people ask.)
  const oneSaid = question === 'roomType' && ctx.locale === 'es-MX' && words.some((w, k) => (w === 'un' || w === 'una') && ONE_ROOM.has(words[k + 1] ?? ''));
  let rooms = out.slots.rooms ?? (countAsked ? null : countWithUnitIn(words, ctx.locale, 'rooms', oneSaid));
  const types = roomTypesNamedIn(words, ctx.locale, ctx.hotel.roomTypes);
  const codes = [...new Set(types.map((t) => t.code).filter((c): c is string => c !== null))];
  if (codes.length > 1) {
    // "One king and one double": each count is for its own type, so none is the rooms wanted.
    refuse(out, { id: 'oneRoomType', params: { types: codes.join(',') } });
    rooms = null;
  } else if (codes.length === 1 && types.every((t) => t.code !== null)) {
    out.slots.roomType = codes[0]!;
    // ("King x2", "the deluxe, two of them": how many of the type named.)
    if (!countAsked) rooms ??= types.find((t) => t.count !== null && !t.byArticle)?.count ?? timesCount(words, langOf(ctx.locale));
  }
  // "The cheapest room", "la más barata" at the list of types: the type the rates say. (Not of two
  // days offered: "un cuarto para el 5 o el 6, el que salga más barato" is whichever day is cheaper.)
  if (codes.length === 0 && dates.kind !== 'choice' && (question === 'roomType' || saysAny(words, ROOM_WORDS))) {
    // ("The one for 180", "la de 130": the type at that rate, at the list of types only.)
    const byPrice = roomTypeByPrice(words, ctx.hotel.roomTypes) ?? (question === 'roomType' ? roomTypeByRate(words, ctx.hotel.roomTypes) : null);
    if (byPrice) out.slots.roomType = byPrice;
  }
  // "The second cheapest": the next rate up, not the cheapest its words name; unsettled, the type is asked.
  const byRank = codes.length <= 1 ? roomTypeByPriceRank(others, ctx.hotel.roomTypes) : undefined;
  if (byRank !== undefined) {
    if (byRank === null) delete out.slots.roomType;
    else out.slots.roomType = byRank;
  }
  // "Whenever is cheapest", "cuando salga más barato": the days' price, asked; no room type chosen.
  if (codes.length <= 1 && priceOfDays(all)) delete out.slots.roomType;
  // "A room", "una suite" is one room when it describes a stay ("a room for Friday", "a king from
  // the 3rd to the 5th"); alone ("I'd like to book a room", "a single please", "quiero reservar una
  // habitación") it is how people ask, whatever the party, so the number of rooms is still asked.
  // (Days said that name no day describe a stay too: "a room over Easter", "a room the weekend after New Year's".)
  const { roomType: _type, ...described } = out.slots;
  if (rooms === null && codes.length <= 1 && (saysSomething(described) || (vague === true && !dayOfSomethingElse))) {
    // "The deluxe king for the 19th" is one room said at the greeting; at a list of types, "la doble"
    // only picks one.
    const byArticle = types.find((t) => t.byArticle && (!t.definite || CHOOSES_LANGUAGE.has(question)));
    rooms = countAsked ? null : countWithUnitIn(words, ctx.locale, 'rooms') ?? (out.slots.roomType ? (byArticle?.count ?? null) : null);
  }
  if (rooms === null && ctx.rooms && saysAny(words, ANOTHER_ROOM)) rooms = ctx.rooms + 1;
  // ("Cada quien su cuarto, somos tres": a room for each one counted.)
  if (rooms === null && !countAsked) rooms = roomsEach(words, langOf(ctx.locale));
  if (rooms === null && codes.length <= 1) {
    // "To rooms" (two?): confirmed with the caller before it is used.
    rooms = soundAlikeCount(words, 'rooms');
    if (rooms !== null) out.unsure = true;
  }
  if (rooms !== null) {
    out.slots.rooms = rooms;
    out.group = rooms > ctx.hotel.maxRoomsPerBooking;
  }

  const payment = paymentFromTokens(words);
  if (payment) out.slots.payment = payment;
  else if (cardSaidIn(words)) out.slots.card = true;

  // "Name: Chen, Wei" at the name question: the label introduced "Chen"; read as the answer, the
  // whole name, turned round (so confirmed), holds it and more.
  const whole = named?.first && introduced.name && !introduced.surname ? fullerName(introduced.name, named.first) : null;
  if (whole) {
    out.slots.name = whole;
    if (named?.turned) out.unsure = true;
  } else if (introduced.name && !introduced.surname) out.slots.name = introduced.name;
  // "My last name is Johnson, not Jones": the surname of the name given, the first name kept. (With
  // no name given yet, "Juan, de apellido Ramírez" is the name question's to read whole.)
  else if (introduced.name && ctx.guestName) out.slots.name = withSurname(ctx.guestName, introduced.name);
  // "Ana Sofía Márquez" at the next question, after "Ana" was taken: the whole name, said again.
  else if (!introduced.name && ctx.guestName && AFTER_THE_NAME.has(question) && !saysSomething(out.slots)) {
    const fuller = fullerName(ctx.guestName, text);
    if (fuller) out.slots.name = fuller;
  }

  if (trailing && !out.slots.name && saysSomething(out.slots)) {
    out.slots.name = trailing.name;
    // (From a transcript in lower case, where no capital said it was a name: said back to be confirmed.)
    if (!trailing.cased) out.unsure = true;
  }

  // "Dana Whitfield" and nothing else at the rooms or nights question: the name, ahead of its turn, kept
  // (the read-back says it) and the question asked again. Not at the greeting or the menu.
  if (!out.slots.name && !ctx.guestName && AHEAD_OF_THE_NAME.has(question) && !saysSomething(out.slots)) {
    const name = nameAlone(text);
    // (Nor "Double Queen", "King Bed": the hotel's words, as for a name closing a request.)
    if (name && roomTypesNamedIn(tokenize(name), ctx.locale, ctx.hotel.roomTypes).length === 0) out.slots.name = name;
  }

  if (CHOOSES_LANGUAGE.has(question)) {
    const lang = languageOfTokens(all);
    const locale: Locale | null = lang === 'es' ? 'es-MX' : lang === 'en' ? 'en-US' : null;
    if (locale && locale !== ctx.locale) out.slots.locale = locale;
  }

  if (asksTotal) out.notices.push({ id: 'total' });
  // "¿Cuánto cuesta la noche en la doble?", "how much is the king?" before the stay is held: its rate.
  else if (!KNOWS_THE_TOTAL.has(question) && codes.length <= 1 && asksTheTotalAsQuestion(text, all)) {
    // ("How much is it?" with the type chosen already: that type's.)
    const type = codes[0] ?? ctx.roomType;
    // ("…in total?": the stay's total too, said when its nights are known.)
    if (type) out.notices.push({ id: 'rate', params: saysAny(all, WHOLE_STAY) ? { type, total: 1 } : { type } });
  }
  for (const topic of topicsAskedIn(all, ctx.hotel.answers)) out.notices.push({ id: 'answer', params: { topic } });
  return out;
}

/**
 * A change counted from what the call already has: nights and rooms from theirs, the stay or its
 * arrival from the arrival. Nothing when that is not known yet, or when the result cannot be (no
 * nights left, no rooms); a day already past is said. An arrival moved alone keeps the day of
 * leaving ("arrive a day earlier": a night more), which is inferred: confirmed with the caller.
 */
function takeChange(change: RelativeChange, ctx: RequestContext, out: WholeRequest): void {
  switch (change.kind) {
    case 'nights':
      if (ctx.nights && ctx.nights + change.by >= 1) out.slots.nights = ctx.nights + change.by;
      return;
    case 'rooms':
      if (ctx.rooms && ctx.rooms + change.by >= 1) out.slots.rooms = ctx.rooms + change.by;
      return;
    case 'stay':
    case 'arrival': {
      if (!ctx.arrival) return;
      const arrival = plusDays(ctx.arrival, change.by);
      const nights = change.kind === 'arrival' ? (ctx.nights ?? 0) - change.by : null;
      if (nights !== null && nights < 1) return;
      if (arrival < ctx.today) return refuse(out, { id: 'dateInPast', params: { date: arrival } });
      if (!withinHorizon(ctx, arrival)) return refuse(out, { id: 'dateBeyondHorizon', params: { date: arrival, days: ctx.hotel.bookingHorizonDays } });
      out.slots.arrival = arrival;
      if (nights !== null) {
        out.slots.nights = nights;
        out.unsure = true;
      }
      return;
    }
    case 'unclear': {
      // "Move it a day": a day later or a day earlier, the nights kept; the caller chooses.
      if (!ctx.arrival || change.by === 0) return;
      const nights = ctx.nights ?? null;
      const options = [-change.by, change.by]
        .map((by) => plusDays(ctx.arrival!, by))
        .filter((a) => a >= ctx.today)
        .map((arrival) => ({ arrival, departure: nights ? plusDays(arrival, nights) : null }));
      if (options.length === 0) return;
      takeDates({ kind: 'choice', reason: 'ambiguous', options }, ctx, out);
      // (A day earlier already past: the later one, said back to be confirmed.)
      if (options.length === 1) out.unsure = true;
      return;
    }
  }
}

function refuse(out: WholeRequest, notice: Notice): void {
  out.notices.push(notice);
  out.refused = true;
}

function withinHorizon(ctx: RequestContext, date: IsoDate): boolean {
  return daysBetween(ctx.today, date) <= ctx.hotel.bookingHorizonDays;
}

/** Puts the dates heard into the slots (or says why not); returns the nights they imply, if any. */
/** Words that may stand with a day said alone: "the 12th", "el doce". */
const AROUND_A_DAY = new Set(['the', 'el', 'del', 'on']);

/**
 * A day said alone at a question about something else, after the arrival ("the 12th", "el doce"
 * at the rooms question, the 8th held): the arrival moved, or the day of leaving? Neither is taken;
 * the question is asked again ("Friday" too: this Friday, before the 8th, or the one after it to
 * leave?). A word with it says which ("actually the 12th", "until the 12th", "mejor el doce").
 */
function lone(dates: StayDates, rest: string, ctx: RequestContext, question: QuestionId): StayDates {
  // (An offer of other rooms invites other dates too: there the day is the arrival proposed.)
  if (ASKS_A_DATE.has(question) || question === 'offer' || !ctx.arrival || dates.kind !== 'stay' || !dates.arrival || dates.departure) return dates;
  if (!tokenize(rest).every((w) => AROUND_A_DAY.has(w))) return dates;
  return { kind: 'none' };
}

function takeDates(dates: StayDates, ctx: RequestContext, out: WholeRequest): number | null {
  switch (dates.kind) {
    case 'none':
      // ("El puente de noviembre, del viernes al lunes": three nights, which days asked.)
      if (dates.nights === undefined) return null;
      out.slots.nights = dates.nights;
      return dates.nights;
    case 'past':
      refuse(out, { id: 'dateInPast', params: { date: dates.date } });
      return null;
    case 'noSuchDate':
      refuse(out, { id: 'noSuchDate', params: { month: dates.month, day: dates.day ?? 0, year: dates.year ?? 0 } });
      // ("Feb 28 to Feb 29": the 28th kept, how long asked once the 29th is named.)
      if (dates.arrival && withinHorizon(ctx, dates.arrival)) out.slots.arrival = dates.arrival;
      return null;
    case 'choice': {
      const ahead = dates.options.filter((o) => withinHorizon(ctx, o.arrival));
      if (ahead.length === 0) {
        refuse(out, { id: 'dateBeyondHorizon', params: { date: dates.options[0]!.arrival, days: ctx.hotel.bookingHorizonDays } });
        return null;
      }
      // A reading that makes a stay longer than the hotel takes is not one to offer ("3/4 to 3/6" as
      // the 3rd of April to the 3rd of June), unless every reading does.
      const fits = ahead.filter((o) => o.departure === null || daysBetween(o.arrival, o.departure) <= ctx.hotel.maxNights);
      const options = fits.length ? fits : ahead;
      const nights = options.map((o) => (o.departure ? daysBetween(o.arrival, o.departure) : null));
      const same = nights.every((n) => n === nights[0]);
      const choice: DateChoice = {
        reason: dates.reason,
        options: options.map((o) => ({ arrival: o.arrival, departure: same ? null : o.departure })),
        ...(dates.passed ? { passed: dates.passed } : {}),
      };
      if (same && nights[0] !== null) out.slots.nights = nights[0]!;
      if (options.length === 1 && dates.reason === 'ambiguous') {
        out.slots.arrival = options[0]!.arrival;
        return nights[0] ?? null;
      }
      out.slots.dateChoice = choice;
      return same ? (nights[0] ?? null) : null;
    }
    case 'stay': {
      const { arrival, departure } = dates;
      if (arrival) {
        if (!withinHorizon(ctx, arrival)) {
          refuse(out, { id: 'dateBeyondHorizon', params: { date: arrival, days: ctx.hotel.bookingHorizonDays } });
          return null;
        }
        out.slots.arrival = arrival;
        if (dates.unsure) out.unsure = true;
        if (!departure) return null;
        out.slots.nights = daysBetween(arrival, departure);
        return out.slots.nights;
      }
      if (!departure) return null;
      // A departure alone: nights from the arrival already known, else kept until it is. (Not after
      // the arrival known, "until tomorrow" said of a stay from the 8th: asked, not kept.)
      if (ctx.arrival && departure > ctx.arrival) {
        out.slots.nights = daysBetween(ctx.arrival, departure);
        return out.slots.nights;
      }
      // ("I left my glasses in the room when I checked out yesterday": a stay that ended, not one to
      // book; the earliest a stay booked now can end is tomorrow.)
      if (!ctx.arrival && departure > ctx.today) out.slots.departure = departure;
      return null;
    }
  }
}

/** Whether the slots say anything for the booking (a language alone does not). */
export function saysSomething(slots: Slots): boolean {
  return Object.keys(slots).some((k) => k !== 'locale');
}

/** Whether the words carry anything a question can act on: a detail, a question asked, a refusal. */
export function carriesRequest(whole: WholeRequest): boolean {
  return saysSomething(whole.slots) || whole.notices.length > 0 || whole.refused || whole.group;
}

/** A date keyed as MMDD, read the same way as one said. */
export function readKeyedDate(digits: string, ctx: CallContext): WholeRequest {
  const out: WholeRequest = { slots: {}, notices: [], refused: false, group: false };
  takeDates(readDateKeys(digits, ctx.today), ctx, out);
  return out;
}
