// Held-out round 17 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish. Answers given at the wrong question: early (a detail
// not yet asked: a room type, rooms, nights, a name, a payment at the date question), late (one
// already given, said again or changed: "deluxe" at the rooms question, "two rooms" at the name,
// "credit card" at the callback), across ("until Sunday", "Sunday", "the 12th" at the nights
// question; nights or people at the rooms question; a phone number at the name question; a payment
// method or a name at the callback question), and what only looks like an answer: "yes", "ok",
// "sure" where no yes/no was asked, "for four people" at the rooms question, "Visa" or "same
// number" at the name, a number that could be a key, a count or a day ("2", "the 2nd", "el dos",
// "veinte"). What belongs to another question is kept for it, or asked; never taken for this one.
// First run, as written, before its session's fixes: 20 of 251 cases fell short, 96.7% of 121 units
// understood, 4 asked again, 19 silently wrong ("Deluxe King" and "dlx king" taken as a name, "En"
// from "en efectivo", "The Same As Last Time", "Nada Más Yo", "Solo Yo", "El Mismo Num"; "the 12th",
// "el doce" alone at the rooms, callback and read-back questions moving the arrival; "somos 4" as the
// 4th). Ten expectations corrected where the project had set the rule: "Visa", "Mastercard", "amex"
// are a credit card (understanding/payment.ts), kept at the name question too; a way to pay said at
// an offer is kept; "Domingo" alone at the name question is a name (Domingo García). With them: 93.1%
// of 130 units, 9 asked again, 15 silently wrong. After the fixes: none short, 100%. Three cases
// added after the readers were read (marked), each taken before: "for two", "para dos" as the 2nd,
// "nomás nosotros dos" as two rooms; then "Friday", "el viernes" when asked which Friday, as the 4th;
// texted at the name question, "2 ppl", "fri", "k" as names; said there, "Sale", "Ándale pues", "A mi
// nombre" as names; "for 2", "para dos", "2 adlts", "2 pers" at the rooms question as two rooms.
// Calendar in ./days.ts; at the later questions the call has (keyed) the arrival a week ahead
// (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room, 2 nights, Ana Díaz, cash, and the
// number calling (New York, or Guadalajara for the Spanish calls where it says). At a date choice
// the caller said "next Friday" on Tuesday 1: Friday 4 or Friday 11.
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Guadalajara. */
const GDL = '+523312345678';
/** The number calling in the English calls and texts (the runner's). */
const NYC = '+12125550123';

