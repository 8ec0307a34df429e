// Lo que oye quien llama en español: como lo diría una agente de reservaciones en México, breve y
// con las palabras más importantes primero (presupuesto del issue 10: una reservación mínima por
// teclado en 230 palabras como máximo, la lectura final en 50, ningún mensaje de más de 40).
// "La tecla de gato" es el #; los números y fechas concuerdan con lo que nombran.

import { CHANGE_DATES_KEY } from '../../../flows/reading/menu-questions.ts';
import { MORE_ROOMS_KEY } from '../../../flows/room-pages.ts';
import type { RoomPage } from '../../../flows/room-pages.ts';
import { callbackPromiseMinutes, withinEs } from './callback-promise.ts';
import type { PromptSet } from './prompt-types.ts';
import { requestsOf } from '../../../flows/special-requests.ts';
import { daysBetween, plusDays } from '../../../flows/hotel-time.ts';
import { isReturning } from '../../calls/caller-history.ts';
import { offersResume, resumedStay } from '../../../flows/resume-booking.ts';
import { nextTypeRooms } from '../../../flows/two-room-types.ts';
import { justBookedArrival } from '../../../flows/change-just-booked.ts';
import { whomToWhisper } from '../../../flows/someone-asked.ts';
import type { CallContext, Detail, Slots } from '../../../flows/call-context.ts';
import type { Formatter } from '../formatters.ts';
import type { PromptArgs } from './prompt-types.ts';
import { callerIdOpensReservations } from '../../../flows/reading/reservation-questions.ts';
import { lastNameOpensFromHere } from '../../../flows/reservation-proof.ts';
import {
  callbackWhen,
  callerLastFour,
  callerReservationFacts,
  clockPlus,
  collectedFacts,
  exampleNumberSaid,
  foreignCountry,
  hotelAnswer,
  monthName,
  bySpeech,
  offerItems,
  reachableLast4,
  requestFacts,
  roomListOf,
  roomName,
  roomRate,
  passedDay,
  typesAsked,
  askedTypes,
  typesToTake,
  nearDay,
  slotsOfParams,
  spokenNumber,
  stayFacts,
  stayTotalAsked,
  sisterSaid,
  oneDigitAtATime,
} from './prompt-helpers.ts';
import { arrivesAfterHold, laterHoldByPayment } from '../../../flows/hold-time.ts';
import { atHour, esPronoun, hotelEs, listed, nightsEs as nights, REQUEST_WORDS_ES, roomCountEs as roomCount } from './room-words.ts';

/** "del viernes 4 al lunes 7 de diciembre": the month (and year) said once when both dates share it. */
const dateRange = (from: string, to: string) => {
  const month = / de .+$/.exec(from)?.[0];
  return month && to.endsWith(month) ? `del ${from.slice(0, -month.length)} al ${to}` : `del ${from} al ${to}`;
};
/** "del 4 al 7" en un mismo mes; "del 30 de diciembre al 2 de enero" entre dos meses. */
const delAl = (from: string, to: string) => {
  const day = (d: string) => Number(d.slice(8, 10));
  if (from.slice(0, 7) === to.slice(0, 7)) return `del ${day(from)} al ${day(to)}`;
  const said = (d: string) => `${day(d)} de ${monthName('es-MX', Number(d.slice(5, 7)))}`;
  return `del ${said(from)} al ${said(to)}`;
};
const rooms = (n: number) => (n === 1 ? 'una habitación' : `${n} habitaciones`);
/** "la habitación doble", "la suite con vista al mar", "la habitación Deluxe King": the noun said once, as counted. */
const theRoom = (name: string) => {
  const one = roomCount(1, name);
  return one.text.replace(/^una? /, one.feminine ? 'la ' : 'el ');
};
/** El tipo que se ofrece después de una reservación (flows/two-room-types.ts): con las habitaciones dichas ("2 habitaciones dobles"), o "la habitación doble". */
export const nextTypeSaidEs = (ctx: CallContext) => {
  const name = roomName(ctx, ctx.nextRoomTypes?.[0] ?? '');
  const rooms = nextTypeRooms(ctx);
  return rooms === null ? theRoom(name) : roomCount(rooms, name).text;
};
/** Una reservación y una llamada anteriores, en palabras de recepción (el aviso al contestar). */
const RESERVATION_STATUS: Record<string, string> = { booked: 'confirmada', arrived: 'ya se registró', cancelled: 'cancelada', released: 'liberada, no llegó' };
const LAST_OUTCOME: Record<string, string> = {
  booked: 'reservó',
  transferred: 'pasó a recepción',
  voicemail: 'dejó un mensaje',
  denial: 'no había habitaciones',
  regret: 'se le ofrecieron habitaciones y no reservó',
  abandoned: 'colgó',
  failed: 'falló',
  informed: 'consultó su reservación',
  cancelled: 'canceló una reservación',
};
/** Los datos de la reservación, como los llama quien llama. */
const DETAIL_NAMES: Record<Detail, string> = {
  arrivalDate: 'la fecha de llegada', roomType: 'el tipo de habitación', rooms: 'el número de habitaciones', nights: 'el número de noches',
  name: 'el nombre', payment: 'la forma de pago', callback: 'el teléfono',
};
/** "Buenos días" until noon, "buenas tardes" until 7 p.m., then "buenas noches" (hotel time). */
/** La nueva estancia de una reservación (flows/stay-change.ts): "2 habitaciones Deluxe King, del viernes 4 al lunes 7, apartadas hasta las 6 de la tarde del viernes". */
function changedStay({ ctx, f }: PromptArgs): string {
  const c = ctx.stayChange;
  if (!c || !ctx.found) return '';
  const count = roomCount(c.rooms, roomName(ctx, ctx.found.roomType));
  const stay = dateRange(f.date(c.arrival, ctx.today), f.date(plusDays(c.arrival, c.nights), ctx.today));
  const day = c.holdDate === c.arrival ? f.date(c.arrival, ctx.today).split(' ')[0] : f.date(c.holdDate, ctx.today);
  const total = c.total === undefined ? '' : `, ${f.money(c.total, ctx.hotel.currency)} en total`;
  return `${count.text}, ${stay}, ${nights(c.nights)}${total}, ${c.rooms === 1 ? 'apartada' : 'apartadas'} hasta ${atHour(f.saidTime(c.holdUntil))} del ${day}`;
}

const dayGreeting = (hhmm: string) => (hhmm < '12:00' ? 'buenos días' : hhmm < '19:00' ? 'buenas tardes' : 'buenas noches');

