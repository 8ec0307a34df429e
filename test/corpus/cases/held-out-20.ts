// Held-out round 20 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, no
// punctuation at times, numbers as digits or words, "um", "este", "o sea", "pues"). A weekday and a
// date that disagree ("Friday the 5th" when the 5th is a Saturday: which is asked); day-first
// Mexican numeric dates ("el 15/12", "15 del 12", "quince del doce"); ordinal words ("the
// twenty-first", "el veintitrés"); "this coming", "the weekend after next", "after Christmas", "la
// semana que entra", "el puente de diciembre", "Año Nuevo", "Nochebuena", a day counted from
// another ("two days after the 10th", "un día antes de Navidad"); stays ("checking out Sunday",
// "hasta el domingo", "dos noches nada más", "una semanita", "from Friday for the weekend"), nights
// and a departure that disagree (asked); counts ("one for me and one for my parents", "un par de
// cuartos", "a double and a single": two types, explained), counts misheard ("to rooms", "for
// nights"); names (double surnames, particles, spelled, "last name …", "a nombre de mi esposa",
// O'Brien, Smith-Jones); payment and yes/no in Mexican idiom ("órale", "sale", "ándale pues",
// "nel", "simón"); corrections inside one answer ("the 14th, scratch that, the 15th", "tres, no,
// mejor dos cuartos").
// First run, as written, before its session's fixes: 181 cases, 90.0% of 310 units understood, 19
// asked again, 24 silently wrong ("quince del doce" / "veinte del doce" / "8 del 1" as the 12th or
// the 1st with nights; "the 10th to the 12th for three nights" and "three nights, leaving the 10th"
// taking one of the two; "three rooms I mean two for the 18th" as three; "1 for me 1 for my parents"
// as one; "John Last Name Whitaker", "Kate Smith Hyphen Jones", "José Luis" for "… y de apellido
// Hernández Ruiz", "Be Grande Rocío Benítez"). Two expectations corrected to rules set earlier
// (noted where they stand). After the fixes: 308 units, 99.4% understood, 2 asked again (a name
// after a bare "for"), none silently wrong.
// Calendar in ./days.ts (and: Thu 17, Sat 19, Sun 20, Wed 23, Wed 30 December 2026; Sat 2, Sun 3,
// Wed 6, Fri 8 January 2027); at the later questions the call has (keyed) the arrival a week ahead
// (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the
// number calling.
import type { CorpusFile } from '../corpus-case.ts';
import { FRI, TUE } from './days.ts';

/** A caller from Guadalajara (the Spanish calls). */
const GDL = '+523312345678';
/** The number calling in the English calls and texts (the runner's). */
const NYC = '+12125550123';
/** Two rooms keyed on the way, so that "just one room" changes something. */
const TWO_ROOMS = { rooms: '2' } as const;

/** "Friday the 5th" (the 5th is a Saturday): Friday 4 or Saturday 5 December. */
const FRIDAY_5 = ['2026-12-04', '2026-12-05'];
/** "Monday the 15th" (a Tuesday): Monday 14 or Tuesday 15. */
const MONDAY_15 = ['2026-12-14', '2026-12-15'];
/** "Thursday the 12th" (a Saturday): Thursday 10 or Saturday 12. */
const THURSDAY_12 = ['2026-12-10', '2026-12-12'];
/** "Saturday the 20th" (a Sunday): Saturday 19 or Sunday 20. */
const SATURDAY_20 = ['2026-12-19', '2026-12-20'];
/** "El viernes 19" (a Saturday): Friday 18 or Saturday 19. */
const FRIDAY_19 = ['2026-12-18', '2026-12-19'];
/** "El martes 9" (a Wednesday): Tuesday 8 or Wednesday 9. */
const TUESDAY_9 = ['2026-12-08', '2026-12-09'];
/** "El domingo 2 de enero" (a Saturday): Saturday 2 or Sunday 3 January. */
const SUNDAY_JAN_2 = ['2027-01-02', '2027-01-03'];
/** "Sat the 13th" (a Sunday): Saturday 12 or Sunday 13. */
const SATURDAY_13 = ['2026-12-12', '2026-12-13'];
/** "Miércoles 17" (a Thursday): Wednesday 16 or Thursday 17. */
const WEDNESDAY_17 = ['2026-12-16', '2026-12-17'];

