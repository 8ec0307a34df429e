// Held-out round 26 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, no
// punctuation at times, numbers as digits or words, "um", "uh", "este", "pues", false starts,
// repeated words) and as they text ("nts", "ppl", "dbl", "hab", "xfa", "p/", all caps, emoji).
// Names spelled as they are said on the phone ("d as in david", "be de burro", "con y griega", "con
// hache": the name kept, the spelling never added to it) and names with particles, apostrophes,
// hyphens and capitals inside ("María de la Luz Gutiérrez", "José Luis van der Berg", "O'Neil",
// "Smith-Jones", "McDonald", all caps); callback numbers said in pieces ("double five", "triple
// five", "oh", "cincuenta y cinco doce treinta y cuatro…", "55 1234 5678"); confirmation numbers
// said in pieces or with letters ("c as in cat", "ABC123": nothing found, nothing guessed); what the
// greeting is for, said indirectly ("i'm calling about my stay next week", "i need to move my
// dates", "quería ver lo de mi reservación", "hablo por lo de mi reserva del día 12" — a day named
// there is the reservation's, not an arrival); room types by what they have or cost ("the one with
// the ocean view", "whichever has two beds", "the one for 180", "la de 130"; "la más grande", "a
// room with one big bed", "cama matrimonial": asked); stays said as spans ("monday through friday
// next week", "de lunes a viernes", "a week starting sunday", "tres semanas", "fri-sun", "vie a
// dom", "thurs thru sun"); texted ranges and counts ("del 5 al 8 dic", "5-8 dic", "dec 5-8",
// "12/5-12/8", "noches x2", "2 habs sencillas", "4 3 ppl"); years said short ("the 3rd of jan 27",
// "3 de enero del 27", "jan 3 '27"; "03/01/27" reads both ways and "dec 20 26" may be a range:
// asked); days of this month and the next ("the 5th of next month", "el 20 de este mes"); a weekday
// and a day that disagree ("thursday the 11th") or agree; people and rooms ("one room for us and
// one for the kids", "cada quien su cuarto, somos 3", "adjoining rooms": asked); Spanglish ("una
// king para el weekend", "el check in es el 5"); Mexican ways to pay ("tarjeta de nómina", "en
// billetes", "oxxo": asked); the read-back ("all good except the name", "sí pero el teléfono es
// otro", "YES", "negativo"). And the open cases round 25 left: a whole text with a bare name
// ("king from the 5th to the 7th, John Lee, credit card"), "Para Semana Santa" (not a name), "2, 3
// nts", "dos hab tres habitaciones", "no este viernes", "is bfast incl?".
// First run, as written, before its session's fixes: 44 of 243 cases fell short, 87.5% of 288 units
// understood, 28 asked again, 20 silently wrong (the spellings read into the name: "Ana Diaz D As In
// David", "Kim Sierra Mike India Tango Hotel", "Juan Vázquez y Zeta", "Ximena Xolalpa Equis O Ele A";
// "no este viernes" and "no este vie" as this Friday; "1 sem" as one night; "el 5 del sig mes" as
// the 5th of this month; "jan 3 '27" as a stay to the 27th; "we wont be able to make it on friday"
// as a booking for Friday; "con cama matrimonial" as the Deluxe King). Five expectations were then
// corrected to rules the project had already set (said where they are). After the fixes: 1 case
// short ("2, 3 nts", asked), 99.3% of 294 units, 2 asked again, none silently wrong.
// Calendar in ./days.ts. At the later questions the call has (keyed) the arrival a week ahead
// (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the
// number calling.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';
/** The New York number the English calls come from. */
const NYC = '+12125550123';

