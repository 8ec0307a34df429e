// One guest, by phone number: their calls and text conversations, and their reservations.

import { deskWords } from '../desk-language.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { channelLabel, languageLabel, outcomeWords } from '../outcomes.ts';
import type { CallSummary } from '../queries/calls.ts';
import type { ReservationView } from '../queries/reservations.ts';
import { plural, roomsOfType, stayRange } from '../words.ts';
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
  const words = deskWords();
  const g = words.guest;
  const c_ = words.calls;
  const r_ = words.reservations;
  return html`
<p>${phones.link(d.phone)} · ${g.callsN(d.total)} · ${g.reservationsN(d.reservations.length)}</p>
<h2>${g.reservations}</h2>
${d.reservations.length === 0 ? html`<p>${g.noneMade}</p>` : html`<table class="stack">
  <thead><tr><th scope="col">${r_.guest}</th><th scope="col">${r_.stay}</th><th scope="col">${r_.status}</th><th scope="col">${r_.confirmation}</th></tr></thead>
  <tbody>${d.reservations.map(
    (r) => html`<tr><td data-label="${r_.guest}">${r.guestName ?? html`<span class="muted">${words.call.nameNotHeard}</span>`}</td>
      <td data-label="${r_.stay}">${roomsOfType(r.rooms, r.roomTypeName)}, ${stayRange(r.arrival, r.departure)} (${plural(r.nights, words.common.night, words.common.nights)})</td>
      <td data-label="${r_.status}">${badge(r.status, words.statuses[r.status] ?? r.status)}</td>
      <td data-label="${r_.confirmation}"><a href="/staff/reservations/${r.id}">${r.confirmation}</a></td></tr>`,
  )}</tbody></table>`}
<h2>${g.callsAndTexts}</h2>
${d.calls.length === 0 ? html`<p>${g.noneFrom}</p>` : html`<table class="stack">
  <thead><tr><th scope="col">${c_.started}</th><th scope="col">${c_.how}</th><th scope="col" class="num">${c_.length}</th><th scope="col">${c_.outcome}</th></tr></thead>
  <tbody>${d.calls.map(
    (c) => {
      const own = clockOf(c.hotelId);
      return html`<tr><td data-label="${c_.started}"><a href="/staff/calls/${c.callSid}">${when(own.clock, c.startedAt, own.today)}</a></td>
      <td data-label="${c_.how}">${badge(c.channel, channelLabel(c.channel))} ${languageLabel(c.locale)}</td>
      <td class="num" data-label="${c_.length}">${duration(c.durationSeconds)}</td>
      <td data-label="${c_.outcome}">${badge(c.outcome ?? 'none', outcomeWords(c.outcomeKey))}</td></tr>`;
    },
  )}</tbody></table>`}
${d.total > d.calls.length ? html`<p><a href="${withQuery('/staff/calls', { guest: d.phone })}">${g.allFrom(d.total)}</a></p>` : ''}
`;
}
