// Held-out round 22 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, no
// punctuation at times, numbers as digits or words, "um", "uh", "este", "o sea", "pues", false
// starts, repeated words) and as they text ("2nite", "tmrw", "hab", "x favor", "q", emoji).
// Minds changed inside one answer ("the 5th no wait the 6th", "dos bueno no tres noches", "a king
// uh actually make it two queens", "credit no wait debit", "a nombre de juan no perdón de julio");
// holidays and named days (Christmas Eve, the day after Christmas, New Year's Eve and Day, Valentine's
// Day, Halloween, el día de la Virgen, el día de Reyes, San Valentín; a weekend or a day whose date
// is not one — "valentines weekend", "el día de las madres" (the United States' or Mexico's?) — is
// asked); a weekday and a date that disagree ("monday the 15th", "el lunes 15", "sat the 13th") and
// that agree ("wednesday the 9th", "el jueves 10"); numeric dates that read both ways ("12/5" from
// an English texter, "5/12" from a Mexican one: asked) and that read one way ("24/12 al 26/12",
// "12/24-12/26"); ranges said every way ("checking in friday out sunday", "from the 4th thru the
// 7th", "in on the 10th out on the 13th", "between the 14th and the 17th", "de jueves a domingo",
// "3 noches a partir del jueves", "llegando el 10 y saliendo el 13", "fri-sun", "de jue a dom");
// stays counted from today ("a week from tomorrow", "three weeks from today", "in 10 days",
// "tonight and tomorrow night", "mañana y pasado", "para hoy y mañana", "dentro de tres semanas",
// "en diez días"); counts hedged or stammered ("like three nights maybe four", "three four nights",
// "tres cuatro noches", "unas tres noches", "at least three", "two or so", "a few rooms", "unas
// cuantas"); names with their spelling described ("jon without an h", "díaz con zeta", "karla con
// k", "ximena con equis"; a description the name as heard does not bear — "catherine with a k",
// "gonzález con s", "carla con k" — is asked, never guessed either way); double surnames and
// particles; rooms wished by what they have ("one with two beds", "la que tiene vista al mar", "con
// dos camas matrimoniales", "a room with a jacuzzi": no such type; "something for a family of five",
// "whatever you have", "lo que tenga", "algo más sencillo que la suite", "la de en medio", "not the
// suite": asked); a debit card named by its brand ("visa debit": debit, not credit); ways to pay the
// hotel does not take ("paypal", "por oxxo"); Mexican phone numbers in pairs of words ("cincuenta y
// cinco doce treinta y cuatro…"), with "lada", "+52 1"; US ones with "area code", in words, or a
// correction ("the number im calling from no wait use…"); yes by emoji ("👍", "✅", "si 👍", "va
// 👌"); what the greeting is for ("i booked online and i need to cancel it", "ya tengo una reserva y
// quiero ver si está confirmada", "quiero cancelar lo que aparté", "me comunica con recepción",
// "do you guys allow dogs").
// First run, as written, before its session's fixes: 268 cases, 93.3% of 374 units understood, 19
// asked again, 18 silently wrong ("jon without an h baker" as "Jon Without An H Baker", "sara with no
// h sara miller" as "H Sara Miller", "catherine with a k jones", "juan gonzález con s" and "carla con k
// mendoza" taken as heard; "uh the 12th" at the name question as "The"; "wk from tmrw" as tomorrow;
// "3-4" at the nights question as the 3rd to the 4th; "the 1 w 2 beds" as today; "el día de las
// madres" as the United States' alone). Four expectations corrected to rules set earlier (noted where
// they stand): 376 units. After the fixes: 99.2%, 3 asked again ("one with two beds for the 12th":
// the rooms; "el 5 no, el 6" texted: a Spanish bare "no" may rule out; "sab 13": its language),
// none silently wrong.
// Calendar in ./days.ts (and: Wed 9, Thu 10, Fri 11, Sat 12, Sun 13, Mon 14, Tue 15, Thu 17, Sun 20,
// Tue 22, Thu 24, Sat 26, Tue 29, Thu 31 December 2026; Fri 1, Sat 2, Mon 4, Wed 6 January 2027; Sun
// 14 February 2027; Wed 12 May 2027; Sun 31 October 2027); the booking horizon is a year. At the
// later questions the call has (keyed) the arrival a week ahead (Tuesday 8 December from Tuesday
// 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the number calling. The read list of
// rooms is said highest price first: the Ocean Suite, the Deluxe King, the Double Queen, the
// Standard; an offer (for the Ocean Suite asked) says the Deluxe King, the Double Queen, the
// Standard.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';
/** The number calling in the English calls and texts (the runner's). */
const NYC = '+12125550123';

