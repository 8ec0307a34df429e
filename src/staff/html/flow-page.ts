// Flow: the statechart drawn as a picture from its own definition, with where calls went in the
// period; the steps by name in words (the statechart's names and its Mermaid text for whoever
// works on the flow, behind a toggle).

import type { FlowStateStats } from '../queries/flow-stats.ts';
import { stateWords } from '../flow-picture.ts';
import { html, trusted } from './html.ts';
import type { SafeHtml } from './html.ts';
import { periodForm } from './overview-page.ts';
import { presetLinks } from './presets.ts';
import type { PresetKey } from '../presets.ts';
import { hbarChart } from './svg.ts';

const KIND_LABELS: Record<string, string> = {
  question: 'asks the caller',
  transient: 'passes through (not recorded)',
  waiting: 'waits for Twilio',
  final: 'end',
  retired: 'no longer in the flow',
};

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
  const recorded = d.states.filter((s) => s.kind !== 'transient');
  return html`
${d.eachOwn ? presetLinks('/staff/flow', d.today, { from: '', to: '', preset: d.eachOwn.preset ?? '' }, {}, true) : presetLinks('/staff/flow', d.today, d)}
${periodForm('/staff/flow', d.from, d.to)}
<p id="period-said">${d.calls} call${d.calls === 1 ? '' : 's'} started in the period${d.eachOwn ? `, each property's own days (${d.eachOwn.days})` : ''}. For each step of the call flow: how many calls reached it, how many ended there
  (and of those, how many the caller hung up without a booking or staff), and how many were sent to the front desk from it.</p>
<h2>The flow</h2>
<p class="muted small">Drawn from the statechart itself (<code>flows/call-machine.ts</code>), with this period's counts. Blue boxes ask the caller,
  grey ones pass through within a step, orange ones hand the caller to the front desk. A booking's questions are drawn in the order they are asked;
  the line asks only what is still missing.
  ${d.everywhere.length ? html`From every question a caller may also go to ${d.everywhere.map((e, i) => html`${i ? ' or ' : ''}<strong>${stateWords(e.to)}</strong>`)}: those lines are left out.` : ''}</p>
<div class="flowmap-wrap">${trusted(d.picture)}</div>
<figure>
  <figcaption>Where calls went</figcaption>
  ${hbarChart({
    id: 'chart-flow',
    title: 'Calls reaching and ending at each step',
    series: ['reached', 'ended here'],
    rows: recorded.map((s) => ({ label: stateWords(s.state), values: [s.reached, s.endedHere] })),
  })}
</figure>
<h2>Per step</h2>
<div class="scroll"><table id="flow-counts">
  <thead><tr><th scope="col">Step</th><th scope="col">Kind</th><th scope="col" class="num">Reached</th><th scope="col" class="num">Ended here</th>
    <th scope="col" class="num">Hung up here</th><th scope="col" class="num">Transferred from here</th></tr></thead>
  <tbody>${d.states.map(
    (s) => html`<tr data-state="${s.state}"><th scope="row">${stateWords(s.state)}</th><td>${KIND_LABELS[s.kind] ?? s.kind}</td>
      <td class="num">${s.kind === 'transient' ? '—' : s.reached}</td><td class="num">${s.endedHere}</td>
      <td class="num">${s.hungUpHere}</td><td class="num">${s.transferredHere}</td></tr>`,
  )}</tbody>
</table></div>
<details class="source"><summary>For whoever works on the flow: the statechart's own names, as Mermaid text</summary>
<p class="muted small">Paste it into any Mermaid viewer; <code>npm run flow-diagram</code> writes the same into docs/call-flow.md.</p>
<pre class="mermaid">${d.mermaid}</pre>
</details>
`;
}
