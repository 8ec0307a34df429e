// The callback queue: open requests oldest first, with what the call had collected.

import type { HotelClock } from '../hotel-clock.ts';
import { languageLabel } from '../outcomes.ts';
import type { CallbackStatusFilter, CallbackView } from '../queries/callbacks.ts';
import { badge, phone } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { recordingLink } from './call-page.ts';

const PARTIAL_LABELS: Record<string, string> = {
  arrival: 'Arrival',
  roomType: 'Room type',
  rooms: 'Rooms',
  nights: 'Nights',
  guestName: 'Name',
  name: 'Name',
  payment: 'Payment',
  callback: 'Callback number',
  transferReason: 'Reason',
  nameRecordingUrl: 'Name (recorded)',
  held: 'Rooms held',
  holdExpiresAt: 'Provisional hold until',
  dialStatus: 'Front desk dial',
};

export function reasonText(reason: string | null): string {
  return reason ? reason.replace(/_/g, ' ').replace(/:/g, ': ') : '—';
}

function value(v: unknown): string {
  if (v === null || v === undefined) return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function partial(p: Record<string, unknown> | null, clock: HotelClock): SafeHtml {
  const entries = Object.entries(p ?? {}).filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
  if (entries.length === 0) return html`<p class="muted">Nothing collected.</p>`;
  return html`<dl class="facts">${entries.map(
    ([k, v]) => html`<dt>${PARTIAL_LABELS[k] ?? k}</dt><dd>${
      k.endsWith('Url') && typeof v === 'string' ? recordingLink(v, 'listen') : k === 'holdExpiresAt' && typeof v === 'string' ? clock.dateTime(v) || v : value(v)
    }</dd>`,
  )}</dl>`;
}

export function callbacksPage(items: CallbackView[], status: CallbackStatusFilter, clock: HotelClock, csrf: string): SafeHtml {
  const tab = (s: CallbackStatusFilter, label: string) =>
    html`<a href="/staff/callbacks?status=${s}"${s === status ? html` aria-current="true"` : ''}>${label}</a>`;
  return html`
<p class="actions">Show: ${tab('open', 'open (oldest first)')} · ${tab('done', 'called back')} · ${tab('all', 'all')}</p>
${items.length === 0 ? html`<p>${status === 'open' ? 'No one is waiting for a call back.' : 'Nothing here.'}</p>` : ''}
${items.map(
  (c) => html`<article class="card" id="callback-${c.id}" aria-labelledby="callback-${c.id}-title">
  <h2 id="callback-${c.id}-title">${phone(c.callerNumber)} ${badge(c.status)}</h2>
  <dl class="facts">
    <dt>Requested</dt><dd>${clock.dateTime(c.createdAt)} (${clock.timezone})</dd>
    <dt>Language</dt><dd>${languageLabel(c.locale)}</dd>
    <dt>Reason</dt><dd>${reasonText(c.reason)}</dd>
    <dt>Recording</dt><dd>${recordingLink(c.recordingUrl) || html`<span class="muted">none</span>`}</dd>
    ${c.callSid ? html`<dt>Call</dt><dd><a href="/staff/calls/${c.callSid}">timeline</a></dd>` : ''}
  </dl>
  <h3>Partial reservation</h3>
  ${partial(c.partial, clock)}
  ${c.status === 'done'
    ? html`<p>Called back ${clock.dateTime(c.doneAt)} by ${c.doneBy ?? '?'}.${c.note ? html` Note: ${c.note}` : ''}</p>`
    : html`<form method="post" action="/staff/callbacks/${c.id}/done">
    <input type="hidden" name="_csrf" value="${csrf}">
    <label for="note-${c.id}">Note (what was agreed)</label>
    <textarea id="note-${c.id}" name="note" rows="2" maxlength="1000"></textarea>
    <p><button type="submit">Mark called back</button></p>
  </form>`}
</article>`,
)}
`;
}
