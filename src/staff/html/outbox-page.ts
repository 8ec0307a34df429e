// Texts: every text to a guest (the outbox), newest first, with what became of it; filter by
// status (or by reservation, from a call's page), paged. When texting is off, a banner says why
// the texts stay unsent.

import type { OutboxStatus } from '../../messaging/outbox.ts';
import { OUTBOX_STATUSES } from '../../messaging/outbox.ts';
import type { TextingStatus } from '../context.ts';
import type { HotelClock } from '../hotel-clock.ts';
import type { CallRowProperty } from './calls-page.ts';
import { deskWords } from '../desk-language.ts';
import { languageLabel } from '../outcomes.ts';
import type { OutboxMessageView } from '../queries/outbox.ts';
import { badge, pager, perPageField, when, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

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

function textingOff(t: TextingStatus, withoutNumber: readonly string[]): SafeHtml | '' {
  if (t.on) return '';
  // TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are read at start: a restart. The texting number is
  // either TWILIO_PHONE_NUMBER (a restart too) or each property's own, from its hotel file, which a
  // running server takes in within seconds (src/hotel/hotel-changes.ts): texting then turns on alone.
  const settings = t.missing.filter((k) => k !== 'TWILIO_PHONE_NUMBER');
  const number = t.missing.includes('TWILIO_PHONE_NUMBER');
  const w = deskWords().texts;
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
  <strong>${w.offTitle}</strong> ${w.offWhy(t.missing.map((k) => w.settings[k] ?? k).join(w.or))} ${w.offSoon(t.missing.length)}
  ${w.offMeanwhile}
  <details class="small"><summary>${w.forAdmin}</summary><ul>${steps}</ul>Everything still unsent then goes out. See docs/texting.md.</details>
</div>`;
}

function statusCell(m: OutboxMessageView, clock: HotelClock, today: string): SafeHtml {
  const w = deskWords().texts;
  return html`${badge(m.status, w.statuses[m.status] ?? m.status)}${
    m.status === 'queued' && m.nextAttemptAt ? html`<br><span class="small">${w.nextTry} ${when(clock, m.nextAttemptAt, today)}</span>` : ''
  }${m.status !== 'unsent' ? html`<br><span class="small muted">${w.since} ${when(clock, m.updatedAt, today)}</span>` : ''}`;
}

export function outboxPage(d: OutboxPageData, pageClock: HotelClock, phones: PhoneLinks): SafeHtml {
  const w = deskWords().texts;
  const filters = { status: d.status, reservation: d.reservation?.id };
  const all = OUTBOX_STATUSES.reduce((n, s) => n + d.counts[s], 0);
  return html`
${textingOff(d.texting, d.withoutNumber ?? [])}
<form class="filters" method="get" action="/staff/outbox">
  <div><label for="status">${w.status}</label><select id="status" name="status"><option value="">${w.any} (${all})</option>${OUTBOX_STATUSES.map(
    (s) => html`<option value="${s}"${s === d.status ? html` selected` : ''}>${w.statuses[s] ?? s} (${d.counts[s]}): ${w.statusHints[s]}</option>`,
  )}</select></div>
  ${d.reservation ? html`<input type="hidden" name="reservation" value="${d.reservation.id}">` : ''}
  ${perPageField(d.perPage)}
  <div class="actions"><button type="submit">${w.filter}</button> <a href="/staff/outbox">${w.clear}</a></div>
</form>
<p class="muted">${w.count(d.total)}${
    d.reservation ? html` ${w.aboutReservation} <strong>${d.reservation.confirmation ?? `#${d.reservation.id}`}</strong> (<a href="${withQuery('/staff/outbox', { status: d.status })}">${w.allTexts}</a>)` : ''
  }, ${w.newestFirst} ${d.properties ? w.ownTimes(d.properties.zones) : w.hotelTime}</p>
<table class="stack outbox" id="texts">
  <thead><tr><th scope="col">${w.created}</th><th scope="col">${w.guest}</th><th scope="col">${w.kind}</th><th scope="col">${w.status}</th>
    <th scope="col" class="num">${w.attempts}</th><th scope="col">${w.lastError}</th><th scope="col">${w.reservation}</th><th scope="col">${w.text}</th></tr></thead>
  <tbody>${d.messages.map((m) => {
    // With several properties in view, each text in its own property's clock, saying which.
    const own = d.properties?.rowOf(m.hotelId);
    const [clock, today] = own ? [own.clock, own.today] : [pageClock, d.today];
    return html`<tr id="text-${m.id}">
      <td data-label="${w.created}">${when(clock, m.createdAt, today)}${own ? html` ${badge('property', own.code)}` : ''}</td>
      <td data-label="${w.guest}">${m.guestName ? html`<strong>${m.guestName}</strong><br>` : ''}${phones.link(m.toNumber)}</td>
      <td data-label="${w.kind}">${w.kinds[m.kind] ?? m.kind}<br><span class="small muted">${languageLabel(m.locale)}</span></td>
      <td data-label="${w.status}">${statusCell(m, clock, today)}</td>
      <td data-label="${w.attempts}" class="num">${m.attempts}</td>
      <td data-label="${w.lastError}">${m.lastError ?? html`<span class="muted">—</span>`}</td>
      <td data-label="${w.reservation}">${m.reservation ? html`<a href="${withQuery('/staff/reservations', { q: m.reservation.confirmation })}">${m.reservation.confirmation}</a>` : html`<span class="muted">—</span>`}</td>
      <td data-label="${w.text}" class="msg">${m.body}</td>
    </tr>`;
  })}</tbody>
</table>
${d.messages.length === 0 ? html`<p>${d.status || d.reservation ? w.noneMatch : w.noneYet}</p>` : ''}
${pager('/staff/outbox', filters, d.page, d.perPage, d.total)}
`;
}