export const heldOut26EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // Names spelled as they are said.
    { at: 'name', today: TUE, say: 'ana diaz d as in david i a z', want: { name: 'Ana Diaz' } },
    { at: 'name', today: TUE, say: 'mark twain t w a i n', want: { name: 'Mark Twain' } },
    { at: 'name', today: TUE, say: 'peter kowalski thats k o w a l s k i', want: { name: 'Peter Kowalski' } },
    { at: 'name', today: TUE, say: 'first name lee last name chen', want: { name: 'Lee Chen' } },
    { at: 'name', today: TUE, say: 'its tom baker b as in boy a k e r', want: { name: 'Tom Baker' } },
    { at: 'name', today: TUE, say: 'uh sarah with an h sarah connor', want: { name: 'Sarah Connor' } },
    { at: 'name', today: TUE, say: 'kim sierra mike india tango hotel', want: { name: 'Kim Smith' } },
    // Names with particles, apostrophes, hyphens.
    { at: 'name', today: TUE, say: "shannon o'neil", want: { name: "Shannon O'Neil" } },
    { at: 'name', today: TUE, say: 'leonardo da vinci', want: { name: 'Leonardo da Vinci' } },
    { at: 'name', today: TUE, say: 'its jean luc picard', want: { name: 'Jean Luc Picard' } },
    { at: 'name', today: TUE, say: 'the name is anne marie van der berg', want: { name: 'Anne Marie van der Berg' } },
    { at: 'name', today: TUE, say: 'de la cruz maria', want: { name: 'De la Cruz Maria' } },
    // Callback numbers in pieces.
    { at: 'callback', today: TUE, say: 'its 646 555 01 88', want: { callback: '+16465550188' } },
    { at: 'callback', today: TUE, say: 'nine one seven five five five oh one three four', want: { callback: '+19175550134' } },
    { at: 'callback', today: TUE, say: 'area code 917 and then 555 0134', want: { callback: '+19175550134' } },
    { at: 'callback', today: TUE, say: 'nine one seven double five five oh one three four', want: { callback: '+19175550134' } },
    { at: 'callback', today: TUE, say: 'two one two triple five oh one hundred', want: { callback: '+12125550100' } },
    { at: 'callback', today: TUE, say: 'you can call my wife at 718 555 0199', want: { callback: '+17185550199' } },
    { at: 'callback', today: TUE, say: 'the one im calling on', want: { callback: NYC } },
    { at: 'callback', today: TUE, say: '555 0134' },
    // Confirmation numbers.
    { at: 'existing', today: TUE, say: 'one two three four five six seven eight', raise: 'found' },
    { at: 'existing', today: TUE, say: 'uh its 1 2 3 4 um 5 6 7 8', raise: 'found' },
    { at: 'existing', today: TUE, say: 'its 12 34 56 78', raise: 'found' },
    { at: 'existing', today: TUE, say: 'c as in cat 1 2 3 4' },
    { at: 'existing', today: TUE, say: 'hang on let me find the email' },
    // What the greeting is for, said indirectly.
    { at: 'greeting', today: TUE, say: 'hi im calling about my stay next week', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'yeah i need to move my dates', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'i have a reservation for the 12th and wanted to double check it', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'checking on a booking i made online', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'we wont be able to make it on friday', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'i booked a room last week and never got an email', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'how late can we check in', raise: { answer: 'checkIn' } },
    { at: 'greeting', today: TUE, say: 'what time can we get into the room', raise: { answer: 'checkIn' } },
    { at: 'greeting', today: TUE, say: 'how much is it to park', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, say: 'do you allow cats', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: 'where exactly are you guys located', raise: { answer: 'address' } },
    { at: 'greeting', today: TUE, say: 'can i get my money back if i cancel', raise: { answer: 'cancellation' } },
    { at: 'greeting', today: TUE, say: 'are taxes included in the price', raise: { answer: 'taxes' } },
    // Room types by what they have or cost.
    { at: 'roomType', today: TUE, say: 'the one with the ocean view', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'whichever one has two beds', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'something with a view of the water', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'one with a king bed', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'the one for 180', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'whatevers least expensive', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'the biggest room you have' },
    { at: 'roomType', today: TUE, say: 'a room with one big bed' },
    { at: 'roomType', today: TUE, say: 'whats the difference between them' },
    // (Written at first with nothing taken: a day said with a question about a type is the day asked
    // for, as "is the king available on the 10th?" was already read.)
    { at: 'roomType', today: TUE, say: 'does the suite have a balcony on saturday', want: { arrival: '2026-12-05' } },
    // Stays said as spans.
    { at: 'greeting', today: TUE, say: 'monday through friday next week', want: { arrival: '2026-12-07', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'i need a room for a week starting sunday', want: { rooms: 1, arrival: '2026-12-06', nights: 7 } },
    { at: 'arrivalDate', today: TUE, say: 'for a week from the 20th', want: { arrival: '2026-12-20', nights: 7 } },
    { at: 'nights', today: TUE, say: 'three weeks', want: { nights: 21 } },
    { at: 'nights', today: TUE, say: 'the full week', want: { nights: 7 } },
    // (Written at first as asked: a weekend is read from its Friday for two nights, as "this coming
    // weekend" is; the 12th is that weekend's Saturday.)
    { at: 'arrivalDate', today: TUE, say: 'the weekend of the 12th', want: { arrival: '2026-12-11', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'this coming weekend friday to sunday', want: { arrival: '2026-12-04', nights: 2 } },
    // Years said short; days of this month and the next.
    { at: 'arrivalDate', today: TUE, say: 'the 3rd of jan 27', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: TUE, say: 'january third twenty seven', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: TUE, say: 'the 5th of next month', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: TUE, say: 'the 20th of this month', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: 'the first of next month', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'the last day of the year', want: { arrival: '2026-12-31' } },
    // A weekday and a day that disagree, and agree.
    { at: 'arrivalDate', today: TUE, say: 'thursday the 11th', raise: { choose: ['2026-12-10', '2026-12-11'] } },
    { at: 'arrivalDate', today: TUE, say: 'um friday the 11th', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'no not this friday', },
    // People and rooms.
    { at: 'rooms', today: TUE, say: 'one room for us and one for the kids', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'me my wife and 2 kids' },
    { at: 'rooms', today: TUE, say: 'we each want our own room theres 3 of us', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, say: 'two rooms side by side if you can', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'adjoining rooms' },
    // Paying.
    { at: 'payment', today: TUE, say: 'cold hard cash', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'on my card', raise: 'cardKind' },
    { at: 'payment', today: TUE, say: 'zelle' },
    { at: 'payment', today: TUE, say: 'uh the the debit card', want: { payment: 'debit_card' } },
    // The read-back.
    { at: 'readBack', today: TUE, say: 'all good except the name its spelled with a y', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, say: 'perfect but can you make it 2 rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'everything but the phone number', raise: { change: 'callback' } },
    { at: 'readBack', today: TUE, say: 'affirmative', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'yes yes thats right', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'negative', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'the dates are wrong', raise: 'notBooked' },
  ],
};

export const heldOut26EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    // Whole texts.
    { at: 'first', today: TUE, say: 'king from the 5th to the 7th, John Lee, credit card', want: { roomType: 'DLX', arrival: '2026-12-05', nights: 2, name: 'John Lee', payment: 'credit_card' } },
    { at: 'first', today: TUE, say: 'NEED 2 ROOMS FRI 2 NTS', want: { rooms: 2, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'dec 5-8 1 dbl', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-05', nights: 3 } },
    { at: 'first', today: TUE, say: 'dbl rm 4 3 ppl 2nite', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-01' } },
    { at: 'first', today: TUE, say: '3 nts starting tmrw, 2 adults 1 kid', want: { arrival: '2026-12-02', nights: 3 } },
    { at: 'first', today: TUE, say: 'fri-sun 1 room', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'thurs thru sun for 2', want: { arrival: '2026-12-03', nights: 3 } },
    { at: 'first', today: TUE, say: 'a room 12/5-12/8', want: { rooms: 1, arrival: '2026-12-05', nights: 3 } },
    { at: 'first', today: TUE, say: 'room mon-fri next wk', want: { rooms: 1, arrival: '2026-12-07', nights: 4 } },
    { at: 'first', today: TUE, say: 'is bfast incl?', raise: { answer: 'breakfast' } },
    { at: 'first', today: TUE, say: 'whats ur checkin time', raise: { answer: 'checkIn' } },
    { at: 'first', today: TUE, say: 'need to move my dates', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'about my stay next wk - can i check my res?', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'parking $?', raise: { answer: 'parking' } },
    // Dates and stays.
    { at: 'arrivalDate', today: TUE, say: "jan 3 '27", want: { arrival: '2027-01-03' } },
    // (Written at first as asked: "26" may be the year or the day the stay ends; the arrival is the 20th
    // either way, so it is taken and the nights are asked.)
    { at: 'arrivalDate', today: TUE, say: 'dec 20 26', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: 'the 5th of next mo', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: TUE, say: 'thu the 11th' , raise: { choose: ['2026-12-10', '2026-12-11'] } },
    { at: 'arrivalDate', today: TUE, say: 'not this fri' },
    { at: 'arrivalDate', today: TUE, say: 'not this fri, the one after', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'FRIDAY!!', want: { arrival: '2026-12-04' } },
    { at: 'nights', today: TUE, say: 'x2', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: '3 nts pls', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: '1 wk', want: { nights: 7 } },
    { at: 'rooms', today: TUE, say: '2, 3 nts', want: { rooms: 2, nights: 3 } },
    { at: 'rooms', today: TUE, say: '1 for us + 1 for the kids', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: '4 ppl' },
    { at: 'roomType', today: TUE, say: 'the ocean view one', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: '2 beds pls', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'the $130 one', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'biggest?' },
    // Names as typed.
    { at: 'name', today: TUE, say: 'Mary-Kate Olsen', want: { name: 'Mary-Kate Olsen' } },
    { at: 'name', today: TUE, say: 'Anne Marie Smith-Jones', want: { name: 'Anne Marie Smith-Jones' } },
    { at: 'name', today: TUE, say: 'Ronald McDonald', want: { name: 'Ronald McDonald' } },
    { at: 'name', today: TUE, say: "it's shannon o'neil", want: { name: "Shannon O'Neil" } },
    { at: 'name', today: TUE, say: 'JOHN LEE', want: { name: 'John Lee' } },
    { at: 'name', today: TUE, say: 'Lee, John', want: { name: 'John Lee' } },
    // Callback and confirmation.
    { at: 'callback', today: TUE, say: '917 555 01 34', want: { callback: '+19175550134' } },
    { at: 'callback', today: TUE, say: 'call 718-555-0199 (wife)', want: { callback: '+17185550199' } },
    { at: 'existing', today: TUE, say: '#12345678', raise: 'found' },
    { at: 'existing', today: TUE, say: 'conf 1234-5678', raise: 'found' },
    { at: 'existing', today: TUE, say: 'ABC123' },
    // Paying and the read-back.
    { at: 'payment', today: TUE, say: 'cash 💵', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'venmo?' },
    { at: 'readBack', today: TUE, say: 'YES', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'all good but name is wrong', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, say: 'k 👌', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'no, wrong dates', raise: 'notBooked' },
  ],
};

export const heldOut26EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Nombres deletreados.
    { at: 'name', today: TUE, caller: CDMX, say: 'beatriz bravo bravo con be de burro', want: { name: 'Beatriz Bravo' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'juan vázquez con v chica y zeta', want: { name: 'Juan Vázquez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'yolanda ybarra con y griega', want: { name: 'Yolanda Ybarra' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'hugo herrera herrera con hache', want: { name: 'Hugo Herrera' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'ximena xolalpa equis o ele a ele pe a', want: { name: 'Ximena Xolalpa' } },
    // Nombres con partículas.
    { at: 'name', today: TUE, caller: CDMX, say: 'maría de la luz gutiérrez', want: { name: 'María de la Luz Gutiérrez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'josé luis van der berg', want: { name: 'José Luis van der Berg' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'ana maría del pilar ruiz', want: { name: 'Ana María del Pilar Ruiz' } },
    // (Written at first as asked: the couple's surname is the name the reservation goes under.)
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de los señores de la garza', want: { name: 'De la Garza' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'este pues a nombre de juan de dios pérez', want: { name: 'Juan de Dios Pérez' } },
    // Teléfonos en pedazos.
    { at: 'callback', today: TUE, caller: CDMX, say: 'cincuenta y cinco doce treinta y cuatro cincuenta y seis setenta y ocho', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cinco cinco uno dos tres cuatro cinco seis siete ocho', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'mi cel es 55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'el 33 12 34 56 78', want: { callback: '+523312345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'es el mismo de donde estoy llamando', want: { callback: CDMX } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'doce treinta y cuatro' },
    // Números de confirmación.
    { at: 'existing', today: TUE, caller: CDMX, say: 'uno dos tres cuatro cinco seis siete ocho', raise: 'found' },
    { at: 'existing', today: TUE, caller: CDMX, say: 'doce treinta y cuatro cincuenta y seis setenta y ocho', raise: 'found' },
    { at: 'existing', today: TUE, caller: CDMX, say: 'es el 1234 5678', raise: 'found' },
    { at: 'existing', today: TUE, caller: CDMX, say: 'no lo tengo a la mano' },
    // Para qué llaman, dicho de lado.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'buenas tardes quería ver lo de mi reservación', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'hablo por lo de mi reserva del día 12', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'necesito mover mis fechas', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'oiga es que ya no vamos a poder ir', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'tengo una reservación y quería confirmarla', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'a qué hora nos podemos meter al cuarto', raise: { answer: 'checkIn' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'cuánto cuesta el estacionamiento', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'se puede llevar gato', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'dónde están ubicados', raise: { answer: 'address' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'si cancelo me regresan mi dinero', raise: { answer: 'cancellation' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el precio ya incluye impuestos', raise: { answer: 'taxes' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'el desayuno va incluido o se paga aparte', raise: { answer: 'breakfast' } },
    // Tipos de cuarto por lo que tienen.
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de la vista al mar', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la que tiene dos camas', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de 130', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la más económica que tenga', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la que tiene cama king', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la más grande' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'con cama matrimonial' },
    // (As "does the suite have a balcony on saturday" above.)
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la suite tiene jacuzzi el sábado', want: { arrival: '2026-12-05' } },
    // Estancias.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'de lunes a viernes de la semana que entra', want: { arrival: '2026-12-07', nights: 4 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'una semana a partir del domingo', want: { arrival: '2026-12-06', nights: 7 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres semanas', want: { nights: 21 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'la semana completa', want: { nights: 7 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'pues hasta el domingo', want: { nights: 5 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el puente' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para semana santa' },
    // Años cortos; este mes y el que entra.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 3 de enero del 27', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5 del mes que entra', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 20 de este mes', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el primero del mes que viene', want: { arrival: '2027-01-01' } },
    // Día de la semana y número.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el domingo 12', raise: { choose: ['2026-12-12', '2026-12-13'] } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el sábado 12', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'no este viernes' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'no este viernes el otro', want: { arrival: '2026-12-11' } },
    // Spanglish.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'quiero una king para el weekend', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el check in es el 5 y el check out el 8', want: { arrival: '2026-12-05', nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'hacemos check out el domingo', want: { nights: 5 } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con la credit card', want: { payment: 'credit_card' } },
    // Personas y cuartos.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'un cuarto para nosotros y otro para los niños', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'cada quien su cuarto somos tres', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos dos adultos y un niño' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos hab tres habitaciones' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos cuartos juntitos', want: { rooms: 2 } },
    // Pagos.
    { at: 'payment', today: TUE, caller: CDMX, say: 'con mi tarjeta de nómina', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'en billetes', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'pago en oxxo' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tarjeta', raise: 'cardKind' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con la de crédito de bbva', want: { payment: 'credit_card' } },
    // La lectura.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'todo bien nada más el nombre está mal', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí pero el teléfono es otro', raise: { change: 'callback' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'correcto', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí sí así está bien', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'negativo', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'está mal la fecha', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'todo bien pero que sean dos cuartos', want: { rooms: 2 } },
  ],
};

export const heldOut26EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'doble del 5 al 7, Ana Ruiz, efectivo', want: { roomType: 'DQ', arrival: '2026-12-05', nights: 2, name: 'Ana Ruiz', payment: 'cash' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'del 5 al 8 dic 1 hab', want: { rooms: 1, arrival: '2026-12-05', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: '5-8 dic una doble', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-05', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'hab dbl x 2 noches el vie', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: '2 habs sencillas del 12 al 14', want: { rooms: 2, roomType: 'STD', arrival: '2026-12-12', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'UNA HAB PARA EL SABADO', want: { rooms: 1, arrival: '2026-12-05' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'xfa 1 hab p/ 2 personas el 12', want: { rooms: 1, arrival: '2026-12-12' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'somos 2 adultos y un niño, del 5 al 7', want: { arrival: '2026-12-05', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'vie a dom', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'Para Semana Santa dos cuartos', want: { rooms: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'Ana Ruiz, 2 noches desde el viernes', want: { name: 'Ana Ruiz', arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'kiero ver lo d mi reserva', raise: 'lookup' },
    { at: 'first', today: TUE, caller: CDMX, say: 'q onda, tienen estacionamiento?', raise: { answer: 'parking' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'INCLUYE DESAYUNO???', raise: { answer: 'breakfast' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '3/ene/27', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '03/01/27' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '25/12/26', want: { arrival: '2026-12-25' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5 del sig mes', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dom 12', raise: { choose: ['2026-12-12', '2026-12-13'] } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'no este vie' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'noches x2', want: { nights: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: '1 sem', want: { nights: 7 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: '1 p/ nosotros y 1 p/ los niños', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos 5' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la d vista al mar', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de 2 camas', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la + grande' },
    { at: 'name', today: TUE, caller: CDMX, say: 'MARIA DE LA LUZ GUTIERREZ', want: { name: 'Maria de la Luz Gutierrez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Ruiz, Ana', want: { name: 'Ana Ruiz' } },
    { at: 'callback', today: TUE, caller: CDMX, say: '55 1234 5678', want: { callback: '+525512345678' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'este mismo', want: { callback: CDMX } },
    { at: 'existing', today: TUE, caller: CDMX, say: 'folio 12345678', raise: 'found' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo 💵', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'tarjeta de nomina', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'x transferencia' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'SI', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'todo ok 👌', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nop', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'el nombre esta mal', raise: { change: 'name' } },
  ],
};
