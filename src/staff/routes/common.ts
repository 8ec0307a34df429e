// Helpers shared by the staff page routes.

import type { Request, Response } from 'express';
import type { Auth } from '../auth.ts';
import type { StaffContext } from '../context.ts';
import { BadParameter } from '../params.ts';
import type { HotelClock, Period } from '../hotel-clock.ts';
import { presetDates } from '../presets.ts';
import type { PresetKey } from '../presets.ts';
import { checkRange } from '../params.ts';
import { addDaysIso } from '../../inventory/stay.ts';
import { onBasePath } from '../base-path.ts';
import { deskWords } from '../desk-language.ts';
import { zoneSaid } from '../zone-words.ts';
import { periodDate } from '../words.ts';
import { layout } from '../html/layout.ts';
import type { PageFrame, Section } from '../html/layout.ts';
import type { SafeHtml } from '../html/html.ts';
import type { PropertyChoice } from '../property-choice.ts';
import { runInScope, scopeNow } from '../property-scope.ts';

/** Longest period the overview, flow and stats accept. */
export const MAX_PERIOD_DAYS = 366;

export async function sendPage(
  ctx: StaffContext,
  res: Response,
  auth: Auth | null,
  page: { title: string; section: Section; body: SafeHtml; notice?: PageFrame['notice']; live?: boolean },
  status = 200,
): Promise<void> {
  const properties = res.locals.properties as PropertyChoice | undefined;
  const frame: PageFrame = {
    title: page.title,
    section: page.section,
    user: auth?.user ?? null,
    csrf: auth?.session?.csrfToken ?? null,
    hotelName: properties && properties.allowed.length > 1 && !properties.chosen ? deskWords().layout.allProperties : ctx.hotel.info.name,
    here: res.req.originalUrl.slice(0, 1000),
    properties: properties
      ? {
          allowed: properties.allowed.filter((h) => h.code !== null).map((h) => ({ code: h.code!, name: h.info.name })),
          chosen: properties.chosen?.code ?? null,
          here: res.req.originalUrl.slice(0, 1000),
        }
      : null,
    ...(auth ? await callbackCounts(ctx) : {}),
    notice: page.notice ?? null,
    live: page.live ?? false,
  };
  res.status(status).type('html').send(onBasePath(ctx.basePath, layout(frame, page.body)));
}

/** Waiting callback requests, and how many of them are past what the caller was promised. */
export async function callbackCounts(ctx: StaffContext): Promise<{ openCallbacks: number; overdueCallbacks: number }> {
  // Several properties in view: each one's requests against its own promise and desk hours (the
  // first property's made another's requests left after its desk closed look late all night).
  const ids = scopeNow()?.ids ?? [];
  if (ids.length > 1) {
    const each = await Promise.all(ids.map((id) => runInScope({ ids: [id] }, () => callbackCounts(ctx))));
    return { openCallbacks: each.reduce((n, c) => n + c.openCallbacks, 0), overdueCallbacks: each.reduce((n, c) => n + c.overdueCallbacks, 0) };
  }
  const now = ctx.clock();
  const created = await ctx.callbacks.openCreatedAt();
  return { openCallbacks: created.length, overdueCallbacks: created.filter((c) => ctx.callbackDue.isOverdue(c, now)).length };
}

/** The period asked for, or the last 7 days (today included) in hotel time: the property in view's, or `clock`'s. */
export function periodOf(ctx: StaffContext, q: { from?: string | undefined; to?: string | undefined; preset?: PresetKey | undefined }, clock: HotelClock = ctx.hotelClock): Period {
  const today = clock.today(ctx.clock());
  const asked = q.preset && !q.from && !q.to ? presetDates(q.preset, today) : q;
  const to = asked.to ?? (asked.from ? addDaysIso(asked.from, 6) : today);
  const from = asked.from ?? addDaysIso(to, -6);
  checkRange(from, to, MAX_PERIOD_DAYS);
  return clock.period(from, to);
}

/** A same-site path under `prefix` to send the browser back to, or the fallback. */
export function localPath(value: unknown, prefix: string, fallback: string): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  if (!value.startsWith(prefix) || value.startsWith('//') || /[\\\s]/.test(value)) return fallback;
  const rest = value.slice(prefix.length);
  if (rest !== '' && !/^[/?#]/.test(rest)) return fallback;
  // Dot segments, plain or percent-encoded, leave the prefix once resolved: '/staff/..//evil.example'
  // is the path '//evil.example', which withNotice wrote out as such, a link to another site (round 32).
  const url = new URL(value, 'http://local');
  const path = url.pathname;
  if (url.origin !== 'http://local' || path.startsWith('//') || !(path === prefix || path.startsWith(`${prefix}/`))) return fallback;
  return path + url.search + url.hash;
}

export function withNotice(path: string, notice: string): string {
  const url = new URL(path, 'http://local');
  url.searchParams.set('notice', notice);
  return url.pathname + url.search;
}

/** A query parameter as typed (for a form sent back with what to fix), or ''. */
export function typedQuery(req: Request, name: string): string {
  const value = (req.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value.slice(0, 80) : '';
}

export function formField(req: Request, name: string): unknown {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return body[name];
}

export { BadParameter };

/** One property's part of a period read for several: its own dates, in its own zone. */
export interface OwnPeriod<T> {
  hotelId: number;
  code: string | null;
  name: string;
  timezone: string;
  from: string;
  to: string;
  value: T;
}

/**
 * `read` for each property in `ids`, each within its own scope over the period asked taken on its
 * own days (a preset on its own today, dates in its own zone): a group's properties may be in
 * different zones, and the first one's days were another's evening and night.
 */
export function eachOwnPeriod<T>(
  ctx: StaffContext,
  ids: readonly number[],
  q: { from?: string | undefined; to?: string | undefined; preset?: PresetKey | undefined },
  read: (period: Period) => Promise<T>,
): Promise<OwnPeriod<T>[]> {
  return Promise.all(
    ids.map((id) =>
      runInScope({ ids: [id] }, async () => {
        const hotel = ctx.hotels.byId(id);
        const own = periodOf(ctx, q, ctx.hotelClock);
        return { hotelId: id, code: hotel?.code ?? null, name: hotel?.info.name ?? '', timezone: ctx.hotelClock.timezone, from: own.from, to: own.to, value: await read(own) };
      }),
    ),
  );
}

/** "MIR: Sun, Nov 29, New York time; SIE: Sat, Nov 28, Mexico City time": each property's days and zone, in the page's words. */
export function ownDaysWords(parts: readonly { code: string | null; name: string; timezone: string; from: string; to: string }[]): string {
  const f = deskWords().figures;
  return parts.map((p) => `${p.code ?? p.name}: ${f.span(periodDate(p.from), periodDate(p.to))}, ${zoneSaid(p.timezone)}`).join('; ');
}
