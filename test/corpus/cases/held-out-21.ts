// Held-out round 21 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, no
// punctuation at times, numbers as digits or words, "um", "uh", "like", "este", "o sea", "pues",
// "mmm", false starts, repeated words). The answer said inside a longer sentence at each question
// ("we'd be getting in on the, uh, the 18th I think"); answers hedged ("probably the 12th": one
// value, taken) or given as two ("the 5th or the 6th, whichever is cheaper", "three or four nights",
// "cash or credit, I don't know yet": asked, never guessed); numbers as the recogniser mishears them
// ("ate nights", "too rooms", "won", "el dies", "trese noches", "quinse"); times for dates
// ("tomorrow morning", "tonight around 9", "mañana temprano", "hoy en la noche"; "like 2 in the
// morning" is the night before, asked); dates with the year ("december 20th 2026", "20 de
// diciembre del 26"; a year past the booking horizon is not taken); month names mistyped
// ("decmber", "janurary", "febuary", "dicembre", "enro"); stays given as a check-out time
// ("checking out Sunday around noon", "check out the 11th by 11", "entregamos el cuarto el viernes
// a las 11"); people where nights or rooms are asked ("me and my wife and two kids", "2 adultos 1
// niño": not nights, not rooms); names with titles ("mister", "doctor", "licenciado", "la señora",
// "doña", "el ingeniero") and after a bare "for"/"para"; spoken list positions at the read list of
// rooms ("the first one", "the last one", "la primera", "la número tres", "the cheaper one") and
// at an offer; purposes at the greeting that are not a booking though they carry booking words ("I
// left my glasses in the room", "my room key isn't working", "quería ver lo de un cargador que
// olvidé en el cuarto", "is room service still open", "I want to extend my stay one more night");
// vague stays ("a week and a half", "sometime next month", "unos días").
// First run, as written, before its session's fixes: 215 cases, 87.0% of 269 units understood, 30
// asked again, 10 silently wrong ("um the uh the twenty uh second" as the 20th, "janurary 3rd" and
// "janurary 8" as December; "is the restaurant open for dinner tonight" and "está abierto el
// restaurante hoy en la noche" as an arrival today; "checked out yesterday" as a departure; "el que
// salga más barato" after two days as the Standard; "A Nombre del Licenciado Jorge Ramírez", "De
// Carlos Méndez"; "late checkout tomorrow", see below). One expectation corrected to a rule set
// earlier (noted where it stands): 270 units, 87.0%, 30 asked again, 9 silently wrong. After the
// fixes: 98.5%, 4 asked again, none silently wrong; short: "room dec 20 2026 2 nights" (a text's
// "20 2026" is taken for a confirmation number before any reader: flows/steer.ts), "enro 3" (one
// letter off "enero" is "entero" too: not read as January).
// Calendar in ./days.ts (and: Thu 10, Fri 11, Sat 12, Sun 13, Mon 14, Sat 19, Sun 20, Tue 22,
// Wed 23 December 2026; Sun 3, Tue 5, Fri 8 January 2027; Fri 5 February 2027); the booking horizon
// is a year (Wednesday 1 December 2027 from Tuesday 1 December 2026). At the later questions the
// call has (keyed) the arrival a week ahead (Tuesday 8 December from Tuesday 1), the Ocean Suite,
// 1 room, 2 nights, Ana Díaz, cash, and the number calling. The read list of rooms is said highest
// price first: the Ocean Suite, the Deluxe King, the Double Queen, the Standard; an offer (for the
// Ocean Suite asked) says the Deluxe King, the Double Queen, the Standard.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Guadalajara (the Spanish calls). */
const GDL = '+523312345678';
/** The number calling in the English calls and texts (the runner's). */
const NYC = '+12125550123';

const TWELFTH_OR_13TH = ['2026-12-12', '2026-12-13'];
const FIFTH_OR_6TH = ['2026-12-05', '2026-12-06'];
const ELEVENTH_OR_12TH = ['2026-12-11', '2026-12-12'];
const SIXTEENTH_OR_17TH = ['2026-12-16', '2026-12-17'];
const FRIDAY_OR_SATURDAY = ['2026-12-04', '2026-12-05'];
const TWENTIETH_OR_21ST = ['2026-12-20', '2026-12-21'];

