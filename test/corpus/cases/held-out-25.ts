// Held-out round 25 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, no
// punctuation at times, numbers as digits or words, "um", "uh", "este", "pues", false starts,
// repeated words) and as they text ("sry", "nts", "hab", "x", "porfa", emoji). An answer to another
// question than the one asked (a name at the date question: "under john smith" kept, "john smith"
// alone asked; a date at the name question asked, but "we arrive on the 6th actually" is a change; a
// room type at the nights question kept); two facts in one answer at a one-field question ("the 5th
// two nights", "el viernes una doble", "king two rooms", "john smith paying cash"); numbers that
// could be nights, rooms or people ("for 3" and "somos 4" at the rooms question, "dos y dos": asked;
// "for three" at the nights question; "for 2 on friday"); times of day with a date ("friday at 3",
// "checking in at noon on the 5th", "el sábado en la tarde", "el 12 a las 4", "til sunday at noon":
// never the 3rd or the 4th); polite and sorry wrappers ("sorry could you put it for the 6th
// instead", "disculpe, ¿me lo puede cambiar al 6?", "si fuera tan amable la sencilla"); negations
// inside answers ("not the king the double", "no la doble la sencilla", "no not friday saturday",
// "not two three"; "no not the suite", "cualquiera menos la estándar": asked; "el 6 no el 5", read
// either way: asked); names that are also words or dates ("april may", "june king", "will cash",
// "bill king", "summer friday", "rosa blanca", "domingo reyes", "guadalupe victoria", "dolores del
// río"); false starts cut off mid-word ("the fif the sixth", "el tre trece", "two n three nights",
// "jo john smith", "la de lu la doble"); Spanish ordinals ("el primero", "el primero de enero", "1ro
// de enero", "1° de enero"; "primero dios el viernes" is Friday, God willing); a card said by brand
// and digits ("visa ending in 4242", "mastercard debit", "con la de débito la que termina en 5512";
// a card number alone, "apple pay", "mercado pago": asked); yes and no wrapped at the read-back
// ("sure why not", "mhm", "órale pues", "simón"; "no way", "nope thats wrong", "nel", "no pues no":
// nothing booked, a new `notBooked` in ../corpus-case.ts); what the greeting is for, said politely.
// First run, as written, before its session's fixes: 19 of 234 cases fell short, 93.4% of 256 units
// understood, 12 asked again, 15 silently wrong ("the sixth" and "perdón llegamos el 6 mejor" taken
// as the guest's name, "Jo John Smith", "Ju Juan Pérez"; "will cash" as cash; "the king one" at the
// nights question as one night; "dos y dos", "2 y 2", "x 3" at the rooms question as rooms; "no dos
// noches sino tres" as two; "primero dios el viernes" as the 1st for three nights; "no el vie, el
// sáb" as Friday to Saturday). After the fixes: 3 cases short, 98.4% of 256 units, 4 asked again,
// none silently wrong. Still asked: "2, 3 nts" at the rooms question, "dos hab tres habitaciones"
// (a cut-off word, then another count), and "is bfast incl?" (the hotel file's words for breakfast
// do not say "bfast").
// Calendar in ./days.ts. At the later questions the call has (keyed) the arrival a week ahead
// (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the
// number calling. Said on Friday 4 December, "the first" is 1 January 2027.
import type { CorpusFile } from '../corpus-case.ts';
import { FRI, TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';

export const heldOut25EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // Answered at another question.
    { at: 'arrivalDate', today: TUE, say: 'um the reservation would be under john smith', want: { name: 'John Smith' } },
    { at: 'arrivalDate', today: TUE, say: 'john smith' },
    { at: 'arrivalDate', today: TUE, say: 'uh the double queen i guess', want: { roomType: 'DQ' } },
    { at: 'name', today: TUE, say: 'the sixth' },
    { at: 'name', today: TUE, say: 'oh sorry we arrive on the 6th actually', want: { arrival: '2026-12-06' } },
    { at: 'nights', today: TUE, say: 'the king one', want: { roomType: 'DLX' } },
    { at: 'nights', today: TUE, say: 'december twelfth', want: { nights: 4 } },
    { at: 'rooms', today: TUE, say: 'john smith' },
    { at: 'roomType', today: TUE, say: 'smith john smith' },
    { at: 'payment', today: TUE, say: 'the sixth' },
    // Two facts at a one-field question.
    { at: 'arrivalDate', today: TUE, say: 'the 5th two nights', want: { arrival: '2026-12-05', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'friday and just the one night', want: { arrival: '2026-12-04', nights: 1 } },
    { at: 'arrivalDate', today: TUE, say: 'saturday the king', want: { arrival: '2026-12-05', roomType: 'DLX' } },
    { at: 'arrivalDate', today: TUE, say: 'the 9th for me and my wife', want: { arrival: '2026-12-09' } },
    { at: 'roomType', today: TUE, say: 'king two rooms', want: { roomType: 'DLX', rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'the double queen for three nights', want: { roomType: 'DQ', nights: 3 } },
    { at: 'rooms', today: TUE, say: 'two and three nights', want: { rooms: 2, nights: 3 } },
    { at: 'nights', today: TUE, say: 'three nights and two rooms', want: { nights: 3, rooms: 2 } },
    { at: 'name', today: TUE, say: 'john smith paying cash', want: { name: 'John Smith', payment: 'cash' } },
    // Numbers that could be nights, rooms or people.
    { at: 'rooms', today: TUE, say: 'for 3' },
    { at: 'rooms', today: TUE, say: 'theres 4 of us' },
    { at: 'rooms', today: TUE, say: 'two for four people', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'two rooms two people each', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'one for the 3 of us', want: { rooms: 1 } },
    { at: 'nights', today: TUE, say: 'for three', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'four of us' },
    { at: 'nights', today: TUE, say: 'two adults three nights', want: { nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'for 2 on friday', want: { arrival: '2026-12-04' } },
    { at: 'greeting', today: TUE, say: 'i need a room for 4 on the 12th', want: { rooms: 1, arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'room for two people for two nights starting saturday', want: { rooms: 1, arrival: '2026-12-05', nights: 2 } },
    // Times of day with a date.
    { at: 'arrivalDate', today: TUE, say: 'friday at 3', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'checking in at noon on the 5th', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'saturday around 4 in the afternoon', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'the 12th at like 10 am', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'tomorrow at 8 pm', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'wednesday evening', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'at 3 on the 9th', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'the 10th at 6', want: { arrival: '2026-12-10' } },
    { at: 'nights', today: TUE, say: 'til sunday at noon', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'checking out monday at 11', want: { nights: 6 } },
    { at: 'greeting', today: TUE, say: 'friday at 3 for two nights', want: { arrival: '2026-12-04', nights: 2 } },
    // Sorry and please.
    { at: 'arrivalDate', today: TUE, say: 'sorry could you put it for the 6th instead', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: TUE, say: 'if its not too much trouble the 9th please', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'oh sorry i meant to say the 11th', want: { arrival: '2026-12-11' } },
    { at: 'roomType', today: TUE, say: 'sorry could we do the double queen', want: { roomType: 'DQ' } },
    { at: 'rooms', today: TUE, say: 'would it be possible to get two rooms', want: { rooms: 2 } },
    { at: 'nights', today: TUE, say: 'just one if you dont mind', want: { nights: 1 } },
    { at: 'readBack', today: TUE, say: 'sorry could you change it to the 6th', want: { arrival: '2026-12-06' } },
    { at: 'readBack', today: TUE, say: 'im so sorry can we make it three nights', want: { nights: 3 } },
    // Negations inside answers.
    { at: 'roomType', today: TUE, say: 'not the king the double', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'no not the suite' },
    { at: 'roomType', today: TUE, say: 'anything but the standard' },
    { at: 'roomType', today: TUE, say: 'i dont want the king' },
    { at: 'arrivalDate', today: TUE, say: 'no not friday saturday', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'not this friday the next one', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'the 6th not the 5th', want: { arrival: '2026-12-06' } },
    { at: 'nights', today: TUE, say: 'not two three', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'not one two', want: { rooms: 2 } },
    { at: 'payment', today: TUE, say: 'not cash credit card', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'no not with cash' },
    { at: 'readBack', today: TUE, say: 'its not the suite its the king', want: { roomType: 'DLX' } },
    // Names that are words.
    { at: 'name', today: TUE, say: 'april may', want: { name: 'April May' } },
    { at: 'name', today: TUE, say: 'june king', want: { name: 'June King' } },
    { at: 'name', today: TUE, say: 'will cash', want: { name: 'Will Cash' } },
    { at: 'name', today: TUE, say: 'bill king', want: { name: 'Bill King' } },
    { at: 'name', today: TUE, say: 'my name is summer friday', want: { name: 'Summer Friday' } },
    { at: 'name', today: TUE, say: 'grace sunday', want: { name: 'Grace Sunday' } },
    { at: 'name', today: TUE, say: 'chase banks', want: { name: 'Chase Banks' } },
    // False starts.
    { at: 'arrivalDate', today: TUE, say: 'the fif the sixth', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: TUE, say: 'on the tw twelfth', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'the nin the ninth', want: { arrival: '2026-12-09' } },
    { at: 'nights', today: TUE, say: 'two n three nights', want: { nights: 3 } },
    { at: 'name', today: TUE, say: 'jo john smith', want: { name: 'John Smith' } },
    { at: 'roomType', today: TUE, say: 'the dou the deluxe', want: { roomType: 'DLX' } },
    { at: 'rooms', today: TUE, say: 'th two rooms', want: { rooms: 2 } },
    // Ordinals.
    { at: 'arrivalDate', today: FRI, say: 'the first', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: FRI, say: 'january first', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'the twenty second', want: { arrival: '2026-12-22' } },
    // A card by brand and digits.
    { at: 'payment', today: TUE, say: 'visa ending in 4242', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'mastercard debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'debit the one ending 5 5 1 2', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'discover', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'my amex gold', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'four one one one one one one one one one one one one one one one' },
    { at: 'payment', today: TUE, say: 'apple pay' },
    // Yes and no at the read-back.
    { at: 'readBack', today: TUE, say: 'sure why not', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'yep sounds good book it', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'mhm', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'uh huh yeah', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'that is correct thank you', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'no way', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'nope thats wrong', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'nah', raise: 'notBooked' },
    // What the greeting is for.
    { at: 'greeting', today: TUE, say: 'sorry to bother you do you guys have parking', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, say: 'hi sorry i think i need to change my reservation', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'yeah hi is breakfast included', raise: { answer: 'breakfast' } },
    { at: 'greeting', today: TUE, say: 'can i just talk to a real person', raise: 'desk' },
    { at: 'greeting', today: TUE, say: 'whats the checkout time', raise: { answer: 'checkOut' } },
    { at: 'greeting', today: TUE, say: 'not to book just a question do you take dogs', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: 'i dont want to book i want to cancel', raise: 'lookup' },
  ],
};

export const heldOut25EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'fri @ 3pm 2 nts', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'need a king sat 2 nights', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-05', nights: 2 } },
    { at: 'first', today: TUE, say: 'not sat, sun. 1 rm', want: { rooms: 1, arrival: '2026-12-06' } },
    { at: 'first', today: TUE, say: '2 rms 4 ppl dec 12-14', want: { rooms: 2, arrival: '2026-12-12', nights: 2 } },
    { at: 'first', today: TUE, say: 'room 4 2 on the 12th', want: { rooms: 1, arrival: '2026-12-12' } },
    { at: 'first', today: TUE, say: 'pls cancel my booking 🙏', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'is bfast incl?', raise: { answer: 'breakfast' } },
    { at: 'arrivalDate', today: TUE, say: 'sat @ noon', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'the 5th, 2 nts', want: { arrival: '2026-12-05', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'sry i meant the 6th', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: TUE, say: 'not fri, sat', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'jan 1st', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: '1/1', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'john smith' },
    { at: 'roomType', today: TUE, say: 'not the king, the dbl', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'king x2', want: { roomType: 'DLX', rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'idk not the suite' },
    { at: 'rooms', today: TUE, say: '2, 3 nts', want: { rooms: 2, nights: 3 } },
    { at: 'rooms', today: TUE, say: 'for 3' },
    { at: 'rooms', today: TUE, say: '3 of us' },
    { at: 'rooms', today: TUE, say: '2 (2 ppl each)', want: { rooms: 2 } },
    { at: 'nights', today: TUE, say: 'til sun 12pm', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'for 3', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'dlx pls', want: { roomType: 'DLX' } },
    { at: 'name', today: TUE, say: 'April May', want: { name: 'April May' } },
    { at: 'name', today: TUE, say: 'Will Cash', want: { name: 'Will Cash' } },
    { at: 'name', today: TUE, say: 'the 6th' },
    { at: 'payment', today: TUE, say: 'visa x4242', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'mc debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'not cash, cc', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, say: 'sure why not 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'nope ❌', raise: 'notBooked' },
    { at: 'readBack', today: TUE, say: 'sry can u make it the 6th', want: { arrival: '2026-12-06' } },
    { at: 'readBack', today: TUE, say: 'ya all good ✅', raise: 'booked' },
  ],
};

export const heldOut25EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Contestado en otra pregunta.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a nombre de juan pérez', want: { name: 'Juan Pérez' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'juan pérez' },
    { at: 'name', today: TUE, caller: CDMX, say: 'el 6' },
    { at: 'name', today: TUE, caller: CDMX, say: 'perdón llegamos el 6 mejor', want: { arrival: '2026-12-06' } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'la de lujo', want: { roomType: 'DLX' } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'somos cuatro' },
    // Dos datos en una respuesta.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes una doble', want: { arrival: '2026-12-04', rooms: 1, roomType: 'DQ' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5 dos noches', want: { arrival: '2026-12-05', nights: 2 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la king dos cuartos', want: { roomType: 'DLX', rooms: 2 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la doble por tres noches', want: { roomType: 'DQ', nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres y son dos cuartos', want: { nights: 3, rooms: 2 } },
    { at: 'name', today: TUE, caller: CDMX, say: 'juan pérez y pago en efectivo', want: { name: 'Juan Pérez', payment: 'cash' } },
    // Números que pueden ser noches, cuartos o personas.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'somos 4' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para 2 el viernes', want: { arrival: '2026-12-04' } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos 4' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos y dos' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'para 3' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos de dos camas', want: { rooms: 2, roomType: 'DQ' } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'nomás un cuarto', want: { rooms: 1 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'nomás una', want: { nights: 1 } },
    // Horas con la fecha.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el sábado en la tarde', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'llegamos el viernes como a las 6', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 12 a las 4 de la tarde', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mañana como a las 8 de la noche', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 10 al mediodía', want: { arrival: '2026-12-10' } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'hasta el domingo a mediodía', want: { nights: 5 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'salimos el lunes a las 11', want: { nights: 6 } },
    // Con permiso y perdón.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'perdón me la puede poner para el 6', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'disculpe mejor el 9 por favor', want: { arrival: '2026-12-09' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'si fuera tan amable la sencilla', want: { roomType: 'STD' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'disculpe me lo puede cambiar al 6', want: { arrival: '2026-12-06' } },
    // Negaciones.
    { at: 'roomType', today: TUE, caller: CDMX, say: 'no la doble la sencilla', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'no quiero la suite' },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'cualquiera menos la estándar' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'no el viernes no el sábado', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 6 no el 5' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'mejor no una sino dos', want: { rooms: 2 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'no dos noches sino tres', want: { nights: 3 } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'no en efectivo no con tarjeta de crédito', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no es la suite es la king', want: { roomType: 'DLX' } },
    // Nombres que son palabras.
    { at: 'name', today: TUE, caller: CDMX, say: 'rosa blanca', want: { name: 'Rosa Blanca' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'domingo reyes', want: { name: 'Domingo Reyes' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'guadalupe victoria', want: { name: 'Guadalupe Victoria' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'dolores del río', want: { name: 'Dolores del Río' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'jesús de la cruz', want: { name: 'Jesús de la Cruz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'luz del carmen marín', want: { name: 'Luz del Carmen Marín' } },
    // Arranques cortados.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el tre trece', want: { arrival: '2026-12-13' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el quin el quince', want: { arrival: '2026-12-15' } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos hab tres habitaciones', want: { rooms: 3 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'la de lu la doble', want: { roomType: 'DQ' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'ju juan pérez', want: { name: 'Juan Pérez' } },
    // Ordinales.
    { at: 'arrivalDate', today: FRI, caller: CDMX, say: 'el primero', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: FRI, caller: CDMX, say: 'el primero de enero', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el primero de febrero', want: { arrival: '2027-02-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del primero al tres de enero', want: { arrival: '2027-01-01', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'primero dios el viernes', want: { arrival: '2026-12-04' } },
    // La tarjeta por marca y dígitos.
    { at: 'payment', today: TUE, caller: CDMX, say: 'con visa terminación 4242', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'tarjeta de débito mastercard', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con la de débito la que termina en 5512', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'pago con mercado pago' },
    // Sí y no en la lectura.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'órale pues', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'simón', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí claro cómo no', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'ándale pues así', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nel', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'no pues no', raise: 'notBooked' },
    // Para qué llaman.
    { at: 'greeting', today: TUE, caller: CDMX, say: 'disculpe la molestia tienen estacionamiento', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'oiga perdón quiero cambiar mi reservación', raise: 'lookup' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'no quiero reservar nada más quiero saber si aceptan perros', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'a qué hora es la salida', raise: { answer: 'checkOut' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'con una persona por favor', raise: 'desk' },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'buenas tardes quería reservar un cuarto para el sábado en la tarde', want: { rooms: 1, arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, caller: CDMX, say: 'una doble para dos personas el viernes dos noches', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-04', nights: 2 } },
  ],
};

export const heldOut25EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'hab x 2 noches el vie en la tarde', want: { rooms: 1, arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: '1ro de enero 2 noches', want: { arrival: '2027-01-01', nights: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'el 1° de enero una doble', want: { arrival: '2027-01-01', rooms: 1, roomType: 'DQ' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'somos 4 el sábado', want: { arrival: '2026-12-05' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'disculpe tienen desayuno?', raise: { answer: 'breakfast' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'kiero cambiar mi reserva porfa', raise: 'lookup' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el sáb a las 3', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'perdón, mejor el 6', want: { arrival: '2026-12-06' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'no el vie, el sáb', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: FRI, caller: CDMX, say: 'el 1ro', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el 5, 2 noches', want: { arrival: '2026-12-05', nights: 2 } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'no la doble, la sencilla', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, caller: CDMX, say: 'king x2', want: { roomType: 'DLX', rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'somos 4' },
    { at: 'rooms', today: TUE, caller: CDMX, say: '2 y 2' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'x 3' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'nomas 1', want: { nights: 1 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'hasta el dom a mediodía', want: { nights: 5 } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Rosa Blanca', want: { name: 'Rosa Blanca' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Domingo Reyes', want: { name: 'Domingo Reyes' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'el 6' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'visa terminación 4242', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'débito mastercard', want: { payment: 'debit_card' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'simón 👍', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'nel ❌', raise: 'notBooked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'órale va', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'perdón me lo cambias al 6?', want: { arrival: '2026-12-06' } },
  ],
};
