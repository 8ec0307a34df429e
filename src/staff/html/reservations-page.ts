// Reservations as a front desk reads them: arrivals, in house, departures and those made on a date
// (today by default), or a search by confirmation number, name or phone; mark arrived, cancel,
// and take either back for a few minutes.

import type { Money } from '../context.ts';
import type { HotelClock } from '../hotel-clock.ts';
import type { ReservationList, ReservationView } from '../queries/reservations.ts';
import type { Undoable } from '../queries/undo.ts';
import { UNDO_MINUTES } from '../queries/undo.ts';
import { dayDate, paymentWords, plural, roomsOfType, stayRange } from '../words.ts';
import { expectedWords } from '../expected-arrival.ts';
import { badge, withQuery } from './format.ts';
import { deskWords } from '../desk-language.ts';
import type { PhoneLinks } from './format.ts';
import { html, trusted } from './html.ts';
import type { SafeHtml } from './html.ts';
import { recordingPlayer } from './call-page.ts';
import type { CallRowProperty } from './calls-page.ts';
import { arrivedFirst, isInHouse } from '../in-house.ts';

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

/** The one set of words for a reservation's status, here and on the reservation's page (in the page's language). */
export function statusHint(status: string): string {
  const hints = deskWords().reservations.statusHints;
  return (Object.hasOwn(hints, status) ? hints[status] : undefined) ?? '';
}

/** Undo, Arrived and Cancel for a reservation, as forms that come back to `back`. */
export function reservationActions(r: ReservationView, csrf: string, back: string, undo: Undoable | undefined, withChange = false): SafeHtml {
  const hidden = html`<input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="back" value="${back}">`;
  const parts: SafeHtml[] = [];
  const w = deskWords().reservations;
  // Where the clerk is when the guest calls to move their stay (a search, Arrivals, Not arrived):
  // Change at hand, as on the reservation's own page (which has it at the top, not here).
  if (withChange && r.status === 'booked') parts.push(changeLink(r, back));
  if (undo) {
    const label = w.undo[undo] ?? undo;
    parts.push(html`<form method="post" action="/staff/reservations/${r.id}/undo">${hidden}
      <button type="submit" class="secondary" aria-label="${w.undoFor(label, r.confirmation)}">${label}</button></form>`);
  }
  if (r.inHouseNights) parts.push(...inHouseNightForms(r, r.inHouseNights, hidden));
  if (r.canMarkArrived) {
    parts.push(html`<form method="post" action="/staff/reservations/${r.id}/arrived">${hidden}
      ${r.status === 'released' ? html`<label class="warn-label"><input type="checkbox" name="released" value="yes" required> ${w.releasedAnyway}</label>` : ''}
      <button type="submit" aria-label="${w.markArrived(r.confirmation)}">${w.arrived}</button></form>`);
  }
  if (r.canKeepRoom) {
    // A late guest who called ahead: their rooms kept until the time typed (the next such time). A
    // guest expected after the hold has that time already typed: Keep room is one click.
    const late = r.status === 'booked' && r.expectedAfterHold && r.expectedArrival !== null ? r.expectedArrival : '';
    parts.push(html`<form method="post" action="/staff/reservations/${r.id}/hold" class="keep-form">${hidden}
      <label>${w.keepUntil} <input type="time" name="until" required value="${late}" aria-label="${w.keepUntilLabel(r.confirmation)}"></label>
      <button type="submit" class="secondary" aria-label="${w.keepRoomLabel(r.confirmation)}">${w.keepRoom}</button></form>`);
  }
  if (r.canCancel) {
    parts.push(html`<form method="post" action="/staff/reservations/${r.id}/cancel">${hidden}
      <label><input type="checkbox" name="confirm" value="yes" required> ${w.sure}</label>
      <button type="submit" class="danger" aria-label="${w.cancelLabel(r.confirmation)}">${w.cancel}</button></form>`);
  }
  return parts.length ? html`<div class="actions">${parts}</div>` : html`<span class="muted">—</span>`;
}

/** A guest in house: One more night, and Leaving today (or tomorrow), each one click (POST …/stay with the nights it makes). */
function inHouseNightForms(r: ReservationView, can: NonNullable<ReservationView['inHouseNights']>, hidden: SafeHtml): SafeHtml[] {
  const words = deskWords();
  const c = words.change;
  const forms: SafeHtml[] = [];
  if (can.longer !== null) {
    forms.push(html`<form method="post" action="/staff/reservations/${r.id}/stay">${hidden}<input type="hidden" name="nights" value="${can.longer}">
      <button type="submit" class="secondary" aria-label="${c.oneMoreNightLabel(r.confirmation)}">${c.oneMoreNight}</button></form>`);
  }
  if (can.shorter !== null) {
    const when = words.common[can.shorter.leaves];
    forms.push(html`<form method="post" action="/staff/reservations/${r.id}/stay">${hidden}<input type="hidden" name="nights" value="${can.shorter.nights}">
      <button type="submit" class="secondary" aria-label="${c.leavingLabel(r.confirmation, when)}">${c.leaving(when)}</button></form>`);
  }
  return forms;
}