export const heldOut21EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // The answer inside a longer sentence, hedged, repeated.
    { at: 'greeting', today: TUE, say: 'yeah hi um we would be getting in on the uh the 18th i think for two nights', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'yeah the the 18th the 18th for uh two two nights', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'so like december the 19th through the uh 21st', want: { arrival: '2026-12-19', nights: 2 } },
    // Two alternatives: asked.
    { at: 'greeting', today: TUE, say: 'um so like we were thinking maybe the 12th or the 13th', raise: { choose: TWELFTH_OR_13TH } },
    { at: 'greeting', today: TUE, say: 'a room on the 5th or the 6th whichever is cheaper', want: { rooms: 1 }, raise: { choose: FIFTH_OR_6TH } },
    { at: 'greeting', today: TUE, say: 'i think the 11th maybe the 12th', raise: { choose: ELEVENTH_OR_12TH } },
    { at: 'greeting', today: TUE, say: 'the 16th or 17th it doesnt really matter', raise: { choose: SIXTEENTH_OR_17TH } },
    // Times for dates.
    { at: 'greeting', today: TUE, say: 'do you have a room tomorrow morning', want: { rooms: 1, arrival: '2026-12-02' } },
    { at: 'greeting', today: TUE, say: 'i need a room tonight around 9', want: { rooms: 1, arrival: '2026-12-01' } },
    { at: 'greeting', today: TUE, say: 'we will be there tonight probably around like 11 30', want: { arrival: '2026-12-01' } },
    { at: 'greeting', today: TUE, say: 'we land tomorrow night at 10 and need a room', want: { rooms: 1, arrival: '2026-12-02' } },
    { at: 'greeting', today: TUE, say: 'getting in real late tomorrow like 2 in the morning' },
    // Dates with the year.
    { at: 'greeting', today: TUE, say: 'a king for december 20th 2026 for three nights', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-20', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'two rooms january 5th 2027 through the 8th', want: { rooms: 2, arrival: '2027-01-05', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'the 20th of december 2027 two nights', want: { nights: 2 } },
    // Numbers misheard.
    { at: 'greeting', today: TUE, say: 'ate nights starting the 10th', want: { arrival: '2026-12-10', nights: 8 } },
    { at: 'greeting', today: TUE, say: 'i need too rooms on the 19th', want: { rooms: 2, arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: 'we need a room for for nights starting friday', want: { rooms: 1, arrival: '2026-12-04', nights: 4 } },
    // Stays given by a check-out time.
    { at: 'greeting', today: TUE, say: 'uh checking in the 22nd checking out the 24th around noon', want: { arrival: '2026-12-22', nights: 2 } },
    // People, not rooms or nights.
    { at: 'greeting', today: TUE, say: 'we need a room for me and my wife and two kids on the 19th', want: { rooms: 1, arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: 'me and my wife and two kids the 19th to the 21st', want: { arrival: '2026-12-19', nights: 2 } },
    // Names after a bare "for".
    { at: 'greeting', today: TUE, say: 'a queen the 9th to the 11th for john smith', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-09', nights: 2, name: 'John Smith' } },
    { at: 'greeting', today: TUE, say: 'book the suite for the 15th for two nights for maria lopez', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-15', nights: 2, name: 'Maria Lopez' } },
    // Vague stays.
    { at: 'greeting', today: TUE, say: 'a week and a half starting the 14th', want: { arrival: '2026-12-14' } },
    { at: 'greeting', today: TUE, say: 'sometime next month for like a few nights' },
    // Not a booking, though the words are there.
    { at: 'greeting', today: TUE, say: 'hi i left my glasses in the room when i checked out yesterday', raise: 'desk' },
    { at: 'greeting', today: TUE, say: 'hi yeah my room key isnt working', raise: 'desk' },
    { at: 'greeting', today: TUE, say: 'is room service still open' },
    { at: 'greeting', today: TUE, say: 'i wanna extend my stay by one more night' },
    { at: 'greeting', today: TUE, say: 'is the restaurant open for dinner tonight' },
    // (Written at first with no departure: a day said of checking out is the day of leaving, as "early check in on the 3rd?" is the arrival in round 19.)
    { at: 'greeting', today: TUE, say: 'can i get a late checkout tomorrow', want: { departure: '2026-12-02' }, raise: { answer: 'checkOut' } },
    // At the arrival date.
    { at: 'arrivalDate', today: TUE, say: 'yeah we would be getting in on the uh the 18th i think', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'probably the 12th', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'not sure maybe friday', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'like the 18th', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'um the uh the twenty uh second', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, say: 'the 12th or maybe the 13th', raise: { choose: TWELFTH_OR_13TH } },
    { at: 'arrivalDate', today: TUE, say: 'the 5th or the 6th whichever is cheaper', raise: { choose: FIFTH_OR_6TH } },
    { at: 'arrivalDate', today: TUE, say: 'friday or saturday', raise: { choose: FRIDAY_OR_SATURDAY } },
    { at: 'arrivalDate', today: TUE, say: 'tomorrow morning', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'tonight around 9', want: { arrival: '2026-12-01' } },
    { at: 'arrivalDate', today: TUE, say: 'tomorrow night pretty late', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'the 10th at like 3 in the afternoon', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'tomorrow at 2 am' },
    { at: 'arrivalDate', today: TUE, say: 'december 20th 2026', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: 'january 3rd 2027', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: TUE, say: 'the 20th of december 2027' },
    { at: 'arrivalDate', today: TUE, say: 'next month sometime' },
    // At the nights (the arrival held: Tuesday the 8th).
    { at: 'nights', today: TUE, say: 'uh we would be staying like three nights i think', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'three or four nights' },
    { at: 'nights', today: TUE, say: 'two maybe three' },
    { at: 'nights', today: TUE, say: 'checking out sunday around noon', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'we leave monday morning', want: { nights: 6 } },
    { at: 'nights', today: TUE, say: 'check out the 11th by 11', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'we gotta be out thursday', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'me and my wife and two kids' },
    { at: 'nights', today: TUE, say: 'two adults and one child' },
    { at: 'nights', today: TUE, say: 'ate nights', want: { nights: 8 } },
    { at: 'nights', today: TUE, say: 'too nights please', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'a few nights' },
    // At the rooms.
    { at: 'rooms', today: TUE, say: 'uh we would need like two rooms i think', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'two or three' },
    { at: 'rooms', today: TUE, say: 'me and my wife and two kids' },
    { at: 'rooms', today: TUE, say: 'too rooms', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'just the one room for the four of us', want: { rooms: 1 } },
    // At the read list of rooms: a place in the list.
    { at: 'roomType', today: TUE, say: 'the first one', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'um the last one', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'the second one you said', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'number three', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'the third option please', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, say: 'the cheaper one', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'the king i think', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'the queen or the king' },
    // At the name: titles, a bare "for".
    { at: 'name', today: TUE, say: 'its mister john smith', want: { name: 'John Smith' } },
    { at: 'name', today: TUE, say: 'yeah its under doctor emily chen', want: { name: 'Emily Chen' } },
    { at: 'name', today: TUE, say: 'the reservation would be under uh robert garcia', want: { name: 'Robert Garcia' } },
    { at: 'name', today: TUE, say: 'mrs linda park', want: { name: 'Linda Park' } },
    { at: 'name', today: TUE, say: 'um my name is uh james james miller', want: { name: 'James Miller' } },
    { at: 'name', today: TUE, say: 'for ana diaz', want: { name: 'Ana Diaz' } },
    { at: 'name', today: TUE, say: 'for my husband tom baker', want: { name: 'Tom Baker' } },
    // At the payment, the callback and the read-back.
    { at: 'payment', today: TUE, say: 'i think we will probably just pay with a credit card', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'cash or credit i dont know yet' },
    { at: 'payment', today: TUE, say: 'uh debit i guess', want: { payment: 'debit_card' } },
    { at: 'callback', today: TUE, say: 'yeah you can reach me at the number im calling from', want: { callback: NYC } },
    { at: 'callback', today: TUE, say: 'its 305 555 0142', want: { callback: '+13055550142' } },
    { at: 'readBack', today: TUE, say: 'yeah i think thats everything', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'yes but make it three nights', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'actually could we do the 9th or the 10th instead' },
    // At an offer: a place in the list.
    { at: 'offer', today: TUE, say: 'the first one', want: { roomType: 'DLX' } },
    { at: 'offer', today: TUE, say: 'uh the last one', want: { roomType: 'STD' } },
    { at: 'offer', today: TUE, say: 'the cheaper one', want: { roomType: 'STD' } },
  ],
};

export const heldOut21EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'room dec 20 2026 2 nights', want: { rooms: 1, arrival: '2026-12-20', nights: 2 } },
    { at: 'first', today: TUE, say: 'decmber 18 for 2 nts', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: 'janurary 3rd 1 night', want: { arrival: '2027-01-03', nights: 1 } },
    { at: 'first', today: TUE, say: 'febuary 5, 2 rooms', want: { rooms: 2, arrival: '2027-02-05' } },
    { at: 'first', today: TUE, say: 'the 12th or 13th, whichever is cheaper', raise: { choose: TWELFTH_OR_13TH } },
    { at: 'first', today: TUE, say: 'tmrw morning, 1 room', want: { rooms: 1, arrival: '2026-12-02' } },
    { at: 'first', today: TUE, say: 'need a room tonight around 9pm', want: { rooms: 1, arrival: '2026-12-01' } },
    { at: 'first', today: TUE, say: 'a wk and a half from the 14th', want: { arrival: '2026-12-14' } },
    { at: 'first', today: TUE, say: 'sometime next month' },
    { at: 'first', today: TUE, say: 'left my charger in room 412 yesterday' },
    { at: 'first', today: TUE, say: 'my key card stopped working' },
    { at: 'first', today: TUE, say: 'king 12/9-12/11 for john smith', want: { roomType: 'DLX', arrival: '2026-12-09', nights: 2, name: 'John Smith' } },
    { at: 'first', today: TUE, say: 'checkin 18th checkout 20th by noon', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: '2 adults 2 kids the 19th, 3 or 4 nights', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: TUE, say: 'prob the 12th', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'dec 20th 2026', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: '20th or 21st', raise: { choose: TWENTIETH_OR_21ST } },
    { at: 'arrivalDate', today: TUE, say: 'tmrw am', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'janurary 8', want: { arrival: '2027-01-08' } },
    { at: 'nights', today: TUE, say: 'out sun by 11', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: '3 or 4' },
    { at: 'nights', today: TUE, say: '2 adults 1 kid' },
    { at: 'rooms', today: TUE, say: '2 maybe 3' },
    { at: 'roomType', today: TUE, say: 'the 1st one', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'last one', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: '2nd one', want: { roomType: 'DLX' } },
    { at: 'name', today: TUE, say: 'mr john smith', want: { name: 'John Smith' } },
    { at: 'name', today: TUE, say: 'dr. priya shah', want: { name: 'Priya Shah' } },
    { at: 'name', today: TUE, say: 'for ana diaz', want: { name: 'Ana Diaz' } },
    { at: 'offer', today: TUE, say: '1st one', want: { roomType: 'DLX' } },
    { at: 'offer', today: TUE, say: 'the last', want: { roomType: 'STD' } },
  ],
};

