// Lo que se lee por mensaje, en español de México: las mismas preguntas que por teléfono, escritas
// para leerse. Se contesta con una palabra o un número (nada de teclas), "este número" es el que
// escribe, el número de confirmación va una sola vez, y cada respuesta cabe en dos mensajes SMS
// cuando se puede (con acentos, un SMS lleva 67 caracteres: se escribe corto).

import { daysBetween, plusDays } from '../../../flows/hotel-time.ts';
import { callerNumber } from '../../../flows/reading/guest-questions.ts';
import { nationalGroups } from '../../../flows/understanding/phone.ts';
import { esMX, lateHoldEs, nextTypeSaidEs } from '../../voice/prompts/es-MX.ts';
import { justBookedArrival } from '../../../flows/change-just-booked.ts';
import { callbackWhen, callerReservationFacts, clockPlus, foreignCountry, offerItems, passedDay, roomListOf, roomName, stayFacts } from '../../voice/prompts/prompt-helpers.ts';
import { atHour, esPronoun, hotelEs, nightsEs as nights, roomCountEs as roomCount } from '../../voice/prompts/room-words.ts';
import { callbackPromiseMinutes, withinEs } from '../../voice/prompts/callback-promise.ts';
import { changeInWriting } from './change-in-writing.ts';
import type { TextWords } from '../text-wording.ts';
import type { PromptArgs } from '../../voice/prompts/prompt-types.ts';

/** Lo que pasa con las habitaciones encontradas una vez que recepción tiene la solicitud. */
function roomsAfter({ ctx, f }: PromptArgs): string {
  if (!ctx.held) return '';
  const one = (ctx.rooms ?? 1) === 1;
  return ctx.holdKept
    ? ` Le guardamos ${one ? 'la habitación' : 'las habitaciones'} hasta ${atHour(f.time(clockPlus(ctx.timeOfDay, ctx.hotel.callbackHoldMinutes ?? 0)))}.`
    : ` ${one ? 'La habitación ya no queda apartada' : 'Las habitaciones ya no quedan apartadas'}.`;
}

const WEEKDAYS = ['dom.', 'lun.', 'mar.', 'mié.', 'jue.', 'vie.', 'sáb.'];
const MONTHS = ['ene.', 'feb.', 'mar.', 'abr.', 'may.', 'jun.', 'jul.', 'ago.', 'sep.', 'oct.', 'nov.', 'dic.'];

/**
 * "vie. 4 de dic." (con el año cuando no es este): con acentos un SMS lleva 67 caracteres, y la
 * fecha completa ("viernes 4 de diciembre") llevaba la lista de habitaciones y la confirmación a tres.
 */
function shortDate(date: string, today: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return date;
  const year = date.slice(0, 4) === today.slice(0, 4) ? '' : ` de ${date.slice(0, 4)}`;
  return `${WEEKDAYS[day.getUTCDay()]} ${day.getUTCDate()} de ${MONTHS[day.getUTCMonth()]}${year}`;
}

/** Una abreviatura al final de la oración lleva un solo punto ("… 4 de dic."). */
const shortened = (text: string) => text.replace(/\.\.(?=\s|$)/g, '.');

/** "4 al 7 de dic.", "30 de dic. al 2 de ene.": la estancia, de la llegada a la salida. */
function shortStay(arrival: string, nightCount: number, today: string): string {
  const departure = plusDays(arrival, nightCount);
  const [from, to] = [shortDate(arrival, today), shortDate(departure, today)].map((d) => d.replace(/^\S+ /, ''));
  const sameMonth = arrival.slice(0, 7) === departure.slice(0, 7);
  return `${sameMonth ? from!.replace(/ de .*$/, '') : from} al ${to}`;
}

