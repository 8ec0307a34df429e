// Held-out round 27 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, no
// punctuation at times, numbers as digits or words, "um", "uh", "este", "pues", false starts) and
// as they text ("nts", "hab", "p/", "d", "asta", "sinco", all caps, emoji). Days and nights said
// together ("3 days 2 nights", "tres días dos noches", "3D2N": the nights taken; "four days", "4
// dias" alone: asked, a day is not a night); days counted from today ("this time next week", "a
// month from today", "same day next month", "three weeks from now", "de hoy en un mes", "en dos
// semanas"; "in a couple of weeks", "en unos días", "el próximo mes": asked); parts of a month with
// no day ("towards the end of the month", "the last week of december", "early next month", "fin de
// mes", "la segunda quincena de diciembre": asked, never a guessed day); an event's day that is not
// the arrival ("our anniversary is on the 12th", "la boda es el 19": asked) against a request that
// names its night ("a room for the 12th, it's our 10th anniversary", "necesitamos cuarto desde el
// 18"); speech-to-text sound-alikes ("the forth", "too nights", "to please"); corrections inside one
// answer ("the 5th, or rather the 6th", "el 5, digo, el 6", "dos, digo, tres habitaciones");
// Mexican yes and no at the read-back ("no pos sí", "sale pues", "eso mero", "va que va", "no, así
// está bien" — yes; "nombre, la fecha está mal" — "no hombre", a no, not the name); callback
// numbers said with a country code or a lada ("zero one one five two…", "+52 1 55…", "mi lada es
// 33", "+44 20…"); groups ("a party of 12", "somos 9": people, not rooms; "8 rooms", "10
// habitaciones para una boda": the group desk); room types asked with extras ("a king non
// smoking", "la doble y si se puede con cuna"; "accessible", "a quiet room on a high floor",
// "smoking room": asked); and the open items round 26 left: "king, for Bob Lee, paying cash" (the
// name kept), "2 people" at the rooms question (people, not rooms: asked), a day of this month
// already past said without a month ("the 5th" on Monday 7 December, written at first as asked: it
// is January's, as round 25 set, said back with its month at the read-back; "the 3rd" on Monday 28
// December is next month's too).
// First run, as written, before its session's fixes: 201 cases, 78.7% of 183 units understood, 36
// asked again, 29 silently wrong ("our anniversary is on the 12th", "the wedding is on the 19th",
// "la boda es el 19", "wedding is 12/19" and "my daughters graduation is on the 12th" as arrivals;
// "in a couple of weeks" as the 15th for fourteen nights, "in a few days" and "en unos días" as the
// 4th; "de hoy en un mes" as today; "thx giving wknd thu-sun" as 5 November; "vamos a la boda el 19
// y … desde el 18" as one night). Eleven expectations corrected where they stand to rules the
// project had set (more rooms than a booking takes are taken and sent to the group desk; "the 5th"
// said on 7 December is January's, as "the first" said on 4 December is, round 25; "a month from
// now" is about a month, round 4; a room with a day is one room, "a room" without one leaves the
// rooms asked): 83.1% of 189 units, 29 asked again, 17 silently wrong. After the fixes: 100% of
// 189, none asked again, none silently wrong.
// Calendar in ./days.ts (and Mon 28 December 2026). At the later questions the call has (keyed) the
// arrival a week ahead (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana
// Díaz, cash, and the number calling.
import type { CorpusFile } from '../corpus-case.ts';
import { EARLY_NOV, MON, TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';
/** Monday 28 December 2026: "the 3rd" is 3 January. */
const DEC28 = '2026-12-28';

export const heldOut27EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // Days and nights.
    { at: 'nights', today: TUE, say: '3 days 2 nights', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'uh three days and two nights', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'two nights three days', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'four days' },
    { at: 'nights', today: TUE, say: 'like a long weekend' },
    { at: 'greeting', today: TUE, say: 'i want to book a room for 3 days 2 nights starting friday', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'friday for three days', want: { arrival: '2026-12-04' } },
    { at: 'greeting', today: TUE, say: 'we need a king for five days four nights from the 10th', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-10', nights: 4 } },
    // Days counted from today.
    { at: 'arrivalDate', today: TUE, say: 'this time next week', want: { arrival: '2026-12-08' } },
    // (Written at first as 2027-01-01: "a month from now" is about a month, asked (held-out round 4), and so is this.)
    { at: 'arrivalDate', today: TUE, say: 'a month from today' },
    { at: 'arrivalDate', today: TUE, say: 'um same day next month', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'three weeks from now', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, say: 'a week from this sunday', want: { arrival: '2026-12-13' } },
    { at: 'arrivalDate', today: TUE, say: 'in a couple of weeks' },
    { at: 'arrivalDate', today: TUE, say: 'in a few days' },
    { at: 'arrivalDate', today: TUE, say: 'sometime next month' },
    // Parts of a month with no day.
    { at: 'arrivalDate', today: TUE, say: 'towards the end of the month' },
    { at: 'arrivalDate', today: TUE, say: 'sometime the last week of december' },
    { at: 'arrivalDate', today: TUE, say: 'early next month' },
    { at: 'arrivalDate', today: TUE, say: 'late january' },
    { at: 'arrivalDate', today: TUE, say: 'end of the month' },
    { at: 'greeting', today: TUE, say: 'im looking at the first half of january for about four nights', want: { nights: 4 } },
    // An event's day, and a request's night.
    { at: 'arrivalDate', today: TUE, say: 'our anniversary is on the 12th' },
    { at: 'arrivalDate', today: TUE, say: 'the wedding is on the 19th' },
    { at: 'greeting', today: TUE, say: 'we need a room for the 12th its our 10th anniversary', want: { rooms: 1, arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'the wedding is the 19th so we need the 18th and the 19th', want: { arrival: '2026-12-18', nights: 2 } },
    // (Written at first with one room: "a room" with no day of the stay leaves the rooms asked, as "we need a room" does.)
    { at: 'greeting', today: TUE, say: 'my daughters graduation is on the 12th and we need a room', raise: 'book' },
    { at: 'arrivalDate', today: TUE, say: 'saturday its my 40th birthday', want: { arrival: '2026-12-05' } },
    // Sound-alikes.
    { at: 'arrivalDate', today: TUE, say: 'the forth', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'december the forth', want: { arrival: '2026-12-04' } },
    { at: 'nights', today: TUE, say: 'too nights', want: { nights: 2 } },
    { at: 'rooms', today: TUE, say: 'to please', want: { rooms: 2 } },
    { at: 'nights', today: TUE, say: 'for nights please', want: { nights: 4 } },
    // Corrections inside one answer.
    { at: 'arrivalDate', today: TUE, say: 'the 5th or rather the 6th', want: { arrival: '2026-12-06' } },
    { at: 'rooms', today: TUE, say: 'two rooms actually make that three', want: { rooms: 3 } },
    { at: 'nights', today: TUE, say: 'three nights hmm no make it four', want: { nights: 4 } },
    // Callback numbers with a country code.
    { at: 'callback', today: TUE, say: '1 917 555 0134', want: { callback: '+19175550134' } },
    { at: 'callback', today: TUE, say: 'its a mexican number 52 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, say: 'zero one one five two five five one two three four five six seven eight', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, say: 'plus 44 20 7946 0958', want: { callback: '+442079460958' } },
    // Groups.
    { at: 'greeting', today: TUE, say: 'we have a party of 12 coming on the 18th', want: { arrival: '2026-12-18' } },
    { at: 'rooms', today: TUE, say: 'there are 9 of us' },
    // (Written at first with no rooms: more than a booking takes are taken, and the group desk called.)
    { at: 'rooms', today: TUE, say: 'we need 8 rooms', want: { rooms: 8 }, raise: 'group' },
    { at: 'greeting', today: TUE, say: 'i need to block 10 rooms for a wedding', want: { rooms: 10 }, raise: 'group' },
    { at: 'rooms', today: TUE, say: '2 people' },
    // Room types with extras.
    { at: 'roomType', today: TUE, say: 'a king non smoking', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'the double queen and can we get a crib', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'king bed please pet friendly if possible', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'something accessible with a roll in shower' },
    { at: 'roomType', today: TUE, say: 'a quiet room on a high floor' },
    { at: 'roomType', today: TUE, say: 'a smoking room' },
    { at: 'greeting', today: TUE, say: 'one king and one double for friday', want: { arrival: '2026-12-04' } },
    // A past day said with no month.
    // (Written at first as asked: a day passed is next month's, as "the first" said on the 4th is, round 25.)
    { at: 'arrivalDate', today: MON, say: 'the 5th', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: MON, say: 'uh the first', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: DEC28, say: 'the 3rd', want: { arrival: '2027-01-03' } },
    // The greeting.
    { at: 'greeting', today: TUE, say: 'i need to cancel the reservation for friday', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'i want to add a night to my reservation', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'is anyone at the front desk', raise: 'desk' },
    { at: 'greeting', today: EARLY_NOV, say: 'a room for thanksgiving weekend thursday to sunday', want: { rooms: 1, arrival: '2026-11-26', nights: 3 } },
    // The read-back.
    { at: 'readBack', today: TUE, say: 'yup thats it', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'you got it', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'that works', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'go ahead and book it', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'nope the dates are off', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'hold on a sec', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'yes but make it 3 nights', want: { nights: 3 } },
  ],
};

export const heldOut27EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'king, for Bob Lee, paying cash', want: { roomType: 'DLX', name: 'Bob Lee', payment: 'cash' } },
    { at: 'first', today: TUE, say: 'need a room 3 days 2 nights from fri', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: '3D2N king dec 10', want: { roomType: 'DLX', arrival: '2026-12-10', nights: 2 } },
    { at: 'first', today: EARLY_NOV, say: 'room thx giving wknd thu-sun', want: { rooms: 1, arrival: '2026-11-26', nights: 3 } },
    { at: 'first', today: TUE, say: 'need 2 rms end of month', want: { rooms: 2 } },
    { at: 'first', today: TUE, say: 'mid dec 2 nts', want: { nights: 2 } },
    { at: 'first', today: TUE, say: 'in 2 wks, 2 nts', want: { arrival: '2026-12-15', nights: 2 } },
    { at: 'first', today: TUE, say: 'party of 10, need rooms 12/18', want: { arrival: '2026-12-18' } },
    { at: 'first', today: TUE, say: '8 rooms for 12/18', want: { rooms: 8, arrival: '2026-12-18' }, raise: 'group' },
    { at: 'first', today: TUE, say: '1 king 1 dbl fri', want: { arrival: '2026-12-04' } },
    { at: 'first', today: TUE, say: 'need to cancel my res for fri', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'can u call me back' },
    { at: 'arrivalDate', today: TUE, say: 'this time next wk', want: { arrival: '2026-12-08' } },
    // (Written at first as 2027-01-01: "a month from now" is about a month, asked (held-out round 4), and so is this.)
    { at: 'arrivalDate', today: TUE, say: 'a month from today' },
    { at: 'arrivalDate', today: TUE, say: 'same day next mo', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'in a couple wks' },
    { at: 'arrivalDate', today: TUE, say: 'last wk of dec' },
    { at: 'arrivalDate', today: TUE, say: 'early jan' },
    { at: 'arrivalDate', today: TUE, say: 'wedding is 12/19' },
    { at: 'arrivalDate', today: TUE, say: '5th, no 6th', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: MON, say: 'the 5th', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: DEC28, say: 'the 3rd', want: { arrival: '2027-01-03' } },
    { at: 'nights', today: TUE, say: '3 days', },
    { at: 'nights', today: TUE, say: '3d 2n', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: '2n', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: '3nts', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: '2rms', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: '2 people' },
    { at: 'rooms', today: TUE, say: '9 of us' },
    { at: 'roomType', today: TUE, say: 'king nonsmoking', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'dbl + crib', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'accessible rm pls' },
    { at: 'roomType', today: TUE, say: 'ADA room' },
    { at: 'callback', today: TUE, say: '+52 1 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, say: '011 52 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, say: '+44 20 7946 0958', want: { callback: '+442079460958' } },
    { at: 'readBack', today: TUE, say: 'yup 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'ok book it', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'y', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'nvm dont book', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'wait', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'yes but 3 nts', want: { nights: 3 } },
  ],
};