export const heldOut21EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // La respuesta dentro de una frase, dudosa, repetida.
    { at: 'greeting', today: TUE, caller: GDL, say: 'bueno sí este llegaríamos como el 18 creo dos noches', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'el el 18 el 18 por dos dos noches', want: { arrival: '2026-12-18', nights: 2 } },
    // Dos opciones: se pregunta.
    { at: 'greeting', today: TUE, caller: GDL, say: 'a lo mejor el 12 o el 13', raise: { choose: TWELFTH_OR_13TH } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'quería un cuarto para el 5 o el 6 el que salga más barato', want: { rooms: 1 }, raise: { choose: FIFTH_OR_6TH } },
    // Horas por fechas.
    { at: 'greeting', today: TUE, caller: GDL, say: 'ocupo un cuarto para hoy en la noche como a las 9', want: { rooms: 1, arrival: '2026-12-01' } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'para mañana en la mañana una habitación', want: { rooms: 1, arrival: '2026-12-02' } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'llegamos mañana en la noche como a las 10', want: { arrival: '2026-12-02' } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'llegamos mañana ya de madrugada como a las 2' },
    // Fechas con el año.
    { at: 'greeting', today: TUE, caller: GDL, say: 'para el 20 de diciembre del 26 tres noches', want: { arrival: '2026-12-20', nights: 3 } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'del 3 de enero de 2027 al 6', want: { arrival: '2027-01-03', nights: 3 } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'el 20 de diciembre de 2027 una noche', want: { nights: 1 } },
    // Números mal oídos.
    { at: 'greeting', today: TUE, caller: GDL, say: 'una habitación para el dies de diciembre', want: { rooms: 1, arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'para el quinse trese noches', want: { arrival: '2026-12-15', nights: 13 } },
    // Salida con hora.
    { at: 'greeting', today: TUE, caller: GDL, say: 'entramos el 22 y salimos el 24 como a mediodía', want: { arrival: '2026-12-22', nights: 2 } },
    // Personas, no cuartos.
    { at: 'greeting', today: TUE, caller: GDL, say: 'somos mi esposa yo y dos niños para el 19', want: { arrival: '2026-12-19' } },
    // Nombres con título, con "para".
    { at: 'greeting', today: TUE, caller: GDL, say: 'una doble del 9 al 11 para ana díaz', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-09', nights: 2, name: 'Ana Díaz' } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'a nombre del licenciado jorge ramírez para el 15 dos noches', want: { arrival: '2026-12-15', nights: 2, name: 'Jorge Ramírez' } },
    // Estancias vagas.
    { at: 'greeting', today: TUE, caller: GDL, say: 'una semana y media a partir del 14', want: { arrival: '2026-12-14' } },
    { at: 'greeting', today: TUE, caller: GDL, say: 'para el próximo mes unos días' },
    // No es una reservación.
    { at: 'greeting', today: TUE, caller: GDL, say: 'quería ver lo de un cargador que olvidé en el cuarto', raise: 'desk' },
    { at: 'greeting', today: TUE, caller: GDL, say: 'la llave de mi cuarto no funciona', raise: 'desk' },
    { at: 'greeting', today: TUE, caller: GDL, say: 'oiga está abierto el servicio a cuartos' },
    { at: 'greeting', today: TUE, caller: GDL, say: 'quiero quedarme una noche más' },
    { at: 'greeting', today: TUE, caller: GDL, say: 'está abierto el restaurante hoy en la noche' },
    // En la fecha de llegada.
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'pues llegaríamos el este el 18 creo', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'a lo mejor el 12', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el 12 o el 13', raise: { choose: TWELFTH_OR_13TH } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el 5 o el 6 lo que esté más barato', raise: { choose: FIFTH_OR_6TH } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el viernes o el sábado', raise: { choose: FRIDAY_OR_SATURDAY } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'mañana temprano', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'hoy en la noche como a las 9', want: { arrival: '2026-12-01' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'pasado mañana en la tarde', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: '20 de diciembre del 26', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el 3 de enero del 2027', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el dies', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el quinse de diciembre', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'mmm el veinte', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el mes que entra' },
    // En las noches (llegada el martes 8).
    { at: 'nights', today: TUE, caller: GDL, say: 'pues nos quedaríamos como tres noches creo', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'tres o cuatro noches' },
    { at: 'nights', today: TUE, caller: GDL, say: 'salimos el domingo como a mediodía', want: { nights: 5 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'nos vamos el lunes temprano', want: { nights: 6 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'entregamos el cuarto el viernes a las 11', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'dos adultos y un niño' },
    { at: 'nights', today: TUE, caller: GDL, say: 'trese noches', want: { nights: 13 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'dies noches', want: { nights: 10 } },
    { at: 'nights', today: TUE, caller: GDL, say: 'unos días' },
    // En los cuartos.
    { at: 'rooms', today: TUE, caller: GDL, say: 'pues ocuparíamos este dos cuartos', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: GDL, say: 'dos o tres' },
    { at: 'rooms', today: TUE, caller: GDL, say: 'somos mi esposa y yo y dos niños' },
    { at: 'rooms', today: TUE, caller: GDL, say: 'nada más uno para los cuatro', want: { rooms: 1 } },
    // En la lista de cuartos.
    { at: 'roomType', today: TUE, caller: GDL, say: 'la primera', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: GDL, say: 'la última', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, caller: GDL, say: 'la segunda que dijo', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, caller: GDL, say: 'la número tres', want: { roomType: 'DQ' } },
    { at: 'roomType', today: TUE, caller: GDL, say: 'la suite o la king' },
    // En el nombre.
    { at: 'name', today: TUE, caller: GDL, say: 'a nombre del licenciado jorge ramírez', want: { name: 'Jorge Ramírez' } },
    { at: 'name', today: TUE, caller: GDL, say: 'la señora patricia gómez', want: { name: 'Patricia Gómez' } },
    { at: 'name', today: TUE, caller: GDL, say: 'para ana díaz', want: { name: 'Ana Díaz' } },
    { at: 'name', today: TUE, caller: GDL, say: 'este pues a nombre de de carlos méndez', want: { name: 'Carlos Méndez' } },
    { at: 'name', today: TUE, caller: GDL, say: 'el ingeniero luis torres', want: { name: 'Luis Torres' } },
    { at: 'name', today: TUE, caller: GDL, say: 'doña carmen ruiz', want: { name: 'Carmen Ruiz' } },
    // En el pago, el número y la lectura.
    { at: 'payment', today: TUE, caller: GDL, say: 'pues creo que con tarjeta de débito', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: GDL, say: 'efectivo o tarjeta todavía no sé' },
    { at: 'payment', today: TUE, caller: GDL, say: 'con la de crédito', want: { payment: 'credit_card' } },
    { at: 'callback', today: TUE, caller: GDL, say: 'a este mismo número del que hablo', want: { callback: GDL } },
    { at: 'callback', today: TUE, caller: GDL, say: 'mi cel es 33 98 76 54 32', want: { callback: '+523398765432' } },
    { at: 'readBack', today: TUE, caller: GDL, say: 'sí creo que todo está bien', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: GDL, say: 'sí pero que sean tres noches', want: { nights: 3 } },
    // En una oferta.
    { at: 'offer', today: TUE, caller: GDL, say: 'la primera', want: { roomType: 'DLX' } },
    { at: 'offer', today: TUE, caller: GDL, say: 'la última', want: { roomType: 'STD' } },
    { at: 'offer', today: TUE, caller: GDL, say: 'la más barata', want: { roomType: 'STD' } },
  ],
};

export const heldOut21EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: GDL, say: 'hab 20 dic 2026 2 noches', want: { rooms: 1, arrival: '2026-12-20', nights: 2 } },
    { at: 'first', today: TUE, caller: GDL, say: 'dicembre 18, 2 noches', want: { arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, caller: GDL, say: 'enro 3, 1 noche', want: { arrival: '2027-01-03', nights: 1 } },
    { at: 'first', today: TUE, caller: GDL, say: 'el 12 o 13 lo q sea mas barato', raise: { choose: TWELFTH_OR_13TH } },
    { at: 'first', today: TUE, caller: GDL, say: 'mñn temprano 1 hab', want: { rooms: 1, arrival: '2026-12-02' } },
    { at: 'first', today: TUE, caller: GDL, say: 'para hoy como a las 9', want: { arrival: '2026-12-01' } },
    { at: 'first', today: TUE, caller: GDL, say: 'deje mi cargador en el cuarto 305' },
    { at: 'first', today: TUE, caller: GDL, say: 'semana y media desde el 14', want: { arrival: '2026-12-14' } },
    { at: 'first', today: TUE, caller: GDL, say: 'doble del 9 al 11 para ana diaz', want: { roomType: 'DQ', arrival: '2026-12-09', nights: 2, name: 'Ana Diaz' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'creo q el 18', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: '20/12/26', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'el 5 o 6', raise: { choose: FIFTH_OR_6TH } },
    { at: 'nights', today: TUE, caller: GDL, say: 'salgo el dom a mediodia', want: { nights: 5 } },
    { at: 'nights', today: TUE, caller: GDL, say: '3 o 4' },
    { at: 'nights', today: TUE, caller: GDL, say: '2 adultos 1 niño' },
    { at: 'rooms', today: TUE, caller: GDL, say: '2 o 3' },
    { at: 'roomType', today: TUE, caller: GDL, say: 'la 1ra', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, caller: GDL, say: 'la ultima', want: { roomType: 'STD' } },
    { at: 'name', today: TUE, caller: GDL, say: 'lic. jorge ramirez', want: { name: 'Jorge Ramirez' } },
    { at: 'name', today: TUE, caller: GDL, say: 'sra. patricia gomez', want: { name: 'Patricia Gomez' } },
    { at: 'offer', today: TUE, caller: GDL, say: 'la primera', want: { roomType: 'DLX' } },
  ],
};
