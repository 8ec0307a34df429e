// Held-out round 30 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, digits
// or words, "uh", "este", false starts, sound-alikes) and as they text (abbreviations, caps, emoji).
// New ground: the year's end said in late December (on Monday 28 December "the 2nd" is 2 January,
// "the 27th" is 27 January as "the 5th" said after the 5th is next month's, "christmas" is a day
// past and asked about, "first week of january" a span and asked); holidays not set before ("the
// night before christmas eve", "boxing day", "valentine's day" the next 14 February, "el día de la
// virgen" the 12th, "día de las madres" 10 May in Mexico, while "mother's day", "easter",
// "pascua", "hanukkah" vary by year and are asked; "thanksgiving" said in December is past);
// day/month order in Mexican texts ("15/1" is 15 January, "5/1" and "el 2/1" offer both readings,
// "05-01-27" asked, "1ro de enero"); stays given by their end ("we leave thursday", "hasta el 11",
// "20th to 23rd", "llegamos el 20 y nos vamos el 23"; a departure that contradicts the nights
// said leaves the nights asked); names spelled in Spanish letters ("ge o eme e zeta"), with "con
// zeta al final", "con ve chica", compound first names and particles ("María José de la Garza",
// "Juan Pablo"), titles ("Lic.", "Dr.", "Ing.", "la licenciada", "Mrs"); payment outside the three
// methods ("pay at the hotel", "zelle", "depósito en oxxo", "cheque", "bitcoin": asked) and
// brands ("mastercard", "discover", "la master": credit, as "visa" is); callback numbers in
// Spanish pairs, 12 digits with 52, "+52 1", "044", and "my cell ends in" (four digits are no
// number: asked); read-back "yes but…"/"sí, nada más que…" (a change, not a yes); sound-alikes
// ("free nights", "too rooms", "for rooms"; "free rooms" is no count); the menu ("representative",
// "una persona", "i got cut off", "se cortó la llamada hace rato").
// First run, as written, before its session's fixes: 228 cases, 91.3% of 240 units understood, 18
// asked again, 6 silently wrong ("its kowalski k o w a l s k i first name anna" as "Kowalski First
// Name Anna"; "my name is john uh john smith" as "John Uh John Smith"; "i got cut off a minute ago"
// as an arrival today; "en pascua" as Easter Sunday; "tres noches bueno cuatro" as three nights;
// "mother's day" as 9 May 2027). Two of the "asked again" were worse than asked: "yes but uh" and
// "sí nada más que el nombre va con zeta" at the read-back booked the reservation.
// Three expectations corrected to rules the project had set (marked): "mother's day" is the United
// States' (a day reckoned by year is that day, as Thanksgiving in round 5); "para el día de las
// madres" said in Spanish to a hotel in the United States offers its day and Mexico's (named-days.ts);
// "1/5" texted offers 5 January and 1 May (a caller's language does not say how they write dates,
// stay-dates.ts): 92.5% of 241 units, 15 asked again, 5 silently wrong.
// Two cases added after the readers were read (marked), each taken wrong before: "we need a room
// over easter weekend", "two rooms around thanksgiving weekend" were this weekend for two nights
// ("over Easter" a span, its "weekend" read as one of its own): 92.2% of 243, 16, 9 silently wrong.
// Two more added after (marked): asked how long, "in two weeks", "en dos semanas" were leaving on
// the 15th, seven nights (a stay of two weeks, or leaving then?), now asked.
// Two expectations corrected after the readers were read: "mi celular termina en 4321" (spoken and
// texted) names the last four of the number calling (+52 55 8765 4321), so that number, as the
// question reads it back by them; two cases added with other last four, asked.
// Four more added after (marked), each taken wrong before: "january first week" (the 1st), "the
// number ending in 23" at the callback (the 23rd), "MC or cash" texted (cash), "ana este díaz".
// After the fixes: 238 cases, 98.8% of 246 units, 3 asked again ("a room over easter" and "… over
// easter weekend": the room is not kept beside a span of days; "for rooms please": "looking for
// rooms" says no four), none silently wrong.
// Calendar in ./days.ts; late December: Mon 28, Tue 29, Wed 30, Thu 31; Jan 2027: Fri 1, Sat 2,
// Sun 3, Mon 4 … Mon 18. At the later questions the call has (keyed) the arrival a week ahead
// (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the
// number calling.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';
/** The default number calling (New York). */
const NY = '+12125550123';
/** Monday 28 December 2026: the year's end said in December. */
const DEC_28 = '2026-12-28';
/** "5/1" texted in Mexico: 5 January or 1 May. */
const JAN5_OR_MAY1 = ['2027-01-05', '2027-05-01'];
/** "2/1" texted in Mexico: 2 January or 1 February. */
const JAN2_OR_FEB1 = ['2027-01-02', '2027-02-01'];

