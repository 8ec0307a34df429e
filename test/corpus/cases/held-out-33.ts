// Held-out round 33 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, digits
// or words, "uh", "este", false starts, sound-alikes) and as they text (abbreviations, caps, emoji,
// no accents, two messages' worth in one).
// New ground: stays said in weeks ("three weeks", "a week and two days", "tres semanas", "una
// semana y dos días"; "a week and a half", "quince días", "ocho días", "two or three nights": asked);
// arrivals counted from a day ("a week from saturday", "two weeks from monday", "del sábado en ocho",
// "dentro de tres semanas"); a weekday that contradicts its date ("wednesday the 14th", "el martes
// 10": both offered; "friday the 14th", three days from either Friday: asked); months said alone or
// by their part ("march", "mid march", "a principios de marzo", "a finales de enero", "el fin
// largo", texted "mar 10": martes or marzo: asked); corrections said mid-sentence ("three no four
// nights", "two rooms i mean three", "dos, digo, tres cuartos", "el 9, no, perdón, el 10", "cash no
// sorry debit card"); people that are not rooms ("party of six", "somos cuatro adultos para el
// 12"); the room type by what it has or costs ("the one with the king bed", "the second cheapest",
// "la segunda más barata", "la suite, no, mejor la doble"); a count of one at the type question
// ("one room", "una habitación", "un cuarto nada más": the one kept, the type asked); names with
// titles and particles ("dr patrick o'neil", "mrs ellen mc allister", "María de los Ángeles Ruiz",
// "licenciada Sofía Pérez", "ingeniero Luis de la Garza"); requests said where a name or a number is
// asked ("cancel it", "start over", "never mind", "cancélelo", "empezar de nuevo"; at the
// confirmation-number question "yes please cancel it", "can you look it up by my name", "sí,
// cancélela por favor", "no me acuerdo"); payment said vaguely ("whatever is easiest", "con lo que
// sea", "pago al llegar"); yes/no that are neither ("i guess so", "if thats the only option", "pues
// si no hay de otra"); the Spanish menu with booking words ("mejor reservo aquí", "quiero apartar",
// "reservo para el viernes") and reservation words ("ya tengo una reservación", "hice una
// reservación ayer"); a reservation on file moved the Mexican way ("recórrala un día", "la puede
// recorrer dos días", "recórrala una semana") and stretched ("make it a week", "que sea una semana").
// First run, as written, before its session's fixes: 235 cases, 87.1% of 210 units understood, 25
// asked again, 8 silently wrong ("start over", "start over pls", "mejor empezar de nuevo" at the name
// question as guests "Start Over", "Mejor Empezar de Nuevo"; "the second cheapest" as the Standard
// arriving the 2nd, "la segunda más barata" as the Standard; "whenever is cheapest" at the date
// question as the Standard; "mar 10" texted in Spanish as 10 March). Asked again, among others:
// "recórrala un día" at a reservation on file, "una habitación" at the type question, "quiero
// apartar" at the Spanish menu, "push it a week", "a week and two days", "the suite no the king".
// After the first fixes (a request's verbs are no name, "Cancel It" neither, wherever a name is read;
// a place in the price order is the rate it names, no day of the month; a price said of the days
// chooses no room; "mar" in Spanish is martes or marzo, asked): 88.1% of 210 units, 25 asked again,
// none silently wrong.
// Six expectations corrected to rules the project had set (marked): "quisiera apartar un cuarto" (a
// room asked for alone leaves the count asked); "tres noches no cuatro", "3 no 4 noches", "el 9 no el
// 10" (a bare Spanish "no" may rule out: asked); "the suite no the king" (a bare "no" between two
// types: asked); "a week and two days", "una semana y dos días" (days beside weeks: asked).
// After the second fixes ("mejor reservo aquí", "quiero apartar" book; "una habitación" at the
// Spanish type question is one room; "recórrala un día" on file is a day later, read back; a part
// of a month, "early march", "a principios de marzo", names no day but describes a stay): 97.5% of
// 204 units, 7 asked again, none silently wrong.
// Left asked: "push it a week", "recórrala una semana" at a reservation on file (flows/stay-shift.ts
// counts days, not weeks: the change's detail is asked); "need 1 rm 3 wks from 12/4"; "a room for a
// week and a half from the 10th" (the room); "una habitación para el fin largo"; "2 cuartos, 3 no 4
// noches" (the rooms, beside a count taken back or ruled out). All 33 rounds: 5,594 cases, 7,213
// units, 99.1% understood, 65 asked again, none silently wrong.
// Calendar in ./days.ts; Tuesday 1 December 2026: Fri 4, Sat 5, Mon 7, Tue 8, Wed 9, Thu 10, Fri
// 11, Sat 12, Mon 14, Wed 16, Fri 18, Sat 19, Mon 21, Tue 22. At the later questions the call has
// (keyed) the arrival a week ahead (Tuesday 8 December), the Ocean Suite, 1 room, 2 nights, Ana
// Díaz, cash, and the number calling. The reservation on file (at 'reservation'): Tuesday 8
// December, the Double Queen, 1 room, 2 nights.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';
/** "Wednesday the 14th" (a Monday): Monday 14 or Wednesday 16. */
const WEDNESDAY_14 = ['2026-12-14', '2026-12-16'];
/** "Tuesday the 10th" (a Thursday): Tuesday 8 or Thursday 10. */
const TUESDAY_10 = ['2026-12-08', '2026-12-10'];

