// Held-out utterances (issue 9): written after the reader, by someone who had not looked at the
// corpus it was built against, to see how it does on phrasings it has never met. They are not
// tuned to pass: a case the flow gets wrong stays here, scored, until the reader is fixed in a way
// that serves the general phrasing, not this line. Calendar in ./days.ts.
import type { CorpusFile } from '../corpus-case.ts';
import { MON, SAT, TUE } from './days.ts';

export const heldOutEnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'greeting', today: TUE, say: "Hi there, I'm looking to book a room for my parents, they arrive on the eighteenth and stay four nights.", want: { rooms: 1, arrival: '2026-12-18', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'Could I get two king rooms for the nineteenth and twentieth?', want: { rooms: 2, roomType: 'DLX', arrival: '2026-12-19', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Do you have any vacancies Friday and Saturday night?', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: SAT, say: "I'd like to reserve a queen room from December twenty-second to the twenty-sixth.", want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-22', nights: 4 } },
    { at: 'greeting', today: TUE, say: 'Yeah, need a room for one night, the 9th.', want: { rooms: 1, nights: 1, arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: "We're coming in for the holidays, three nights starting the 30th.", want: { nights: 3, arrival: '2026-12-30' } },
    { at: 'greeting', today: TUE, say: 'Hello, I want to book four rooms for the 12th of December, two nights.', want: { rooms: 4, arrival: '2026-12-12', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Can I book something for this Thursday through Sunday?', want: { arrival: '2026-12-03', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'I need a room from tomorrow until Friday.', want: { rooms: 1, arrival: '2026-12-02', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Do you have an ocean view room available for the 28th?', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-28' } },
    { at: 'greeting', today: TUE, say: "Hi, it's Robert Johnson calling, I'd like to make a booking.", want: { name: 'Robert Johnson' } },
    { at: 'greeting', today: TUE, say: 'How much is parking?', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, say: 'Are pets allowed?', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: "What's the checkout time?", raise: { answer: 'checkOut' } },
    { at: 'greeting', today: TUE, say: 'Can you tell me your address?', raise: { answer: 'address' } },
    { at: 'greeting', today: TUE, say: 'Are there taxes on top of the rate?', raise: { answer: 'taxes' } },
    { at: 'greeting', today: TUE, say: 'I need 12 rooms for a conference in January, the 20th.', want: { rooms: 12, arrival: '2027-01-20' }, raise: 'group' },
    { at: 'greeting', today: TUE, say: 'One standard and one suite for Saturday.', want: { arrival: '2026-12-05' }, raise: 'oneType' },
    { at: 'greeting', today: SAT, say: 'Reservation for December 3rd.', want: { arrival: '2026-12-03' } },
    { at: 'greeting', today: TUE, say: "I'd like to come in on the 2nd of January and leave on the 5th.", want: { arrival: '2027-01-02', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Two rooms, two nights, starting Thursday.', want: { rooms: 2, nights: 2, arrival: '2026-12-03' } },
    { at: 'greeting', today: TUE, say: 'Monday the 7th through Wednesday the 9th, a deluxe.', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-07', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Hi, do you have anything available tonight and tomorrow night?', want: { arrival: '2026-12-01', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Uh yes hello I need a room for this coming Saturday.', want: { rooms: 1, arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, say: "I'd like three nights, arriving a week from today.", want: { nights: 3, arrival: '2026-12-08' } },
    { at: 'greeting', today: TUE, say: 'What time do I need to check out by?', raise: { answer: 'checkOut' } },
    { at: 'greeting', today: TUE, say: 'Is there a cancellation fee?', raise: { answer: 'cancellation' } },

    { at: 'arrivalDate', today: SAT, say: 'The eighteenth.', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'December the ninth.', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'On the 3rd.', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: "New Year's Eve.", want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, say: 'Next Tuesday.', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'Saturday.', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'The 30th of November.', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'January 6th.', want: { arrival: '2027-01-06' } },
    { at: 'arrivalDate', today: TUE, say: 'Three weeks from now.', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, say: 'April 31st.', raise: 'noSuchDate' },
    { at: 'arrivalDate', today: TUE, keys: '1231', want: { arrival: '2026-12-31' } },
    { at: 'arrivalDate', today: TUE, keys: '0230', raise: 'noSuchDate' },
    { at: 'arrivalDate', today: TUE, say: 'Day after tomorrow.', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'Sometime next week.' },
    { at: 'arrivalDate', today: TUE, say: 'Um, the 22nd of this month.', want: { arrival: '2026-12-22' } },
    { at: 'arrivalDate', today: TUE, say: 'Check in on the 14th, check out on the 16th.', want: { arrival: '2026-12-14', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'Thursday to Saturday.', want: { arrival: '2026-12-03', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'Tonight.', want: { arrival: '2026-12-01' } },
    { at: 'arrivalDate', today: TUE, say: 'The 16th.', confidence: 0.3, want: { arrival: '2026-12-16' }, raise: 'confirm' },

    { at: 'nights', today: TUE, say: 'Just the one night.', want: { nights: 1 } },
    { at: 'nights', today: TUE, say: 'Four nights please.', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'Until Sunday.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'A couple of nights.', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'Two weeks.', want: { nights: 14 } },
    { at: 'rooms', today: TUE, say: 'Just one.', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: 'Three rooms.', want: { rooms: 3 } },
    { at: 'rooms', today: TUE, say: 'We need two, one for us and one for the kids.', want: { rooms: 2 } },
    { at: 'roomType', today: TUE, say: 'The cheapest one.', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: "I'll take the king.", want: { roomType: 'DLX' } },
    { at: 'name', today: TUE, say: "Yes, it's Emily Watson.", want: { name: 'Emily Watson' } },
    { at: 'name', today: TUE, say: 'My name is David Lee.', want: { name: 'David Lee' } },
    { at: 'name', today: TUE, say: 'Hold on a second.' },
    { at: 'name', today: TUE, say: 'Sorry, what?' },
    { at: 'name', today: TUE, say: "Carlos Mendoza, and we'll pay with a credit card.", want: { name: 'Carlos Mendoza', payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'American Express.', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'Debit.', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'With a card.', raise: 'cardKind' },
    { at: 'readBack', today: TUE, say: 'Actually, make that four nights.', want: { nights: 4 } },
    { at: 'readBack', today: TUE, say: 'Can you change it to the 26th?', want: { arrival: '2026-12-26' } },
    { at: 'readBack', today: TUE, say: 'How much does that come to?', raise: 'total' },
    { at: 'readBack', today: TUE, say: 'I need to change the payment.', raise: { change: 'payment' } },
    { at: 'readBack', today: TUE, say: "Let's do three rooms instead.", want: { rooms: 3 } },
    { at: 'readBack', today: TUE, say: 'Sorry, can I change the callback number?', raise: { change: 'callback' } },
    { at: 'readBack', today: TUE, say: "That's right." },
  ],
};

export const heldOutEnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: SAT, say: 'hey do u have rooms available 12/24-12/26', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, say: '1 king bed room for jan 3-5', want: { rooms: 1, roomType: 'DLX', arrival: '2027-01-03', nights: 2 } },
    { at: 'first', today: TUE, say: 'Any rooms this sat night?', want: { arrival: '2026-12-05' } },
    { at: 'first', today: TUE, say: 'looking for 3 rooms dec 19 2 nights', want: { rooms: 3, arrival: '2026-12-19', nights: 2 } },
    { at: 'first', today: TUE, say: 'is breakfast free', raise: { answer: 'breakfast' } },
    { at: 'first', today: TUE, say: 'pet friendly?', raise: { answer: 'pets' } },
    { at: 'first', today: TUE, say: 'what time can i check in', raise: { answer: 'checkIn' } },
    { at: 'first', today: TUE, say: 'need a room tmrw', want: { rooms: 1, arrival: '2026-12-02' } },
    { at: 'first', today: TUE, say: '2 double rooms 12/11 for 3 nts', want: { rooms: 2, roomType: 'DQ', arrival: '2026-12-11', nights: 3 } },
    { at: 'first', today: TUE, say: 'room for nye', want: { rooms: 1, arrival: '2026-12-31' } },
    { at: 'first', today: TUE, say: 'hi can i book for the 5th-7th', want: { arrival: '2026-12-05', nights: 2 } },
    { at: 'first', today: TUE, say: 'do you have availability on 12/20', want: { arrival: '2026-12-20' } },
    { at: 'first', today: TUE, say: '15 rooms for feb 12', want: { rooms: 15, arrival: '2027-02-12' }, raise: 'group' },
    { at: 'first', today: TUE, say: 'book a suite this weekend', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: "Hi I'm Tom Baker, need a room 12/8", want: { name: 'Tom Baker', rooms: 1, arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: '12/18', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'dec 9', want: { arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'the 21st', want: { arrival: '2026-12-21' } },
    { at: 'arrivalDate', today: TUE, say: '11/15', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: '2/30', raise: 'noSuchDate' },
    { at: 'arrivalDate', today: TUE, say: 'sat', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'next thurs', raise: { choose: ['2026-12-03', '2026-12-10'] } },
    { at: 'nights', today: TUE, say: '3', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'till sunday', want: { nights: 5 } },
    { at: 'payment', today: TUE, say: 'visa', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'paying by card', raise: 'cardKind' },
    { at: 'readBack', today: TUE, say: 'change it to 2 nights', want: { nights: 2 } },
    { at: 'readBack', today: TUE, say: 'how much total', raise: 'total' },
    { at: 'readBack', today: TUE, say: 'change name pls', raise: { change: 'name' } },
  ],
};

export const heldOutEsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'greeting', today: TUE, say: 'Buenas tardes, quisiera reservar una habitación para el próximo sábado.', want: { rooms: 1 }, raise: { choose: ['2026-12-05', '2026-12-12'] } },
    { at: 'greeting', today: TUE, say: 'Necesito dos cuartos para el 20 de diciembre, por dos noches.', want: { rooms: 2, arrival: '2026-12-20', nights: 2 } },
    { at: 'greeting', today: TUE, say: '¿Tienen disponibilidad del 26 al 30 de diciembre?', want: { arrival: '2026-12-26', nights: 4 } },
    { at: 'greeting', today: TUE, say: '¿El desayuno está incluido?', raise: { answer: 'breakfast' } },
    { at: 'greeting', today: TUE, say: '¿Aceptan mascotas?', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: '¿Cuál es la dirección del hotel?', raise: { answer: 'address' } },
    { at: 'greeting', today: TUE, say: '¿A qué hora tengo que dejar la habitación?', raise: { answer: 'checkOut' } },
    { at: 'greeting', today: TUE, say: 'Quiero una suite para Año Nuevo.', want: { rooms: 1, roomType: 'OCEAN', arrival: '2027-01-01' } },
    { at: 'greeting', today: TUE, say: 'Ocupo una habitación para hoy en la noche.', want: { rooms: 1, arrival: '2026-12-01' } },
    { at: 'greeting', today: TUE, say: 'Quisiera apartar tres habitaciones para el viernes.', want: { rooms: 3, arrival: '2026-12-04' } },
    { at: 'menu', today: TUE, say: 'Una habitación doble del 10 al 12.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-10', nights: 2 } },
    { at: 'menu', today: TUE, say: 'Para pasado mañana, dos noches.', want: { arrival: '2026-12-03', nights: 2 } },
    { at: 'menu', today: TUE, say: 'Llego el jueves y me voy el domingo.', want: { arrival: '2026-12-03', nights: 3 } },
    { at: 'menu', today: TUE, say: 'Para el Día de Reyes, una noche.', want: { arrival: '2027-01-06', nights: 1 } },
    { at: 'arrivalDate', today: TUE, say: 'El quince de diciembre.', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: SAT, say: 'El diecinueve.', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: TUE, say: 'Mañana.', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'El próximo lunes.', want: { arrival: '2026-12-07' } },
    { at: 'arrivalDate', today: TUE, say: 'Dentro de dos semanas.', want: { arrival: '2026-12-15' } },
    { at: 'arrivalDate', today: TUE, say: 'El 31 de noviembre.', raise: 'noSuchDate' },
    { at: 'arrivalDate', today: TUE, say: 'El 20 de noviembre.', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'Este sábado.', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'De hoy en ocho.', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'El primero de enero.', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'El 17.', confidence: 0.3, want: { arrival: '2026-12-17' }, raise: 'confirm' },
    { at: 'nights', today: TUE, say: 'Nada más una noche.', want: { nights: 1 } },
    { at: 'nights', today: TUE, say: 'Hasta el domingo.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'Una semana.', want: { nights: 7 } },
    { at: 'rooms', today: TUE, say: 'Nomás una.', want: { rooms: 1 } },
    { at: 'rooms', today: TUE, say: 'Tres cuartos.', want: { rooms: 3 } },
    { at: 'name', today: TUE, say: 'Me llamo Guadalupe Hernández.', want: { name: 'Guadalupe Hernández' } },
    { at: 'name', today: TUE, say: 'Espéreme tantito.' },
    { at: 'name', today: TUE, say: 'A nombre de Jorge Ramírez.', want: { name: 'Jorge Ramírez' } },
    { at: 'payment', today: TUE, say: 'Con tarjeta de crédito.', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'Le pago en efectivo.', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'Pago con tarjeta.', raise: 'cardKind' },
    { at: 'readBack', today: TUE, say: 'Mejor que sean cuatro noches.', want: { nights: 4 } },
    { at: 'readBack', today: TUE, say: '¿Cuánto sale en total?', raise: 'total' },
    { at: 'readBack', today: TUE, say: 'Quiero cambiar la forma de pago.', raise: { change: 'payment' } },
    { at: 'readBack', today: TUE, say: 'Mejor el 27.', want: { arrival: '2026-12-27' } },
    { at: 'readBack', today: TUE, say: 'Sí, está bien.' },
  ],
};

export const heldOutEsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: SAT, say: 'hola tienen cuartos para el 24 de dic', want: { arrival: '2026-12-24' } },
    { at: 'first', today: TUE, say: 'buen dia, 2 hab dobles del 5 al 8 de enero', want: { rooms: 2, roomType: 'DQ', arrival: '2027-01-05', nights: 3 } },
    { at: 'first', today: TUE, say: 'cuanto cuesta el estacionamiento', raise: { answer: 'parking' } },
    { at: 'first', today: TUE, say: 'se admiten perros?', raise: { answer: 'pets' } },
    { at: 'first', today: TUE, say: 'necesito habitacion para mañana 1 noche', want: { rooms: 1, arrival: '2026-12-02', nights: 1 } },
    { at: 'first', today: TUE, say: 'quiero 7 habitaciones el 10 de enero', want: { rooms: 7, arrival: '2027-01-10' }, raise: 'group' },
    { at: 'first', today: TUE, say: 'una sencilla y una doble para el sabado', want: { arrival: '2026-12-05' }, raise: 'oneType' },
    { at: 'first', today: TUE, say: 'a que hora es el check out', raise: { answer: 'checkOut' } },
    { at: 'first', today: TUE, say: 'hola soy Mariana Lopez quiero reservar para el viernes', want: { name: 'Mariana Lopez', arrival: '2026-12-04' } },
    { at: 'first', today: TUE, say: 'del 18 al 21 suite', want: { roomType: 'OCEAN', arrival: '2026-12-18', nights: 3 } },
    { at: 'arrivalDate', today: SAT, say: '24/12', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, say: '5 de enero', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: TUE, say: 'el sabado', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: '30/02', raise: 'noSuchDate' },
    { at: 'arrivalDate', today: TUE, say: '10 nov', raise: 'past' },
    { at: 'nights', today: TUE, say: '2 noches', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'hasta el 12', want: { nights: 4 } },
    { at: 'payment', today: TUE, say: 'efectivo', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'debito', want: { payment: 'debit_card' } },
    { at: 'readBack', today: TUE, say: 'cambia a 3 noches', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'cuanto es en total', raise: 'total' },
    { at: 'readBack', today: TUE, say: 'cambiar nombre', raise: { change: 'name' } },
  ],
};

// Round 2: written after round 1's fixes had landed, the same way, to see whether they generalised.

export const heldOut2EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'greeting', today: TUE, say: "Good morning, I'm trying to get a room for my anniversary, December 18th, just the one night.", want: { rooms: 1, arrival: '2026-12-18', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'We need three rooms for the weekend of the 12th.', want: { rooms: 3, arrival: '2026-12-11', nights: 2 } },
    { at: 'greeting', today: TUE, say: "Hi, could you check if you have a double available on the twenty-third? We'd check out on Christmas.", want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-23', nights: 2 } },
    { at: 'greeting', today: SAT, say: "Do you have any suites free between Christmas and New Year's?", want: { roomType: 'OCEAN', arrival: '2026-12-25', nights: 7 } },
    { at: 'greeting', today: TUE, say: "Yeah, I'm calling about booking a room, uh, for the fourteenth through the sixteenth.", want: { rooms: 1, arrival: '2026-12-14', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Is there free wifi?' },
    { at: 'greeting', today: TUE, say: 'Can I bring my cat?', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: "I'd like five rooms on the 9th.", want: { rooms: 5, arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'Six rooms please, for the 9th.', want: { rooms: 6, arrival: '2026-12-09' }, raise: 'group' },
    { at: 'greeting', today: SAT, say: 'Can I book two nights starting Christmas Eve?', want: { nights: 2, arrival: '2026-12-24' } },
    { at: 'greeting', today: TUE, say: "We're arriving late on Friday night, around 11pm, for two nights.", want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'I need a room on January 2nd for 4 people.', want: { rooms: 1, arrival: '2027-01-02' } },
    { at: 'greeting', today: TUE, say: "It's for the 8th, two rooms, three nights.", want: { arrival: '2026-12-08', rooms: 2, nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'The 1st of January.', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'Um, next month, the 10th.', want: { arrival: '2027-01-10' } },
    { at: 'arrivalDate', today: TUE, say: 'A week from Saturday.', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'This coming Monday.', want: { arrival: '2026-12-07' } },
    { at: 'arrivalDate', today: TUE, say: 'Wednesday.', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'Today.', want: { arrival: '2026-12-01' } },
    { at: 'arrivalDate', today: TUE, say: 'The end of the month.' },
    { at: 'arrivalDate', today: SAT, say: 'Christmas.', want: { arrival: '2026-12-25' } },
    { at: 'arrivalDate', today: TUE, say: 'The fourth of July.', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'November 30th.', raise: 'past' },
    { at: 'arrivalDate', today: TUE, say: 'The 29th of February.', raise: 'noSuchDate' },
    { at: 'arrivalDate', today: TUE, keys: '1205', want: { arrival: '2026-12-05' } },
    { at: 'nights', today: TUE, say: 'Three.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Five nights, leaving on the 13th.', want: { nights: 5 } },
    { at: 'rooms', today: TUE, say: 'Two, please.', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'Just the one room.', want: { rooms: 1 } },
    { at: 'roomType', today: TUE, say: 'Deluxe, please.', want: { roomType: 'DLX' } },
    { at: 'roomType', today: TUE, say: 'The ocean one.', want: { roomType: 'OCEAN' } },
    { at: 'roomType', today: TUE, say: "Whatever's cheapest.", want: { roomType: 'STD' } },
    { at: 'name', today: TUE, say: "Uh, yeah, it's Patricia Gomez.", want: { name: 'Patricia Gomez' } },
    { at: 'name', today: TUE, say: 'Can you hold on?' },
    { at: 'name', today: TUE, say: 'Never mind.' },
    { at: 'payment', today: TUE, say: 'Discover card.', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: "I'll just pay cash at check in.", want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'Card.', raise: 'cardKind' },
    { at: 'readBack', today: TUE, say: 'Wait, can we make it the 27th instead?', want: { arrival: '2026-12-27' } },
    { at: 'readBack', today: TUE, say: 'Change the room type to a suite.', want: { roomType: 'OCEAN' } },
    { at: 'readBack', today: TUE, say: "What's the total cost?", raise: 'total' },
    { at: 'readBack', today: TUE, say: 'Actually, just two nights.', want: { nights: 2 } },
    { at: 'readBack', today: TUE, say: 'Yes please, book it.' },
    { at: 'readBack', today: TUE, say: 'No, wrong name.', raise: { change: 'name' } },
  ],
};

export const heldOut2EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'hi! 2 rooms 1/15-1/18?', want: { rooms: 2, arrival: '2027-01-15', nights: 3 } },
    { at: 'first', today: TUE, say: 'avail for 12/31?', want: { arrival: '2026-12-31' } },
    { at: 'first', today: TUE, say: 'do u take dogs', raise: { answer: 'pets' } },
    { at: 'first', today: TUE, say: 'wifi?' },
    { at: 'first', today: SAT, say: 'king room xmas eve 2 nts', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, say: 'need 10 rooms for a wedding 3/6', want: { rooms: 10, arrival: '2027-03-06' }, raise: 'group' },
    { at: 'first', today: TUE, say: 'rooms for dec 26 to jan 2?', want: { arrival: '2026-12-26', nights: 7 } },
    { at: 'first', today: TUE, say: 'hey is there parking on site', raise: { answer: 'parking' } },
    { at: 'first', today: TUE, say: 'can i book the 10th thru the 13th', want: { arrival: '2026-12-10', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'jan 1', want: { arrival: '2027-01-01' } },
    { at: 'arrivalDate', today: TUE, say: 'tmrw', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'fri', want: { arrival: '2026-12-04' } },
    // (Both numbers could be the month: since round 10, December 1st or the 12th of January, asked.)
    { at: 'arrivalDate', today: TUE, say: '12/01', raise: { choose: ['2026-12-01', '2027-01-12'] } },
    // Day first, the only way it is a date: January 13, said back with the stay.
    { at: 'arrivalDate', today: TUE, say: '13/01', want: { arrival: '2027-01-13' } },
    { at: 'nights', today: TUE, say: '2 nights', want: { nights: 2 } },
    { at: 'payment', today: TUE, say: 'cc', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, say: 'make it 4 nts', want: { nights: 4 } },
    { at: 'readBack', today: TUE, say: 'total?', raise: 'total' },
  ],
};

export const heldOut2EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'greeting', today: TUE, say: 'Buenos días, ¿tendrá una habitación para el viernes 11?', want: { rooms: 1, arrival: '2026-12-11' } },
    { at: 'greeting', today: TUE, say: 'Quiero reservar dos noches a partir del 15.', want: { nights: 2, arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: '¿Cuánto cuesta la noche?' },
    { at: 'greeting', today: TUE, say: 'Necesito una habitación del 2 al 4 de enero para mi esposa y para mí.', want: { rooms: 1, arrival: '2027-01-02', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Somos ocho personas, ¿cuántas habitaciones necesitamos?' },
    { at: 'greeting', today: TUE, say: '¿Hasta qué hora puedo entregar el cuarto?', raise: { answer: 'checkOut' } },
    { at: 'greeting', today: TUE, say: '¿Tienen alberca?' },
    { at: 'greeting', today: SAT, say: 'Quisiera una habitación con vista al mar para Navidad.', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-25' } },
    { at: 'greeting', today: TUE, say: 'Reservación para el sábado y domingo.', want: { arrival: '2026-12-05', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Necesito seis habitaciones para el 20.', want: { rooms: 6, arrival: '2026-12-20' }, raise: 'group' },
    { at: 'menu', today: TUE, say: 'Una king para mañana.', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-02' } },
    { at: 'menu', today: TUE, say: 'Del viernes al lunes.', want: { arrival: '2026-12-04', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'El 3 de enero.', want: { arrival: '2027-01-03' } },
    { at: 'arrivalDate', today: TUE, say: 'Pasado mañana.', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'El próximo martes.', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'El jueves.', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: SAT, say: 'El 24.', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, say: 'En una semana.', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'El 31 de febrero.', raise: 'noSuchDate' },
    { at: 'nights', today: TUE, say: 'Tres noches.', want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Dos.', want: { nights: 2 } },
    { at: 'rooms', today: TUE, say: 'Dos habitaciones.', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'Una nada más.', want: { rooms: 1 } },
    { at: 'roomType', today: TUE, say: 'La más barata.', want: { roomType: 'STD' } },
    { at: 'roomType', today: TUE, say: 'Doble.', want: { roomType: 'DQ' } },
    { at: 'name', today: TUE, say: 'Soy Fernando Torres.', want: { name: 'Fernando Torres' } },
    { at: 'name', today: TUE, say: '¿Mande?' },
    { at: 'name', today: TUE, say: 'Un momento.' },
    { at: 'payment', today: TUE, say: 'En efectivo.', want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'Con débito.', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: 'Con tarjeta, por favor.', raise: 'cardKind' },
    { at: 'readBack', today: TUE, say: 'Cámbieme la fecha al 20.', want: { arrival: '2026-12-20' } },
    { at: 'readBack', today: TUE, say: '¿Cuánto va a ser en total?', raise: 'total' },
    { at: 'readBack', today: TUE, say: 'Mejor dos habitaciones.', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'Cámbieme el nombre.', raise: { change: 'name' } },
    { at: 'readBack', today: TUE, say: 'Está perfecto.' },
  ],
};

export const heldOut2EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'hola, hay disponibilidad 20-22 dic?', want: { arrival: '2026-12-20', nights: 2 } },
    { at: 'first', today: TUE, say: 'aceptan perros?', raise: { answer: 'pets' } },
    { at: 'first', today: TUE, say: 'necesito 2 cuartos para el 31', want: { rooms: 2, arrival: '2026-12-31' } },
    { at: 'first', today: TUE, say: 'reservar para hoy', want: { arrival: '2026-12-01' } },
    { at: 'first', today: TUE, say: 'check in a que hora?', raise: { answer: 'checkIn' } },
    { at: 'first', today: TUE, say: '1 hab sencilla 3 noches desde el 9', want: { rooms: 1, roomType: 'STD', nights: 3, arrival: '2026-12-09' } },
    { at: 'arrivalDate', today: TUE, say: 'mañana', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: SAT, say: '25/12', want: { arrival: '2026-12-25' } },
    { at: 'arrivalDate', today: TUE, say: 'el 15 de nov', raise: 'past' },
    { at: 'nights', today: TUE, say: '4', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'una semana', want: { nights: 7 } },
    { at: 'payment', today: TUE, say: 'tarjeta de credito', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'tarjeta', raise: 'cardKind' },
    { at: 'readBack', today: TUE, say: 'mejor 2 noches', want: { nights: 2 } },
    { at: 'readBack', today: TUE, say: 'cambiar fecha al 18', want: { arrival: '2026-12-18' } },
    { at: 'readBack', today: TUE, say: 'cuanto sale', raise: 'total' },
  ],
};

// Round 3: written after round 2's fixes, the same way.

export const heldOut3EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'greeting', today: TUE, say: "Hey there, looking for two queen rooms, checking in December 20th, checking out the 23rd, name's Mike Brown.", want: { rooms: 2, roomType: 'DQ', arrival: '2026-12-20', nights: 3, name: 'Mike Brown' } },
    { at: 'greeting', today: TUE, say: 'Can I make a reservation for the night of the 15th?', want: { arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'Do you have availability this Friday through Monday for a family of four?', want: { arrival: '2026-12-04', nights: 3 } },
    { at: 'greeting', today: TUE, say: "I'd like to book for two adults and two kids, one room, from the 26th for five nights.", want: { rooms: 1, arrival: '2026-12-26', nights: 5 } },
    { at: 'greeting', today: SAT, say: 'Any chance you have a room for tonight?', want: { rooms: 1, arrival: '2026-11-28' } },
    { at: 'greeting', today: TUE, say: 'I want to reserve the deluxe king for my honeymoon, the 19th through the 26th.', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-19', nights: 7 } },
    { at: 'greeting', today: TUE, say: "What's the address, and do you have parking?", raise: { answer: 'address' } },
    { at: 'greeting', today: TUE, say: 'Reservation please, three rooms, the 4th of January, two nights, cash.', want: { rooms: 3, arrival: '2027-01-04', nights: 2, payment: 'cash' } },
    { at: 'greeting', today: TUE, say: 'Hi, I need to book seven rooms for my company retreat in February, the 10th to the 12th.', want: { rooms: 7, arrival: '2027-02-10', nights: 2 }, raise: 'group' },
    { at: 'greeting', today: TUE, say: 'Could I get a standard room and a suite for Friday?', want: { arrival: '2026-12-04' }, raise: 'oneType' },
    { at: 'arrivalDate', today: TUE, say: "Let's say the 18th.", want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'Probably the 5th or the 6th.', raise: { choose: ['2026-12-05', '2026-12-06'] } },
    { at: 'arrivalDate', today: TUE, say: 'Two weeks from Friday.', want: { arrival: '2026-12-18' } },
    { at: 'arrivalDate', today: TUE, say: 'Monday after next.', want: { arrival: '2026-12-14' } },
    { at: 'arrivalDate', today: TUE, say: 'The 15th of December through the 18th.', want: { arrival: '2026-12-15', nights: 3 } },
    { at: 'nights', today: TUE, say: 'Till the 12th.', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'Ten nights.', want: { nights: 10 } },
    { at: 'rooms', today: TUE, say: 'Four rooms please.', want: { rooms: 4 } },
    { at: 'name', today: TUE, say: "It's Jennifer, Jennifer Adams.", want: { name: 'Jennifer Adams' } },
    { at: 'payment', today: TUE, say: 'Visa debit.', want: { payment: 'debit_card' } },
    { at: 'payment', today: TUE, say: "I'll pay by credit card.", want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, say: 'Hmm, can you change the date to Friday?', want: { arrival: '2026-12-04' } },
    { at: 'readBack', today: TUE, say: 'Can we add another room?', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'I want to change the number of nights to six.', want: { nights: 6 } },
    { at: 'readBack', today: TUE, say: "No that's wrong, it should be two rooms.", want: { rooms: 2 } },
  ],
};

export const heldOut3EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'Hello! Looking for a room Dec 12-14 for 2 adults', want: { rooms: 1, arrival: '2026-12-12', nights: 2 } },
    { at: 'first', today: TUE, say: 'hi do you have a suite avail 1/1 - 1/3', want: { rooms: 1, roomType: 'OCEAN', arrival: '2027-01-01', nights: 2 } },
    { at: 'first', today: TUE, say: 'Can I check in early?', raise: { answer: 'checkIn' } },
    { at: 'first', today: TUE, say: 'how much for a king tonight', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-01' } },
    { at: 'first', today: TUE, say: '3 rms 12/18 1 nt', want: { rooms: 3, arrival: '2026-12-18', nights: 1 } },
    { at: 'arrivalDate', today: TUE, say: 'the 4th', want: { arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'this sat', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'december 32' },
    { at: 'nights', today: TUE, say: '1 night', want: { nights: 1 } },
    { at: 'readBack', today: TUE, say: 'change to 3 rooms', want: { rooms: 3 } },
    { at: 'readBack', today: TUE, say: 'wrong date, its the 19th', want: { arrival: '2026-12-19' } },
  ],
};

export const heldOut3EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'greeting', today: TUE, say: 'Bueno, quería ver si tienen una habitación doble para el 23 de diciembre, dos noches.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-23', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Fíjese que necesito tres cuartos para el fin de semana.', want: { rooms: 3, arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: '¿Me puede apartar un cuarto para el viernes 18?', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'Queremos llegar el 27 y salir el 2 de enero.', want: { arrival: '2026-12-27', nights: 6 } },
    { at: 'greeting', today: TUE, say: '¿Se puede llevar mascota?', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: '¿Incluye desayuno?', raise: { answer: 'breakfast' } },
    { at: 'greeting', today: TUE, say: '¿Cuánto es de impuestos?', raise: { answer: 'taxes' } },
    { at: 'menu', today: TUE, say: 'Una suite del 30 de diciembre al 2 de enero.', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-30', nights: 3 } },
    { at: 'menu', today: TUE, say: 'Para hoy, una noche nada más.', want: { arrival: '2026-12-01', nights: 1 } },
    { at: 'arrivalDate', today: TUE, say: 'El viernes que viene.', raise: { choose: ['2026-12-04', '2026-12-11'] } },
    { at: 'arrivalDate', today: TUE, say: 'El sábado 12.', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'El 2 de diciembre.', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'Para Año Nuevo.', want: { arrival: '2027-01-01' } },
    { at: 'nights', today: TUE, say: 'Cuatro.', want: { nights: 4 } },
    { at: 'nights', today: TUE, say: 'Dos semanas.', want: { nights: 14 } },
    { at: 'rooms', today: TUE, say: 'Ocupamos dos.', want: { rooms: 2 } },
    { at: 'name', today: TUE, say: 'Mi nombre es Ana Lucía Ramírez.', want: { name: 'Ana Lucía Ramírez' } },
    { at: 'name', today: TUE, say: '¿Perdón?' },
    { at: 'payment', today: TUE, say: 'Con Visa.', want: { payment: 'credit_card' } },
    { at: 'payment', today: TUE, say: 'Pago en efectivo al llegar.', want: { payment: 'cash' } },
    { at: 'readBack', today: TUE, say: 'No, son tres noches.', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'Cámbiele a la suite.', want: { roomType: 'OCEAN' } },
    { at: 'readBack', today: TUE, say: 'Quiero cambiar el teléfono.', raise: { change: 'callback' } },
    { at: 'readBack', today: TUE, say: '¿Cuánto me va a salir?', raise: 'total' },
  ],
};

export const heldOut3EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'Buenas tardes, tienen habitacion para 2 personas el 19 de diciembre?', want: { rooms: 1, arrival: '2026-12-19' } },
    { at: 'first', today: TUE, say: 'quiero reservar 2 noches desde el 7 de enero', want: { arrival: '2027-01-07', nights: 2 } },
    { at: 'first', today: TUE, say: 'tienen estacionamiento gratis?', raise: { answer: 'parking' } },
    { at: 'first', today: SAT, say: 'reservar suite 24 al 26 dic', want: { roomType: 'OCEAN', arrival: '2026-12-24', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'sabado 5', want: { arrival: '2026-12-05' } },
    { at: 'arrivalDate', today: TUE, say: 'el lunes', want: { arrival: '2026-12-07' } },
    { at: 'arrivalDate', today: TUE, say: '31/11', raise: 'noSuchDate' },
    { at: 'nights', today: TUE, say: '3 noches', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'mejor 4 noches', want: { nights: 4 } },
    { at: 'readBack', today: TUE, say: 'cambiar a 2 habitaciones', want: { rooms: 2 } },
  ],
};

// Round 4: written after round 3's fixes, the same way; more of the recogniser's own habits
// (digits, "Dec.", fillers, run-on sentences) and of texts.

export const heldOut4EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'greeting', today: TUE, say: 'Yes hi um I was calling because we need 2 rooms uh from Dec. 11th to the 13th', want: { rooms: 2, arrival: '2026-12-11', nights: 2 } },
    { at: 'greeting', today: TUE, say: "So my wife and I are coming into town on the 17th and we'd need a place for 3 nights", want: { arrival: '2026-12-17', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Do you have 1 king bed available Saturday night', want: { rooms: 1, roomType: 'DLX', arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, say: "I'm looking at the 21st through the 24th, what do you have?", want: { arrival: '2026-12-21', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Hello, I booked with you last year and want to come back January 8th for a week.', want: { arrival: '2027-01-08', nights: 7 } },
    { at: 'greeting', today: TUE, say: 'Can you tell me if breakfast comes with the room?', raise: { answer: 'breakfast' } },
    { at: 'greeting', today: TUE, say: 'How late is check in?', raise: { answer: 'checkIn' } },
    { at: 'greeting', today: TUE, say: "Need a room tomorrow and the next night, it's for my mom.", want: { rooms: 1, arrival: '2026-12-02', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'I want 2 standard rooms, Friday to Sunday, and my name is Grace Kim.', want: { rooms: 2, roomType: 'STD', arrival: '2026-12-04', nights: 2, name: 'Grace Kim' } },
    { at: 'greeting', today: TUE, say: 'We need like 20 rooms for a tournament in March.', want: { rooms: 20 }, raise: 'group' },
    { at: 'greeting', today: SAT, say: 'Is there anything open on Christmas?', want: { arrival: '2026-12-25' } },
    { at: 'greeting', today: TUE, say: 'Could I get a room for Wednesday the 9th?', want: { rooms: 1, arrival: '2026-12-09' } },
    { at: 'greeting', today: TUE, say: 'Could I get a room for Thursday the 9th?', want: { rooms: 1 }, raise: { choose: ['2026-12-09', '2026-12-10'] } },
    { at: 'arrivalDate', today: TUE, say: 'Dec. 20th.', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: 'The 2nd of next month.', want: { arrival: '2027-01-02' } },
    { at: 'arrivalDate', today: TUE, say: 'Next Saturday the 12th.', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: 'I think it was the 19th, yeah the 19th.', want: { arrival: '2026-12-19' } },
    { at: 'arrivalDate', today: TUE, say: 'A month from now.' },
    { at: 'arrivalDate', today: TUE, say: 'Tomorrow night.', want: { arrival: '2026-12-02' } },
    { at: 'arrivalDate', today: TUE, say: 'This Sunday, leaving Tuesday.', want: { arrival: '2026-12-06', nights: 2 } },
    { at: 'nights', today: TUE, say: "We'll stay 3 nights.", want: { nights: 3 } },
    { at: 'nights', today: TUE, say: 'Through the weekend.', want: { nights: 5 } },
    { at: 'nights', today: TUE, say: 'Checking out Friday.', want: { nights: 3 } },
    { at: 'rooms', today: TUE, say: "It'll be 2.", want: { rooms: 2 } },
    { at: 'name', today: TUE, say: 'Sure, Daniel Ortiz.', want: { name: 'Daniel Ortiz' } },
    { at: 'name', today: TUE, say: "What's that for?" },
    { at: 'payment', today: TUE, say: 'Probably a credit card.', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, say: "Oh wait, it's 3 rooms not 2.", want: { rooms: 3 } },
    { at: 'readBack', today: TUE, say: 'Can you move it to the 22nd?', want: { arrival: '2026-12-22' } },
    { at: 'readBack', today: TUE, say: 'Sounds good.' },
  ],
};

export const heldOut4EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'hi there, rooms available 12/19 for 1 night?', want: { arrival: '2026-12-19', nights: 1 } },
    { at: 'first', today: TUE, say: 'Reservation for 2 ppl, this fri and sat', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'first', today: TUE, say: 'u guys have breakfast?', raise: { answer: 'breakfast' } },
    { at: 'first', today: TUE, say: 'need 1 room from 1/2/27 to 1/5/27', want: { rooms: 1, arrival: '2027-01-02', nights: 3 } },
    { at: 'first', today: TUE, say: 'book double room 12/24 x 2 nights', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, say: 'what r ur check out times', raise: { answer: 'checkOut' } },
    { at: 'arrivalDate', today: TUE, say: 'dec 18th', want: { arrival: '2026-12-18' } },
    // December 18, or the 12th to the 18th: asked.
    { at: 'arrivalDate', today: TUE, say: '12-18', raise: { choose: ['2026-12-18', '2026-12-12'] } },
    // Said on a Tuesday, like "next Friday" in the issue: this week's Saturday or next week's.
    { at: 'arrivalDate', today: TUE, say: 'next sat', raise: { choose: ['2026-12-05', '2026-12-12'] } },
    { at: 'nights', today: TUE, say: 'two', want: { nights: 2 } },
    { at: 'readBack', today: TUE, say: 'pls change to 1 night', want: { nights: 1 } },
  ],
};