/**
 * "Change" for a booked reservation: its change form, prefilled as it is. `back`: the list the clerk
 * is on (Arrivals, Not arrived, Find's results, a callback's row), where the change brings them back.
 */
export function changeLink(r: Pick<ReservationView, 'id' | 'confirmation'>, back?: string): SafeHtml {
  const c = deskWords().change;
  return html`<a class="button secondary change-link" href="${withQuery(`/staff/reservations/${r.id}/change`, { back })}" aria-label="${c.changeLabel(r.confirmation)}">${c.change}</a>`;
}

/** Within this many minutes of its end, a running hold is marked. */
const SOON_MINUTES = 60;

/** "ends in 25 min" beside a hold that ends within the hour (booked, not arrived). */
function endsSoon(r: ReservationView, now: Date | null | undefined): SafeHtml | '' {
  if (!now || r.status !== 'booked') return '';
  const minutes = Math.ceil((new Date(r.holdUntil).getTime() - now.getTime()) / 60_000);
  return minutes > 0 && minutes <= SOON_MINUTES ? html` ${badge('overdue', deskWords().reservations.endsIn(minutes))}` : '';
}

/**
 * "expects ~11:00 PM" when the guest said (on the call) or the desk noted when they arrive, marked
 * when that is after the hold ends: the room is kept (Keep room) or released before they come.
 */
export function expectsWords(r: ReservationView): SafeHtml | '' {
  if (r.expectedArrival === null) return '';
  const w = deskWords().reservations;
  return html`<span class="expects" data-expected="${r.expectedArrival}">${w.expects(expectedWords(r.expectedArrival))}</span>${
    r.expectedAfterHold ? html` ${badge('overdue', w.afterHold)}` : ''
  }`;
}

/** What an empty list means, in the clerk's words: which list, which day, and where else to look. */
function emptyWords(d: ReservationsPageData): string {
  const words = deskWords();
  const w = words.reservations;
  if (d.q) return w.noMatch(d.q);
  const day = d.eachToday ? w.anyProperty : d.date === d.today ? words.common.today : w.onDay(dayDate(d.date));
  const other = d.list === 'arrivals' ? w.searchOther : w.pickOther;
  const what: Record<ReservationList, string> = {
    arrivals: w.emptyArrivals(day),
    'not-arrived': w.emptyNotArrived(day),
    'in-house': w.emptyInHouse(day, day === words.common.today),
    departures: w.emptyDepartures(day),
    made: w.emptyMade(day),
  };
  return `${what[d.list]} ${other}`;
}

/**
 * In house with guests not in yet (in-house.ts): the arrived first under "In house (arrived): 2",
 * then "Booked for tonight, not arrived yet: 1" (each property's, on its own today); rows as they are.
 */
function inHouseParts(d: ReservationsPageData): { rows: ReservationView[]; partBefore: (i: number) => SafeHtml | '' } {
  if (d.list !== 'in-house' || d.q || d.error) return { rows: d.reservations, partBefore: () => '' };
  const w = deskWords().reservations;
  const byProperty = Boolean(d.eachToday);
  const rows = arrivedFirst(d.reservations, byProperty);
  // Each part's count, per property when each is on its own today.
  const groupOf = (r: ReservationView) => (byProperty ? r.hotelId : 0);
  const counts = new Map<number, { arrived: number; waiting: number }>();
  for (const r of rows) {
    const c = counts.get(groupOf(r)) ?? { arrived: 0, waiting: 0 };
    if (isInHouse(r)) c.arrived++;
    else c.waiting++;
    counts.set(groupOf(r), c);
  }
  const tonight = byProperty || d.date === d.today;
  const part = (id: string, text: string) => html`<tr class="list-part" data-part="${id}"><th colspan="6" scope="colgroup">${text}</th></tr>`;
  return {
    rows,
    partBefore: (i) => {
      const r = rows[i]!;
      const { arrived, waiting } = counts.get(groupOf(r))!;
      // All in: the list is what its name says, no parts.
      if (waiting === 0) return '';
      const first = i === 0 || groupOf(rows[i - 1]!) !== groupOf(r);
      const firstWaiting = !isInHouse(r) && (first || isInHouse(rows[i - 1]!));
      return html`${first ? part('in-house', w.inHouseArrived(arrived)) : ''}${firstWaiting ? part('not-arrived', w.bookedNotArrived(waiting, tonight ? null : dayDate(d.date))) : ''}`;
    },
  };
}

