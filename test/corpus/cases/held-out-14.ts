// Held-out round 14 (issue 9): written before its session read the readers, as guests say and
// text them, at every question, in English and Mexican Spanish. Families earlier rounds covered
// little: holidays and named periods (Christmas Eve and Christmas night, "over New Year's", "through
// New Year's", Thanksgiving and Black Friday, Memorial and Labor Day weekends, spring break, Semana
// Santa, Jueves Santo, Día de Muertos, el puente de noviembre, Nochebuena, fin de año, las posadas:
// a period that names no one day is asked, never guessed); changes at the later questions ("one
// more room", "one less night", "push it back a day", "mejor una noche menos", "y que sean dos",
// "recórrela un día", "instead of the 8th, the 9th"; "make it 4" at the read-back names nothing);
// people counted, not rooms ("2 adults 2 kids", "somos 5", "para 3 personas", "mi hijo de 8");
// durations and ends ("check out on the 14th", "leaving Sunday morning", "salgo el domingo", "until
// the weekend", "unas 3 o 4 noches", "un mes": the last two asked); relative days said on
// different weekdays ("next weekend" on a Saturday and on a Sunday, "el fin de semana que entra" on
// a Monday, "el otro viernes", "a week from Friday", "en quince días", "de mañana en ocho"); and
// the noise of speech ("um", "este", "o sea", "the the 12th", "won room", "tree nights", "for
// nights", "to rooms", "dose noches"; texted "4 the 9th" is "for"). "Through New Year's" follows
// the rule round 12 set ('suite xmas thru new yrs': they leave on New Year's Day), as "through the
// 27th" does. Scored as written but for twenty-three expectations, each corrected where it is:
// nineteen to rules the project had already set ("fin de año" is the 31st, "el otro viernes" the
// 11th, a hedged single count is taken, "until the weekend" is through it, "una habitación" alone
// leaves the rooms asked, a day passed this year and far off next is asked about), four ("en quince
// días": the 15th or the 16th?) to a choice. First run, as written, before its session's fixes: 44
// of 165 cases fell short, 87.7% of 293 units understood, 30 silently wrong; with the corrections,
// 28 cases, 90.3% of 299, 17 silently wrong; after the fixes: 2 cases, 99.3%, none silently
// wrong. Calendar in ./days.ts; at the later questions the call has (keyed) the arrival a week
// ahead (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash.
import type { CorpusFile } from '../corpus-case.ts';
import { EARLY_NOV, FRI, MON, SAT, SUN, TUE } from './days.ts';

/** "Next Friday" (or "el viernes que entra") said on Tuesday 1 December: the 4th or the 11th. */
const NEXT_FRIDAY = ['2026-12-04', '2026-12-11'];
/** "Next weekend" (or "el fin de semana que entra") said on Monday 7 December: the 11th or the 18th. */
const NEXT_WEEKEND_FROM_MON = ['2026-12-11', '2026-12-18'];
/** Memorial Day is Monday 31 May 2027: Friday 28 or Saturday 29. */
const MEMORIAL_DAY_WEEKEND = ['2027-05-28', '2027-05-29'];
/**
 * "En quince días" said on Tuesday 1 December: two weeks (as "de hoy en quince") or fifteen days?
 * (Written at first as the 15th: both are offered.)
 */
const IN_FIFTEEN_DAYS = ['2026-12-15', '2026-12-16'];
/** A way to move the stay not said: a day earlier than the 8th, or later. */
const A_DAY_EITHER_WAY = ['2026-12-07', '2026-12-09'];

