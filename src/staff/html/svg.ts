// Bar charts drawn on the server as SVG: no script, no network, readable by a screen reader
// through <title>/<desc> (and each page gives the numbers in a table as well).

import { escapeHtml, trusted } from './html.ts';
import type { SafeHtml } from './html.ts';

export interface Bar {
  label: string;
  value: number;
  /** A second value drawn beside the first (e.g. bookings beside calls). */
  second?: number;
}

export interface BarChartOptions {
  id: string;
  title: string;
  description?: string;
  bars: Bar[];
  /** Names of the two series, when bars have a `second`. */
  series?: [string, string];
  width?: number;
  height?: number;
}

/** A round axis maximum at or above `max`: 1, 2, 5 × 10^n. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * A bar chart drawn twice: columns for a desk screen, and one row per bar for a phone (the CSS
 * shows one or the other at 40rem). Each is drawn at about the width it is shown at, so its
 * 12-unit text stays at least 11 px on screen; column labels turn 45° when they would collide.
 */
export function barChart(o: BarChartOptions): SafeHtml {
  return trusted(columnChart(o) + rowChart(o));
}

const FONT = 12;
/** Roughly how wide a label is at FONT: system-ui averages about 0.6 em per character. */
const textWidth = (s: string) => s.length * FONT * 0.6;

function header(o: BarChartOptions, cls: string, suffix: string, width: number, height: number): string[] {
  const titleId = `${o.id}${suffix}-title`;
  const descId = `${o.id}${suffix}-desc`;
  return [
    `<svg class="chart ${cls}" id="${escapeHtml(o.id + suffix)}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${titleId}">${escapeHtml(o.title)}</title>`,
    `<desc id="${descId}">${escapeHtml(
      o.description ?? o.bars.map((b) => `${b.label}: ${fmt(b.value)}${b.second !== undefined ? ` / ${fmt(b.second)}` : ''}`).join('; '),
    )}</desc>`,
  ];
}

function legend(o: BarChartOptions, x: number): string {
  if (!o.series) return '';
  const second = x + 14 + textWidth(o.series[0]) + 24;
  return (
    `<rect class="bar" x="${x}" y="4" width="10" height="10"/><text x="${x + 14}" y="13">${escapeHtml(o.series[0])}</text>` +
    `<rect class="bar alt" x="${second}" y="4" width="10" height="10"/><text x="${second + 14}" y="13">${escapeHtml(o.series[1])}</text>`
  );
}

function columnChart(o: BarChartOptions): string {
  const width = o.width ?? 600;
  const n = Math.max(1, o.bars.length);
  const left = 40;
  const right = 8;
  const plotW = width - left - right;
  const slot = plotW / n;
  const longest = Math.max(0, ...o.bars.map((b) => textWidth(b.label)));
  const rotate = longest > slot - 4;
  // Rotated labels need room below the plot; every label shown when they fit, else every k-th.
  const labelEvery = rotate ? Math.max(1, Math.ceil((FONT + 4) / slot)) : 1;
  const bottom = rotate ? Math.min(90, longest * 0.72 + 16) : 24;
  const top = o.series ? 24 : 10;
  const height = o.height ?? 200 + bottom;
  const plotH = height - top - bottom;
  const max = niceMax(Math.max(0, ...o.bars.map((b) => Math.max(b.value, b.second ?? 0))));
  const paired = o.bars.some((b) => b.second !== undefined);
  const barW = Math.max(1, slot * (paired ? 0.4 : 0.75));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts = header(o, 'wide', '', width, height);
  const ticks = max <= 8 ? max : max % 4 === 0 ? 4 : 5;
  for (let i = 0; i <= ticks; i++) {
    const v = (max / ticks) * i;
    const gy = y(v).toFixed(1);
    parts.push(`<line class="grid" x1="${left}" x2="${width - right}" y1="${gy}" y2="${gy}"/>`);
    parts.push(`<text x="${left - 4}" y="${gy}" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`);
  }
  o.bars.forEach((b, i) => {
    const x = left + i * slot + (slot - (paired ? barW * 2 : barW)) / 2;
    const h = (Math.max(0, b.value) / max) * plotH;
    parts.push(
      `<rect class="bar" x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeHtml(`${b.label}: ${fmt(b.value)}${o.series ? ` ${o.series[0]}` : ''}`)}</title></rect>`,
    );
    if (b.second !== undefined) {
      const h2 = (Math.max(0, b.second) / max) * plotH;
      parts.push(
        `<rect class="bar alt" x="${(x + barW).toFixed(1)}" y="${(top + plotH - h2).toFixed(1)}" width="${barW.toFixed(1)}" height="${h2.toFixed(1)}"><title>${escapeHtml(`${b.label}: ${fmt(b.second)}${o.series ? ` ${o.series[1]}` : ''}`)}</title></rect>`,
      );
    }
    if (i % labelEvery === 0) {
      const cx = left + i * slot + slot / 2;
      const ly = top + plotH + 14;
      parts.push(
        rotate
          ? `<text x="${cx.toFixed(1)}" y="${ly}" text-anchor="end" transform="rotate(-45 ${cx.toFixed(1)} ${ly})">${escapeHtml(b.label)}</text>`
          : `<text x="${cx.toFixed(1)}" y="${ly}" text-anchor="middle">${escapeHtml(b.label)}</text>`,
      );
    }
  });
  parts.push(legend(o, left), '</svg>');
  return parts.join('');
}

