// Reservations: arrivals on a date (today by default) or a search; mark arrived, cancel.

import type { HotelClock } from '../hotel-clock.ts';
import type { ReservationView } from '../queries/reservations.ts';
import { PAYMENT_LABELS, badge, phone } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { recordingLink } from './call-page.ts';

export interface ReservationsPageData {
  date: string;
  today: string;
  q: string;
  reservations: ReservationView[];
  /** This page's own URL, where an action comes back to. */
  back: string;
}

function actions(r: ReservationView, csrf: string, back: string): SafeHtml {
  if (!r.canCancel && !r.canMarkArrived) return html`<span class="muted">—</span>`;
  return html`<div class="actions">
  ${r.canMarkArrived ? html`<form method="post" action="/staff/reservations/${r.id}/arrived">
    <input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="back" value="${back}">
    <button type="submit" aria-label="Mark reservation ${r.confirmation} arrived">Mark arrived</button>
  </form>` : ''}
  ${r.canCancel ? html`<form method="post" action="/staff/reservations/${r.id}/cancel">
    <input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="back" value="${back}">
    <label><input type="checkbox" name="confirm" value="yes" required> sure</label>
    <button type="submit" class="danger" aria-label="Cancel reservation ${r.confirmation}">Cancel</button>
  </form>` : ''}
</div>`;
}

export function reservationsPage(d: ReservationsPageData, clock: HotelClock, money: Intl.NumberFormat, csrf: string): SafeHtml {
  const heading = d.q ? `Search: “${d.q}”` : d.date === d.today ? `Today's arrivals (${d.date})` : `Arrivals on ${d.date}`;
  return html`
<form class="filters" method="get" action="/staff/reservations">
  <div><label for="date">Arrival date</label><input id="date" name="date" type="date" value="${d.q ? '' : d.date}"></div>
  <div><label for="q">Confirmation number, name or phone</label><input id="q" name="q" type="search" value="${d.q}" minlength="2" maxlength="80"></div>
  <div class="actions"><button type="submit">Show</button> <a href="/staff/reservations">Today</a></div>
</form>
<h2>${heading}</h2>
<p class="muted small">Held-until times are hotel time (${clock.timezone}). A reservation not marked arrived by then is <strong>released</strong>: its rooms count as free again.</p>
<div class="scroll"><table>
  <thead><tr><th scope="col">Confirmation</th><th scope="col">Guest</th><th scope="col">Stay</th><th scope="col">Held until</th>
    <th scope="col">Status</th><th scope="col">Phone</th><th scope="col">Payment</th><th scope="col">Actions</th></tr></thead>
  <tbody>${d.reservations.map(
    (r) => html`<tr id="reservation-${r.id}">
      <td>${r.confirmation}${r.callSid ? html`<br><a class="small" href="/staff/calls/${r.callSid}">the call</a>` : ''}</td>
      <td>${r.guestName ?? html`<span class="muted">not heard</span>`} ${recordingLink(r.nameRecordingUrl, 'recorded name')}</td>
      <td>${r.rooms} × ${r.roomTypeName}<br><span class="small">${r.arrival} → ${r.departure} (${r.nights} night${r.nights === 1 ? '' : 's'}), ${money.format(r.total)}</span></td>
      <td>${clock.dateTime(r.holdUntil)}</td>
      <td>${badge(r.status)}</td>
      <td>${phone(r.callbackNumber)}</td>
      <td>${PAYMENT_LABELS[r.paymentMethod] ?? r.paymentMethod}</td>
      <td>${actions(r, csrf, d.back)}</td>
    </tr>`,
  )}</tbody>
</table></div>
${d.reservations.length === 0 ? html`<p>No reservations${d.q ? ' match' : ' arrive that day'}.</p>` : ''}
`;
}
