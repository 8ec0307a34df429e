// Calls and text conversations: newest first, filtered by period (with presets), outcome, guest
// (name or number), language and channel, paged. One row per call, the guest first.

import type { Money } from '../context.ts';
import type { HotelClock } from '../hotel-clock.ts';
import { CHANNELS, LANGUAGES, OUTCOMES, channelLabel, languageLabel, outcomeWords } from '../outcomes.ts';
import { deskWords } from '../desk-language.ts';
import type { CallSummary } from '../queries/calls.ts';
import { badge, duration, pager, perPageField, perPageKept, when, withQuery } from './format.ts';
import type { PhoneLinks } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { presetLinks } from './presets.ts';
import { PRESET_KEYS, presetsFor } from '../presets.ts';
import type { PresetKey } from '../presets.ts';

export interface CallsPageData {
  filters: { from: string; to: string; preset?: string; outcome: string; caller: string; guest: string; lang: string; channel: string };
  page: number;
  perPage: number;
  total: number;
  calls: CallSummary[];
  today: string;
  /** A filter sent back with what to fix. */
  error?: { field: string; message: string } | null;
  /** The property chosen with the switcher (its code), which the CSV download keeps to. */
  hotel?: string | null;
  /**
   * With several properties in view: each row's own property, its clock and its today (a group's
   * properties may be in different time zones), and the zones named above the list.
   */
  properties?: { rowOf(hotelId: number): CallRowProperty; zones: string; todays?: string } | null;
}

/** The property a row is shown in: its code (the row says which), its clock, its date now. */
export interface CallRowProperty {
  code: string;
  clock: HotelClock;
  today: string;
  /** Its currency (a group's properties may charge in different ones). */
  money?: Money;
}

export function callsPage(d: CallsPageData, clock: HotelClock, phones: PhoneLinks): SafeHtml {
  const f = d.filters;
  const words = deskWords();
  const w = words.calls;
  const outcomeOptions = [
    ['', w.any],
    ['desk', w.reachedDesk],
    ...OUTCOMES.map((o) => [o, words.outcomes[o]]),
    ['turnaway', w.turnaway],
    ['follow-up', w.followUp],
    ['in-progress', words.inProgress],
    ['quiet', w.quiet],
  ];
  const invalid = (field: string) => (d.error?.field === field ? html` aria-invalid="true" aria-describedby="filter-error"` : '');
  const { from: _from, to: _to, preset: _preset, ...filters } = f;
  // The presets keep the other filters and the page size.
  const keep = { ...filters, perPage: perPageKept(d.perPage) };
  const preset = presetOf(f);
  return html`
${presetLinks('/staff/calls', d.today, { from: f.from, to: f.to, preset: preset ?? '' }, keep, Boolean(d.properties))}
<form class="filters" method="get" action="/staff/calls">
  <div><label for="from">${words.common.from}</label><input id="from" name="from" type="date" value="${f.from}"${invalid('from')}></div>
  <div><label for="to">${words.common.to}</label><input id="to" name="to" type="date" value="${f.to}"${invalid('to')}></div>
  <div><label for="outcome">${w.outcome}</label><select id="outcome" name="outcome">${outcomeOptions.map(
    ([v, l]) => html`<option value="${v}"${v === f.outcome ? html` selected` : ''}>${l}</option>`,
  )}</select></div>
  <div><label for="guest">${w.guestNameOrNumber}</label><input id="guest" name="guest" type="search" value="${f.guest}" autocomplete="off" maxlength="80"${invalid('guest')}></div>
  <div><label for="lang">${w.language}</label><select id="lang" name="lang"><option value="">${w.any}</option>${Object.keys(LANGUAGES).map(
    (v) => html`<option value="${v}"${v === f.lang ? html` selected` : ''}>${languageLabel(v)}</option>`,
  )}</select></div>
  <div><label for="channel">${w.channel}</label><select id="channel" name="channel"><option value="">${w.phoneAndText}</option>${CHANNELS.map(
    (v) => html`<option value="${v}"${v === f.channel ? html` selected` : ''}>${channelLabel(v)}</option>`,
  )}</select></div>
  ${f.caller ? html`<input type="hidden" name="caller" value="${f.caller}">` : ''}
  ${preset ? html`<input type="hidden" name="preset" value="${preset}">` : ''}
  ${perPageField(d.perPage)}
  <div class="actions"><button type="submit">${w.filter}</button> <a href="/staff/calls">${w.clear}</a></div>
  ${d.error ? html`<p id="filter-error" class="field-error" role="alert">${d.error.message}</p>` : ''}
</form>
${d.error ? '' : results(d, clock, phones)}
`;
}

/**
 * The calls found, their count and pages. Left out when the filter was refused: "0 calls", "No
 * calls match" under "the end date is before the start date" read as a search that found nothing.
 */
/** A preset asked for by its key (several properties in view: each on its own today) while no date is typed. */
function presetOf(f: CallsPageData['filters']): PresetKey | null {
  return f.preset && !f.from && !f.to && (PRESET_KEYS as readonly string[]).includes(f.preset) ? (f.preset as PresetKey) : null;
}

function results(d: CallsPageData, clock: HotelClock, phones: PhoneLinks): SafeHtml {
  const f = d.filters;
  const preset = presetOf(f);
  const words = deskWords();
  const w = words.calls;
  return html`
<p class="muted">${w.count(d.total)} ${d.properties ? w.ownTimes(d.properties.zones) : w.hotelTime}${
    d.properties && preset ? w.presetOwn(words.presets[preset] ?? presetsFor(d.today).find((p) => p.key === preset)!.label, d.properties.todays ?? '') : ''
  }
  <a href="${withQuery('/api/calls.csv', { ...f, hotel: d.hotel })}">${w.csv}</a></p>
<table class="stack" id="calls">
  <thead><tr><th scope="col">${w.started}</th><th scope="col">${w.guest}</th><th scope="col">${w.how}</th><th scope="col" class="num">${w.length}</th>
    <th scope="col">${w.outcome}</th><th scope="col">${w.reservation}</th></tr></thead>
  <tbody>${d.calls.map((c) => {
    const own = d.properties?.rowOf(c.hotelId);
    return html`<tr>
      <td data-label="${w.started}"><a href="/staff/calls/${c.callSid}">${when(own?.clock ?? clock, c.startedAt, own?.today ?? d.today)}</a>${own ? html` ${badge('property', own.code)}` : ''}</td>
      <td data-label="${w.guest}">${c.guestName ? html`<strong>${c.guestName}</strong><br>` : ''}${phones.link(c.from)}</td>
      <td data-label="${w.how}">${badge(c.channel, channelLabel(c.channel))} ${languageLabel(c.locale)}</td>
      <td class="num" data-label="${w.length}">${duration(c.durationSeconds)}</td>
      <td data-label="${w.outcome}">${badge(c.outcome ?? (c.outcomeKey === 'inProgress' ? 'inprogress' : 'none'), outcomeWords(c.outcomeKey))}</td>
      <td data-label="${w.reservation}">${
        // Every reservation made in the call: a caller may book a second stay after the first.
        c.reservations.length
          ? c.reservations.map((r, i) => html`${i ? html`<br>` : ''}<a href="${withQuery('/staff/reservations', { q: r.confirmation })}">${r.confirmation}</a>`)
          : html`<span class="muted">—</span>`
      }</td>
    </tr>`;
  })}</tbody>
</table>
${d.calls.length === 0 ? html`<p>${w.noneMatch}</p>` : ''}
${pager('/staff/calls', f, d.page, d.perPage, d.total)}
`;
}
