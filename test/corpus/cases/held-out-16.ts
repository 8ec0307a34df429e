// Held-out round 16 (issue 9): written before its session read the readers, as guests say and
// text them, in English and Mexican Spanish. Numbers that are not the request: times of day ("we
// land at 10", "llego a las 3"), flight and room numbers ("flight 2245", "la 204"), budgets ("under
// 200 a night", "no más de mil quinientos pesos"), ages ("my son is 8", "niños de 5 y 7"), zip codes,
// street numbers, years ("our 25th anniversary"): none may become a date, a count or a phone
// number. Choosing without naming ("the best you have", "cualquiera está bien", "si no hay suite,
// una doble", "the one with the view", "la que tenga dos camas"). Spanish numbers and dates in words
// ("el quince del que entra", "veintitrés", "media docena", "dieciséis noches"); texted numeric
// dates day first as Mexicans write them ("5/1", "05-01", "1/12 al 3/12"), month first from English
// texters. Answers at an offer of other rooms ("what about the weekend after?", "¿y para el trece?",
// "ninguna, gracias", "let me think about it"); a person asked for or the machine refused ("I hate
// these things", "pásame con alguien de carne y hueso", "quiero hablar con el gerente",
// "operadora"); an existing reservation asked about ("I need to cancel", "¿me pueden confirmar mi
// reservación?": its number is asked, the new `lookup` in ../corpus-case.ts), its number said with
// dashes or in words; a count corrected in the same breath ("two rooms, no, three, for Friday").
// Scored as written but for ten expectations, each corrected where it is to a rule the project had
// already set ("la mejor" is the dearest, so "the best you have" is too; "5/1" offers both dates; a
// type with no article leaves the rooms asked; a Spanish bare "no" between two counts leaves them
// asked). First run, as written, before its session's fixes: 41 of 169 cases fell short, 82.3% of
// 243 units understood, 34 asked again, 14 silently wrong (in 11 cases: "our 25th anniversary" taken
// as the 25th, "till 11 at night" as the 11th, "05-01" as the 5th to the 1st, "if there's no suite, a
// double" as the double, "what about the weekend after?" as this weekend, "three nights, no, just
// two" as three); with the corrections, 38 cases, 83.2% of 244, 13 silently wrong; after the fixes:
// 4 cases short, 98.4%, none silently wrong. Calendar in ./days.ts; at the later questions the call
// has (keyed) the arrival a week ahead (Tuesday 8 December from Tuesday 1), the Ocean Suite, 1 room,
// 2 nights, Ana Díaz, cash, and the number calling (New York, or Guadalajara for the Spanish calls
// where it says).
import type { CorpusFile } from '../corpus-case.ts';
import { TUE } from './days.ts';

/** A caller from Guadalajara. */
const GDL = '+523312345678';

