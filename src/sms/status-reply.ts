// "STATUS" by text: what became of the guest's request (the seed's call-centre notes: customers
// can find out what became of their request) — the conversation in progress, else whether the
// number has a reservation and when it arrives. Not its confirmation number nor its details: the
// sender's number is all that vouches for the sender, and the confirmation number (or the last
// name on it) is what opens a reservation (issue 11). Written with the same words as the rest of
// the conversation.

import { roomTypeName } from '../../flows/hold-time.ts';
import { hotelTimeOfDay } from '../../flows/hotel-time.ts';
import type { Locale } from '../../flows/types.ts';
import type { ReservationLookup } from '../calls/reservation-lookup.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { formatterFor } from '../voice/formatters.ts';
import type { CallView } from '../voice/render.ts';
import { nightsEn, nightsEs, roomCountEn, roomCountEs } from '../voice/prompts/room-words.ts';
import type { RoomCount } from '../voice/prompts/room-words.ts';
import { textLines } from './render-text.ts';

interface StatusWords {
  soFar: string;
  rooms(rooms: number, name: string): RoomCount;
  nights(n: number): string;
  from: string;
  held(time: string, count: RoomCount | null): string;
  /** That this number has a reservation, when it arrives, its status, and how to go on. */
  reservation(date: string, status: string): string;
  none: string;
  status: Record<'booked' | 'arrived' | 'cancelled' | 'released', string>;
}

const WORDS: Record<Locale, StatusWords> = {
  'en-US': {
    soFar: 'Your request so far',
    rooms: roomCountEn,
    nights: nightsEn,
    from: 'from',
    held: (time) => `held for you until ${time}`,
    reservation: (date, status) => `You have a reservation arriving ${date}. ${status} To go over it or cancel it, reply MY RESERVATION.`,
    none: 'We have no request or reservation from this number. Reply BOOK to book a room.',
    status: { booked: 'Booked.', arrived: 'Checked in.', cancelled: 'Cancelled.', released: 'Released: nobody arrived by the hold time.' },
  },
  'es-MX': {
    soFar: 'Su solicitud hasta ahora',
    rooms: roomCountEs,
    nights: nightsEs,
    from: 'desde el',
    held: (time, count) => `${count?.feminine === false ? 'apartado' : 'apartada'}${count?.plural ? 's' : ''} hasta ${/^1(?:\D|$)/.test(time) ? 'la' : 'las'} ${time}`,
    reservation: (date, status) => `Tiene una reservación con llegada el ${date}. ${status} Para revisarla o cancelarla, responda MI RESERVACIÓN.`,
    none: 'No tenemos solicitudes ni reservaciones de este número. Responda RESERVAR para reservar una habitación.',
    status: { booked: 'Confirmada.', arrived: 'El huésped ya se registró.', cancelled: 'Cancelada.', released: 'Liberada: nadie llegó antes de la hora límite.' },
  },
};

const AT_THE_START: ReadonlySet<string> = new Set(['greeting', 'mainMenu']);

export async function statusReply(args: {
  view: CallView | null;
  locale: Locale;
  from: string;
  lookup: ReservationLookup;
  hotel: LoadedHotel;
  now: Date;
  today: string;
}): Promise<string> {
  const locale = args.view?.ctx.locale ?? args.locale;
  const w = WORDS[locale];
  const f = formatterFor(locale);
  // A conversation still at its greeting has nothing to report: what the guest asks then is what
  // became of the reservation they made (a thanks after booking opens a new conversation).
  if (args.view && !AT_THE_START.has(args.view.question ?? '')) {
    const { ctx } = args.view;
    const count = ctx.roomType ? w.rooms(ctx.rooms ?? 1, roomTypeName(ctx.hotel, locale, ctx.roomType)) : null;
    const stay = [ctx.nights ? w.nights(ctx.nights) : null, ctx.arrival ? `${w.from} ${f.date(ctx.arrival, ctx.today)}` : null].filter(Boolean).join(' ');
    const facts = [
      ctx.rooms && count ? count.text : null,
      stay || null,
      ctx.held && ctx.holdExpiresAt ? w.held(f.time(hotelTimeOfDay(ctx.holdExpiresAt, ctx.hotel.timezone)), count) : null,
    ].filter(Boolean);
    const next = textLines({ ...args.view, ctx: { ...ctx, notices: [] } })
      .map((l) => l.text)
      .join(' ');
    return `${facts.length ? `${w.soFar}: ${facts.join(', ')}.` : ''} ${next}`.trim();
  }
  const [latest] = await args.lookup.byCaller(args.from, args.today, args.now);
  if (!latest) return w.none;
  return w.reservation(f.date(latest.arrival, args.today), w.status[latest.status]);
}