export const heldOut4EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'greeting', today: TUE, say: 'Sí, buenas tardes, le hablo para reservar dos habitaciones para el 18 de diciembre.', want: { rooms: 2, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'Oiga, ¿cuánto me cobran por noche?' },
    { at: 'greeting', today: TUE, say: 'Vamos a llegar el viernes y nos vamos el domingo, somos cuatro.', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: '¿Tienen cuartos disponibles para la próxima semana?' },
    { at: 'greeting', today: TUE, say: 'Quiero una habitación sencilla del 5 al 7.', want: { rooms: 1, roomType: 'STD', arrival: '2026-12-05', nights: 2 } },
    { at: 'greeting', today: TUE, say: '¿Hay estacionamiento para camioneta?', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, say: 'Necesito reservar para mañana y pasado.', want: { arrival: '2026-12-02', nights: 2 } },
    { at: 'menu', today: TUE, say: 'Tres habitaciones dobles para el 26, cuatro noches.', want: { rooms: 3, roomType: 'DQ', arrival: '2026-12-26', nights: 4 } },
    { at: 'arrivalDate', today: TUE, say: 'El 10 de este mes.', want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'El próximo viernes 11.', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'Para el 6 de enero.', want: { arrival: '2027-01-06' } },
    { at: 'arrivalDate', today: TUE, say: 'Este domingo.', want: { arrival: '2026-12-06' } },
    { at: 'nights', today: TUE, say: 'Nomás dos noches.', want: { nights: 2 } },
    { at: 'nights', today: TUE, say: 'Hasta el jueves.', want: { nights: 2 } },
    { at: 'name', today: TUE, say: 'Sí, Rosa María Delgado.', want: { name: 'Rosa María Delgado' } },
    { at: 'name', today: TUE, say: '¿Para qué lo necesita?' },
    { at: 'payment', today: TUE, say: 'Con tarjeta de débito.', want: { payment: 'debit_card' } },
    { at: 'readBack', today: TUE, say: 'No, perdón, son dos habitaciones.', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'Cámbiela para el 20, por favor.', want: { arrival: '2026-12-20' } },
    { at: 'readBack', today: TUE, say: 'Sí, así está bien.' },
  ],
};