export const heldOut16EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // Numbers that are not the request.
    { at: 'greeting', today: TUE, say: 'Hi, we land at 10 on the 12th and need a room for two nights.', want: { rooms: 1, arrival: '2026-12-12', nights: 2 } },
    { at: 'greeting', today: TUE, say: "We're arriving around 11pm on the 12th, one king, just the one night.", want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-12', nights: 1 } },
    { at: 'greeting', today: TUE, say: "Our flight is 2245 out of Denver, we get in on the 18th, can I book a room?", want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'We had room 204 last time and loved it, could we get a queen for the 19th?', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: "I'm looking for something under 200 a night for the 15th.", want: { arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: "It's our 25th anniversary, we'd like the suite on the 20th for 3 nights.", want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-20', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'My son is 8 and my daughter is 5, we need one room for the 22nd.', want: { rooms: 1, arrival: '2026-12-22' } },
    { at: 'greeting', today: TUE, say: 'I live at 1420 Maple Avenue, and I need two rooms for the 11th.', want: { rooms: 2, arrival: '2026-12-11' } },
    { at: 'greeting', today: TUE, say: "Check-in's at 4, right? We're coming on the 10th.", want: { arrival: '2026-12-10' }, raise: { answer: 'checkIn' } },
    { at: 'greeting', today: TUE, say: 'We drive up from zip code 19104, is there a room Friday night?', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'greeting', today: TUE, say: 'Could I get a room the first of January, heading home on the third?', want: { rooms: 1, arrival: '2027-01-01', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'We land at 10.' },
    { at: 'arrivalDate', today: TUE, say: "The 12th, but we won't get in till 11 at night.", want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'Flight 2245, it lands on the 14th.', want: { arrival: '2026-12-14' } },
    { at: 'arrivalDate', today: TUE, say: 'Around 3 in the afternoon on the 9th.', want: { arrival: '2026-12-09' } },
    { at: 'dateChoice', today: TUE, say: 'The 11th, we get in around 9.', want: { arrival: '2026-12-11' } },
    { at: 'rooms', today: TUE, say: "Just one, it's me and my son, he's 8.", want: { rooms: 1 } },
    { at: 'nights', today: TUE, say: 'Three nights, our flight home is at 6 in the morning.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Until our 7 a.m. flight on Friday.', want: { nights: 3 } },
    { at: 'name', today: TUE, say: 'John Baker, we had room 204 last time.', want: { name: 'John Baker' } },
    { at: 'callback', today: TUE, say: 'My zip is 10025, and the number is 917 555 0134.', want: { callback: '+19175550134' } },
    { at: 'readBack', today: TUE, say: "Yes, that's right, we'll be there around 8 pm.", raise: 'booked' },
    // Choosing without naming.
    { at: 'roomType', today: TUE, say: 'Whichever one costs the least.', want: { roomType: 'STD' } },
    // (Written at first with no room type. "La mejor" was already the dearest (price-order.ts), as
    // "the best one" and "your best room" were: the best said any way is the Ocean Suite.)
    { at: 'roomType', today: TUE, say: 'The best you have.', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'The one with the view.', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: "Honestly, anything's fine." },
    { at: 'roomType', today: TUE, say: "If there's no suite, a double.", want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'Something with two beds for the kids.', want: { roomType: 'DQ' } },
    // At an offer of other rooms.
    { at: 'offer', today: TUE, say: 'Okay, the cheaper one then.', want: { roomType: 'STD' } },
    { at: 'offer', today: TUE, say: 'What about the weekend after?', raise: 'otherDates' },
    { at: 'offer', today: TUE, say: 'Any chance for the 13th instead?', want: { arrival: '2026-12-13' } },
    { at: 'offer', today: TUE, say: 'Let me think about it.' },
    { at: 'offer', today: TUE, say: 'None of those, thanks.' },
    // A person, or the machine refused.
    { at: 'greeting', today: TUE, say: 'Is this a robot?' },
    { at: 'arrivalDate', today: TUE, say: 'I hate these things, let me talk to somebody.', raise: 'desk' },
    { at: 'name', today: TUE, say: "I'd rather speak to the manager.", raise: 'desk' },
    // An existing reservation.
    { at: 'greeting', today: TUE, say: 'Hi, I need to cancel my reservation.', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'I booked last week and never got a text.' },
    { at: 'existing', today: TUE, say: "It's number 1 2 3 4 dash 5 6 7 8.", raise: 'found' },
    { at: 'existing', today: TUE, say: 'The number is one two three four, five six seven eight.', raise: 'found' },
    { at: 'reservation', today: TUE, say: 'Can you just confirm it is still on?' },
    // A count corrected in the same breath.
    { at: 'greeting', today: TUE, say: 'Two rooms, no, three, for Friday.', want: { rooms: 3, arrival: '2026-12-04' } },
    { at: 'greeting', today: TUE, say: 'Four nights, sorry, five nights, starting the 9th.', want: { nights: 5, arrival: '2026-12-09' } },
    { at: 'rooms', today: TUE, say: 'Two, no wait, make it three.', want: { rooms: 3 } },
    { at: 'nights', today: TUE, say: 'Three nights, no, just two.', want: { nights: 2 } },
  ],
};

export const heldOut16EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'need a room 12/12, landing at 10pm', want: { rooms: 1, arrival: '2026-12-12' } },
    // (Written at first with one room. A type named with no article or number before it leaves the
    // rooms asked, as "king for 12/18" alone does (reading/whole-request.ts).)
    { at: 'first', today: TUE, say: 'king for 12/18, flight AA 2245 gets in at 3', want: { roomType: 'DLX', arrival: '2026-12-18' } },
    { at: 'first', today: TUE, say: 'budget under $200/night, anything 12/20-12/22?', want: { arrival: '2026-12-20', nights: 2 } },
    { at: 'first', today: TUE, say: '2 rooms 12/15, kids are 8 and 11', want: { rooms: 2, arrival: '2026-12-15' } },
    { at: 'first', today: TUE, say: 'room for our 25th anniv on the 19th', want: { rooms: 1, arrival: '2026-12-19' } },
    { at: 'first', today: TUE, say: 'can we get rm 305 again? 12/23 - 12/26', want: { arrival: '2026-12-23', nights: 3 } },
    { at: 'first', today: TUE, say: 'zip 10025, need 1 room fri', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'first', today: TUE, say: 'check in at 4? coming 12/9', want: { arrival: '2026-12-09' }, raise: { answer: 'checkIn' } },
    { at: 'first', today: TUE, say: '2 rooms no 3 for fri', want: { rooms: 3, arrival: '2026-12-04' } },
    { at: 'first', today: TUE, say: 'cheapest room u have 12/11, 2 nts', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-11', nights: 2 } },
    // (Written at first with no room type. "La mejor" was already the dearest (price-order.ts), as
    // "the best one" and "your best room" were: the best said any way is the Ocean Suite.)
    { at: 'first', today: TUE, say: 'best room you have for NYE', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-31' } },
    { at: 'first', today: TUE, say: 'is this a bot?' },
    { at: 'first', today: TUE, say: 'i need to cancel my booking', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'booked last wk never got a confirmation text' },
    { at: 'first', today: TUE, say: 'live at 55 w 85th st, room for 12/14?', want: { rooms: 1, arrival: '2026-12-14' } },
    { at: 'arrivalDate', today: TUE, say: 'we get in at 11 on the 12th', want: { arrival: '2026-12-12' } },
    // (Written at first as January 6th. Both numbers may be the month and a caller's language does not say
    // which way they write it: both dates are offered (stay-dates.ts, slashedAt).)
    { at: 'arrivalDate', today: TUE, say: '1/6', raise: { choose: ['2027-01-06', '2027-06-01'] } },
    { at: 'arrivalDate', today: TUE, say: 'operator', raise: 'desk' },
    { at: 'rooms', today: TUE, say: "1, it's me + my 2 kids (8 and 5)", want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: '3 rooms wait no 2', want: { rooms: 2 } },
    { at: 'nights', today: TUE, say: '2, flight out is 7am on the 10th', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: '3 nts. budget max 180/nt', want: { nights: 3 } },
    { at: 'name', today: TUE, say: 'Dana Kim (rm 204 last time)', want: { name: 'Dana Kim' } },
    { at: 'name', today: TUE, say: 'talk to a manager pls', raise: 'desk' },
    { at: 'callback', today: TUE, say: "917-555-0134, zip 10025 if u need it", want: { callback: '+19175550134' } },
    { at: 'roomType', today: TUE, say: 'whichever has 2 beds', want: { roomType: 'DQ' } },
    // (Written at first with no room type. "La mejor" was already the dearest (price-order.ts), as
    // "the best one" and "your best room" were: the best said any way is the Ocean Suite.)
    { at: 'roomType', today: TUE, say: 'best u got', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'the one w the view', want: { roomType: 'OCEAN' } },
    { at: 'offer', today: TUE, say: 'ok the cheaper one then', want: { roomType: 'STD' } },
    { at: 'offer', today: TUE, say: 'what about the wknd after?', raise: 'otherDates' },
    { at: 'offer', today: TUE, say: '13th instead?', want: { arrival: '2026-12-13' } },
    { at: 'offer', today: TUE, say: 'none thx' },
    { at: 'offer', today: TUE, say: 'let me think abt it' },
    { at: 'existing', today: TUE, say: 'number is 12 34 56 78', raise: 'found' },
    { at: 'reservation', today: TUE, say: 'can u confirm its still on?' },
    { at: 'readBack', today: TUE, say: 'yes. eta 9pm', raise: 'booked' },
  ],
};

export const heldOut16EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    // Numbers that are not the request.
    { at: 'greeting', today: TUE, say: 'Buenas tardes, llegamos el doce como a las diez de la noche, necesito una habitación.', want: { rooms: 1, arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'Llego a las 3 el viernes, ¿tiene una sencilla?', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-04' } },
    { at: 'greeting', today: TUE, say: 'Mi vuelo es el 2245 y llega el dieciocho, ¿me aparta un cuarto?', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'Algo que no pase de mil quinientos pesos la noche, para el veinte.', want: { arrival: '2026-12-20' } },
    { at: 'greeting', today: TUE, say: 'Somos mi esposa, yo y dos niños de 5 y 7, para el treinta y uno de diciembre.', want: { arrival: '2026-12-31' } },
    { at: 'greeting', today: TUE, say: 'Es nuestro aniversario número 25, queremos la suite el 19, dos noches.', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-19', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'La otra vez estuvimos en la 204, ¿tiene una doble para el 22?', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-22' } },
    { at: 'greeting', today: TUE, say: 'El primero de enero, tres noches, una habitación.', want: { rooms: 1, arrival: '2027-01-01', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Vivo en Avenida Juárez 1520, quiero dos cuartos para el nueve.', want: { rooms: 2, arrival: '2026-12-09' } },
    { at: 'menu', today: TUE, say: 'Para el quince del que entra, una noche.', want: { arrival: '2027-01-15', nights: 1 } },
    { at: 'menu', today: TUE, say: 'Del veintitrés al veintiséis, una doble.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-23', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'Para el treinta y uno, en la noche.', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, say: 'Veintitrés.', want: { arrival: '2026-12-23' } },
    { at: 'arrivalDate', today: TUE, say: 'El quince del que entra.', want: { arrival: '2027-01-15' } },
    { at: 'arrivalDate', today: TUE, say: 'El doce, pero llegamos como a las once de la noche.', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'Llego a las tres.' },
    { at: 'arrivalDate', today: TUE, say: 'El 20, nuestro vuelo es el 1432.', want: { arrival: '2026-12-20' } },
    { at: 'dateChoice', today: TUE, say: 'El once, llegamos a las cinco.', want: { arrival: '2026-12-11' } },
    { at: 'rooms', today: TUE, say: 'Una, para mí y mis dos hijos de 8 y 10 años.', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: 'Dos, no, mejor tres.', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, say: 'Media docena.', want: { rooms: 6 }, raise: 'group' },
    { at: 'nights', today: TUE, say: 'Pues un par nada más.', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'Dieciséis noches.', want: { nights: 16 } },
    { at: 'nights', today: TUE, say: 'Tres noches, salimos a las seis de la mañana.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Hasta el once, el vuelo sale a la una.', want: { nights: 3 } },
    { at: 'name', today: TUE, say: 'Roberto Salinas, estuvimos en la habitación 312.', want: { name: 'Roberto Salinas' } },
    { at: 'payment', today: TUE, say: 'En efectivo, llevo como dos mil pesos.', want: { payment: 'cash' } },
    { at: 'callback', today: TUE, caller: GDL, say: 'Mi número es 33 1820 4590, es de Guadalajara.', want: { callback: '+523318204590' } },
    { at: 'readBack', today: TUE, say: 'Sí, está bien, llegamos como a las nueve.', raise: 'booked' },
    // Choosing without naming.
    { at: 'roomType', today: TUE, say: 'Lo más económico.', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'Cualquiera está bien.' },
    { at: 'roomType', today: TUE, say: 'Si no hay suite, una doble.', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'La que tenga dos camas.', want: { roomType: 'DQ' } },
    // (Written at first with no room type. "La mejor" was already the dearest (price-order.ts), as
    // "the best one" and "your best room" were: the best said any way is the Ocean Suite.)
    { at: 'roomType', today: TUE, say: 'La mejor que tenga.', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: 'La que tiene vista.', want: { roomType: 'OCEAN' } },
    // At an offer of other rooms.
    // (Still short: "el otro fin" is read as a weekend, this one or the next offered as a choice,
    // rather than the arrival asked again. A question either way, nothing taken.)
    { at: 'offer', today: TUE, say: '¿Y para el otro fin?', raise: 'otherDates' },
    { at: 'offer', today: TUE, say: 'Ninguna, gracias.' },
    { at: 'offer', today: TUE, say: 'Déjeme pensarlo.' },
    { at: 'offer', today: TUE, say: 'Pues la que cueste menos.', want: { roomType: 'STD' } },
    { at: 'offer', today: TUE, say: '¿Y para el trece?', want: { arrival: '2026-12-13' } },
    // A person, or the machine refused.
    // (Still short, both: the call goes to the desk at once, but in English. A person asked for at the
    // greeting carries no language to the transfer; that is the statechart's, not a reader's.)
    { at: 'greeting', today: TUE, say: 'Quiero hablar con el gerente.', raise: 'desk' },
    { at: 'greeting', today: TUE, say: '¿Es una grabación? Pásame con alguien de carne y hueso.', raise: 'desk' },
    { at: 'menu', today: TUE, say: 'Operadora.', raise: 'desk' },
    { at: 'name', today: TUE, say: 'Quiero hablar con una persona, no con una máquina.', raise: 'desk' },
    // An existing reservation.
    { at: 'greeting', today: TUE, say: '¿Me pueden confirmar mi reservación?', raise: 'lookup' },
    { at: 'greeting', today: TUE, say: 'Reservé la semana pasada y nunca me llegó el mensaje.' },
    { at: 'existing', today: TUE, say: 'Es el uno dos tres cuatro, guion, cinco seis siete ocho.', raise: 'found' },
    { at: 'existing', today: TUE, say: 'El número es uno, dos, tres, cuatro, cinco, seis, siete, ocho.', raise: 'found' },
    { at: 'reservation', today: TUE, say: 'Necesito cancelar.', raise: 'cancel' },
    { at: 'reservation', today: TUE, say: 'Nada más quería confirmar que sí está.' },
    // A count corrected in the same breath.
    // (Written at first with three rooms. In Spanish "dos, no, tres" may also be "two, not three": a
    // bare "no" between two counts leaves them asked (understanding/corrections.ts); "no, mejor tres" is taken.)
    { at: 'greeting', today: TUE, say: 'Dos habitaciones, no, tres, para el viernes.', want: { arrival: '2026-12-04' } },
  ],
};

export const heldOut16EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'hab p el 12, llego 10pm', want: { rooms: 1, arrival: '2026-12-12' } },
    { at: 'first', today: TUE, say: '5/1 al 7/1 1 hab', want: { rooms: 1, arrival: '2027-01-05', nights: 2 } },
    { at: 'first', today: TUE, say: 'del 1/12 al 3/12', want: { arrival: '2026-12-01', nights: 2 } },
    // (Written at first as el 5 de enero, as "5/1" below. Both numbers may be the month and a caller's language does not say
    // which way they write it: both dates are offered (stay-dates.ts, slashedAt).)
    { at: 'first', today: TUE, say: '05-01 2 noches', want: { nights: 2 }, raise: { choose: ['2027-01-05', '2027-05-01'] } },
    { at: 'first', today: TUE, say: 'busco algo de max 1500 x noche p/ el 20', want: { arrival: '2026-12-20' } },
    { at: 'first', today: TUE, say: '2 habs, mis hijos tienen 5 y 7, el 18', want: { rooms: 2, arrival: '2026-12-18' } },
    { at: 'first', today: TUE, say: 'cp 44100, quiero 1 hab el viernes', want: { rooms: 1, arrival: '2026-12-04' } },
    { at: 'first', today: TUE, say: 'vuelo 2245 llega el 14 a las 3, tienen doble?', want: { roomType: 'DQ', arrival: '2026-12-14' } },
    { at: 'first', today: TUE, say: 'lo mas economico p/ el 22, 2 noches', want: { roomType: 'STD', arrival: '2026-12-22', nights: 2 } },
    { at: 'first', today: TUE, say: 'la q tenga 2 camas, del 19 al 21', want: { roomType: 'DQ', arrival: '2026-12-19', nights: 2 } },
    { at: 'first', today: TUE, say: 'cualquiera esta bien, 1 hab el 9', want: { rooms: 1, arrival: '2026-12-09' } },
    // (Written at first with three rooms. In Spanish "dos, no, tres" may also be "two, not three": a
    // bare "no" between two counts leaves them asked (understanding/corrections.ts); "no, mejor tres" is taken.)
    { at: 'first', today: TUE, say: '2 habs no 3 p el vie', want: { arrival: '2026-12-04' } },
    { at: 'first', today: TUE, say: 'quiero hablar con el gerente', raise: 'desk' },
    { at: 'first', today: TUE, say: 'me confirman mi reservacion?', raise: 'lookup' },
    { at: 'first', today: TUE, say: 'el 31 de dic 1 hab', want: { rooms: 1, arrival: '2026-12-31' } },
    { at: 'first', today: TUE, say: 'es robot?' },
    // (Written at first as el 5 de enero. Both numbers may be the month and a caller's language does not say
    // which way they write it: both dates are offered (stay-dates.ts, slashedAt).)
    { at: 'arrivalDate', today: TUE, say: '5/1', raise: { choose: ['2027-01-05', '2027-05-01'] } },
    { at: 'arrivalDate', today: TUE, say: '1/12 al 3/12', want: { arrival: '2026-12-01', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'llego a las 3' },
    { at: 'arrivalDate', today: TUE, say: 'el 15 del q entra', want: { arrival: '2027-01-15' } },
    { at: 'arrivalDate', today: TUE, say: 'veintitres', want: { arrival: '2026-12-23' } },
    { at: 'rooms', today: TUE, say: '1, somos yo y mis 2 hijos de 8 y 10', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: 'media docena', want: { rooms: 6 }, raise: 'group' },
    { at: 'nights', today: TUE, say: '16 noches', want: { nights: 16 } },
    { at: 'nights', today: TUE, say: '3 noches, el vuelo sale a las 7', want: { nights: 3 } },
    { at: 'roomType', today: TUE, say: 'lo mas barato q tengas', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'cualquiera' },
    { at: 'roomType', today: TUE, say: 'si no hay suite una doble', want: { roomType: 'OCEAN' } },
    // (Still short, as "¿Y para el otro fin?" said: a choice of weekends asked.)
    { at: 'offer', today: TUE, say: 'y p el otro finde?', raise: 'otherDates' },
    { at: 'offer', today: TUE, say: 'ninguna gracias' },
    { at: 'offer', today: TUE, say: 'la q cueste menos', want: { roomType: 'STD' } },
    { at: 'existing', today: TUE, say: 'el num es 12-34-56-78', raise: 'found' },
    { at: 'reservation', today: TUE, say: 'necesito cancelar', raise: 'cancel' },
    { at: 'callback', today: TUE, caller: GDL, say: 'mi cel 33 1820 4590, cp 44100', want: { callback: '+523318204590' } },
    { at: 'name', today: TUE, say: 'Karla Mendez, la otra vez estuvimos en la 204', want: { name: 'Karla Mendez' } },
    { at: 'readBack', today: TUE, say: 'si, llegamos como a las 9', raise: 'booked' },
    { at: 'payment', today: TUE, say: 'efectivo, traigo como 2000', want: { payment: 'cash' } },
  ],
};
