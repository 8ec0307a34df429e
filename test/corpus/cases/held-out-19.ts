// Held-out round 19 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish. One night named by its night ("just Saturday night",
// "the night of the 24th only", "nomás la noche del sábado"); ranges whose end is before their start
// or the same day ("the 12th to the 10th", "del 8 al 8", "feb 28 to feb 29" in 2027); alternatives
// and vague spans ("the 5th or 6th of January", "sometime next month", "a finales de enero",
// "around the 20th"); arrivals with a time ("getting in late on the 9th", "around 2am on the 10th":
// the night before is asked); people inside a whole request ("3 people this Saturday", "a couple",
// "un matrimonio", "4 pax": people are not rooms); long weekends with their days said ("el puente de
// noviembre, del viernes al lunes"); corrections inside one answer ("the 14th, no sorry, the 15th",
// "tres noches, bueno no, dos", "a nombre de Luis, digo, de Laura"); a weekday and a date that
// disagree ("Friday the 12th" when the 12th is a Saturday: which is asked) and ordinal weekdays
// ("the first Friday of January", "el segundo sábado de enero"); durations ("a week", "una semana
// y media", "el puro fin", "two weeks minus a day", "de viernes a domingo").
// First run, as written, before its session's fixes: 61 of 173 cases fell short, 81.0% of 347 units
// understood, 59 asked again, 25 silently wrong ("the 12th to the 10th" and "del 15 al 13" as 29
// nights, "January 10th to January 8th" as the 10th, "around 2am on the 10th" and "at 1am Friday"
// as that day, "llegamos el 15 en la madrugada" as the 15th, "1st fri of jan" as today and three
// nights, "el 2do sábado de enero" as this Saturday, "fri - actually make it sat" as Friday for a
// night, "dos cuartos para el 20, mejor el 22" as the suite ("mejor", the best), "el puente de
// febrero" as Presidents' Day weekend, "a nombre de Luis, digo, de Laura" as "Luis Digo de Laura").
// Ten expectations corrected to rules the project had set ("around the 20th" is a neighbourhood,
// asked; "1/5 or 1/6" can be read both ways, asked; a bare Spanish "no" between two counts may rule
// out, asked; "una suite" with a stay known is one room, without a day "a room" leaves the rooms
// asked; a way to pay is kept as credit_card; the puente de noviembre, febrero, marzo of a hotel in
// the United States: its days not known, its nights taken): 54 cases, 83.4% of 338 units, 51 asked
// again, 24 silently wrong. After the fixes: none short, 100%; two of round 18's short cases pass too.
// Calendar in ./days.ts (and: Fri 13 and Mon 16 November 2026, the puente de noviembre; Fri 1,
// Sat 9, Fri 29 January 2027; Mon 1 February 2027; Mon 15 March 2027; Mon 18 January 2027, Martin
// Luther King Day; Mon 15 February 2027, Presidents' Day); at the later questions the call has
// (keyed) the arrival a week ahead (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room,
// 2 nights, Ana Díaz, cash, and the number calling.
import type { CorpusFile } from '../corpus-case.ts';
import { EARLY_NOV, FRI, TUE } from './days.ts';

/** Saturday 5 and Monday 7 December: "el lunes 5" (the 5th is a Saturday). */
const MONDAY_5 = ['2026-12-05', '2026-12-07'];
/** Friday 11 and Saturday 12 December: "Friday the 12th" (the 12th is a Saturday). */
const FRIDAY_12 = ['2026-12-11', '2026-12-12'];

