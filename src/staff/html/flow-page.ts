// Flow: the statechart drawn as a picture from its own definition, with where calls went in the
// period; the steps by name in words (the statechart's names and its Mermaid text for whoever
// works on the flow, behind a toggle).

import type { FlowStateStats } from '../queries/flow-stats.ts';
import { deskWords } from '../desk-language.ts';
import { stepWords } from '../flow-picture.ts';
import { html, trusted } from './html.ts';
import type { SafeHtml } from './html.ts';
import { periodForm } from './overview-page.ts';
import { presetLinks } from './presets.ts';
import type { PresetKey } from '../presets.ts';
import { hbarChart } from './svg.ts';

export interface FlowPageData {
  from: string;
  to: string;
  today: string;
  calls: number;
  states: FlowStateStats[];
  /** The picture (flow-picture.ts): server-made SVG. */
  picture: string;
  /** Exits every question has, said once: the step they lead to and the edges' words. */
  everywhere: { to: string; labels: string[] }[];
  mermaid: string;
  /** Several properties in view: each took the period on its own days (`days` says which); `preset` the one asked by its key. */
  eachOwn?: { days: string; preset: PresetKey | null };
}

export function flowPage(d: FlowPageData): SafeHtml {
  const w = deskWords().pages.flow;
  const recorded = d.states.filter((s) => s.kind !== 'transient');
  return html`
${d.eachOwn ? presetLinks('/staff/flow', d.today, { from: '', to: '', preset: d.eachOwn.preset ?? '' }, {}, true) : presetLinks('/staff/flow', d.today, d)}
${periodForm('/staff/flow', d.from, d.to)}
<p id="period-said">${w.callsStarted(d.calls)}${d.eachOwn ? w.eachOwnDays(d.eachOwn.days) : ''}${w.perStepIntro}</p>
<h2>${w.theFlow}</h2>
<p class="muted small">${w.drawn}
  ${d.everywhere.length ? html`${w.everywhere} ${d.everywhere.map((e, i) => html`${i ? w.or : ''}<strong>${stepWords(e.to)}</strong>`)}${w.leftOut}` : ''}</p>
<div class="flowmap-wrap">${trusted(d.picture)}</div>
<figure>
  <figcaption>${w.whereWent}</figcaption>
  ${hbarChart({
    id: 'chart-flow',
    title: w.chartTitle,
    series: w.series,
    rows: recorded.map((s) => ({ label: stepWords(s.state), values: [s.reached, s.endedHere] })),
  })}
</figure>
<h2>${w.perStep}</h2>
<div class="scroll"><table id="flow-counts">
  <thead><tr><th scope="col">${w.columns.step}</th><th scope="col">${w.columns.kind}</th><th scope="col" class="num">${w.columns.reached}</th><th scope="col" class="num">${w.columns.ended}</th>
    <th scope="col" class="num">${w.columns.hungUp}</th><th scope="col" class="num">${w.columns.transferred}</th></tr></thead>
  <tbody>${d.states.map(
    (s) => html`<tr data-state="${s.state}"><th scope="row">${stepWords(s.state)}</th><td>${Object.hasOwn(w.kinds, s.kind) ? w.kinds[s.kind] : s.kind}</td>
      <td class="num">${s.kind === 'transient' ? '—' : s.reached}</td><td class="num">${s.endedHere}</td>
      <td class="num">${s.hungUpHere}</td><td class="num">${s.transferredHere}</td></tr>`,
  )}</tbody>
</table></div>
<details class="source"><summary>${w.source}</summary>
<p class="muted small">${w.paste}</p>
<pre class="mermaid">${d.mermaid}</pre>
</details>
`;
}