export const heldOut17EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // At the arrival date.
    { at: 'arrivalDate', today: TUE, say: 'The suite, please.', want: { roomType: 'OCEAN' } },
    { at: 'arrivalDate', today: TUE, say: 'Two rooms.', want: { rooms: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'Three nights.', want: { nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: "I'll be paying cash." , want: { payment: 'cash' } },
    { at: 'arrivalDate', today: TUE, say: 'Yes.' },
    { at: 'arrivalDate', today: TUE, say: 'Okay.' },
    { at: 'arrivalDate', today: TUE, say: 'My number is 917 555 0134.' },
    { at: 'arrivalDate', today: TUE, say: 'For four people.' },
    { at: 'arrivalDate', today: TUE, say: 'The 2nd.', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'Twenty people.' },
    // At a date choice (Friday 4 or Friday 11).
    { at: 'dateChoice', today: TUE, say: 'Two nights.', want: { nights: 2 } },
    { at: 'dateChoice', today: TUE, say: 'Two rooms.', want: { rooms: 2 } },
    { at: 'dateChoice', today: TUE, say: 'Yes.' },
    { at: 'dateChoice', today: TUE, say: 'The king.', want: { roomType: 'DLX' } },
    { at: 'dateChoice', today: TUE, keys: '2', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'The 11th, for three nights.', want: { arrival: '2026-12-11', nights: 3 } },
    // At the room type.
    { at: 'roomType', today: TUE, say: 'Two rooms.', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'Three nights.', want: { nights: 3 } },
    { at: 'roomType', today: TUE, say: 'For two people.' },
    { at: 'roomType', today: TUE, say: 'Yes please.' },
    { at: 'roomType', today: TUE, say: "Whatever, we're paying cash.", want: { payment: 'cash' } },
    { at: 'roomType', today: TUE, say: 'Until Sunday.', want: { nights: 5 } },
    // At the rooms.
    { at: 'rooms', today: TUE, say: 'Three nights.', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'For four people.' },
    { at: 'rooms', today: TUE, say: 'Two adults and a child.' },
    { at: 'rooms', today: TUE, say: 'Until Friday.', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'The 12th.' },
    { at: 'rooms', today: TUE, say: 'Sure.' },
    { at: 'rooms', today: TUE, say: 'Okay.' },
    { at: 'rooms', today: TUE, say: 'Actually, the deluxe.', want: { roomType: 'DLX' } },
    { at: 'rooms', today: TUE, say: 'Two, for three nights.', want: { rooms: 2, nights: 3 } },
    { at: 'rooms', today: TUE, say: 'Cash.', want: { payment: 'cash' } },
    // At the nights.
    { at: 'nights', today: TUE, say: 'Until Sunday.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'Till the 12th.', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'Two rooms.', want: { rooms: 2 } },
    { at: 'nights', today: TUE, say: 'For two people.' },
    { at: 'nights', today: TUE, say: 'Yes.' },
    { at: 'nights', today: TUE, say: 'Twenty.', want: { nights: 20 } },
    { at: 'nights', today: TUE, say: 'The double queen instead.', want: { roomType: 'DQ' } },
    { at: 'nights', today: TUE, say: 'Checking out Friday.', want: { nights: 3 } },
    // At the name.
    { at: 'name', today: TUE, say: 'Visa.', want: { payment: 'credit_card' } },
    { at: 'name', today: TUE, say: 'Cash.', want: { payment: 'cash' } },
    { at: 'name', today: TUE, say: 'Debit card.', want: { payment: 'debit_card' } },
    { at: 'name', today: TUE, say: 'Mastercard.', want: { payment: 'credit_card' } },
    { at: 'name', today: TUE, say: '917 555 0134.' },
    { at: 'name', today: TUE, say: 'Yes.' },
    { at: 'name', today: TUE, say: 'Okay, go ahead.' },
    { at: 'name', today: TUE, say: 'Just me.' },
    { at: 'name', today: TUE, say: 'Two rooms, actually.', want: { rooms: 2 } },
    { at: 'name', today: TUE, say: 'Three nights.', want: { nights: 3 } },
    { at: 'name', today: TUE, say: 'Deluxe King.', want: { roomType: 'DLX' } },
    { at: 'name', today: TUE, say: 'Dana King.', want: { name: 'Dana King' } },
    { at: 'name', today: TUE, say: 'Sunday.' },
    { at: 'name', today: TUE, say: 'The same as last time.' },
    // At the payment.
    { at: 'payment', today: TUE, say: 'John Smith.' },
    { at: 'payment', today: TUE, say: 'Yes.' },
    { at: 'payment', today: TUE, say: 'Okay.' },
    { at: 'payment', today: TUE, say: 'Visa.', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: '917 555 0134.' },
    { at: 'payment', today: TUE, say: 'Two rooms.', want: { rooms: 2 } },
    { at: 'payment', today: TUE, say: 'The same number.' },
    { at: 'payment', today: TUE, say: 'Just me.' },
    // At the callback number.
    { at: 'callback', today: TUE, say: 'Credit card.', want: { payment: 'credit_card' } },
    { at: 'callback', today: TUE, say: 'Cash.' },
    { at: 'callback', today: TUE, say: 'John Smith.' },
    { at: 'callback', today: TUE, say: 'Two.' },
    { at: 'callback', today: TUE, say: 'The 12th.' },
    { at: 'callback', today: TUE, say: 'This one.', want: { callback: NYC } },
    { at: 'callback', today: TUE, say: 'Three nights.', want: { nights: 3 } },
    // At the read-back.
    { at: 'readBack', today: TUE, say: 'Credit card, actually.', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, say: 'Two rooms.', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'Until Sunday.', want: { nights: 5 } },
    { at: 'readBack', today: TUE, say: 'The 12th.' },
    // At an offer (the Deluxe King, the Double Queen, the Standard).
    { at: 'offer', today: TUE, say: 'Yes.' },
    { at: 'offer', today: TUE, say: 'Cash.', want: { payment: 'cash' } },
    { at: 'offer', today: TUE, say: 'John Smith.' },
    { at: 'offer', today: TUE, keys: '2', want: { roomType: 'DQ' } },
    // An existing reservation.
    { at: 'existing', today: TUE, say: 'John Smith.' },
    { at: 'existing', today: TUE, say: 'Yes.' },
    { at: 'existing', today: TUE, say: 'Two.' },
    { at: 'existing', today: TUE, say: 'The 8th.' },
    // (Since round 30 a count said at a reservation read back is a change of its stay, read back before
    // anything changes (flows/stay-change.ts): 2 rooms, to confirm. It was nothing, when only the desk changed one.)
    { at: 'reservation', today: TUE, say: 'Two rooms.', want: { rooms: 2 } },
    // (Added after the readers were read, from probing them: taken as the 2nd, and as Friday the 4th.)
    { at: 'arrivalDate', today: TUE, say: 'For two.' },
    { at: 'dateChoice', today: TUE, say: 'Friday.' },
  ],
};

export const heldOut17EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'arrivalDate', today: TUE, say: 'suite pls', want: { roomType: 'OCEAN' } },
    { at: 'arrivalDate', today: TUE, say: '2 rms', want: { rooms: 2 } },
    { at: 'arrivalDate', today: TUE, say: '3 nts', want: { nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'ok' },
    { at: 'arrivalDate', today: TUE, say: 'yes' },
    { at: 'arrivalDate', today: TUE, say: '4 ppl' },
    { at: 'arrivalDate', today: TUE, say: '917-555-0134' },
    { at: 'dateChoice', today: TUE, say: '2 nts', want: { nights: 2 } },
    { at: 'dateChoice', today: TUE, say: 'yes' },
    { at: 'dateChoice', today: TUE, say: '2 rooms', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: '2 rms', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: '3 nights', want: { nights: 3 } },
    { at: 'roomType', today: TUE, say: 'for 2 ppl' },
    { at: 'roomType', today: TUE, say: 'ok' },
    { at: 'rooms', today: TUE, say: '3 nts', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: '4 ppl' },
    { at: 'rooms', today: TUE, say: '2 adults 1 kid' },
    { at: 'rooms', today: TUE, say: 'til fri', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'ok' },
    { at: 'rooms', today: TUE, say: 'deluxe instead', want: { roomType: 'DLX' } },
    { at: 'nights', today: TUE, say: 'til sun', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'until 12/12', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: '2 rooms', want: { rooms: 2 } },
    { at: 'nights', today: TUE, say: '2 ppl' },
    { at: 'nights', today: TUE, say: 'yes' },
    { at: 'nights', today: TUE, say: 'sunday', want: { nights: 5 } },
    { at: 'name', today: TUE, say: 'visa', want: { payment: 'credit_card' } },
    { at: 'name', today: TUE, say: 'cash', want: { payment: 'cash' } },
    { at: 'name', today: TUE, say: '9175550134' },
    { at: 'name', today: TUE, say: 'ok' },
    { at: 'name', today: TUE, say: 'yes' },
    { at: 'name', today: TUE, say: 'same #' },
    { at: 'name', today: TUE, say: '2 rooms', want: { rooms: 2 } },
    { at: 'name', today: TUE, say: 'dlx king', want: { roomType: 'DLX' } },
    { at: 'name', today: TUE, say: 'amex', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'john smith' },
    { at: 'payment', today: TUE, say: 'ok' },
    { at: 'payment', today: TUE, say: 'yes' },
    { at: 'payment', today: TUE, say: '917 555 0134' },
    { at: 'payment', today: TUE, say: 'card', raise: 'cardKind' },
    { at: 'callback', today: TUE, say: 'cc', want: { payment: 'credit_card' } },
    { at: 'callback', today: TUE, say: 'john smith' },
    { at: 'callback', today: TUE, say: 'cash' },
    { at: 'callback', today: TUE, say: 'same', want: { callback: NYC } },
    { at: 'readBack', today: TUE, say: '2 rooms', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'debit not cash', want: { payment: 'debit_card' } },
    { at: 'offer', today: TUE, say: 'ok' },
    { at: 'offer', today: TUE, say: 'cash', want: { payment: 'cash' } },
    { at: 'existing', today: TUE, say: 'john smith' },
    { at: 'existing', today: TUE, say: 'yes' },
    // (Added after the readers were read, from probing them: each taken as a name, "Ppl", "Fri", "K".)
    { at: 'name', today: TUE, say: '2 ppl' },
    { at: 'name', today: TUE, say: 'fri' },
    { at: 'name', today: TUE, say: 'k' },
    // (Added after the readers were read, from probing them: two rooms.)
    { at: 'rooms', today: TUE, say: 'for 2' },
    // (Added after the readers were read, from probing them: two rooms.)
    { at: 'rooms', today: TUE, say: '2 adlts' },
  ],
};

