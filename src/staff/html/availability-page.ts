// Availability: rooms free per room type per night (rows are nights, so it reads on a phone).

import { addDaysIso } from '../../inventory/stay.ts';
import { deskWords } from '../desk-language.ts';
import { dayDate } from '../words.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export interface AvailabilityData {
  from: string;
  days: number | string;
  /** The form sent back as typed, with what to fix (then there is no grid). */
  error?: { field: string; message: string } | null;
  types: { code: string; name: string }[];
  nights: { night: string; free: { free: number; total: number }[] }[];
  /** The hotel's today: its night and the next are named ("tonight", "tomorrow"). */
  today?: string;
  /** With several properties in view (a group's "All properties"): one grid each, under its name. */
  properties?: { code: string; name: string; types: AvailabilityData['types']; nights: AvailabilityData['nights']; today: string }[];
}

/** "Sat, Nov 28 (tonight)", "Sun, Nov 29 (tomorrow)", "Mon, Nov 30": a night as the desk says it. */
function nightWords(night: string, today: string | undefined): string {
  const w = deskWords().common;
  const named = today === undefined ? undefined : night === today ? w.tonight : night === addDaysIso(today, 1) ? w.tomorrow : undefined;
  return `${dayDate(night)}${named ? ` (${named})` : ''}`;
}

function grid(types: AvailabilityData['types'], nights: AvailabilityData['nights'], id: string, today: string | undefined): SafeHtml {
  const w = deskWords().availability;
  return html`<div class="scroll"><table id="${id}">
  <caption class="muted small">${w.freeTotal}</caption>
  <thead><tr><th scope="col">${w.night}</th>${types.map((t) => html`<th scope="col" class="num" data-code="${t.code}">${t.name}</th>`)}</tr></thead>
  <tbody>${nights.map(
    (n) => html`<tr><th scope="row">${nightWords(n.night, today)}</th>${n.free.map(
      (f, i) => html`<td class="num ${f.free === 0 ? 'free0' : f.free * 4 <= f.total ? 'freelow' : ''}" data-code="${types[i]!.code}" data-night="${n.night}">${f.free} / ${f.total}</td>`,
    )}</tr>`,
  )}</tbody>
</table></div>`;
}

export function availabilityPage(d: AvailabilityData): SafeHtml {
  const w = deskWords().availability;
  const invalid = (field: string) => (d.error?.field === field ? html` aria-invalid="true" aria-describedby="filter-error"` : '');
  const form = html`
<form class="filters" method="get" action="/staff/availability">
  <div><label for="from">${w.from}</label><input id="from" name="from" type="date" value="${d.from}"${invalid('from')}></div>
  <div><label for="days">${w.nights}</label><input id="days" name="days" type="number" min="1" max="90" value="${d.days}"${invalid('days')}></div>
  <div class="actions"><button type="submit">${w.show}</button> <a href="/staff/availability">${w.fromToday}</a></div>
  ${d.error ? html`<p id="filter-error" class="field-error" role="alert">${d.error.message}</p>` : ''}
</form>`;
  if (d.error) return form;
  return html`${form}
<p class="muted small">${w.explain}</p>
${d.properties
  ? d.properties.map((p) => html`<h2 id="property-${p.code}">${p.name}</h2>
${grid(p.types, p.nights, `availability-${p.code}`, p.today)}
`)
  : grid(d.types, d.nights, 'availability', d.today)}
`;
}
