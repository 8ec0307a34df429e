// Held-out round 18 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish. Holidays and events as dates (Christmas Eve to the day
// after Christmas, "New Year's Eve and New Year's night", "the 4th of July weekend", the Friday after
// Thanksgiving, "recibir el Año Nuevo", el Día de Reyes, el día de la Virgen, el día de la
// Independencia, Semana Santa, spring break); relative spans ("en ocho días", "dentro de quince
// días", "a week from this Saturday", "not this weekend but the next", "el fin que viene", "este
// fin", "mid-January", "a mediados de enero", "cuando cobre la quincena": a day that cannot be known
// is asked); stays given by their end ("through the 15th", "until Sunday morning", "saliendo el 2"
// when the arrival held is the 8th: 25 nights, asked; "late on the 9th, like 1am on the 10th"; across
// month and year ends; February 29th of 2027); what speech recognition does to numbers ("four the
// 10th", "to rooms", "won night", "tree nights", "the fift", "December 1 2", "the twenty one",
// "dos mil veintisiete", "a las 8"); hedges ("maybe the 12th or the 13th", "probably three nights,
// maybe four", "como del 10 al 12 más o menos"); two kinds of room in one breath; long preambles;
// names with titles, particles and proxies ("Doctor Raj Patel", "a nombre de mi esposo, Juan Ortiz",
// "O'Brien", "McAllister", "María José de la Garza", a name spelled out).
// First run, as written, before its session's fixes: 48 of 188 cases fell short, 87.1% of 373 units
// understood, 31 asked again, 27 silently wrong ("December 1 2" as the 1st, "December two one" as the
// 2nd, "en ocho días" as the 9th, "dentro de quince días" as the 16th, "recibir el Año Nuevo" as the
// 1st, "pasado mñn" as tomorrow, "the weekend after this one" and "no este fin, el que sigue" as this
// one, "late on the 9th, like 1am on the 10th" as one night or the 10th, "until the 2nd" of a stay
// from the 8th as 25 nights, "el puente de noviembre, del viernes al lunes" as the coming Friday, "one
// suite and one standard" at the rooms question as one room, "Sra Carmen Perez", "Thanh" for "last
// name Nguyen … first name Thanh"). Six expectations corrected to rules the project had set (two
// kinds of room counted leave the rooms asked; "una suite" describing no known stay leaves them
// asked): 41 cases, 88.8% of 366 units, 24 asked again, 27 silently wrong. After the fixes: 4 cases
// short (marked), 98.6%, 5 asked again, none silently wrong.
// Calendar in ./days.ts; at the later questions the call has (keyed) the arrival a week ahead
// (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the
// number calling.
import type { CorpusFile } from '../corpus-case.ts';
import { EARLY_NOV, FRI, SAT, TUE } from './days.ts';

/** "El fin que viene" said on Tuesday 1 December: the weekend of the 4th or of the 11th. */
const NEXT_WEEKEND = ['2026-12-04', '2026-12-11'];
/** "Dentro de quince días" said on Tuesday 1 December: two weeks or fifteen days (as round 14 set). */
const IN_FIFTEEN_DAYS = ['2026-12-15', '2026-12-16'];

