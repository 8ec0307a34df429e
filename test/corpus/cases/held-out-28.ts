// Held-out round 28 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, digits
// or words, "uh", "este", false starts, sound-alikes) and as they text (abbreviations, caps, emoji).
// New ground: a weekday said with its day ("thursday the 17th", a Thursday: taken; "friday the
// 17th": the two days offered, as round 20 set); days counted from a named day ("a week from
// friday", "two weeks from saturday", "a week from tomorrow", "el viernes en ocho"); "the weekend
// after next" (the 11th, two nights, as round 3 set) and "el fin de semana después del que viene";
// ranges with "thru", "till", "a", "al" ("the 10th thru the 13th", "del 18 a 21", "del viernes al
// domingo"); check-in and check-out said with times ("checking in at 3pm on the 9th", "entramos el
// 9 a las 3 y salimos el 11 a mediodía": the hour is no day); Mexican holidays ("para año nuevo"
// the 1st, as "para Navidad" is the 25th; "el jueves santo" one day; "el puente de guadalupe",
// "semana santa", "las posadas": more than a day, asked); counts in slang ("un par de cuartos",
// "unos 3": one value, taken as round 22 set); nights as "pernoctas"; names with titles,
// particles, two surnames and letters spelled ("professor", "reverend", "Sgt.", "licenciado", "la
// doctora", "J-O-H-N S-M-I-T-H", "m a r k"); payment said loosely ("la pago allá", "when i get
// there": no method, asked; "con tarjeta en el hotel": credit or debit asked; "paypal", "venmo",
// "transferencia", "apple pay": not offered, asked); callback numbers with an extension (the
// number kept: an extension cannot be dialled back) and said in pairs ("cincuenta y cinco, doce,
// treinta y cuatro…"); read-back answers that mix a yes with a change; questions asked instead of
// an answer at each question ("where exactly are you located" at the name is no name).
// First run, as written, before its session's fixes: 223 cases, 95.3% of 256 units understood, 4
// asked again, 9 silently wrong ("first name is m a r k last name is l e e" as "M", "J-O-H-N
// S-M-I-T-H" as it came; "professor alan turing", "reverend james brown", "Sgt. Ray Cruz" with
// their titles; "rodrigo ibáñez ibáñez con eñe" as "Rodrigo Ibáñez Con Eñe"; "dentro de una semana
// a partir del viernes" as the 4th for four nights; "uno pa mí y otro pa mi hermana" as one room).
// One expectation corrected to a rule the project had set ("el 16 de septiembre", said in December,
// is a day past this year: asked about, SPEC §11): 95.7% of 256, 3 asked again, 9 silently wrong.
// After the fixes: 99.6% of 256, 1 asked again, none silently wrong; short: "2 (one for kids)" at
// the rooms question (two counts, asked). "nombre, la fecha está mal" at the read-back, written at
// first as a no (it was one, with the name asked again), now expects the date asked again.
// Calendar in ./days.ts. At the later questions the call has (keyed) the arrival a week ahead
// (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the
// number calling.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';
/** "Friday the 17th" (a Thursday): Thursday 17 or Friday 18 December. */
const FRIDAY_17 = ['2026-12-17', '2026-12-18'];
/** "Tuesday the 9th" (a Wednesday): Tuesday 8 or Wednesday 9 December. */
const TUESDAY_9 = ['2026-12-08', '2026-12-09'];
/** "Sunday the 21st" (a Monday): Sunday 20 or Monday 21 December. */
const SUNDAY_21 = ['2026-12-20', '2026-12-21'];