export const esText: TextWords = {
  ask: {
    greeting: ({ ctx }) => `Hola, le atiende ${hotelEs(ctx.hotel.name)}.`,
    mainMenu: () => 'Responda RESERVAR para reservar, o MI RESERVACIÓN si ya tiene una.',
    arrivalDate: () => '¿Qué día llega? Por ejemplo: 4 de diciembre, o el viernes.',
    roomType: (args) => {
      if (args.ctx.typeAsked?.length) return wantItText(args, 'todas las habitaciones');
      const { page, items } = roomListOf(args);
      const list = items.map((i) => `${i.name}, ${i.price}${i.key === 1 ? ' la noche' : ''}`).join('; ');
      const more = page.pages === 1 ? '' : page.index + 1 < page.pages ? ' Responda MÁS para ver otras.' : ' Responda MÁS para volver a las primeras.';
      return `${list}. ¿Cuál?${more}`;
    },
    rooms: () => '¿Cuántas habitaciones?',
    nights: () => '¿Cuántas noches?',
    offer: (args) => {
      if (args.ctx.typeAsked?.length) return wantItText(args, 'las opciones otra vez');
      // Nada libre: el hotel está lleno esas fechas, sea cual sea el tipo pedido.
      if (!offerItems(args).length) return 'Lo siento, tenemos el hotel lleno esas fechas. Responda OTRAS FECHAS, o llame a recepción.';
      if (args.ctx.notices.some((n) => n.id === 'offerChoices')) return offerChoices(args);
      const count = roomCount(args.ctx.rooms ?? 1, roomName(args.ctx, args.ctx.roomType));
      return `No tenemos ${count.text} ${count.plural ? 'disponibles' : 'disponible'} esas fechas. ${offerChoices(args)}`;
    },
    // After "Sí hay; se las apartamos mientras terminamos." this keeps the reply in one UCS-2 segment (70 characters).
    name: () => '¿A nombre de quién?',
    payment: () => '¿Cómo va a pagar en el hotel: tarjeta de crédito, efectivo o débito?',
    callback: ({ ctx }) => (callerNumber(ctx) ? '¿Le podemos llamar a este número? Responda SÍ, o envíe otro.' : '¿A qué número le podemos llamar?'),
    readBack: (args) => {
      const s = stayFacts(args);
      const count = roomCount(s.rooms, s.roomName);
      const who = s.name ? `${s.name}: ` : '';
      const paid = esMX.payment[s.payment].replace(/^pago /, '');
      const arrival = args.ctx.arrival!;
      const held = count.plural ? 'Apartadas' : 'Apartada';
      // Quien llega después de la hora límite ("llegamos como a las 11 de la noche"): hasta cuándo, y qué la guarda más tarde.
      const hold = lateHoldEs(args, count) ?? `${held} hasta ${atHour(s.holdUntil)} del ${Number(arrival.slice(8))}.`;
      return `${who}${count.text}, ${shortStay(arrival, s.nights, args.ctx.today)}; ${s.total} ${paid}. ${hold} ¿Confirmo?`;
    },
    // El cambio de una reservación, leído antes de hacerlo (flows/stay-change.ts): corto, como la confirmación.
    stayChangeConfirm: ({ ctx, f }) => {
      const c = ctx.stayChange;
      if (!c || !ctx.found) return '';
      const count = roomCount(c.rooms, roomName(ctx, ctx.found.roomType));
      const total = c.total === undefined ? '' : `; ${f.money(c.total, ctx.hotel.currency)}`;
      const held = `${count.plural ? 'Apartadas' : 'Apartada'} hasta ${atHour(f.time(c.holdUntil))} del ${Number(c.holdDate.slice(8))}`;
      return `Quedaría así: ${count.text}, ${shortStay(c.arrival, c.nights, ctx.today)}${total}. ${held}. Para hacer el cambio, responda 1; para dejarla como estaba, 2.`;
    },
    changeDetail: () => '¿Qué desea cambiar: fecha, tipo de habitación, habitaciones, noches, nombre, pago o teléfono?',
    confirmHeard: (args) => `¿Es correcto: ${args.ctx.pending ? esText.answer!(args, args.ctx.pending.value) : 'eso'}? Responda SÍ o NO.`,
    confirmationNumber: (args) => `Envíe su número de confirmación.${callerReservationChoices(args)}`,
    existingReservation: ({ ctx, f }) => {
      const r = ctx.found;
      if (!r) return '';
      const status = {
        booked: `Apartada hasta ${atHour(f.time(r.holdUntil))} del día de llegada. Para cancelarla, responda 1.`,
        arrived: 'El huésped ya se registró.',
        cancelled: 'Está cancelada.',
        released: 'Se liberó: nadie llegó antes de la hora límite.',
      }[r.status];
      return `Reservación ${r.confirmation}: ${roomCount(r.rooms, roomName(ctx, r.roomType)).text}, ${nights(r.nights)}, llegada el ${f.date(r.arrival, ctx.today)}, salida el ${f.date(plusDays(r.arrival, r.nights), ctx.today)}. ${status}`;
    },
    cancelConfirm: ({ ctx, f }) =>
      ctx.found ? `¿Cancelo la reservación ${ctx.found.confirmation}, con llegada el ${f.date(ctx.found.arrival, ctx.today)}? Responda SÍ para cancelarla, o NO para conservarla.` : '',
    lastNameProof: () => 'Por seguridad, envíe el apellido del titular de la reservación.',
    dateChoice: ({ ctx, f }) => {
      const choice = ctx.dateChoice;
      if (!choice) return '';
      const date = (d: string) => f.date(d, ctx.today);
      if (choice.reason === 'past') {
        return `El ${date(passedDay(choice, ctx.today))} ya pasó. Responda 1 para el ${date(choice.options[0]!.arrival)}, o escriba otra fecha.`;
      }
      const list = choice.options.map((o, i) => `${i + 1}: ${date(o.arrival)}${o.departure ? `, ${nights(daysBetween(o.arrival, o.departure))}` : ''}`).join('; ');
      return `¿Qué fecha? ${list}. Responda con el número, o escriba la fecha.`;
    },
    cardKind: () => '¿Tarjeta de crédito o de débito? Responda CRÉDITO o DÉBITO.',
    // Sólo con un segundo tipo pedido junto con el primero (con cualquier otra reservación la conversación se cierra).
    anythingElse: ({ ctx }) => (ctx.nextRoomTypes?.length ? `¿Ahora ${nextTypeSaidEs(ctx)} para las mismas fechas? Responda SÍ, o NO si es todo.` : '¿Otra reservación? Responda 1.'),
    // Nombrada sólo por su llegada: un número que escribe no prueba nada (flows/change-just-booked.ts).
    changeOrAnother: ({ ctx, f }) => `¿Desea cambiar su reservación con llegada el ${f.date(justBookedArrival(ctx), ctx.today)}? Responda 1. ¿Es otra reservación? Responda 2.`,
  },
  help: {
    greeting: () => 'Responda RESERVAR para reservar, o MI RESERVACIÓN si ya tiene una. Para recepción, responda AGENTE.',
    mainMenu: () => 'Responda RESERVAR para reservar, o MI RESERVACIÓN si ya tiene una. Para recepción, responda AGENTE.',
    arrivalDate: () => 'Envíe su fecha de llegada, como "4 de diciembre" o "el próximo viernes".',
    roomType: (args) => `${esText.ask!.roomType!(args)} Responda con el nombre.`,
    rooms: ({ ctx }) => `Envíe el número de habitaciones, del 1 al ${ctx.hotel.maxRoomsPerBooking}.`,
    nights: ({ ctx }) => `Envíe el número de noches, hasta ${ctx.hotel.maxNights}.`,
    offer: (args) => offerChoices(args),
    name: () => 'Envíe su nombre y apellido, por favor.',
    payment: () => 'Responda CRÉDITO, EFECTIVO o DÉBITO. Nunca le pedimos el número de tarjeta.',
    callback: (args) => `${esText.ask!.callback!(args)} Escríbalo con lada.`,
    readBack: () => 'Responda SÍ para confirmar, o díganos qué cambiar: fecha, habitación, noches…',
    changeDetail: (args) => esText.ask!.changeDetail!(args),
    confirmHeard: (args) => esText.ask!.confirmHeard!(args),
    confirmationNumber: (args) => `Envíe los 8 dígitos de su número de confirmación.${callerReservationChoices(args)}`,
    existingReservation: ({ ctx }) =>
      ctx.found?.status === 'booked' ? 'Para cancelar la reservación, responda 1; para cambiar la fecha, las noches o las habitaciones, 3. Para otros cambios, responda AGENTE.' : 'Para cambios, responda AGENTE.',
    stayChangeConfirm: () => 'Para hacer el cambio, responda SÍ. Para dejar su reservación como estaba, responda NO.',
    stayChange: () => 'Para cambiar la llegada, responda 1 (o la nueva fecha); las noches, 2; las habitaciones, 3. Otro cambio: AGENTE.',
    cancelConfirm: (args) => esText.ask!.cancelConfirm!(args),
    lastNameProof: () => 'Envíe el apellido con el que se hizo la reservación. Para recepción, responda AGENTE.',
    dateChoice: (args) => esText.ask!.dateChoice!(args),
    cardKind: () => 'Responda CRÉDITO o DÉBITO. Solo necesitamos el tipo de tarjeta, nunca su número.',
    anythingElse: ({ ctx }) => (ctx.nextRoomTypes?.length ? `Para reservar ${nextTypeSaidEs(ctx)} para las mismas fechas, responda SÍ. Si es todo, responda NO.` : 'Para otra reservación, responda 1.'),
    changeOrAnother: () => 'Para cambiar la reservación que acaba de hacer, responda 1. Para hacer otra reservación, responda 2. Para recepción, responda AGENTE.',
  },
  notice: {
    // "Llegada el vie. 4 de dic.": la fecha abreviada, como se escribe en un mensaje.
    heardRequest: (args) => shortened(esMX.notice.heardRequest!({ ...args, f: { ...args.f, date: shortDate } })),
    arrivalHeard: (args) => shortened(esMX.notice.arrivalHeard!({ ...args, f: { ...args.f, date: shortDate } })),
    noInput: () => 'Disculpe, solo puedo leer el texto de los mensajes, y el suyo llegó sin texto.',
    notUnderstood: () => 'Disculpe, no le entendí.',
    notAnswered: () => 'Con eso no le puedo ayudar por aquí; en recepción sí: responda AGENTE.',
    callQuestion: ({ ctx, params }) =>
      params.asked === 'hearing'
        ? 'Sí, recibimos su mensaje.'
        : params.asked === 'machine'
          ? `Le responde el sistema automático ${hotelEs(ctx.hotel.name, 'de')}. Para hablar con una persona, responda AGENTE.`
          : `${params.asked === 'otherHotel' ? 'No' : 'Sí'}, este es el número ${hotelEs(ctx.hotel.name, 'de')}.`,
    welcome: () => '¡Con mucho gusto! Escríbanos cuando guste.',
    roomsHeld: ({ ctx }) => {
      const count = roomCount(ctx.rooms ?? 1, roomName(ctx, ctx.roomType));
      // "Apartada" only when it is (a call's or a number's hold time can be used up: inventory.ts).
      return ctx.holdExpiresAt ? `Sí hay; se ${esPronoun(count)} apartamos mientras terminamos.` : 'Sí hay disponibilidad.';
    },
    roomsForParty: () => 'En recepción le dicen cuántas personas caben en cada habitación: responda AGENTE.',
    badPhone: () => 'Ese número no parece válido.',
    callerNumberUnknown: () => 'No vemos su número.',
    nameNotHeard: () => 'Disculpe, no entendí su nombre.',
    reservationNotFound: () => 'No encontramos una reservación con ese número.',
  },
  languageOffer: () => 'Para español, responda ESPAÑOL.',
  confirmed: ({ ctx }) => `¡Listo, quedó reservado! Número de confirmación: ${ctx.confirmation ?? ''}. Gracias.`,
  // Cambiada por mensaje: la respuesta es su confirmación por escrito (ningún segundo mensaje la repite).
  reservationChanged: ({ ctx }) => changeInWriting(ctx) ?? `Listo: la reservación ${ctx.found?.confirmation ?? ''} quedó cambiada y conserva su número.`,
  reservationCancelled: ({ ctx }) => `La reservación ${ctx.found?.confirmation ?? ''} quedó cancelada.`,
  callbackPromised: ({ ctx, f }) => {
    const when = callbackWhen(ctx);
    const time =
      when.kind === 'soon'
        ? withinEs(callbackPromiseMinutes(ctx.hotel))
        : when.kind === 'opens'
          ? `cuando abra, a ${atHour(f.time(when.time))} del ${f.date(when.date, ctx.today)}`
          : 'en cuanto haya alguien';
    return `Gracias. Recepción le llamará ${time}.${roomsAfter({ ctx, f })}`;
  },
  noCallBack: ({ ctx, f, hotelNumber }) =>
    `Recepción no puede devolverle la llamada a este número. Por favor, llámenos${hotelNumber ? ` al ${hotelNumber}` : ''}.${roomsAfter({ ctx, f })}`,
  goodbye: ({ ctx }) => `Gracias por escribir ${hotelEs(ctx.hotel.name, 'a')}.`,
  answer: (args, value) => {
    if (value.q === 'callback') {
      const country = foreignCountry(args, value.number);
      return `${nationalGroups(value.number).join(' ')}${country ? ` (${country})` : ''}`;
    }
    if (value.q === 'lookup' && 'confirmation' in value) return `el número de confirmación ${value.confirmation}`;
    return esMX.answer(args, value);
  },
};

