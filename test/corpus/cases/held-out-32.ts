// Held-out round 32 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish, as phone speech-to-text gives them (lowercase, digits
// or words, "uh", "este", false starts, sound-alikes) and as they text (abbreviations, caps, emoji,
// no accents, two messages' worth in one).
// New ground: days named through holidays not set before ("martin luther king day" 18 January,
// "presidents day weekend" its Friday or Saturday as Memorial Day's, "el día de la candelaria" 2
// February, "para el cinco de mayo", "el día del niño" 30 April; "el puente de enero", "super bowl
// weekend", "después de semana santa": no certain day, asked; "the day after thanksgiving" said in
// December: past, asked about); stays said by their ends across the year's turn ("from the 30th to
// the 2nd", "del 30 al 2", "30/12 al 2/1", "checking out new year's day", "hasta año nuevo",
// "salimos el domingo"); "the first", "el primero", "el 1ro" said on 21 December (1 January);
// numbers that could be two fields ("2 2", "dos dos", "2 y 2": asked; "4 for 3 nights": the nights,
// the four asked; "3 cuartos 3 noches"); hours that are no day ("at 3", "a las diez de la noche
// llegamos": asked; "at 10 tonight", "mañana a las diez de la noche": the day); names spelled or
// explained ("jon like j o n smith", "kate with a k", "sara without an h", "ese eme i te hache",
// "i be a erre erre a", "karla con k", "Smith, John"), double surnames with "de" ("María Fernández de
// la Cruz", "José Luis Pérez de León"); callback numbers in groups ("six four six, five five five,
// zero one nine nine", "treinta y tres, dieciocho, veinte, cuarenta, diez"); read-back answers that
// are a change ("yes except we're coming the 9th", "sí, nada más que a nombre de mi esposa",
// "todo bien pero agréguele una noche"); politeness that carries no answer ("yes one sec", "sí
// claro déjeme ver": nothing taken, and no yes at the read-back); texts that answer two questions
// ("Ana Lopez, cash", "cash. my cell is 646-555-0199", "efectivo, y el tel es este mismo"); an
// existing reservation changed indirectly ("we're coming a day later now", "ya no vamos a llegar el
// 8 sino el 9", "ya no llegamos el martes sino el miércoles", "ocupamos otro cuarto", "atrásela un
// día", "que sean tres noches").
// First run, as written, before its session's fixes: 199 cases, 89.4% of 227 units understood, 21
// asked again, 18 silently wrong ("super bowl weekend", said and texted, as this weekend, 4 December
// for two nights; "we get in at 3" at the nights question as three nights; "yes one sec" as one
// night and as one room; "2 2", "dos dos" at the rooms question as two rooms; "jon like j o n smith"
// and "Jon (J-O-N) Smith" as "Jon"; "yeah but its gonna be 2 rooms" at the read-back as the name
// "Gonna Be"; "todo bien pero agréguele una noche" as one night). Asked again, among others: "para la
// candelaria", "first of the year", "yes but put it under my husband's name" (read back again, no
// change asked), a callback given with the way to pay, "que sean tres noches" and "ocupamos otro
// cuarto" at a reservation on file.
// After the first fixes (an occasion's weekend names none; an hour, a wait, one number said twice
// are no count; a spelling after "like" or in brackets goes; "gonna" is no name; "agréguele" adds; a
// yes held by its "but" with a detail asks that detail): 92.5% of 227 units, 17 asked again, none
// silently wrong.
// Five expectations corrected to rules the project had set (marked): "king, day after new years"
// texted leaves the rooms asked (a type said bare); "can we get another room", "ocupamos otro cuarto",
// "otra hab porfa" at a reservation on file are another booking (stay-change.ts); "ya no llegamos el
// martes sino el miércoles" offers both Wednesdays, as a weekday said alone does (stay-change.ts).
// After the second fixes ("que sean…" at a reservation on file a change, not a question about it; a
// weekday said with another ruled out read as said alone; "la candelaria", "first of the year"):
// 97.7% of 222 units, 5 asked again, none silently wrong.
// Round 31 corrected (marked there): "do you have anything tonight just one night" is tonight, one
// night, its rooms asked ("anything" counts none, as "anything for Thursday" in earlier rounds).
// After all its session's fixes: 199 cases, 97.7% of 222 units, 5 asked again, none silently wrong.
// Left asked: a callback number said with the way to pay ("cash and my number is 646 555 0199",
// three more alike: the way to pay is taken, the number asked next, as the booking keeps no number
// before its question); "mejor nada más una noche" at a reservation on file was read back as three
// nights (flows/stay-shift.ts read the "más" of "nada más", only, as more): now the nights are asked. All 32
// rounds: 5,359 cases, 7,009 units, 99.1% understood, 60 asked again, none silently wrong.
// Calendar in ./days.ts; Monday 21 December 2026: Thu 24, Fri 25 … Mon 28, Wed 30, Thu 31; Jan
// 2027: Fri 1, Sat 2, Sun 3, Mon 18 (Martin Luther King Day); Feb 2027: Tue 2, Fri 12, Sat 13, Mon 15
// (Presidents Day). At the later questions the call has (keyed) the arrival a week ahead (Tuesday 8
// December from Tuesday 1, Monday 28 December from Monday 21), the Ocean Suite, 1 room, 2 nights,
// Ana Díaz, cash, and the number calling. The reservation on file (at 'reservation'): Tuesday 8
// December, the Double Queen, 1 room, 2 nights.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Mexico City (the Spanish calls). */
const CDMX = '+525587654321';
/** Monday 21 December 2026: the year's turn said before Christmas. */
const DEC_21 = '2026-12-21';
/** Presidents Day is Monday 15 February 2027: Friday 12 or Saturday 13. */
const PRESIDENTS_WEEKEND = ['2027-02-12', '2027-02-13'];

