// The period shortcuts above a list or a chart: links, so they work without JavaScript.

import { presetsFor } from '../presets.ts';
import type { PresetKey } from '../presets.ts';
import { withQuery } from './format.ts';
import { deskWords } from '../desk-language.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

/**
 * `eachOwn`: several properties in view, each taking the preset on its own today: the links name
 * the preset (`preset=today`) instead of the first property's dates; `current.preset` is the one shown.
 */
export function presetLinks(
  path: string,
  today: string,
  current: { from: string; to: string; preset?: PresetKey | '' | undefined },
  keep: Record<string, string | number | null> = {},
  eachOwn = false,
): SafeHtml {
  const w = deskWords().presets;
  return html`<ul class="presets" aria-label="${w.periods}">${presetsFor(today).map((p) => {
    const shown = eachOwn ? current.preset === p.key && !current.from && !current.to : p.from === current.from && p.to === current.to;
    const href = eachOwn ? withQuery(path, { ...keep, preset: p.key }) : withQuery(path, { ...keep, from: p.from, to: p.to });
    return html`<li><a href="${href}"${shown ? html` aria-current="true"` : ''}>${w[p.key] ?? p.label}</a></li>`;
  })}</ul>`;
}