/** Tras preguntar por un tipo: si lo quiere, o cuál de los que preguntó. */
function wantItText(args: Parameters<NonNullable<TextWords['ask']['roomType']>>[0], all: string): string {
  const names = (args.ctx.typeAsked ?? []).map((code) => roomName(args.ctx, code));
  return names.length === 1 ? `¿Le gustaría esa? Responda SÍ, o NO para ver ${all}.` : `¿Cuál prefiere: ${names.join(' o ')}?`;
}

/** Las alternativas, numeradas: se contesta con el número, el nombre u OTRAS FECHAS. */
function offerChoices(args: Parameters<NonNullable<TextWords['ask']['offer']>>[0]): string {
  const choices = offerItems(args).map((o) => {
    if (o.option.kind === 'roomType') return `${o.key}: ${o.name}, ${o.price}${o.firstPrice ? ' la noche' : ''}`;
    const count = roomCount(o.option.rooms, o.name);
    return `${o.key}: solo ${count.text}`;
  });
  return `Responda ${choices.join('; ')}; u OTRAS FECHAS.`;
}

function callerReservationChoices({ ctx, f }: Parameters<NonNullable<TextWords['ask']['confirmationNumber']>>[0]): string {
  const mine = callerReservationFacts(ctx.callerReservations).map(
    ({ r, withRooms }, i) => `${i + 1} (${f.date(r.arrival, ctx.today)}, ${nights(r.nights)}${withRooms ? `, ${r.rooms} habitaciones` : ''})`,
  );
  if (mine.length === 0) return '';
  const list = mine.length === 1 ? mine[0] : `${mine.slice(0, -1).join(', ')} o ${mine.at(-1)}`;
  return ` O, por fecha de llegada, responda ${list}.`;
}