export const heldOut19EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // One night, named by its night.
    { at: 'greeting', today: TUE, say: 'Just Saturday night, one king please.', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-05', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'I need a room for the night of the 24th only.', want: { rooms: 1, arrival: '2026-12-24', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Only the one night, the 24th, for two of us.', want: { arrival: '2026-12-24', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Do you have a queen for Friday night only?', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 1 } },
    { at: 'greeting', today: TUE, say: "It's just one night, the night of the 19th.", want: { arrival: '2026-12-19', nights: 1 } },
    // Ranges whose end is not after their start.
    // (Written at first with one room: with no day known, "a room" leaves the rooms asked, as round 14 set.)
    { at: 'greeting', today: TUE, say: 'A room from the 12th to the 10th.' },
    { at: 'greeting', today: TUE, say: 'From the 9th to the 9th, one standard.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'February 28th to February 29th, one room.', want: { rooms: 1, arrival: '2027-02-28' }, raise: 'noSuchDate' },
    { at: 'greeting', today: TUE, say: 'The 28th to the 3rd, two rooms.', want: { rooms: 2, arrival: '2026-12-28', nights: 6 } },
    // Alternatives and vague spans.
    { at: 'greeting', today: TUE, say: 'The 5th or 6th of January, one room.', want: { rooms: 1 }, raise: { choose: ['2027-01-05', '2027-01-06'] } },
    { at: 'greeting', today: TUE, say: 'Sometime next month, two rooms, not sure of the dates yet.', want: { rooms: 2 } },
    // (Written at first with the 20th: "around" says a neighbourhood, asked (stay-dates.ts), here and below.)
    { at: 'greeting', today: TUE, say: 'Around the 20th, for three nights.', want: { nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Late January, a king for a week.', want: { rooms: 1, roomType: 'DLX', nights: 7 } },
    // Arrivals with a time.
    { at: 'greeting', today: TUE, say: "We're getting in late on the 9th, two nights.", want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Checking in around 2am on the 10th.', raise: { choose: ['2026-12-09', '2026-12-10'] } },
    { at: 'greeting', today: TUE, say: 'Is early check-in possible on the 3rd? One room, one night.', want: { rooms: 1, arrival: '2026-12-03', nights: 1 } },
    // People inside the request.
    { at: 'greeting', today: TUE, say: "I'm booking for 3 people this Saturday.", want: { arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, say: "It's me, my wife and the two kids, the 18th for two nights.", want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'greeting', today: TUE, say: "We're a couple, looking at the 12th for two nights.", want: { arrival: '2026-12-12', nights: 2 } },
    { at: 'greeting', today: TUE, say: "Three rooms for six people on the 14th.", want: { rooms: 3, arrival: '2026-12-14' } },
    // Long weekends with their days said.
    { at: 'greeting', today: TUE, say: 'Martin Luther King weekend, Friday to Monday, one double.', want: { rooms: 1, roomType: 'DQ', arrival: '2027-01-15', nights: 3 } },
    { at: 'greeting', today: TUE, say: "Presidents' Day weekend, Saturday to Monday.", want: { arrival: '2027-02-13', nights: 2 } },
    // Corrections inside one answer.
    { at: 'greeting', today: TUE, say: 'Two rooms for the 14th, no sorry, the 15th.', want: { rooms: 2, arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'Friday, actually make it Saturday, one night.', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'A king for three nights, no wait, two nights, on the 11th.', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-11', nights: 2 } },
    // Weekday and date that disagree; ordinal weekdays.
    { at: 'greeting', today: TUE, say: 'One room, Friday the 12th.', want: { rooms: 1 }, raise: { choose: FRIDAY_12 } },
    { at: 'greeting', today: TUE, say: 'The first Friday of January, two nights.', want: { arrival: '2027-01-01', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'The last weekend of January, a queen.', want: { rooms: 1, roomType: 'DQ', arrival: '2027-01-29', nights: 2 } },
    // Durations.
    { at: 'greeting', today: TUE, say: 'A week starting the 12th, one room.', want: { rooms: 1, arrival: '2026-12-12', nights: 7 } },
    { at: 'greeting', today: TUE, say: 'From Friday till Monday, a standard.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-04', nights: 3 } },
    // At the arrival date.
    { at: 'arrivalDate', today: TUE, say: 'Just Saturday night.', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'arrivalDate', today: FRI, say: 'Only tomorrow night.', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'arrivalDate', today: TUE, say: 'The 12th to the 10th.' },
    { at: 'arrivalDate', today: TUE, say: 'January 10th to January 8th.' },
    { at: 'arrivalDate', today: TUE, say: 'Next month.' },
    { at: 'arrivalDate', today: TUE, say: 'Sometime next month.' },
    { at: 'arrivalDate', today: TUE, say: 'The 5th or the 6th.', raise: { choose: ['2026-12-05', '2026-12-06'] } },
    { at: 'arrivalDate', today: TUE, say: 'Around the 20th.' },
    { at: 'arrivalDate', today: TUE, say: 'Getting in late on the 9th.', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: "We'll be there by noon on the 18th.", want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'Getting in at 1am Friday.', raise: { choose: ['2026-12-03', '2026-12-04'] } },
    { at: 'arrivalDate', today: TUE, say: 'The 14th, no sorry, the 15th.', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'Sunday the 14th.', raise: { choose: ['2026-12-13', '2026-12-14'] } },
    { at: 'arrivalDate', today: TUE, say: 'Saturday the 5th.', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'The third Thursday in December.', want: { arrival: '2026-12-17' } },
    { at: 'arrivalDate', today: TUE, say: 'The second weekend of January.', want: { arrival: '2027-01-08', nights: 2 } },
    // At the nights (the arrival held: Tuesday the 8th).
    { at: 'nights', today: TUE, say: 'A week.', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: 'Two weeks minus a day.', want: { nights: 13 } },
    { at: 'nights', today: TUE, say: 'A week and a half.' },
    { at: 'nights', today: TUE, say: 'Three nights, no wait, two.', want: { nights: 2 } },
    // At the rooms, the room type and the name.
    { at: 'rooms', today: TUE, say: 'Two rooms, no, make that three.', want: { rooms: 3 } },
    { at: 'roomType', today: TUE, say: 'A king, or actually, the suite.', want: { roomType: 'OCEAN' } },
    { at: 'name', today: TUE, say: "It's under Mike, sorry, Michael Brown.", want: { name: 'Michael Brown' } },
  ],
};

export const heldOut19EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'just sat night, 1 rm', want: { rooms: 1, arrival: '2026-12-05', nights: 1 } },
    { at: 'first', today: TUE, say: 'only fri night pls', want: { arrival: '2026-12-04', nights: 1 } },
    { at: 'first', today: TUE, say: 'night of the 24th only, 1 king', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-24', nights: 1 } },
    { at: 'first', today: FRI, say: 'this wknd, just sat night', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'first', today: TUE, say: '12th to the 10th' },
    { at: 'first', today: TUE, say: '12/9 - 12/9 1 room', want: { rooms: 1, arrival: '2026-12-09' } },
    { at: 'first', today: TUE, say: 'feb 27 thru feb 29', want: { arrival: '2027-02-27' }, raise: 'noSuchDate' },
    // (Written at first as a choice of January days: "1/5" is also May 1st, so asked.)
    { at: 'first', today: TUE, say: '1/5 or 1/6?' },
    { at: 'first', today: TUE, say: 'either the 9th or 10th of jan, 2 nts', want: { nights: 2 }, raise: { choose: ['2027-01-09', '2027-01-10'] } },
    { at: 'first', today: TUE, say: 'sometime next month' },
    { at: 'first', today: TUE, say: 'early feb, a week', want: { nights: 7 } },
    { at: 'first', today: TUE, say: 'around the 20th 3 nts', want: { nights: 3 } },
    { at: 'first', today: TUE, say: 'arriving the 11th around 11pm, 2 nights', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'first', today: TUE, say: 'checking in like 2am on the 10th', raise: { choose: ['2026-12-09', '2026-12-10'] } },
    { at: 'first', today: TUE, say: 'early check in on the 3rd?', want: { arrival: '2026-12-03' } },
    { at: 'first', today: TUE, say: 'booking for 3 people this saturday', want: { arrival: '2026-12-05' } },
    { at: 'first', today: TUE, say: '4 pax, dec 20-22', want: { arrival: '2026-12-20', nights: 2 } },
    { at: 'first', today: TUE, say: 'room for 4 pax on the 9th', want: { rooms: 1, arrival: '2026-12-09' } },
    { at: 'first', today: TUE, say: 'me + the wife, sat, 1 nt', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'first', today: TUE, say: 'two couples, 2 rooms, the 26th', want: { rooms: 2, arrival: '2026-12-26' } },
    { at: 'first', today: TUE, say: 'the 14th no sorry 15th, 2 nts', want: { arrival: '2026-12-15', nights: 2 } },
    { at: 'first', today: TUE, say: 'fri - actually make it sat', want: { arrival: '2026-12-05' } },
    { at: 'first', today: TUE, say: 'fri the 12th, 1 room', want: { rooms: 1 }, raise: { choose: FRIDAY_12 } },
    { at: 'first', today: TUE, say: 'wed the 10th?', raise: { choose: ['2026-12-09', '2026-12-10'] } },
    { at: 'first', today: TUE, say: '1st fri of jan, 2 nts', want: { arrival: '2027-01-01', nights: 2 } },
    { at: 'first', today: TUE, say: 'last wknd of jan', want: { arrival: '2027-01-29', nights: 2 } },
    { at: 'first', today: TUE, say: 'a fortnight from the 12th', want: { arrival: '2026-12-12', nights: 14 } },
    { at: 'first', today: TUE, say: 'fri to sun, 1 queen', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'next month' },
    { at: 'arrivalDate', today: TUE, say: 'the 5th or 6th of january', raise: { choose: ['2027-01-05', '2027-01-06'] } },
    { at: 'arrivalDate', today: TUE, say: 'late on the 9th', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'just sat night', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'nights', today: TUE, say: '2 wks minus a day', want: { nights: 13 } },
    { at: 'nights', today: TUE, say: '3, no 2', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'a week and a half' },
  ],
};

export const heldOut19EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Una sola noche, dicha por su noche.
    { at: 'greeting', today: TUE, say: 'Nomás la noche del sábado, una doble.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-05', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Solo la noche del 24, una habitación.', want: { rooms: 1, arrival: '2026-12-24', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Una sola noche, la del viernes.', want: { arrival: '2026-12-04', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Nada más para el sábado en la noche, un cuarto.', want: { rooms: 1, arrival: '2026-12-05', nights: 1 } },
    // Rangos que terminan antes de empezar, o el mismo día.
    { at: 'greeting', today: TUE, say: 'Del 8 al 8, una sencilla.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-08' } },
    { at: 'greeting', today: TUE, say: 'Del 15 al 13, dos cuartos.', want: { rooms: 2 } },
    { at: 'greeting', today: TUE, say: 'Del 28 de febrero al 29 de febrero.', want: { arrival: '2027-02-28' }, raise: 'noSuchDate' },
    // Alternativas y fechas vagas.
    { at: 'greeting', today: TUE, say: 'El 5 o el 6 de enero, una habitación.', want: { rooms: 1 }, raise: { choose: ['2027-01-05', '2027-01-06'] } },
    { at: 'greeting', today: TUE, say: 'A finales de enero, una suite, como tres noches.', want: { rooms: 1, roomType: 'OCEAN', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Para principios de febrero, dos cuartos.', want: { rooms: 2 } },
    { at: 'greeting', today: TUE, say: 'El mes que entra, todavía no sé qué día.' },
    { at: 'greeting', today: TUE, say: 'Como para el 20, tres noches.', want: { arrival: '2026-12-20', nights: 3 } },
    // Llegadas con hora.
    { at: 'greeting', today: TUE, say: 'Llegamos el 9 ya noche, dos noches.', want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Llegamos el 15 en la madrugada, una doble.', want: { rooms: 1, roomType: 'DQ' }, raise: { choose: ['2026-12-14', '2026-12-15'] } },
    { at: 'greeting', today: TUE, say: 'Llegamos el 20 como a las 10 de la noche, una noche.', want: { arrival: '2026-12-20', nights: 1 } },
    // Personas dentro de la petición.
    { at: 'greeting', today: TUE, say: 'Somos 2 adultos y 3 niños, para el 19.', want: { arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: 'Es para un matrimonio, del 10 al 12.', want: { arrival: '2026-12-10', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Yo y mi esposa, el viernes, una noche.', want: { arrival: '2026-12-04', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Somos cinco personas, ocupamos dos cuartos para el 22.', want: { rooms: 2, arrival: '2026-12-22' } },
    { at: 'greeting', today: TUE, say: 'Para tres personas este sábado.', want: { arrival: '2026-12-05' } },
    // Puentes, con sus días.
    // (The puentes written at first with Mexico's days: to a hotel in the United States which days is
    // asked (two long weekends in November, February and March), the nights said are taken.)
    { at: 'greeting', today: EARLY_NOV, say: 'Para el puente de noviembre, del viernes al lunes, una doble.', want: { rooms: 1, roomType: 'DQ', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'El puente de febrero, del sábado al lunes.', want: { nights: 2 } },
    { at: 'greeting', today: TUE, say: 'El puente de marzo, de viernes a lunes, dos cuartos.', want: { rooms: 2, nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Para el puente del 16 de septiembre.' },
    // Correcciones en la misma respuesta.
    { at: 'greeting', today: TUE, say: 'Dos cuartos para el 20, mejor el 22, dos noches.', want: { rooms: 2, arrival: '2026-12-22', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'El viernes, no, mejor el sábado, una noche.', want: { arrival: '2026-12-05', nights: 1 } },
    // Día de la semana y fecha que no cuadran; días ordinales.
    { at: 'greeting', today: TUE, say: 'Para el lunes 5, una habitación.', want: { rooms: 1 }, raise: { choose: MONDAY_5 } },
    { at: 'greeting', today: TUE, say: 'El segundo sábado de enero, dos noches.', want: { arrival: '2027-01-09', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'El primer lunes de febrero, una noche.', want: { arrival: '2027-02-01', nights: 1 } },
    // Duraciones.
    { at: 'greeting', today: TUE, say: 'El puro fin, una doble.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'De viernes a domingo, una sencilla.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'De lunes a viernes, un cuarto.', want: { rooms: 1, arrival: '2026-12-07', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'Una semana a partir del 12.', want: { arrival: '2026-12-12', nights: 7 } },
    // En la fecha de llegada.
    { at: 'arrivalDate', today: TUE, say: 'Nomás la noche del sábado.', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'arrivalDate', today: TUE, say: 'Del 8 al 8.', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'El mes que viene.' },
    { at: 'arrivalDate', today: TUE, say: 'A finales de enero.' },
    { at: 'arrivalDate', today: TUE, say: 'El 3 o el 4 de enero.', raise: { choose: ['2027-01-03', '2027-01-04'] } },
    { at: 'arrivalDate', today: TUE, say: 'El 9, ya en la noche.', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'El jueves 10.', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'El último viernes de diciembre.', want: { arrival: '2026-12-25' } },
    { at: 'arrivalDate', today: TUE, say: 'El 14, no, perdón, el 15.', want: { arrival: '2026-12-15' } },
    // En las noches (llegada el martes 8).
    { at: 'nights', today: TUE, say: 'Tres noches, bueno no, dos.', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'Una semana y media.' },
    { at: 'nights', today: TUE, say: 'Una semana.', want: { nights: 7 } },
    { at: 'nights', today: TUE, say: 'Dos semanas.', want: { nights: 14 } },
    // En los cuartos, el tipo y el nombre.
    { at: 'rooms', today: TUE, say: 'Dos cuartos, no, uno nomás.', want: { rooms: 1 } },
    { at: 'roomType', today: TUE, say: 'Una doble, ay no, mejor una sencilla.', want: { roomType: 'STD' } },
    { at: 'name', today: TUE, say: 'A nombre de Luis, digo, de Laura.', want: { name: 'Laura' } },
    { at: 'payment', today: TUE, say: 'En efectivo, no, mejor con tarjeta de crédito.', want: { payment: 'credit_card' } },
  ],
};

export const heldOut19EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'nomas la noche del sabado', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'first', today: TUE, say: 'solo la noche del 24 1 hab', want: { rooms: 1, arrival: '2026-12-24', nights: 1 } },
    { at: 'first', today: TUE, say: 'namas el sab en la noche', want: { arrival: '2026-12-05', nights: 1 } },
    { at: 'first', today: TUE, say: 'del 8 al 8', want: { arrival: '2026-12-08' } },
    { at: 'first', today: TUE, say: 'del 15 al 13' },
    { at: 'first', today: TUE, say: 'del 28 feb al 29 feb', want: { arrival: '2027-02-28' }, raise: 'noSuchDate' },
    { at: 'first', today: TUE, say: 'el 5 o 6 de enero', raise: { choose: ['2027-01-05', '2027-01-06'] } },
    { at: 'first', today: TUE, say: 'a finales de enero 3 noches', want: { nights: 3 } },
    { at: 'first', today: TUE, say: 'principios de feb', },
    { at: 'first', today: TUE, say: 'el mes q viene' },
    { at: 'first', today: TUE, say: 'como el 20, 2 noches', want: { arrival: '2026-12-20', nights: 2 } },
    { at: 'first', today: TUE, say: 'llegamos el 9 ya noche', want: { arrival: '2026-12-09' } },
    { at: 'first', today: TUE, say: 'llego el 15 de madrugada', raise: { choose: ['2026-12-14', '2026-12-15'] } },
    { at: 'first', today: TUE, say: 'somos 2 adultos y 3 ninos, el 19', want: { arrival: '2026-12-19' } },
    { at: 'first', today: TUE, say: 'un matrimonio del 10 al 12', want: { arrival: '2026-12-10', nights: 2 } },
    { at: 'first', today: TUE, say: 'yo y mi esposa el vie 1 noche', want: { arrival: '2026-12-04', nights: 1 } },
    { at: 'first', today: TUE, say: 'para 3 personas este sabado', want: { arrival: '2026-12-05' } },
    { at: 'first', today: TUE, say: '4 pax del 20 al 22', want: { arrival: '2026-12-20', nights: 2 } },
    { at: 'first', today: EARLY_NOV, say: 'puente de noviembre, del viernes al lunes', want: { nights: 3 } },
    { at: 'first', today: TUE, say: 'el puente del 16 de sept' },
    { at: 'first', today: TUE, say: 'el 20, mejor el 22, 2 noches', want: { arrival: '2026-12-22', nights: 2 } },
    { at: 'first', today: TUE, say: 'tres noches bueno no dos, el 18', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: 'el lunes 5', raise: { choose: MONDAY_5 } },
    { at: 'first', today: TUE, say: 'martes 15, 1 hab', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'first', today: TUE, say: 'el 2do sabado de enero', want: { arrival: '2027-01-09' } },
    { at: 'first', today: TUE, say: 'el puro fin 1 doble', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'de vie a dom', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'una semana desde el 12', want: { arrival: '2026-12-12', nights: 7 } },
    { at: 'arrivalDate', today: TUE, say: 'el mes q entra' },
    { at: 'arrivalDate', today: TUE, say: 'principios de febrero' },
    { at: 'arrivalDate', today: TUE, say: 'el 9 ya noche', want: { arrival: '2026-12-09' } },
    { at: 'nights', today: TUE, say: 'semana y media' },
    // (Written at first with two: "3 no 2" may be "three, not two" in Spanish, so asked.)
    { at: 'nights', today: TUE, say: '3 no 2' },
    { at: 'rooms', today: TUE, say: '2 no mejor 1', want: { rooms: 1 } },
    { at: 'name', today: TUE, say: 'a nombre de luis digo de laura', want: { name: 'Laura' } },
  ],
};
