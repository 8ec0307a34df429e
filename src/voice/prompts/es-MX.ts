import { CHANGE_DATES_KEY } from '../../../flows/reading/menu-questions.ts';
import { callbackPromiseMinutes, withinEs } from './callback-promise.ts';
import type { PromptSet } from './prompt-types.ts';
import { plusDays } from '../../../flows/hotel-time.ts';
import { isReturning } from '../../calls/caller-history.ts';
import { callerIdOpensReservations } from '../../../flows/reading/reservation-questions.ts';
import { callbackWhen, callerLastFour, collectedFacts, exampleNumberSaid, foreignCountry, offerLines, reachableLast4, roomName, roomRate, spokenNumber, stayFacts } from './prompt-helpers.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const rooms = (n: number) => plural(n, 'habitación', 'habitaciones');
const nights = (n: number) => plural(n, 'noche', 'noches');

export const esMX: PromptSet = {
  ask: {
    greeting: ({ ctx }) => `Hola, le atiende ${ctx.hotel.name}.`,
    mainMenu: () =>
      'Para reservar una habitación, oprima 1 o diga "reservar". Para una reservación existente, oprima 2. Para hablar con recepción, oprima 0.',
    arrivalDate: () =>
      '¿Qué día llegará? Diga la fecha, o marque el mes y el día con cuatro dígitos.',
    roomType: ({ ctx, f }) =>
      `¿Qué habitación desea? ${ctx.hotel.roomTypes
        .map((t, i) => `${t.name.es}, ${f.money(t.rate, ctx.hotel.currency)} por noche: oprima ${i + 1}.`)
        .join(' ')}`,
    rooms: ({ ctx }) => `¿Cuántas habitaciones necesita? Oprima o diga un número del 1 al ${ctx.hotel.maxRoomsPerBooking}.`,
    nights: () => '¿Cuántas noches se hospedará? Marque el número seguido de la tecla de número, o dígalo.',
    offer: (args) => {
      const { ctx, f } = args;
      const lines = offerLines(args, (o, key) =>
        o.kind === 'roomType'
          ? `Sí tenemos ${roomName(ctx, o.code)}, ${f.money(roomRate(ctx, o.code), ctx.hotel.currency)} por noche: oprima ${key}.`
          : `Nos quedan ${rooms(o.rooms)} de ese tipo: para reservar${o.rooms === 1 ? 'la' : 'las'}, oprima ${key}.`,
      );
      return `Lo sentimos, no tenemos ${rooms(ctx.rooms ?? 1)} ${roomName(ctx, ctx.roomType)} libres para esas fechas. ${lines.join(' ')} Para probar otras fechas, oprima ${CHANGE_DATES_KEY}. Para hablar con recepción, oprima 0.`;
    },
    name: () => '¿Me permite su nombre, por favor? Diga su nombre y apellido.',
    payment: () =>
      '¿Cómo pagará en el hotel? Con tarjeta de crédito, oprima 1. En efectivo, oprima 2. Con tarjeta de débito, oprima 3. Solo necesitamos la forma de pago, nunca un número de tarjeta.',
    callback: ({ ctx }) => {
      const last4 = callerLastFour(ctx);
      return `¿A qué número podemos llamarle? ${last4 ? `Para usar el número desde el que llama, que termina en ${last4.split('').join(' ')}, oprima 1. ` : ''}Si no, marque el número de teléfono seguido de la tecla de número.`;
    },
    readBack: (args) => {
      const facts = stayFacts(args);
      const { f, ctx } = args;
      return [
        esMX.holdNotice(args),
        `Esta es su reservación${facts.name ? ` a nombre de ${facts.name}` : ''}:`,
        `${rooms(facts.rooms)}, ${facts.roomName}, por ${nights(facts.nights)},`,
        `con llegada el ${facts.arrival} y salida el ${facts.departure}.`,
        `El total es ${f.money(facts.total, ctx.hotel.currency)}, pagando ${esMX.payment[facts.payment]} en el hotel.`,
        `Le llamaremos ${facts.callbackLast4 ? `al número que termina en ${facts.callbackLast4.split('').join(' ')}` : ''}${ctx.callback && foreignCountry(args, ctx.callback) ? `, de ${foreignCountry(args, ctx.callback)},` : ''} si hace falta.`,
        'Para confirmar, oprima 1. Para cambiar un dato, oprima 2. Para escucharla de nuevo, oprima 3.',
      ].join(' ');
    },
    changeDetail: () =>
      '¿Qué desea cambiar? Fecha de llegada, oprima 1. Tipo de habitación, 2. Número de habitaciones, 3. Noches, 4. Nombre, 5. Forma de pago, 6. Teléfono, 7.',
    callbackOffer: ({ ctx }) => {
      const why = ctx.deskClosed
        ? 'La recepción está cerrada en este momento.'
        : ctx.dialStatus === 'busy'
          ? 'La línea de recepción está ocupada.'
          : 'Lo sentimos, nadie en recepción pudo contestar.';
      const last4 = reachableLast4(ctx);
      return `${why} Para dejar un mensaje a recepción, oprima 1.${last4 ? ` Para que le devuelvan la llamada al número que termina en ${last4.split('').join(' ')}, oprima 2.` : ''}`;
    },
    confirmationNumber: ({ ctx, f }) => {
      const mine = ctx.callerReservations;
      if (mine.length > 0 && callerIdOpensReservations(ctx)) {
        const keys = mine.map((r, i) => `con llegada el ${f.date(r.arrival, ctx.today)}, oprima ${i + 1}.`);
        return `Por favor marque su número de confirmación y luego la tecla de número. O, para una reservación hecha desde este teléfono: ${keys.join(' ')}`;
      }
      if (mine.length === 0) return 'Por favor marque su número de confirmación y luego la tecla de número.';
      // El identificador de llamadas se puede falsear: solo dice que hay reservaciones y cuándo llegan.
      const when = mine.map((r) => f.date(r.arrival, ctx.today));
      const which =
        mine.length === 1
          ? `una reservación hecha desde este teléfono, con llegada el ${when[0]}`
          : `${mine.length} reservaciones hechas desde este teléfono, con llegada el ${when.slice(0, -1).join(', el ')} y el ${when.at(-1)}`;
      return `Tenemos ${which}. Para revisar${mine.length === 1 ? 'la' : ' una'} o cancelarla, marque su número de confirmación y luego la tecla de número, o díganos el apellido con el que reservó.`;
    },
    existingReservation: ({ ctx, f }) => {
      const r = ctx.found;
      if (!r) return '';
      const status = {
        booked: `Está confirmada, y apartada hasta las ${f.time(r.holdUntil)} del día de llegada.`,
        arrived: 'El huésped ya se registró.',
        cancelled: 'Fue cancelada.',
        released: 'Se liberó, porque nadie llegó antes de la hora límite.',
      }[r.status];
      return `Reservación ${f.digits(r.confirmation)}: ${rooms(r.rooms)}, ${roomName(ctx, r.roomType)}, por ${nights(r.nights)}, con llegada el ${f.date(r.arrival, ctx.today)} y salida el ${f.date(plusDays(r.arrival, r.nights), ctx.today)}. ${status}${r.status === 'booked' ? ' Para cancelarla, oprima 1.' : ''} Para escucharla de nuevo, oprima 2. Para cualquier cambio, oprima 0 para hablar con recepción.`;
    },
    cancelConfirm: ({ ctx, f }) =>
      ctx.found ? `Para cancelar la reservación ${f.digits(ctx.found.confirmation)}, con llegada el ${f.date(ctx.found.arrival, ctx.today)}, oprima 1. Para conservarla, oprima 2.` : '',
    confirmHeard: ({ ctx, f }) =>
      `Entendí ${ctx.pending ? esMX.answer({ ctx, f }, ctx.pending.value) : 'algo'}. Si es correcto, oprima 1. Para decirlo de nuevo, oprima 2.`,
  },
  help: {
    greeting: (args) => esMX.help.mainMenu(args),
    mainMenu: () => 'Para reservar una habitación, oprima 1. Para una reservación existente, oprima 2. Para hablar con recepción, oprima 0.',
    arrivalDate: () =>
      'Dígame su fecha de llegada, por ejemplo "el próximo viernes" o "el 4 de diciembre". O marque el mes y luego el día, con dos dígitos cada uno: para el 4 de diciembre, marque 1 2 0 4. Para hablar con recepción, oprima 0.',
    roomType: (args) => `${esMX.ask.roomType(args)} También puede decir el nombre de la habitación. Para escuchar la lista de nuevo, oprima asterisco.`,
    rooms: ({ ctx }) => `Oprima una sola tecla del 1 al ${ctx.hotel.maxRoomsPerBooking} para el número de habitaciones, o diga "dos habitaciones".`,
    nights: ({ ctx }) =>
      `Marque el número de noches, hasta ${ctx.hotel.maxNights}, y luego la tecla de número. Para tres noches, oprima 3 y la tecla de número. O diga "tres noches" o "una semana".`,
    offer: (args) => esMX.ask.offer(args),
    name: () => 'Por favor, diga su nombre y apellido después de este mensaje.',
    payment: () => 'Oprima 1 si pagará con tarjeta de crédito, 2 en efectivo, o 3 con tarjeta de débito.',
    callback: (args) => `${esMX.ask.callback(args)} Por ejemplo, ${exampleNumberSaid(args)} y la tecla de número.`,
    readBack: () => 'Para confirmar esta reservación, oprima 1. Para cambiar un dato, oprima 2. Para escucharla de nuevo, oprima 3.',
    changeDetail: (args) => esMX.ask.changeDetail(args),
    confirmHeard: (args) => esMX.ask.confirmHeard(args),
    confirmationNumber: (args) => {
      const how = 'Su número de confirmación tiene 8 dígitos; se lo dijimos al final de su llamada de reservación. Márquelo y luego la tecla de número, o dígalo dígito por dígito.';
      if (args.ctx.callerReservations.length === 0) return how;
      if (!callerIdOpensReservations(args.ctx)) return `${how} O díganos el apellido con el que reservó.`;
      return `${how} ${esMX.ask.confirmationNumber(args).replace(/^[^.]*\.\s*/, '')}`;
    },
    existingReservation: (args) => esMX.ask.existingReservation(args),
    cancelConfirm: (args) => esMX.ask.cancelConfirm(args),
    callbackOffer: ({ ctx }) =>
      `Oprima 1 para dejar un mensaje después del tono${reachableLast4(ctx) ? ', o 2 para que recepción le devuelva la llamada' : ''}.`,
  },
  notice: {
    noInput: () => 'Disculpe, no escuché nada.',
    notUnderstood: () => 'Disculpe, no le entendí.',
    dateInPast: ({ params, f, ctx }) => `El ${f.date(String(params.date), ctx.today)} ya pasó.`,
    dateBeyondHorizon: ({ params }) => `Podemos tomar reservaciones hasta con ${params.days} días de anticipación.`,
    arrivalHeard: ({ params, f, ctx }) => `Llegada el ${f.date(String(params.date), ctx.today)}.`,
    tooManyRooms: ({ params }) => `Podemos reservar hasta ${params.max} habitaciones por reservación.`,
    tooManyNights: ({ params }) => `Podemos reservar hasta ${params.max} noches por reservación.`,
    roomsHeld: () => 'Buenas noticias: tenemos esas habitaciones y se las apartamos mientras terminamos.',
    roomsGone: () => 'Lo sentimos, mientras hablábamos esas habitaciones se ocuparon.',
    badPhone: () => 'Ese número de teléfono no parece completo.',
    callerNumberUnknown: () => 'No puedo ver el número desde el que llama.',
    nameNotHeard: () => 'Disculpe, no entendí su nombre.',
    reservationNotFound: () => 'No encontré una reservación con ese número.',
    reservationNameNotFound: () => 'No encontré una reservación de este teléfono a ese nombre.',
    cardNumberHeard: () => 'Por su seguridad, no nos dé números de tarjeta. Solo necesitamos saber cómo va a pagar.',
  },
  languageOffer: () => 'Para español, oprima nueve.',
  holdNotice: (args) => {
    const facts = stayFacts(args);
    return `Le guardaremos la habitación hasta las ${args.f.time(facts.holdUntil)} del ${facts.arrival}; después de esa hora podría liberarse para otros huéspedes.`;
  },
  recordName: () => 'Después del tono, diga su nombre y apellido, y luego oprima la tecla de número.',
  transfer: {
    caller_asked: () => 'Le comunico con recepción. Un momento, por favor.',
    misses: () => 'Disculpe que no pude ayudarle. Le comunico con recepción.',
    group: ({ ctx }) => `Para más de ${ctx.hotel.maxRoomsPerBooking} habitaciones, nuestro departamento de grupos le atenderá. Le comunico ahora.`,
    existing_reservation: () => 'Recepción le ayudará con su reservación. Le comunico ahora.',
    no_availability: () => 'Le comunico con recepción, donde podrán buscarle otra opción.',
  },
  confirmed: ({ ctx, f }) => {
    const number = f.digits(ctx.confirmation ?? '');
    return `Su reservación está confirmada. Su número de confirmación es ${number}. Repito, su número de confirmación es ${number}. Gracias por elegir ${ctx.hotel.name}. Hasta luego.`;
  },
  reservationCancelled: ({ ctx, f }) =>
    `La reservación ${f.digits(ctx.found?.confirmation ?? '')} está cancelada, y sus habitaciones quedan libres. Gracias por llamar a ${ctx.hotel.name}. Hasta luego.`,
  recordMessage: () =>
    'Por favor deje su mensaje después del tono, con su nombre y en qué podemos ayudarle. Oprima la tecla de número al terminar.',
  callbackPromised: ({ ctx, f }) => {
    const when = callbackWhen(ctx);
    const last4 = reachableLast4(ctx);
    const to = last4 ? ` al número que termina en ${last4.split('').join(' ')}` : '';
    const time =
      when.kind === 'soon'
        ? `en cuanto alguien esté libre, ${withinEs(callbackPromiseMinutes(ctx.hotel))}`
        : when.kind === 'opens'
          ? `cuando abra la recepción, a las ${f.time(when.time)} del ${f.date(when.date, ctx.today)}`
          : 'en cuanto haya alguien en recepción';
    return `Gracias. Recepción le devolverá la llamada${to} ${time}.${ctx.held ? ' Las habitaciones que encontramos siguen apartadas hasta que termine esta llamada.' : ''} Hasta luego.`;
  },
  whisper: ({ ctx, f, history }) => {
    const facts = collectedFacts(ctx);
    const who = ctx.guestName ?? history.lastReservation?.guestName ?? 'un huésped';
    const returning = isReturning(history) ? ', que ya nos conoce,' : '';
    const last4 = callerLastFour(ctx);
    const wants: string[] = [];
    if (facts.rooms && facts.roomName) wants.push(`${rooms(facts.rooms)} ${facts.roomName}`);
    else if (facts.roomName) wants.push(facts.roomName);
    if (facts.nights) wants.push(nights(facts.nights));
    if (facts.arrival) wants.push(`${facts.nights ? 'desde' : 'con llegada'} el ${f.date(facts.arrival, ctx.today)}`);
    if (facts.payment) wants.push(`pagando ${esMX.payment[facts.payment]}`);
    const reasons: Record<NonNullable<typeof ctx.transferReason>, string> = {
      caller_asked: 'Pidió hablar con recepción.',
      misses: 'El sistema no logró entenderle.',
      group: `Una solicitud de grupo de más de ${ctx.hotel.maxRoomsPerBooking} habitaciones.`,
      existing_reservation: 'Es sobre una reservación existente.',
      no_availability: 'No teníamos habitaciones como las pidió; necesita ayuda.',
    };
    const past = history.lastReservation
      ? ` Última reservación ${f.digits(history.lastReservation.confirmation)}, con llegada el ${f.date(history.lastReservation.arrival, ctx.today)}, estado ${history.lastReservation.status}.`
      : '';
    const lastCall = history.lastOutcome ? ` Su última llamada terminó como ${history.lastOutcome}.` : '';
    return [
      `Llamada de ${who}${returning}${last4 ? ` desde el número que termina en ${last4.split('').join(' ')}` : ''}, en ${ctx.locale === 'es-MX' ? 'español' : 'inglés'}.`,
      reasons[ctx.transferReason ?? 'caller_asked'],
      wants.length ? `Quiere ${wants.join(', ')}.` : '',
      past + lastCall,
      'Oprima 1 para tomar la llamada.',
    ]
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ');
  },
  screenDeclined: () => 'La llamada regresa al huésped, que podrá dejar un mensaje.',
  goodbye: ({ ctx }) => `Gracias por llamar a ${ctx.hotel.name}. Hasta luego.`,
  error: () => 'Lo sentimos, tuvimos un problema. Le comunico con recepción.',
  payment: { credit_card: 'con tarjeta de crédito', cash: 'en efectivo', debit_card: 'con tarjeta de débito' },
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
        return esMX.payment[value.method];
      case 'callback': {
        const country = foreignCountry({ ctx, f }, value.number);
        return `${spokenNumber({ ctx, f }, value.number)}${country ? `, de ${country}` : ''}`;
      }
      case 'changeDetail':
        return value.detail;
      case 'lookup':
        if ('pick' in value) return `la reservación ${value.pick + 1}`;
        return 'lastName' in value ? `el apellido ${value.lastName}` : `el número de confirmación ${f.digits(value.confirmation)}`;
    }
  },
};
