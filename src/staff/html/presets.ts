// The period shortcuts above a list or a chart: links, so they work without JavaScript.

import { presetsFor } from '../presets.ts';
import { withQuery } from './format.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export function presetLinks(path: string, today: string, current: { from: string; to: string }, keep: Record<string, string> = {}): SafeHtml {
  return html`<ul class="presets" aria-label="Periods">${presetsFor(today).map(
    (p) =>
      html`<li><a href="${withQuery(path, { ...keep, from: p.from, to: p.to })}"${
        p.from === current.from && p.to === current.to ? html` aria-current="true"` : ''
      }>${p.label}</a></li>`,
  )}</ul>`;
}