export const heldOut20EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // A weekday and a date that disagree.
    { at: 'greeting', today: TUE, say: 'hi um i need a room friday the 5th', want: { rooms: 1 }, raise: { choose: FRIDAY_5 } },
    { at: 'greeting', today: TUE, say: 'two nights starting monday the 15th', want: { nights: 2 }, raise: { choose: MONDAY_15 } },
    { at: 'greeting', today: TUE, say: 'Do you have a king for Thursday the 12th?', want: { rooms: 1, roomType: 'DLX' }, raise: { choose: THURSDAY_12 } },
    { at: 'greeting', today: TUE, say: 'a queen for saturday december 19th two nights', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-19', nights: 2 } },
    // Ordinal words.
    { at: 'greeting', today: TUE, say: 'i need a room for the twenty-first', want: { rooms: 1, arrival: '2026-12-21' } },
    { at: 'greeting', today: TUE, say: 'the twenty second through the twenty fifth one standard', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-22', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'um the thirtieth for three nights', want: { arrival: '2026-12-30', nights: 3 } },
    // This coming, after next, holidays, a day counted from another.
    { at: 'greeting', today: TUE, say: 'yeah a room this coming friday just the one night', want: { rooms: 1, arrival: '2026-12-04', nights: 1 } },
    // (Written at first as two rooms: "two queens" is the hotel file's own name for the Double Queen.)
    { at: 'greeting', today: TUE, say: 'the weekend after next, two queens', want: { roomType: 'DQ', arrival: '2026-12-11', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'sometime after christmas for a few nights' },
    { at: 'greeting', today: TUE, say: 'two days after the 10th, one room', want: { rooms: 1, arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'the day before the 20th, two nights', want: { arrival: '2026-12-19', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'new years eve one night the suite', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-31', nights: 1 } },
    // Stays.
    { at: 'greeting', today: TUE, say: 'arriving friday checking out sunday', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'from the 30th till the 3rd, one king', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-30', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'from friday for the weekend', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'a week from the 14th', want: { arrival: '2026-12-14', nights: 7 } },
    { at: 'greeting', today: TUE, say: 'the 10th to the 12th for three nights', want: { arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, say: 'four nights checking in the 18th and leaving the 20th', want: { arrival: '2026-12-18' } },
    // Counts and rooms.
    { at: 'greeting', today: TUE, say: 'i need one for me and one for my parents on the 19th', want: { rooms: 2, arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: 'a double and a single for the 12th', want: { arrival: '2026-12-12' }, raise: 'oneType' },
    { at: 'greeting', today: TUE, say: 'i need to rooms for the 12th', want: { rooms: 2, arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'a couple of rooms on the 26th for two nights', want: { rooms: 2, arrival: '2026-12-26', nights: 2 } },
    // Whole requests with a name.
    { at: 'greeting', today: TUE, say: 'two deluxe rooms from the 4th to the 7th for ana diaz', want: { rooms: 2, roomType: 'DLX', arrival: '2026-12-04', nights: 3, name: 'Ana Diaz' } },
    { at: 'greeting', today: TUE, say: 'one standard the 9th to the 11th under kevin o\'brien', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-09', nights: 2, name: "Kevin O'Brien" } },
    // Corrections inside one answer.
    { at: 'greeting', today: TUE, say: 'the 14th, scratch that, the 15th, one room', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'three rooms i mean two for the 18th', want: { rooms: 2, arrival: '2026-12-18' } },
    // At the arrival date.
    { at: 'arrivalDate', today: TUE, say: 'friday the 5th', raise: { choose: FRIDAY_5 } },
    { at: 'arrivalDate', today: TUE, say: 'saturday the 20th', raise: { choose: SATURDAY_20 } },
    { at: 'arrivalDate', today: TUE, say: 'thursday the 17th', want: { arrival: '2026-12-17' } },
    { at: 'arrivalDate', today: TUE, say: 'the twenty third', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, say: 'um the sixth of january', want: { arrival: '2027-01-06' } },
    { at: 'arrivalDate', today: TUE, say: 'this coming saturday', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'three days after christmas', want: { arrival: '2026-12-28' } },
    { at: 'arrivalDate', today: TUE, say: 'a week from friday', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'the 11th, no wait, the 12th', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'after christmas' },
    // At the nights (the arrival held: Tuesday the 8th).
    { at: 'nights', today: TUE, say: 'checking out sunday', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'till the 11th', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'for nights', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'just the two nights', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'three nights leaving on the 10th' },
    // At the rooms, the room type, the name, payment, callback and the read-back.
    { at: 'rooms', today: TUE, say: 'one for me and one for my parents', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'to rooms please', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'a double and a single' , raise: 'oneType' },
    { at: 'name', today: TUE, say: 'my name is john last name whitaker', want: { name: 'John Whitaker' } },
    { at: 'name', today: TUE, say: 'last name smith s m i t h first name john', want: { name: 'John Smith' } },
    { at: 'name', today: TUE, say: 'pieter van der berg', want: { name: 'Pieter van der Berg' } },
    { at: 'name', today: TUE, say: 'kate smith hyphen jones', want: { name: 'Kate Smith-Jones' } },
    { at: 'payment', today: TUE, say: 'um debit', want: { payment: 'debit_card' } },
    { at: 'callback', today: TUE, say: 'the number im calling from', want: { callback: NYC } },
    { at: 'readBack', today: TUE, say: 'yup that all sounds right', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'nope the date is wrong its the 9th', want: { arrival: '2026-12-09' } },
  ],
};

export const heldOut20EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'room fri the 5th?', want: { rooms: 1 }, raise: { choose: FRIDAY_5 } },
    { at: 'first', today: TUE, say: 'sat the 13th 2 nts', want: { nights: 2 }, raise: { choose: SATURDAY_13 } },
    { at: 'first', today: TUE, say: 'thu 12/17 1 night', want: { arrival: '2026-12-17', nights: 1 } },
    { at: 'first', today: TUE, say: 'need a room the twenty first', want: { rooms: 1, arrival: '2026-12-21' } },
    { at: 'first', today: TUE, say: 'this coming fri-sun, 1 king', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'wknd after next 2 rooms', want: { rooms: 2, arrival: '2026-12-11', nights: 2 } },
    { at: 'first', today: TUE, say: 'nye 1 night', want: { arrival: '2026-12-31', nights: 1 } },
    { at: 'first', today: TUE, say: 'xmas eve thru the 27th', want: { arrival: '2026-12-24', nights: 3 } },
    { at: 'first', today: TUE, say: 'after xmas sometime' },
    { at: 'first', today: TUE, say: '2 days after the 10th, 1 room', want: { rooms: 1, arrival: '2026-12-12' } },
    { at: 'first', today: TUE, say: 'fri checking out sun', want: { arrival: '2026-12-04', nights: 2 } },
    // (Written at first with one room: a type texted bare says no count, as "dec 30 - jan 3, suite" in round 6.)
    { at: 'first', today: TUE, say: 'from fri for the wknd, queen', want: { roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: '12/10-12/12 3 nights', want: { arrival: '2026-12-10' } },
    { at: 'first', today: TUE, say: 'a week from the 14th', want: { arrival: '2026-12-14', nights: 7 } },
    { at: 'first', today: TUE, say: '2 rooms, 1 for me 1 for my parents, 12/19', want: { rooms: 2, arrival: '2026-12-19' } },
    { at: 'first', today: TUE, say: '1 double + 1 single on the 12th', want: { arrival: '2026-12-12' }, raise: 'oneType' },
    { at: 'first', today: TUE, say: 'couple rooms dec 26-28', want: { rooms: 2, arrival: '2026-12-26', nights: 2 } },
    { at: 'first', today: TUE, say: '2 deluxe 12/4-12/7 for ana diaz', want: { rooms: 2, roomType: 'DLX', arrival: '2026-12-04', nights: 3, name: 'Ana Diaz' } },
    { at: 'first', today: TUE, say: 'the 14th - no, 15th. 1 room', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'first', today: TUE, say: '3 rooms sorry 2, on the 18th', want: { rooms: 2, arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'mon the 15th', raise: { choose: MONDAY_15 } },
    { at: 'arrivalDate', today: TUE, say: 'twenty-third', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, say: 'the day before xmas eve', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, say: '11th no wait 12th', want: { arrival: '2026-12-12' } },
    { at: 'nights', today: TUE, say: 'out sunday', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'til the 11th', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'a wk', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: '3 nights, leaving the 10th' },
    { at: 'rooms', today: TUE, say: '1 for me 1 for my parents', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'a king and a queen', raise: 'oneType' },
    { at: 'name', today: TUE, say: 'Kate Smith-Jones', want: { name: 'Kate Smith-Jones' } },
    { at: 'name', today: TUE, say: "first name dana last name o'brien", want: { name: "Dana O'Brien" } },
    { at: 'name', today: TUE, say: 'van der berg, pieter', want: { name: 'Pieter van der Berg' } },
    { at: 'payment', today: TUE, say: 'cash when we get there', want: { payment: 'cash' } },
    { at: 'readBack', today: TUE, say: 'yup book it', raise: 'booked' },
    { at: 'readBack', today: TUE, keyed: TWO_ROOMS, say: 'just 1 room not 2', want: { rooms: 1 } },
  ],
};

export const heldOut20EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Día de la semana y fecha que no cuadran.
    { at: 'greeting', today: TUE, caller: GDL, say: 'buenas tardes quería un cuarto para el jueves 12', want: { rooms: 1 }, raise: { choose: THURSDAY_12 } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'este para el viernes 19 dos noches', want: { nights: 2 }, raise: { choose: FRIDAY_19 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'para el martes 9', raise: { choose: TUESDAY_9 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'el domingo 20 una noche', want: { arrival: '2026-12-20', nights: 1 } },
    // Fechas numéricas con el día primero.
    { at: 'greeting', today: TUE, caller: GDL, say: 'una habitación para el 15/12', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'menu', today: TUE, caller: GDL, say: 'del 15 del 12 al 18 del 12', want: { arrival: '2026-12-15', nights: 3 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'para el quince del doce', want: { arrival: '2026-12-15' } },
    { at: 'menu', today: TUE, caller: GDL, say: 'el 2 del 1 dos noches', want: { arrival: '2027-01-02', nights: 2 } },
    // Ordinales, fiestas, relativas.
    { at: 'greeting', today: TUE, caller: GDL, say: 'pues para el veintiuno de diciembre una doble', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-21' } },
    { at: 'menu', today: TUE, caller: GDL, say: 'para el primero de enero tres noches', want: { arrival: '2027-01-01', nights: 3 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'o sea para la semana que entra' },
    { at: 'menu', today: TUE, caller: GDL, say: 'el lunes de la semana que entra una noche', want: { arrival: '2026-12-07', nights: 1 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'para el puente de diciembre' },
    { at: 'menu', today: TUE, caller: GDL, say: 'para nochebuena y salimos el 26', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'para fin de año del 30 al 2', want: { arrival: '2026-12-30', nights: 3 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'dos días después del 10', want: { arrival: '2026-12-12' } },
    { at: 'menu', today: TUE, caller: GDL, say: 'un día antes de navidad', want: { arrival: '2026-12-24' } },
    { at: 'menu', today: TUE, caller: GDL, say: 'este fin de semana del viernes al domingo', want: { arrival: '2026-12-04', nights: 2 } },
    // Estancias.
    { at: 'greeting', today: TUE, caller: GDL, say: 'para el viernes hasta el domingo una sencilla', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-04', nights: 2 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'el 18 dos noches nada más', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'una semanita a partir del 14', want: { arrival: '2026-12-14', nights: 7 } },
    { at: 'menu', today: TUE, caller: GDL, say: 'del 10 al 13 dos noches' , want: { arrival: '2026-12-10' } },
    // Cuartos.
    { at: 'greeting', today: TUE, caller: GDL, say: 'ocupo un par de cuartos para el 19', want: { rooms: 2, arrival: '2026-12-19' } },
    { at: 'menu', today: TUE, caller: GDL, say: 'uno para mí y otro para mis papás el 22', want: { rooms: 2, arrival: '2026-12-22' } },
    { at: 'menu', today: TUE, caller: GDL, say: 'una doble y una sencilla para el 12', want: { arrival: '2026-12-12' }, raise: 'oneType' },
    { at: 'menu', today: TUE, caller: GDL, say: 'tres no mejor dos cuartos para el 18', want: { rooms: 2, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'quería dos cuartos del 18 al 20 a nombre de laura pérez', want: { rooms: 2, arrival: '2026-12-18', nights: 2, name: 'Laura Pérez' } },
    // En la fecha de llegada.
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el domingo 2 de enero', raise: { choose: SUNDAY_JAN_2 } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el 20/12', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'veinte del doce', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el veintitrés', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el treinta y uno de diciembre', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'este viernes que viene', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'tres días después de navidad', want: { arrival: '2026-12-28' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el 20 perdón el 21', want: { arrival: '2026-12-21' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'después de navidad' },
    // En las noches (llegada el martes 8).
    { at: 'nights', today: TUE, caller: GDL, say: 'hasta el domingo', want: { nights: 5 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'dos noches nada más', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'una semanita', want: { nights: 7 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'tres noches y salimos el 10' },
    // En los cuartos, el tipo, el nombre, el pago y la lectura.
    { at: 'rooms', today: TUE, caller: GDL, say: 'tres no mejor dos cuartos', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: GDL, say: 'un par de cuartos', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, caller: GDL, say: 'dos sencillas y una doble', raise: 'oneType' },
    { at: 'name', today: TUE, caller: GDL, say: 'a nombre de mi esposa laura pérez', want: { name: 'Laura Pérez' } },
    { at: 'name', today: TUE, caller: GDL, say: 'me llamo josé luis y de apellido hernández ruiz', want: { name: 'José Luis Hernández Ruiz' } },
    { at: 'name', today: TUE, caller: GDL, say: 'mariana rodríguez de la garza', want: { name: 'Mariana Rodríguez de la Garza' } },
    { at: 'name', today: TUE, caller: GDL, say: 'benítez con be grande rocío benítez', want: { name: 'Rocío Benítez' } },
    { at: 'payment', today: TUE, caller: GDL, say: 'órale con tarjeta de crédito', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: GDL, say: 'nel mejor en efectivo', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: GDL, say: 'con tarjeta', raise: 'cardKind' },
    { at: 'callback', today: TUE, caller: GDL, say: 'sí a este mismo', want: { callback: GDL } },
    { at: 'readBack', today: TUE, caller: GDL, say: 'órale sale', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: GDL, say: 'simón así está bien', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: GDL, say: 'ándale pues', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: GDL, say: 'nel está mal el nombre', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: GDL, say: 'no gracias así está bien', raise: 'booked' },
  ],
};

export const heldOut20EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: GDL, say: 'hab para el mie 17', want: { rooms: 1 }, raise: { choose: WEDNESDAY_17 } },
    { at: 'first', today: TUE, caller: GDL, say: 'el vie 5 1 noche', want: { nights: 1 }, raise: { choose: FRIDAY_5 } },
    { at: 'first', today: TUE, caller: GDL, say: 'una hab el 15/12', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'first', today: TUE, caller: GDL, say: 'del 15/12 al 18/12', want: { arrival: '2026-12-15', nights: 3 } },
    { at: 'first', today: TUE, caller: GDL, say: '2 cuartos el 20 del 12', want: { rooms: 2, arrival: '2026-12-20' } },
    { at: 'first', today: TUE, caller: GDL, say: 'para el veintidos 2 noches', want: { arrival: '2026-12-22', nights: 2 } },
    { at: 'first', today: TUE, caller: GDL, say: 'el primero de enero', want: { arrival: '2027-01-01' } },
    { at: 'first', today: TUE, caller: GDL, say: 'la semana q entra' },
    { at: 'first', today: TUE, caller: GDL, say: 'puente de diciembre' },
    { at: 'first', today: TUE, caller: GDL, say: 'nochebuena 2 noches', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, caller: GDL, say: 'año nuevo 1 noche', want: { arrival: '2027-01-01', nights: 1 } },
    { at: 'first', today: TUE, caller: GDL, say: '2 dias despues del 10', want: { arrival: '2026-12-12' } },
    { at: 'first', today: TUE, caller: GDL, say: 'vie hasta el dom', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, caller: GDL, say: 'el 18, 2 noches nomas', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, caller: GDL, say: 'del 10 al 13, 2 noches', want: { arrival: '2026-12-10' } },
    { at: 'first', today: TUE, caller: GDL, say: 'un par de cuartos p el 19', want: { rooms: 2, arrival: '2026-12-19' } },
    { at: 'first', today: TUE, caller: GDL, say: '1 p mi y 1 p mis papas, el 22', want: { rooms: 2, arrival: '2026-12-22' } },
    { at: 'first', today: TUE, caller: GDL, say: 'una doble y una sencilla el 12', want: { arrival: '2026-12-12' }, raise: 'oneType' },
    { at: 'first', today: TUE, caller: GDL, say: '3 no mejor 2 cuartos el 18', want: { rooms: 2, arrival: '2026-12-18' } },
    { at: 'first', today: TUE, caller: GDL, say: '2 deluxe del 4 al 7 a nombre de ana diaz', want: { rooms: 2, roomType: 'DLX', arrival: '2026-12-04', nights: 3, name: 'Ana Diaz' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: '23/12', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: '8 del 1', want: { arrival: '2027-01-08' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el 20 perdon el 21', want: { arrival: '2026-12-21' } },
    { at: 'arrivalDate', today: FRI, caller: GDL, say: 'el lunes q entra', want: { arrival: '2026-12-07' } },
    { at: 'nights', today: TUE, caller: GDL, say: 'hasta el dom', want: { nights: 5 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'una semanita', want: { nights: 7 } },
    { at: 'nights', today: TUE, caller: GDL, say: '2 noches nada mas', want: { nights: 2 } },
    { at: 'rooms', today: TUE, caller: GDL, say: 'un par', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: GDL, say: 'tres, no, mejor dos', want: { rooms: 2 } },
    { at: 'name', today: TUE, caller: GDL, say: 'a nombre de mi esposa, Laura Pérez', want: { name: 'Laura Pérez' } },
    { at: 'name', today: TUE, caller: GDL, say: 'hernandez ruiz, jose luis', want: { name: 'Jose Luis Hernandez Ruiz' } },
    { at: 'payment', today: TUE, caller: GDL, say: 'efectivo, sale', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: GDL, say: 'con la de debito', want: { payment: 'debit_card' } },
    { at: 'readBack', today: TUE, caller: GDL, say: 'simon', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: GDL, say: 'va, sale', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: GDL, say: 'nel, son 3 noches', want: { nights: 3 } },
  ],
};
