// Held-out round 29 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, digits
// or words, "uh", "este", false starts) and as they text (abbreviations, caps, emoji).
// New ground: arrivals after midnight ("we get in around 2am saturday", "llegamos en la madrugada
// del sábado": whose night is it? the night before and the day are offered, never one guessed, as
// "around 2am on the 10th" is in round 19; "after midnight on friday" said without an hour of the
// night before: asked); weekends said on a weekend ("this weekend" on a Friday is that Friday for
// two nights, on a Saturday that night, on a Sunday the coming one, as rounds 1 and 20 set; "next
// weekend" on a Friday or a Saturday; "this coming weekend"); "el otro lunes" (this one or the one
// after: asked), "no este lunes, el otro", "mañana no, pasado", British "a week friday", "thursday
// week" ("a week tuesday" said on a Tuesday: asked); uncertain counts ("two or three nights", "dos
// tres noches", "couple three", "unos cuantos días": asked, never the first number); bookings for
// someone else ("it's for my mother, Rosa Ortiz": the guest who stays is the name; "a nombre de mi
// jefe el ingeniero Salas": Salas, the title dropped; "put it under the company, acme": the
// project keeps a company's name as the booking's name, as round 11 set with "Acme Logistics",
// and so does this round); people with children and ages ("two adults and a baby", "dos adultos y
// dos niños de 5 y 8": people, not rooms, and the ages no day or night); payment by a brand
// ("visa" alone is a credit card, as round 17 set — the brief suggested asking, but the project's
// rule (understanding/payment.ts) stands; "visa debit", "tdd", "tarjeta de nómina": debit; "tdc",
// "amex": credit; "a cuenta de la empresa", "con factura", "direct bill": no method, asked; "card",
// "company card": credit or debit asked); callback numbers on WhatsApp, with "+1", "001", "045",
// and "the same one", "este mismo"; Mexican read-back answers ("ándale", "sale", "va", "simón",
// "así es": yes; "nel": no; "no manches" alone: neither, the read-back again); the menu ("tengo
// una reservación y quiero cambiarla", "I need to cancel": the reservation looked up; "quiero
// saber si tienen lugar": the booking starts).
// First run, as written, before its session's fixes: 203 cases, 92.2% of 232 units understood, 12
// asked again, 12 silently wrong ("nxt wknd" as this weekend, on a Saturday that night alone; "2
// adults + 1 baby", "2 adultos y 1 bebé" as one room; "mañana no pasado", "mñn no, pasado" as
// tomorrow; "we come after 2 weeks" at the date question as fourteen nights; "póngalo a nombre de la
// empresa acme" as "Póngalo A Nombre de la Empresa Acme"; "room sat, arriving ~2am" as one room).
// Five expectations corrected to rules the project had set: "room sat" is one room (a room with a
// day, round 27); "nxt wknd, king" leaves the rooms asked (a type named bare, round 28); "this coming
// weekend" said on a Friday offers this one and the next (stay-dates.ts); "mañana no pasado" offers
// both days (a bare Spanish "no" between two days, round 19); "a week tuesday" said on a Tuesday is
// a week from today (stay-dates.test.ts): 93.1% of 233 units, 13 asked again, 10 silently wrong.
// Three cases added after the readers were read (marked), each taken wrong before ("friday at
// eleven thirty" as 11/30 with 26 nights; "12:30 at night on the 18th" as the 18th, the night
// before never offered). After the fixes: 206 cases, 99.6% of 237 units, 1 asked again ("MC" texted
// at the payment question: not read as Mastercard, "mc" may open a name), none silently wrong.
// Calendar in ./days.ts. At the later questions the call has (keyed) the arrival a week ahead
// (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the
// number calling.
import type { CorpusFile } from '../corpus-case.ts';
import { FRI, SAT, SUN, TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';
/** The default number calling (New York). */
const NY = '+12125550123';
/** Friday night or Saturday in the small hours: Friday 4 or Saturday 5 December. */
const FRI_OR_SAT = ['2026-12-04', '2026-12-05'];
/** The night of the 9th or the 10th. */
const NINTH_OR_TENTH = ['2026-12-09', '2026-12-10'];
/** "Next weekend" said on a Tuesday: this Friday or the one after. */
const NEXT_WEEKEND = ['2026-12-04', '2026-12-11'];

export const heldOut29EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // After midnight.
    { at: 'arrivalDate', today: TUE, say: 'we get in around 2am saturday', raise: { choose: FRI_OR_SAT } },
    { at: 'arrivalDate', today: TUE, say: 'uh probably like 3 in the morning on saturday', raise: { choose: FRI_OR_SAT } },
    { at: 'arrivalDate', today: TUE, say: 'our flight lands at 1 am on the 10th', raise: { choose: NINTH_OR_TENTH } },
    { at: 'arrivalDate', today: TUE, say: 'after midnight on friday' },
    { at: 'greeting', today: TUE, say: 'hi we need a room we get in around 2am saturday two nights', want: { rooms: 1, nights: 2 }, raise: { choose: FRI_OR_SAT } },
    { at: 'arrivalDate', today: TUE, say: 'late friday night like eleven thirty', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'friday but not till like midnight', want: { arrival: '2026-12-04' } },
    // (Added after the readers were read: "eleven thirty" was 11/30, a past day, with 26 nights to it.)
    { at: 'arrivalDate', today: TUE, say: 'friday at eleven thirty', want: { arrival: '2026-12-04' } },
    { at: 'greeting', today: TUE, say: 'one room friday at like eleven thirty at night', want: { rooms: 1, arrival: '2026-12-04' } },
    // (Added after the readers were read: "12:30 at night on the 18th" was the 18th, the night before never offered.)
    { at: 'arrivalDate', today: TUE, say: 'we land at 12:30 at night on the 18th', raise: { choose: ['2026-12-17', '2026-12-18'] } },
    // Weekends said on a weekend.
    { at: 'arrivalDate', today: FRI, say: 'this weekend', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: FRI, say: 'next weekend', want: { arrival: '2026-12-11', nights: 2 } },
    // (Written at first as the 4th: said on a Friday, "this coming weekend" may be the one begun or the next, both offered (stay-dates.ts).)
    { at: 'arrivalDate', today: FRI, say: 'um this coming weekend', want: { nights: 2 }, raise: { choose: ['2026-12-04', '2026-12-11'] } },
    { at: 'arrivalDate', today: SAT, say: 'this weekend', want: { arrival: '2026-11-28', nights: 1 } },
    { at: 'arrivalDate', today: SAT, say: 'next weekend', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: SUN, say: 'this weekend', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'this coming weekend', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'next weekend', want: { nights: 2 }, raise: { choose: NEXT_WEEKEND } },
    { at: 'greeting', today: FRI, say: 'do you have a king this weekend', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: SAT, say: 'two rooms for next weekend', want: { rooms: 2, arrival: '2026-12-04', nights: 2 } },
    // Days named the British way, and changes of mind.
    { at: 'arrivalDate', today: TUE, say: 'a week friday', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'thursday week', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'a week on thursday', want: { arrival: '2026-12-10' } },
    // (Written at first as asked: said on a Tuesday, "a week Tuesday" is a week from today, as stay-dates.test.ts set.)
    { at: 'arrivalDate', today: TUE, say: 'a week tuesday', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'not tomorrow the day after', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'tomorrow no wait the day after tomorrow', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'we come after 2 weeks' },
    { at: 'arrivalDate', today: TUE, say: 'november 30th', raise: 'past' },
    // Uncertain counts.
    { at: 'nights', today: TUE, say: 'two or three nights' },
    { at: 'nights', today: TUE, say: 'couple three nights' },
    { at: 'nights', today: TUE, say: 'uh three maybe four' },
    { at: 'nights', today: TUE, say: 'a couple of nights', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'we leave after 2 weeks', want: { nights: 14 } },
    { at: 'greeting', today: TUE, say: 'a room from friday for two or three nights', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'rooms', today: TUE, say: 'two or three rooms' },
    { at: 'rooms', today: TUE, say: 'couple three' },
    // People and children.
    { at: 'rooms', today: TUE, say: 'two adults and a baby' },
    { at: 'rooms', today: TUE, say: 'one room two adults and a baby', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: 'its me my wife and our two kids 5 and 8' },
    { at: 'rooms', today: TUE, say: 'two rooms four adults', want: { rooms: 2 } },
    { at: 'greeting', today: TUE, say: 'a room for two adults and two kids on the 18th for two nights', want: { rooms: 1, arrival: '2026-12-18', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'we are two adults and a baby coming the 18th', want: { arrival: '2026-12-18' } },
    { at: 'nights', today: TUE, say: 'my kids are 5 and 8' },
    // Names of someone else.
    { at: 'name', today: TUE, say: "it's for my mother rosa ortiz", want: { name: 'Rosa Ortiz' } },
    { at: 'name', today: TUE, say: 'the reservation is for my boss daniel park', want: { name: 'Daniel Park' } },
    { at: 'name', today: TUE, say: 'put it under the company acme', want: { name: 'Acme' } },
    { at: 'name', today: TUE, say: 'under my wife uh laura mendez', want: { name: 'Laura Mendez' } },
    { at: 'greeting', today: TUE, say: 'id like to book a room for my mother rosa ortiz on the 18th', want: { rooms: 1, arrival: '2026-12-18', name: 'Rosa Ortiz' } },
    // Room types.
    { at: 'roomType', today: TUE, say: 'the one with the king bed', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'a suite if you have one', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'the middle one' },
    // Payment.
    { at: 'payment', today: TUE, say: 'visa', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'with my visa', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'visa debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'amex', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'card', raise: 'cardKind' },
    { at: 'payment', today: TUE, say: 'uh my card', raise: 'cardKind' },
    { at: 'payment', today: TUE, say: 'the company card', raise: 'cardKind' },
    { at: 'payment', today: TUE, say: 'direct bill to my company' },
    { at: 'payment', today: TUE, say: 'cash or card whatever' },
    // Callback numbers.
    { at: 'callback', today: TUE, say: 'my whatsapp is 646 555 0199', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'plus one six four six five five five zero one nine nine', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'the same one', want: { callback: NY } },
    { at: 'callback', today: TUE, say: 'same one im calling from it has whatsapp', want: { callback: NY } },
    { at: 'callback', today: TUE, say: 'whatsapp me at this number', want: { callback: NY } },
    // The read-back.
    { at: 'readBack', today: TUE, say: 'yep thats it', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'nope', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'yes but the name is wrong', raise: { change: 'name' } },
    // The menu.
    { at: 'greeting', today: TUE, say: 'i need to cancel', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'i have a reservation and i need to change it', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'i wanted to see if you have any rooms available', raise: 'book' },
    { at: 'greeting', today: TUE, say: 'do you have anything for the 18th', want: { arrival: '2026-12-18' } },
  ],
};

export const heldOut29EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    // (Written at first without the room: a room said with a day is one room, as round 27 set.)
    { at: 'first', today: TUE, say: 'room sat, arriving ~2am', want: { rooms: 1 }, raise: { choose: FRI_OR_SAT } },
    { at: 'first', today: FRI, say: 'THIS WKND 2 RMS', want: { rooms: 2, arrival: '2026-12-04', nights: 2 } },
    // (Written at first with one room: a type named bare, no article nor number, leaves the rooms asked, as "a wk from fri, 2 nts, king" in round 28.)
    { at: 'first', today: SAT, say: 'nxt wknd, king 👑', want: { roomType: 'DLX', arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: '2 adults + baby, 12/18-12/20', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: 'need to cancel', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'need to change my reservation', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'any rooms 12/18?', want: { arrival: '2026-12-18' } },
    { at: 'first', today: TUE, say: 'room for my mom Rosa Ortiz 12/18', want: { rooms: 1, arrival: '2026-12-18', name: 'Rosa Ortiz' } },
    { at: 'arrivalDate', today: TUE, say: 'sat ~2am', raise: { choose: FRI_OR_SAT } },
    { at: 'arrivalDate', today: TUE, say: '1am on the 10th ✈️', raise: { choose: NINTH_OR_TENTH } },
    { at: 'arrivalDate', today: FRI, say: 'this wknd', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: SAT, say: 'this wknd', want: { arrival: '2026-11-28', nights: 1 } },
    { at: 'arrivalDate', today: SUN, say: 'nxt wknd', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'nxt wknd', want: { nights: 2 }, raise: { choose: NEXT_WEEKEND } },
    { at: 'arrivalDate', today: TUE, say: 'not tmrw, day after', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'fri week', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: '11/30', raise: 'past' },
    { at: 'nights', today: TUE, say: '2 or 3', },
    { at: 'nights', today: TUE, say: '2-3 nights?' },
    { at: 'nights', today: TUE, say: 'few nts' },
    { at: 'nights', today: TUE, say: '2 nts 🙂', want: { nights: 2 } },
    { at: 'rooms', today: TUE, say: '2 adults + 1 baby 👶' },
    { at: 'rooms', today: TUE, say: '1 rm, 2 adults 2 kids', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: '2 or 3 rms' },
    { at: 'name', today: TUE, say: "for my mom - Rosa Ortiz", want: { name: 'Rosa Ortiz' } },
    { at: 'name', today: TUE, say: 'Under the company: ACME', want: { name: 'Acme' } },
    { at: 'name', today: TUE, say: "it's for my boss, Daniel Park", want: { name: 'Daniel Park' } },
    { at: 'payment', today: TUE, say: 'VISA', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'visa debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'card 💳', raise: 'cardKind' },
    { at: 'payment', today: TUE, say: 'bill my company' },
    { at: 'payment', today: TUE, say: 'MC', want: { payment: 'credit_card' } },
    { at: 'callback', today: TUE, say: 'whatsapp +1 646 555 0199', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'same one', want: { callback: NY } },
    { at: 'callback', today: TUE, say: '+1 (646) 555-0199', want: { callback: '+16465550199' } },
    { at: 'readBack', today: TUE, say: 'yep 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'nope', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'wrong name', raise: { change: 'name' } },
  ],
};

export const heldOut29EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // La madrugada.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'llegamos en la madrugada del sábado', raise: { choose: FRI_OR_SAT } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el sábado como a las 3 de la mañana', raise: { choose: FRI_OR_SAT } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'llegamos a las 2 de la mañana del 10', raise: { choose: NINTH_OR_TENTH } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes ya tarde como a las 11 de la noche', want: { arrival: '2026-12-04' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero un cuarto llegamos en la madrugada del sábado', want: { rooms: 1 }, raise: { choose: FRI_OR_SAT } },
    // Fines de semana.
    { at: 'arrivalDate', today: FRI, caller: CDMX, say: 'este fin de semana', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: FRI, caller: CDMX, say: 'el próximo fin de semana', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'arrivalDate', today: SAT, caller: CDMX, say: 'este fin de semana', want: { arrival: '2026-11-28', nights: 1 } },
    { at: 'arrivalDate', today: SAT, caller: CDMX, say: 'el fin de semana que viene', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: SUN, caller: CDMX, say: 'este fin de semana', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: FRI, caller: CDMX, say: 'tienen una doble para este fin de semana', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
    // El otro lunes, pasado mañana.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el otro lunes' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'no este lunes el otro', want: { arrival: '2026-12-14' } },
    // (Written at first as the 3rd: a bare Spanish "no" between two days may take back or rule out, so both are offered, as round 19 set.)
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mañana no pasado', raise: { choose: ['2026-12-02', '2026-12-03'] } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'este mañana no mejor pasado mañana', want: { arrival: '2026-12-03' } },
    // (Written at first as the 3rd, as above.)
    { at: 'greeting', today: TUE, caller: CDMX, say: 'mañana no pasado por dos noches', want: { nights: 2 }, raise: { choose: ['2026-12-02', '2026-12-03'] } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 30 de noviembre', raise: 'past' },
    // Cuentas inciertas.
    { at: 'nights', today: TUE, caller: CDMX, say: 'dos tres noches' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'unos cuantos días' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres o cuatro noches' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'pues unas dos o tres noches' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'nos vamos después de dos semanas', want: { nights: 14 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos o tres cuartos' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'una habitación del viernes por dos tres noches', want: { rooms: 1, arrival: '2026-12-04' } },
    // Adultos y niños.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos adultos y dos niños de 5 y 8' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos dos adultos y un bebé' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'un cuarto somos dos adultos y un bebé', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos cuartos uno para nosotros y otro para los niños', want: { rooms: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'somos dos adultos y dos niños de 5 y 8 años llegamos el 18', want: { arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'una habitación para dos adultos y un niño de 7 del 18 al 20', want: { rooms: 1, arrival: '2026-12-18', nights: 2 } },
    // A nombre de otra persona.
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de mi jefe el ingeniero salas', want: { name: 'Salas' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'es para mi mamá rosa ortiz', want: { name: 'Rosa Ortiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de mi esposa laura méndez', want: { name: 'Laura Méndez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'póngalo a nombre de la empresa acme', want: { name: 'Acme' } },
    // Pago.
    { at: 'payment', today: TUE, caller: CDMX, say: 'con visa', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con la visa de débito', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con mi tarjeta de nómina', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'american express', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'a cuenta de la empresa' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'necesito factura' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tarjeta', raise: 'cardKind' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'este con la tarjeta de mi esposo', raise: 'cardKind' },
    // Teléfono.
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi whatsapp es el 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cero cero uno dos uno dos cinco cinco cinco cero uno cuatro siete', want: { callback: '+12125550147' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cero cuarenta y cinco treinta y tres doce treinta y cuatro cincuenta y seis setenta y ocho', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'a este mismo tiene whatsapp', want: { callback: CDMX } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'al mismo del que le hablo', want: { callback: CDMX } },
    // La lectura.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'ándale', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sale', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'va', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'simón', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'así es', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nel', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no manches', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no manches sí está perfecto', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nel el nombre está mal', raise: { change: 'name' } },
    // El menú.
    { at: 'menu', today: TUE, caller: CDMX, say: 'tengo una reservación y quiero cambiarla', raise: 'lookup' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'quiero cancelar', raise: 'lookup' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'quiero saber si tienen lugar', raise: 'book' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'quiero saber si tienen lugar para el 18', want: { arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'buenas tardes tengo una reservación y quiero cambiarla', raise: 'lookup' },
  ],
};

export const heldOut29EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'llegamos el sab de madrugada', raise: { choose: FRI_OR_SAT } },
    { at: 'first', today: FRI, caller: CDMX, say: 'hab este finde 🙏', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: SAT, caller: CDMX, say: 'el prox finde 2 habs', want: { rooms: 2, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'tengo una reserva y la quiero cambiar', raise: 'lookup' },
    { at: 'first', today: TUE, caller: CDMX, say: 'kiero cancelar mi reserva', raise: 'lookup' },
    { at: 'first', today: TUE, caller: CDMX, say: 'tienen lugar para el 18?', want: { arrival: '2026-12-18' } },
    { at: 'first', today: TUE, caller: CDMX, say: '2 adultos y 2 niños de 5 y 8, del 18 al 20', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'sab 2am', raise: { choose: FRI_OR_SAT } },
    // (Written at first as the 3rd, as the spoken one.)
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mñn no, pasado', raise: { choose: ['2026-12-02', '2026-12-03'] } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el otro lun' },
    { at: 'arrivalDate', today: SAT, caller: CDMX, say: 'este finde', want: { arrival: '2026-11-28', nights: 1 } },
    { at: 'arrivalDate', today: FRI, caller: CDMX, say: 'el finde q viene', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: '2 o 3 noches' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'unos dias' },
    { at: 'nights', today: TUE, caller: CDMX, say: '2-3' },
    { at: 'rooms', today: TUE, caller: CDMX, say: '2 adultos y 1 bebé 👶' },
    { at: 'rooms', today: TUE, caller: CDMX, say: '1 hab, 2 adultos 2 niños', want: { rooms: 1 } },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de mi jefe, el Ing. Salas', want: { name: 'Salas' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'es para mi mamá: Rosa Ortiz', want: { name: 'Rosa Ortiz' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'tdc', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tdd', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'VISA', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'nomina', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'a cta de la empresa' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con factura porfa' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'tarjeta 💳', raise: 'cardKind' },
    { at: 'callback', today: TUE, caller: CDMX, say: 'wsp 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '001 212 555 0147', want: { callback: '+12125550147' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '045 33 1234 5678', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'este mismo', want: { callback: CDMX } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'va', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'simon 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sale', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nel', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'asi es', raise: 'booked' },
  ],
};