export const heldOut14EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'greeting', today: TUE, say: 'Hi, um, I need a room for Christmas Eve and Christmas night.', want: { rooms: 1, arrival: '2026-12-24', nights: 2 } },
    { at: 'greeting', today: TUE, say: "Do you have anything over New Year's? There's two of us." },
    { at: 'greeting', today: TUE, say: "We'd like a suite from the twenty-ninth through New Year's.", want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-29', nights: 3 } },
    { at: 'greeting', today: EARLY_NOV, say: 'Is there a room for Thanksgiving night?', want: { rooms: 1, arrival: '2026-11-26' } },
    { at: 'greeting', today: EARLY_NOV, say: 'The Wednesday before Thanksgiving through Sunday, two rooms.', want: { rooms: 2, arrival: '2026-11-25', nights: 4 } },
    { at: 'greeting', today: EARLY_NOV, say: 'Black Friday, one night, a king.', want: { rooms: 1, roomType: 'DLX', arrival: '2026-11-27', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Memorial Day weekend, do you have a double queen?', want: { rooms: 1, roomType: 'DQ' }, raise: { choose: MEMORIAL_DAY_WEEKEND } },
    // (Written at first as Saturday 4 September 2027. This year's has passed and next year's is more
    // than half a year off: asked about, as a month and day would be (stay-dates.ts, ROLL_FORWARD_DAYS).)
    { at: 'greeting', today: TUE, say: 'Labor Day weekend, Saturday to Monday, one room.', want: { rooms: 1, nights: 2 }, raise: 'past' },
    { at: 'greeting', today: TUE, say: "We're coming down for spring break, we need two rooms.", want: { rooms: 2 } },
    { at: 'greeting', today: TUE, say: 'Um, we need, uh, two rooms, the the 18th, for, um, three nights.', want: { rooms: 2, arrival: '2026-12-18', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'I need won room for tree nights on the 10th.', want: { rooms: 1, nights: 3, arrival: '2026-12-10' }, raise: 'confirm' },
    { at: 'greeting', today: TUE, say: "It's 2 adults and 2 kids, the 19th to the 21st.", want: { arrival: '2026-12-19', nights: 2 } },
    { at: 'greeting', today: TUE, say: "Hi, a room with two queens for me and my son, he's 8, on the 11th.", want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-11' } },
    { at: 'greeting', today: TUE, say: "There's five of us, do you have something for the 22nd?", want: { arrival: '2026-12-22' } },
    { at: 'greeting', today: TUE, say: 'A room for three people, coming in the 12th, checking out on the 14th.', want: { rooms: 1, arrival: '2026-12-12', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'A week from Friday, two nights.', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'greeting', today: MON, say: 'Something this weekend, a couple of nights.', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'greeting', today: SAT, say: 'Do you have a room next weekend?', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: "Three or four nights starting the 15th, we're not sure.", want: { arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'Two weeks starting January 4th, a standard.', want: { rooms: 1, roomType: 'STD', arrival: '2027-01-04', nights: 14 } },
    { at: 'greeting', today: TUE, say: 'Can I get a room for a month starting the 2nd of January?', want: { rooms: 1, arrival: '2027-01-02' } },
    { at: 'greeting', today: TUE, say: 'Christmas week, two kings.', want: { rooms: 2, roomType: 'DLX' } },
    { at: 'greeting', today: TUE, say: 'Um, so, like, the day after Christmas until the thirtieth.', want: { arrival: '2026-12-26', nights: 4 } },
    { at: 'greeting', today: TUE, say: "I want to come in on New Year's Day and leave Sunday.", want: { arrival: '2027-01-01', nights: 2 } },

    { at: 'arrivalDate', today: TUE, say: "Christmas Eve, and we'd leave the 26th.", want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: "Over New Year's." },
    { at: 'arrivalDate', today: TUE, say: 'The the twelfth.', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'Uh, the, the nineteenth.', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: MON, say: 'A week from Friday.', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: FRI, say: 'Next weekend.', want: { arrival: '2026-12-11', nights: 2 } },
    // (Written at first as a choice. Said on a Sunday, "next Friday" is the coming one (stay-dates.ts,
    // weekdayAhead), and so is "this weekend" (en-voice.ts): the 4th.)
    { at: 'arrivalDate', today: SUN, say: 'Next weekend.', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'Memorial Day weekend.', raise: { choose: MEMORIAL_DAY_WEEKEND } },
    // (Written at first with no day. A holiday late in the week names its own day for its weekend
    // (stay-dates.ts, holidayWeekend): Thursday the 26th.)
    { at: 'arrivalDate', today: EARLY_NOV, say: 'Thanksgiving weekend.', want: { arrival: '2026-11-26' } },
    { at: 'arrivalDate', today: TUE, say: 'Instead of the 12th, the 13th.', want: { arrival: '2026-12-13' } },

    { at: 'rooms', today: TUE, say: "Two adults, two kids, so one room.", want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: 'To rooms.', want: { rooms: 2 }, raise: 'confirm' },
    { at: 'rooms', today: TUE, say: "There's six of us." },

    { at: 'nights', today: TUE, say: 'For nights.', want: { nights: 4 }, raise: 'confirm' },
    { at: 'nights', today: TUE, say: "We're leaving Sunday morning.", want: { nights: 5 } },
    // (Written at first with no count. "Until the weekend" is "through the weekend" as the project
    // reads it (stay-dates.ts: "hasta el fin de semana", out the Sunday after the arrival).)
    { at: 'nights', today: TUE, say: 'Until the weekend.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: "We'll check out on the 14th.", want: { nights: 6 } },
    { at: 'nights', today: TUE, say: 'Two full weeks.', want: { nights: 14 } },

    { at: 'readBack', today: TUE, say: 'Add another night.', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'One more room, please.', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'Actually, one less night.', want: { nights: 1 } },
    { at: 'readBack', today: TUE, say: 'Instead of the 8th, the 9th.', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, say: 'Can you push it back a day?', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, say: 'Make it 4.' },
  ],
};

export const heldOut14EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'room xmas eve + xmas night', want: { rooms: 1, arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, say: 'need 2 rms over new years', want: { rooms: 2 } },
    { at: 'first', today: TUE, say: 'king 12/29 thru new years', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-29', nights: 3 } },
    { at: 'first', today: TUE, say: '2 adults 2 kids 12/18-12/20', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: 'family of 5, one room w 2 queens, dec 11', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-11' } },
    { at: 'first', today: TUE, say: 'memorial day wknd 1 room', want: { rooms: 1 }, raise: { choose: MEMORIAL_DAY_WEEKEND } },
    // (Written at first as Friday 3 September 2027: asked about, as "Labor Day weekend" said above.)
    { at: 'first', today: TUE, say: 'labor day wknd fri-mon', want: { nights: 3 }, raise: 'past' },
    { at: 'first', today: TUE, say: 'any rooms spring break?' },
    { at: 'first', today: TUE, say: 'room for 3 ppl on the 15th', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'first', today: TUE, say: '3 or 4 nts from the 20th', want: { arrival: '2026-12-20' } },
    { at: 'first', today: TUE, say: '1 room jan 4 for 2 wks', want: { rooms: 1, arrival: '2027-01-04', nights: 14 } },
    { at: 'first', today: TUE, say: 'a week from fri, 2 nts', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'first', today: TUE, say: 'um can i get a room 4 the 9th', want: { rooms: 1, arrival: '2026-12-09' } },
    { at: 'first', today: TUE, say: '2 rooms 4 2 nights dec 16', want: { rooms: 2, nights: 2, arrival: '2026-12-16' } },
    { at: 'first', today: EARLY_NOV, say: 'thanksgiving thru sun, 1 rm', want: { rooms: 1, arrival: '2026-11-26', nights: 3 } },
    { at: 'first', today: EARLY_NOV, say: 'day after thanksgiving 2 nts', want: { arrival: '2026-11-27', nights: 2 } },
    { at: 'first', today: TUE, say: 'xmas wk 2 rooms', want: { rooms: 2 } },
    { at: 'first', today: TUE, say: 'room for a month from jan 2', want: { rooms: 1, arrival: '2027-01-02' } },
    { at: 'first', today: TUE, say: 'checking in 12/23 checking out the 26th', want: { arrival: '2026-12-23', nights: 3 } },
    { at: 'first', today: FRI, say: 'room this wknd', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    // (Written at first as a choice: the coming weekend, as "Next weekend." said on a Sunday above.)
    { at: 'first', today: SUN, say: 'next wknd 1 king', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-04', nights: 2 } },

    { at: 'arrivalDate', today: TUE, say: 'xmas eve til the 26th', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'nye', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: MON, say: 'wk from fri', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'instead of the 12th the 13th', want: { arrival: '2026-12-13' } },

    { at: 'rooms', today: TUE, say: 'we r 5' },
    { at: 'rooms', today: TUE, say: '2 adults 2 kids 1 room', want: { rooms: 1 } },

    { at: 'nights', today: TUE, say: 'checkout 14th', want: { nights: 6 } },
    { at: 'nights', today: TUE, say: 'leaving sun am', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: '3 or 4' },
    { at: 'nights', today: TUE, say: 'a month' },

    { at: 'readBack', today: TUE, say: 'add 1 more room', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: '1 less night', want: { nights: 1 } },
    { at: 'readBack', today: TUE, say: 'push it back a day', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, say: 'make it 4' },
    { at: 'readBack', today: TUE, say: 'actually 3 nights not 2', want: { nights: 3 } },
  ],
};

export const heldOut14EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'greeting', today: TUE, say: 'Buenas tardes, quiero una habitación para Nochebuena y Navidad.', want: { rooms: 1, arrival: '2026-12-24', nights: 2 } },
    // (Written at first with no day. "Fin de año" is New Year's Eve in Mexico, as the project reads it
    // (named-days.ts), the way "for New Year's Eve" is the 31st.)
    { at: 'greeting', today: TUE, say: '¿Tiene cuartos para fin de año? Somos cuatro.', want: { arrival: '2026-12-31' } },
    { at: 'greeting', today: TUE, say: 'Una suite para la noche de fin de año.', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-31' } },
    { at: 'greeting', today: TUE, say: 'Queremos ir en Semana Santa, dos habitaciones.', want: { rooms: 2 } },
    // (Written at first as 31 October 2027: passed this year, far off next, so asked about (stay-dates.ts,
    // ROLL_FORWARD_DAYS).)
    { at: 'greeting', today: TUE, say: 'Para el Día de Muertos, del 31 de octubre al 2 de noviembre, una doble.', want: { rooms: 1, roomType: 'DQ', nights: 2 }, raise: 'past' },
    { at: 'greeting', today: TUE, say: '¿Tienen lugar para el puente de noviembre?' },
    // (Written at first with one room. "Una habitación" with no day or other detail is how people
    // ask, whatever the party: the rooms are asked (reading/whole-request.ts).)
    { at: 'greeting', today: TUE, say: 'Una habitación para las posadas.' },
    { at: 'greeting', today: TUE, say: 'Somos dos adultos y dos niños, para el 18, dos noches.', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Una habitación para tres personas del 20 al 23.', want: { rooms: 1, arrival: '2026-12-20', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Es para mí y mi hijo de 8 años, el 12 de diciembre.', want: { arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'Este, eh, pues quería una habitación para el, el quince.', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'O sea, necesito dos cuartos, dos noches, a partir del 9.', want: { rooms: 2, nights: 2, arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'Quiero una habitación con dos camas para el viernes que entra.', want: { rooms: 1, roomType: 'DQ' }, raise: { choose: NEXT_FRIDAY } },
    { at: 'greeting', today: TUE, say: 'Unas tres o cuatro noches a partir del 21.', want: { arrival: '2026-12-21' } },
    { at: 'greeting', today: TUE, say: 'Un mes a partir del 4 de enero.', want: { arrival: '2027-01-04' } },
    { at: 'greeting', today: TUE, say: 'Para el Jueves Santo, dos noches.', want: { arrival: '2027-03-25', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'En quince días, una sencilla.', want: { rooms: 1, roomType: 'STD' }, raise: { choose: IN_FIFTEEN_DAYS } },
    { at: 'greeting', today: TUE, say: 'De mañana en ocho, dos noches.', want: { arrival: '2026-12-09', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Una habitación dose noches desde el 10.', want: { rooms: 1, arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, say: 'Quiero reservar del 24 al 26, por Navidad.', want: { arrival: '2026-12-24', nights: 2 } },

    { at: 'menu', today: MON, say: 'Para el fin de semana que entra, una habitación.', want: { rooms: 1, nights: 2 }, raise: { choose: NEXT_WEEKEND_FROM_MON } },
    // (Written at first as a choice. "El otro viernes" is the Friday after this week's in Mexico, as the
    // project reads it (stay-dates.ts, weekdayAhead): the 11th.)
    { at: 'menu', today: TUE, say: 'El otro viernes, una noche.', want: { arrival: '2026-12-11', nights: 1 } },

    { at: 'arrivalDate', today: TUE, say: 'Nochebuena, y salimos el 26.', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'Para fin de año.', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, say: 'Semana Santa.' },
    { at: 'arrivalDate', today: SAT, say: 'Este fin de semana.', want: { arrival: '2026-11-28', nights: 1 } },
    { at: 'arrivalDate', today: MON, say: 'El fin de semana que entra.', want: { nights: 2 }, raise: { choose: NEXT_WEEKEND_FROM_MON } },
    { at: 'arrivalDate', today: TUE, say: 'En quince días.', raise: { choose: IN_FIFTEEN_DAYS } },
    { at: 'arrivalDate', today: TUE, say: 'Eh, el, el doce.', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'En vez del 12, el 13.', want: { arrival: '2026-12-13' } },
    { at: 'arrivalDate', today: TUE, say: 'El puente de noviembre.' },

    { at: 'rooms', today: TUE, say: 'Somos cinco.' },
    { at: 'rooms', today: TUE, say: 'Para tres personas, una.', want: { rooms: 1 } },

    { at: 'nights', today: TUE, say: 'Salgo el domingo.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'Unas tres o cuatro noches.' },
    { at: 'nights', today: TUE, say: 'Un mes.' },
    // (Written at first with no count. One count said with a hedge is taken ("maybe three", "a lo
    // mejor tres" already were); only a second one leaves it open.)
    { at: 'nights', today: TUE, say: 'A la mejor tres.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Dose noches.' },
    { at: 'nights', today: TUE, say: 'Pues, o sea, dos.', want: { nights: 2 } },
    // (Written at first with no count: out the Sunday, as "Until the weekend." in English.)
    { at: 'nights', today: TUE, say: 'Hasta el fin de semana.', want: { nights: 5 } },

    { at: 'readBack', today: TUE, say: 'Mejor una noche menos.', want: { nights: 1 } },
    { at: 'readBack', today: TUE, say: 'Y que sean dos habitaciones.', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'Recórrela un día.', raise: { choose: A_DAY_EITHER_WAY } },
    { at: 'readBack', today: TUE, say: 'Otro cuarto más, por favor.', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'En vez del 8, el 9.', want: { arrival: '2026-12-09' } },
  ],
};

export const heldOut14EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'hab p/ nochebuena y navidad', want: { rooms: 1, arrival: '2026-12-24', nights: 2 } },
    // (Written at first with no day: the 31st, as "fin de año" said above.)
    { at: 'first', today: TUE, say: 'q tienen p/ fin de año?', want: { arrival: '2026-12-31' } },
    { at: 'first', today: TUE, say: '1 hab semana santa xfa', want: { rooms: 1 } },
    { at: 'first', today: TUE, say: 'somos 2 adultos y 2 niños, del 18 al 20', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: 'hab p/ 3 personas el 15', want: { rooms: 1, arrival: '2026-12-15' } },
    { at: 'first', today: TUE, say: 'hab con 2 camas p/ mi y mi hijo de 8, el 11', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-11' } },
    { at: 'first', today: TUE, say: 'somos 5 para el 22', want: { arrival: '2026-12-22' } },
    { at: 'first', today: TUE, say: 'hab x 3 o 4 nts desde el 20', want: { rooms: 1, arrival: '2026-12-20' } },
    { at: 'first', today: TUE, say: '1 hab x un mes desde el 2 de enero', want: { rooms: 1, arrival: '2027-01-02' } },
    { at: 'first', today: TUE, say: '2 habs en 15 dias', want: { rooms: 2 }, raise: { choose: IN_FIFTEEN_DAYS } },
    { at: 'first', today: TUE, say: 'hab de mñn en 8', want: { rooms: 1, arrival: '2026-12-09' } },
    // (Written at first with one room: asked, as "una habitación para las posadas" is.)
    // (Round 31: a room said with days that name no day describes a stay, one room, as "a room over Easter" in round 30.)
    { at: 'first', today: TUE, say: 'hab p/ el puente de noviembre', want: { rooms: 1 } },
    // (Written at first as a choice: the 11th, as "el otro viernes" said above.)
    { at: 'first', today: TUE, say: 'hab el otro vie', want: { rooms: 1, arrival: '2026-12-11' } },
    { at: 'first', today: TUE, say: 'hab p/ la noche del 31', want: { rooms: 1, arrival: '2026-12-31' } },
    { at: 'first', today: TUE, say: '1 hab 24 al 26 x navidad', want: { rooms: 1, arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, say: 'para el dia de muertos 1 hab', want: { rooms: 1 } },
    { at: 'first', today: FRI, say: 'hab este finde', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: MON, say: 'hab el finde q entra', want: { rooms: 1, nights: 2 }, raise: { choose: NEXT_WEEKEND_FROM_MON } },
    // (Written at first with one room: asked, as "una habitación para las posadas" is.)
    { at: 'first', today: TUE, say: 'pues una hab dose noches' },
    { at: 'first', today: TUE, say: 'hab para las posadas, 2 nts', want: { rooms: 1, nights: 2 } },

    { at: 'arrivalDate', today: TUE, say: 'nochebuena, salimos el 26', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'fin de año', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, say: 'en 15 dias', raise: { choose: IN_FIFTEEN_DAYS } },
    { at: 'arrivalDate', today: TUE, say: 'en vez del 12 el 13', want: { arrival: '2026-12-13' } },

    { at: 'rooms', today: TUE, say: 'somos 5' },
    { at: 'rooms', today: TUE, say: '2 adultos 2 niños, 1 hab', want: { rooms: 1 } },

    { at: 'nights', today: TUE, say: 'salgo el dom', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: '3 o 4' },
    { at: 'nights', today: TUE, say: 'un mes' },
    { at: 'nights', today: TUE, say: 'a la mejor 3', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'hasta el 14', want: { nights: 6 } },

    { at: 'readBack', today: TUE, say: 'mejor 1 noche menos', want: { nights: 1 } },
    { at: 'readBack', today: TUE, say: 'y q sean 2 habs', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'recorrela un dia', raise: { choose: A_DAY_EITHER_WAY } },
    { at: 'readBack', today: TUE, say: '1 hab mas xfa', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'cambiala al 9 en vez del 8', want: { arrival: '2026-12-09' } },
  ],
};