export const heldOut18EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // Preambles around the request.
    { at: 'greeting', today: TUE, say: 'Hi, yes, good morning, I was wondering if maybe you might have a king available on the 18th, for two nights.', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-18', nights: 2 } },
    { at: 'greeting', today: TUE, say: "Hello? Hi. So my sister stayed with you in October and loved it, and we'd like two rooms on the 19th.", want: { rooms: 2, arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: 'Yeah hi, long story, my flight got moved, so now I need a room on the 9th instead of the 10th.', want: { rooms: 1, arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'Dr. Alan Smith calling, I need a room for the 14th.', want: { rooms: 1, arrival: '2026-12-14', name: 'Alan Smith' } },
    // Holidays and events.
    { at: 'greeting', today: TUE, say: 'Good afternoon, sorry, quick question, um, do you have a suite Christmas Eve to the day after Christmas?', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-24', nights: 2 } },
    { at: 'greeting', today: TUE, say: "We'd like to come in Christmas Eve and check out Christmas morning.", want: { arrival: '2026-12-24', nights: 1 } },
    { at: 'greeting', today: TUE, say: "Two rooms for New Year's Eve and New Year's night.", want: { rooms: 2, arrival: '2026-12-31', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Do you have a room for the 4th of July weekend?', want: { rooms: 1 }, raise: 'past' },
    { at: 'greeting', today: TUE, say: 'Independence Day, one night.', want: { nights: 1 }, raise: 'past' },
    { at: 'greeting', today: TUE, say: "We're thinking spring break, whenever the kids are off, one double.", want: { rooms: 1, roomType: 'DQ' } },
    { at: 'greeting', today: TUE, say: 'Sometime mid-January, a king for three nights.', want: { rooms: 1, roomType: 'DLX', nights: 3 } },
    // Relative spans.
    { at: 'greeting', today: TUE, say: 'Not this weekend but the next one, one standard.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-11', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'A week from this Saturday, two nights.', want: { arrival: '2026-12-12', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'A week from tomorrow, one room.', want: { rooms: 1, arrival: '2026-12-09' } },
    // Stays given by their end, across month and year.
    { at: 'greeting', today: TUE, say: 'From the 12th through the 15th, one queen.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-12', nights: 3 } },
    { at: 'greeting', today: TUE, say: "We'll get in late on the 9th, like 1am on the 10th really, two nights.", want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'From December 30th to January 3rd, the suite.', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-30', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'February 27th to March 1st, one room.', want: { rooms: 1, arrival: '2027-02-27', nights: 2 } },
    // What speech recognition does to numbers.
    { at: 'greeting', today: TUE, say: 'Four the 10th, two nights.', want: { arrival: '2026-12-10', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Can I get to rooms for the 12th?', want: { rooms: 2, arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'I need won night on the 15th.', want: { nights: 1, arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'Tree nights starting the fift.', want: { nights: 3, arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, say: 'December 1 2, one night.', want: { arrival: '2026-12-12', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'For for nights on the 10th.', want: { nights: 4, arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, say: 'We land at 8 on Friday, need a room for two nights.', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    // Hedges.
    { at: 'greeting', today: TUE, say: "Maybe the 12th or the 13th, I'm not sure.", raise: { choose: ['2026-12-12', '2026-12-13'] } },
    { at: 'greeting', today: TUE, say: 'The 18th, probably three nights, maybe four.', want: { arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: "I think the 18th, but don't hold me to it, one king.", want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-18' } },
    // Two kinds of room in one breath.
    // (Both written at first with the rooms counted, 2 and 3. Each count is its own type's, so the
    // rooms are asked after one type per booking is explained (whole-request.ts): never N of one
    // type by accident.)
    { at: 'greeting', today: TUE, say: 'One king and one with two beds, for the 11th.', want: { arrival: '2026-12-11' }, raise: 'oneType' },
    { at: 'greeting', today: TUE, say: 'Two kings and a double for the weekend.', want: { arrival: '2026-12-04', nights: 2, roomType: 'DLX', rooms: 2 }, raise: 'oneType' },
    // At the arrival date.
    { at: 'arrivalDate', today: TUE, say: 'The night before Christmas Eve.', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, say: "New Year's Eve into the 2nd.", want: { arrival: '2026-12-31', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'This coming weekend.', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'The weekend after this one.', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'Mid-month.' },
    { at: 'arrivalDate', today: TUE, say: 'The middle of January.' },
    { at: 'arrivalDate', today: TUE, say: "Whenever spring break is, I'll have to check." },
    { at: 'arrivalDate', today: TUE, say: 'The twenty one.', want: { arrival: '2026-12-21' } },
    { at: 'arrivalDate', today: TUE, say: 'December two one.' },
    { at: 'arrivalDate', today: TUE, say: 'January tenth twenty twenty seven.', want: { arrival: '2027-01-10' } },
    { at: 'arrivalDate', today: TUE, say: 'The 10th, at 8.', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'Two days from now.', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: EARLY_NOV, say: 'The Friday after Thanksgiving, two nights.', want: { arrival: '2026-11-27', nights: 2 } },
    { at: 'arrivalDate', today: EARLY_NOV, say: 'The night before Thanksgiving.', want: { arrival: '2026-11-25' } },
    { at: 'arrivalDate', today: EARLY_NOV, say: 'Thanksgiving through Saturday.', want: { arrival: '2026-11-26', nights: 2 } },
    { at: 'arrivalDate', today: SAT, say: 'Tonight through Monday.', want: { arrival: '2026-11-28', nights: 2 } },
    // (Short until round 19: asked. "Just Saturday night" of this weekend is now its one night.)
    { at: 'arrivalDate', today: FRI, say: 'This weekend, just Saturday night.', want: { arrival: '2026-12-05', nights: 1 } },
    // At the nights (the arrival held: Tuesday the 8th).
    { at: 'nights', today: TUE, say: 'Through the 15th.', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: 'Until Sunday morning.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'Until the 2nd.' },
    { at: 'nights', today: TUE, say: 'Probably three, maybe four.' },
    { at: 'nights', today: TUE, say: 'Tree.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Won.', want: { nights: 1 } },
    { at: 'nights', today: TUE, say: 'Too nights.', want: { nights: 2 } },
    // At the rooms (the Ocean Suite held).
    { at: 'rooms', today: TUE, say: 'One suite and one standard.', raise: 'oneType' },
    { at: 'rooms', today: TUE, say: 'To rooms.', want: { rooms: 2 } },
    // At the name.
    { at: 'name', today: TUE, say: 'Doctor Raj Patel.', want: { name: 'Raj Patel' } },
    { at: 'name', today: TUE, say: "It's under my company, Acme.", want: { name: 'Acme' } },
    { at: 'name', today: TUE, say: "Kevin O'Brien.", want: { name: "Kevin O'Brien" } },
    { at: 'name', today: TUE, say: 'Fiona McAllister.', want: { name: 'Fiona McAllister' } },
    { at: 'name', today: TUE, say: 'Last name Nguyen, N-G-U-Y-E-N, first name Thanh.', want: { name: 'Thanh Nguyen' } },
    { at: 'name', today: TUE, say: 'Put it under my husband, Mark Jensen.', want: { name: 'Mark Jensen' } },
  ],
};

export const heldOut18EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'hi! wondering if u have a king 12/18 for 2 nts', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: 'xmas eve thru the 26th, 1 queen', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, say: 'need 2 rms nye, leaving jan 2', want: { rooms: 2, arrival: '2026-12-31', nights: 2 } },
    { at: 'first', today: TUE, say: '4th of july wknd?', raise: 'past' },
    { at: 'first', today: TUE, say: 'spring break, 2 dbls', want: { rooms: 2, roomType: 'DQ' } },
    { at: 'first', today: TUE, say: 'mid jan, 3 nts', want: { nights: 3 } },
    { at: 'first', today: TUE, say: 'not this wknd the next one, 1 std', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-11', nights: 2 } },
    { at: 'first', today: TUE, say: 'a wk from sat 2 nts', want: { arrival: '2026-12-12', nights: 2 } },
    { at: 'first', today: TUE, say: '12th thru 15th', want: { arrival: '2026-12-12', nights: 3 } },
    { at: 'first', today: TUE, say: 'dec 30 - jan 3, suite', want: { roomType: 'OCEAN', arrival: '2026-12-30', nights: 4 } },
    { at: 'first', today: TUE, say: 'feb 27 - mar 1', want: { arrival: '2027-02-27', nights: 2 } },
    // (Short until round 19: the impossible day was named and the 28th asked again; now the 28th is kept.)
    { at: 'first', today: TUE, say: 'feb 28 to feb 29', want: { arrival: '2027-02-28' }, raise: 'noSuchDate' },
    { at: 'first', today: TUE, say: '2 nts 4 the 10th', want: { arrival: '2026-12-10', nights: 2 } },
    { at: 'first', today: TUE, say: 'maybe 12th or 13th?', raise: { choose: ['2026-12-12', '2026-12-13'] } },
    { at: 'first', today: TUE, say: '3 nts maybe 4, from the 18th', want: { arrival: '2026-12-18' } },
    // (Written at first with 2 rooms: asked, as "One king and one with two beds" said.)
    { at: 'first', today: TUE, say: '1 king + 1 w/ 2 beds, 11th', want: { arrival: '2026-12-11' }, raise: 'oneType' },
    // (Still short: "late 9th" with no article is no day; asked, not the 10th.)
    { at: 'first', today: TUE, say: 'getting in late 9th, like 1am on the 10th. 2 nights', want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'first', today: TUE, say: 'hi good morning!! so sorry to bother, wondering if maybe u have anything the 19th for 2', want: { arrival: '2026-12-19' } },
    { at: 'first', today: TUE, say: 'day before xmas eve, 1 rm', want: { rooms: 1, arrival: '2026-12-23' } },
    { at: 'first', today: EARLY_NOV, say: 'thanksgiving thru sat', want: { arrival: '2026-11-26', nights: 2 } },
    { at: 'first', today: EARLY_NOV, say: 'fri after thanksgiving 1 nt', want: { arrival: '2026-11-27', nights: 1 } },
    { at: 'first', today: TUE, say: 'the 21, 2 nts', want: { arrival: '2026-12-21', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'this coming wknd', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'mid month' },
    { at: 'arrivalDate', today: TUE, say: 'when i get paid, not sure' },
    { at: 'arrivalDate', today: TUE, say: 'jan 10 2027', want: { arrival: '2027-01-10' } },
    { at: 'arrivalDate', today: TUE, say: 'prob the 18th', want: { arrival: '2026-12-18' } },
    { at: 'nights', today: TUE, say: 'thru the 15th', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: 'til sun am', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'until the 2nd' },
    { at: 'nights', today: TUE, say: '3 maybe 4' },
    { at: 'name', today: TUE, say: 'Dr. Alan Smith', want: { name: 'Alan Smith' } },
    { at: 'name', today: TUE, say: 'under my company, Acme Corp', want: { name: 'Acme Corp' } },
    { at: 'name', today: TUE, say: "kevin o'brien", want: { name: "Kevin O'Brien" } },
    { at: 'name', today: TUE, say: 'McAllister, Fiona', want: { name: 'Fiona McAllister' } },
    { at: 'name', today: TUE, say: 'its under my wifes name, Jen Park', want: { name: 'Jen Park' } },
  ],
};

export const heldOut18EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Preámbulos.
    { at: 'greeting', today: TUE, say: 'Fíjese que quería ver si tenían una doble para el 18, dos noches.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-18', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Oiga, una pregunta, ¿tienen suites para el 20?', want: { roomType: 'OCEAN', arrival: '2026-12-20' } },
    { at: 'greeting', today: TUE, say: 'Buenas tardes, disculpe, le hablo de parte de mi jefe, necesita una sencilla del 14 al 16.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-14', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Sí, buenos días, mire, lo que pasa es que vamos a una boda y quería ver si me aparta dos cuartos para el 19.', want: { rooms: 2, arrival: '2026-12-19' } },
    // Fiestas.
    { at: 'greeting', today: TUE, say: 'Para Nochebuena y nos vamos el 26, una suite.', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-24', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Queremos recibir el Año Nuevo allá, dos noches.', want: { arrival: '2026-12-31', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Para el Día de Reyes, una habitación.', want: { rooms: 1, arrival: '2027-01-06' } },
    { at: 'greeting', today: TUE, say: 'Para el día de la Virgen, el 12, una doble.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'Para el día de la Independencia, una noche.', want: { nights: 1 }, raise: 'past' },
    // (Written at first with one room. "Una suite" describing no stay known is how people ask: the
    // rooms are asked (whole-request.ts), as round 14 set for "una habitación" alone.)
    { at: 'greeting', today: TUE, say: 'Para Semana Santa, una suite, todavía no sé qué días.', want: { roomType: 'OCEAN' } },
    { at: 'greeting', today: TUE, say: 'Para el Día de Muertos.' },
    // Días relativos.
    { at: 'greeting', today: TUE, say: 'Pasado mañana en la noche, una sencilla.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-03' } },
    { at: 'greeting', today: TUE, say: 'En ocho días, dos noches.', want: { arrival: '2026-12-08', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Dentro de quince días, una habitación.', want: { rooms: 1 }, raise: { choose: IN_FIFTEEN_DAYS } },
    { at: 'greeting', today: TUE, say: 'El fin que viene, dos habitaciones.', want: { rooms: 2, nights: 2 }, raise: { choose: NEXT_WEEKEND } },
    { at: 'greeting', today: TUE, say: 'Este fin, una doble.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'A mediados de enero, tres noches.', want: { nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Cuando cobre la quincena, una habitación.', want: { rooms: 1 } },
    // Estancias dichas por su fin.
    { at: 'greeting', today: TUE, say: 'Del 30 de diciembre al 3 de enero, dos cuartos.', want: { rooms: 2, arrival: '2026-12-30', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'Del 27 de febrero al primero de marzo.', want: { arrival: '2027-02-27', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Llegamos el 9 ya tarde, como a la una de la mañana del 10, dos noches.', want: { arrival: '2026-12-09', nights: 2 } },
    // Dudas.
    { at: 'greeting', today: TUE, say: 'Como del 10 al 12 más o menos, una doble.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-10', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Tal vez el 20 o el 21.', raise: { choose: ['2026-12-20', '2026-12-21'] } },
    // Dos tipos de cuarto.
    // (Both written at first with the rooms counted: asked, as "One king and one with two beds".)
    { at: 'greeting', today: TUE, say: 'Una suite para nosotros y una doble para los niños, el 22.', want: { arrival: '2026-12-22', roomType: 'OCEAN', rooms: 1 }, raise: 'oneType' },
    { at: 'greeting', today: TUE, say: 'Dos sencillas y una suite para el 18.', want: { arrival: '2026-12-18', roomType: 'STD', rooms: 2 }, raise: 'oneType' },
    // Números.
    { at: 'greeting', today: TUE, say: 'El diez de enero del dos mil veintisiete, dos noches.', want: { arrival: '2027-01-10', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Llego el viernes a las 8, dos noches.', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Para el 10, perdón, el 11, una noche.', want: { arrival: '2026-12-11', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'El veinte y uno, tres noches.', want: { arrival: '2026-12-21', nights: 3 } },
    // En la fecha de llegada.
    { at: 'arrivalDate', today: TUE, say: 'Para pasado mañana, temprano.', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'Dentro de ocho días.', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'No este fin, el que sigue.', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'A medio mes.' },
    { at: 'arrivalDate', today: TUE, say: 'Para las vacaciones de primavera.' },
    { at: 'arrivalDate', today: TUE, say: 'El primero de enero del dos mil veintisiete.', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'El 10 a las 8.', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'Nochevieja.', want: { arrival: '2026-12-31' } },
    // (Still short: no day (the puente's weekdays are not known); its three nights are asked too.)
    { at: 'arrivalDate', today: EARLY_NOV, say: 'El puente de noviembre, del viernes al lunes.', want: { nights: 3 } },
    { at: 'arrivalDate', today: EARLY_NOV, say: 'Para el Buen Fin.' },
    // En las noches (llegada el martes 8).
    { at: 'nights', today: TUE, say: 'Hasta el domingo en la mañana.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'Saliendo el 2.' },
    { at: 'nights', today: TUE, say: 'Hasta el 15.', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: 'Nos vamos el lunes temprano.', want: { nights: 6 } },
    { at: 'nights', today: TUE, say: 'Dos, tal vez tres.' },
    { at: 'nights', today: TUE, say: 'Como tres noches más o menos.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Saliendo el 29 de febrero.', raise: 'noSuchDate' },
    // En los cuartos (la suite ya elegida).
    { at: 'rooms', today: TUE, say: 'Una suite y una doble.', raise: 'oneType' },
    // En el nombre.
    { at: 'name', today: TUE, say: 'A nombre de mi esposo, Juan Ortiz.', want: { name: 'Juan Ortiz' } },
    { at: 'name', today: TUE, say: 'Señora Pérez, Carmen Pérez.', want: { name: 'Carmen Pérez' } },
    { at: 'name', today: TUE, say: 'María José de la Garza.', want: { name: 'María José de la Garza' } },
    { at: 'name', today: TUE, say: 'Licenciado Jorge Salinas.', want: { name: 'Jorge Salinas' } },
    { at: 'name', today: TUE, say: 'Apellido Ortiz, nombre Juan.', want: { name: 'Juan Ortiz' } },
    { at: 'name', today: TUE, say: 'Es a nombre de la empresa, Constructora del Norte.', want: { name: 'Constructora del Norte' } },
    { at: 'name', today: TUE, say: 'Rosa Treviño, Treviño con eñe.', want: { name: 'Rosa Treviño' } },
  ],
};

export const heldOut18EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'oiga una pregunta tienen suites p el 20?', want: { roomType: 'OCEAN', arrival: '2026-12-20' } },
    { at: 'first', today: TUE, say: 'fijese q queria ver si tienen 1 doble p el 18, 2 noches', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: 'buenas, disculpe, quiero 2 cuartos del 14 al 16', want: { rooms: 2, arrival: '2026-12-14', nights: 2 } },
    { at: 'first', today: TUE, say: 'nochebuena al 27, 1 suite', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-24', nights: 3 } },
    { at: 'first', today: TUE, say: 'recibir año nuevo alla, 2 noches', want: { arrival: '2026-12-31', nights: 2 } },
    { at: 'first', today: TUE, say: 'dia de reyes 1 hab', want: { rooms: 1, arrival: '2027-01-06' } },
    { at: 'first', today: TUE, say: 'dia de la independencia 1 noche', want: { nights: 1 }, raise: 'past' },
    { at: 'first', today: TUE, say: 'semana santa 2 cuartos', want: { rooms: 2 } },
    { at: 'first', today: TUE, say: 'pasado manana, 1 sencilla', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-03' } },
    { at: 'first', today: TUE, say: 'en 8 dias, 2 noches', want: { arrival: '2026-12-08', nights: 2 } },
    { at: 'first', today: TUE, say: 'dentro de 15 dias', raise: { choose: IN_FIFTEEN_DAYS } },
    { at: 'first', today: TUE, say: 'el fin q viene 2 hab', want: { rooms: 2, nights: 2 }, raise: { choose: NEXT_WEEKEND } },
    { at: 'first', today: TUE, say: 'este finde 1 doble', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'a mediados de enero, 3 noches', want: { nights: 3 } },
    { at: 'first', today: TUE, say: 'cuando me paguen la quincena' },
    { at: 'first', today: TUE, say: 'del 30 dic al 3 ene', want: { arrival: '2026-12-30', nights: 4 } },
    { at: 'first', today: TUE, say: 'del 27 feb al 1 mar', want: { arrival: '2027-02-27', nights: 2 } },
    { at: 'first', today: TUE, say: 'llegamos el 9 tarde como a la 1am del 10, 2 noches', want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'first', today: TUE, say: 'como del 10 al 12 mas o menos', want: { arrival: '2026-12-10', nights: 2 } },
    { at: 'first', today: TUE, say: 'tal vez el 20 o 21', raise: { choose: ['2026-12-20', '2026-12-21'] } },
    // (Written at first with 2 rooms: asked, as said above.)
    { at: 'first', today: TUE, say: '1 suite p nosotros y 1 doble p los niños, el 22', want: { arrival: '2026-12-22' }, raise: 'oneType' },
    { at: 'first', today: TUE, say: 'el 10 de enero del 2027, 2 noches', want: { arrival: '2027-01-10', nights: 2 } },
    { at: 'first', today: TUE, say: 'llego el vie a las 8, 2 noches', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'p el 10, no perdon, el 11', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'pasado mñn', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'en ocho dias', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'no este fin, el q sigue', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'a medio mes' },
    { at: 'nights', today: TUE, say: 'hasta el dom en la mañana', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'saliendo el 2' },
    { at: 'nights', today: TUE, say: 'hasta el 15', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: '2 o 3' },
    { at: 'name', today: TUE, say: 'a nombre de mi esposo juan ortiz', want: { name: 'Juan Ortiz' } },
    { at: 'name', today: TUE, say: 'maria jose de la garza', want: { name: 'Maria Jose de la Garza' } },
    { at: 'name', today: TUE, say: 'lic. jorge salinas', want: { name: 'Jorge Salinas' } },
    { at: 'name', today: TUE, say: 'sra. carmen perez', want: { name: 'Carmen Perez' } },
  ],
};
