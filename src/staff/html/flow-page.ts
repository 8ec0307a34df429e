// Flow: the statechart drawn from its own definition, with where calls went in the period.

import type { FlowStateStats } from '../queries/flow-stats.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';
import { periodForm } from './overview-page.ts';
import { hbarChart } from './svg.ts';

const KIND_LABELS: Record<string, string> = {
  question: 'asks the caller',
  transient: 'passes through (not recorded)',
  waiting: 'waits for Twilio',
  final: 'end',
  retired: 'no longer in the flow',
};

export function flowPage(d: { from: string; to: string; calls: number; states: FlowStateStats[]; mermaid: string }): SafeHtml {
  const recorded = d.states.filter((s) => s.kind !== 'transient');
  return html`
${periodForm('/staff/flow', d.from, d.to)}
<p>${d.calls} call${d.calls === 1 ? '' : 's'} started in the period. For each step of the call flow: how many calls reached it, how many ended there
  (and of those, how many the caller hung up without a booking or staff), and how many were sent to the front desk from it.</p>
<figure>
  <figcaption>Where calls went</figcaption>
  ${hbarChart({
    id: 'chart-flow',
    title: 'Calls reaching and ending at each step',
    series: ['reached', 'ended here'],
    rows: recorded.map((s) => ({ label: s.state, values: [s.reached, s.endedHere] })),
  })}
</figure>
<h2>Per step</h2>
<div class="scroll"><table id="flow-counts">
  <thead><tr><th scope="col">State</th><th scope="col">Kind</th><th scope="col" class="num">Reached</th><th scope="col" class="num">Ended here</th>
    <th scope="col" class="num">Hung up here</th><th scope="col" class="num">Transferred from here</th></tr></thead>
  <tbody>${d.states.map(
    (s) => html`<tr data-state="${s.state}"><th scope="row">${s.state}</th><td>${KIND_LABELS[s.kind] ?? s.kind}</td>
      <td class="num">${s.kind === 'transient' ? '—' : s.reached}</td><td class="num">${s.endedHere}</td>
      <td class="num">${s.hungUpHere}</td><td class="num">${s.transferredHere}</td></tr>`,
  )}</tbody>
</table></div>
<h2>Diagram</h2>
<p class="muted small">Generated from the statechart (<code>flows/call-machine.ts</code>) at every request, with this period's counts.
  It is Mermaid text: paste it into any Mermaid viewer, or see the README, which shows the same diagram (<code>npm run flow-diagram</code>).</p>
<pre class="mermaid">${d.mermaid}</pre>
`;
}
