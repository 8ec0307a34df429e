// Held-out round 24 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, no
// punctuation at times, numbers as digits or words, "um", "uh", "like", "este", "o sea", "pues",
// "mmm", "bueno", false starts, repeated words) and as they text ("tmrw", "2nite", "hab", "x favor",
// "q", "xq", emoji). A question about a day that is not a request for it ("are you open christmas
// day", "is the restaurant open on new year's eve", "¿abren el 25?": never an arrival); relative
// spans counted from today ("in two weeks", "three days from now", "a week from friday", "the day
// after tomorrow", "dentro de tres días", "pasado mañana", "esta noche", "este finde"); days in the
// past ("december fifth last year", "last friday", "el viernes pasado", "el 30 de noviembre": asked,
// never rolled on) and days with no month ("the 2nd of 2027", "el 2 de 2027": asked); numeric dates
// that read both ways ("12/1", "1-12", "el 1/12", "3/1/27": asked) and one way ("12/24", "20/12/26",
// "12-20-2026"); ranges said loosely ("5 to 7", "del 5 al 7 de enero", "from the 5th for a week",
// "friday through sunday", "del viernes al lunes", "sat-mon", "friday to friday", "jan 30 - feb 2",
// "del 31 al 2", "el 2 y 3 de enero" as those two nights); Spanish number words with "y" and in one
// word ("treinta y uno", "veintitrés", "dieciséis", "veinticinco") as days, nights and rooms;
// hedged answers at the read-back ("i think that's right", "sounds about right", "mmm sí creo":
// asked) and a yes that carries a change ("yeah except the date", "sí, nada más cambie el nombre",
// "correct except it's two rooms", "perfecto nomás que son 3 noches": the change, never booked);
// names in two surnames at the name question ("maría garcía lópez", "mi apellido es … y mi nombre
// es …", "Ruiz Esparza, Carlos"), spelled ("ana a n a díaz"), described ("ana with one n");
// callback numbers with an extension, "+1", "plus one", "country code 52", "lada 664", said in groups
// of three and four, in Spanish pairs with "y", or corrected midway ("… no wait one two three
// five"), and one digit short (not taken); room types by what they have or cost ("the one with the
// ocean view", "two beds", "a king bed", "la sencilla", "la más cara", "something bigger", "the one
// with the balcony", "one bed is fine": the last three asked); what a caller wants at the greeting
// (to book, to check or cancel or change a reservation, the front desk, a hotel question); the
// answer to "which Friday?" ("the first one", "next week's", "el del 11"); a confirmation number
// said in words or groups; an offer of other rooms answered ("the king is fine", "la más barata",
// "no, other dates").
// First run, as written, before its session's fixes: 26 of 223 cases fell short, 92.9% of 254 units
// understood, 16 asked again, 15 silently wrong ("are you open on christmas", "do you do anything
// special for new years eve", "están abiertos en navidad" as the arrival; "sometime between
// christmas and new years" as a week from the 25th; "december fifth last year", "el 5 de diciembre
// del año pasado" as this 5 December; "el 2 de 2027" as the 2nd; "Ana One N Ruiz", "Sola N Ana
// Ruiz"; and five that the corrections below take back); besides, "i think thats right",
// "sounds about right", "pues creo que está bien", "creo q si 🤔" and "yes exc the date" at the
// read-back booked the stay (scored as asked again: a question not raised). Four expectations corrected, each noted where it stands ("a room"
// describing a stay is one room, three times; "between Christmas and New Year's" is a stay from one
// to the other) and two choices written in the other order: 259 units, 93.8%, 14 asked again, 10
// silently wrong. After the fixes (one case added, "algún día entre navidad y año nuevo"): 224
// cases, 99.6% of 259 units, 1 asked again ("se puede cancelar sin costo" at the Spanish menu: no
// cancellation now, but the hotel file's words for its cancellation answer do not say it), none
// silently wrong; the calls quoted above are read right, and a number put right halfway is read.
// Calendar in ./days.ts (and: Wed 2, Thu 3, Sat 5, Tue 15, Wed 16, Thu 24, Fri 25, Thu 31
// December 2026; Fri 1, Sat 2, Sun 3, Tue 5, Wed 6, Sat 30 January 2027; Tue 2 February 2027). At
// the later questions the call has (keyed) the arrival a week ahead (Tuesday 8 December from
// Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the number calling. The read
// list of rooms is said highest price first: the Ocean Suite, the Deluxe King, the Double Queen,
// the Standard. At a date choice the caller said "next Friday" on Tuesday 1: Friday 4 or Friday 11.
import type { CorpusFile } from '../corpus-case.ts';
import { EARLY_NOV, TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';

/** Read both ways: the 1st of December or the 12th of January. */
const DEC1_JAN12 = ['2026-12-01', '2027-01-12'];

export const heldOut24EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // A question about a day is not a request for it.
    { at: 'greeting', today: TUE, say: 'um are you guys open christmas day' },
    { at: 'greeting', today: TUE, say: 'is the restaurant open on new years eve' },
    { at: 'arrivalDate', today: TUE, say: 'wait are you open on christmas' },
    { at: 'arrivalDate', today: TUE, say: 'do you do anything special for new years eve' },
    { at: 'arrivalDate', today: TUE, say: 'uh christmas eve christmas eve', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, say: 'christmas day for three nights', want: { arrival: '2026-12-25', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'new years eve through new years day', want: { arrival: '2026-12-31', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'we want to come christmas to new years', want: { arrival: '2026-12-25', nights: 7 } },
    { at: 'arrivalDate', today: EARLY_NOV, say: 'the day after thanksgiving', want: { arrival: '2026-11-27' } },
    { at: 'arrivalDate', today: TUE, say: 'sometime between christmas and new years' },
    { at: 'arrivalDate', today: TUE, say: 'two days before christmas', want: { arrival: '2026-12-23' } },
    // Spans counted from today.
    { at: 'arrivalDate', today: TUE, say: 'in two weeks', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'um three days from now', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'a week from friday', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'a week from today', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'uh the day after tomorrow', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'tonight', want: { arrival: '2026-12-01' } },
    { at: 'arrivalDate', today: TUE, say: 'tomorrow night', want: { arrival: '2026-12-02' } },
    { at: 'greeting', today: TUE, say: 'yeah i need a room like tonight just one night', want: { rooms: 1, arrival: '2026-12-01', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'this weekend two rooms', want: { rooms: 2, arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'in like two weeks for three nights', want: { arrival: '2026-12-15', nights: 3 } },
    // Days past, and days with no month.
    { at: 'arrivalDate', today: TUE, say: 'december fifth last year', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'last friday' },
    { at: 'arrivalDate', today: TUE, say: 'yesterday' },
    { at: 'arrivalDate', today: TUE, say: 'november twentieth', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'the 2nd of 2027' },
    { at: 'greeting', today: TUE, say: 'i stayed with you on the 20th of november' },
    // Ranges said loosely.
    { at: 'arrivalDate', today: TUE, say: 'the 5th to the 7th', want: { arrival: '2026-12-05', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'from the 5th for a week', want: { arrival: '2026-12-05', nights: 7 } },
    { at: 'arrivalDate', today: TUE, say: 'friday through sunday', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'um friday to friday', want: { arrival: '2026-12-04', nights: 7 } },
    { at: 'greeting', today: TUE, say: 'from the tenth to the twelfth of january', want: { arrival: '2027-01-10', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'december twenty ninth to january third', want: { arrival: '2026-12-29', nights: 5 } },
    { at: 'greeting', today: TUE, say: 'the thirty first for three nights', want: { arrival: '2026-12-31', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'uh january thirtieth to february second', want: { arrival: '2027-01-30', nights: 3 } },
    { at: 'nights', today: TUE, say: 'till the 10th', want: { nights: 2 } },
    // Room types by what they have.
    { at: 'roomType', today: TUE, say: 'the one with the ocean view', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'um two beds', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'a king bed please', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'the cheapest one you have', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'the basic one', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'something with two queens', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'the one with the balcony' },
    { at: 'roomType', today: TUE, say: 'something bigger' },
    { at: 'roomType', today: TUE, say: 'one bed is fine' },
    { at: 'roomType', today: TUE, say: 'uh one with a kitchen' },
    // Names.
    { at: 'name', today: TUE, say: 'ana a n a diaz d i a z', want: { name: 'Ana Diaz' } },
    { at: 'name', today: TUE, say: "it's ana with one n ana ruiz", want: { name: 'Ana Ruiz' } },
    { at: 'name', today: TUE, say: 'maria garcia lopez', want: { name: 'Maria Garcia Lopez' } },
    { at: 'name', today: TUE, say: 'my last name is nguyen n g u y e n and my first name is linh', want: { name: 'Linh Nguyen' } },
    { at: 'name', today: TUE, say: 'um john john smith', want: { name: 'John Smith' } },
    { at: 'name', today: TUE, say: 'hannah with an h at the end hannah cole', want: { name: 'Hannah Cole' } },
    // Callback numbers.
    { at: 'callback', today: TUE, say: 'two one two five five five zero one nine nine extension twelve', want: { callback: '+12125550199' } },
    { at: 'callback', today: TUE, say: 'plus one six four six five five five zero one nine eight', want: { callback: '+16465550198' } },
    { at: 'callback', today: TUE, say: 'call me at two one two five five five zero one eight eight', want: { callback: '+12125550188' } },
    { at: 'callback', today: TUE, say: 'nine one seven five five five one two three four no wait one two three five', want: { callback: '+19175551235' } },
    { at: 'callback', today: TUE, say: 'two one two five five five zero one eight' },
    { at: 'callback', today: TUE, say: 'one seven one eight five five five zero one four three', want: { callback: '+17185550143' } },
    { at: 'callback', today: TUE, say: 'its 646 555 0111', want: { callback: '+16465550111' } },
    // At the read-back: hedges, and yeses that carry a change.
    { at: 'readBack', today: TUE, say: 'i think thats right', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'sounds about right', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'yeah thats fine i guess', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'im not sure about the dates', raise: 'wait' },
    // (The arrival asked again: the state the "other dates" answer reaches.)
    { at: 'readBack', today: TUE, say: 'yeah except the date', raise: 'otherDates' },
    { at: 'readBack', today: TUE, say: 'correct except its two rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'yes but make it the deluxe king', want: { roomType: 'DLX' } },
    { at: 'readBack', today: TUE, say: 'yes but the phone number is different', raise: { change: 'callback' } },
    { at: 'readBack', today: TUE, say: 'yes yes thats it', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'ok but we will pay with debit', want: { payment: 'debit_card' } },
    // What the greeting is for.
    { at: 'greeting', today: TUE, say: 'hi um i wanted to check on my reservation', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'i need to cancel my reservation for the 12th', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'im calling about a booking i already have', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'can i talk to the front desk', raise: 'desk' },
    { at: 'greeting', today: TUE, say: 'do you allow dogs', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: 'where are you guys located', raise: { answer: 'address' } },
    { at: 'greeting', today: TUE, say: 'hi yes um id like to make a reservation please', raise: 'book' },
    { at: 'greeting', today: TUE, say: 'whats your cancellation policy', raise: { answer: 'cancellation' } },
    // Which Friday, and a confirmation number.
    { at: 'dateChoice', today: TUE, say: 'the first one', want: { arrival: '2026-12-04' } },
    { at: 'dateChoice', today: TUE, say: 'the one after that', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'the eleventh', want: { arrival: '2026-12-11' } },
    { at: 'existing', today: TUE, say: 'one two three four five six seven eight', raise: 'found' },
    { at: 'existing', today: TUE, say: 'its 12 34 56 78', raise: 'found' },
    { at: 'reservation', today: TUE, say: 'yeah i need to cancel that', raise: 'cancel' },
    // An offer of other rooms.
    { at: 'offer', today: TUE, say: 'the king is fine', want: { roomType: 'DLX' } },
    { at: 'offer', today: TUE, say: 'no can we try other dates', raise: 'otherDates' },
  ],
};

export const heldOut24EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'r u open xmas day?' },
    // (Written at first with no rooms: "a room" describing a stay is one room, as rounds 11 and 14 set.)
    { at: 'first', today: TUE, say: 'room 2nite 1 nt', want: { rooms: 1, arrival: '2026-12-01', nights: 1 } },
    { at: 'first', today: TUE, say: 'need a rm in 2 wks, 3 nts', want: { rooms: 1, arrival: '2026-12-15', nights: 3 } },
    { at: 'first', today: TUE, say: 'sat-mon 2 rooms', want: { rooms: 2, arrival: '2026-12-05', nights: 2 } },
    { at: 'first', today: TUE, say: 'dec 29 to jan 3 pls', want: { arrival: '2026-12-29', nights: 5 } },
    { at: 'first', today: TUE, say: 'jan 30 - feb 2', want: { arrival: '2027-01-30', nights: 3 } },
    { at: 'first', today: TUE, say: '12/24-12/27 king', want: { arrival: '2026-12-24', nights: 3, roomType: 'DLX' } },
    { at: 'first', today: TUE, say: 'need to cancel my res', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'do u have parking?', raise: { answer: 'parking' } },
    { at: 'first', today: TUE, say: 'wanna book a room 🙂', raise: 'book' },
    { at: 'arrivalDate', today: TUE, say: '12/1', raise: { choose: DEC1_JAN12 } },
    // (Written at first with the two days in the other order: the same choice.)
    { at: 'arrivalDate', today: TUE, say: '1-12', raise: { choose: ['2027-01-12', '2026-12-01'] } },
    { at: 'arrivalDate', today: TUE, say: '12/24', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, say: '12-20-2026', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: '12/15/26', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: '3/1/27', raise: { choose: ['2027-01-03', '2027-03-01'] } },
    { at: 'arrivalDate', today: TUE, say: 'day after tmrw', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'a wk from fri', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'last fri' },
    { at: 'arrivalDate', today: TUE, say: 'nov 20', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'xmas eve', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, say: 'fri thru sun', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'roomType', today: TUE, say: 'ocean view one', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: '2 beds pls', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'anything w a balcony?' },
    { at: 'name', today: TUE, say: 'Garcia Lopez, Maria', want: { name: 'Maria Garcia Lopez' } },
    { at: 'name', today: TUE, say: 'ana (one n) ruiz', want: { name: 'Ana Ruiz' } },
    { at: 'callback', today: TUE, say: '+1 (917) 555-0166', want: { callback: '+19175550166' } },
    { at: 'callback', today: TUE, say: '718 555 0143 ext 204', want: { callback: '+17185550143' } },
    { at: 'callback', today: TUE, say: '212-555-018', },
    { at: 'readBack', today: TUE, say: 'i think so?? 🤔', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'yes exc the date', raise: 'otherDates' },
    { at: 'readBack', today: TUE, say: 'all good but its 2 rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'yep 👍👍', raise: 'booked' },
    { at: 'existing', today: TUE, say: '1234-5678', raise: 'found' },
    { at: 'dateChoice', today: TUE, say: 'the 11th', want: { arrival: '2026-12-11' } },
  ],
};

export const heldOut24EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Una pregunta por un día no es pedirlo.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'oiga abren el 25 de diciembre' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'este el restaurante está abierto en año nuevo' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'pero están abiertos en navidad' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para nochebuena', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el día de navidad tres noches', want: { arrival: '2026-12-25', nights: 3 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para el día de reyes', want: { arrival: '2027-01-06' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en semana santa' },
    // (Written at first as asked: "between Christmas and New Year's" is a stay from one to the other, as the first rounds set.)
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'entre navidad y año nuevo', want: { arrival: '2026-12-25', nights: 7 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'algún día entre navidad y año nuevo' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dos días antes de navidad', want: { arrival: '2026-12-23' } },
    // Plazos desde hoy.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'pasado mañana', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dentro de tres días', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'esta noche', want: { arrival: '2026-12-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mañana en la noche', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'este finde', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en dos semanas', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el lunes de la semana que viene', want: { arrival: '2026-12-07' } },
    // (Written at first with no rooms: see "room 2nite 1 nt".)
    { at: 'greeting', today: TUE, caller: CDMX, say: 'pues para hoy en la noche una habitación', want: { rooms: 1, arrival: '2026-12-01' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'para pasado mañana dos noches', want: { arrival: '2026-12-03', nights: 2 } },
    // Días pasados, y sin mes.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes pasado' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 30 de noviembre', raise: 'past' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5 de diciembre del año pasado', raise: 'past' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 2 de 2027' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'ayer' },
    // Rangos.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del 5 al 7 de enero', want: { arrival: '2027-01-05', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del viernes al lunes', want: { arrival: '2026-12-04', nights: 3 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del 31 al 2', want: { arrival: '2026-12-31', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 2 y 3 de enero', want: { arrival: '2027-01-02', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a partir del 5 por una semana', want: { arrival: '2026-12-05', nights: 7 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'del veintiocho al treinta y uno de diciembre', want: { arrival: '2026-12-28', nights: 3 } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'del treinta de enero al dos de febrero', want: { arrival: '2027-01-30', nights: 3 } },
    // Números con "y" y en una palabra.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el treinta y uno', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'veintitrés de enero', want: { arrival: '2027-01-23' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el dieciséis', want: { arrival: '2026-12-16' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'este el veinticinco', want: { arrival: '2026-12-25' } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'catorce noches', want: { nights: 14 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'veintiún noches', want: { nights: 21 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'tres cuartos', want: { rooms: 3 } },
    // El cuarto por lo que tiene.
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de vista al mar', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la sencilla', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la más cara', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una con cama king', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'pues la más económica', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la que tiene balcón' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'algo más grande' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'una con cocineta' },
    // Nombres.
    { at: 'name', today: TUE, caller: CDMX, say: 'maría garcía lópez', want: { name: 'María García López' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'mi apellido es garcía lópez y mi nombre es laura', want: { name: 'Laura García López' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'luis de la torre ramírez', want: { name: 'Luis de la Torre Ramírez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'ana con una sola n ana ruiz', want: { name: 'Ana Ruiz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'este a nombre de a nombre de maría fernanda castillo', want: { name: 'María Fernanda Castillo' } },
    // Números.
    { at: 'callback', today: TUE, caller: CDMX, say: 'cinco cinco uno dos tres cuatro cinco seis siete ocho', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'treinta y tres diecisiete veintidós noventa y nueve cero uno', want: { callback: '+523317229901' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'lada 664 123 4567', want: { callback: '+526641234567' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'código de país 52 y luego 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'el de mi casa 55 5678 1234 extensión 3', want: { callback: '+525556781234' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y cinco doce treinta y cuatro no perdón doce treinta y cinco cincuenta y seis setenta y ocho', want: { callback: '+525512355678' } },
    // En la lectura: dudas, y un sí con cambio.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'mmm sí creo', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'pues creo que está bien', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí nada más cambie el nombre', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'todo bien menos la fecha', raise: 'otherDates' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'perfecto nomás que son 3 noches', want: { nights: 3 } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'está bien pero el número es otro', raise: { change: 'callback' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí sí así es', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí pero que sean dos cuartos', want: { rooms: 2 } },
    // Para qué llaman.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero cambiar la fecha de mi reservación', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'bueno quería confirmar mi reservación', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'aceptan mascotas', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'tienen estacionamiento', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero hacer una reservación', raise: 'book' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'me comunica con recepción por favor', raise: 'desk' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'se puede cancelar sin costo', raise: { answer: 'cancellation' } },
    // Qué viernes, el número, una oferta.
    { at: 'dateChoice', today: TUE, caller: CDMX, say: 'el del 11', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, caller: CDMX, say: 'el de esta semana', want: { arrival: '2026-12-04' } },
    { at: 'existing', today: TUE, caller: CDMX, say: 'doce treinta y cuatro cincuenta y seis setenta y ocho', raise: 'found' },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'quiero cancelarla', raise: 'cancel' },
    { at: 'offer', today: TUE, caller: CDMX, say: 'la más barata', want: { roomType: 'STD' } },
    { at: 'offer', today: TUE, caller: CDMX, say: 'no mejor otras fechas', raise: 'otherDates' },
  ],
};

export const heldOut24EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'abren el 25?' },
    { at: 'first', today: TUE, caller: CDMX, say: 'hab p/ hoy en la noche x favor', want: { rooms: 1, arrival: '2026-12-01' } },
    { at: 'first', today: TUE, caller: CDMX, say: '2 habs del 5 al 7 de enero', want: { rooms: 2, arrival: '2027-01-05', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'del vie al lun 1 hab', want: { rooms: 1, arrival: '2026-12-04', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: '24/12 al 27/12', want: { arrival: '2026-12-24', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'kiero cancelar mi reserva', raise: 'lookup' },
    { at: 'first', today: TUE, caller: CDMX, say: 'q hora es el check in?', raise: { answer: 'checkIn' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 1/12', raise: { choose: DEC1_JAN12 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '20/12/26', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'pasado mñn', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'en 3 días', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el finde 😊', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 30 de nov', raise: 'past' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del 31 al 2 de enero', want: { arrival: '2026-12-31', nights: 2 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de 2 camas', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'algo + grande?' },
    { at: 'name', today: TUE, caller: CDMX, say: 'Ruiz Esparza, Carlos', want: { name: 'Carlos Ruiz Esparza' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de maría garcía lópez', want: { name: 'María García López' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '52 33 1234 5678', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '+52 55 1234 5678 ext 12', want: { callback: '+525512345678' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'creo q si 🤔', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si pero cambia el nombre x favor', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'todo ok menos la fecha', raise: 'otherDates' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'va ✅', raise: 'booked' },
    { at: 'dateChoice', today: TUE, caller: CDMX, say: 'el 4', want: { arrival: '2026-12-04' } },
  ],
};