export const heldOut4EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'Hola! me gustaria reservar 1 habitacion del 21 al 23 de diciembre', want: { rooms: 1, arrival: '2026-12-21', nights: 2 } },
    { at: 'first', today: TUE, say: 'tienen lugar para esta noche?', want: { arrival: '2026-12-01' } },
    { at: 'first', today: TUE, say: 'incluye desayuno?', raise: { answer: 'breakfast' } },
    { at: 'first', today: TUE, say: '2 cuartos 8 y 9 de enero', want: { rooms: 2, arrival: '2027-01-08', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: '20 dic', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: 'el proximo viernes', raise: { choose: ['2026-12-04', '2026-12-11'] } },
    { at: 'nights', today: TUE, say: '5', want: { nights: 5 } },
    { at: 'readBack', today: TUE, say: 'son 3 noches no 1', want: { nights: 3 } },
  ],
};

// Round 5: numbers that are not dates or counts of rooms (times, ages, prices, people, phone
// numbers), where a reader is most tempted to take something silently.

export const heldOut5EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'greeting', today: TUE, say: "We'll get in around 10 on Friday, 2 nights.", want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Room for 2 adults and our kids, they are 5 and 7, on the 18th.', want: { rooms: 1, arrival: '2026-12-18' } },
    { at: 'greeting', today: TUE, say: 'Is the rate under $200 a night for the 12th?', want: { arrival: '2026-12-12' } },
    { at: 'greeting', today: TUE, say: 'Party of 6, need rooms for the 20th.', want: { arrival: '2026-12-20' } },
    { at: 'greeting', today: TUE, say: 'My flight lands at 3:45 on the 9th, can I get a room for 3 nights?', want: { rooms: 1, arrival: '2026-12-09', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'The 3 of us need a room on Saturday.', want: { rooms: 1, arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, say: 'In 3 weeks, for 2 nights.', want: { arrival: '2026-12-22', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'I stayed in room 214 last time, can I book it again for the 15th?', want: { arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: 'Call me back at 555 123 4567 about a room for the 10th.', want: { rooms: 1, arrival: '2026-12-10' } },
    { at: 'greeting', today: TUE, say: "It's 2 rooms with 2 beds each for Friday.", want: { rooms: 2, roomType: 'DQ', arrival: '2026-12-04' } },
    { at: 'arrivalDate', today: TUE, say: 'The 8th, we arrive after 9 pm.', want: { arrival: '2026-12-08' } },
    { at: 'arrivalDate', today: TUE, say: 'Friday at noon.', want: { arrival: '2026-12-04' } },
    { at: 'nights', today: TUE, say: '2 nights, 4 people.', want: { nights: 2 } },
    { at: 'rooms', today: TUE, say: '2 rooms for 5 people.', want: { rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'We are 4.' },
  ],
};

export const heldOut5EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'greeting', today: TUE, say: 'Llegamos como a las 8 de la noche el viernes, dos noches.', want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'greeting', today: TUE, say: 'Somos 2 adultos y 2 niños de 5 y 8 años, para el 19.', want: { arrival: '2026-12-19' } },
    { at: 'greeting', today: TUE, say: 'Una habitación para 3 personas el sábado.', want: { rooms: 1, arrival: '2026-12-05' } },
    { at: 'greeting', today: TUE, say: 'En 2 semanas, por 3 noches.', want: { arrival: '2026-12-15', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'El 12, llegamos a las 3 de la tarde.', want: { arrival: '2026-12-12' } },
    { at: 'nights', today: TUE, say: '3 noches, somos 4.', want: { nights: 3 } },
  ],
};

export const heldOut5Text: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'first', today: TUE, say: 'room for 2 on 12/10, arriving 11pm', want: { rooms: 1, arrival: '2026-12-10' } },
    { at: 'first', today: TUE, say: 'hi, 4 adults 2 rooms 12/18-12/20', want: { rooms: 2, arrival: '2026-12-18', nights: 2 } },
    { at: 'first', today: TUE, say: 'is it $150 for the 3rd?', want: { arrival: '2026-12-03' } },
    // (Since round 10: December 5th or the 12th of May, asked.)
    { at: 'arrivalDate', today: TUE, say: '12/5 around 4pm', raise: { choose: ['2026-12-05', '2027-05-12'] } },
  ],
};

