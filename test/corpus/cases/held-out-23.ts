// Held-out round 23 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, no
// punctuation at times, numbers as digits or words, "um", "uh", "like", "este", "o sea", "pues",
// "mmm", "bueno", false starts, repeated words) and as they text ("tmrw", "2nite", "hab", "x favor",
// "q", "xq", emoji). People counted instead of rooms ("we're six people", "somos 4 adultos y 2
// niños", "me and my wife": never a room count; "just me", "nomás yo" with a day: one room);
// "this friday", "this coming friday", "next friday", "friday next week", "el viernes que viene",
// "el próximo viernes", "el viernes de la otra semana" said on a Saturday, a Sunday, a Monday, a
// Thursday and a Friday (the rules set earlier: said on a weekend "next" is the coming one, on a
// Friday the one a week off, on a weekday before it asked); months and parts of them with no day
// ("sometime in january", "early february", "a principios de febrero", "the week of the 14th",
// "around new years": asked); day words ordinal and cardinal ("the thirty first", "twenty-first of
// january", "el dos", "el veintiuno", "el primero de febrero"); the year said ("january fifth twenty
// twenty seven", "5 de enero del 27", "tres de marzo del dos mil veintisiete"; a past year asked
// about, one past the horizon not taken); stays said by the departure ("leaving the 9th", "me voy
// el domingo", "out on the 11th"), with or without the arrival; names with particles, apostrophes
// and hyphens ("o'brien", "de la cruz", "jean-luc", "van der berg", "mc donald", "d'angelo"), and
// said in two parts ("my name is … and my last name is …", "soy … de apellido …", "mis apellidos
// son …"); phone numbers said with "oh", "double", "triple", "doble cero", "lada"; ways to pay said
// loosely ("cash at check in", "en efectivo al llegar", "con tarjeta pero allá": which card asked;
// "transferencia", "zelle", "apple pay", "whatever's easiest": asked); yes/no that are neither ("i
// guess", "maybe", "supongo", "no sé", "sí pero…", "i think so": asked) and a yes with a change ("yes
// but the name is wrong"); the prompt quoted back ("the deluxe king please") against a question
// about it ("what's the deluxe king", "¿cuánto cuesta la doble?": never taken); and a question asked
// instead of an answer at each question ("is breakfast included" at the room type, "how many fit in
// a room" at the rooms, "is there a minimum stay" at the nights, "why do you need my name", "do you
// need my card number", "¿para qué quieren mi número?": never a field).
// First run, as written, before its session's fixes: 235 cases, 17 short, 95.9% of 222 units
// understood, 5 asked again, 14 silently wrong ("how many people fit in a room" and "cuántas
// personas caben en un cuarto" as one room; "nine one seven double five five oh one two three" at
// the callback question as seven Double Queens; "just us 2" as two rooms; "Mary Mc Donald", "Mary
// Mcdonald"; "José" for "me llamo josé y mi apellido es de la cruz", "Ana" for "… y mis apellidos
// son díaz ortiz"; "Xq Necesitan Mi Nombre"; and four below); besides, "sí pero" and "supongo q si"
// at the read-back booked the stay (scored as asked again: a question not raised). Four
// expectations corrected, each noted where it stands (a length said is kept though its month names
// no day; a departure heard first is kept; "como para año nuevo" is the 1st, as rounds 12 and 18
// set): 226 units, 96.0%, 5 asked again, 10 silently wrong. After the fixes: 100%, none asked
// again, none silently wrong (the numbers said with "double" and "doble cero" are read too).
// Calendar in ./days.ts (and: Sat 28, Sun 29 November; Thu 3, Fri 4, Mon 7, Wed 9, Fri 11, Sat 12,
// Sun 13, Mon 14, Fri 18, Sat 19, Sun 20, Mon 21, Wed 23, Wed 30, Thu 31 December 2026; Tue 5, Thu
// 21 January 2027; Mon 1 February 2027; Wed 3 March 2027); the booking horizon is a year. At the
// later questions the call has (keyed) the arrival a week ahead (Tuesday 8 December from Tuesday
// 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the number calling. The read list of
// rooms is said highest price first: the Ocean Suite, the Deluxe King, the Double Queen, the
// Standard.
import type { CorpusFile } from '../corpus-case.ts';
import { FRI, MON, SAT, SUN, THU, TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';

/** "Next Friday" said on Tuesday 1 or Thursday 3 December: the 4th or the 11th. */
const NEXT_FRIDAY = ['2026-12-04', '2026-12-11'];
/** "Next Friday" said on Monday 7 December: the 11th or the 18th. */
const NEXT_FRIDAY_FROM_MON = ['2026-12-11', '2026-12-18'];

export const heldOut23EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // People counted, not rooms.
    { at: 'greeting', today: TUE, say: 'um yeah we are six people for the 10th', want: { arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, say: 'me and my wife for the 12th two nights', want: { arrival: '2026-12-12', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'its uh four adults and two kids friday to sunday', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'there will be three of us on the 18th', want: { arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'its just me on the 9th for one night', want: { rooms: 1, arrival: '2026-12-09', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'two couples coming the 19th for like 2 nights', want: { arrival: '2026-12-19', nights: 2 } },
    // This, this coming, next, said on different days.
    { at: 'greeting', today: SAT, say: 'a room this friday', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'greeting', today: SAT, say: 'uh next friday for two nights', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: SUN, say: 'next friday please one room', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'greeting', today: MON, say: 'this friday for one night', want: { arrival: '2026-12-11', nights: 1 } },
    { at: 'greeting', today: MON, say: 'next friday for two nights', want: { nights: 2 }, raise: { choose: NEXT_FRIDAY_FROM_MON } },
    { at: 'greeting', today: THU, say: 'next friday', raise: { choose: NEXT_FRIDAY } },
    { at: 'greeting', today: TUE, say: 'friday next week for three nights', want: { arrival: '2026-12-11', nights: 3 } },
    { at: 'arrivalDate', today: SAT, say: 'this coming friday', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: SAT, say: 'next saturday', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: MON, say: 'this friday', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: MON, say: 'um next friday', raise: { choose: NEXT_FRIDAY_FROM_MON } },
    { at: 'arrivalDate', today: MON, say: 'next monday', want: { arrival: '2026-12-14' } },
    { at: 'arrivalDate', today: THU, say: 'this friday', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: FRI, say: 'next friday', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: FRI, say: 'this monday', want: { arrival: '2026-12-07' } },
    { at: 'arrivalDate', today: TUE, say: 'the friday of next week', want: { arrival: '2026-12-11' } },
    // Months and spans with no day.
    // (Written at first with nothing taken: the length said is kept, the day asked (SPEC §11: what is understood is kept).)
    { at: 'greeting', today: TUE, say: 'sometime in january for a week', want: { nights: 7 } },
    { at: 'greeting', today: TUE, say: 'uh the first week of march two rooms', want: { rooms: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'early february' },
    { at: 'arrivalDate', today: TUE, say: 'late january' },
    { at: 'arrivalDate', today: TUE, say: 'january' },
    { at: 'arrivalDate', today: TUE, say: 'the week of the 14th' },
    { at: 'arrivalDate', today: TUE, say: 'around new years' },
    { at: 'arrivalDate', today: TUE, say: 'mid december' },
    // Day words, and the year.
    { at: 'arrivalDate', today: TUE, say: 'the thirty first', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, say: 'the twenty-first of january', want: { arrival: '2027-01-21' } },
    { at: 'arrivalDate', today: TUE, say: 'january the second', want: { arrival: '2027-01-02' } },
    { at: 'arrivalDate', today: TUE, say: 'the first of february', want: { arrival: '2027-02-01' } },
    { at: 'arrivalDate', today: TUE, say: 'the twenty third', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, say: 'january fifth twenty twenty seven', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: TUE, say: 'december twentieth twenty twenty six', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: 'march third two thousand twenty seven', want: { arrival: '2027-03-03' } },
    { at: 'arrivalDate', today: TUE, say: 'january 5th 2028' },
    { at: 'arrivalDate', today: TUE, say: 'december 5th 2025', raise: 'past' },
    { at: 'greeting', today: TUE, say: 'the thirtieth through january second', want: { arrival: '2026-12-30', nights: 3 } },
    // Stays said by the departure.
    { at: 'greeting', today: TUE, say: 'we are leaving the 9th', want: { departure: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'in on friday and out on the 9th', want: { arrival: '2026-12-04', nights: 5 } },
    { at: 'greeting', today: TUE, say: 'um checking out on sunday the 13th', want: { departure: '2026-12-13' } },
    { at: 'nights', today: TUE, say: 'out on the 11th', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'uh leaving the 9th', want: { nights: 1 } },
    { at: 'nights', today: TUE, say: 'we check out saturday morning', want: { nights: 4 } },
    // (Written at first with nothing taken: a departure heard before any arrival is kept as such (../corpus-case.ts).)
    { at: 'arrivalDate', today: TUE, say: 'we leave on the 12th', want: { departure: '2026-12-12' } },
    // People at the rooms and nights questions.
    { at: 'rooms', today: TUE, say: 'we are six people' },
    { at: 'rooms', today: TUE, say: 'four adults and two kids' },
    { at: 'rooms', today: TUE, say: 'its me and my wife' },
    { at: 'rooms', today: TUE, say: 'there is 3 of us' },
    { at: 'rooms', today: TUE, say: 'one room for the two of us', want: { rooms: 1 } },
    { at: 'nights', today: TUE, say: 'the two of us' },
    // The prompt quoted back, and questions asked instead.
    { at: 'roomType', today: TUE, say: 'the deluxe king please', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'whats the deluxe king' },
    { at: 'roomType', today: TUE, say: 'how much is the suite again' },
    { at: 'roomType', today: TUE, say: 'is the ocean suite bigger than the king' },
    { at: 'roomType', today: TUE, say: 'does the standard have two beds' },
    { at: 'roomType', today: TUE, say: 'is breakfast included', raise: { answer: 'breakfast' } },
    { at: 'roomType', today: TUE, say: 'uh the double queen the double queen', want: { roomType: 'DQ' } },
    { at: 'rooms', today: TUE, say: 'how many people fit in a room' },
    { at: 'rooms', today: TUE, say: 'do the rooms have a crib' },
    { at: 'nights', today: TUE, say: 'is there a minimum stay' },
    { at: 'nights', today: TUE, say: 'what time is checkout', raise: { answer: 'checkOut' } },
    { at: 'arrivalDate', today: TUE, say: 'what time can we check in', raise: { answer: 'checkIn' } },
    { at: 'arrivalDate', today: TUE, say: 'are you guys busy in december' },
    { at: 'name', today: TUE, say: 'do you need my full name' },
    { at: 'name', today: TUE, say: 'why do you need my name' },
    { at: 'payment', today: TUE, say: 'do i have to pay now' },
    { at: 'payment', today: TUE, say: 'do you need my card number' },
    { at: 'callback', today: TUE, say: 'why do you need my number' },
    // Names with particles and in two parts.
    { at: 'name', today: TUE, say: "sean o'brien", want: { name: "Sean O'Brien" } },
    { at: 'name', today: TUE, say: 'jean-luc picard', want: { name: 'Jean-Luc Picard' } },
    { at: 'name', today: TUE, say: 'pieter van der berg', want: { name: 'Pieter van der Berg' } },
    { at: 'name', today: TUE, say: 'mary mc donald', want: { name: 'Mary McDonald' } },
    { at: 'name', today: TUE, say: "um it's tony d'angelo", want: { name: "Tony D'Angelo" } },
    { at: 'name', today: TUE, say: 'my name is maria and my last name is gonzalez', want: { name: 'Maria Gonzalez' } },
    { at: 'name', today: TUE, say: "first name john last name o'neil", want: { name: "John O'Neil" } },
    { at: 'name', today: TUE, say: 'anne-marie dubois', want: { name: 'Anne-Marie Dubois' } },
    { at: 'name', today: TUE, say: 'uh my my name is is roberto del valle', want: { name: 'Roberto del Valle' } },
    // Numbers with oh, double, triple.
    { at: 'callback', today: TUE, say: 'three oh five five five five oh one four two', want: { callback: '+13055550142' } },
    { at: 'callback', today: TUE, say: 'nine one seven double five five oh one two three', want: { callback: '+19175550123' } },
    { at: 'callback', today: TUE, say: 'six four six triple five oh one hundred', want: { callback: '+16465550100' } },
    { at: 'callback', today: TUE, say: 'its two oh two five five five double oh one nine', want: { callback: '+12025550019' } },
    // Ways to pay said loosely.
    { at: 'payment', today: TUE, say: 'cash at check in', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'ill just put it on my card', raise: 'cardKind' },
    { at: 'payment', today: TUE, say: 'on my debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'whatevers easiest' },
    { at: 'payment', today: TUE, say: 'can i use apple pay' },
    { at: 'payment', today: TUE, say: 'zelle' },
    { at: 'payment', today: TUE, say: 'cash i guess', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'credit or debit does it matter' },
    // Yes and no that are neither.
    { at: 'readBack', today: TUE, say: 'i guess', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'maybe', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'um i think so', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'hmm not sure', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'ok i guess', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'yeah sounds good', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'yes but the name is wrong', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, say: 'yeah except the phone number', raise: { change: 'callback' } },
    { at: 'readBack', today: TUE, say: 'does that include tax', raise: { answer: 'taxes' } },
  ],
};

export const heldOut23EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'tmrw 4 ppl 2 nts', want: { arrival: '2026-12-02', nights: 2 } },
    { at: 'first', today: TUE, say: '2nite just me 🙂', want: { rooms: 1, arrival: '2026-12-01' } },
    { at: 'first', today: TUE, say: 'me + wife, fri-sun', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: '6 of us on the 10th', want: { arrival: '2026-12-10' } },
    { at: 'first', today: SAT, say: 'next fri 1 nt', want: { arrival: '2026-12-04', nights: 1 } },
    { at: 'first', today: MON, say: 'this fri 2 nts pls', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'first', today: THU, say: 'next fri?', raise: { choose: NEXT_FRIDAY } },
    { at: 'first', today: TUE, say: 'sometime in jan' },
    { at: 'first', today: TUE, say: 'jan 5 2027, 2 nts', want: { arrival: '2027-01-05', nights: 2 } },
    { at: 'first', today: TUE, say: 'the 31st thru jan 2', want: { arrival: '2026-12-31', nights: 2 } },
    { at: 'first', today: TUE, say: 'checking out the 9th', want: { departure: '2026-12-09' } },
    { at: 'first', today: TUE, say: 'is breakfast incl?', raise: { answer: 'breakfast' } },
    { at: 'arrivalDate', today: TUE, say: 'early feb' },
    { at: 'arrivalDate', today: TUE, say: '21st of jan', want: { arrival: '2027-01-21' } },
    { at: 'arrivalDate', today: FRI, say: 'next fri', want: { arrival: '2026-12-11' } },
    { at: 'nights', today: TUE, say: 'out on the 11th', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: '4 adults 2 kids' },
    { at: 'rooms', today: TUE, say: 'just us 2' },
    { at: 'roomType', today: TUE, say: 'deluxe king pls', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'whats the diff btwn king n queen?' },
    { at: 'roomType', today: TUE, say: 'how much is the suite?' },
    { at: 'name', today: TUE, say: "O'Brien, Sean", want: { name: "Sean O'Brien" } },
    { at: 'name', today: TUE, say: 'jean-luc picard', want: { name: 'Jean-Luc Picard' } },
    { at: 'name', today: TUE, say: 'mary mcdonald', want: { name: 'Mary McDonald' } },
    { at: 'name', today: TUE, say: 'why do u need my name?' },
    { at: 'payment', today: TUE, say: 'cash when i get there', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'venmo?' },
    { at: 'payment', today: TUE, say: 'card', raise: 'cardKind' },
    { at: 'callback', today: TUE, say: '305-555-0142', want: { callback: '+13055550142' } },
    { at: 'readBack', today: TUE, say: 'i guess?', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'idk 🤷', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'ya looks good 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'yes but wrong name', raise: { change: 'name' } },
  ],
};

export const heldOut23EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Personas, no cuartos.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'somos 4 adultos y 2 niños para el 19', want: { arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'este somos seis personas del 10 al 12', want: { arrival: '2026-12-10', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'mi esposa y yo el viernes dos noches', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'vamos tres personas para el 18', want: { arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'nomás yo para el 9 una noche', want: { rooms: 1, arrival: '2026-12-09', nights: 1 } },
    // Este, próximo, que viene.
    { at: 'greeting', today: SAT, caller: CDMX, say: 'el próximo viernes dos noches', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el viernes que viene una habitación', want: { rooms: 1 }, raise: { choose: NEXT_FRIDAY } },
    { at: 'greeting', today: MON, caller: CDMX, say: 'este viernes una noche', want: { arrival: '2026-12-11', nights: 1 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el viernes de la otra semana tres noches', want: { arrival: '2026-12-11', nights: 3 } },
    { at: 'arrivalDate', today: SUN, caller: CDMX, say: 'el próximo viernes', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: MON, caller: CDMX, say: 'el próximo viernes', raise: { choose: NEXT_FRIDAY_FROM_MON } },
    { at: 'arrivalDate', today: FRI, caller: CDMX, say: 'el viernes que viene', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el lunes que viene', want: { arrival: '2026-12-07' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes de la semana que entra', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: THU, caller: CDMX, say: 'este viernes', want: { arrival: '2026-12-04' } },
    // Meses sin día.
    // (Written at first with nothing taken: see "sometime in january for a week".)
    { at: 'greeting', today: TUE, caller: CDMX, say: 'para enero una semana', want: { nights: 7 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'a principios de febrero dos cuartos', want: { rooms: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a mediados de enero' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para finales de marzo' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en enero' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'la primera semana de marzo' },
    // (Written at first as asked: "como el 20" is taken (round 18), and "para año nuevo" is the 1st (round 12).)
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'como para año nuevo', want: { arrival: '2027-01-01' } },
    // Días en palabras, y el año.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el dos', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el veintiuno', want: { arrival: '2026-12-21' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el treinta y uno de diciembre', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el primero de febrero', want: { arrival: '2027-02-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el veintiuno de enero', want: { arrival: '2027-01-21' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '5 de enero del 27', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'tres de marzo del dos mil veintisiete', want: { arrival: '2027-03-03' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5 de enero de 2028' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'del treinta de diciembre al dos de enero', want: { arrival: '2026-12-30', nights: 3 } },
    // La salida.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'me voy el domingo', want: { departure: '2026-12-06' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'llego el viernes y me voy el 9', want: { arrival: '2026-12-04', nights: 5 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'salgo el 9', want: { departure: '2026-12-09' } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'me voy el domingo', want: { nights: 5 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'entregamos el cuarto el 11', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'pues salimos el miércoles', want: { nights: 1 } },
    // Personas en los cuartos y las noches.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos seis' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'cuatro adultos y dos niños' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'mi esposo y yo' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'una para los dos', want: { rooms: 1 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'vamos dos' },
    // El cuarto nombrado o preguntado.
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la deluxe king por favor', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'cuánto cuesta la doble' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'qué tiene la suite' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la estándar tiene dos camas' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'cuál me recomienda' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'incluye el desayuno', raise: { answer: 'breakfast' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'mmm la de dos camas la de dos camas', want: { roomType: 'DQ' } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'cuántas personas caben en un cuarto' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'cuántas noches es lo mínimo' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'a qué hora es la salida', raise: { answer: 'checkOut' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'para qué necesita mi nombre' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'cobran comisión con tarjeta' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'necesita el número de mi tarjeta' },
    { at: 'callback', today: TUE, caller: CDMX, say: 'para qué quieren mi número' },
    // Nombres.
    { at: 'name', today: TUE, caller: CDMX, say: 'soy lupita de apellido ramírez', want: { name: 'Lupita Ramírez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'me llamo josé y mi apellido es de la cruz', want: { name: 'José de la Cruz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'mi nombre es ana y mis apellidos son díaz ortiz', want: { name: 'Ana Díaz Ortiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'este a nombre de a nombre de rocío del río', want: { name: 'Rocío del Río' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'juan pablo de los santos', want: { name: 'Juan Pablo de los Santos' } },
    // Números con doble, lada.
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y cinco doble cero doce treinta y cuatro cincuenta y seis', want: { callback: '+525500123456' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi cel es treinta y tres uno dos tres cuatro cinco seis siete ocho', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'la lada es 81 y el número 12 34 56 78', want: { callback: '+528112345678' } },
    // Pago.
    { at: 'payment', today: TUE, caller: CDMX, say: 'en efectivo al llegar', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tarjeta pero allá', raise: 'cardKind' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'por transferencia' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con lo que sea más fácil' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con débito pues', want: { payment: 'debit_card' } },
    // Sí y no que no son.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'supongo', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no sé', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí pero', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'a lo mejor', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'creo que sí', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí pero el nombre está mal', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'así está perfecto', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'ya incluye impuestos', raise: { answer: 'taxes' } },
  ],
};

export const heldOut23EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'somos 4 adultos y 2 niños 🙂 p/ el 19', want: { arrival: '2026-12-19' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'hab x 2 noches xq llegamos el vie', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: SAT, caller: CDMX, say: 'el prox viernes 1 noche', want: { arrival: '2026-12-04', nights: 1 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'q tal, algo para enero?' },
    { at: 'first', today: TUE, caller: CDMX, say: '5 de enero del 27, 2 noches', want: { arrival: '2027-01-05', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'me voy el 9', want: { departure: '2026-12-09' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'q incluye el desayuno?', raise: { answer: 'breakfast' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a mediados de feb' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 21 de enero', want: { arrival: '2027-01-21' } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'salimos el dom', want: { nights: 5 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: '4 adultos 2 niños' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos 2' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la king xfa', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'q precio tiene la suite?' },
    { at: 'name', today: TUE, caller: CDMX, say: 'Jose de la Cruz', want: { name: 'Jose de la Cruz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'xq necesitan mi nombre?' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo al llegar 👍', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'pago alla con tarjeta', raise: 'cardKind' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'transferencia?' },
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi cel 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no sé 🤷', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'supongo q si', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si todo bien 👍', raise: 'booked' },
  ],
};
