// Texts: every text to a guest (the outbox), newest first, with what became of it; filter by
// status (or by reservation, from a call's page), paged. When texting is off, a banner says why
// the texts stay unsent.

import type { OutboxStatus } from '../../messaging/outbox.ts';
import { OUTBOX_STATUSES } from '../../messaging/outbox.ts';
import type { TextingStatus } from '../context.ts';
import type { HotelClock } from '../hotel-clock.ts';
import type { CallRowProperty } from './calls-page.ts';
import { languageLabel } from '../outcomes.ts';
import type { OutboxMessageView } from '../queries/outbox.ts';
import { badge, pager, perPageField, when, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export const OUTBOX_KIND_LABELS: Record<string, string> = {
  booking_confirmed: 'booking confirmation',
  booking_cancelled: 'cancellation',
  conversation: 'conversation reply',
};

/** What each status means, for the status filter and the legend (docs/texting.md). */
export const OUTBOX_STATUS_HINTS: Record<OutboxStatus, string> = {
  unsent: 'written, not tried yet',
  queued: 'an attempt failed; trying again',
  sending: 'being sent now',
  sent: 'Twilio accepted it',
  delivered: 'reached the phone',
  undelivered: 'the carrier could not deliver it',
  failed: 'refused, or out of attempts',
  suppressed: 'not sent: the guest texted STOP',
};

export interface OutboxPageData {
  status: OutboxStatus | '';
  reservation: { id: number; confirmation: string | null } | null;
  page: number;
  perPage: number;
  total: number;
  counts: Record<OutboxStatus, number>;
  messages: OutboxMessageView[];
  texting: TextingStatus;
  /** The properties answering that have no number of their own in their hotel file (their names). */
  withoutNumber?: readonly string[];
  /** The hotel's date now: times are said near it ("today 10:05"). */
  today: string;
  /** With several properties in view: each text's own property (its code, clock and today), and the zones named above the list. */
  properties?: { rowOf(hotelId: number | null): CallRowProperty; zones: string } | null;
}

/** The Twilio settings by what they are, for the front desk; their variable names only for whoever sets them. */
const SETTING_WORDS: Record<string, string> = {
  TWILIO_ACCOUNT_SID: "the hotel's Twilio account",
  TWILIO_AUTH_TOKEN: 'its auth token',
  TWILIO_PHONE_NUMBER: "the hotel's texting number",
};

function textingOff(t: TextingStatus, withoutNumber: readonly string[]): SafeHtml | '' {
  if (t.on) return '';
  // TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are read at start: a restart. The texting number is
  // either TWILIO_PHONE_NUMBER (a restart too) or each property's own, from its hotel file, which a
  // running server takes in within seconds (src/hotel/hotel-changes.ts): texting then turns on alone.
  const settings = t.missing.filter((k) => k !== 'TWILIO_PHONE_NUMBER');
  const number = t.missing.includes('TWILIO_PHONE_NUMBER');
  const lacking = withoutNumber.length ? ` (${withoutNumber.join(', ')} ${withoutNumber.length === 1 ? 'has' : 'have'} none)` : '';
  const steps: SafeHtml[] = [];
  if (settings.length) steps.push(html`<li>Set ${settings.join(' and ')} and restart the server (these are read at start).</li>`);
  if (number)
    steps.push(
      settings.length
        ? html`<li>And a number to text from: set TWILIO_PHONE_NUMBER before that restart, or give every property a number of its own in its hotel file (<code>phoneNumbers</code>)${lacking}.</li>`
        : html`<li>Either give every property a number of its own in its hotel file (<code>phoneNumbers</code>)${lacking}: a hotel file saved while the server runs is taken in within seconds, and texting turns on without a restart. Or set TWILIO_PHONE_NUMBER and restart the server.</li>`,
    );
  return html`<div class="notice warn" id="texting-off" role="alert">
  <strong>Texting is off:</strong> texts to guests are written here but not sent, because this server has not been given
  ${t.missing.map((k) => SETTING_WORDS[k] ?? k).join(' or ')}. They go out as soon as an administrator adds ${t.missing.length === 1 ? 'it' : 'them'}.
  Meanwhile, guests who need their confirmation in writing have to be told another way.
  <details class="small"><summary>For the administrator</summary><ul>${steps}</ul>Everything still unsent then goes out. See docs/texting.md.</details>
</div>`;
}

function statusCell(m: OutboxMessageView, clock: HotelClock, today: string): SafeHtml {
  return html`${badge(m.status)}${
    m.status === 'queued' && m.nextAttemptAt ? html`<br><span class="small">next try ${when(clock, m.nextAttemptAt, today)}</span>` : ''
  }${m.status !== 'unsent' ? html`<br><span class="small muted">since ${when(clock, m.updatedAt, today)}</span>` : ''}`;
}

export function outboxPage(d: OutboxPageData, pageClock: HotelClock, phones: PhoneLinks): SafeHtml {
  const filters = { status: d.status, reservation: d.reservation?.id };
  const all = OUTBOX_STATUSES.reduce((n, s) => n + d.counts[s], 0);
  return html`
${textingOff(d.texting, d.withoutNumber ?? [])}
<form class="filters" method="get" action="/staff/outbox">
  <div><label for="status">Status</label><select id="status" name="status"><option value="">any (${all})</option>${OUTBOX_STATUSES.map(
    (s) => html`<option value="${s}"${s === d.status ? html` selected` : ''}>${s} (${d.counts[s]}): ${OUTBOX_STATUS_HINTS[s]}</option>`,
  )}</select></div>
  ${d.reservation ? html`<input type="hidden" name="reservation" value="${d.reservation.id}">` : ''}
  ${perPageField(d.perPage)}
  <div class="actions"><button type="submit">Filter</button> <a href="/staff/outbox">Clear</a></div>
</form>
<p class="muted">${d.total} text${d.total === 1 ? '' : 's'}${
    d.reservation ? html` about reservation <strong>${d.reservation.confirmation ?? `#${d.reservation.id}`}</strong> (<a href="${withQuery('/staff/outbox', { status: d.status })}">all texts</a>)` : ''
  }, newest first. ${d.properties ? `Times are each property's own (${d.properties.zones}).` : `Times are hotel time (${pageClock.timezone}).`}</p>
<table class="stack outbox" id="texts">
  <thead><tr><th scope="col">Created</th><th scope="col">Guest</th><th scope="col">Kind</th><th scope="col">Status</th>
    <th scope="col" class="num">Attempts</th><th scope="col">Last error</th><th scope="col">Reservation</th><th scope="col">Text</th></tr></thead>
  <tbody>${d.messages.map((m) => {
    // With several properties in view, each text in its own property's clock, saying which.
    const own = d.properties?.rowOf(m.hotelId);
    const [clock, today] = own ? [own.clock, own.today] : [pageClock, d.today];
    return html`<tr id="text-${m.id}">
      <td data-label="Created">${when(clock, m.createdAt, today)}${own ? html` ${badge('property', own.code)}` : ''}</td>
      <td data-label="Guest">${m.guestName ? html`<strong>${m.guestName}</strong><br>` : ''}${phones.link(m.toNumber)}</td>
      <td data-label="Kind">${OUTBOX_KIND_LABELS[m.kind] ?? m.kind}<br><span class="small muted">${languageLabel(m.locale)}</span></td>
      <td data-label="Status">${statusCell(m, clock, today)}</td>
      <td data-label="Attempts" class="num">${m.attempts}</td>
      <td data-label="Last error">${m.lastError ?? html`<span class="muted">—</span>`}</td>
      <td data-label="Reservation">${m.reservation ? html`<a href="${withQuery('/staff/reservations', { q: m.reservation.confirmation })}">${m.reservation.confirmation}</a>` : html`<span class="muted">—</span>`}</td>
      <td data-label="Text" class="msg">${m.body}</td>
    </tr>`;
  })}</tbody>
</table>
${d.messages.length === 0 ? html`<p>No texts${d.status || d.reservation ? ' match' : ' yet'}.</p>` : ''}
${pager('/staff/outbox', filters, d.page, d.perPage, d.total)}
`;
}