// Round 6: a detail changed or added at a later question, and the read-back in many words.

export const heldOut6EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'payment', today: TUE, say: 'Cash, and can we make it 3 nights instead?', want: { payment: 'cash', nights: 3 } },
    { at: 'name', today: TUE, say: 'Tom Hardy, and I need 2 rooms actually.', want: { name: 'Tom Hardy', rooms: 2 } },
    { at: 'rooms', today: TUE, say: 'Two, and we want the suite.', want: { rooms: 2, roomType: 'OCEAN' } },
    { at: 'nights', today: TUE, say: '4 nights, oh and is parking free?', want: { nights: 4 }, raise: { answer: 'parking' } },
    { at: 'roomType', today: TUE, say: 'Standard, for 2 nights please.', want: { roomType: 'STD', nights: 2 } },
    { at: 'roomType', today: TUE, say: "What's the difference between the king and the queen?" },
    { at: 'readBack', today: TUE, say: "Everything's right except the name, it should be Stephen with a p h.", raise: { change: 'name' } },
    { at: 'readBack', today: TUE, say: "Yes that's all correct, thank you." },
    { at: 'readBack', today: TUE, say: 'Can we make it the 9th to the 12th?', want: { arrival: '2026-12-09', nights: 3 } },
    { at: 'readBack', today: TUE, say: 'Switch it to cash please.', want: { payment: 'cash' } },
    { at: 'readBack', today: TUE, say: "Hmm, no, I'd rather have the standard room.", want: { roomType: 'STD' } },
    { at: 'readBack', today: TUE, say: 'Could you read that back again?' },
  ],
};