export const heldOut32EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // Whole requests.
    { at: 'greeting', today: TUE, say: 'hi um yeah i need a room from the 30th to the 2nd', want: { rooms: 1, arrival: '2026-12-30', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'two rooms checking in the 28th checking out new years day', want: { rooms: 2, arrival: '2026-12-28', nights: 4 } },
    { at: 'greeting', today: DEC_21, say: 'do you have a king the day after new years for two nights', want: { rooms: 1, roomType: 'DLX', arrival: '2027-01-02', nights: 2 } },
    { at: 'greeting', today: DEC_21, say: 'a room for martin luther king day one night', want: { rooms: 1, arrival: '2027-01-18', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'need a room presidents day weekend', want: { rooms: 1 }, raise: { choose: PRESIDENTS_WEEKEND } },
    { at: 'greeting', today: TUE, say: 'uh four for three nights starting friday', want: { arrival: '2026-12-04', nights: 3 } },
    { at: 'greeting', today: TUE, say: '2 2' },
    { at: 'greeting', today: TUE, say: 'a room friday we get in at 11', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'greeting', today: TUE, say: 'three rooms three nights on the 18th', want: { rooms: 3, nights: 3, arrival: '2026-12-18' } },
    { at: 'greeting', today: DEC_21, say: 'id like to book something for the first', want: { arrival: '2027-01-01' } },
    { at: 'greeting', today: TUE, say: 'yeah hi just one sec' },
    { at: 'greeting', today: TUE, say: 'a room for super bowl weekend', want: { rooms: 1 } },
    // Dates through holidays, ends and hours.
    { at: 'arrivalDate', today: DEC_21, say: 'the thirtieth to the second', want: { arrival: '2026-12-30', nights: 3 } },
    { at: 'arrivalDate', today: DEC_21, say: 'the first', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: DEC_21, say: 'uh the twenty second', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: DEC_21, say: 'the day after new years', want: { arrival: '2027-01-02' } },
    { at: 'arrivalDate', today: DEC_21, say: 'martin luther king day', want: { arrival: '2027-01-18' } },
    { at: 'arrivalDate', today: DEC_21, say: 'christmas eve through the 27th', want: { arrival: '2026-12-24', nights: 3 } },
    { at: 'arrivalDate', today: DEC_21, say: 'first of the year', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'presidents day weekend', raise: { choose: PRESIDENTS_WEEKEND } },
    { at: 'arrivalDate', today: TUE, say: 'the day after thanksgiving', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'super bowl weekend' },
    { at: 'arrivalDate', today: TUE, say: 'at 3' },
    { at: 'arrivalDate', today: TUE, say: 'around 3 pm' },
    { at: 'arrivalDate', today: TUE, say: 'at 10 tonight', want: { arrival: '2026-12-01' } },
    { at: 'arrivalDate', today: TUE, say: 'tomorrow around 3', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'friday we get in at 11 at night', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'yes one sec' },
    // Nights by the day of leaving.
    { at: 'nights', today: DEC_21, say: 'checking out new years day', want: { nights: 4 } },
    { at: 'nights', today: DEC_21, say: 'till the 2nd', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'we leave sunday morning', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'we get in at 3' },
    { at: 'nights', today: TUE, say: 'three nights theres four of us', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'yes one sec' },
    // Rooms: counts that could be two fields.
    { at: 'rooms', today: TUE, say: '2 2' },
    { at: 'rooms', today: TUE, say: 'two rooms three nights', want: { rooms: 2, nights: 3 } },
    { at: 'rooms', today: TUE, say: 'one for me and one for my parents', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'yes one sec' },
    { at: 'roomType', today: TUE, say: 'the ocean sweet', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'uh the king', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'one sec let me ask my wife' },
    // Names spelled and explained.
    { at: 'name', today: TUE, say: 'jon like j o n smith', want: { name: 'Jon Smith' } },
    { at: 'name', today: TUE, say: 'its kate with a k kate miller', want: { name: 'Kate Miller' } },
    { at: 'name', today: TUE, say: 'sara without an h sara lee', want: { name: 'Sara Lee' } },
    { at: 'name', today: TUE, say: 'john smith s m i t h', want: { name: 'John Smith' } },
    { at: 'name', today: TUE, say: 'mary ann de la cruz', want: { name: 'Mary Ann de la Cruz' } },
    { at: 'name', today: TUE, say: 'yes one sec' },
    // Payment.
    { at: 'payment', today: TUE, say: 'visa debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'cash and my number is 646 555 0199', want: { payment: 'cash', callback: '+16465550199' } },
    { at: 'payment', today: TUE, say: 'cash or card whatever is easier' },
    { at: 'payment', today: TUE, say: 'yes one sec' },
    // Callback in groups.
    { at: 'callback', today: TUE, say: 'six four six, five five five, zero one nine nine', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'area code nine one seven five five five two two one one', want: { callback: '+19175552211' } },
    { at: 'callback', today: TUE, say: 'my number is two one two, five five five, oh one, nine nine', want: { callback: '+12125550199' } },
    { at: 'callback', today: TUE, say: 'yes one sec let me find it' },
    // The read-back.
    { at: 'readBack', today: TUE, say: 'yeah but its gonna be 2 rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'yes except were coming the 9th', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, say: 'yes but put it under my husbands name', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, say: 'correct but add a night', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'yes one sec', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'hold on let me check with my wife', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'yes thats everything', raise: 'booked' },
    { at: 'readBack', today: TUE, say: 'no the date is wrong', raise: { change: 'arrivalDate' } },
    // An existing reservation changed indirectly.
    { at: 'reservation', today: TUE, say: 'were coming a day later now', want: { arrival: '2026-12-09' } },
    { at: 'reservation', today: TUE, say: 'well be getting in a day early', want: { arrival: '2026-12-07' } },
    // (Written at first as two rooms: "another room" at a reservation is another booking, as stay-change.ts sets.)
    { at: 'reservation', today: TUE, say: 'can we get another room' },
    { at: 'reservation', today: TUE, say: 'were gonna stay one extra night', want: { nights: 3 } },
    { at: 'reservation', today: TUE, say: 'were only staying one night now', want: { nights: 1 } },
    { at: 'reservation', today: TUE, say: 'the 9th instead', want: { arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'i need to push my reservation back a day', raise: 'lookup' },
    { at: 'arrivalDate', today: DEC_21, say: 'the second of january', want: { arrival: '2027-01-02' } },
  ],
};

export const heldOut32EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'room 12/30-1/2', want: { rooms: 1, arrival: '2026-12-30', nights: 3 } },
    { at: 'first', today: TUE, say: '4 for 3 nights from fri', want: { arrival: '2026-12-04', nights: 3 } },
    { at: 'first', today: TUE, say: '2 2' },
    // (Written at first with one room: a type said bare, with no article nor count, leaves the rooms asked, as rounds 13–25 set.)
    { at: 'first', today: DEC_21, say: 'king, day after new years, 2 nts', want: { roomType: 'DLX', arrival: '2027-01-02', nights: 2 } },
    { at: 'first', today: DEC_21, say: 'MLK day 1 nt', want: { arrival: '2027-01-18', nights: 1 } },
    { at: 'first', today: TUE, say: '3 rooms 3 nights 12/18', want: { rooms: 3, nights: 3, arrival: '2026-12-18' } },
    { at: 'first', today: TUE, say: 'room fri, name is mark chen, paying cash', want: { rooms: 1, arrival: '2026-12-04', name: 'Mark Chen', payment: 'cash' } },
    { at: 'first', today: TUE, say: 'presidents day wknd? 1 room', want: { rooms: 1 }, raise: { choose: PRESIDENTS_WEEKEND } },
    { at: 'arrivalDate', today: DEC_21, say: 'the 1st', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: DEC_21, say: '30th-2nd', want: { arrival: '2026-12-30', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'at 3' },
    { at: 'arrivalDate', today: DEC_21, say: '1/1', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'tmrw ~3pm', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'day after thanksgiving', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'fri, 2 nts', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'super bowl wknd' },
    { at: 'nights', today: DEC_21, say: 'out new years day', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'till sun', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: '3 nts, 2 rooms', want: { nights: 3, rooms: 2 } },
    { at: 'nights', today: TUE, say: 'we get in at 3' },
    { at: 'rooms', today: TUE, say: '2 2' },
    { at: 'rooms', today: TUE, say: '2 rooms, 3 nts', want: { rooms: 2, nights: 3 } },
    { at: 'roomType', today: TUE, say: 'KING!!', want: { roomType: 'DLX' } },
    { at: 'name', today: TUE, say: 'Jon (J-O-N) Smith', want: { name: 'Jon Smith' } },
    { at: 'name', today: TUE, say: 'Smith, John', want: { name: 'John Smith' } },
    { at: 'name', today: TUE, say: 'Ana Lopez, cash', want: { name: 'Ana Lopez', payment: 'cash' } },
    { at: 'name', today: TUE, say: 'one sec' },
    { at: 'payment', today: TUE, say: 'visa debit', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'cash. my cell is 646-555-0199', want: { payment: 'cash', callback: '+16465550199' } },
    { at: 'payment', today: TUE, say: 'one sec' },
    { at: 'callback', today: TUE, say: '646.555.0199', want: { callback: '+16465550199' } },
    { at: 'callback', today: TUE, say: 'one sec' },
    { at: 'readBack', today: TUE, say: 'yes but 2 rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'yes but under my wifes name', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, say: 'one sec', raise: 'wait' },
    { at: 'readBack', today: TUE, say: 'yes except its the 9th', want: { arrival: '2026-12-09' } },
    { at: 'reservation', today: TUE, say: 'coming a day later now', want: { arrival: '2026-12-09' } },
    { at: 'reservation', today: TUE, say: 'need 1 more room', want: { rooms: 2 } },
    { at: 'reservation', today: TUE, say: 'arriving the 9th instead', want: { arrival: '2026-12-09' } },
  ],
};

export const heldOut32EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Peticiones completas.
    { at: 'menu', today: TUE, caller: CDMX, say: 'tres cuartos por tres noches el viernes', want: { rooms: 3, nights: 3, arrival: '2026-12-04' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'quiero reservar dos y dos' },
    { at: 'menu', today: TUE, caller: CDMX, say: 'una habitación del 30 al 2', want: { rooms: 1, arrival: '2026-12-30', nights: 3 } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'una doble para la candelaria', want: { rooms: 1, roomType: 'DQ', arrival: '2027-02-02' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'cuatro para tres noches a partir del viernes', want: { arrival: '2026-12-04', nights: 3 } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'una habitación el viernes llegamos como a las once', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'una habitación para el puente de enero', want: { rooms: 1 } },
    { at: 'menu', today: DEC_21, caller: CDMX, say: 'dos cuartos entramos el 30 y salimos el primero', want: { rooms: 2, arrival: '2026-12-30', nights: 2 } },
    // Fechas por fiestas, extremos y horas.
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el día de la candelaria', want: { arrival: '2027-02-02' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para la candelaria', want: { arrival: '2027-02-02' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el puente de enero' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'después de semana santa' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'para el cinco de mayo', want: { arrival: '2027-05-05' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a las diez de la noche llegamos' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mañana a las diez de la noche', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a las 3' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'el viernes a las once de la noche', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'del 30 al 2', want: { arrival: '2026-12-30', nights: 3 } },
    { at: 'arrivalDate', today: DEC_21, caller: CDMX, say: 'el primero', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: DEC_21, caller: CDMX, say: 'entramos el 30 y salimos el primero', want: { arrival: '2026-12-30', nights: 2 } },
    { at: 'arrivalDate', today: DEC_21, caller: CDMX, say: 'del 31 de diciembre al 2 de enero', want: { arrival: '2026-12-31', nights: 2 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'sí claro déjeme ver' },
    // Noches.
    { at: 'nights', today: TUE, caller: CDMX, say: 'salimos el domingo', want: { nights: 5 } },
    { at: 'nights', today: DEC_21, caller: CDMX, say: 'nos vamos el primero', want: { nights: 4 } },
    { at: 'nights', today: DEC_21, caller: CDMX, say: 'hasta el día de año nuevo', want: { nights: 4 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'llegamos a las tres' },
    { at: 'nights', today: TUE, caller: CDMX, say: 'tres noches somos cuatro', want: { nights: 3 } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'sí claro déjeme ver' },
    // Cuartos.
    { at: 'rooms', today: TUE, caller: CDMX, say: 'dos dos' },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'tres cuartos tres noches', want: { rooms: 3, nights: 3 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'una para mí y otra para mis papás', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: 'sí claro déjeme ver' },
    // Nombres deletreados y apellidos compuestos.
    { at: 'name', today: TUE, caller: CDMX, say: 'juan smith ese eme i te hache', want: { name: 'Juan Smith' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'maría fernández de la cruz', want: { name: 'María Fernández de la Cruz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'a nombre de josé luis pérez de león', want: { name: 'José Luis Pérez de León' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'karla con k karla méndez', want: { name: 'Karla Méndez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'rocío ibarra i be a erre erre a', want: { name: 'Rocío Ibarra' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'sí claro déjeme ver' },
    // Pago.
    { at: 'payment', today: TUE, caller: CDMX, say: 'con tarjeta de débito visa', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo o tarjeta lo que sea' },
    { at: 'payment', today: TUE, caller: CDMX, say: 'con débito y el teléfono es este mismo', want: { payment: 'debit_card', callback: CDMX } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'sí claro déjeme ver' },
    // Teléfono por grupos.
    { at: 'callback', today: TUE, caller: CDMX, say: 'treinta y tres, dieciocho, veinte, cuarenta, diez', want: { callback: '+523318204010' } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'cinco cinco, ochenta y siete, sesenta y cinco, cuarenta y tres, veintiuno', want: { callback: CDMX } },
    { at: 'callback', today: TUE, caller: CDMX, say: 'al de mi oficina' },
    { at: 'callback', today: TUE, caller: CDMX, say: 'sí claro déjeme ver' },
    // La lectura.
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí nada más que a nombre de mi esposa', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí nomás que llegamos el 9', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'todo bien pero agréguele una noche', want: { nights: 3 } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí claro déjeme ver', raise: 'wait' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'sí así está bien', raise: 'booked' },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'está mal la fecha', raise: { change: 'arrivalDate' } },
    // Cambiar una reservación, dicho de lado.
    { at: 'reservation', today: TUE, caller: CDMX, say: 'ya no vamos a llegar el 8 sino el 9', want: { arrival: '2026-12-09' } },
    // (Written at first as Wednesday the 9th: a weekday said for a stay booked past its coming one offers both, as stay-change.ts sets.)
    { at: 'reservation', today: TUE, caller: CDMX, say: 'ya no llegamos el martes sino el miércoles' },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'que sean tres noches', want: { nights: 3 } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'mejor nada más una noche', want: { nights: 1 } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'llegamos un día después', want: { arrival: '2026-12-09' } },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'recórrala para el 10', want: { arrival: '2026-12-10' } },
    // (Written at first as two rooms, as the English one.)
    { at: 'reservation', today: TUE, caller: CDMX, say: 'ocupamos otro cuarto' },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'atrásela un día', want: { arrival: '2026-12-09' } },
    { at: 'menu', today: TUE, caller: CDMX, say: 'quiero cambiar mi reservación para un día después', raise: 'lookup' },
    { at: 'arrivalDate', today: DEC_21, caller: CDMX, say: 'el dos de enero en la noche', want: { arrival: '2027-01-02' } },
  ],
};

export const heldOut32EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, caller: CDMX, say: 'hab del 30 al 2', want: { rooms: 1, arrival: '2026-12-30', nights: 3 } },
    { at: 'first', today: TUE, caller: CDMX, say: '3 cuartos 3 noches el vie', want: { rooms: 3, nights: 3, arrival: '2026-12-04' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'reservar 2 y 2' },
    { at: 'first', today: TUE, caller: CDMX, say: 'hab p la candelaria', want: { rooms: 1, arrival: '2027-02-02' } },
    { at: 'first', today: TUE, caller: CDMX, say: 'puente de enero 2 habs', want: { rooms: 2 } },
    { at: 'first', today: TUE, caller: CDMX, say: 'dos habs el 18, a nombre de maria lopez, pago en efectivo', want: { rooms: 2, arrival: '2026-12-18', name: 'Maria Lopez', payment: 'cash' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: '30/12 al 2/1', want: { arrival: '2026-12-30', nights: 3 } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'a las 10 pm' },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'mañana 10pm', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: DEC_21, caller: CDMX, say: 'el 1ro', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, caller: CDMX, say: 'dia de la candelaria', want: { arrival: '2027-02-02' } },
    { at: 'nights', today: TUE, caller: CDMX, say: 'salimos el dom', want: { nights: 5 } },
    { at: 'nights', today: DEC_21, caller: CDMX, say: 'hasta año nuevo', want: { nights: 4 } },
    { at: 'rooms', today: TUE, caller: CDMX, say: '2 2' },
    { at: 'rooms', today: TUE, caller: CDMX, say: '2 habs 3 noches', want: { rooms: 2, nights: 3 } },
    { at: 'name', today: TUE, caller: CDMX, say: 'Maria Fernandez de la Cruz', want: { name: 'Maria Fernandez de la Cruz' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'KARLA MENDEZ', want: { name: 'Karla Mendez' } },
    { at: 'name', today: TUE, caller: CDMX, say: 'juan smith (s-m-i-t-h)', want: { name: 'Juan Smith' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'debito visa', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, caller: CDMX, say: 'efectivo, y el tel es este mismo', want: { payment: 'cash', callback: CDMX } },
    { at: 'callback', today: TUE, caller: CDMX, say: '33 18 20 40 10', want: { callback: '+523318204010' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si nomas que a nombre de mi esposa', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si pero 2 cuartos', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, caller: CDMX, say: 'si claro dejeme ver', raise: 'wait' },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'llegamos 1 dia despues', want: { arrival: '2026-12-09' } },
    // (Written at first as two rooms, as the English one.)
    { at: 'reservation', today: TUE, caller: CDMX, say: 'otra hab porfa' },
    { at: 'reservation', today: TUE, caller: CDMX, say: 'q sean 3 noches', want: { nights: 3 } },
  ],
};