export function reservationsPage(d: ReservationsPageData, clock: HotelClock, money: Money, csrf: string, phones: PhoneLinks): SafeHtml {
  const words = deskWords();
  const w = words.reservations;
  const { rows, partBefore } = inHouseParts(d);
  const LIST_LABELS = w.lists;
  const heading = d.error ? LIST_LABELS[d.list] : d.q ? w.search(d.q) : d.eachToday ? w.eachToday(LIST_LABELS[d.list]!, d.eachToday) : `${LIST_LABELS[d.list]}, ${d.date === d.today ? words.common.today : dayDate(d.date)}`;
  const invalid = (field: string) => (d.error?.field === field ? html` aria-invalid="true" aria-describedby="filter-error"` : '');
  const tab = (list: ReservationList) =>
    html`<li><a href="${withQuery('/staff/reservations', { list, date: d.eachToday || (!d.rowOf && d.date === d.today) ? null : d.date })}"${
      !d.q && list === d.list ? html` aria-current="true"` : ''
    }>${LIST_LABELS[list]}</a></li>`;
  return html`
<p class="actions"><a class="button" href="/staff/reservations/new">${w.newReservation}</a></p>
<ul class="presets" aria-label="${w.lists_}">${(['arrivals', 'not-arrived', 'in-house', 'departures', 'made'] as const).map(tab)}</ul>
<form class="filters" method="get" action="/staff/reservations">
  <input type="hidden" name="list" value="${d.list}">
  <div><label for="date">${w.date}</label><input id="date" name="date" type="date" value="${d.q && !d.error ? '' : d.date}"${invalid('date')}></div>
  <div><label for="q">${w.q}</label><input id="q" name="q" type="search" value="${d.q}" minlength="2" maxlength="80"${invalid('q')}></div>
  <div class="actions"><button type="submit">${words.common.show}</button> <a href="/staff/reservations">${w.today}</a></div>
  ${d.error ? html`<p id="filter-error" class="field-error" role="alert">${d.error.message}</p>` : ''}
</form>
<h2>${heading}</h2>
${d.printed ? html`<p class="print-only" id="printed">${d.printed.hotel} · ${d.q ? heading : d.eachToday ? `${LIST_LABELS[d.list]}: ${d.eachToday}` : `${LIST_LABELS[d.list]}: ${dayDate(d.date)}`} · ${w.printed(d.printed.at)}</p>` : ''}
<p class="muted small">${d.rowOf ? w.ownTimes : w.hotelTime}${trusted(w.released(UNDO_MINUTES))}</p>
<table class="stack" id="reservations">
  <thead><tr><th scope="col">${w.guest}</th><th scope="col">${w.stay}</th><th scope="col">${w.status}</th><th scope="col">${w.heldUntil}</th><th scope="col">${w.confirmation}</th><th scope="col">${w.actions}</th></tr></thead>
  <tbody>${rows.map((r, i) => {
    const own = d.rowOf?.(r.hotelId);
    // Each property's list on its own today: its rows under its own heading (on paper too).
    const group = d.eachToday && own && (i === 0 || rows[i - 1]!.hotelId !== r.hotelId)
      ? html`<tr class="property-group"><th colspan="6" scope="colgroup">${own.code}, ${dayDate(own.today)}</th></tr>`
      : '';
    return html`${group}${partBefore(i)}<tr id="reservation-${r.id}" tabindex="-1">
      <td data-label="${w.guest}"><strong>${r.guestName ?? html`<span class="muted">${words.call.nameNotHeard}</span>`}</strong>${own ? html` ${badge('property', own.code)}` : ''} ${recordingPlayer(r.nameRecordingUrl ? `/staff/reservations/${r.id}/name-recording` : null, d.playable, words.call.recordedName)}<br>${phones.link(r.callbackNumber)}</td>
      <td data-label="${w.stay}">${roomsOfType(r.rooms, r.roomTypeName)}<br><span class="small">${stayRange(r.arrival, r.departure)} (${plural(r.nights, words.common.night, words.common.nights)}), ${(own?.money ?? money).format(r.total)}, ${paymentWords(r.paymentMethod)}</span></td>
      <td data-label="${w.status}"><span title="${statusHint(r.status)}">${badge(r.status, words.statuses[r.status] ?? r.status)}</span></td>
      <td data-label="${w.heldUntil}">${(own?.clock ?? clock).nearDateTime(r.holdUntil, own?.today ?? d.today)}${endsSoon(r, d.now)}${r.expectedArrival !== null && r.status !== 'arrived' && r.status !== 'cancelled' ? html`<br>${expectsWords(r)}` : ''}</td>
      <td data-label="${w.confirmation}"><a href="/staff/reservations/${r.id}" aria-label="${w.wholeStory(r.confirmation)}">${r.confirmation}</a>${r.callSid ? html`<br><a class="small" href="/staff/calls/${r.callSid}">${r.callSid.startsWith('TX') ? w.theTexts : w.theCall}</a>` : ''}</td>
      <td data-label="${w.actions}">${reservationActions(r, csrf, d.back, d.undoable.get(r.id), true)}</td>
    </tr>`;
  })}</tbody>
</table>
${d.reservations.length === 0 && !d.error ? html`<p id="reservations-empty">${emptyWords(d)}</p>` : ''}
`;
}