export const heldOut6EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'payment', today: TUE, say: 'En efectivo, y mejor que sean dos habitaciones.', want: { payment: 'cash', rooms: 2 } },
    { at: 'nights', today: TUE, say: 'Tres, y ¿tienen desayuno?', want: { nights: 3 }, raise: { answer: 'breakfast' } },
    { at: 'roomType', today: TUE, say: 'La doble, por dos noches.', want: { roomType: 'DQ', nights: 2 } },
    { at: 'readBack', today: TUE, say: 'Todo bien menos la fecha, es el 15.', want: { arrival: '2026-12-15' } },
    { at: 'readBack', today: TUE, say: 'Cámbielo a efectivo, por favor.', want: { payment: 'cash' } },
    { at: 'readBack', today: TUE, say: '¿Me lo puede repetir?' },
    { at: 'readBack', today: TUE, say: 'Sí, todo correcto, gracias.' },
  ],
};

export const heldOut6Text: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'payment', today: TUE, say: 'debit. also can it be 2 rooms', want: { payment: 'debit_card', rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'looks good but change payment to credit', want: { payment: 'credit_card' } },
    { at: 'readBack', today: TUE, say: 'yep confirm' },
  ],
};

// Round 7: choosing between the two Fridays "next Friday" can mean (said on Tuesday 1 December:
// Friday 4 or Friday 11), in the caller's own words.