export const heldOut17EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // En la fecha de llegada.
    { at: 'arrivalDate', today: TUE, say: 'La suite, por favor.', want: { roomType: 'OCEAN' } },
    { at: 'arrivalDate', today: TUE, say: 'Dos habitaciones.', want: { rooms: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'Tres noches.', want: { nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'Voy a pagar en efectivo.', want: { payment: 'cash' } },
    { at: 'arrivalDate', today: TUE, say: 'Sí.' },
    { at: 'arrivalDate', today: TUE, say: 'Ajá.' },
    { at: 'arrivalDate', today: TUE, say: 'Somos cuatro personas.' },
    { at: 'arrivalDate', today: TUE, say: 'El dos.', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, caller: GDL, say: 'Mi número es 33 1820 4590.' },
    { at: 'arrivalDate', today: TUE, say: 'Veinte personas.' },
    // En una elección de fecha (viernes 4 o viernes 11).
    { at: 'dateChoice', today: TUE, say: 'Dos noches.', want: { nights: 2 } },
    { at: 'dateChoice', today: TUE, say: 'Sí.' },
    { at: 'dateChoice', today: TUE, say: 'Dos habitaciones.', want: { rooms: 2 } },
    { at: 'dateChoice', today: TUE, say: 'El once, tres noches.', want: { arrival: '2026-12-11', nights: 3 } },
    // En el tipo de habitación.
    { at: 'roomType', today: TUE, say: 'Dos habitaciones.', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'Tres noches.', want: { nights: 3 } },
    { at: 'roomType', today: TUE, say: 'Para dos personas.' },
    { at: 'roomType', today: TUE, say: 'Sí, por favor.' },
    { at: 'roomType', today: TUE, say: 'Hasta el domingo.', want: { nights: 5 } },
    // En las habitaciones.
    { at: 'rooms', today: TUE, say: 'Tres noches.', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'Somos cuatro.' },
    { at: 'rooms', today: TUE, say: 'Dos adultos y un niño.' },
    { at: 'rooms', today: TUE, say: 'Hasta el viernes.', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'El doce.' },
    { at: 'rooms', today: TUE, say: 'Sí.' },
    { at: 'rooms', today: TUE, say: 'Órale.' },
    { at: 'rooms', today: TUE, say: 'Mejor la de lujo.', want: { roomType: 'DLX' } },
    { at: 'rooms', today: TUE, say: 'Dos, por tres noches.', want: { rooms: 2, nights: 3 } },
    { at: 'rooms', today: TUE, say: 'En efectivo.', want: { payment: 'cash' } },
    // En las noches.
    { at: 'nights', today: TUE, say: 'Hasta el domingo.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'Hasta el doce.', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'Dos habitaciones.', want: { rooms: 2 } },
    { at: 'nights', today: TUE, say: 'Para dos personas.' },
    { at: 'nights', today: TUE, say: 'Sí.' },
    { at: 'nights', today: TUE, say: 'Veinte.', want: { nights: 20 } },
    { at: 'nights', today: TUE, say: 'Salgo el viernes.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Mejor una doble.', want: { roomType: 'DQ' } },
    // En el nombre.
    { at: 'name', today: TUE, say: 'Visa.', want: { payment: 'credit_card' } },
    { at: 'name', today: TUE, say: 'En efectivo.', want: { payment: 'cash' } },
    { at: 'name', today: TUE, say: 'Tarjeta de débito.', want: { payment: 'debit_card' } },
    { at: 'name', today: TUE, caller: GDL, say: '33 1820 4590.' },
    { at: 'name', today: TUE, say: 'Sí.' },
    { at: 'name', today: TUE, say: 'Está bien.' },
    { at: 'name', today: TUE, say: 'Nada más yo.' },
    { at: 'name', today: TUE, say: 'Mejor dos habitaciones.', want: { rooms: 2 } },
    { at: 'name', today: TUE, say: 'Tres noches.', want: { nights: 3 } },
    { at: 'name', today: TUE, say: 'El mismo número.' },
    { at: 'name', today: TUE, say: 'Domingo.', want: { name: 'Domingo' } },
    { at: 'name', today: TUE, say: 'Mismo de la otra vez.' },
    // En el pago.
    { at: 'payment', today: TUE, say: 'Juan Pérez.' },
    { at: 'payment', today: TUE, say: 'Sí.' },
    { at: 'payment', today: TUE, say: 'Bueno.' },
    { at: 'payment', today: TUE, say: 'Con tarjeta.', raise: 'cardKind' },
    { at: 'payment', today: TUE, caller: GDL, say: '33 1820 4590.' },
    { at: 'payment', today: TUE, say: 'Dos habitaciones.', want: { rooms: 2 } },
    { at: 'payment', today: TUE, say: 'Nada más yo.' },
    // En el número de contacto.
    { at: 'callback', today: TUE, caller: GDL, say: 'Con tarjeta de crédito.', want: { payment: 'credit_card' } },
    { at: 'callback', today: TUE, caller: GDL, say: 'Efectivo.' },
    { at: 'callback', today: TUE, caller: GDL, say: 'Juan Pérez.' },
    { at: 'callback', today: TUE, caller: GDL, say: 'Dos.' },
    { at: 'callback', today: TUE, caller: GDL, say: 'El doce.' },
    { at: 'callback', today: TUE, caller: GDL, say: 'Este mismo.', want: { callback: GDL } },
    // En la lectura final.
    { at: 'readBack', today: TUE, say: 'Mejor con tarjeta de crédito.', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, say: 'Dos habitaciones.', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'El doce.' },
    // En una oferta.
    { at: 'offer', today: TUE, say: 'Sí.' },
    { at: 'offer', today: TUE, say: 'En efectivo.', want: { payment: 'cash' } },
    { at: 'offer', today: TUE, say: 'Juan Pérez.' },
    // Una reservación hecha.
    { at: 'existing', today: TUE, say: 'Juan Pérez.' },
    { at: 'existing', today: TUE, say: 'Sí.' },
    { at: 'existing', today: TUE, say: 'Dos.' },
    { at: 'existing', today: TUE, say: 'El ocho.' },
    // (Added after the readers were read, from probing them: both were taken, the 2nd and two rooms.)
    { at: 'arrivalDate', today: TUE, say: 'Para dos.' },
    { at: 'rooms', today: TUE, say: 'Nomás nosotros dos.' },
    { at: 'dateChoice', today: TUE, say: 'El viernes.' },
    // (Added after the readers were read, from probing them: each taken as a name.)
    { at: 'name', today: TUE, say: 'Sale.' },
    { at: 'name', today: TUE, say: 'Ándale pues.' },
    { at: 'name', today: TUE, say: 'A mi nombre.' },
    // (Added after the readers were read, from probing them: two rooms.)
    { at: 'rooms', today: TUE, say: 'Para dos.' },
  ],
};

export const heldOut17EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'arrivalDate', today: TUE, say: 'la suite', want: { roomType: 'OCEAN' } },
    { at: 'arrivalDate', today: TUE, say: '2 habs', want: { rooms: 2 } },
    { at: 'arrivalDate', today: TUE, say: '3 noches', want: { nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'si' },
    { at: 'arrivalDate', today: TUE, say: 'ok' },
    { at: 'arrivalDate', today: TUE, say: 'somos 4' },
    { at: 'arrivalDate', today: TUE, say: 'el 2', want: { arrival: '2026-12-02' } },
    { at: 'dateChoice', today: TUE, say: '2 noches', want: { nights: 2 } },
    { at: 'dateChoice', today: TUE, say: 'si' },
    { at: 'roomType', today: TUE, say: '2 habs', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'p 2 personas' },
    { at: 'roomType', today: TUE, say: 'hasta el dom', want: { nights: 5 } },
    { at: 'rooms', today: TUE, say: '3 noches', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'somos 4' },
    { at: 'rooms', today: TUE, say: '2 adultos y 1 niño' },
    { at: 'rooms', today: TUE, say: 'hasta el vie', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: 'va' },
    { at: 'rooms', today: TUE, say: 'mejor de lujo', want: { roomType: 'DLX' } },
    { at: 'nights', today: TUE, say: 'hasta el domingo', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'hasta el 12', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: '2 habs', want: { rooms: 2 } },
    { at: 'nights', today: TUE, say: 'p 2 personas' },
    { at: 'nights', today: TUE, say: 'si' },
    { at: 'nights', today: TUE, say: 'domingo', want: { nights: 5 } },
    { at: 'name', today: TUE, say: 'visa', want: { payment: 'credit_card' } },
    { at: 'name', today: TUE, say: 'efectivo', want: { payment: 'cash' } },
    { at: 'name', today: TUE, caller: GDL, say: '3318204590' },
    { at: 'name', today: TUE, say: 'si' },
    { at: 'name', today: TUE, say: 'ok' },
    { at: 'name', today: TUE, say: 'el mismo num' },
    { at: 'name', today: TUE, say: 'mejor 2 habs', want: { rooms: 2 } },
    { at: 'name', today: TUE, say: 'solo yo' },
    { at: 'payment', today: TUE, say: 'juan perez' },
    { at: 'payment', today: TUE, say: 'si' },
    { at: 'payment', today: TUE, say: 'va' },
    { at: 'payment', today: TUE, say: 'tarjeta', raise: 'cardKind' },
    { at: 'payment', today: TUE, caller: GDL, say: '33 1820 4590' },
    { at: 'callback', today: TUE, caller: GDL, say: 'tarjeta de credito', want: { payment: 'credit_card' } },
    { at: 'callback', today: TUE, caller: GDL, say: 'juan perez' },
    { at: 'callback', today: TUE, caller: GDL, say: 'efectivo' },
    { at: 'callback', today: TUE, caller: GDL, say: 'este mismo', want: { callback: GDL } },
    { at: 'readBack', today: TUE, say: '2 habs', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'mejor con debito', want: { payment: 'debit_card' } },
    { at: 'offer', today: TUE, say: 'si' },
    { at: 'offer', today: TUE, say: 'efectivo', want: { payment: 'cash' } },
    { at: 'existing', today: TUE, say: 'juan perez' },
    { at: 'existing', today: TUE, say: 'si' },
    // (Added after the readers were read, from probing them: two rooms.)
    { at: 'rooms', today: TUE, say: '2 pers' },
  ],
};
