// Reservations as a front desk reads them: arrivals, in house, departures and those made on a date
// (today by default), or a search by confirmation number, name or phone; mark arrived, cancel,
// and take either back for a few minutes.

import type { Money } from '../context.ts';
import type { HotelClock } from '../hotel-clock.ts';
import type { ReservationList, ReservationView } from '../queries/reservations.ts';
import type { Undoable } from '../queries/undo.ts';
import { UNDO_LABELS, UNDO_MINUTES } from '../queries/undo.ts';
import { dayDate, plural, stayRange } from '../words.ts';
import { expectedWords } from '../expected-arrival.ts';
import { PAYMENT_LABELS, badge, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { recordingPlayer } from './call-page.ts';
import type { CallRowProperty } from './calls-page.ts';

export interface ReservationsPageData {
  list: ReservationList;
  date: string;
  today: string;
  q: string;
  reservations: ReservationView[];
  undoable: Map<number, Undoable>;
  playable: boolean;
  /** This page's own URL, where an action comes back to. */
  back: string;
  /**
   * No date asked with several properties in view: each property's list on its own today, and these
   * its dates ("MIR Sun, Nov 29, SIE Sat, Nov 28"); `date` is then ''.
   */
  eachToday?: string | null;
  /** With several properties in view: each row's own property (its code, clock and today). */
  rowOf?: ((hotelId: number) => CallRowProperty) | null;
  /** The search or date sent back as typed, with what to fix (then there is no list). */
  error?: { field: string; message: string } | null;
  /** Now: a hold that ends within the hour says so (the night shift's guests to call first). */
  now?: Date | null;
  /** What a printed list says on top (the header is not printed): the hotel (or "All properties") and when it was printed, in hotel time. */
  printed?: { hotel: string; at: string } | null;
}

const LIST_LABELS: Record<ReservationList, string> = {
  arrivals: 'Arrivals',
  'not-arrived': 'Not arrived',
  'in-house': 'In house',
  departures: 'Departures',
  made: 'Made that day',
};

/** The one set of words for a reservation's status, here and on the call page. */
export const STATUS_HINTS: Record<string, string> = {
  booked: 'booked, not arrived yet',
  arrived: 'the guest has arrived',
  cancelled: 'cancelled: its rooms are free',
  released: 'not arrived by its hold time: its rooms count as free again',
};

/** Undo, Arrived and Cancel for a reservation, as forms that come back to `back`. */
export function reservationActions(r: ReservationView, csrf: string, back: string, undo: Undoable | undefined): SafeHtml {
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="back" value="${back}">`;
  const parts: SafeHtml[] = [];
  if (undo) {
    parts.push(html`<form method="post" action="/staff/reservations/${r.id}/undo">${hidden}
      <button type="submit" class="secondary" aria-label="${UNDO_LABELS[undo]} for reservation ${r.confirmation}">${UNDO_LABELS[undo]}</button></form>`);
  }
  if (r.canMarkArrived) {
    parts.push(html`<form method="post" action="/staff/reservations/${r.id}/arrived">${hidden}
      ${r.status === 'released' ? html`<label class="warn-label"><input type="checkbox" name="released" value="yes" required> its hold time has passed and its rooms may be gone: mark it anyway</label>` : ''}
      <button type="submit" aria-label="Mark reservation ${r.confirmation} arrived">Arrived</button></form>`);
  }
  if (r.canMarkArrived) {
    // A late guest who called ahead: their rooms kept until the time typed (the next such time).
    parts.push(html`<form method="post" action="/staff/reservations/${r.id}/hold" class="keep-form">${hidden}
      <label>Keep until <input type="time" name="until" required aria-label="Keep reservation ${r.confirmation}'s rooms until (time)"></label>
      <button type="submit" class="secondary" aria-label="Keep reservation ${r.confirmation}'s rooms until the time typed">Keep room</button></form>`);
  }
  if (r.canCancel) {
    parts.push(html`<form method="post" action="/staff/reservations/${r.id}/cancel">${hidden}
      <label><input type="checkbox" name="confirm" value="yes" required> sure</label>
      <button type="submit" class="danger" aria-label="Cancel reservation ${r.confirmation}">Cancel</button></form>`);
  }
  return parts.length ? html`<div class="actions">${parts}</div>` : html`<span class="muted">—</span>`;
}

/** Within this many minutes of its end, a running hold is marked. */
const SOON_MINUTES = 60;

/** "ends in 25 min" beside a hold that ends within the hour (booked, not arrived). */
function endsSoon(r: ReservationView, now: Date | null | undefined): SafeHtml | '' {
  if (!now || r.status !== 'booked') return '';
  const minutes = Math.ceil((new Date(r.holdUntil).getTime() - now.getTime()) / 60_000);
  return minutes > 0 && minutes <= SOON_MINUTES ? html` ${badge('overdue', `ends in ${minutes} min`)}` : '';
}

/**
 * "expects ~11:00 PM" when the guest said (on the call) or the desk noted when they arrive, marked
 * when that is after the hold ends: the room is kept (Keep room) or released before they come.
 */
export function expectsWords(r: ReservationView): SafeHtml | '' {
  if (r.expectedArrival === null) return '';
  return html`<span class="expects" data-expected="${r.expectedArrival}">expects ${expectedWords(r.expectedArrival)}</span>${
    r.expectedAfterHold ? html` ${badge('overdue', 'after its hold: keep room')}` : ''
  }`;
}

/** What an empty list means, in the clerk's words: which list, which day, and where else to look. */
function emptyWords(d: ReservationsPageData): string {
  if (d.q) return `No reservation matches “${d.q}”. Try the confirmation number, part of the guest's name, or the last 4 digits of their phone.`;
  const day = d.eachToday ? 'today at any property' : d.date === d.today ? 'today' : `on ${dayDate(d.date)}`;
  const other = d.list === 'arrivals' ? 'Search above for a guest arriving another day.' : 'Pick another day above, or search for a guest.';
  const what: Record<ReservationList, string> = {
    arrivals: `No guest is due to arrive ${day}.`,
    'not-arrived': `Every guest due ${day} has arrived or cancelled: none is waiting and none was released.`,
    'in-house': `No guest is staying ${day === 'today' ? 'tonight' : day}.`,
    departures: `No guest is due to leave ${day}.`,
    made: `No reservation was made ${day}.`,
  };
  return `${what[d.list]} ${other}`;
}

export function reservationsPage(d: ReservationsPageData, clock: HotelClock, money: Money, csrf: string, phones: PhoneLinks): SafeHtml {
  const heading = d.error ? LIST_LABELS[d.list] : d.q ? `Search: “${d.q}”` : d.eachToday ? `${LIST_LABELS[d.list]}, today at each property (${d.eachToday})` : `${LIST_LABELS[d.list]}, ${d.date === d.today ? 'today' : dayDate(d.date)}`;
  const invalid = (field: string) => (d.error?.field === field ? html` aria-invalid="true" aria-describedby="filter-error"` : '');
  const tab = (list: ReservationList) =>
    html`<li><a href="${withQuery('/staff/reservations', { list, date: d.eachToday || (!d.rowOf && d.date === d.today) ? null : d.date })}"${
      !d.q && list === d.list ? html` aria-current="true"` : ''
    }>${LIST_LABELS[list]}</a></li>`;
  return html`
<p class="actions"><a class="button" href="/staff/reservations/new">New reservation</a></p>
<ul class="presets" aria-label="Lists">${(['arrivals', 'not-arrived', 'in-house', 'departures', 'made'] as const).map(tab)}</ul>
<form class="filters" method="get" action="/staff/reservations">
  <input type="hidden" name="list" value="${d.list}">
  <div><label for="date">Date</label><input id="date" name="date" type="date" value="${d.q && !d.error ? '' : d.date}"${invalid('date')}></div>
  <div><label for="q">Confirmation number, name or phone</label><input id="q" name="q" type="search" value="${d.q}" minlength="2" maxlength="80"${invalid('q')}></div>
  <div class="actions"><button type="submit">Show</button> <a href="/staff/reservations">Today</a></div>
  ${d.error ? html`<p id="filter-error" class="field-error" role="alert">${d.error.message}</p>` : ''}
</form>
<h2>${heading}</h2>
${d.printed ? html`<p class="print-only" id="printed">${d.printed.hotel} · ${d.q ? heading : d.eachToday ? `${LIST_LABELS[d.list]}: ${d.eachToday}` : `${LIST_LABELS[d.list]}: ${dayDate(d.date)}`} · printed ${d.printed.at}</p>` : ''}
<p class="muted small">${d.rowOf ? 'Times are each property’s own, its code beside each guest.' : `Times are hotel time (${clock.timezone}).`} A reservation not marked arrived by its hold time is <strong>released</strong>: its rooms count as free again. Arrived, Cancel and Keep room can be undone for ${UNDO_MINUTES} minutes.</p>
<table class="stack" id="reservations">
  <thead><tr><th scope="col">Guest</th><th scope="col">Stay</th><th scope="col">Status</th><th scope="col">Held until</th><th scope="col">Confirmation</th><th scope="col">Actions</th></tr></thead>
  <tbody>${d.reservations.map((r, i) => {
    const own = d.rowOf?.(r.hotelId);
    // Each property's list on its own today: its rows under its own heading (on paper too).
    const group = d.eachToday && own && (i === 0 || d.reservations[i - 1]!.hotelId !== r.hotelId)
      ? html`<tr class="property-group"><th colspan="6" scope="colgroup">${own.code}, ${dayDate(own.today)}</th></tr>`
      : '';
    return html`${group}<tr id="reservation-${r.id}" tabindex="-1">
      <td data-label="Guest"><strong>${r.guestName ?? html`<span class="muted">name not heard</span>`}</strong>${own ? html` ${badge('property', own.code)}` : ''} ${recordingPlayer(r.nameRecordingUrl ? `/staff/reservations/${r.id}/name-recording` : null, d.playable, 'Recorded name')}<br>${phones.link(r.callbackNumber)}</td>
      <td data-label="Stay">${r.rooms} ${r.roomTypeName}<br><span class="small">${stayRange(r.arrival, r.departure)} (${plural(r.nights, 'night', 'nights')}), ${(own?.money ?? money).format(r.total)}, ${PAYMENT_LABELS[r.paymentMethod] ?? r.paymentMethod}</span></td>
      <td data-label="Status"><span title="${STATUS_HINTS[r.status] ?? ''}">${badge(r.status)}</span></td>
      <td data-label="Held until">${(own?.clock ?? clock).nearDateTime(r.holdUntil, own?.today ?? d.today)}${endsSoon(r, d.now)}${r.expectedArrival !== null && r.status !== 'arrived' && r.status !== 'cancelled' ? html`<br>${expectsWords(r)}` : ''}</td>
      <td data-label="Confirmation"><a href="/staff/reservations/${r.id}" aria-label="Reservation ${r.confirmation}: its whole story">${r.confirmation}</a>${r.callSid ? html`<br><a class="small" href="/staff/calls/${r.callSid}">the ${r.callSid.startsWith('TX') ? 'texts' : 'call'}</a>` : ''}</td>
      <td data-label="Actions">${reservationActions(r, csrf, d.back, d.undoable.get(r.id))}</td>
    </tr>`;
  })}</tbody>
</table>
${d.reservations.length === 0 && !d.error ? html`<p id="reservations-empty">${emptyWords(d)}</p>` : ''}
`;
}