export const heldOut33EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // Whole requests.
    { at: 'greeting', today: TUE, say: 'hi i need a room for three weeks starting the 4th', want: { rooms: 1, arrival: '2026-12-04', nights: 21 } },
    { at: 'greeting', today: TUE, say: 'two rooms a week from saturday for a week', want: { rooms: 2, arrival: '2026-12-12', nights: 7 } },
    { at: 'greeting', today: TUE, say: 'um a room friday the 14th', want: { rooms: 1 } },
    { at: 'greeting', today: TUE, say: 'one room wednesday the 14th please', want: { rooms: 1 }, raise: { choose: WEDNESDAY_14 } },
    { at: 'greeting', today: TUE, say: 'one room saturday the 19th', want: { rooms: 1, arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: 'three no four nights starting the 10th', want: { nights: 4, arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, say: 'two rooms no sorry three for the 18th', want: { rooms: 3, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'a king for me and my wife and two kids on the 12th', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'party of six on the 12th', want: { arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'the cheapest room you got for tomorrow', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-02' } },
    { at: 'greeting', today: TUE, say: 'a room mid january for a week', want: { rooms: 1, nights: 7 } },
    { at: 'greeting', today: TUE, say: 'a room for a week and a half from the 10th', want: { rooms: 1, arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, say: 'something in march', },
    { at: 'greeting', today: TUE, say: 'a room for a couple on the 9th', want: { rooms: 1, arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'yeah hi i already have a reservation', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'calling about my booking for next week i need to cancel', raise: 'lookup' },
    // Dates.
    { at: 'arrivalDate', today: TUE, say: 'friday the 14th' },
    { at: 'arrivalDate', today: TUE, say: 'uh wednesday the 14th', raise: { choose: WEDNESDAY_14 } },
    { at: 'arrivalDate', today: TUE, say: 'tuesday the 10th', raise: { choose: TUESDAY_10 } },
    { at: 'arrivalDate', today: TUE, say: 'saturday the nineteenth', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: TUE, say: 'march' },
    { at: 'arrivalDate', today: TUE, say: 'mid march' },
    { at: 'arrivalDate', today: TUE, say: 'end of january sometime' },
    { at: 'arrivalDate', today: TUE, say: 'a week from saturday', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'two weeks from monday', want: { arrival: '2026-12-21' } },
    { at: 'arrivalDate', today: TUE, say: 'three weeks from today', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, say: 'the ninth no the tenth', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'tomorrow no wait thursday', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'whenever is cheapest' },
    // Nights (arrival Tuesday 8 December).
    { at: 'nights', today: TUE, say: 'three no four nights', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'three weeks', want: { nights: 21 } },
    // (Written at first as nine nights: days said beside weeks may count the day of leaving, asked, as numbers.ts sets.)
    { at: 'nights', today: TUE, say: 'a week and two days' },
    { at: 'nights', today: TUE, say: 'two or three nights' },
    { at: 'nights', today: TUE, say: 'two nights maybe three' },
    { at: 'nights', today: TUE, say: 'uh three knights', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'me and my wife' },
    // Rooms.
    { at: 'rooms', today: TUE, say: 'three no four', want: { rooms: 4 } },
    { at: 'rooms', today: TUE, say: 'two rooms i mean three', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, say: 'party of six' },
    { at: 'rooms', today: TUE, say: 'theres five of us' },
    { at: 'rooms', today: TUE, say: 'two maybe three' },
    { at: 'rooms', today: TUE, say: 'just the one', want: { rooms: 1 } },
    // Room type: by what it has or costs; a count of one.
    { at: 'roomType', today: TUE, say: 'the one with the king bed', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'the second cheapest', want: { roomType: 'DQ' } },
    // (Written at first as the king: a bare "no" between two types is taken back or ruled out, asked, as room-types.ts sets.)
    { at: 'roomType', today: TUE, say: 'the suite no the king' },
    { at: 'roomType', today: TUE, say: 'a queen i guess', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'one room', want: { rooms: 1 } },
    { at: 'roomType', today: TUE, say: 'one with a balcony' },
    { at: 'roomType', today: TUE, say: 'whatever is easiest' },
    // Names with titles and particles; requests that are no name.
    { at: 'name', today: TUE, say: "dr patrick o'neil", want: { name: "Patrick O'Neil" } },
    { at: 'name', today: TUE, say: 'its mrs ellen mc allister', want: { name: 'Ellen McAllister' } },
    { at: 'name', today: TUE, say: 'cancel it' },
    { at: 'name', today: TUE, say: 'start over' },
    { at: 'name', today: TUE, say: 'never mind' },
    { at: 'name', today: TUE, say: 'can i change the date' },
    { at: 'name', today: TUE, say: 'go back' },
    // Payment.
    { at: 'payment', today: TUE, say: 'whatever is easiest' },
    { at: 'payment', today: TUE, say: 'whatever you guys take' },
    { at: 'payment', today: TUE, say: 'cash no sorry debit card', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'i guess cash', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'amex', want: { payment: 'credit_card' } },
    // Callback.
    { at: 'callback', today: TUE, say: 'my cell is nine one seven five five five oh one four two', want: { callback: '+19175550142' } },
    { at: 'callback', today: TUE, say: 'i dont have a cell' },
    { at: 'callback', today: TUE, say: 'call my wife' },
    // The read-back.
    { at: 'readBack', today: TUE, say: 'i guess so', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'if thats the only option', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'sounds good but three no four nights', want: { nights: 4 } },
    { at: 'readBack', today: TUE, say: 'yes but its two rooms not one', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'wait no the name is wrong', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, say: 'yep perfect', raise: 'booked' },
    // The confirmation-number question: words that are no number.
    { at: 'existing', today: TUE, say: 'yes please cancel it' },
    { at: 'existing', today: TUE, say: 'i dont have it' },
    { at: 'existing', today: TUE, say: 'can you look it up by my name' },
    { at: 'existing', today: TUE, say: 'i want to change the date' },
    { at: 'existing', today: TUE, say: 'one two three four five six seven eight', raise: 'found' },
    // A reservation on file.
    { at: 'reservation', today: TUE, say: 'push it a week', want: { arrival: '2026-12-15' } },
    { at: 'reservation', today: TUE, say: 'make it a week', want: { nights: 7 } },
    { at: 'reservation', today: TUE, say: 'can we add two nights', want: { nights: 4 } },
    { at: 'reservation', today: TUE, say: 'can we make it the 10th instead', want: { arrival: '2026-12-10' } },
    { at: 'reservation', today: TUE, say: 'please cancel it', raise: 'cancel' },
  ],
};

export const heldOut33EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'need 1 rm 3 wks from 12/4', want: { rooms: 1, arrival: '2026-12-04', nights: 21 } },
    { at: 'first', today: TUE, say: 'room wed 12/14?', want: { rooms: 1 }, raise: { choose: WEDNESDAY_14 } },
    { at: 'first', today: TUE, say: 'room fri 12/14', want: { rooms: 1 } },
    { at: 'first', today: TUE, say: '2 rms, 3 no 4 nts, 12/10', want: { rooms: 2, nights: 4, arrival: '2026-12-10' } },
    { at: 'first', today: TUE, say: 'cheapest rm tmrw', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-02' } },
    { at: 'first', today: TUE, say: 'hey!! need a room 4 me + wife + 2 kids sat 🙏', want: { rooms: 1, arrival: '2026-12-05' } },
    { at: 'first', today: TUE, say: 'already booked, need to cancel', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'EARLY MARCH, 2 ROOMS', want: { rooms: 2 } },
    { at: 'first', today: TUE, say: 'room 12/18. name sara oneil, paying debit', want: { rooms: 1, arrival: '2026-12-18', name: 'Sara Oneil', payment: 'debit_card' } },
    { at: 'arrivalDate', today: TUE, say: 'wk from sat', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'early march' },
    { at: 'arrivalDate', today: TUE, say: '12/9 no 12/10', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'tue 12/10', raise: { choose: TUESDAY_10 } },
    { at: 'arrivalDate', today: TUE, say: 'sat 12/19', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: TUE, say: 'fri the 14th' },
    { at: 'arrivalDate', today: TUE, say: '3 wks from today', want: { arrival: '2026-12-22' } },
    { at: 'nights', today: TUE, say: '3 wks', want: { nights: 21 } },
    { at: 'nights', today: TUE, say: 'a wk and a half' },
    { at: 'nights', today: TUE, say: '2-3 nts' },
    { at: 'nights', today: TUE, say: '3 no 4 nts', want: { nights: 4 } },
    { at: 'rooms', today: TUE, say: '2 no 3', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, say: '6 ppl' },
    { at: 'rooms', today: TUE, say: '2 or 3?' },
    { at: 'roomType', today: TUE, say: '1 room', want: { rooms: 1 } },
    { at: 'roomType', today: TUE, say: 'the one w/ 2 beds', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'cheapest pls', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'king no wait suite', want: { roomType: 'OCEAN' } },
    { at: 'name', today: TUE, say: "Dr. Patrick O'Neil", want: { name: "Patrick O'Neil" } },
    { at: 'name', today: TUE, say: 'MRS ELLEN PARKER', want: { name: 'Ellen Parker' } },
    { at: 'name', today: TUE, say: 'cancel' },
    { at: 'name', today: TUE, say: 'start over pls' },
    { at: 'payment', today: TUE, say: "whatever's easiest" },
    { at: 'payment', today: TUE, say: 'cash no sorry debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'AMEX', want: { payment: 'credit_card' } },
    { at: 'callback', today: TUE, say: '917.555.0142', want: { callback: '+19175550142' } },
    { at: 'callback', today: TUE, say: 'dont have one' },
    { at: 'readBack', today: TUE, say: 'i guess', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'if thats the only option', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'yes but 3 no 4 nts', want: { nights: 4 } },
    { at: 'existing', today: TUE, say: 'yes pls cancel it' },
    { at: 'existing', today: TUE, say: 'dont have it sorry' },
    { at: 'existing', today: TUE, say: '12345678', raise: 'found' },
    { at: 'reservation', today: TUE, say: 'push it a wk', want: { arrival: '2026-12-15' } },
    { at: 'reservation', today: TUE, say: 'make it a wk', want: { nights: 7 } },
    { at: 'reservation', today: TUE, say: 'cancel it pls', raise: 'cancel' },
  ],
};

export const heldOut33EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // El menú: reservar o una reservación que ya tiene.
    { at: 'menu', today: TUE, caller: CDMX, say: 'mejor reservo aquí', raise: 'book' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'quiero apartar', raise: 'book' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'reservo para el viernes', want: { arrival: '2026-12-04' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'ya tengo una reservación', raise: 'lookup' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'este hice una reservación ayer', raise: 'lookup' },
    // (Written at first with one room: a room asked for alone is how people ask, its count still asked, as whole-request.ts sets.)
    { at: 'menu', today: TUE, caller: CDMX, say: 'quisiera apartar un cuarto', raise: 'book' },
    // Peticiones completas.
    { at: 'menu', today: TUE, caller: CDMX, say: 'una habitación por tres semanas a partir del 4', want: { rooms: 1, arrival: '2026-12-04', nights: 21 } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'dos cuartos de hoy en ocho por una semana', want: { rooms: 2, arrival: '2026-12-08', nights: 7 } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'una habitación para el fin largo', want: { rooms: 1 } },
    // (Written at first with four nights: a bare Spanish "no" may rule out ("tres noches, no cuatro": not four), the nights asked, as corrections.ts sets.)
    { at: 'menu', today: TUE, caller: CDMX, say: 'tres noches no cuatro a partir del 10', want: { arrival: '2026-12-10' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'somos cuatro adultos para el 12', want: { arrival: '2026-12-12' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'un cuarto sencillo para mañana', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-02' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'quiero una habitación el miércoles 14', want: { rooms: 1 }, raise: { choose: WEDNESDAY_14 } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'dos, digo, tres cuartos para el 18', want: { rooms: 3, arrival: '2026-12-18' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'una habitación a principios de marzo', want: { rooms: 1 } },
    // Fechas.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el miércoles 14', raise: { choose: WEDNESDAY_14 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el martes 10', raise: { choose: TUESDAY_10 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes 14' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el sábado 19', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a principios de marzo' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a finales de enero' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en marzo' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el fin largo' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del sábado en ocho', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dentro de tres semanas', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 9, no, perdón, el 10', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mañana, digo, pasado mañana', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la semana del 14' },
    // Noches (llegada el martes 8).
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres semanas', want: { nights: 21 } },
    // (Written at first as nine nights, as the English one.)
    { at: 'nights', today: TUE, caller: CDMX, say: 'una semana y dos días' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'quince días' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'ocho días' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'dos o tres noches' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres noches, bueno, mejor cuatro', want: { nights: 4 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'somos cuatro adultos' },
    // Cuartos.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos, digo, tres cuartos', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'mi esposa y yo y dos niños' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'uno para nosotros y otro para los niños', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos o tres' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'nomás uno', want: { rooms: 1 } },
    // Tipo de cuarto: por lo que tiene o cuesta; uno solo.
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una habitación', want: { rooms: 1 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'un cuarto nada más', want: { rooms: 1 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la que tiene cama king', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la segunda más barata', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la suite, no, mejor la doble', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la que sea' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la más económica', want: { roomType: 'STD' } },
    // Nombres con títulos y partículas; lo que no es un nombre.
    { at: 'name', today: TUE, caller: CDMX, say: 'maría de los ángeles ruiz', want: { name: 'María de los Ángeles Ruiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'licenciada sofía pérez', want: { name: 'Sofía Pérez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre del ingeniero luis de la garza', want: { name: 'Luis de la Garza' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'cancélelo' },
    { at: 'name', today: TUE, caller: CDMX, say: 'quiero cancelar' },
    { at: 'name', today: TUE, caller: CDMX, say: 'mejor empezar de nuevo' },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de la empresa' },
    // Pago.
    { at: 'payment', today: TUE, caller: CDMX, say: 'con lo que sea' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'como sea más fácil' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'pago al llegar' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo, no, perdón, con tarjeta de débito', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'supongo que en efectivo', want: { payment: 'cash' } },
    // Teléfono.
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi cel es cincuenta y cinco doce treinta y cuatro cincuenta y seis setenta y ocho', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'no tengo celular' },
    // La lectura.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'pues si no hay de otra', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'este creo que sí', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí, nomás que son cuatro noches', want: { nights: 4 } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'órale sí está bien', raise: 'booked' },
    // El número de confirmación: lo que no es un número.
    { at: 'existing', today: TUE, caller: CDMX, say: 'sí, cancélela por favor' },
    { at: 'existing', today: TUE, caller: CDMX, say: 'quiero cancelarla' },
    { at: 'existing', today: TUE, caller: CDMX, say: 'no me acuerdo' },
    { at: 'existing', today: TUE, caller: CDMX, say: 'no la tengo a la mano' },
    { at: 'existing', today: TUE, caller: CDMX, say: 'es el uno dos tres cuatro cinco seis siete ocho', raise: 'found' },
    // Una reservación que ya tiene.
    { at: 'reservation', today: TUE, caller: CDMX, say: 'recórrala un día', want: { arrival: '2026-12-09' } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'la puede recorrer dos días', want: { arrival: '2026-12-10' } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'recórrala una semana', want: { arrival: '2026-12-15' } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'que sea una semana', want: { nights: 7 } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'cancélela por favor', raise: 'cancel' },
  ],
};

export const heldOut33EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'hab x 3 semanas desde el 4', want: { rooms: 1, arrival: '2026-12-04', nights: 21 } },
    // (Written at first with four nights, as the voice one.)
    { at: 'first', today: TUE, caller: CDMX, say: '2 cuartos, 3 no 4 noches, el 10', want: { rooms: 2, arrival: '2026-12-10' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'mejor reservo aqui', raise: 'book' },
    { at: 'first', today: TUE, caller: CDMX, say: 'ya tengo reservacion', raise: 'lookup' },
    { at: 'first', today: TUE, caller: CDMX, say: 'somos 4 adultos el sab', want: { arrival: '2026-12-05' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'hab p principios de marzo', want: { rooms: 1 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'quiero apartar 1 hab el mie 14', want: { rooms: 1 }, raise: { choose: WEDNESDAY_14 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'sab en 8', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mediados de enero' },
    // (Written at first as the 10th: "el 9, no el 10" may be "the 9th, not the 10th", asked, as corrections.ts sets.)
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 9 no el 10' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mar 10' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mie 14', raise: { choose: WEDNESDAY_14 } },
    { at: 'nights', today: TUE, caller: CDMX, say: '3 semanas', want: { nights: 21 } },
    { at: 'nights', today: TUE, caller: CDMX, say: '15 dias' },
    { at: 'nights', today: TUE, caller: CDMX, say: '2 o 3 noches' },
    { at: 'rooms', today: TUE, caller: CDMX, say: '2 digo 3', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: '1 p nosotros y 1 p los niños', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una hab nada mas', want: { rooms: 1 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de 2 camas', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la mas barata', want: { roomType: 'STD' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'MARIA DE LOS ANGELES RUIZ', want: { name: 'Maria de los Angeles Ruiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Lic. Sofia Perez', want: { name: 'Sofia Perez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'cancelar' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con lo q sea' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo no perdon debito', want: { payment: 'debit_card' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'este mismo', want: { callback: CDMX } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'pues si no hay de otra', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si pero q sean 4 noches', want: { nights: 4 } },
    { at: 'existing', today: TUE, caller: CDMX, say: 'no la tengo a la mano' },
    { at: 'existing', today: TUE, caller: CDMX, say: 'si cancelela x favor' },
    { at: 'existing', today: TUE, caller: CDMX, say: '12345678', raise: 'found' },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'recorrala 1 dia', want: { arrival: '2026-12-09' } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'q sea 1 semana', want: { nights: 7 } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'cancelela', raise: 'cancel' },
  ],
};