export const heldOut27EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Días y noches.
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres días dos noches', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'son tres días y dos noches', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'cuatro días' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero un paquete de tres días dos noches a partir del viernes', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes por tres días', want: { arrival: '2026-12-04' } },
    // Días contados desde hoy.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'de hoy en un mes', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en dos semanas', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dentro de un mes' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el próximo mes' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en unos días' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la semana que entra' },
    // Partes del mes.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a fin de mes' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'pues a finales de mes' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la última semana de diciembre' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a principios del mes que entra' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la segunda quincena de diciembre' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en las vacaciones de diciembre' },
    // Eventos.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la boda es el 19' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'vamos a la boda el 19 y necesitamos cuarto desde el 18', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para el sábado que es mi cumpleaños', want: { arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'somos un grupo de 15 personas para el 18', want: { arrival: '2026-12-18' } },
    // Correcciones.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5 digo el 6', want: { arrival: '2026-12-06' } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos digo tres habitaciones', want: { rooms: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres noches ay no cuatro', want: { nights: 4 } },
    // La lectura: sí y no a la mexicana.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no pos sí', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no pues sí está bien', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sale pues', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'órale sí', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'ajá', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no así está bien', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'eso mero', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'va que va', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí cómo no', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nel está mal', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no no es así', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nombre la fecha está mal', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'déjame ver', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí nada más que sean tres noches', want: { nights: 3 } },
    // El teléfono con lada.
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi lada es 33 y el número es 1234 5678', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'más 52 1 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'es de estados unidos 1 917 555 0134', want: { callback: '+19175550134' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'lada 81 8123 4567', want: { callback: '+528181234567' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y dos cincuenta y cinco doce treinta y cuatro cincuenta y seis setenta y ocho', want: { callback: '+525512345678' } },
    // Grupos.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos 9' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'ocupamos 8 cuartos', want: { rooms: 8 }, raise: 'group' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero apartar 10 habitaciones para una boda', want: { rooms: 10 }, raise: 'group' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos personas' },
    // Tipos con algo más.
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una king para no fumadores', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la doble y si se puede con cuna', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una que tenga acceso para silla de ruedas' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una king y una doble' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la que sea pero que no sea para fumar' },
    // Un día pasado sin mes.
    { at: 'arrivalDate', today: MON, caller: CDMX, say: 'el 5', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: DEC28, caller: CDMX, say: 'el 3', want: { arrival: '2027-01-03' } },
    // El saludo.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero cancelar la del viernes', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero agregar una noche a mi reservación', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'me comunica con recepción por favor', raise: 'desk' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'me pueden llamar más tarde' },
  ],
};

