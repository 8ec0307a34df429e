// One reservation and its whole story on one page: what it is, what can be done with it now, and
// everything that happened to it, oldest first — the call, text conversation or desk booking that
// made it, the texts written to the guest, staff's arrived/cancel/undo (who, when, how), the call
// in which the guest cancelled it, its hold running out. Every time in the property's own clock,
// its zone said.

import type { Money } from '../context.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { languageLabel } from '../outcomes.ts';
import type { OutboxMessageView } from '../queries/outbox.ts';
import type { GuestCall, StaffStep } from '../queries/reservation-story.ts';
import type { ReservationView } from '../queries/reservations.ts';
import type { Undoable } from '../queries/undo.ts';
import { plural, stayRange } from '../words.ts';
import { PAYMENT_LABELS, badge, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { recordingPlayer } from './call-page.ts';
import { OUTBOX_KIND_LABELS, OUTBOX_STATUS_HINTS } from './outbox-page.ts';
import { statusHint, expectsWords, reservationActions } from './reservations-page.ts';

export interface ReservationPageData {
  r: ReservationView;
  /** The property's code and name (said with several in view), its clock, its today, its money. */
  property: { code: string | null; name: string; shown: boolean };
  clock: HotelClock;
  today: string;
  money: Money;
  madeIn: GuestCall | null;
  staff: StaffStep[];
  cancelledIn: GuestCall[];
  texts: OutboxMessageView[];
  undo: Undoable | undefined;
  playable: boolean;
  csrf: string;
}

const VIA_WORDS: Record<string, string> = { web: 'on the console', api: 'through the API', terminal: 'at the terminal' };

const STAFF_WORDS: Record<string, string> = {
  'reservation.create': 'Booked at the desk',
  'reservation.arrived': 'Marked arrived',
  'reservation.cancel': 'Cancelled',
  'reservation.undo-arrived': 'Arrived taken back',
  'reservation.undo-cancel': 'Cancel taken back: booked again',
  'reservation.hold': 'Room kept for a late guest',
  'reservation.undo-hold': 'Keep room taken back',
};

interface StoryItem {
  at: string;
  body: SafeHtml;
  kind: string;
}

export function reservationPage(d: ReservationPageData, phones: PhoneLinks): SafeHtml {
  const { r, clock } = d;
  const at = (iso: string) => html`<time datetime="${iso}">${clock.nearDateTime(iso, d.today)}</time>`;
  const callLink = (c: GuestCall) =>
    html`<a href="/staff/calls/${c.callSid}">the ${c.channel === 'sms' ? 'text conversation' : 'call'} from ${phones.text(c.from)}</a>`;
  const items: StoryItem[] = [];
  const deskMade = d.staff.find((s) => s.action === 'reservation.create');
  if (!deskMade) {
    items.push({
      at: r.createdAt,
      kind: 'made',
      body: d.madeIn
        ? html`Booked by the guest ${d.madeIn.channel === 'sms' ? 'by text' : 'on the phone'}, in ${callLink(d.madeIn)}.`
        : html`Booked.`,
    });
  }
  for (const s of d.staff) {
    items.push({
      at: s.at,
      kind: s.action.replace('reservation.', ''),
      body: html`${STAFF_WORDS[s.action] ?? s.action} by <strong>${s.actor}</strong> ${VIA_WORDS[s.via] ?? s.via}${
        s.action === 'reservation.create' && d.madeIn ? html`, for ${callLink(d.madeIn)}` : ''
      }${(s.action === 'reservation.hold' || s.action === 'reservation.undo-hold') && s.until ? html`: held until ${at(s.until)}${s.from ? html` (was ${at(s.from)})` : ''}` : ''}.`,
    });
  }
  for (const c of d.cancelledIn) items.push({ at: c.startedAt, kind: 'cancel', body: html`Cancelled by the guest in ${callLink(c)}.` });
  for (const t of d.texts) {
    items.push({
      at: t.createdAt,
      kind: 'text',
      body: html`Text (${OUTBOX_KIND_LABELS[t.kind] ?? t.kind}) to ${phones.text(t.toNumber)}: ${badge(t.status)} <span class="muted small">${OUTBOX_STATUS_HINTS[t.status] ?? ''}</span>`,
    });
  }
  if (r.status === 'released') {
    items.push({ at: r.holdUntil, kind: 'released', body: html`Not marked arrived by its hold time: released, its rooms count as free again.` });
  }
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const back = `/staff/reservations/${r.id}`;
  return html`
<p class="summary" id="summary">${r.guestName ?? 'A guest whose name was not heard'}: ${r.rooms} ${r.roomTypeName}, ${stayRange(r.arrival, r.departure)} (${plural(r.nights, 'night', 'nights')}). ${badge(r.status)} <span class="muted small">${statusHint(r.status)}</span></p>
<dl class="facts" id="reservation-facts">
  ${d.property.shown ? html`<dt>Property</dt><dd>${d.property.name}${d.property.code ? html` ${badge('property', d.property.code)}` : ''}</dd>` : ''}
  <dt>Guest</dt><dd>${r.guestName ? html`<strong>${r.guestName}</strong>` : html`<span class="muted">name not heard</span>`} ${recordingPlayer(r.nameRecordingUrl ? `/staff/reservations/${r.id}/name-recording` : null, d.playable, 'Recorded name')}</dd>
  <dt>Phone</dt><dd>${phones.link(r.callbackNumber)}</dd>
  <dt>Stay</dt><dd>${r.rooms} ${r.roomTypeName}, ${stayRange(r.arrival, r.departure)} (${plural(r.nights, 'night', 'nights')})</dd>
  <dt>Total</dt><dd>${d.money.format(r.total)}, paying ${PAYMENT_LABELS[r.paymentMethod] ?? r.paymentMethod}</dd>
  <dt>Held until</dt><dd>${clock.nearDateTime(r.holdUntil, d.today)} (${clock.timezone})</dd>
  ${r.expectedArrival !== null ? html`<dt>Arrival time</dt><dd id="expected-arrival">${expectsWords(r)}</dd>` : ''}
  <dt>Language</dt><dd>${languageLabel(r.locale)}</dd>
  <dt>Confirmation</dt><dd>${r.confirmation}</dd>
</dl>
${reservationActions(r, d.csrf, back, d.undo)}
<h2>What happened to it</h2>
<p class="muted small">Oldest first, in ${d.property.shown && d.property.code ? `${d.property.code}'s` : 'hotel'} time (${clock.timezone}).</p>
<ol class="timeline" id="story">${items.map((i) => html`<li data-kind="${i.kind}">${at(i.at)}: ${i.body}</li>`)}</ol>
<p><a href="${withQuery('/staff/outbox', { reservation: r.id })}">Its texts on the Texts page</a> · <a href="/staff/reservations">← Reservations</a> · <a href="/api/reservations/${r.id}">As JSON</a></p>
`;
}