export const heldOut30EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // The year's end, said on the 28th.
    { at: 'arrivalDate', today: DEC_28, say: 'the 2nd', want: { arrival: '2027-01-02' } },
    { at: 'arrivalDate', today: DEC_28, say: 'uh the second', want: { arrival: '2027-01-02' } },
    { at: 'arrivalDate', today: DEC_28, say: 'the 30th', want: { arrival: '2026-12-30' } },
    { at: 'arrivalDate', today: DEC_28, say: 'the 27th', want: { arrival: '2027-01-27' } },
    { at: 'arrivalDate', today: DEC_28, say: 'first week of january' },
    // (Added after the readers were read: the 1st of January, its "week" left over.)
    { at: 'arrivalDate', today: DEC_28, say: 'january first week' },
    { at: 'arrivalDate', today: DEC_28, say: 'new years day', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: DEC_28, say: 'christmas', raise: 'past' },
    { at: 'arrivalDate', today: DEC_28, say: 'this friday', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: DEC_28, say: 'monday the 4th', want: { arrival: '2027-01-04' } },
    { at: 'arrivalDate', today: DEC_28, say: 'january 2nd next year', want: { arrival: '2027-01-02' } },
    { at: 'greeting', today: DEC_28, say: 'do you have a room tonight through the 2nd', want: { rooms: 1, arrival: '2026-12-28', nights: 5 } },
    { at: 'greeting', today: DEC_28, say: 'two rooms the 30th to the 2nd', want: { rooms: 2, arrival: '2026-12-30', nights: 3 } },
    // Named days.
    { at: 'arrivalDate', today: TUE, say: 'the night before christmas eve', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, say: 'boxing day', want: { arrival: '2026-12-26' } },
    { at: 'arrivalDate', today: TUE, say: "valentine's day", want: { arrival: '2027-02-14' } },
    { at: 'arrivalDate', today: TUE, say: 'thanksgiving', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'easter weekend' },
    // (Written at first as asked: a day that moves by year but is reckoned is that day, as Thanksgiving in round 5; at a hotel in the United States, its Mother's Day.)
    { at: 'arrivalDate', today: TUE, say: "mother's day", want: { arrival: '2027-05-09' } },
    { at: 'arrivalDate', today: TUE, say: 'for hanukkah' },
    { at: 'arrivalDate', today: TUE, say: 'spring break' },
    { at: 'greeting', today: TUE, say: 'a king for christmas eve through the 27th name is bob lee', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-24', nights: 3, name: 'Bob Lee' } },
    { at: 'greeting', today: TUE, say: 'we need a room over easter', want: { rooms: 1 } },
    // (Added after the readers were read, both: "over Easter weekend" was this weekend, two nights.)
    { at: 'greeting', today: TUE, say: 'we need a room over easter weekend', want: { rooms: 1 } },
    { at: 'greeting', today: TUE, say: 'two rooms around thanksgiving weekend', want: { rooms: 2 } },
    // Stays given by their end.
    { at: 'arrivalDate', today: TUE, say: 'from the 20th through the 23rd', want: { arrival: '2026-12-20', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'um arriving the 20th and out on the 23rd', want: { arrival: '2026-12-20', nights: 3 } },
    { at: 'nights', today: TUE, say: 'we leave thursday morning', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'out on the 15th', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: 'through the 23rd', want: { nights: 15 } },
    { at: 'nights', today: TUE, say: 'uh till friday', want: { nights: 3 } },
    // (Added after the readers were read: asked how long, "in two weeks" was leaving on the 15th, seven nights; two weeks' stay, or leaving then? Asked.)
    { at: 'nights', today: TUE, say: 'in two weeks' },
    { at: 'greeting', today: TUE, say: 'checking in friday checking out monday', want: { arrival: '2026-12-04', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'the 20th for three nights checking out the 22nd', want: { arrival: '2026-12-20' } },
    // Spelled names, compound names, titles.
    { at: 'name', today: TUE, say: 'luis gomez g o m e z', want: { name: 'Luis Gomez' } },
    { at: 'name', today: TUE, say: 'its kowalski k o w a l s k i first name anna', want: { name: 'Anna Kowalski' } },
    { at: 'name', today: TUE, say: 'juan pablo hernandez', want: { name: 'Juan Pablo Hernandez' } },
    { at: 'name', today: TUE, say: 'mary ann de la cruz', want: { name: 'Mary Ann de la Cruz' } },
    { at: 'name', today: TUE, say: 'doctor james lee', want: { name: 'James Lee' } },
    { at: 'name', today: TUE, say: 'uh mrs patricia jones', want: { name: 'Patricia Jones' } },
    { at: 'name', today: TUE, say: 'my name is john uh john smith', want: { name: 'John Smith' } },
    { at: 'name', today: TUE, say: 'smith s m i t h' , want: { name: 'Smith' } },
    // Payment outside the three.
    { at: 'payment', today: TUE, say: 'ill pay at the hotel' },
    { at: 'payment', today: TUE, say: 'when i check in' },
    { at: 'payment', today: TUE, say: 'can i use zelle' },
    { at: 'payment', today: TUE, say: 'a check' },
    { at: 'payment', today: TUE, say: 'bitcoin' },
    { at: 'payment', today: TUE, say: 'mastercard', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'master card', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'discover', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'cash when we get there', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'credit no wait debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'credit or debit' },
    // Callback numbers.
    { at: 'callback', today: TUE, say: 'six four six five five five oh one nine nine', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'area code 646 then 555 0199', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: '646 555 0199 ext 4', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'my cell ends in 0199' },
    { at: 'callback', today: TUE, say: 'the one ending in 0123', want: { callback: NY } },
    { at: 'callback', today: TUE, say: '646 555 019' },
    // (Added after the readers were read: the arrival, the 23rd.)
    { at: 'callback', today: TUE, say: 'the number ending in 23' },
    // The read-back.
    { at: 'readBack', today: TUE, say: 'yes but can you make it three nights', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'yeah but its two rooms not one', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'yes but actually make it the 9th', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, say: 'correct except the date', raise: { change: 'arrivalDate' } },
    { at: 'readBack', today: TUE, say: 'yes but uh', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'ok but change the payment to credit card', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, say: 'yes yes perfect', raise: 'booked' },
    // Sound-alikes at counts.
    { at: 'nights', today: TUE, say: 'free nights', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'too rooms', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'for rooms please', want: { rooms: 4 } },
    { at: 'rooms', today: TUE, say: 'tree rooms', want: { rooms: 3 } },
    { at: 'greeting', today: TUE, say: 'one room for for nights starting the 18th', want: { rooms: 1, nights: 4, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'do you have free rooms for the 18th', want: { arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'a room for the 18th for 2', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'rooms', today: TUE, say: 'one for me and one for my parents', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'four of us' },
    // The menu.
    { at: 'greeting', today: TUE, say: 'representative', raise: 'desk' },
    { at: 'greeting', today: TUE, say: 'can i get a representative please', raise: 'desk' },
    { at: 'greeting', today: TUE, say: 'i got cut off a minute ago' },
    { at: 'greeting', today: TUE, say: 'hi i got cut off i was booking a room for the 18th', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'nights', today: TUE, say: 'operator', raise: 'desk' },
  ],
};

export const heldOut30EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: DEC_28, say: 'room tonight thru the 2nd?', want: { rooms: 1, arrival: '2026-12-28', nights: 5 } },
    { at: 'first', today: DEC_28, say: '2 rms jan 2-4', want: { rooms: 2, arrival: '2027-01-02', nights: 2 } },
    { at: 'first', today: TUE, say: 'KING 12/20-12/23 👑', want: { roomType: 'DLX', arrival: '2026-12-20', nights: 3 } },
    { at: 'first', today: TUE, say: 'need a rep', raise: 'desk' },
    { at: 'first', today: TUE, say: 'got cut off, was booking a room for 12/18', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'first', today: TUE, say: 'any free rooms 12/18?', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: DEC_28, say: 'jan 2nd', want: { arrival: '2027-01-02' } },
    { at: 'arrivalDate', today: DEC_28, say: 'the 2nd', want: { arrival: '2027-01-02' } },
    { at: 'arrivalDate', today: DEC_28, say: '1st wk of jan' },
    { at: 'arrivalDate', today: DEC_28, say: 'xmas', raise: 'past' },
    { at: 'arrivalDate', today: DEC_28, say: 'NYE 🎉', want: { arrival: '2026-12-31' } },
    // (Written at first as 5 January: a caller's language does not say how they write a date, both offered (stay-dates.ts).)
    { at: 'arrivalDate', today: TUE, say: '1/5', raise: { choose: JAN5_OR_MAY1 } },
    { at: 'arrivalDate', today: TUE, say: '20th-23rd', want: { arrival: '2026-12-20', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: "v-day", want: { arrival: '2027-02-14' } },
    { at: 'arrivalDate', today: TUE, say: 'easter wknd' },
    { at: 'nights', today: TUE, say: 'out thurs', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'thru 12/15', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: 'free nts', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: '2 rms 4 ppl', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: '4 of us' },
    { at: 'name', today: TUE, say: 'Gomez, G-O-M-E-Z', want: { name: 'Gomez' } },
    { at: 'name', today: TUE, say: 'Dr. Ana Paula Soto', want: { name: 'Ana Paula Soto' } },
    { at: 'name', today: TUE, say: 'mrs jones', want: { name: 'Jones' } },
    { at: 'name', today: TUE, say: 'Mary-Ann De La Cruz', want: { name: 'Mary-Ann De La Cruz' } },
    { at: 'payment', today: TUE, say: 'MC', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'mc pls', want: { payment: 'credit_card' } },
    // (Added after the readers were read: cash.)
    { at: 'payment', today: TUE, say: 'MC or cash' },
    { at: 'payment', today: TUE, say: 'mastercard debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'pay at hotel' },
    { at: 'payment', today: TUE, say: 'zelle?' },
    { at: 'payment', today: TUE, say: 'CASH 💵', want: { payment: 'cash' } },
    { at: 'callback', today: TUE, say: '646.555.0199', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: '646-555-0199 x4', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'cell ends in 0199' },
    { at: 'readBack', today: TUE, say: 'yes but 3 nts', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'ok but 2 rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'all good except the date', raise: { change: 'arrivalDate' } },
    { at: 'readBack', today: TUE, say: 'yes 👍👍', raise: 'booked' },
  ],
};

export const heldOut30EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Fin de año, dicho el 28.
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'el 3 de enero', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'el dos', want: { arrival: '2027-01-02' } },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'este el treinta', want: { arrival: '2026-12-30' } },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'la primera semana de enero' },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'para fin de año', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'el primero del año', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'para navidad', raise: 'past' },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'el día de reyes', want: { arrival: '2027-01-06' } },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'el lunes 4', want: { arrival: '2027-01-04' } },
    { at: 'greeting', today: DEC_28, caller: CDMX, say: 'una habitación del 30 de diciembre al 2 de enero', want: { rooms: 1, arrival: '2026-12-30', nights: 3 } },
    { at: 'greeting', today: DEC_28, caller: CDMX, say: 'dos cuartos de hoy al 2', want: { rooms: 2, arrival: '2026-12-28', nights: 5 } },
    // Días con nombre.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el día de la virgen', want: { arrival: '2026-12-12' } },
    // (Written at first as 10 May: said in Spanish to a hotel in the United States, its Mother's Day or Mexico's, both offered (named-days.ts).)
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para el día de las madres', raise: { choose: ['2027-05-09', '2027-05-10'] } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 14 de febrero', want: { arrival: '2027-02-14' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el día del amor y la amistad', want: { arrival: '2027-02-14' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en pascua' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el día del padre' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en día de muertos' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la noche buena', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la noche vieja', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el puente de diciembre' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la semana de navidad' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'buenas tardes quiero una suite para navidad dos noches', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-25', nights: 2 } },
    // La estancia dada por su fin.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del 20 al 23', want: { arrival: '2026-12-20', nights: 3 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'llegamos el 20 y nos vamos el 23', want: { arrival: '2026-12-20', nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'salimos el jueves', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'hasta el 11', want: { nights: 3 } },
    // (Added after the readers were read, as "in two weeks".)
    { at: 'nights', today: TUE, caller: CDMX, say: 'en dos semanas' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'nos vamos el domingo temprano', want: { nights: 5 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'del viernes al lunes una doble', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 3 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el 20 tres noches y salimos el 22', want: { arrival: '2026-12-20' } },
    // Nombres deletreados, compuestos, con título.
    { at: 'name', today: TUE, caller: CDMX, say: 'luis gómez ge o eme e zeta', want: { name: 'Luis Gómez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'laura ortiz con zeta al final', want: { name: 'Laura Ortiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'carlos vázquez con ve chica', want: { name: 'Carlos Vázquez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'maría josé de la garza', want: { name: 'María José de la Garza' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'juan pablo hernández', want: { name: 'Juan Pablo Hernández' } },
    // (Added after the readers were read: "Ana Este Díaz".)
    { at: 'name', today: TUE, caller: CDMX, say: 'ana este díaz', want: { name: 'Ana Díaz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'el licenciado fernando ruiz', want: { name: 'Fernando Ruiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'la licenciada sofía de la fuente', want: { name: 'Sofía de la Fuente' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'ingeniero roberto cárdenas', want: { name: 'Roberto Cárdenas' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de la doctora elena ríos', want: { name: 'Elena Ríos' } },
    // Pago fuera de los tres.
    { at: 'payment', today: TUE, caller: CDMX, say: 'con un depósito en oxxo' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'transferencia spei' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'le pago en el hotel' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con cheque' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con vales' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con la master', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'mastercard', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tarjeta de crédito pero la pago allá', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo al llegar', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'de débito', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'crédito no perdón débito', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'crédito o débito lo que sea' },
    // Teléfono.
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y cinco veintitrés cuarenta y cinco sesenta y siete ochenta y nueve', want: { callback: '+525523456789' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'treinta y tres dieciocho veinte cuarenta diez', want: { callback: '+523318204010' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cinco cinco dos tres cuatro cinco seis siete ocho nueve', want: { callback: '+525523456789' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y dos cincuenta y cinco veintitrés cuarenta y cinco sesenta y siete ochenta y nueve', want: { callback: '+525523456789' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'más cincuenta y dos uno cincuenta y cinco veintitrés cuarenta y cinco sesenta y siete ochenta y nueve', want: { callback: '+525523456789' } },
    // (Written at first as asked: 4321 are the last four of the number calling, +52 55 8765 4321, so it is that number, as the question reads it back by them. Added after: four others are asked.)
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi celular termina en 4321', want: { callback: CDMX } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi celular termina en 9876' },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y cinco veintitrés cuarenta y cinco sesenta y siete' },
    { at: 'callback', today: TUE, caller: CDMX, say: 'el 55 2345 6789 extensión 102', want: { callback: '+525523456789' } },
    // La lectura.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí nada más que llegamos el 9', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí nada más que el nombre va con zeta', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí nada más que son tres noches', want: { nights: 3 } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'todo bien menos la fecha', raise: { change: 'arrivalDate' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí pero pago con tarjeta de crédito', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí sí perfecto', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí nada más que', raise: 'wait' },
    // Cuentas que suenan parecido.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos bueno no tres', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos seis' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'un par', want: { rooms: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres noches bueno cuatro', want: { nights: 4 } },
    // El menú.
    { at: 'menu', today: TUE, caller: CDMX, say: 'una persona', raise: 'desk' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'con un representante por favor', raise: 'desk' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'se cortó la llamada hace rato' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'se cortó la llamada estaba reservando un cuarto para el 18', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'quiero hablar con alguien', raise: 'desk' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'bueno sí este quería una habitación para el día de la virgen', want: { rooms: 1, arrival: '2026-12-12' } },
  ],
};

export const heldOut30EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'hab del 20 al 23 porfa', want: { rooms: 1, arrival: '2026-12-20', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: '1ro de enero 2 noches', want: { arrival: '2027-01-01', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'del 28/12 al 2/1', want: { arrival: '2026-12-28', nights: 5 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'se me cortó, era una hab p/ el 18', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'kiero hablar con una persona', raise: 'desk' },
    { at: 'first', today: DEC_28, caller: CDMX, say: '2 habs d hoy al 2', want: { rooms: 2, arrival: '2026-12-28', nights: 5 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '5/1', raise: { choose: JAN5_OR_MAY1 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 2/1', raise: { choose: JAN2_OR_FEB1 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '15/1', want: { arrival: '2027-01-15' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '05-01-27' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '13/01/27', want: { arrival: '2027-01-13' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '1ro de enero', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: 'el 3 de ene', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: DEC_28, caller: CDMX, say: '1ra semana de enero' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dia de la virgen', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'semana santa' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '20 al 23 dic', want: { arrival: '2026-12-20', nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'salimos el jue', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'hasta el 11', want: { nights: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos 6' },
    { at: 'name', today: TUE, caller: CDMX, say: 'Lic. Fernando Ruiz', want: { name: 'Fernando Ruiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Ing. Roberto Cárdenas', want: { name: 'Roberto Cárdenas' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'María José de la Garza', want: { name: 'María José de la Garza' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Gómez con Z, Luis', want: { name: 'Luis Gómez' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'deposito en oxxo' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'transferencia' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'MC', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'paypal?' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo 💵', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'debito', want: { payment: 'debit_card' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '(55) 2345-6789', want: { callback: '+525523456789' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '52 55 2345 6789', want: { callback: '+525523456789' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '+52 1 55 2345 6789', want: { callback: '+525523456789' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '044 55 2345 6789', want: { callback: '+525523456789' } },
    // (Written at first as asked, as the spoken one; added after: four others are asked.)
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi cel termina en 4321', want: { callback: CDMX } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi cel termina en 9876' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si nadamas q llegamos el 9', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si pero 3 noches', want: { nights: 3 } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'todo bien menos la fecha', raise: { change: 'arrivalDate' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si 👍', raise: 'booked' },
  ],
};
