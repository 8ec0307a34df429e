// Overview: the period's headline figures and charts (SPEC §7).

import { OUTCOMES, OUTCOME_LABELS } from '../outcomes.ts';
import type { PeriodStats } from '../queries/stats.ts';
import { duration, percent, withQuery } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { barChart } from './svg.ts';

export function periodForm(action: string, from: string, to: string, extra: SafeHtml | '' = ''): SafeHtml {
  return html`<form class="filters" method="get" action="${action}">
  <div><label for="from">From</label><input id="from" name="from" type="date" value="${from}" required></div>
  <div><label for="to">To</label><input id="to" name="to" type="date" value="${to}" required></div>
  ${extra}
  <div><button type="submit">Show</button></div>
</form>`;
}

export function overviewPage(s: PeriodStats): SafeHtml {
  const kpi = (label: string, value: string, hint: string) => html`<div><dt>${label}</dt><dd>${value}</dd><dd class="hint">${hint}</dd></div>`;
  const shortDate = (d: string) => d.slice(5);
  return html`
${periodForm('/staff', s.from, s.to)}
<p class="muted small">Calls that started from ${s.from} to ${s.to} (hotel time, ${s.timezone}).</p>
<dl class="kpis">
  ${kpi('Calls', String(s.calls), s.inProgress ? `${s.inProgress} in progress` : 'answered at once')}
  ${kpi('Bookings', String(s.bookings), 'calls that booked')}
  ${kpi('Conversion', percent(s.conversion), 'bookings per call')}
  ${kpi('Containment', percent(s.containment), 'finished without staff')}
  ${kpi('Transfer rate', percent(s.transferRate), 'handed to the front desk')}
  ${kpi('Abandonment', percent(s.abandonmentRate), 'hung up before an outcome (target < 5%)')}
  ${kpi('Average call', duration(s.averageCallSeconds), 'length of a call')}
  ${kpi('Calls per hour', s.callsPerHour.toFixed(2), 'over the period so far')}
</dl>
<p><a href="/staff/callbacks">${s.openCallbacks} open callback request${s.openCallbacks === 1 ? '' : 's'}</a></p>
<div class="charts">
  <figure>
    <figcaption>Calls and bookings per day</figcaption>
    ${barChart({
      id: 'chart-days',
      title: 'Calls and bookings per day',
      bars: s.byDay.map((d) => ({ label: shortDate(d.date), value: d.calls, second: d.bookings })),
      series: ['calls', 'bookings'],
    })}
  </figure>
  <figure>
    <figcaption>Calls by hour of day (hotel time)</figcaption>
    ${barChart({ id: 'chart-hours', title: 'Calls by hour of day', bars: s.byHourOfDay.map((h) => ({ label: String(h.hour).padStart(2, '0'), value: h.calls })) })}
  </figure>
  <figure>
    <figcaption>Outcomes</figcaption>
    ${barChart({ id: 'chart-outcomes', title: 'Calls by outcome', bars: OUTCOMES.map((o) => ({ label: OUTCOME_LABELS[o].replace('turnaway-', ''), value: s.outcomes[o] })) })}
  </figure>
</div>
<h2>Outcomes</h2>
<div class="scroll"><table>
  <thead><tr><th scope="col">Outcome</th><th scope="col" class="num">Calls</th><th scope="col" class="num">Share</th></tr></thead>
  <tbody>${OUTCOMES.map(
    (o) => html`<tr><td><a href="${withQuery('/staff/calls', { from: s.from, to: s.to, outcome: o })}">${OUTCOME_LABELS[o]}</a></td>
      <td class="num">${s.outcomes[o]}</td><td class="num">${percent(s.calls ? s.outcomes[o] / s.calls : null)}</td></tr>`,
  )}</tbody>
</table></div>
<details><summary>Calls per day as a table</summary>
<div class="scroll"><table>
  <thead><tr><th scope="col">Date</th><th scope="col" class="num">Calls</th><th scope="col" class="num">Bookings</th></tr></thead>
  <tbody>${s.byDay.map((d) => html`<tr><td>${d.date}</td><td class="num">${d.calls}</td><td class="num">${d.bookings}</td></tr>`)}</tbody>
</table></div>
</details>
`;
}