/** "; en total, 3,700 pesos por 2 noches": lo de toda la estancia, cuando lo preguntó y ya se saben las noches. */
function wholeStayEs(ctx: CallContext, f: Formatter, type: string | null, asked: unknown): string {
  const stay = stayTotalAsked(ctx, type, asked);
  if (!stay) return '';
  const rooms = stay.rooms > 1 ? `${stay.rooms} habitaciones, ` : '';
  return `; en total, ${f.money(stay.total, ctx.hotel.currency)} por ${rooms}${stay.nights} ${stay.nights === 1 ? 'noche' : 'noches'}`;
}

/** "hoy, sábado 28 de noviembre", "el viernes 4 de diciembre": la llegada como se repite, con hoy y mañana por su nombre. */
function arrivingOn({ ctx, f }: PromptArgs, date: string): string {
  const near = nearDay(ctx, date);
  return `${near ? `${near === 'today' ? 'hoy' : 'mañana'}, ` : 'el '}${f.date(date, ctx.today)}`;
}

/** "2 habitaciones Deluxe King, llegada el jueves, 24 de diciembre, por 3 noches": una solicitud completa, breve. */
function requestWords(args: PromptArgs, slots: Slots): string {
  const r = requestFacts(args, slots);
  const date = (d: string) => args.f.date(d, args.ctx.today);
  const parts: string[] = [];
  if (r.rooms !== null) parts.push(r.roomName ? roomCount(r.rooms, r.roomName).text : rooms(r.rooms));
  else if (r.roomName) parts.push(theRoom(r.roomName));
  if (r.arrival) parts.push(`llegada ${arrivingOn(args, r.arrival)}`);
  if (r.choice.length) parts.push(`llegada el ${r.choice.map(date).join(' o el ')}`);
  if (r.nights !== null) parts.push(`por ${nights(r.nights)}`);
  if (r.departure) parts.push(`salida el ${date(r.departure)}`);
  if (r.name) parts.push(`a nombre de ${r.name}`);
  // ("…a nombre de Ana Díaz, pago en efectivo": the method as the read-back says it; "pagando pago en efectivo" it was.)
  if (r.payment) parts.push(esMX.payment[r.payment]);
  else if (r.card) parts.push('pago con tarjeta');
  return parts.join(', ');
}

/** Una pregunta de un tipo de habitación que el archivo del hotel no contesta. */
const NOT_IN_THE_FILE = 'Ese dato no lo tengo; en recepción se lo pueden dar: oprima 0.';

