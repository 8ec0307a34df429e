// A tagged template that escapes every interpolated value unless it is already SafeHtml: staff
// pages show what callers said and what the hand-off stored, so nothing is trusted by default.

import { costlyLine } from '../../../flows/understanding/costly-numbers.ts';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup built elsewhere and known to be safe (our own SVG, our own CSS). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An http(s) URL safe to put in href, or null (javascript:, data: and the like are never links). */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * A tel: link for a phone number (digits and a leading + only); none for a premium-rate or
 * shared-cost line (a faked caller ID on a voicemail would otherwise be one click from a paid call).
 */
export function telHref(number: string): string | null {
  const clean = number.replace(/[^\d+]/g, '');
  if (!/^\+?\d{3,20}$/.test(clean) || (clean.startsWith('+') && costlyLine(clean))) return null;
  return `tel:${clean}`;
}