export const heldOut27EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'king, para Beto Lopez, pago en efectivo', want: { roomType: 'DLX', name: 'Beto Lopez', payment: 'cash' } },
    { at: 'first', today: TUE, caller: CDMX, say: '3 dias 2 noches desde el vie', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'paquete 3d/2n p/ 2 personas el 12', want: { arrival: '2026-12-12', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'kiero cancelar la reserva del vie', raise: 'lookup' },
    { at: 'first', today: TUE, caller: CDMX, say: 'me pueden marcar?' },
    { at: 'first', today: TUE, caller: CDMX, say: 'somos un grupo d 20 p/ el 18', want: { arrival: '2026-12-18' } },
    { at: 'first', today: TUE, caller: CDMX, say: '2 habs a fin de mes', want: { rooms: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: '4 dias' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'sinco noches', want: { nights: 5 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'asta el domingo', want: { nights: 5 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el beinte', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'fin de mes' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'principios d enero' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la ultima semana de dic' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en 2 semanas', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el prox mes' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'de hoy en un mes', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la boda es el 19' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5 digo el 6', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: MON, caller: CDMX, say: 'el 5', want: { arrival: '2027-01-05' } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos 12 personas' },
    { at: 'rooms', today: TUE, caller: CDMX, say: '8 habs', want: { rooms: 8 }, raise: 'group' },
    { at: 'rooms', today: TUE, caller: CDMX, say: '2 personas' },
    { at: 'rooms', today: TUE, caller: CDMX, say: '2habs', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'king no fumar', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'doble + cuna', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'king y doble' },
    { at: 'callback', today: TUE, caller: CDMX, say: '+52 1 33 1234 5678', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'lada 33 12345678', want: { callback: '+523312345678' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'simon', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sip', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no pos si', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'ok, asi esta bien', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nel, mal la fecha', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nombre, esta mal', raise: 'notBooked' },
  ],
};