export const heldOut7EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'dateChoice', today: TUE, say: 'The second one.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'The 11th.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'This Friday.', want: { arrival: '2026-12-04' } },
    { at: 'dateChoice', today: TUE, say: 'The later one.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'The one next week.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'The 4th please.', want: { arrival: '2026-12-04' } },
    { at: 'dateChoice', today: TUE, say: 'Neither, I meant Saturday.', want: { arrival: '2026-12-05' } },
    { at: 'dateChoice', today: TUE, say: 'Um, the first one I guess.', want: { arrival: '2026-12-04' } },
    { at: 'dateChoice', today: TUE, say: 'December 11th, for 3 nights.', want: { arrival: '2026-12-11', nights: 3 } },
    { at: 'dateChoice', today: TUE, say: "The 4th, it's 2 rooms.", want: { arrival: '2026-12-04', rooms: 2 } },
  ],
};

export const heldOut7EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'dateChoice', today: TUE, say: 'El segundo.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'El de la otra semana.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'Este viernes.', want: { arrival: '2026-12-04' } },
    { at: 'dateChoice', today: TUE, say: 'El 11.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'El primero.', want: { arrival: '2026-12-04' } },
    { at: 'dateChoice', today: TUE, say: 'El más cercano.', want: { arrival: '2026-12-04' } },
  ],
};

export const heldOut7Text: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    { at: 'dateChoice', today: TUE, say: '2', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'the 11th', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'dec 4', want: { arrival: '2026-12-04' } },
    { at: 'dateChoice', today: TUE, say: 'first one', want: { arrival: '2026-12-04' } },
  ],
};

// Round 8: written after round 7's fixes, the same way; questions and requests in less usual words.

