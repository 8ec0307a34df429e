// One reservation and its whole story on one page: what it is, what can be done with it now, and
// everything that happened to it, oldest first — the call, text conversation or desk booking that
// made it, the texts written to the guest, staff's arrived/cancel/undo (who, when, how), the call
// in which the guest cancelled it, its hold running out. Every time in the property's own clock,
// its zone said.

import type { Money } from '../context.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { expectedWords } from '../expected-arrival.ts';
import { languageLabel } from '../outcomes.ts';
import type { OutboxMessageView } from '../queries/outbox.ts';
import type { GuestCall, StaffStep } from '../queries/reservation-story.ts';
import type { ReservationView } from '../queries/reservations.ts';
import type { Undoable } from '../queries/undo.ts';
import { deskWords } from '../desk-language.ts';
import { zoneAside, zoneSaid } from '../zone-words.ts';
import { dayDate, paymentWords, plural, roomsOfType, stayRange } from '../words.ts';
import { badge, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { recordingPlayer } from './call-page.ts';
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
  /** The calls in which the guest changed its stay by phone. Absent: none. */
  changedIn?: GuestCall[];
  texts: OutboxMessageView[];
  undo: Undoable | undefined;
  playable: boolean;
  csrf: string;
}

interface StoryItem {
  at: string;
  body: SafeHtml;
  kind: string;
}

export function reservationPage(d: ReservationPageData, phones: PhoneLinks): SafeHtml {
  const { r, clock } = d;
  const words = deskWords();
  const w = words.reservation;
  const at = (iso: string) => html`<time datetime="${iso}">${clock.nearDateTime(iso, d.today)}</time>`;
  const callLink = (c: GuestCall) => html`<a href="/staff/calls/${c.callSid}">${w.callFrom(c.channel === 'sms', phones.text(c.from))}</a>`;
  const nights = plural(r.nights, words.common.night, words.common.nights);
  const items: StoryItem[] = [];
  const deskMade = d.staff.find((s) => s.action === 'reservation.create');
  if (!deskMade) {
    items.push({
      at: r.createdAt,
      kind: 'made',
      body: d.madeIn ? html`${w.bookedByGuest(d.madeIn.channel === 'sms')} ${callLink(d.madeIn)}.` : html`${w.booked}`,
    });
  }
  for (const s of d.staff) {
    items.push({
      at: s.at,
      kind: s.action.replace('reservation.', ''),
      body: html`${(Object.hasOwn(w.steps, s.action) ? w.steps[s.action] : undefined) ?? s.action} ${w.by} <strong>${s.actor}</strong> ${(Object.hasOwn(w.via, s.via) ? w.via[s.via] : undefined) ?? s.via}${
        s.action === 'reservation.create' && d.madeIn ? html`, ${w.forThe} ${callLink(d.madeIn)}` : ''
      }${(s.action === 'reservation.hold' || s.action === 'reservation.undo-hold') && s.until ? html`: ${w.heldUntil} ${at(s.until)}${s.from ? html` (${w.was} ${at(s.from)})` : ''}` : ''}${
        s.action === 'reservation.change' || s.action === 'reservation.undo-change' ? html`: ${changedWords(s, d)}` : ''
      }.`,
    });
  }
  for (const c of d.cancelledIn) items.push({ at: c.startedAt, kind: 'cancel', body: html`${w.cancelledIn} ${callLink(c)}.` });
  for (const c of d.changedIn ?? []) items.push({ at: c.startedAt, kind: 'change', body: html`${w.changedIn} ${callLink(c)}.` });
  const t = words.texts;
  for (const m of d.texts) {
    items.push({
      at: m.createdAt,
      kind: 'text',
      body: html`${w.text(t.kinds[m.kind] ?? m.kind, phones.text(m.toNumber))} ${badge(m.status, t.statuses[m.status] ?? m.status)} <span class="muted small">${t.statusHints[m.status] ?? ''}</span>`,
    });
  }
  if (r.status === 'released') {
    items.push({ at: r.holdUntil, kind: 'released', body: html`${w.released}` });
  }
  items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const back = `/staff/reservations/${r.id}`;
  const status = html`${badge(r.status, words.statuses[r.status] ?? r.status)} <span class="muted small">${statusHint(r.status)}</span>`;
  return html`
${r.status === 'booked' ? html`<p><a class="button" id="change" href="/staff/reservations/${r.id}/change" aria-label="${words.change.changeLabel(r.confirmation)}">${words.change.change}</a></p>` : ''}
<p class="summary" id="summary">${r.guestName ?? w.nameNotHeard}: ${roomsOfType(r.rooms, r.roomTypeName)}, ${stayRange(r.arrival, r.departure)} (${nights}). ${status}</p>
<dl class="facts" id="reservation-facts">
  ${d.property.shown ? html`<dt>${w.property}</dt><dd>${d.property.name}${d.property.code ? html` ${badge('property', d.property.code)}` : ''}</dd>` : ''}
  <dt>${w.guest}</dt><dd>${r.guestName ? html`<strong>${r.guestName}</strong>` : html`<span class="muted">${words.call.nameNotHeard}</span>`} ${recordingPlayer(r.nameRecordingUrl ? `/staff/reservations/${r.id}/name-recording` : null, d.playable, words.call.recordedName)}</dd>
  <dt>${w.phone}</dt><dd>${phones.link(r.callbackNumber)}</dd>
  <dt>${w.stay}</dt><dd>${roomsOfType(r.rooms, r.roomTypeName)}, ${stayRange(r.arrival, r.departure)} (${nights})</dd>
  <dt>${w.total}</dt><dd>${d.money.format(r.total)}, ${w.paying(paymentWords(r.paymentMethod))}</dd>
  <dt>${w.heldUntilLabel}</dt><dd>${clock.nearDateTime(r.holdUntil, d.today)}${zoneAside(clock.timezone, d.property.shown)}</dd>
  ${r.expectedArrival !== null ? html`<dt>${w.arrivalTime}</dt><dd id="expected-arrival">${expectsWords(r)}</dd>` : ''}
  ${r.specialRequests.length > 0 ? html`<dt>${w.specialRequests}</dt><dd id="special-requests">${r.specialRequests.map((code) => (w.requestNames as Record<string, string>)[code] ?? code).join(', ')}</dd>` : ''}
  <dt>${w.language}</dt><dd>${languageLabel(r.locale)}</dd>
  <dt>${w.confirmation}</dt><dd>${r.confirmation}</dd>
</dl>
${reservationActions(r, d.csrf, back, d.undo)}
<h2>${w.story}</h2>
<p class="muted small">${w.oldestFirst(d.property.shown && d.property.code ? d.property.code : null, zoneSaid(clock.timezone))}</p>
<ol class="timeline" id="story">${items.map((i) => html`<li data-kind="${i.kind}">${at(i.at)}: ${i.body}</li>`)}</ol>
<p><a href="${withQuery('/staff/outbox', { reservation: r.id })}">${w.itsTexts}</a> · <a href="/staff/reservations">${w.back}</a> · <a href="/api/reservations/${r.id}">${w.asJson}</a></p>
`;
}

