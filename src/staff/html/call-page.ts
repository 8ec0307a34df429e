// One call: a one-line summary, who the guest is, the timeline step by step in plain words (state
// names and prompt ids behind "technical details"), then the reservation it made and any callback
// request. A text conversation (channel 'sms') has the same timeline, worded for texts.

import type { Money } from '../context.ts';
import type { HotelInfo } from '../../../flows/types.ts';
import { callSummary } from '../call-summary.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { OUTCOME_LABELS, channelLabel, languageLabel, outcomeWords } from '../outcomes.ts';
import { deskWords } from '../desk-language.ts';
import { zoneAside } from '../zone-words.ts';
import type { Channel } from '../outcomes.ts';
import type { CallDetail, Heard, TimelineEntry } from '../queries/calls.ts';
import { dialWords, paymentWords, plural, reasonWords, roomsOfType, roomTypeWords, stayRange, understoodWords } from '../words.ts';
import { badge, duration, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

/** A recording played in the page (fetched through the app), or a note that it is kept at Twilio. */
export function recordingPlayer(src: string | null, playable: boolean, label: string): SafeHtml | '' {
  if (!src) return '';
  return playable
    ? html`<audio controls preload="none" src="${src}" aria-label="${label}"></audio>`
    : html`<span class="muted small">${deskWords().call.keptAtTwilio(label.toLowerCase())}</span>`;
}

function heardLine(h: Heard, channel: Channel): SafeHtml {
  const parts: SafeHtml[] = [];
  const w = deskWords().call;
  if (channel === 'sms' && h.digits !== undefined) parts.push(html`<span class="heard">“${h.digits}”</span>`);
  else if (h.digits !== undefined) parts.push(html`${w.pressed} <span class="heard">${h.digits}</span>`);
  if (channel === 'sms' && h.speech !== undefined) parts.push(html`<span class="heard">“${h.speech}”</span>`);
  else if (h.speech !== undefined) {
    const conf = h.confidence === null || h.confidence === undefined ? w.noConfidence : w.confidence(Math.round(h.confidence * 100));
    parts.push(html`${w.said} <span class="heard">“${h.speech}”</span> <span class="small muted">(${conf})</span>`);
  }
  if (h.recordingUrl !== undefined) parts.push(h.recordingUrl ? html`${w.recordingMade}` : html`${w.nothingRecorded}`);
  if (h.dialStatus !== undefined) parts.push(html`${dialWords(h.dialStatus)}`);
  if (h.callStatus !== undefined) parts.push(html`${h.callStatus === 'completed' ? w.hungUp : h.callStatus}${h.durationSeconds != null ? w.inAll(duration(h.durationSeconds)) : ''}`);
  if (h.other) parts.push(html`<span class="tech">${Object.entries(h.other).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; ')}</span>`);
  return html`${parts.map((p, i) => html`${i ? '; ' : ''}${p}`)}`;
}

/** What the line made of the step, in words (the flow's own string is in the JSON API). */
function understoodLine(e: TimelineEntry, hotel: Pick<HotelInfo, 'roomTypes'>): SafeHtml {
  const raw = e.understood!;
  const w = deskWords();
  if (e.kind === 'call.ended') {
    const key = (raw === 'voicemail' ? 'callback' : raw) as keyof typeof OUTCOME_LABELS;
    const label = Object.hasOwn(OUTCOME_LABELS, key) ? w.outcomes[key] : undefined;
    return html`<div>${w.call.outcome} <strong>${label ?? understoodWords(raw, hotel)}</strong></div>`;
  }
  return html`<div>${w.call.understood} <strong>${understoodWords(raw, hotel)}</strong></div>`;
}

function entry(e: TimelineEntry, clock: HotelClock, channel: Channel, hotel: Pick<HotelInfo, 'roomTypes'>): SafeHtml {
  const cls = e.error ? 'error' : e.reprompt ? 'reprompt' : '';
  const text = channel === 'sms';
  const w = deskWords().call;
  const kind = (text && Object.hasOwn(w.textKinds, e.kind) ? w.textKinds[e.kind] : Object.hasOwn(w.kinds, e.kind) ? w.kinds[e.kind] : undefined) ?? e.kind;
  return html`<li class="${cls}">
  <div class="step-head"><time datetime="${e.at}">${clock.time(e.at)}</time> · ${kind}${e.reprompt ? w.askedAgain : ''}</div>
  ${e.heard ? html`<div>${heardLine(e.heard, channel)}</div>` : ''}
  ${e.understood ? understoodLine(e, hotel) : ''}
  ${e.error ? html`<div role="note"><strong>${w.error}</strong> ${e.error}</div>` : ''}
  ${e.said.length ? html`<ul class="said">${e.said.map(
    (s) => html`<li>${text ? w.replied : w.saidLine}: ${s.text} <span class="tech small muted">(${s.prompt}${s.locale ? `, ${s.locale}` : ''})</span></li>`,
  )}</ul>` : ''}
  <div class="tech small muted">step ${e.step}${e.fromState !== null || e.toState !== null ? ` · state ${e.fromState ?? '—'} → ${e.toState ?? '—'}` : ''}</div>
</li>`;
}

/** A call that collected part of a request and booked nothing: the desk can book it for the caller. */
function bookable(c: CallDetail): boolean {
  const { arrival, roomType, rooms, nights } = c.collected;
  const asked = [arrival, roomType, rooms, nights].some((v) => v !== null && v !== undefined);
  return asked && !c.reservations.some((r) => r.status === 'booked' || r.status === 'arrived');
}

export interface CallPageData {
  call: CallDetail;
  who: string;
  hotel: HotelInfo;
  playable: boolean;
  /** The hotel's today: times near it read "today 13:51", "yesterday 22:10". */
  today: string;
  /** Several properties in view: the call's clock is named, as it may not be the desk's. */
  several?: boolean;
}

export function callPage({ call: c, who, hotel, playable, today, several }: CallPageData, clock: HotelClock, money: Money, phones: PhoneLinks): SafeHtml {
  const text = c.channel === 'sms';
  const words = deskWords();
  const w = words.call;
  return html`
<p class="summary" id="summary">${callSummary(c, hotel, who, clock.nearDateTime(c.lastActivityAt, today))}</p>
${bookable(c) ? html`<p class="actions"><a class="button" href="${withQuery('/staff/reservations/new', { call: c.callSid })}">${w.bookForCaller}</a></p>` : ''}
<dl class="facts">
  <dt>${w.guest}</dt><dd>${c.guestName ? html`<strong>${c.guestName}</strong> · ` : ''}${phones.link(c.from)}</dd>
  <dt>${w.when}</dt><dd>${clock.nearDateTime(c.startedAt, today)}${zoneAside(clock.timezone, several === true)}, ${duration(c.durationSeconds)}</dd>
  <dt>${w.how}</dt><dd>${badge(c.channel, channelLabel(c.channel))} ${w.in} ${languageLabel(c.locale)}</dd>
  <dt>${w.outcomeLabel}</dt><dd>${badge(c.outcome ?? 'none', outcomeWords(c.outcomeKey))}${c.transferReason ? html` <span class="muted">(${reasonWords(c.transferReason)})</span>` : ''}</dd>
  ${c.dialStatus ? html`<dt>${w.frontDesk}</dt><dd>${dialWords(c.dialStatus)}</dd>` : ''}
</dl>
${c.reservations.map(
  (r) => html`<div class="card">
  <h2>${w.reservation(r.confirmation)} ${badge(r.status, words.statuses[r.status] ?? r.status)}</h2>
  <dl class="facts">
    <dt>${w.guest}</dt><dd>${r.guestName ?? html`<span class="muted">${w.nameNotHeard}</span>`} ${recordingPlayer(r.nameRecordingUrl ? `/staff/reservations/${r.id}/name-recording` : null, playable, w.recordedName)}</dd>
    <dt>${w.stay}</dt><dd>${roomsOfType(r.rooms, roomTypeWords(hotel, r.roomType))}, ${stayRange(r.arrival, r.departure)} (${plural(r.nights, words.common.night, words.common.nights)})</dd>
    <dt>${w.total}</dt><dd>${money.format(r.total)}, ${w.paying(paymentWords(r.paymentMethod))}</dd>
    <dt>${w.heldUntil}</dt><dd>${clock.nearDateTime(r.holdUntil, today)}</dd>
    <dt>${w.callBackOn}</dt><dd>${phones.link(r.callbackNumber)}</dd>
  </dl>
  <a href="/staff/reservations/${r.id}">${w.wholeStory}</a>
  · <a href="${withQuery('/staff/reservations', { q: r.confirmation })}">${w.openInReservations}</a>
  · <a href="${withQuery('/staff/outbox', { reservation: r.id })}">${w.textsAbout}</a>
</div>`,
)}
${c.callbacks.length ? html`<h2>${w.callbackRequests}</h2>${c.callbacks.map(
  (cb) => html`<div class="card"><p>${badge(cb.status, words.statuses[cb.status] ?? cb.status)} ${w.requested(clock.nearDateTime(cb.createdAt, today))}${cb.reason ? html` · ${reasonWords(cb.reason)}` : ''}</p>
    ${cb.asks > 1 ? html`<p class="small">${cb.requestId === cb.id ? w.theGuest : w.addedTo(clock.nearDateTime(cb.requestCreatedAt, today))}${w.askedInAll(plural(cb.asks, words.common.time, words.common.times))}</p>` : ''}
    ${recordingPlayer(cb.recordingUrl ? `/staff/callbacks/${cb.id}/recording` : null, playable, w.voicemail)}
    ${cb.transcript !== null ? html`<blockquote class="transcript" lang="${c.locale.slice(0, 2)}">“${cb.transcript}”</blockquote>` : ''}
    ${cb.status === 'done' ? html`<p>${w.calledBack(clock.nearDateTime(cb.doneAt, today), cb.doneBy ?? '?')}${cb.note ? html`: ${cb.note}` : ''}</p>` : html`<p><a href="/staff/callbacks#callback-${cb.requestId}">${w.openInCallbacks}</a></p>`}</div>`,
)}` : ''}
<h2>${text ? w.theConversation : w.theCall}${w.stepByStep}</h2>
<input type="checkbox" id="show-tech" class="tech-toggle"><label for="show-tech" class="tech-toggle-label">${w.showTech}</label>
<ol class="timeline">${c.timeline.map((e) => entry(e, clock, c.channel, hotel))}</ol>
<div class="tech"><dl class="facts"><dt>${w.lastState}</dt><dd>${c.state}</dd><dt>${text ? w.conversationId : 'Call SID'}</dt><dd class="small">${c.callSid}</dd><dt>${w.called}</dt><dd>${c.to}</dd></dl></div>
<p><a href="/staff/calls">${w.allCalls}</a> · <a href="/api/calls/${c.callSid}">${w.asJson}</a></p>
`;
}