/** "Monday the 15th": Monday is the 14th, the 15th a Tuesday. */
const MONDAY_15 = ['2026-12-14', '2026-12-15'];
/** "Saturday the 13th": Saturday is the 12th, the 13th a Sunday. */
const SATURDAY_13 = ['2026-12-12', '2026-12-13'];
/** "Friday the 12th": Friday is the 11th, the 12th a Saturday. */
const FRIDAY_12 = ['2026-12-11', '2026-12-12'];
/** "12/5" from an English texter, "5/12" from a Mexican one: the 5th of December or the 12th of May. */
const DEC_5_OR_MAY_12 = ['2026-12-05', '2027-05-12'];

export const heldOut22EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // A mind changed inside one answer.
    { at: 'greeting', today: TUE, say: 'the 5th no wait the 6th for two nights', want: { arrival: '2026-12-06', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'um a room on the 10th actually no the 11th', want: { rooms: 1, arrival: '2026-12-11' } },
    { at: 'greeting', today: TUE, say: 'three nights starting friday no sorry saturday', want: { arrival: '2026-12-05', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'two rooms uh make that three for the 18th', want: { rooms: 3, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'a king uh actually make it two queens for the 10th', want: { roomType: 'DQ', arrival: '2026-12-10' } },
    // Holidays and named days.
    { at: 'greeting', today: TUE, say: 'christmas eve for two nights', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'new years eve just the one night', want: { arrival: '2026-12-31', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'um from christmas to new years', want: { arrival: '2026-12-25', nights: 7 } },
    { at: 'greeting', today: TUE, say: 'a room on valentines day', want: { rooms: 1, arrival: '2027-02-14' } },
    { at: 'greeting', today: TUE, say: 'valentines day weekend' },
    { at: 'greeting', today: TUE, say: 'we wanna come up for halloween next year', want: { arrival: '2027-10-31' } },
    // A weekday and a date.
    { at: 'greeting', today: TUE, say: 'monday the 15th one room', want: { rooms: 1 }, raise: { choose: MONDAY_15 } },
    { at: 'greeting', today: TUE, say: 'saturday the 13th for like two nights', want: { nights: 2 }, raise: { choose: SATURDAY_13 } },
    { at: 'greeting', today: TUE, say: 'sunday the 20th for 2 nights', want: { arrival: '2026-12-20', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'thursday december 17th', want: { arrival: '2026-12-17' } },
    // Ranges.
    { at: 'greeting', today: TUE, say: 'checking in friday out sunday', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'from the 4th thru the 7th', want: { arrival: '2026-12-04', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'the 4th till the 7th two rooms', want: { rooms: 2, arrival: '2026-12-04', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'in on the 10th out on the 13th', want: { arrival: '2026-12-10', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'we need a room between the 14th and the 17th', want: { rooms: 1, arrival: '2026-12-14', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'december 29th through january 2nd', want: { arrival: '2026-12-29', nights: 4 } },
    // Counted from today.
    { at: 'greeting', today: TUE, say: 'a week from tomorrow for 3 nights', want: { arrival: '2026-12-09', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'tonight and tomorrow night', want: { arrival: '2026-12-01', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'three weeks from today', want: { arrival: '2026-12-22' } },
    { at: 'greeting', today: TUE, say: 'in 10 days for a couple nights', want: { arrival: '2026-12-11', nights: 2 } },
    // Counts hedged.
    { at: 'greeting', today: TUE, say: 'like three nights maybe four starting the 9th', want: { arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'three four nights from the 9th', want: { arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'a couple of rooms for the 19th', want: { rooms: 2, arrival: '2026-12-19' } },
    // Whole requests; rooms by what they have.
    { at: 'greeting', today: TUE, say: 'two deluxe rooms from the 4th to the 7th for ana diaz', want: { rooms: 2, roomType: 'DLX', arrival: '2026-12-04', nights: 3, name: 'Ana Diaz' } },
    { at: 'greeting', today: TUE, say: 'my name is john smith and i need a room on the 9th', want: { rooms: 1, arrival: '2026-12-09', name: 'John Smith' } },
    { at: 'greeting', today: TUE, say: 'one with two beds for the 12th', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'something for a family of five on the 19th', want: { arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: 'whatever you have for tonight', want: { arrival: '2026-12-01' } },
    { at: 'greeting', today: TUE, say: 'a room with a king bed on the 15th', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'not the suite something cheaper for the 11th', want: { arrival: '2026-12-11' } },
    { at: 'greeting', today: TUE, say: 'a room with a jacuzzi for the 11th', want: { rooms: 1, arrival: '2026-12-11' } },
    // What the call is for.
    { at: 'greeting', today: TUE, say: 'hey uh yeah i wanna book a room', raise: 'book' },
    { at: 'greeting', today: TUE, say: 'um yeah im calling to check on a reservation i made last week', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'i booked online and i need to cancel it', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'can i speak to a manager please', raise: 'desk' },
    { at: 'greeting', today: TUE, say: 'um do you guys allow dogs', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: 'what time can we check in', raise: { answer: 'checkIn' } },
    { at: 'greeting', today: TUE, say: 'is breakfast included', raise: { answer: 'breakfast' } },
    // At the arrival date.
    { at: 'arrivalDate', today: TUE, say: 'the 5th no wait the 6th', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: TUE, say: 'friday no sorry saturday', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'christmas eve', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, say: 'the day after christmas', want: { arrival: '2026-12-26' } },
    { at: 'arrivalDate', today: TUE, say: 'new years day', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'valentines day', want: { arrival: '2027-02-14' } },
    { at: 'arrivalDate', today: TUE, say: 'monday the 15th', raise: { choose: MONDAY_15 } },
    { at: 'arrivalDate', today: TUE, say: 'wednesday the 9th', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'a week from tomorrow', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'three weeks from today', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, say: 'two days from now', want: { arrival: '2026-12-03' } },
    // (Written at first as asked: the first weekend of January is Friday 1 to Sunday 3, and a weekend is Friday in, two nights, as "book a suite this weekend" is in round 20.)
    { at: 'arrivalDate', today: TUE, say: 'the first weekend of january', want: { arrival: '2027-01-01', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'the last day of the year', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, say: 'um the the 14th the 14th', want: { arrival: '2026-12-14' } },
    { at: 'arrivalDate', today: TUE, say: 'my name is ana diaz', want: { name: 'Ana Diaz' } },
    // At the nights (the arrival held: Tuesday the 8th).
    { at: 'nights', today: TUE, say: 'two no wait three nights', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'like three nights maybe four' },
    { at: 'nights', today: TUE, say: 'three four nights' },
    { at: 'nights', today: TUE, say: 'two or so', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'at least three', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'we head out friday', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'thru the 12th', want: { nights: 4 } },
    // (Written at first as 9 nights: a length in days is nights only with nights said too, never from "a week and 2 days" (understanding/numbers.ts): asked.)
    { at: 'nights', today: TUE, say: 'a week and two days' },
    { at: 'nights', today: TUE, say: 'two weeks', want: { nights: 14 } },
    { at: 'nights', today: TUE, say: 'we check out christmas eve', want: { nights: 16 } },
    { at: 'nights', today: TUE, say: 'um for for three nights', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'john smith' },
    // At the rooms.
    { at: 'rooms', today: TUE, say: 'two rooms no wait three', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, say: 'three rooms actually make that two', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'a few rooms' },
    { at: 'rooms', today: TUE, say: 'like two maybe three' },
    { at: 'rooms', today: TUE, say: 'uh just the one', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: 'enough for 8 people' },
    // At the read list of rooms.
    { at: 'roomType', today: TUE, say: 'a king actually make it two queens', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'the suite no wait the king', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'the one with two queen beds', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'one with a king bed', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'the one with the ocean view', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'the nicest one you got', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'something on the cheaper side', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'something for a family of five' },
    { at: 'roomType', today: TUE, say: 'whatever you have' },
    { at: 'roomType', today: TUE, say: 'any room is fine' },
    { at: 'roomType', today: TUE, say: 'not the suite' },
    { at: 'roomType', today: TUE, say: 'anything but the standard' },
    { at: 'roomType', today: TUE, say: 'the one in the middle' },
    { at: 'roomType', today: TUE, say: 'one with a jacuzzi' },
    // At the name: spellings described.
    { at: 'name', today: TUE, say: 'jon without an h baker', want: { name: 'Jon Baker' } },
    { at: 'name', today: TUE, say: 'sara with no h sara miller', want: { name: 'Sara Miller' } },
    { at: 'name', today: TUE, say: 'stephen with a p h stephen clark', want: { name: 'Stephen Clark' } },
    { at: 'name', today: TUE, say: 'ana diaz diaz with a z', want: { name: 'Ana Diaz' } },
    { at: 'name', today: TUE, say: 'its catherine with a k jones' },
    { at: 'name', today: TUE, say: 'mary ann okafor o k a f o r', want: { name: 'Mary Ann Okafor' } },
    { at: 'name', today: TUE, say: 'john no sorry jim walker', want: { name: 'Jim Walker' } },
    { at: 'name', today: TUE, say: 'its for my boss mr david kim', want: { name: 'David Kim' } },
    { at: 'name', today: TUE, say: 'uh the 12th' },
    { at: 'name', today: TUE, say: 'two nights' },
    // At the payment, the callback, the read-back, an offer.
    { at: 'payment', today: TUE, say: 'credit no wait debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'a visa debit card', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'can i do paypal' },
    { at: 'payment', today: TUE, say: 'my amex', want: { payment: 'credit_card' } },
    { at: 'callback', today: TUE, say: 'two one two five five five zero one nine nine', want: { callback: '+12125550199' } },
    { at: 'callback', today: TUE, say: 'area code 305 then 555 0142', want: { callback: '+13055550142' } },
    { at: 'callback', today: TUE, say: 'call my wife at 917 555 0123', want: { callback: '+19175550123' } },
    { at: 'callback', today: TUE, say: 'the number im calling from no wait use 646 555 0100', want: { callback: '+16465550100' } },
    { at: 'readBack', today: TUE, say: 'yes no wait make it three nights', want: { nights: 3 } },
    { at: 'offer', today: TUE, say: 'the king no wait the queen', want: { roomType: 'DQ' } },
    { at: 'offer', today: TUE, say: 'the one with two beds', want: { roomType: 'DQ' } },
  ],
};

export const heldOut22EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'need a rm 2nite 🙏', want: { rooms: 1, arrival: '2026-12-01' } },
    { at: 'first', today: TUE, say: 'room tmrw n the day after', want: { rooms: 1, arrival: '2026-12-02', nights: 2 } },
    { at: 'first', today: TUE, say: 'fri-sun 2 rooms pls', want: { rooms: 2, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: '12/5 for 2 nts', want: { nights: 2 }, raise: { choose: DEC_5_OR_MAY_12 } },
    { at: 'first', today: TUE, say: '12/24-12/26 king', want: { roomType: 'DLX', arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, say: 'xmas eve thru the 27th, 2 rooms', want: { rooms: 2, arrival: '2026-12-24', nights: 3 } },
    { at: 'first', today: TUE, say: 'dec 4 thru 7, 2 kings', want: { rooms: 2, roomType: 'DLX', arrival: '2026-12-04', nights: 3 } },
    { at: 'first', today: TUE, say: 'the 5th no wait the 6th, 2 nts', want: { arrival: '2026-12-06', nights: 2 } },
    { at: 'first', today: TUE, say: 'sat the 13th', raise: { choose: SATURDAY_13 } },
    { at: 'first', today: TUE, say: '3-4 nights from the 9th', want: { arrival: '2026-12-09' } },
    { at: 'first', today: TUE, say: 'cheapest rm u got tmrw', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-02' } },
    { at: 'first', today: TUE, say: 'wk from tmrw, 3 nts', want: { arrival: '2026-12-09', nights: 3 } },
    { at: 'first', today: TUE, say: 'valentines wknd?' },
    { at: 'first', today: TUE, say: 'hey do u allow pets', raise: { answer: 'pets' } },
    { at: 'first', today: TUE, say: 'need to cancel my res', raise: 'lookup' },
    { at: 'arrivalDate', today: TUE, say: 'xmas eve', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, say: 'mon the 15th', raise: { choose: MONDAY_15 } },
    { at: 'arrivalDate', today: TUE, say: '12/5', raise: { choose: DEC_5_OR_MAY_12 } },
    { at: 'arrivalDate', today: TUE, say: '12/18', want: { arrival: '2026-12-18' } },
    { at: 'nights', today: TUE, say: '2 nts, actually 3', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: '3-4' },
    { at: 'rooms', today: TUE, say: 'a few' },
    { at: 'roomType', today: TUE, say: 'w/e u have' },
    { at: 'roomType', today: TUE, say: 'the 1 w 2 beds', want: { roomType: 'DQ' } },
    { at: 'name', today: TUE, say: 'Ana Díaz 😊', want: { name: 'Ana Díaz' } },
    { at: 'name', today: TUE, say: 'jon (no h) baker', want: { name: 'Jon Baker' } },
    { at: 'payment', today: TUE, say: 'debit pls', want: { payment: 'debit_card' } },
    { at: 'callback', today: TUE, say: '(646) 555-0100', want: { callback: '+16465550100' } },
    { at: 'callback', today: TUE, say: 'same #', want: { callback: NYC } },
    { at: 'readBack', today: TUE, say: '👍', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'yes 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, say: '✅', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'yep all good 🙌', raise: 'booked' },
  ],
};

export const heldOut22EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Cambios de idea dentro de una respuesta.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el 5 no espérame el 6 dos noches', want: { arrival: '2026-12-06', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'dos bueno no tres noches a partir del jueves', want: { arrival: '2026-12-03', nights: 3 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el cuatro bueno no el cinco', want: { arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'una king no mejor dos camas para el 10', want: { roomType: 'DQ', arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'tres cuartos perdón dos para el 18', want: { rooms: 2, arrival: '2026-12-18' } },
    // Rangos.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'del 4 al 7 de enero', want: { arrival: '2027-01-04', nights: 3 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'de jueves a domingo', want: { arrival: '2026-12-03', nights: 3 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: '3 noches a partir del jueves', want: { arrival: '2026-12-03', nights: 3 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'llegando el 10 y saliendo el 13', want: { arrival: '2026-12-10', nights: 3 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'del 29 de diciembre al 2 de enero', want: { arrival: '2026-12-29', nights: 4 } },
    // Días festivos.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'para nochebuena dos noches', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el 12 de diciembre día de la virgen una noche', want: { arrival: '2026-12-12', nights: 1 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'para el día de reyes', want: { arrival: '2027-01-06' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'para san valentín una habitación', want: { rooms: 1, arrival: '2027-02-14' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'para el día de las madres' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'queremos recibir el año aquí dos noches', want: { arrival: '2026-12-31', nights: 2 } },
    // Día de la semana y fecha.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el lunes 15 una habitación', want: { rooms: 1 }, raise: { choose: MONDAY_15 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el viernes 12 dos noches', want: { nights: 2 }, raise: { choose: FRIDAY_12 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el sábado 12 dos noches', want: { arrival: '2026-12-12', nights: 2 } },
    // Contado desde hoy.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'mañana y pasado', want: { arrival: '2026-12-02', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'una habitación para hoy y mañana', want: { rooms: 1, arrival: '2026-12-01', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'dentro de tres semanas', want: { arrival: '2026-12-22' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'en diez días', want: { arrival: '2026-12-11' } },
    // Cuentas dudosas.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'unas tres noches a partir del 9', want: { arrival: '2026-12-09', nights: 3 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'como tres noches o cuatro a partir del 9', want: { arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'un par de noches el 19', want: { arrival: '2026-12-19', nights: 2 } },
    // Todo junto; cuartos por lo que tienen.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'dos de lujo del 4 al 7 a nombre de ana díaz', want: { rooms: 2, roomType: 'DLX', arrival: '2026-12-04', nights: 3, name: 'Ana Díaz' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'tres dobles del 18 al 20 a nombre de pedro sánchez', want: { rooms: 3, roomType: 'DQ', arrival: '2026-12-18', nights: 2, name: 'Pedro Sánchez' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'la que tiene vista al mar para el 20', want: { roomType: 'OCEAN', arrival: '2026-12-20' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'lo que tenga para hoy', want: { arrival: '2026-12-01' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'algo para una familia de cinco el 19', want: { arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'o sea queremos llegar el 11 pues', want: { arrival: '2026-12-11' } },
    // Para qué llama.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quisiera hacer una reservación', raise: 'book' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'ya tengo una reserva y quiero ver si está confirmada', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero cancelar lo que aparté', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'me comunica con recepción por favor', raise: 'desk' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'aceptan mascotas', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'a qué hora es la salida', raise: { answer: 'checkOut' } },
    // En la fecha de llegada.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5 no perdón el 6', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes ah no el sábado', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'nochebuena', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el día de la virgen', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el primero de enero', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'san valentín', want: { arrival: '2027-02-14' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el lunes 15', raise: { choose: MONDAY_15 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el jueves 10', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dentro de tres semanas', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en diez días', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el último día del año', want: { arrival: '2026-12-31' } },
    // (Written at first as asked: see "the first weekend of january".)
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el primer fin de semana de enero', want: { arrival: '2027-01-01', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'pues este el el 14', want: { arrival: '2026-12-14' } },
    // En las noches (llegada el martes 8).
    { at: 'nights', today: TUE, caller: CDMX, say: 'dos bueno no tres noches', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'unas tres noches', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres cuatro noches' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'como tres noches o cuatro' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'nos vamos el viernes', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'salimos el 12', want: { nights: 4 } },
    // (Written at first as 9 nights: see "a week and two days".)
    { at: 'nights', today: TUE, caller: CDMX, say: 'una semana y dos días' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'dos semanas', want: { nights: 14 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'nomás una', want: { nights: 1 } },
    // En los cuartos.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'tres perdón dos', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'unos dos cuartos', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos o tres quién sabe' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'unas cuantas' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'uno para nosotros y otro para mis papás', want: { rooms: 2 } },
    // En la lista de cuartos.
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una king no mejor la de dos camas', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la que tiene vista al mar', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'con dos camas matrimoniales', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una con cama king', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la más bonita', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'lo que tenga' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'cualquier cuarto' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'algo para una familia de cinco' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'algo más sencillo que la suite' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de en medio' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'no la suite no' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una con jacuzzi' },
    // En el nombre.
    { at: 'name', today: TUE, caller: CDMX, say: 'ana díaz con zeta', want: { name: 'Ana Díaz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'juan gonzález con s' },
    { at: 'name', today: TUE, caller: CDMX, say: 'karla con k karla mendoza', want: { name: 'Karla Mendoza' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'carla con k mendoza' },
    { at: 'name', today: TUE, caller: CDMX, say: 'ximena con equis ximena rojas', want: { name: 'Ximena Rojas' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'maría fernanda lópez garcía', want: { name: 'María Fernanda López García' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'luis ángel ortega de la cruz', want: { name: 'Luis Ángel Ortega de la Cruz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de juan no perdón de julio vargas', want: { name: 'Julio Vargas' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'el 12 de diciembre' },
    // En el pago, el número, la lectura, una oferta.
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tarjeta bueno no mejor efectivo', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tarjeta de débito visa', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'puedo pagar en oxxo' },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y cinco doce treinta y cuatro cincuenta y seis setenta y ocho', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'treinta y tres noventa y ocho setenta y seis cincuenta y cuatro treinta y dos', want: { callback: '+523398765432' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'lada 33 y luego 12 34 56 78', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'es el 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí este no espéreme que sean tres noches', want: { nights: 3 } },
    { at: 'offer', today: TUE, caller: CDMX, say: 'la de dos camas', want: { roomType: 'DQ' } },
    { at: 'offer', today: TUE, caller: CDMX, say: 'la king no mejor la estándar', want: { roomType: 'STD' } },
  ],
};

export const heldOut22EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: '2 habs x favor p/ el vie', want: { rooms: 2, arrival: '2026-12-04' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'q tal, tienen hab pa mñn?', want: { rooms: 1, arrival: '2026-12-02' } },
    { at: 'first', today: TUE, caller: CDMX, say: '5/12 2 noches', want: { nights: 2 }, raise: { choose: DEC_5_OR_MAY_12 } },
    { at: 'first', today: TUE, caller: CDMX, say: '24/12 al 26/12', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'del 4 al 7 de enero, 1 doble', want: { rooms: 1, roomType: 'DQ', arrival: '2027-01-04', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'de jue a dom', want: { arrival: '2026-12-03', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'el 5 no, el 6, 2 noches', want: { arrival: '2026-12-06', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'sab 13', raise: { choose: SATURDAY_13 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'unas 3 noches desde el 9', want: { arrival: '2026-12-09', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'hab p/ hoy y mñn', want: { rooms: 1, arrival: '2026-12-01', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'para nochebuena, 2 noches 🎄', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'dia de reyes 1 noche', want: { arrival: '2027-01-06', nights: 1 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'kiero cancelar mi reserva', raise: 'lookup' },
    { at: 'first', today: TUE, caller: CDMX, say: 'aceptan perros?', raise: { answer: 'pets' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '5/12', raise: { choose: DEC_5_OR_MAY_12 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '18/12', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el lun 15', raise: { choose: MONDAY_15 } },
    { at: 'nights', today: TUE, caller: CDMX, say: '2, bueno no, 3', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: '3 o 4 q sé yo' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la q tiene vista al mar', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'lo q tengas' },
    { at: 'name', today: TUE, caller: CDMX, say: 'Ana Díaz 😊', want: { name: 'Ana Díaz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'maria fernanda lopez garcia', want: { name: 'Maria Fernanda Lopez Garcia' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efvo x favor', want: { payment: 'cash' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '+52 1 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '33-1234-5678', want: { callback: '+523312345678' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'va 👌', raise: 'booked' },
  ],
};