export const heldOut28EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // A weekday with its day.
    { at: 'arrivalDate', today: TUE, say: 'thursday the 17th', want: { arrival: '2026-12-17' } },
    { at: 'arrivalDate', today: TUE, say: 'friday the 17th', raise: { choose: FRIDAY_17 } },
    { at: 'arrivalDate', today: TUE, say: 'uh monday the fourteenth', want: { arrival: '2026-12-14' } },
    { at: 'arrivalDate', today: TUE, say: 'tuesday the ninth', raise: { choose: TUESDAY_9 } },
    { at: 'arrivalDate', today: TUE, say: 'saturday january the ninth', want: { arrival: '2027-01-09' } },
    { at: 'arrivalDate', today: TUE, say: 'on wednesday the 23rd', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, say: 'sunday the 21st', raise: { choose: SUNDAY_21 } },
    { at: 'greeting', today: TUE, say: 'friday the 11th', want: { arrival: '2026-12-11' } },
    // Days counted from a named day.
    { at: 'arrivalDate', today: TUE, say: 'a week from friday', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'two weeks from saturday', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: TUE, say: 'a week from tomorrow', want: { arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'a week from friday for three nights', want: { arrival: '2026-12-11', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'the weekend after next just the one room', want: { rooms: 1, arrival: '2026-12-11', nights: 2 } },
    // Ranges.
    { at: 'greeting', today: TUE, say: 'the 10th thru the 13th', want: { arrival: '2026-12-10', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'from the eighteenth till the twenty first two rooms', want: { rooms: 2, arrival: '2026-12-18', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'december 28 till january 2', want: { arrival: '2026-12-28', nights: 5 } },
    { at: 'arrivalDate', today: TUE, say: 'friday till sunday', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'wednesday thru friday', want: { arrival: '2026-12-02', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'yeah hi um i need uh a room a king for thursday the 17th two nights', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-17', nights: 2 } },
    // Check-in and check-out with times.
    { at: 'arrivalDate', today: TUE, say: 'checking in at 3pm on the 9th', want: { arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'check in on the 9th at 3 and check out the 11th at noon', want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'we would arrive around 11 pm on the 15th', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'friday at like 10 at night', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'at 4 oclock on the 20th', want: { arrival: '2026-12-20' } },
    { at: 'nights', today: TUE, say: 'checking out sunday at 11', want: { nights: 5 } },
    { at: 'greeting', today: TUE, say: 'i want to book for my parents checking in at 2 pm on the 22nd', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, say: 'the day after christmas', want: { arrival: '2026-12-26' } },
    // Nights.
    { at: 'nights', today: TUE, say: 'just the one night', want: { nights: 1 } },
    { at: 'nights', today: TUE, say: 'a night or two' },
    { at: 'nights', today: TUE, say: 'a fortnight', want: { nights: 14 } },
    { at: 'nights', today: TUE, say: 'five nights maybe six' },
    // Rooms.
    { at: 'rooms', today: TUE, say: 'a couple', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'just me so one', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: 'one for us and one for the kids', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'four adults' },
    { at: 'rooms', today: TUE, say: 'three rooms 2 adults each', want: { rooms: 3 } },
    // Room types.
    { at: 'roomType', today: TUE, say: 'whatever has two queens', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'the most expensive one', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'the second one you said', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'king or queen doesnt matter' },
    { at: 'roomType', today: TUE, say: 'the one with the view', want: { roomType: 'OCEAN' } },
    // Names.
    { at: 'name', today: TUE, say: 'first name is m a r k last name is l e e', want: { name: 'Mark Lee' } },
    { at: 'name', today: TUE, say: 'dr maria de los angeles garcia lopez', want: { name: 'Maria de los Angeles Garcia Lopez' } },
    { at: 'name', today: TUE, say: "sean o'connor", want: { name: "Sean O'Connor" } },
    { at: 'name', today: TUE, say: 'professor alan turing', want: { name: 'Alan Turing' } },
    { at: 'name', today: TUE, say: 'reverend james brown', want: { name: 'James Brown' } },
    { at: 'name', today: TUE, say: 'l u c y lucy chen', want: { name: 'Lucy Chen' } },
    { at: 'name', today: TUE, say: 'where exactly are you located', raise: { answer: 'address' } },
    // Payment.
    { at: 'payment', today: TUE, say: 'ill just pay when i get there' },
    { at: 'payment', today: TUE, say: 'paypal' },
    { at: 'payment', today: TUE, say: 'venmo or zelle' },
    { at: 'payment', today: TUE, say: 'card at the hotel', raise: 'cardKind' },
    { at: 'payment', today: TUE, say: 'apple pay' },
    { at: 'payment', today: TUE, say: 'a mastercard credit card', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'cash at check in', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'debit at the front desk', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'whats the cancellation policy', raise: { answer: 'cancellation' } },
    // Callback numbers.
    { at: 'callback', today: TUE, say: '212 555 0147 extension 22', want: { callback: '+12125550147' } },
    { at: 'callback', today: TUE, say: 'two one two five five five zero one four seven', want: { callback: '+12125550147' } },
    { at: 'callback', today: TUE, say: 'area code 646 then 555 0199', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'nine one seven five five five oh one three four', want: { callback: '+19175550134' } },
    { at: 'callback', today: TUE, say: 'what time is check in', raise: { answer: 'checkIn' } },
    // Questions instead of answers.
    { at: 'nights', today: TUE, say: 'do you allow pets', raise: { answer: 'pets' } },
    { at: 'rooms', today: TUE, say: 'is parking free', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, say: 'uh do you guys have a pool' },
    // The read-back.
    { at: 'readBack', today: TUE, say: 'yes but make it the 10th', want: { arrival: '2026-12-10' } },
    { at: 'readBack', today: TUE, say: 'sounds good but can we do two rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'yeah all correct thank you', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'no the nights are wrong', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'is breakfast included', raise: { answer: 'breakfast' } },
    { at: 'readBack', today: TUE, say: 'yes but switch to the king', want: { roomType: 'DLX' } },
  ],
};

export const heldOut28EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'need rm thurs 12/17 - sun 12/20', want: { rooms: 1, arrival: '2026-12-17', nights: 3 } },
    { at: 'first', today: TUE, say: 'fri the 17th, 2 nts', want: { nights: 2 }, raise: { choose: FRIDAY_17 } },
    { at: 'first', today: TUE, say: 'a wk from fri, 2 nts, king', want: { roomType: 'DLX', arrival: '2026-12-11', nights: 2 } },
    { at: 'first', today: TUE, say: 'wknd after next, 2 rms', want: { rooms: 2, arrival: '2026-12-11', nights: 2 } },
    { at: 'first', today: TUE, say: 'check in 12/9 @ 3pm, out 12/11', want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'first', today: TUE, say: '12/18 till 12/21', want: { arrival: '2026-12-18', nights: 3 } },
    { at: 'first', today: TUE, say: 'Dec 18 thru 21 🎄', want: { arrival: '2026-12-18', nights: 3 } },
    { at: 'first', today: TUE, say: 'CHECKING IN 12/22 AT 4PM', want: { arrival: '2026-12-22' } },
    { at: 'first', today: TUE, say: 'is brkfst included??', raise: { answer: 'breakfast' } },
    { at: 'first', today: TUE, say: 'pets ok? 🐶', raise: { answer: 'pets' } },
    { at: 'arrivalDate', today: TUE, say: 'thu 12/17', want: { arrival: '2026-12-17' } },
    { at: 'arrivalDate', today: TUE, say: 'Fri 12/17', raise: { choose: FRIDAY_17 } },
    { at: 'arrivalDate', today: TUE, say: 'wk from tmrw', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: '2 wks from sat', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: TUE, say: 'the 9th, arriving ~3pm', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'xmas eve thru 26th', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'day after xmas', want: { arrival: '2026-12-26' } },
    { at: 'arrivalDate', today: TUE, say: 'in 10 days', want: { arrival: '2026-12-11' } },
    { at: 'nights', today: TUE, say: 'till sun', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: '1 nt only', want: { nights: 1 } },
    { at: 'nights', today: TUE, say: '2-3 nts' },
    { at: 'nights', today: TUE, say: '14 nts', want: { nights: 14 } },
    { at: 'rooms', today: TUE, say: '2 (one for kids)', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: '4 adults' },
    { at: 'rooms', today: TUE, say: 'a couple', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'cheapest pls', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'most expensive 😎', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'KING!!', want: { roomType: 'DLX' } },
    { at: 'name', today: TUE, say: 'Dr. María José Pérez-Gómez', want: { name: 'María José Pérez-Gómez' } },
    { at: 'name', today: TUE, say: 'J-O-H-N S-M-I-T-H', want: { name: 'John Smith' } },
    { at: 'name', today: TUE, say: 'Sgt. Ray Cruz', want: { name: 'Ray Cruz' } },
    { at: 'payment', today: TUE, say: 'paypal?' },
    { at: 'payment', today: TUE, say: 'card @ hotel', raise: 'cardKind' },
    { at: 'payment', today: TUE, say: 'cash on arrival', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'venmo' },
    { at: 'callback', today: TUE, say: '212-555-0147 x22', want: { callback: '+12125550147' } },
    { at: 'callback', today: TUE, say: '(646) 555-0199 ext. 104', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: '212.555.0147', want: { callback: '+12125550147' } },
    { at: 'readBack', today: TUE, say: 'yes but 10th not 8th', want: { arrival: '2026-12-10' } },
    { at: 'readBack', today: TUE, say: 'looks good 👍 but 2 rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'yes!!!', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'no, wrong dates', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'parking?', raise: { answer: 'parking' } },
  ],
};

export const heldOut28EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Un día de la semana con su fecha.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el jueves 17', want: { arrival: '2026-12-17' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes 17', raise: { choose: FRIDAY_17 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'este el lunes catorce', want: { arrival: '2026-12-14' } },
    // Días contados desde un día.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes en ocho', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dentro de una semana a partir del viernes', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el fin de semana después del que viene', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero reservar una habitación del viernes en ocho por dos noches', want: { rooms: 1, arrival: '2026-12-11', nights: 2 } },
    // Rangos.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del viernes al domingo', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'necesito un cuarto del viernes al domingo', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'una habitación del jueves 10 al domingo 13', want: { rooms: 1, arrival: '2026-12-10', nights: 3 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del 18 a 21', want: { arrival: '2026-12-18', nights: 3 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'desde el 28 hasta el 2 de enero', want: { arrival: '2026-12-28', nights: 5 } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'una king del jueves 17 al sábado 19', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-17', nights: 2 } },
    // Entrada y salida con hora.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'llegamos el 9 como a las 3 de la tarde', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el check in sería el 9 a las 3', want: { arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'entramos el 9 a las 3 y salimos el 11 a mediodía', want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'entregamos el cuarto el domingo a las 12', want: { nights: 5 } },
    // Fiestas.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para el puente de guadalupe' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'para el puente de guadalupe dos cuartos', want: { rooms: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en nochebuena', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para año nuevo', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en semana santa' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'pues queremos ir en semana santa' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el jueves santo', want: { arrival: '2027-03-25' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en las posadas' },
    // (Written at first as 2027-09-16: a day already past this year is asked about, not rolled on (SPEC §11).)
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 16 de septiembre', raise: 'past' },
    // Noches.
    { at: 'nights', today: TUE, caller: CDMX, say: 'dos pernoctas', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'serían tres pernoctaciones', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'unas 3 noches', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'un par de noches nada más', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'como unas dos o tres' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'nomás una noche', want: { nights: 1 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'incluye el desayuno', raise: { answer: 'breakfast' } },
    // Cuartos.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'un par de cuartos', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'unos 3 cuartos', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'uno pa mí y otro pa mi hermana', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos cuatro adultos' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'nomás uno', want: { rooms: 1 } },
    // Tipos.
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la más cara', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de dos camas', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la que tiene vista al mar', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la segunda que me dijo', want: { roomType: 'DLX' } },
    // Nombres.
    { at: 'name', today: TUE, caller: CDMX, say: 'licenciado juan carlos de la fuente martínez', want: { name: 'Juan Carlos de la Fuente Martínez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'la doctora maría fernanda ruiz', want: { name: 'María Fernanda Ruiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'rodrigo ibáñez ibáñez con eñe', want: { name: 'Rodrigo Ibáñez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'me llamo maría de jesús sánchez', want: { name: 'María de Jesús Sánchez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de la señora lucía del valle', want: { name: 'Lucía del Valle' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'dónde están ubicados', raise: { answer: 'address' } },
    // Pago.
    { at: 'payment', today: TUE, caller: CDMX, say: 'la pago allá' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tarjeta en el hotel', raise: 'cardKind' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'por paypal' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'le hago una transferencia' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'en efectivo cuando llegue', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con mi tarjeta de débito allá en el hotel', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'tienen estacionamiento', raise: { answer: 'parking' } },
    // Teléfono.
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y cinco doce treinta y cuatro cincuenta y seis setenta y ocho', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y cinco, doce, treinta y cuatro, cincuenta y seis, setenta y ocho, extensión 12', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'treinta y tres doce treinta y cuatro cincuenta y seis setenta y ocho', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'al que le estoy hablando', want: { callback: CDMX } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'a qué hora es el check in', raise: { answer: 'checkIn' } },
    // La lectura.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí todo bien nomás cambie la fecha al 10', want: { arrival: '2026-12-10' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí pero que sean dos cuartos', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí pero pago con tarjeta de débito', want: { payment: 'debit_card' } },
    // (Written at first as a no: it was one, with the name asked again; now the date is, as the words say.)
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nombre, la fecha está mal', raise: { change: 'arrivalDate' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'está perfecto', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no el nombre está mal', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'aceptan mascotas', raise: { answer: 'pets' } },
  ],
};

export const heldOut28EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'hab del vie al dom', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'jue 17 al dom 20, 2 habs', want: { rooms: 2, arrival: '2026-12-17', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'vie 17 2 noches', want: { nights: 2 }, raise: { choose: FRIDAY_17 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'del 18 al 21 porfa 🙏', want: { arrival: '2026-12-18', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'entrada el 9 a las 3pm salida el 11', want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'para navidad 2 noches', want: { arrival: '2026-12-25', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'semana santa 4 personas' },
    { at: 'first', today: TUE, caller: CDMX, say: 'puente d guadalupe' },
    { at: 'first', today: TUE, caller: CDMX, say: 'aceptan mascotas?? 🐶', raise: { answer: 'pets' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'tienen alberca?' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'jue 17', want: { arrival: '2026-12-17' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'vie 17', raise: { choose: FRIDAY_17 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el vie en 8', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del vie al dom', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 9, llego como a las 3', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'año nuevo', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'sem santa' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en 10 dias', want: { arrival: '2026-12-11' } },
    { at: 'nights', today: TUE, caller: CDMX, say: '2 pernoctas', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'un par d noches', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'unas 3', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: '3 noches 🙂', want: { nights: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'un par', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'unos 3', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: '4 adultos' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la mas cara', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'vista al mar 🌊', want: { roomType: 'OCEAN' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Lic. Juan Carlos de la Fuente', want: { name: 'Juan Carlos de la Fuente' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Dr. José Ángel Núñez Ortiz', want: { name: 'José Ángel Núñez Ortiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Sra. Guadalupe Ríos Treviño', want: { name: 'Guadalupe Ríos Treviño' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'la pago alla' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'tarjeta en el hotel', raise: 'cardKind' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'paypal' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo al llegar', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'transferencia' },
    { at: 'callback', today: TUE, caller: CDMX, say: '55 1234 5678 ext 12', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '(33) 1234-5678', want: { callback: '+523312345678' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si pero 2 habs', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si, nomas cambie el nombre', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nombre, la fecha esta mal', raise: { change: 'arrivalDate' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'va 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'aceptan perros?', raise: { answer: 'pets' } },
  ],
};