/** What a change made of each detail: "Nights 3 → 2, Guest name" (the guest's name and number named, not shown: the audit log keeps neither). */
function changedWords(s: StaffStep, d: ReservationPageData): SafeHtml {
  const words = deskWords();
  const f = words.newReservation.fields;
  const c = words.change;
  const names = words.reservation.requestNames as Record<string, string>;
  const shown: Record<string, [label: string, say: (v: unknown) => string]> = {
    arrival: [f.arrival!, (v) => dayDate(String(v))],
    nights: [f.nights!, String],
    rooms: [f.rooms!, String],
    roomType: [f.roomType!, String],
    paymentMethod: [f.payment!, (v) => paymentWords(String(v))],
    specialRequests: [f.requests!, (v) => String(v).split(',').filter(Boolean).map((q) => names[q] ?? q).join(', ') || '—'],
    holdUntil: [c.hold, (v) => d.clock.nearDateTime(String(v), d.today)],
    total: [c.total, (v) => d.money.format(Number(v))],
    expectedArrival: [f.arrivalTime!, (v) => (typeof v === 'string' ? expectedWords(v) : '—')],
    locale: [f.language!, (v) => (v === 'es-MX' ? words.newReservation.spanish : words.newReservation.english)],
  };
  const personal: Record<string, string> = { guestName: f.guestName!, callbackNumber: f.phone! };
  const parts = (s.changed ?? []).flatMap((k) => {
    if (Object.hasOwn(personal, k)) return [personal[k]!];
    const how = Object.hasOwn(shown, k) ? shown[k] : undefined;
    if (!how || !s.before || !s.after || !Object.hasOwn(s.before, k) || !Object.hasOwn(s.after, k)) return [];
    return [c.fromTo(how[0], how[1](s.before[k]), how[1](s.after[k]))];
  });
  return html`<span class="changed">${parts.join(', ')}</span>`;
}