/** One row per bar, the label at the left and the value at the bar's end: for a phone's width. */
function rowChart(o: BarChartOptions): string {
  const width = 360;
  const labelW = Math.min(130, Math.max(36, ...o.bars.map((b) => textWidth(b.label) + 8)));
  const paired = o.bars.some((b) => b.second !== undefined);
  const rowH = paired ? 30 : 20;
  const top = o.series ? 24 : 4;
  const height = top + o.bars.length * rowH + 4;
  const plotW = width - labelW - 34;
  const max = niceMax(Math.max(0, ...o.bars.map((b) => Math.max(b.value, b.second ?? 0))));
  const parts = header(o, 'narrow', '-narrow', width, height);
  o.bars.forEach((b, i) => {
    const y0 = top + i * rowH;
    parts.push(`<text x="${labelW - 6}" y="${y0 + rowH / 2}" text-anchor="end" dominant-baseline="middle">${escapeHtml(b.label)}</text>`);
    const values = b.second !== undefined ? [b.value, b.second] : [b.value];
    const barH = paired ? 12 : 14;
    values.forEach((v, k) => {
      const w = (Math.max(0, v) / max) * plotW;
      const y = y0 + 2 + k * (barH + 2);
      parts.push(`<rect class="bar${k ? ' alt' : ''}" x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}"/>`);
      parts.push(`<text x="${(labelW + w + 4).toFixed(1)}" y="${y + barH / 2}" dominant-baseline="middle">${fmt(v)}</text>`);
    });
  });
  parts.push(legend(o, 4), '</svg>');
  return parts.join('');
}

export interface HBarRow {
  label: string;
  values: number[];
}

/** Horizontal bars, one row per label, one bar per series: for long labels (the flow's states). */
export function hbarChart(o: { id: string; title: string; rows: HBarRow[]; series: string[]; width?: number }): SafeHtml {
  const width = o.width ?? 640;
  const labelW = 170;
  const rowH = 8 * o.series.length + 10;
  const top = 22;
  const height = top + o.rows.length * rowH + 8;
  const plotW = width - labelW - 40;
  const max = niceMax(Math.max(0, ...o.rows.flatMap((r) => r.values)));
  const parts: string[] = [];
  const titleId = `${o.id}-title`;
  parts.push(
    `<svg class="chart" id="${escapeHtml(o.id)}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${titleId}">${escapeHtml(o.title)}</title>`,
  );
  o.series.forEach((name, i) => {
    const x = labelW + i * 130;
    parts.push(`<rect class="bar${i ? ' alt' : ''}" x="${x}" y="4" width="10" height="10"/><text x="${x + 14}" y="13">${escapeHtml(name)}</text>`);
  });
  o.rows.forEach((row, r) => {
    const y0 = top + r * rowH;
    parts.push(`<text x="${labelW - 6}" y="${y0 + rowH / 2}" text-anchor="end" dominant-baseline="middle">${escapeHtml(row.label)}</text>`);
    row.values.forEach((v, i) => {
      const w = (Math.max(0, v) / max) * plotW;
      const y = y0 + 4 + i * 8;
      parts.push(
        `<rect class="bar${i ? ' alt' : ''}" x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="7"><title>${escapeHtml(`${row.label}: ${v} ${o.series[i] ?? ''}`)}</title></rect>`,
      );
      if (v > 0) parts.push(`<text x="${(labelW + w + 3).toFixed(1)}" y="${y + 6}">${v}</text>`);
    });
  });
  parts.push('</svg>');
  return trusted(parts.join(''));
}