export const esMX: PromptSet = {
  ask: {
    greeting: ({ ctx }) => `${ctx.hotel.name}, ${dayGreeting(ctx.timeOfDay)}.`,
    mainMenu: () => 'Para reservar, oprima 1. Si ya tiene una reservación, 2. Para hablar con recepción, 0.',
    // As a reservation agent asks it, not "¿Qué día llega?", which sounds abrupt on the phone.
    arrivalDate: ({ ctx }) =>
      bySpeech(ctx) ? '¿Para qué fecha sería su llegada?' : '¿Para qué fecha sería su llegada? Dígamela, o marque el mes y el día con 4 dígitos.',
    roomType: (args) => {
      if (args.ctx.cheapestOffer && args.ctx.typeAsked?.length) return bookCheapest(args);
      if (args.ctx.typeAsked?.length) return wantIt(args, 'roomType');
      const { page, items } = roomListOf(args);
      // Preguntada otra vez justo después de la lista: solo los nombres, los precios se acaban de oír.
      if (args.ctx.typeListSaid) {
        if (bySpeech(args.ctx)) return `¿Cuál prefiere: ${listed(items.map((i) => i.name), 'o')}?${moreRooms(page)}`;
        return `¿Cuál prefiere? ${items.map((i) => `${i.name}, ${i.key}.`).join(' ')}${moreRooms(page)}`;
      }
      const lead = page.index === 0 ? 'Nuestras habitaciones:' : 'Más habitaciones:';
      if (bySpeech(args.ctx)) return `${lead} ${items.map((i) => `${i.name}, ${i.price}${i.key === 1 ? ' por noche' : ''}`).join('; ')}. ¿Cuál le gustaría?${moreRooms(page)}`;
      const list = items.map((i) => `${i.name}, ${i.price}${i.key === 1 ? ' por noche' : ''}: oprima ${i.key}.`).join(' ');
      return `${lead} ${list}${moreRooms(page)}`;
    },
    rooms: () => '¿Cuántas habitaciones?',
    nights: ({ ctx }) => (bySpeech(ctx) ? '¿Cuántas noches?' : '¿Cuántas noches? Marque el número y la tecla de gato.'),
    offer: (args) => {
      if (args.ctx.typeAsked?.length) return wantIt(args, 'offer');
      // Justo después de preguntar por un tipo, de "se ocupó esa habitación" o de "¿qué otras tienen?": las opciones, sin otra disculpa.
      const again = args.ctx.notices.some((n) => n.id === 'typeAsked' || n.id === 'roomsGone' || n.id === 'offerChoices');
      // Nada libre: el hotel está lleno esas fechas, sea cual sea el tipo que pidió.
      if (!offerItems(args).length) return `${again ? '' : 'Lo siento, '}${again ? 'T' : 't'}enemos el hotel lleno en esas fechas. ${fullChoices}`;
      if (again) return offerChoices(args);
      const count = roomCount(args.ctx.rooms ?? 1, roomName(args.ctx, args.ctx.roomType));
      return `Lo siento, no tenemos ${count.text} ${count.plural ? 'disponibles' : 'disponible'} para esas fechas. ${offerChoices(args)}`;
    },
    // Tras un intento sin nombre: cómo contestar, no las mismas palabras otra vez.
    name: ({ ctx }) =>
      ctx.forAnother
        ? '¿Me da el nombre completo del huésped, por favor?'
        : ctx.nameTries > 0 ? 'Por favor, dígame su nombre y apellido.' : '¿Me da su nombre completo, por favor?',
    payment: ({ ctx }) =>
      bySpeech(ctx) ? '¿Cómo va a pagar en el hotel: con tarjeta de crédito, en efectivo o con débito?' : '¿Cómo va a pagar en el hotel? Tarjeta de crédito, oprima 1. Efectivo, 2. Débito, 3.',
    callback: ({ ctx }) => {
      const last4 = callerLastFour(ctx);
      return last4
        ? `¿Le llamamos al número que termina en ${last4}?${bySpeech(ctx) ? '' : ' Oprima 1, o marque otro y la tecla de gato.'}`
        : '¿A qué número le podemos llamar? Márquelo y luego la tecla de gato.';
    },
    readBack: (args) => {
      const s = stayFacts(args);
      const count = roomCount(s.rooms, s.roomName);
      const who = s.name ? `A nombre de ${s.name}: ` : s.recorded ? 'Para el nombre que grabó: ' : '';
      return [
        `${who}${count.text}, ${nights(s.nights)} desde el ${s.arrival}: ${s.total}, ${esMX.payment[s.payment]}.`,
        lateHoldEs(args, count) ?? `Se ${esPronoun(count)} guardamos hasta ${atHour(s.holdUntilSaid)} de ese día; después ${count.plural ? 'podrían' : 'podría'} liberarse.`,
        args.ctx.requests?.length ? `Recepción le confirma ${listed(args.ctx.requests.map((r) => REQUEST_WORDS_ES[r]), 'y')}.` : '',
        bySpeech(args.ctx) ? '¿Se la confirmo?' : 'Para confirmar, oprima 1; para cambiar algo, 2.',
      ]
        .filter(Boolean)
        .join(' ');
    },
    changeDetail: () =>
      '¿Qué desea cambiar? Fecha de llegada, oprima 1. Tipo de habitación, 2. Número de habitaciones, 3. Noches, 4. Nombre, 5. Forma de pago, 6. Teléfono, 7.',
    callbackOffer: ({ ctx }) => {
      const why = ctx.deskClosed
        ? 'La recepción está cerrada en este momento.'
        : ctx.dialStatus === 'busy'
          ? 'La línea de recepción está ocupada.'
          : 'Lo siento, en recepción no pudieron contestar.';
      const last4 = reachableLast4(ctx);
      return `${why} Para dejar un mensaje, oprima 1.${last4 ? ` Para que recepción le devuelva la llamada al número que termina en ${last4}, oprima 2.` : ''}`;
    },
    confirmationNumber: (args) => {
      const mine = args.ctx.callerReservations;
      if (mine.length === 0 || callerIdOpensReservations(args.ctx)) {
        return `Marque su número de confirmación y la tecla de gato.${callerReservationChoices(args, ' O elija por llegada: ')}`;
      }
      // El número de un conmutador (más reservaciones de las listadas): sus apellidos no abren nada.
      if (!lastNameOpensFromHere(args.ctx)) return 'Tenemos varias reservaciones de este teléfono. Marque el número de confirmación y la tecla de gato.';
      // El identificador de llamadas se puede falsear: solo dice que hay reservaciones y cuándo llegan (issue 11).
      const when = [...new Set(mine.map((r) => args.f.date(r.arrival, args.ctx.today)))];
      const which = mine.length === 1 ? 'una reservación' : `${mine.length} reservaciones`;
      return `Tenemos ${which} de este teléfono: llegada el ${when.slice(0, -1).join(', el ')}${when.length > 1 ? ' y el ' : ''}${when.at(-1)}. Marque el número de confirmación y gato, o diga su apellido.`;
    },
    existingReservation: ({ ctx, f }) => {
      const r = ctx.found;
      if (!r) return '';
      const count = roomCount(r.rooms, roomName(ctx, r.roomType));
      const status = {
        // The arrival's weekday, just said in the range: "hasta las 6 de la tarde del viernes".
        booked: `Apartada hasta ${atHour(f.saidTime(r.holdUntil))} del ${f.date(r.arrival, ctx.today).split(' ')[0]}.`,
        arrived: 'El huésped ya se registró.',
        cancelled: 'Está cancelada.',
        released: 'Se liberó: nadie llegó antes de la hora límite.',
      }[r.status];
      const stay = dateRange(f.date(r.arrival, ctx.today), f.date(plusDays(r.arrival, r.nights), ctx.today));
      // The range says the nights ("del viernes 4 al lunes 7"): not said twice, to stay within 40 words.
      return `Reservación ${f.digitGroups(r.confirmation)}: ${count.text}, ${stay}. ${status}${r.status === 'booked' ? ' Para cancelarla, oprima 1; para cambiarla, 3.' : ' Para recepción, oprima 0.'}`;
    },
    // Su estancia, cambiada por el huésped (flows/stay-change.ts); el tipo y lo demás, en recepción.
    stayChange: () => '¿Qué le gustaría cambiar? La fecha de llegada, oprima 1. Las noches, 2. Las habitaciones, 3. Otra cosa, 0 para recepción.',
    stayChangeConfirm: (args) => `Quedaría así: ${changedStay(args)}. Para hacer el cambio, oprima 1. Para dejarla como estaba, oprima 2.`,
    cancelConfirm: ({ ctx, f }) =>
      ctx.found
        ? `Para cancelar la reservación ${f.digitGroups(ctx.found.confirmation)}, con llegada el ${f.date(ctx.found.arrival, ctx.today)}, oprima 1. Para conservarla, oprima 2.`
        : '',
    // "Ya no quiero" a media reservación (flows/stop-booking.ts).
    stopConfirm: () => '¿Cancelo esta reservación? Oprima 1 o diga sí. Para continuar, oprima 2.',
    // Recién reservado, un dato dicho: ¿se cambia esa reservación, u otra? (flows/change-just-booked.ts)
    changeOrAnother: ({ ctx, f }) => `¿Es un cambio a su reservación del ${f.date(justBookedArrival(ctx), ctx.today)}? Oprima 1. ¿Es otra reservación? Oprima 2.`,
    lastNameProof: () => 'Por su seguridad, ¿me dice el apellido del titular de la reservación?',
    confirmHeard: ({ ctx, f }) =>
      offersResume(ctx)
        ? `${esMX.ask.greeting({ ctx, f })} Qué bueno que vuelve a llamar. ¿Seguimos con su reservación: ${requestWords({ ctx, f }, resumedStay(ctx))}? Oprima 1 o diga "sí". Para empezar de nuevo, oprima 2.`
        : `Anoté ${ctx.pending ? esMX.answer({ ctx, f }, ctx.pending.value) : 'algo'}. Si es correcto, oprima 1. Si no, oprima 2.`,
    dateChoice: ({ ctx, f }) => {
      const choice = ctx.dateChoice;
      if (!choice) return '';
      const date = (d: string) => f.date(d, ctx.today);
      if (choice.reason === 'past') {
        const next = choice.options[0]!.arrival;
        return `El ${date(passedDay(choice, ctx.today))} ya pasó. Para el ${date(next)}, oprima 1. Para otra fecha, oprima 2.`;
      }
      return choice.options.map((o, i) => `El ${date(o.arrival)}${o.departure ? ` al ${date(o.departure)}` : ''}: oprima ${i + 1}.`).join(' ');
    },
    cardKind: ({ ctx }) => (bySpeech(ctx) ? '¿Tarjeta de crédito o de débito?' : '¿Tarjeta de crédito o de débito? Crédito, oprima 1. Débito, oprima 2.'),
    // Un segundo tipo pedido con el primero (flows/two-room-types.ts): se ofrece ahora, para las mismas fechas.
    anythingElse: ({ ctx }) =>
      ctx.nextRoomTypes?.length ? `¿Ahora ${nextTypeSaidEs(ctx)} para las mismas fechas? Oprima 1 o diga "sí".` : '¿Otra reservación? Oprima 1.',
  },
  help: {
    greeting: (args) => esMX.help.mainMenu(args),
    mainMenu: () =>
      'Para reservar una habitación, oprima 1 o diga "reservar". Si ya tiene una reservación, oprima 2. Para hablar con recepción, oprima 0.',
    arrivalDate: () =>
      'Dígame su fecha de llegada, por ejemplo "el próximo viernes" o "el 4 de diciembre". O marque el mes y el día: para el 4 de diciembre, marque 1 2 0 4.',
    // Cómo contestar y las teclas; las tarifas se acaban de oír y no se repiten.
    roomType: (args) => {
      const { page, items } = roomListOf(args);
      return `Oprima la tecla de la habitación que desea, o dígame cuál: ${items.map((i) => `${i.name}, ${i.key}`).join('. ')}.${moreRooms(page)}`;
    },
    rooms: ({ ctx }) => `Oprima una sola tecla, del 1 al ${ctx.hotel.maxRoomsPerBooking}, o diga "dos habitaciones".`,
    nights: ({ ctx }) =>
      `Marque el número de noches, hasta ${ctx.hotel.maxNights}, y luego la tecla de gato: para 3 noches, oprima 3 y gato. O diga "3 noches".`,
    offer: (args) => (offerItems(args).length ? `${offerChoices(args)} Para hablar con recepción, oprima 0.` : `Tenemos el hotel lleno en esas fechas. ${fullChoices}`),
    name: () => 'Por favor, diga ahora su nombre y apellido.',
    payment: () =>
      'Oprima 1 para tarjeta de crédito, 2 para efectivo o 3 para tarjeta de débito. Solo necesitamos la forma de pago, nunca el número de su tarjeta.',
    // Qué hace cada respuesta, con un número de ejemplo, en vez de repetir la pregunta tal cual.
    callback: (args) => {
      const last4 = callerLastFour(args.ctx);
      const example = exampleNumberSaid(args);
      const like = example ? `, como ${example},` : '';
      return last4 ? `Oprima 1 para el número que termina en ${last4}, o marque otro${like} y gato.` : `Marque el número con lada${like} y luego gato.`;
    },
    readBack: () => 'Para confirmar la reservación, oprima 1. Para cambiar algo, oprima 2. Para escucharla de nuevo, oprima 3.',
    // Cada repetición explica más que la pregunta (SPEC §5): cómo contestar con el teclado y de viva voz.
    changeDetail: () =>
      'Oprima la tecla de lo que desea cambiar: fecha de llegada, 1. Tipo de habitación, 2. Número de habitaciones, 3. Noches, 4. Nombre, 5. Forma de pago, 6. Teléfono, 7. O dígame el cambio, como "3 noches".',
    confirmHeard: ({ ctx, f }) =>
      offersResume(ctx)
        ? `Para seguir con su reservación: ${requestWords({ ctx, f }, resumedStay(ctx))}, oprima 1 o diga "sí". Para empezar de nuevo, oprima 2 o diga "no". Para hablar con recepción, oprima 0.`
        : `Anoté ${ctx.pending ? esMX.answer({ ctx, f }, ctx.pending.value) : 'algo'}. ¿Es correcto? Oprima 1 o diga "sí". Si no es así, oprima 2 o diga "no", y se lo pregunto de nuevo.`,
    confirmationNumber: (args) =>
      `Su número de confirmación tiene 8 dígitos: márquelos y la tecla de gato.${
        callerIdOpensReservations(args.ctx) ? callerReservationChoices(args, ' O: ') : lastNameOpensFromHere(args.ctx) ? ' O diga su apellido.' : ''
      }`,
    existingReservation: ({ ctx }) =>
      `${ctx.found?.status === 'booked' ? 'Para cancelarla, oprima 1. Para cambiar la fecha, las noches o las habitaciones, oprima 3. ' : ''}Para escucharla de nuevo, oprima 2. Para recepción, oprima 0.`,
    stayChange: () =>
      'Para cambiar la fecha de llegada, oprima 1 o dígame la nueva fecha. Para el número de noches, oprima 2; para el de habitaciones, 3. Para el tipo de habitación u otro cambio, oprima 0 y le comunico con recepción.',
    stayChangeConfirm: () => 'Para hacer el cambio, oprima 1 o diga "sí". Para dejar su reservación como estaba, oprima 2 o diga "no". Para escucharla de nuevo, oprima asterisco. Para recepción, oprima 0.',
    cancelConfirm: ({ ctx, f }) =>
      ctx.found
        ? `Si quiere cancelar la reservación ${f.digitGroups(ctx.found.confirmation)}, con llegada el ${f.date(ctx.found.arrival, ctx.today)}, oprima 1 o diga "sí". Para conservarla, oprima 2 o diga "no". Para recepción, oprima 0.`
        : '',
    lastNameProof: () => 'Dígame el apellido con el que se hizo la reservación. Para recepción, oprima 0.',
    stopConfirm: () => 'Para cancelarla, oprima 1 o diga "sí". Para continuar, oprima 2 o diga "no". Para recepción, oprima 0.',
    callbackOffer: ({ ctx }) =>
      `Oprima 1 para dejar un mensaje después del tono${reachableLast4(ctx) ? ', o 2 para que recepción le devuelva la llamada' : ''}.`,
    // Por qué se pregunta, y cada tecla con su fecha ("Si es el …, oprima 1; si es el …, oprima 2").
    dateChoice: ({ ctx, f }) => {
      const choice = ctx.dateChoice;
      if (!choice) return '';
      const date = (d: string) => f.date(d, ctx.today);
      if (choice.reason === 'past') {
        return `El ${date(passedDay(choice, ctx.today))} ya pasó. Si quiere llegar el ${date(choice.options[0]!.arrival)}, oprima 1. Para otra fecha, oprima 2 o dígame cuál.`;
      }
      const keys = choice.options.map((o, i) => `si es ${o.departure ? dateRange(date(o.arrival), date(o.departure)) : `el ${date(o.arrival)}`}, oprima ${i + 1}`);
      return `¿Para cuál fecha sería? ${keys.map((k, i) => (i === 0 ? k.charAt(0).toUpperCase() + k.slice(1) : k)).join('; ')}. O dígame la fecha que desea.`;
    },
    cardKind: () => '¿Con qué tarjeta va a pagar? Si es de crédito, oprima 1 o diga "crédito". Si es de débito, oprima 2 o diga "débito".',
    anythingElse: ({ ctx }) =>
      ctx.nextRoomTypes?.length
        ? `Para reservar ${nextTypeSaidEs(ctx)} para las mismas fechas, oprima 1 o diga "sí". Para hablar con recepción, oprima 0. Si es todo, puede colgar.`
        : 'Para hacer otra reservación, oprima 1 o diga "otra habitación". Para hablar con recepción, oprima 0. Si es todo, puede colgar.',
    changeOrAnother: () => 'Para cambiar la reservación que acaba de hacer, oprima 1 o diga "cambiarla". Para hacer otra reservación, oprima 2 o diga "otra". Para recepción, oprima 0.',
  },
  notice: {
    noInput: () => 'Disculpe, no escuché nada.',
    notUnderstood: () => 'Disculpe, no le entendí.',
    dateInPast: ({ params, f, ctx }) => `El ${f.date(String(params.date), ctx.today)} ya pasó.`,
    dateBeyondHorizon: ({ params }) => `Tomamos reservaciones hasta con ${params.days} días de anticipación.`,
    arrivalHeard: (args) => `Llegada ${arrivingOn(args, String(args.params.date))}.`,
    tooManyRooms: ({ params }) => `En una sola reservación podemos apartar hasta ${params.max} habitaciones.`,
    tooManyNights: ({ params }) => `En una sola reservación podemos apartar hasta ${params.max} noches.`,
    // "Del 4 al 7 son 3 noches, no 2." (luego "¿Cuántas noches?"): por qué se preguntan otra vez.
    nightsDisagree: ({ params }) => {
      const [from, to] = [String(params.arrival), String(params.leaving)];
      const n = daysBetween(from, to);
      const said = Number(params.said);
      return `D${delAl(from, to).slice(1)} ${n === 1 ? 'es' : 'son'} ${nights(n)}, no ${said === 1 ? 'una' : said}.`;
    },
    roomsHeld: ({ ctx }) => {
      const count = roomCount(ctx.rooms ?? 1, roomName(ctx, ctx.roomType));
      return ctx.holdExpiresAt ? `Sí hay disponibilidad; se ${esPronoun(count)} apartamos mientras terminamos.` : 'Sí hay disponibilidad.';
    },
    roomsGone: ({ ctx }) =>
      (ctx.rooms ?? 1) === 1 ? 'Lo siento, mientras hablábamos se ocupó esa habitación.' : 'Lo siento, mientras hablábamos se ocuparon esas habitaciones.',
    badPhone: () => 'Ese número de teléfono no parece correcto.',
    callerNumberUnknown: () => 'No me aparece el número desde el que nos llama.',
    otherNumber: () => 'Claro.',
    nameNotHeard: () => 'Disculpe, no entendí su nombre.',
    nameRecorded: () => 'Gracias, ya quedó grabado su nombre.',
    reservationNotFound: () => 'No encontré una reservación con ese número.',
    noSuchDate: ({ params }) => {
      const month = Number(params.month);
      if (month < 1 || month > 12) return `${month} no es un mes.`;
      const day = `${Number(params.day)} de ${monthName('es-MX', month)}`;
      return Number(params.year) ? `No existe el ${day} de ${Number(params.year)}.` : `No existe el ${day}.`;
    },
    oneRoomType: ({ ctx, params }) => {
      const [first, ...others] = typesAsked(ctx, params.types);
      // La primera queda como esta reservación (flows/two-room-types.ts): las otras se ofrecen al reservarla.
      if (params.first) return `Cada reservación es de un solo tipo: primero ${theRoom(first!)} y después ${others.map(theRoom).join(' y ')}.`;
      return `Cada reservación es de un solo tipo. Reservamos primero ${first} y luego ${others.join(' y ')}, o para recepción, oprima 0.`;
    },
    heardRequest: (args) => {
      const words = requestWords(args, slotsOfParams(args.params));
      return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}.` : '';
    },
    answer: ({ ctx, params }) => hotelAnswer(ctx, params.topic),
    total: (args) => `El total es de ${stayFacts(args).total}.`,
    // Una reservación ya hecha: su total, y la tarifa por noche cuando ayuda (más de una noche o habitación).
    reservationTotal: ({ ctx, f, params }) => {
      const total = f.money(Number(params.total), ctx.hotel.currency);
      const perNight = Number(params.total) / Math.max(1, Number(params.nights) * Number(params.rooms));
      const several = Number(params.nights) > 1 || Number(params.rooms) > 1;
      return `El total de su estancia es de ${total}${several ? `: ${f.money(perNight, ctx.hotel.currency)} por noche${Number(params.rooms) > 1 ? ' por habitación' : ''}` : ''}.`;
    },
    arrivalTime: ({ f, params }) => `Anotado: llegada como a ${atHour(f.saidTime(String(params.time)))}.`,
    // El sistema no promete nada de la habitación: se le avisa a recepción, que lo confirma.
    requestNoted: ({ params }) => `Le anoto ${listed(requestsOf(params.requests).map((r) => REQUEST_WORDS_ES[r]), 'y')} para recepción; ahí se lo confirman.`,
    welcome: () => 'Con mucho gusto.',
    offerChoices: () => 'Esto es lo que tenemos.',
    rate: ({ ctx, f, params }) => {
      const type = typeof params.type === 'string' ? params.type : ctx.roomType;
      return `${roomName(ctx, type)}: ${f.money(roomRate(ctx, type), ctx.hotel.currency)} por noche${wholeStayEs(ctx, f, type, params.total)}.`;
    },
    // Solo lo que el archivo del hotel dice de cada tipo (nombre y tarifa); nunca algo que no describe.
    typeAsked: (args) => {
      const types = askedTypes(args, args.params.types);
      const notFree = askedTypes(args, args.params.notFree).map((t) => t.name);
      const unknown = args.params.unknown ? NOT_IN_THE_FILE : '';
      const rates = types.map((t, i) => `${t.name}${i === 0 ? `: ${t.price} por noche` : `, ${t.price}`}`).join('; ');
      const whole = types.length === 1 ? wholeStayEs(args.ctx, args.f, String(args.params.types), args.params.total) : '';
      const gone =
        notFree.length === 0 ? '' : types.length === 1 ? 'Esa no está disponible para esas fechas.' : `${notFree.join(' y ')} no ${notFree.length === 1 ? 'está disponible' : 'están disponibles'} para esas fechas.`;
      return [unknown, args.params.confirmed ? 'Sí.' : '', rates && `${rates}${whole}.`, gone].filter(Boolean).join(' ');
    },
    reservationNameNotFound: () => 'No encontré una reservación de este teléfono a ese nombre.',
    reservationNotMatched: () => 'Ese número de confirmación y ese apellido no corresponden a ninguna reservación.',
    cardNumberHeard: () => 'Por su seguridad, no nos dé números de tarjeta. Solo necesitamos saber cómo va a pagar.',
    // Una pregunta o un pedido que aquí no se puede atender ("¿hay transporte al aeropuerto?", "¿me la manda por mensaje?").
    notAnswered: () => 'Con eso no le puedo ayudar por aquí; en recepción sí: oprima 0.',
    // "¿Me pueden regresar la llamada?": el número sigue (flows/callback-asked.ts).
    callbackAsked: () => 'Claro, le regresamos la llamada.',
    // Un momento pedido (flows/pause-asked.ts): la misma pregunta sigue.
    takeYourTime: () => 'Claro, tómese su tiempo.',
    // "Este…" solo (flows/thinking-aloud.ts): la misma pregunta sigue.
    thinking: () => 'Con calma.',
    // "No, no la cancele" al buscar la reservación (flows/cancel-withdrawn.ts): antes de despedirse.
    nothingChanged: () => 'Está bien, no se cambia nada.',
    callQuestion: ({ ctx, params }) =>
      params.asked === 'hearing'
        ? 'Sí, le escucho.'
        : params.asked === 'machine'
          ? `Está hablando con el sistema automático ${hotelEs(ctx.hotel.name, 'de')}. Para hablar con una persona, oprima 0.`
          : params.asked === 'otherHotel'
            ? `No, está llamando ${hotelEs(ctx.hotel.name, 'a')}.`
            : `Sí, está llamando ${hotelEs(ctx.hotel.name, 'a')}.`,
    // "Qué mal servicio" solo (flows/upset-caller.ts): una disculpa, recepción ofrecida; luego la misma pregunta.
    upsetSorry: () => 'Disculpe la molestia. Si prefiere hablar con alguien de recepción, oprima 0. Si no, seguimos:',
    // "Quiero reservar en el Miramar" dicho aquí (flows/sister-hotel.ts): a qué hotel llamó, y el número del hotel hermano.
    sisterHotel: (args) => {
      const sister = sisterSaid(args, args.params.code);
      const here = `Está llamando ${hotelEs(args.ctx.hotel.name, 'a')}.`;
      if (!sister) return `${here} Para hablar con recepción, oprima 0.`;
      const name = hotelEs(sister.name);
      return `${here} ${name.charAt(0).toUpperCase()}${name.slice(1)} es nuestro hotel hermano; desde aquí no puedo reservar ahí. Su número es ${sister.number}${sister.country ? `, en ${sister.country}` : ''}. Para hablar con recepción, oprima 0.`;
    },
    // "¿Me lo puede mandar por mensaje?": adónde se mandó (el número de la reservación), o por qué no, sin rodeos.
    texted: ({ params }) => `Se lo mandé por mensaje al número que termina en ${String(params.last4)}.`,
    // "¿Cuántos cuartos necesitamos?": el archivo del hotel no dice cuántas personas caben (flows/rooms-for-party.ts).
    roomsForParty: () => 'En recepción le pueden decir cuántas personas caben en cada habitación: oprima 0 cuando guste.',
    // Un precio pedido en otra moneda: "Nuestras tarifas son en dólares." (el nombre de la moneda como se dice).
    currencyNote: ({ ctx, f }) => `Nuestras tarifas son en ${f.money(2, ctx.hotel.currency).replace(/^\S+ /, '')}.`,
    // La nueva estancia no está libre (flows/stay-change.ts): qué hay libre entonces; nada cambió.
    stayChangeFull: ({ ctx, params }) => {
      const free = String(params.free ?? '').split(',').filter(Boolean).map((code) => roomName(ctx, code));
      const count = roomCount(Number(params.rooms ?? 1), roomName(ctx, String(params.type ?? ''))).text;
      return `Disculpe, no tenemos ${count} libres para esas fechas. ${free.length ? `Para entonces sí tenemos ${listed(free, 'y')}.` : 'Para entonces tampoco hay otras libres.'} Su reservación sigue igual.`;
    },
    stayChangeSame: () => 'Así está ya su reservación.',
    bookingStopped: () => 'Está bien, no se hizo ninguna reservación.',
    // "Lo que tenga": la más económica disponible, con su precio (flows/any-room.ts); su pregunta va después.
    cheapestOffer: ({ ctx, f, params }) => {
      const offered = typeof params.type === 'string' ? params.type : ctx.roomType;
      const one = roomCount(1, roomName(ctx, offered));
      const the = one.text.replace(/^una? /, one.feminine ? 'la ' : 'el ');
      // ("La más barata" pedida, y ya no hay: se dice primero.)
      const gone = typeof params.full === 'string' ? roomCount(1, roomName(ctx, params.full)) : null;
      const full = gone ? `Ya no tengo disponible ${gone.text.replace(/^una? /, gone.feminine ? 'la ' : 'el ')}. ` : '';
      return `${full}${one.feminine ? 'La más económica' : 'El más económico'} que tengo es ${the}, a ${f.money(roomRate(ctx, offered), ctx.hotel.currency)} la noche.`;
    },
    cannotText: ({ params }) =>
      params.why === 'optedOut' ? 'Disculpe, no se lo puedo mandar: ese número pidió no recibir mensajes nuestros.' : 'Disculpe, por ahora no puedo mandar mensajes.',
  },
  languageOffer: () => 'Para español, oprima nueve.',
  holdNotice: (args) => {
    const s = stayFacts(args);
    const count = roomCount(s.rooms, s.roomName);
    return `Se ${esPronoun(count)} guardamos hasta ${atHour(s.holdUntilSaid)} del ${s.arrival}; después ${count.plural ? 'podrían' : 'podría'} liberarse.`;
  },
  recordName: () => 'Después del tono, diga su nombre y apellido, y luego oprima la tecla de gato.',
  transfer: {
    caller_asked: ({ ctx }) => (ctx.askedFor ? 'En recepción le comunican. Un momento, por favor.' : 'Le comunico con recepción. Un momento, por favor.'),
    misses: () => 'Le comunico con recepción para que le ayuden.',
    group: ({ ctx }) => `Para más de ${ctx.hotel.maxRoomsPerBooking} habitaciones le atiende ${ctx.hotel.groupDesk ? 'nuestro departamento de grupos' : 'recepción'}. Le comunico.`,
    existing_reservation: () => 'En recepción le ayudan con su reservación. Le comunico.',
    reservation_not_proven: () => 'En recepción le ayudan con su reservación. Le comunico.',
    no_availability: () => 'Le comunico con recepción; ahí pueden buscarle otra opción.',
    upset_caller: () => 'Disculpe. Le comunico con alguien de recepción.',
  },
  confirmed: ({ ctx, f }) => {
    const number = f.digitGroups(ctx.confirmation ?? '');
    // "Más despacio, por favor": una vez, dígito por dígito, para anotarlo.
    if (ctx.slowly) return `Con gusto. Su número de confirmación, dígito por dígito: ${oneDigitAtATime(number, 'Y luego')}.`;
    return `Listo, quedó confirmada. Número de confirmación: ${number}. Repito: ${number}.`;
  },
  reservationCancelled: ({ ctx, f }) =>
    `La reservación ${f.digitGroups(ctx.found?.confirmation ?? '')} quedó cancelada, y sus habitaciones, liberadas. Gracias por llamar ${hotelEs(ctx.hotel.name, 'a')}.`,
  reservationChanged: ({ ctx, f }) =>
    `Listo, quedó cambiada. Su número de confirmación sigue siendo ${f.digitGroups(ctx.found?.confirmation ?? '')}.${ctx.stayChange?.texted === 'sent' ? ' Le enviamos un mensaje de texto con los nuevos datos.' : ''} Gracias por llamar ${hotelEs(ctx.hotel.name, 'a')}.`,
  // Un número oculto: el mensaje es donde recepción encuentra a qué número llamar.
  recordMessage: ({ ctx }) =>
    `Después del tono, deje su nombre${reachableLast4(ctx) ? '' : ', un número para devolverle la llamada'} y en qué le podemos ayudar. Al terminar, oprima la tecla de gato.`,
  callbackPromised: ({ ctx, f }) => {
    const when = callbackWhen(ctx);
    const last4 = reachableLast4(ctx);
    const to = last4 ? ` al número que termina en ${last4},` : ' al número que nos dejó en su mensaje,';
    const time =
      when.kind === 'soon'
        ? withinEs(callbackPromiseMinutes(ctx.hotel))
        : when.kind === 'opens'
          ? `cuando abra la recepción, a ${atHour(f.saidTime(when.time))} del ${f.date(when.date, ctx.today)}`
          : 'en cuanto haya alguien en recepción';
    // Lo que de verdad pasa con las habitaciones: se guardan para esa llamada (si el hotel lo decide) o se liberan ya.
    const one = (ctx.rooms ?? 1) === 1;
    const rooms = !ctx.held
      ? ''
      : ctx.holdKept
        ? ` Le guardamos ${one ? 'la habitación que eligió' : 'las habitaciones que eligió'} hasta ${atHour(f.saidTime(clockPlus(ctx.timeOfDay, ctx.hotel.callbackHoldMinutes ?? 0)))} para esa llamada.`
        : // Como lo diría quien contesta el teléfono, no "ya no queda apartada después de esta llamada".
          ` Al colgar, ${one ? 'se libera la habitación que eligió' : 'se liberan las habitaciones que eligió'}.`;
    // Sin número al cual llamar, ni mensaje con uno: no se promete la llamada.
    if (!last4 && !ctx.messageUrl) {
      const again = when.kind === 'soon' ? 'en unos minutos' : when.kind === 'opens' ? time : 'más tarde';
      return `Recepción no puede devolverle la llamada a este número. Por favor, llámenos de nuevo ${again}.${rooms} Hasta luego.`;
    }
    return `Gracias. Recepción le llamará${to} ${time}.${rooms} Hasta luego.`;
  },
  whisper: ({ ctx, f, history }) => {
    const facts = collectedFacts(ctx, 'es-MX');
    // El historial es del número: su huésped es quien llama solo si la red lo avala (StirVerstat A).
    const booked = history.lastReservation?.guestName;
    const unverified = !ctx.callerVerified && !ctx.guestName && Boolean(booked);
    const name = ctx.guestName ?? (unverified ? undefined : booked);
    const known = isReturning(history);
    const who = name ?? (known && !unverified ? 'un huésped que ya nos conoce' : 'un huésped');
    const returning = name && known ? ', que ya nos conoce,' : '';
    const last4 = callerLastFour(ctx);
    const wants: string[] = [];
    // Las habitaciones primero, siempre: "Quiere una habitación, con llegada el domingo", no "Quiere con llegada".
    if (facts.roomName) wants.push(facts.rooms ? roomCount(facts.rooms, facts.roomName).text : facts.roomName);
    else if (facts.rooms) wants.push(facts.rooms === 1 ? 'una habitación' : `${facts.rooms} habitaciones`);
    else if (facts.nights || facts.arrival || facts.payment) wants.push('una habitación');
    if (facts.nights) wants.push(nights(facts.nights));
    if (facts.arrival) wants.push(`${facts.nights ? 'desde' : 'con llegada'} el ${f.date(facts.arrival, ctx.today)}`);
    if (facts.payment) wants.push(esMX.payment[facts.payment]);
    const reasons: Record<NonNullable<typeof ctx.transferReason>, string> = {
      // A quién pidió, sólo si se lee como persona o área (flows/someone-asked.ts): nunca una frase de quien llama.
      caller_asked: whomToWhisper(ctx.askedFor) ? `Pidió hablar con ${ctx.askedFor}.` : ctx.askedFor ? 'Tiene una solicitud especial; vea la llamada.' : 'Pidió hablar con recepción.',
      misses: 'El sistema no logró entenderle.',
      group: `Una solicitud de grupo de más de ${ctx.hotel.maxRoomsPerBooking} habitaciones.`,
      existing_reservation: 'Es sobre una reservación existente.',
      no_availability: 'No teníamos habitaciones como las pidió; necesita ayuda.',
      upset_caller: 'La persona está molesta con el sistema telefónico; por favor atiéndala.',
      reservation_not_proven: `Preguntan por la reservación ${f.digitGroups(ctx.proof?.confirmation ?? '')} desde otro teléfono; ${
        ctx.proof?.byKeys ? 'marcaron teclas en vez de decir el apellido' : ctx.proof?.fails ? 'los apellidos que dieron no coinciden' : 'no dieron el apellido del titular'
      }. No se les dijo nada: verifique quién llama.`,
    };
    const past = history.lastReservation
      ? ` Última reservación${unverified ? ` de este número, a nombre de ${booked}:` : ''} ${f.digitGroups(history.lastReservation.confirmation)}, con llegada el ${f.date(history.lastReservation.arrival, ctx.today)}: ${RESERVATION_STATUS[history.lastReservation.status] ?? history.lastReservation.status}.`
      : '';
    const lastCall = history.lastOutcome ? ` Su última llamada: ${LAST_OUTCOME[history.lastOutcome] ?? history.lastOutcome}.` : '';
    return [
      `Llamada de ${who}${returning}${last4 ? ` desde el número que termina en ${last4}` : ''}${unverified ? ', número no verificado' : ''}, en ${ctx.locale === 'es-MX' ? 'español' : 'inglés'}.`,
      reasons[ctx.transferReason ?? 'caller_asked'],
      wants.length ? `Quiere ${wants.join(', ')}.` : '',
      ctx.requests?.length ? `Pide ${listed(ctx.requests.map((r) => REQUEST_WORDS_ES[r]), 'y')}.` : '',
      past + lastCall,
      'Oprima 1 para tomar la llamada.',
    ]
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ');
  },
  screenDeclined: () => 'La llamada regresa al huésped, que podrá dejar un mensaje.',
  goodbye: ({ ctx }) => `Gracias por llamar ${hotelEs(ctx.hotel.name, 'a')}. Hasta luego.`,
  error: () => 'Lo sentimos, tuvimos un problema. Le comunico con recepción.',
  unclaimedNumber: () => 'Lo sentimos, este número no corresponde a ninguno de nuestros hoteles. Hasta luego.',
  payment: { credit_card: 'pago con tarjeta de crédito', cash: 'pago en efectivo', debit_card: 'pago con tarjeta de débito' },
  answer: ({ ctx, f }, value) => {
    switch (value.q) {
      case 'arrivalDate':
        return `el ${f.date(value.date, ctx.today)}`;
      case 'roomType':
        return roomName(ctx, value.code);
      case 'rooms':
        return rooms(value.rooms);
      case 'nights':
        return nights(value.nights);
      case 'offer':
        return value.option.kind === 'roomType' ? roomName(ctx, value.option.code) : rooms(value.option.rooms);
      case 'name':
        return value.name;
      case 'payment':
        return esMX.payment[value.method].replace(/^pago /, '');
      case 'callback': {
        const country = foreignCountry({ ctx, f }, value.number);
        return `el ${spokenNumber({ f }, value.number)}${country ? `, de ${country}` : ''}`;
      }
      case 'changeDetail':
        // "Anoté un cambio en la fecha de llegada": nunca el código del dato ("arrivalDate").
        return `un cambio en ${DETAIL_NAMES[value.detail]}`;
      case 'lookup':
        if ('pick' in value) return `la reservación ${value.pick + 1}`;
        return 'lastName' in value ? `el apellido ${value.lastName}` : `el número de confirmación ${f.digitGroups(value.confirmation)}`;
      case 'request':
        return requestWords({ ctx, f }, value.slots);
    }
  },
};

/**
 * Quien llega después de la hora límite: hasta cuándo se guarda y qué la guarda más tarde (la forma
 * de pago con la que el hotel la guarda más, si no, recepción); null para los demás.
 */
export function lateHoldEs(args: PromptArgs, count: ReturnType<typeof roomCount>): string | null {
  const { ctx, f } = args;
  if (!arrivesAfterHold(ctx)) return null;
  const s = stayFacts(args);
  const later = laterHoldByPayment(ctx);
  const keep = later
    ? `pagando ${esMX.payment[later.method].replace(/^pago /, '')} se ${esPronoun(count)} guardamos hasta ${atHour(f.saidTime(later.until))}`
    : `llame a recepción para que se ${esPronoun(count)} guarden más tarde`;
  return `Se ${esPronoun(count)} guardamos hasta ${atHour(s.holdUntilSaid)} de ese día; como llega a ${atHour(f.saidTime(ctx.lateArrival!))}, ${keep}.`;
}

/** La tecla de la siguiente página de una lista larga (flows/room-pages.ts), o de vuelta a la primera. */
const moreRooms = (page: RoomPage) =>
  page.pages === 1 ? '' : page.index + 1 < page.pages ? ` Para más habitaciones, oprima ${MORE_ROOMS_KEY}.` : ` Para volver a las primeras, oprima ${MORE_ROOMS_KEY}.`;

/** Tras preguntar por un tipo: si lo quiere (uno) o cuál (varios); "no" o asterisco repite todas las opciones. */
/** Ofrecida la más económica disponible ("lo que tenga"): ¿se la reservo? Quien usa el teclado oye su tecla. */
function bookCheapest(args: PromptArgs): string {
  const key = typesToTake(args, 'roomType')[0]?.key ?? null;
  const count = roomCount(args.ctx.rooms ?? 1, roomName(args.ctx, args.ctx.cheapestOffer ?? null));
  const ask = `¿Se ${esPronoun(count)} reservo?`;
  return bySpeech(args.ctx) ? ask : `${ask} ${key ? `Oprima ${key} o diga que sí.` : 'Diga que sí.'} Para oír todas las habitaciones, oprima asterisco.`;
}

function wantIt(args: PromptArgs, at: 'roomType' | 'offer'): string {
  const types = typesToTake(args, at);
  const all = at === 'offer' ? 'Para oír las opciones otra vez' : 'Para oír todas las habitaciones';
  if (types.length === 1) {
    const key = types[0]!.key;
    return `¿Le gustaría esa? ${key ? `Oprima ${key} o diga que sí.` : 'Diga que sí.'} ${all}, diga no u oprima asterisco.`;
  }
  return `¿Cuál prefiere? ${types.map((t) => `${t.name}: ${t.key ? `oprima ${t.key}` : 'diga su nombre'}.`).join(' ')} ${all}, oprima asterisco.`;
}

/** Las alternativas cuando no hay lo que pidió: hasta tres, y luego otras fechas. */
/** El hotel lleno en las fechas pedidas: lo que el huésped todavía puede hacer. */
const fullChoices = `Para otras fechas, oprima ${CHANGE_DATES_KEY} o dígamelas. Para hablar con recepción, oprima 0.`;

function offerChoices(args: Parameters<PromptSet['ask']['offer']>[0]): string {
  const lines = offerItems(args).map((o) => {
    if (o.option.kind === 'roomType') return `${o.name}, ${o.price}${o.firstPrice ? ' por noche' : ''}: oprima ${o.key}.`;
    const count = roomCount(o.option.rooms, o.name);
    return `Solo ${count.plural ? `quedan ${o.option.rooms}` : `queda ${count.feminine ? 'una' : 'uno'}`}: oprima ${o.key}.`;
  });
  return `${lines.join(' ')} Otras fechas: oprima ${CHANGE_DATES_KEY}.`;
}

/** Las reservaciones hechas desde el número que llama, distinguidas por llegada y noches (y habitaciones si coinciden). */
function callerReservationChoices({ ctx, f }: Parameters<PromptSet['ask']['confirmationNumber']>[0], lead: string): string {
  const mine = callerReservationFacts(ctx.callerReservations).map(
    ({ r, withRooms }, i) => `${f.date(r.arrival, ctx.today)}, ${nights(r.nights)}${withRooms ? `, ${rooms(r.rooms)}` : ''}, oprima ${i + 1}`,
  );
  return mine.length ? `${lead}${mine.join('; ')}.` : '';
}
