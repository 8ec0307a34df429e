// One guest, by phone number: their calls and text conversations, and their reservations.

import type { HotelClock } from '../hotel-clock.ts';
import { channelLabel, languageLabel } from '../outcomes.ts';
import type { CallSummary } from '../queries/calls.ts';
import type { ReservationView } from '../queries/reservations.ts';
import { plural, stayRange } from '../words.ts';
import { badge, duration, when, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

/** `clockOf`: a property's clock and today, for each call in its own (a guest may have called several of a group's properties). */
export function guestPage(
  d: { phone: string; calls: CallSummary[]; total: number; reservations: ReservationView[] },
  clockOf: (hotelId: number) => { clock: HotelClock; today: string },
  phones: PhoneLinks,
): SafeHtml {
  return html`
<p>${phones.link(d.phone)} · ${plural(d.total, 'call or text conversation', 'calls and text conversations')} · ${plural(d.reservations.length, 'reservation', 'reservations')}</p>
<h2>Reservations</h2>
${d.reservations.length === 0 ? html`<p>None made from this number.</p>` : html`<table class="stack">
  <thead><tr><th scope="col">Guest</th><th scope="col">Stay</th><th scope="col">Status</th><th scope="col">Confirmation</th></tr></thead>
  <tbody>${d.reservations.map(
    (r) => html`<tr><td data-label="Guest">${r.guestName ?? html`<span class="muted">name not heard</span>`}</td>
      <td data-label="Stay">${r.rooms} ${r.roomTypeName}, ${stayRange(r.arrival, r.departure)} (${plural(r.nights, 'night', 'nights')})</td>
      <td data-label="Status">${badge(r.status)}</td>
      <td data-label="Confirmation"><a href="/staff/reservations/${r.id}">${r.confirmation}</a></td></tr>`,
  )}</tbody></table>`}
<h2>Calls and texts</h2>
${d.calls.length === 0 ? html`<p>None from this number.</p>` : html`<table class="stack">
  <thead><tr><th scope="col">Started</th><th scope="col">How</th><th scope="col" class="num">Length</th><th scope="col">Outcome</th></tr></thead>
  <tbody>${d.calls.map(
    (c) => {
      const own = clockOf(c.hotelId);
      return html`<tr><td data-label="Started"><a href="/staff/calls/${c.callSid}">${when(own.clock, c.startedAt, own.today)}</a></td>
      <td data-label="How">${badge(c.channel, channelLabel(c.channel))} ${languageLabel(c.locale)}</td>
      <td class="num" data-label="Length">${duration(c.durationSeconds)}</td>
      <td data-label="Outcome">${badge(c.outcome ?? 'none', c.outcomeLabel)}</td></tr>`;
    },
  )}</tbody></table>`}
${d.total > d.calls.length ? html`<p><a href="${withQuery('/staff/calls', { guest: d.phone })}">All ${d.total} calls from this number</a></p>` : ''}
`;
}
