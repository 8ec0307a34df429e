// The callback worklist: one compact row per request, oldest first, with how long the guest has
// waited against what they were promised, who they are, why they called, what the call had
// collected, their voicemail (played here) and its transcript; "tried, no answer" and "done".
// A guest who asked several times is one row: how many times and when last, each call, each voicemail.

import type { HotelInfo } from '../../../flows/types.ts';
import { callerKey } from '../../calls/caller-number.ts';
import { isOneShot } from '../callback-order.ts';
import type { HotelClock } from '../hotel-clock.ts';
import type { CallRowProperty } from './calls-page.ts';
import { languageLabel } from '../outcomes.ts';
import type { CallbackAsk, CallbackStatusFilter, CallbackView } from '../queries/callbacks.ts';
import type { LiveNow } from '../queries/live.ts';
import { expectedWords } from '../expected-arrival.ts';
import type { ReservationView } from '../queries/reservations.ts';
import { age, collectedWords, dayDate, plural, reasonWords } from '../words.ts';
import { badge, pager, perPageKept, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { deskWords } from '../desk-language.ts';
import { html } from './html.ts';
import { changeLink } from './reservations-page.ts';
import type { SafeHtml } from './html.ts';

/** The property a request is shown in, when several are in view. */
export interface CallbackRowProperty extends CallRowProperty {
  hotel: HotelInfo;
  dueAt: (createdAt: string) => Date;
}

export interface CallbacksPageData {
  /** The waiting requests, whole, then (`done`, `all`) a page of those called back. */
  items: CallbackView[];
  status: CallbackStatusFilter;
  /** The page of the called back (the waiting are all on the first), and how many a page. */
  page: number;
  perPage: number;
  /** How many requests have been called back in all (the pages are counted over them); null on `open`. */
  calledBack: number | null;
  now: Date;
  /** What is happening on the line now (updated by the live script). */
  live: LiveNow;
  promiseMinutes: number;
  /** With several properties in view: each one's promise (its code and minutes), said instead of the first's. */
  promises?: { code: string; minutes: number }[] | null;
  dueAt: (createdAt: string) => Date;
  /** With several properties in view: each request's own property (its code, clock, today, room names, callback promise). */
  rowOf?: ((hotelId: number | null) => CallbackRowProperty) | null;
  /** Voicemails can be played here (the Twilio account is configured). */
  playable: boolean;
  csrf: string;
  /** A form sent back with what to fix, kept as it was typed. */
  error?: { id: number; message: string; note: string } | null;
  /** The reservations callers already have (CallbackView.reservationId), as staff see them now. */
  reservations?: ReadonlyMap<number, ReservationView>;
  /** The number each of those was booked from (CallbackQueries.bookedFrom), by reservation id. */
  bookedFrom?: ReadonlyMap<number, string>;
}

/**
 * "Has reservation 12345678: arriving today, held until today 18:00", linked to its page (Keep room,
 * Arrived, Cancel): a guest calling about the stay they have is called back about it, not booked again.
 */
function theirReservation(r: ReservationView, clock: HotelClock, today: string, callbackId: number, otherNumber: SafeHtml | null): SafeHtml {
  const w = deskWords().callbacks;
  const stay = r.status === 'arrived' ? w.inHouse : r.arrival === today ? w.arrivingToday : w.arriving(dayDate(r.arrival));
  const hold = r.status === 'booked' ? w.heldUntil(clock.nearDateTime(r.holdUntil, today)) : r.status === 'released' ? w.releasedAt(clock.nearDateTime(r.holdUntil, today)) : '';
  return html`<br><span class="small their-reservation">${w.has} <a href="/staff/reservations/${r.id}">${w.reservation(r.confirmation)}</a>${
    otherNumber ? html` <span class="booked-elsewhere">(${w.bookedFromAnother} ${otherNumber})</span>` : ''
  }: ${stay}${hold ? `, ${hold}` : ''}${
    r.expectedArrival !== null && r.status !== 'arrived' ? `, ${w.expects(expectedWords(r.expectedArrival))}` : ''
  }${r.canKeepRoom ? w.keepRoomThere : ''}${r.status === 'booked' ? html` ${changeLink(r, `/staff/callbacks#callback-${callbackId}`)}` : ''}</span>`;
}

/**
 * The number a caller's reservation was booked from, as a dial link, when it is not the caller's
 * (compared in the one form numbers are kept in, callerKey): a guest's reservation found by the
 * number its booker gave for them, so the desk knows the caller may not be who booked it. Null
 * when it is theirs, was made at the desk, or its number was erased.
 */
function otherNumber(c: CallbackView, r: ReservationView, bookedFrom: ReadonlyMap<number, string> | undefined, phones: PhoneLinks): SafeHtml | null {
  const from = bookedFrom?.get(r.id);
  if (!from || !c.callerNumber || callerKey(from) === callerKey(c.callerNumber)) return null;
  return phones.link(from);
}

/**
 * "Find Mary Jones's reservation": a guest who asks whether their reservation stands often calls from
 * another phone than the one booked with, so none is found by the number; the name they gave (or
 * the name heard) finds it, one click instead of typing it into Find while calling back.
 */
function findTheirs(c: CallbackView): SafeHtml | '' {
  const name = c.guestName ?? c.guestNameHeard;
  if (!name || c.state === 'done') return '';
  return html`<br><a class="small find-theirs" href="${withQuery('/staff/reservations', { q: name })}">${deskWords().callbacks.findTheirs(name)}</a>`;
}

/** Each voicemail the guest left (one per ask that has one), oldest first; the time of each when there are several. */
function voicemails(c: CallbackView, playable: boolean, clock: HotelClock): SafeHtml[] {
  const left = c.asked.filter((a) => a.recordingUrl !== null);
  return left.map((a) => voicemail(c, a, playable, left.length > 1 ? clock.hourMinute(a.askedAt) : null));
}

function voicemail(c: CallbackView, a: CallbackAsk, playable: boolean, at: string | null): SafeHtml {
  const transcript =
    a.transcript !== null
      ? html`<blockquote class="transcript" lang="${c.locale.slice(0, 2)}">“${a.transcript}”</blockquote>`
      : a.transcriptStatus === 'failed'
        ? html`<p class="muted small">${deskWords().callbacks.noTranscript}</p>`
        : '';
  const w = deskWords();
  const player = playable
    ? html`<audio controls preload="none" src="/staff/callbacks/${a.id}/recording" aria-label="${w.callbacks.voicemailFrom(c.guestName ?? w.common.theGuest, at)}"></audio>
      <a class="small" href="/staff/callbacks/${a.id}/recording" download>${w.callbacks.download}</a>`
    : html`<p class="muted small">${w.callbacks.notPlayable}</p>`;
  return html`<div class="voicemail">${at ? html`<span class="small muted">${at}</span> ` : ''}${player}${transcript}</div>`;
}

/** The call (or each call, by its time, when the guest asked several times). */
function callLinks(c: CallbackView, clock: HotelClock): SafeHtml | '' {
  const calls = c.asked.filter((a, i) => a.callSid !== null && c.asked.findIndex((b) => b.callSid === a.callSid) === i);
  if (calls.length === 0) return '';
  const w = deskWords().callbacks;
  if (calls.length === 1) return html`<a class="small" href="/staff/calls/${calls[0]!.callSid}">${w.theCall}</a>`;
  return html`<span class="small">${w.theCalls} ${calls.map((a, i) => html`${i ? ' · ' : ''}<a href="/staff/calls/${a.callSid}">${clock.hourMinute(a.askedAt)}</a>`)}</span>`;
}

function actions(c: CallbackView, d: CallbacksPageData): SafeHtml {
  const w = deskWords();
  if (c.state === 'done') {
    return html`<p class="small">${w.callbacks.calledBackBy(c.doneBy ?? '?', d.now && c.doneAt ? w.common.ago(age(c.doneAt, d.now)) : '')}${c.note ? html`: <q>${c.note}</q>` : ''}</p>`;
  }
  const error = d.error?.id === c.id ? d.error : null;
  const who = c.guestName ?? w.common.theGuest;
  return html`<div class="actions">
  <form method="post" action="/staff/callbacks/${c.id}/tried">
    <input type="hidden" name="_csrf" value="${d.csrf}">
    <button type="submit" class="secondary" aria-label="${w.overview.triedLabel(who)}">${w.overview.triedNoAnswer}</button>
  </form>
  <form method="post" action="/staff/callbacks/${c.id}/done" class="done-form">
    <input type="hidden" name="_csrf" value="${d.csrf}">
    <label class="visually-hidden" for="note-${c.id}">${w.overview.agreedWith(who)}</label>
    <input id="note-${c.id}" name="note" required maxlength="1000" placeholder="${w.overview.whatWasAgreed}" value="${error?.note ?? ''}"${
      error ? html` aria-invalid="true" aria-describedby="note-${c.id}-error" autofocus` : ''
    }>
    <button type="submit">${w.overview.done}</button>
    ${error ? html`<p id="note-${c.id}-error" class="field-error">${error.message}</p>` : ''}
  </form>
</div>`;
}

export function callbacksPage(d: CallbacksPageData, pageClock: HotelClock, hotel: HotelInfo, phones: PhoneLinks): SafeHtml {
  const words = deskWords();
  const w = words.callbacks;
  const tab = (s: CallbackStatusFilter, label: string) =>
    html`<a href="${withQuery('/staff/callbacks', { status: s, perPage: perPageKept(d.perPage) })}"${s === d.status ? html` aria-current="true"` : ''}>${label}</a>`;
  const overdue = d.items.filter((c) => c.status === 'open' && (d.rowOf?.(c.hotelId).dueAt ?? d.dueAt)(c.createdAt) < d.now).length;
  const within = (minutes: number) => (minutes === 60 ? w.withinHour : w.withinMinutes(minutes));
  // Several properties in view: each one's own promise and desk hours (the first's was said for all).
  const promises = d.promises && d.promises.length > 1 ? d.promises : null;
  const promise = !promises
    ? `${within(d.promiseMinutes)} ${w.orDesk}`
    : promises.every((p) => p.minutes === promises[0]!.minutes)
      ? `${within(promises[0]!.minutes)} ${w.orOwnDesk}`
      : `${promises.map((p) => `${p.code} ${within(p.minutes)}`).join(', ')} ${w.orThatDesk}`;
  const pageToday = pageClock.today(d.now);
  // The waiting requests are all on the first page; later pages of "all" list only those called back.
  const waitingShown = d.status === 'open' || (d.status === 'all' && d.page === 1);
  return html`
<p class="muted small live-now" aria-live="polite"><span class="live-dot" aria-hidden="true"></span>${w.onTheLine}
  <a href="/staff/calls?outcome=in-progress">${w.callsInProgress} <strong data-live="calls-in-progress">${d.live.callsInProgress}</strong></a> ·
  ${w.withDesk} <strong data-live="with-desk">${d.live.withDesk}</strong></p>
<p class="actions">${w.show} ${tab('open', w.waiting)} · ${tab('done', w.calledBack)} · ${tab('all', w.all)}</p>
<p id="live-note" class="notice warn" role="status" hidden>${w.changed} <a href="/staff/callbacks">${w.reload}</a> ${w.whenFinished}</p>
<div id="callbacks-region">
<p class="muted small" id="callback-promise">${w.promised(promise)}
  ${waitingShown ? html`<strong>${w.guestsWait(d.items.filter((c) => c.status === 'open').length)}</strong>${overdue ? html`, <strong class="overdue-text">${w.overdue(overdue)}</strong>` : ''}.` : ''}${
    d.status === 'all' && !waitingShown ? html` ${w.waitingOnFirst} <a href="${withQuery('/staff/callbacks', { status: 'all', page: 1, perPage: perPageKept(d.perPage) })}">${w.firstPage}</a>.` : ''
  }${
    d.calledBack ? html` ${w.calledBackCount(d.calledBack)}` : ''
  }</p>
${d.items.length === 0 ? html`<p>${d.status === 'open' ? w.noneWaiting : d.status === 'done' ? w.noneDone : w.noneAtAll}</p>` : html`
<table class="stack worklist" id="callbacks">
  <thead><tr><th scope="col">${w.colWaiting}</th><th scope="col">${w.colGuest}</th><th scope="col">${w.colWhy}</th><th scope="col">${w.colVoicemail}</th><th scope="col">${w.colState}</th><th scope="col">${w.colAction}</th></tr></thead>
  <tbody>${d.items.map((c) => {
    // With several properties in view, each row in its own property's clock, promise and room names.
    const own = d.rowOf?.(c.hotelId);
    const clock = own?.clock ?? pageClock;
    const today = own?.today ?? pageToday;
    const due = (own?.dueAt ?? d.dueAt)(c.createdAt);
    const late = c.status === 'open' && due < d.now;
    const collected = collectedWords(own?.hotel ?? hotel, c.partial);
    const theirs = c.reservationId !== null ? d.reservations?.get(c.reservationId) : undefined;
    return html`<tr id="callback-${c.id}" class="${late ? 'overdue' : ''}" tabindex="-1">
    <td data-label="${w.colWaiting}"><strong>${c.status === 'done' ? clock.nearDateTime(c.createdAt, today) : age(c.createdAt, d.now)}</strong>${
      late ? html` ${badge('overdue', w.overdueBadge)}` : ''
    }${own ? html` ${badge('property', own.code)}` : ''}<br><span class="small muted">${w.since(clock.nearDateTime(c.createdAt, today))}${c.status === 'open' ? w.due(clock.nearDateTime(due.toISOString(), today)) : ''}</span></td>
    <td data-label="${w.colGuest}"><strong>${c.guestName ?? c.guestNameHeard ?? html`<span class="muted">${w.nameNotGiven}</span>`}</strong>${
      c.guestName === null && c.guestNameHeard !== null ? html` <span class="small muted">${words.overview.heardNotConfirmed}</span>` : ''
    }<br>${phones.link(c.callerNumber)}
      <span class="small muted">· ${languageLabel(c.locale)}</span>${
      c.asks > 1 ? html`<br><span class="small asked-again">${w.askedTimes(plural(c.asks, words.common.time, words.common.times), clock.hourMinute(c.lastAskedAt))}</span>` : ''
    }</td>
    <td data-label="${w.colWhy}">${reasonWords(c.reason, typeof c.partial?.dialStatus === 'string' ? c.partial.dialStatus : null)}${
      c.status === 'open' && isOneShot(c) ? html`<br><span class="small muted one-shot">${w.oneShot}</span>` : ''
    }${
      collected ? html`<br><span class="small">${w.wanted} ${collected}</span>` : ''
    }${theirs ? theirReservation(theirs, clock, today, c.id, otherNumber(c, theirs, d.bookedFrom, phones)) : findTheirs(c)}${c.callSid ? html`<br>${callLinks(c, clock)}` : ''}${
      // Also for a caller who asked for a person before saying what they wanted ("call me about a
      // room"): the desk books while calling back, the form filled with their number and the name heard.
      // A guest who has a reservation there is booked again only as another stay.
      c.callSid && c.state !== 'done' ? html` · <a class="small" href="${withQuery('/staff/reservations/new', { call: c.callSid, callback: c.id })}">${theirs ? w.bookAnother : words.overview.bookForCaller}</a>` : ''
    }</td>
    <td data-label="${w.colVoicemail}">${c.recordingUrl ? voicemails(c, d.playable, clock) : html`<span class="muted small">${w.none}</span>`}</td>
    <td data-label="${w.colState}">${badge(c.state === 'tried' ? 'tried' : c.state, w.states[c.state] ?? c.state)}${
      c.attempts ? html`<br><span class="small">${w.tries(c.attempts, c.lastAttemptAt ? clock.hourMinute(c.lastAttemptAt) : '', c.lastAttemptBy ?? '?')}</span>` : ''
    }</td>
    <td data-label="${w.colAction}">${actions(c, d)}</td>
  </tr>`;
  })}</tbody>
</table>`}
${d.calledBack === null ? '' : pager('/staff/callbacks', { status: d.status }, d.page, d.perPage, d.calledBack)}
</div>
`;
}