export const heldOut8EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    { at: 'greeting', today: TUE, say: 'Are dogs okay at your hotel?', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: 'Is there somewhere to park?', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, say: 'Do you serve breakfast in the morning?', raise: { answer: 'breakfast' } },
    { at: 'greeting', today: TUE, say: 'What street are you on?', raise: { answer: 'address' } },
    // The question answered; Friday taken as the arrival (said back, so it is not silent).
    { at: 'greeting', today: TUE, say: 'When can we get into the room on Friday?', want: { arrival: '2026-12-04' }, raise: { answer: 'checkIn' } },
    { at: 'greeting', today: TUE, say: "We'd like a room, just for tomorrow night, me and my husband.", want: { rooms: 1, arrival: '2026-12-02', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Looking for accommodation the 11th through the 14th, a suite if you have one.', want: { rooms: 1, roomType: 'OCEAN', arrival: '2026-12-11', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Six nights starting Saturday, two rooms.', want: { nights: 6, arrival: '2026-12-05', rooms: 2 } },
    { at: 'greeting', today: TUE, say: 'I need to book nine rooms for my family reunion on the 26th.', want: { rooms: 9, arrival: '2026-12-26' }, raise: 'group' },
    { at: 'greeting', today: TUE, say: 'Can I reserve something from this Friday till next Tuesday?', want: { arrival: '2026-12-04', nights: 4 } },
    { at: 'arrivalDate', today: TUE, say: "It'd be the 10th.", want: { arrival: '2026-12-10' } },
    { at: 'arrivalDate', today: TUE, say: 'December twentieth.', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: 'This Thursday.', want: { arrival: '2026-12-03' } },
    { at: 'arrivalDate', today: TUE, say: 'Not sure yet, maybe the 12th or 13th.', raise: { choose: ['2026-12-12', '2026-12-13'] } },
    { at: 'nights', today: TUE, say: 'Three nights, maybe four.' },
    { at: 'nights', today: TUE, say: 'Five.', want: { nights: 5 } },
    { at: 'rooms', today: TUE, say: 'Just me, so one.', want: { rooms: 1 } },
    { at: 'name', today: TUE, say: 'The name is Li Wei.', want: { name: 'Li Wei' } },
    { at: 'name', today: TUE, say: 'Um, can you hang on?' },
    { at: 'payment', today: TUE, say: "I'd rather pay in cash.", want: { payment: 'cash' } },
    { at: 'payment', today: TUE, say: 'On my card.', raise: 'cardKind' },
    { at: 'readBack', today: TUE, say: "Yes, that's perfect, thanks." },
    { at: 'readBack', today: TUE, say: 'Can we change it to two nights?', want: { nights: 2 } },
    { at: 'readBack', today: TUE, say: "What's the price for all of it?", raise: 'total' },
  ],
};

export const heldOut8EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'greeting', today: TUE, say: '¿Puedo llevar a mi perrito?', raise: { answer: 'pets' } },
    { at: 'greeting', today: TUE, say: '¿Dónde queda el hotel?', raise: { answer: 'address' } },
    { at: 'greeting', today: TUE, say: '¿Tienen dónde estacionar el carro?', raise: { answer: 'parking' } },
    { at: 'greeting', today: TUE, say: 'Quiero apartar un cuarto doble para el sábado, una noche.', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-05', nights: 1 } },
    { at: 'greeting', today: TUE, say: 'Necesito ocho cuartos para una boda el 19.', want: { rooms: 8, arrival: '2026-12-19' }, raise: 'group' },
    { at: 'menu', today: TUE, say: 'Del martes 8 al viernes 11.', want: { arrival: '2026-12-08', nights: 3 } },
    { at: 'arrivalDate', today: TUE, say: 'Para el veinte.', want: { arrival: '2026-12-20' } },
    { at: 'arrivalDate', today: TUE, say: 'El jueves que viene.', raise: { choose: ['2026-12-03', '2026-12-10'] } },
    { at: 'nights', today: TUE, say: 'Como tres noches.', want: { nights: 3 } },
    { at: 'name', today: TUE, say: 'Soy la señora Patricia Ortega.', want: { name: 'Patricia Ortega' } },
    { at: 'payment', today: TUE, say: 'Con tarjeta de débito, por favor.', want: { payment: 'debit_card' } },
    { at: 'readBack', today: TUE, say: 'Está bien, confírmelo.' },
    { at: 'readBack', today: TUE, say: 'Mejor que sea una sola habitación.', want: { rooms: 1 } },
  ],
};

export const heldOut8Text: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'first', today: TUE, say: 'hola, precio de habitacion doble para el 15?', want: { rooms: 1, roomType: 'DQ', arrival: '2026-12-15' } },
    { at: 'first', today: TUE, say: 'tienen wifi?' },
    { at: 'first', today: TUE, say: 'reserva 2 noches 24 y 25 de dic', want: { arrival: '2026-12-24', nights: 2 } },
    { at: 'first', today: TUE, say: 'aceptan mascotas pequeñas?', raise: { answer: 'pets' } },
  ],
};

// Round 9: not held out — phrasings found by exploring the readers with phrasings of our own
// (fixed days, both demo hotels), each of which took something silently wrong before the fix
// that came with it. Kept here so that the bar (nothing taken silently wrong) holds them.

export const heldOut9EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // At "press 1 / press 2", recognition writes the key as a digit: not the 1st or 2nd of January.
    { at: 'dateChoice', today: TUE, say: 'Number 2.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'Option 1.', want: { arrival: '2026-12-04' } },
    { at: 'dateChoice', today: TUE, say: '2', want: { arrival: '2026-12-11' } },
    // Monday 29 March 2027: "next Friday" is the 2nd or the 9th of April; "2", the day or the key, is asked again.
    { at: 'dateChoice', today: '2027-03-29', say: '2' },
    // A name's words are the name's: no king room, no cash, no Sunday, no Christmas.
    { at: 'name', today: TUE, say: 'Martin King.', want: { name: 'Martin King' } },
    { at: 'name', today: TUE, say: 'Johnny Cash.', want: { name: 'Johnny Cash' } },
    { at: 'name', today: TUE, say: 'Mary Christmas.', want: { name: 'Mary Christmas' } },
    { at: 'greeting', today: TUE, say: "Hi, I'm Domingo Garcia, I need a room for two nights.", want: { name: 'Domingo Garcia', rooms: 1, nights: 2 } },
    { at: 'greeting', today: TUE, say: "I'm Staying Friday and Saturday.", want: { arrival: '2026-12-04', nights: 2 } },
    { at: 'readBack', today: TUE, say: 'The name is wrong.', raise: { change: 'name' } },
    // Asked how many nights (arriving Tuesday the 8th): the day of leaving.
    { at: 'nights', today: TUE, say: 'The 12th.', want: { nights: 4 } },
    // No day said: not Christmas, not tomorrow. (At the read-back, a day later than the arrival
    // booked, Tuesday the 8th: see round 10.)
    { at: 'greeting', today: TUE, say: 'Do you have a room sometime after Christmas?' },
    { at: 'readBack', today: TUE, say: 'Can you make it a day later?', want: { arrival: '2026-12-09' } },
    // A method said not to be is not the one.
    { at: 'payment', today: TUE, say: "I don't have any cash." },
    { at: 'payment', today: TUE, say: 'Not cash, credit card.', want: { payment: 'credit_card' } },
    // A type said not to be is not the one.
    { at: 'roomType', today: TUE, say: 'Anything but the suite.' },
    { at: 'roomType', today: TUE, say: "I don't want a king, the double queen.", want: { roomType: 'DQ' } },
    // A price is not a count of rooms; "call me back" is not Spanish.
    { at: 'greeting', today: TUE, say: 'The 180 room, for 3 nights from the 5th.', want: { arrival: '2026-12-05', nights: 3 } },
    { at: 'greeting', today: TUE, say: 'Can you call me back at 212 555 0199?' },
    // "Single" (a synonym of the standard room) in a length of stay.
    { at: 'greeting', today: TUE, say: 'Just a single night, on the 9th.', want: { nights: 1, arrival: '2026-12-09' } },
  ],
};

export const heldOut9EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'dateChoice', today: TUE, say: 'El 2.', want: { arrival: '2026-12-11' } },
    { at: 'dateChoice', today: TUE, say: 'La opción 1.', want: { arrival: '2026-12-04' } },
    { at: 'name', today: TUE, say: 'Domingo Pérez.', want: { name: 'Domingo Pérez' } },
    { at: 'name', today: TUE, say: 'Patricia Ortega y somos dos.', want: { name: 'Patricia Ortega' } },
    { at: 'greeting', today: TUE, say: 'A nombre de Mercedes Martes, una habitación para el 12.', want: { name: 'Mercedes Martes', rooms: 1, arrival: '2026-12-12' } },
    { at: 'nights', today: TUE, say: 'El 12.', want: { nights: 4 } },
    { at: 'payment', today: TUE, say: 'No tengo efectivo.' },
    { at: 'roomType', today: TUE, say: 'No quiero la suite.' },
  ],
};

