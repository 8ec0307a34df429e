// Calls and text conversations: newest first, filtered by date, outcome, caller, language and
// channel (phone or text), paged.

import type { HotelClock } from '../hotel-clock.ts';
import { CHANNELS, CHANNEL_LABELS, LANGUAGES, OUTCOMES, OUTCOME_LABELS, channelLabel, languageLabel } from '../outcomes.ts';
import type { CallSummary } from '../queries/calls.ts';
import { badge, duration, phone, withQuery } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export interface CallsPageData {
  filters: { from: string; to: string; outcome: string; caller: string; lang: string; channel: string };
  page: number;
  perPage: number;
  total: number;
  calls: CallSummary[];
}

export function callsPage(d: CallsPageData, clock: HotelClock): SafeHtml {
  const f = d.filters;
  const pages = Math.max(1, Math.ceil(d.total / d.perPage));
  const link = (page: number) => withQuery('/staff/calls', { ...f, page });
  const outcomeOptions = [['', 'any'], ...OUTCOMES.map((o) => [o, OUTCOME_LABELS[o]]), ['turnaway', 'turnaway (either)'], ['in-progress', 'in progress']];
  return html`
<form class="filters" method="get" action="/staff/calls">
  <div><label for="from">From</label><input id="from" name="from" type="date" value="${f.from}"></div>
  <div><label for="to">To</label><input id="to" name="to" type="date" value="${f.to}"></div>
  <div><label for="outcome">Outcome</label><select id="outcome" name="outcome">${outcomeOptions.map(
    ([v, l]) => html`<option value="${v}"${v === f.outcome ? html` selected` : ''}>${l}</option>`,
  )}</select></div>
  <div><label for="caller">Caller number</label><input id="caller" name="caller" type="tel" inputmode="tel" value="${f.caller}" autocomplete="off"></div>
  <div><label for="lang">Language</label><select id="lang" name="lang"><option value="">any</option>${Object.entries(LANGUAGES).map(
    ([v, l]) => html`<option value="${v}"${v === f.lang ? html` selected` : ''}>${l}</option>`,
  )}</select></div>
  <div><label for="channel">Channel</label><select id="channel" name="channel"><option value="">any</option>${CHANNELS.map(
    (v) => html`<option value="${v}"${v === f.channel ? html` selected` : ''}>${CHANNEL_LABELS[v]}</option>`,
  )}</select></div>
  <div class="actions"><button type="submit">Filter</button> <a href="/staff/calls">Clear</a></div>
</form>
<p class="muted">${d.total} ${d.total === 1 ? 'call or text conversation' : 'calls and text conversations'}. Times are hotel time (${clock.timezone}).
  <a href="${withQuery('/api/calls.csv', f)}">Download as CSV</a></p>
<div class="scroll"><table>
  <thead><tr><th scope="col">Started</th><th scope="col">Channel</th><th scope="col">Caller</th><th scope="col">Language</th><th scope="col" class="num">Length</th>
    <th scope="col">Outcome</th><th scope="col">Last state</th><th scope="col">Reservation</th></tr></thead>
  <tbody>${d.calls.map(
    (c) => html`<tr>
      <td><a href="/staff/calls/${c.callSid}">${clock.dateTime(c.startedAt)}</a></td>
      <td>${badge(c.channel, channelLabel(c.channel))}</td>
      <td>${phone(c.from)}</td>
      <td>${languageLabel(c.locale)}</td>
      <td class="num">${duration(c.durationSeconds)}</td>
      <td>${badge(c.outcome ?? 'none', c.outcomeLabel)}</td>
      <td>${c.state}</td>
      <td>${c.reservation ? html`<a href="${withQuery('/staff/reservations', { q: c.reservation.confirmation })}">${c.reservation.confirmation}</a>` : ''}</td>
    </tr>`,
  )}</tbody>
</table></div>
${d.calls.length === 0 ? html`<p>No calls match.</p>` : ''}
<nav class="pager" aria-label="Pages">
  ${d.page > 1 ? html`<a href="${link(d.page - 1)}" rel="prev">← Newer</a>` : ''}
  <span>Page ${d.page} of ${pages}</span>
  ${d.page < pages ? html`<a href="${link(d.page + 1)}" rel="next">Older →</a>` : ''}
</nav>
`;
}
