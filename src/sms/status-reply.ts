// "STATUS" by text: what became of the guest's request (the seed's call-centre notes: customers
// can find out what became of their request) — the conversation in progress, else whether the
// number has a reservation and when it arrives. Not its confirmation number nor its details: the
// sender's number is all that vouches for the sender, and the confirmation number is what opens a
// reservation (issue 11); replying 2 goes on to the existing-reservation questions.

import { roomTypeName } from '../../flows/hold-time.ts';
import { hotelTimeOfDay } from '../../flows/hotel-time.ts';
import type { Locale } from '../../flows/types.ts';
import type { ReservationLookup } from '../calls/reservation-lookup.ts';
import type { LoadedHotel } from '../hotel/hotel-store.ts';
import { formatterFor } from '../voice/formatters.ts';
import type { CallView } from '../voice/render.ts';
import { textLines } from './render-text.ts';

const WORDS = {
  'en-US': {
    inProgress: 'Your request is in progress',
    held: (time: string) => `rooms held for you until ${time}`,
    reservation: (date: string, status: string) => `You have a reservation arriving ${date}: ${status}. To go over it or cancel it, reply 2.`,
    arriving: 'arriving',
    nights: 'nights',
    none: 'We have no request or reservation from this number. Reply 1 to book a room.',
    status: { booked: 'booked', arrived: 'checked in', cancelled: 'cancelled', released: 'released (not arrived by the hold time)' },
  },
  'es-MX': {
    inProgress: 'Su solicitud está en curso',
    held: (time: string) => `habitaciones apartadas hasta las ${time}`,
    reservation: (date: string, status: string) => `Tiene una reservación con llegada el ${date}: ${status}. Para revisarla o cancelarla, responda 2.`,
    arriving: 'llegada el',
    nights: 'noches',
    none: 'No tenemos solicitudes ni reservaciones de este número. Responda 1 para reservar una habitación.',
    status: { booked: 'confirmada', arrived: 'registrada', cancelled: 'cancelada', released: 'liberada (no llegó a tiempo)' },
  },
} as const;

export async function statusReply(args: {
  view: CallView | null;
  locale: Locale;
  from: string;
  lookup: ReservationLookup;
  hotel: LoadedHotel;
  now: Date;
  today: string;
}): Promise<string> {
  const w = WORDS[args.view?.ctx.locale ?? args.locale];
  if (args.view) {
    const { ctx } = args.view;
    const f = formatterFor(ctx.locale);
    const facts = [
      ctx.rooms && ctx.roomType ? `${ctx.rooms} × ${roomTypeName(ctx.hotel, ctx.locale, ctx.roomType)}` : null,
      ctx.arrival ? `${w.arriving} ${f.date(ctx.arrival, ctx.today)}` : null,
      ctx.nights ? `${ctx.nights} ${w.nights}` : null,
      ctx.held && ctx.holdExpiresAt ? w.held(f.time(hotelTimeOfDay(ctx.holdExpiresAt, ctx.hotel.timezone))) : null,
    ].filter(Boolean);
    const next = textLines({ ...args.view, ctx: { ...ctx, notices: [] } })
      .map((l) => l.text)
      .join(' ');
    return `${w.inProgress}${facts.length ? `: ${facts.join(', ')}` : ''}. ${next}`.trim();
  }
  const [latest] = await args.lookup.byCaller(args.from, args.today, args.now);
  if (!latest) return w.none;
  const f = formatterFor(args.locale);
  return w.reservation(f.date(latest.arrival, args.today), w.status[latest.status]);
}