// Round 10: written by the session that read names said in lower case or surname first, weekdays
// a week on, half months and long weekends, and changes counted from what is already booked. Each
// phrasing was written before it was run; those still asked again (not understood) stay here too.

export const heldOut10EnVoice: CorpusFile = {
  channel: 'voice',
  lang: 'en',
  cases: [
    // A recogniser without capitals: the surname is the name's, not a way to pay.
    { at: 'name', today: TUE, say: 'johnny cash', want: { name: 'Johnny Cash' } },
    { at: 'name', today: TUE, say: 'carla card', want: { name: 'Carla Card' } },
    { at: 'greeting', today: TUE, say: 'hi this is johnny cash i need a room for friday', want: { name: 'Johnny Cash', rooms: 1, arrival: '2026-12-04' } },
    // Surname first: turned round, and confirmed.
    { at: 'name', today: TUE, say: 'Lopez, Domingo.', want: { name: 'Domingo Lopez' }, raise: 'confirm' },
    { at: 'name', today: TUE, say: 'Garcia, Maria Elena.', want: { name: 'Maria Elena Garcia' }, raise: 'confirm' },
    // British: a week after the coming weekday.
    { at: 'arrivalDate', today: TUE, say: 'Friday week.', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: MON, say: 'Tuesday week, please.', want: { arrival: '2026-12-15' } },
    { at: 'greeting', today: TUE, say: "We'd like a double for Thursday fortnight, two nights.", want: { roomType: 'DQ', rooms: 1, arrival: '2026-12-17', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'A week on Saturday.', want: { arrival: '2026-12-12' } },
    { at: 'arrivalDate', today: TUE, say: "This Friday, no, sorry, the other one.", want: { arrival: '2026-12-11' } },
    // At the read-back (arriving Tuesday the 8th, 2 nights, 1 room): counted from what is booked.
    { at: 'readBack', today: TUE, say: 'Actually, can we do one more night?', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: "Let's do one night less.", want: { nights: 1 } },
    { at: 'readBack', today: TUE, say: 'Could you push it back a week?', want: { arrival: '2026-12-15' } },
    { at: 'readBack', today: TUE, say: "We'll check out a day later.", want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'Can we come in a day early?', want: { arrival: '2026-12-07', nights: 3 }, raise: 'confirm' },
    { at: 'readBack', today: TUE, say: 'I need two more nights than last time.' },
    // (Since round 11: a day earlier or later, the caller chooses.)
    { at: 'readBack', today: TUE, say: 'Move it a day.', raise: { choose: ['2026-12-07', '2026-12-09'] } },
    { at: 'nights', today: TUE, say: 'One more than last time.' },
    // Half a month: the 1st to the 15th, confirmed; a long weekend alone is no day.
    { at: 'arrivalDate', today: TUE, say: 'The first half of January.', want: { arrival: '2027-01-01', nights: 14 }, raise: 'confirm' },
    { at: 'greeting', today: TUE, say: 'Do you have anything over the long weekend?' },
    { at: 'arrivalDate', today: TUE, say: "Friday doesn't work for us." },
    { at: 'arrivalDate', today: TUE, say: 'First thing tomorrow morning.', want: { arrival: '2026-12-02' } },
    // Numbers written as words that sound the same: confirmed, never taken as heard.
    { at: 'nights', today: TUE, say: 'For nights.', want: { nights: 4 }, raise: 'confirm' },
    { at: 'rooms', today: TUE, say: 'To rooms please.', want: { rooms: 2 }, raise: 'confirm' },
    { at: 'greeting', today: TUE, say: 'Do you have a room on the 3rd and the 5th?' },
    { at: 'greeting', today: TUE, say: "We'd want the Friday, the week of the 14th." },
  ],
};

export const heldOut10EsVoice: CorpusFile = {
  channel: 'voice',
  lang: 'es',
  cases: [
    { at: 'name', today: TUE, say: 'maría de la luz garcía', want: { name: 'María de la Luz García' } },
    { at: 'name', today: TUE, say: 'Pérez, Juan, por favor.', want: { name: 'Juan Pérez' }, raise: 'confirm' },
    { at: 'name', today: TUE, say: 'Es para mi esposo, Carlos Ruiz.', want: { name: 'Carlos Ruiz' } },
    { at: 'name', today: TUE, say: 'guadalupe de los santos', want: { name: 'Guadalupe de los Santos' } },
    { at: 'arrivalDate', today: TUE, say: 'El martes de la semana que entra.', want: { arrival: '2026-12-08' } },
    // Said on Monday the 7th: not tomorrow, the Tuesday after.
    { at: 'arrivalDate', today: MON, say: 'El otro martes.', want: { arrival: '2026-12-15' } },
    // As "el jueves que viene" said on a Tuesday: this week's, or next week's?
    { at: 'arrivalDate', today: TUE, say: 'El jueves que entra.', raise: { choose: ['2026-12-03', '2026-12-10'] } },
    { at: 'arrivalDate', today: TUE, say: 'Este viernes no, el otro.', want: { arrival: '2026-12-11' } },
    { at: 'arrivalDate', today: TUE, say: 'El viernes no puedo, mejor el sábado.', want: { arrival: '2026-12-05' } },
    { at: 'menu', today: TUE, say: 'Quiero reservar la segunda quincena de enero.', want: { arrival: '2027-01-16', nights: 15 }, raise: 'confirm' },
    { at: 'menu', today: TUE, say: 'Del 1 al 15 de enero, dos habitaciones.', want: { arrival: '2027-01-01', nights: 14, rooms: 2 } },
    { at: 'menu', today: TUE, say: 'Para el fin de semana largo.' },
    { at: 'readBack', today: TUE, say: 'Una noche más, por favor.', want: { nights: 3 } },
    { at: 'readBack', today: TUE, say: 'Mejor un día después.', want: { arrival: '2026-12-09' } },
    { at: 'readBack', today: TUE, say: 'Mejor dos habitaciones.', want: { rooms: 2 } },
    { at: 'readBack', today: TUE, say: 'Atráselo dos días.', want: { arrival: '2026-12-10' } },
    { at: 'readBack', today: TUE, say: 'Salimos un día antes.', want: { nights: 1 } },
    { at: 'readBack', today: TUE, say: 'Recórrelo un día.', raise: { choose: ['2026-12-07', '2026-12-09'] } },
    { at: 'readBack', today: TUE, say: 'Quiero quedarme un día más.', want: { nights: 3 } },
    { at: 'menu', today: TUE, say: 'Para el puente del 12 de diciembre.', raise: { choose: ['2026-12-11', '2026-12-12'] } },
  ],
};

export const heldOut10EnText: CorpusFile = {
  channel: 'text',
  lang: 'en',
  cases: [
    // Both numbers could be the month: asked, whichever language writes it.
    { at: 'arrivalDate', today: TUE, say: '3/4', raise: { choose: ['2027-03-04', '2027-04-03'] } },
    { at: 'arrivalDate', today: TUE, say: 'arriving 1/2', raise: { choose: ['2027-01-02', '2027-02-01'] } },
    // The other reading would be a two-month stay: not one to offer.
    { at: 'arrivalDate', today: TUE, say: '3/4 to 3/6', want: { arrival: '2027-03-04', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: '12/24', want: { arrival: '2026-12-24' } },
    { at: 'arrivalDate', today: TUE, say: 'jan 5th twenty twenty seven', want: { arrival: '2027-01-05' } },
    { at: 'readBack', today: TUE, say: 'one more night pls', want: { nights: 3 } },
    { at: 'first', today: TUE, say: 'one night on jan 3 and another on jan 5' },
    { at: 'arrivalDate', today: TUE, say: 'the 12th, a friday', raise: { choose: ['2026-12-11', '2026-12-12'] } },
    { at: 'readBack', today: TUE, say: 'add 2 nights', want: { nights: 4 } },
  ],
};

export const heldOut10EsText: CorpusFile = {
  channel: 'text',
  lang: 'es',
  cases: [
    { at: 'arrivalDate', today: TUE, say: '5/12', raise: { choose: ['2026-12-05', '2027-05-12'] } },
    { at: 'arrivalDate', today: TUE, say: 'del 3/1 al 5/1', want: { arrival: '2027-01-03', nights: 2 } },
    { at: 'arrivalDate', today: TUE, say: 'el 5 de enero de dos mil veintisiete', want: { arrival: '2027-01-05' } },
    { at: 'arrivalDate', today: TUE, say: 'dos mil veintisiete' },
    { at: 'readBack', today: TUE, say: 'una noche mas porfa', want: { nights: 3 } },
  ],
};
