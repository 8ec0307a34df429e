// Held-out round 13 (issue 9): written before its session read the readers, as guests say and
// text them, at every question, in English and Mexican Spanish. Mostly dates: ranges across a month
// or the year ("the 30th to the 2nd", "Jan 31 - Feb 2"), a weekday and a day that disagree ("Sunday
// the 12th", asked as a choice), ordinal weekdays ("the last Friday of the month", "the second
// Saturday in January"), "the weekend after next", "el otro fin de semana", "in a fortnight", "de
// hoy en quince", "el mero 15", "the 12th or 13th" (a choice), and spans that name no day
// ("mid-January", "the first week of January", "a mediados de enero": asked, never guessed); several
// fields in one breath, corrections ("actually make that four nights", "no, mejor cuatro"), names
// said surname first, texted short forms ("2 wks", "a nom de", "efvo"), and answers at the later
// questions. Scored as written (two expectations corrected to a rule the project had already set,
// said where they are). First run, before its session's fixes: 32 of 166 cases fell short, 88.4% of
// 301 units understood, 16 silently wrong (in 13 cases); after them: 9 cases, 97.0%, none
// silently wrong. Calendar in ./days.ts; at the later questions the call has (keyed) Tuesday 8
// December, the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** "Next Friday" (or next weekend) said on Tuesday 1 December: the 4th or the 11th. */
const NEXT_FRIDAY = ['2026-12-04', '2026-12-11'];
/** "The 12th or the 13th", or "Sunday the 12th" (the 12th is a Saturday): either is asked. */
const TWELFTH_OR_THIRTEENTH = ['2026-12-12', '2026-12-13'];
/** Monday 28 December 2026: the year turns that week (Thursday 31, Friday 1 January). */
const DEC_28 = '2026-12-28';

export const heldOut13EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'greeting', today: TUE, say: "Hi, I'd like to book a room from the thirtieth through the second of January.", want: { rooms: 1, arrival: '2026-12-30', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Yeah, do you have a double queen the weekend after next, Friday and Saturday night?', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-11', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'I need a room the first week of January.', want: { rooms: 1 } },
    { at: 'greeting', today: TUE, say: 'Something around mid-January, four nights.', want: { nights: 4 } },
    { at: 'greeting', today: TUE, say: 'Can I get a room two weeks from tomorrow?', want: { rooms: 1, arrival: '2026-12-16' } },
    { at: 'greeting', today: TUE, say: 'A fortnight from Friday, two rooms.', want: { rooms: 2, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'We want the 12th or the 13th, whichever is cheaper.', raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'greeting', today: TUE, say: 'Two standards for the 21st, three nights, actually make that four nights.', want: { rooms: 2, roomType: 'STD', arrival: '2026-12-21', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'Hi there, this is Karen Lopez, I need a king for Saturday the 19th, two nights.', want: { name: 'Karen Lopez', rooms: 1, roomType: 'DLX', arrival: '2026-12-19', nights: 2 } },
    { at: 'greeting', today: TUE, say: "I'd like to come on Sunday the 12th.", raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'greeting', today: TUE, say: 'Three nights starting the last Friday of the month.', want: { arrival: '2026-12-25', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Could we do the twenty ninth to the third, two rooms with two queens?', want: { rooms: 2, roomType: 'DQ', arrival: '2026-12-29', nights: 5 } },
    { at: 'greeting', today: TUE, say: "New Year's weekend, Thursday to Sunday.", want: { arrival: '2026-12-31', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'I need a room for the second.', want: { rooms: 1, arrival: '2026-12-02' } },
    { at: 'greeting', today: TUE, say: 'Is there anything for MLK weekend?', raise: { choose: ['2027-01-15', '2027-01-16'] } },
    { at: 'greeting', today: TUE, say: "My wife and I need a room on the eighteenth, we'll leave on the twentieth, name's Peter Walsh.", want: { rooms: 1, arrival: '2026-12-18', nights: 2, name: 'Peter Walsh' } },
    { at: 'greeting', today: TUE, say: 'Uh, yeah, hi, is it possible, um, to reserve like one room, for, uh, the fourteenth?', want: { rooms: 1, arrival: '2026-12-14' } },
    { at: 'greeting', today: TUE, say: 'A room for a week starting a week from Monday.', want: { rooms: 1, arrival: '2026-12-14', nights: 7 } },
    { at: 'greeting', today: TUE, say: "Hello, I'm looking for a room at the end of January.", want: { rooms: 1 } },
    { at: 'greeting', today: TUE, say: 'Can I book the 31st of January through February 2nd?', want: { arrival: '2027-01-31', nights: 2 } },
    { at: 'greeting', today: DEC_28, say: 'Do you have a room tomorrow through the 2nd?', want: { rooms: 1, arrival: '2026-12-29', nights: 4 } },

    { at: 'arrivalDate', today: TUE, say: 'The weekend after next.', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'Mid-January.' },
    { at: 'arrivalDate', today: TUE, say: 'The first week of January.' },
    { at: 'arrivalDate', today: TUE, say: 'In a fortnight.', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'The 12th or 13th.', raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'arrivalDate', today: TUE, say: 'The 30th to the 2nd.', want: { arrival: '2026-12-30', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'The fifteenth, no, sorry, the sixteenth of January.', want: { arrival: '2027-01-16' } },
    { at: 'arrivalDate', today: TUE, say: 'Saturday the ninth of January.', want: { arrival: '2027-01-09' } },
    { at: 'arrivalDate', today: TUE, say: 'Boxing Day, the twenty sixth.', want: { arrival: '2026-12-26' } },
    { at: 'arrivalDate', today: TUE, say: 'The second Saturday in January.', want: { arrival: '2027-01-09' } },
    { at: 'arrivalDate', today: TUE, say: 'Saturday week.', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'The 31st of November.', raise: 'noSuchDate' },
    { at: 'arrivalDate', today: TUE, say: 'Last Friday.', raise: 'past' },
    { at: 'arrivalDate', today: DEC_28, say: 'The 2nd to the 4th.', want: { arrival: '2027-01-02', nights: 2 } },

    { at: 'rooms', today: TUE, say: 'Two, one for us and one for the kids.', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'Make that three rooms and three nights.', want: { rooms: 3, nights: 3 } },

    { at: 'nights', today: TUE, say: 'Actually make that three nights.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'A fortnight.', want: { nights: 14 } },
    { at: 'nights', today: TUE, say: "Through the weekend, we're checking out Monday.", want: { nights: 6 } },

    { at: 'name', today: TUE, say: "It'll be under my husband's name, Daniel Reyes.", want: { name: 'Daniel Reyes' } },
    { at: 'name', today: TUE, say: "Last name's Nguyen, first name Linda.", want: { name: 'Linda Nguyen' } },

    { at: 'payment', today: TUE, say: "I'll pay when I get there, in cash.", want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'On my Discover card.', want: { payment: 'credit_card' } },

    { at: 'readBack', today: TUE, say: "Everything's right except the date, it should be the 9th.", want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, say: 'Can we add one more night?', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'Change the name to Laura Kim.', want: { name: 'Laura Kim' } },
  ],
};

export const heldOut13EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'need 2 rooms 12/30-1/2', want: { rooms: 2, arrival: '2026-12-30', nights: 3 } },
    { at: 'first', today: TUE, say: 'room wknd after next', want: { rooms: 1, arrival: '2026-12-11', nights: 2 } },
    { at: 'first', today: TUE, say: '1 king 12th or 13th 2 nts', want: { rooms: 1, roomType: 'DLX', nights: 2 }, raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'first', today: TUE, say: 'mid jan 3 nts', want: { nights: 3 } },
    { at: 'first', today: TUE, say: 'first wk of jan, 2 rooms', want: { rooms: 2 } },
    { at: 'first', today: TUE, say: 'in 2 wks for 2 nights', want: { arrival: '2026-12-15', nights: 2 } },
    { at: 'first', today: TUE, say: '1 std jan 31 - feb 2', want: { rooms: 1, roomType: 'STD', arrival: '2027-01-31', nights: 2 } },
    { at: 'first', today: TUE, say: 'hi can i get a dbl for sat 12/19 thru mon 12/21', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-19', nights: 2 } },
    { at: 'first', today: TUE, say: '3 nts starting the 20th actually make it 4', want: { arrival: '2026-12-20', nights: 4 } },
    { at: 'first', today: TUE, say: 'reservation for 2 adults 1 room dec 17 checkout 19th', want: { rooms: 1, arrival: '2026-12-17', nights: 2 } },
    { at: 'first', today: TUE, say: 'do u have smth for the 28th? 1 nite', want: { arrival: '2026-12-28', nights: 1 } },
    { at: 'first', today: TUE, say: '2 rms, 1 nt, 12/24, name jess wong, paying cash', want: { rooms: 2, nights: 1, arrival: '2026-12-24', name: 'Jess Wong', payment: 'cash' } },
    { at: 'first', today: TUE, say: 'sunday the 12th available?', raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'first', today: TUE, say: 'room 11/31', want: { rooms: 1 }, raise: 'noSuchDate' },
    { at: 'first', today: TUE, say: 'what time do i have to be out of the room', raise: { answer: 'checkOut' } },
    { at: 'first', today: TUE, say: 'a suite a fortnight from today', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-15' } },
    { at: 'first', today: DEC_28, say: 'room tmrw thru the 2nd', want: { rooms: 1, arrival: '2026-12-29', nights: 4 } },

    { at: 'arrivalDate', today: TUE, say: '12/30-1/2', want: { arrival: '2026-12-30', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'wknd after next', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'mid jan' },
    { at: 'arrivalDate', today: TUE, say: '12th or 13th', raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'arrivalDate', today: TUE, say: '2 wks from fri', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'wed the 2nd', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'sat the 9th of jan', want: { arrival: '2027-01-09' } },
    { at: 'arrivalDate', today: TUE, say: 'last fri', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'xmas eve', want: { arrival: '2026-12-24' } },

    { at: 'rooms', today: TUE, say: '2 pls', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: '2, for 3 nights', want: { rooms: 2, nights: 3 } },

    { at: 'nights', today: TUE, say: 'actually 3', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: '2 wks', want: { nights: 14 } },
    { at: 'nights', today: TUE, say: 'til the 12th', want: { nights: 4 } },

    { at: 'name', today: TUE, say: 'kate miller, thx', want: { name: 'Kate Miller' } },
    { at: 'name', today: TUE, say: 'its for my mom, rosa diaz', want: { name: 'Rosa Diaz' } },

    { at: 'payment', today: TUE, say: 'amex', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'will pay cash when i arrive', want: { payment: 'cash' } },

    { at: 'readBack', today: TUE, say: 'date is wrong should be the 10th', want: { arrival: '2026-12-10' } },
    { at: 'readBack', today: TUE, say: 'add 1 more night', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'all good thx' },
  ],
};

export const heldOut13EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'greeting', today: TUE, say: 'Bueno, ¿tiene habitación para el mero día 15?', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'Quiero reservar de hoy en quince, dos noches.', want: { arrival: '2026-12-15', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Una sencilla para pasado mañana a nombre de Jorge Castillo.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-03', name: 'Jorge Castillo' } },
    { at: 'greeting', today: TUE, say: 'Necesito una doble del treinta de diciembre al dos de enero.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-30', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Quiero dos cuartos para el próximo fin, de viernes a domingo.', want: { rooms: 2, nights: 2 }, raise: { choose: NEXT_FRIDAY } },
    { at: 'greeting', today: TUE, say: '¿Me aparta una habitación para el 12 o el 13?', want: { rooms: 1 }, raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'greeting', today: TUE, say: 'Quiero una habitación a mediados de enero.', want: { rooms: 1 } },
    { at: 'greeting', today: TUE, say: 'Tres noches a partir del sábado 19, a nombre de Beatriz Salinas.', want: { arrival: '2026-12-19', nights: 3, name: 'Beatriz Salinas' } },
    { at: 'greeting', today: TUE, say: 'Una habitación para el domingo 12.', want: { rooms: 1 }, raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'greeting', today: TUE, say: 'Quiero reservar para la primera semana de enero, dos cuartos.', want: { rooms: 2 } },
    { at: 'greeting', today: TUE, say: 'Del 31 de enero al 2 de febrero, una king.', want: { rooms: 1, roomType: 'DLX', arrival: '2027-01-31', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Dos habitaciones para el 20, tres noches, no, mejor cuatro.', want: { rooms: 2, arrival: '2026-12-20', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'Oiga, ¿se cobra el estacionamiento?', raise: { answer: 'parking' } },
    { at: 'greeting', today: DEC_28, say: 'Una habitación de mañana al dos de enero.', want: { rooms: 1, arrival: '2026-12-29', nights: 4 } },

    { at: 'menu', today: TUE, say: 'Quiero reservar una doble para el 24, dos noches.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-24', nights: 2 } },
    { at: 'menu', today: TUE, say: 'Para el viernes de la otra semana, una noche.', want: { arrival: '2026-12-11', nights: 1 } },

    { at: 'arrivalDate', today: TUE, say: 'El mero quince.', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'Pues de hoy en quince días.', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'A mediados de enero.' },
    { at: 'arrivalDate', today: TUE, say: 'La primera semana de enero.' },
    { at: 'arrivalDate', today: TUE, say: 'El doce o el trece.', raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'arrivalDate', today: TUE, say: 'Del treinta al dos.', want: { arrival: '2026-12-30', nights: 3 } },
    // (Written at first as the 11th. "El otro fin de semana" was already read as "next weekend",
    // which on a Tuesday is asked (stay-dates.ts, OTHER_WEEKEND): the choice.)
    { at: 'arrivalDate', today: TUE, say: 'El otro fin de semana.', want: { nights: 2 }, raise: { choose: NEXT_FRIDAY } },
    { at: 'arrivalDate', today: TUE, say: 'No, espéreme, mejor el catorce.', want: { arrival: '2026-12-14' } },
    { at: 'arrivalDate', today: TUE, say: 'El sábado nueve de enero.', want: { arrival: '2027-01-09' } },
    { at: 'arrivalDate', today: TUE, say: 'El último viernes de diciembre.', want: { arrival: '2026-12-25' } },
    { at: 'arrivalDate', today: TUE, say: 'El viernes pasado.', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'El treinta y uno de septiembre.', raise: 'noSuchDate' },
    { at: 'arrivalDate', today: TUE, say: 'En dos semanas, el martes.', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'Después de la quincena.' },

    { at: 'roomType', today: TUE, say: 'Una sencilla.', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'La doble, por favor, y que sean dos.', want: { roomType: 'DQ', rooms: 2 } },

    { at: 'rooms', today: TUE, say: 'Dos, una para mí y otra para mis papás.', want: { rooms: 2 } },

    { at: 'nights', today: TUE, say: 'Mejor que sean tres noches.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Quince días.' },
    { at: 'nights', today: TUE, say: 'Nos vamos el lunes catorce.', want: { nights: 6 } },

    { at: 'name', today: TUE, say: 'A nombre de María Fernanda Ochoa.', want: { name: 'María Fernanda Ochoa' } },
    { at: 'name', today: TUE, say: 'Apellido Torres, nombre Luis.', want: { name: 'Luis Torres' } },

    { at: 'payment', today: TUE, say: 'Con tarjeta de crédito, Visa.', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'Pago allá en efectivo.', want: { payment: 'cash' } },

    { at: 'readBack', today: TUE, say: 'No, la fecha está mal, es el 10.', want: { arrival: '2026-12-10' } },
    { at: 'readBack', today: TUE, say: 'Agrégueme una noche más.', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'Todo correcto, gracias.' },
  ],
};

export const heldOut13EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'hab sencilla p/ el 15 a nom de karla ruiz', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-15', name: 'Karla Ruiz' } },
    { at: 'first', today: TUE, say: '2 habs dobles del 30 al 2 de enero', want: { rooms: 2, roomType: 'DQ', arrival: '2026-12-30', nights: 3 } },
    { at: 'first', today: TUE, say: 'tienen disponible de hoy en 8?', want: { arrival: '2026-12-08' } },
    { at: 'first', today: TUE, say: 'una hab para el prox finde', want: { rooms: 1, nights: 2 }, raise: { choose: NEXT_FRIDAY } },
    { at: 'first', today: TUE, say: 'hab para mediados de enero', want: { rooms: 1 } },
    { at: 'first', today: TUE, say: '1 hab el 12 o 13', want: { rooms: 1 }, raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'first', today: TUE, say: 'qro reservar pa pasado mañana 2 noches', want: { arrival: '2026-12-03', nights: 2 } },
    { at: 'first', today: TUE, say: '1 hab el dom 12', want: { rooms: 1 }, raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'first', today: TUE, say: 'hab del 31 ene al 2 feb', want: { rooms: 1, arrival: '2027-01-31', nights: 2 } },
    { at: 'first', today: TUE, say: '3 noches desde el 20, no mejor 4', want: { arrival: '2026-12-20', nights: 4 } },
    { at: 'first', today: TUE, say: 'a q hora es la salida', raise: { answer: 'checkOut' } },
    { at: 'first', today: TUE, say: 'hab x 2 semanas desde el 4 de enero', want: { rooms: 1, arrival: '2027-01-04', nights: 14 } },
    { at: 'first', today: TUE, say: '2 cuartos para dentro de 2 semanas', want: { rooms: 2, arrival: '2026-12-15' } },
    { at: 'first', today: TUE, say: 'hab 31 de nov', want: { rooms: 1 }, raise: 'noSuchDate' },
    { at: 'first', today: TUE, say: 'hab pal viernes', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'first', today: TUE, say: 'kiero 1 doble pa el 18 d dic', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-18' } },
    { at: 'first', today: DEC_28, say: 'hab de mñn al 2', want: { rooms: 1, arrival: '2026-12-29', nights: 4 } },

    { at: 'arrivalDate', today: TUE, say: 'el mero 15', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'de hoy en 15', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'mediados de ene' },
    { at: 'arrivalDate', today: TUE, say: 'del 30 al 2', want: { arrival: '2026-12-30', nights: 3 } },
    // (Written at first as the 11th: asked, as "el otro fin de semana" above.)
    { at: 'arrivalDate', today: TUE, say: 'el otro finde', want: { nights: 2 }, raise: { choose: NEXT_FRIDAY } },
    { at: 'arrivalDate', today: TUE, say: 'el 12 o el 13', raise: { choose: TWELFTH_OR_THIRTEENTH } },
    { at: 'arrivalDate', today: TUE, say: 'sab 9 de enero', want: { arrival: '2027-01-09' } },
    { at: 'arrivalDate', today: TUE, say: 'el vie pasado', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: '1ra semana de enero' },

    { at: 'rooms', today: TUE, say: '2 porfa', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: '1 sola', want: { rooms: 1 } },

    { at: 'nights', today: TUE, say: 'mejor 3', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: '2 semanas', want: { nights: 14 } },
    { at: 'nights', today: TUE, say: 'hasta el dom', want: { nights: 5 } },

    { at: 'name', today: TUE, say: 'a nombre d jose luis garza', want: { name: 'Jose Luis Garza' } },
    { at: 'name', today: TUE, say: 'soy ana maria lopez', want: { name: 'Ana Maria Lopez' } },

    { at: 'payment', today: TUE, say: 'tarjeta d credito', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'efvo', want: { payment: 'cash' } },

    { at: 'readBack', today: TUE, say: 'la fecha esta mal es el 10', want: { arrival: '2026-12-10' } },
    { at: 'readBack', today: TUE, say: 'agregame 1 noche mas', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'todo bien' },
  ],
};
