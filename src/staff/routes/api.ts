// The staff JSON API under /api/, mirroring the pages. Bearer token or session; a session's writes
// carry X-CSRF-Token. Bad parameters → 400 naming the parameter; no credentials → 401; wrong
// role → 403; unknown ids → 404; an action that no longer applies → 409.

import { deskOrderOf } from '../callback-order.ts';
import { Router } from 'express';
import type { Request, Response } from 'express';
import { accountReach } from '../account-reach.ts';
import { AccountError } from '../accounts.ts';
import { callbackTried, cancelReservation, completeCallback, createToken, extendHold, markArrived, revokeToken, undoReservation } from '../actions.ts';
import type { Actor, ActionResult } from '../actions.ts';
import { actorOf, authOf, hasRole, stillAuthorised } from '../auth.ts';
import type { StaffContext } from '../context.ts';
import { toMermaid } from '../flow-diagram.ts';
import {
  BadParameter,
  availabilityQuery,
  callSidParam,
  callbackDoneBody,
  callbacksQuery,
  callsQuery,
  csvQuery,
  holdBody,
  idParam,
  noBody,
  outboxQuery,
  parse,
  periodQuery,
  reservationsQuery,
  tokenBody,
} from '../params.ts';
import { scopeNow } from '../property-scope.ts';
import { morningOf } from '../morning.ts';
import { arrivalsToday } from '../queries/reservations.ts';
import type { ReservationView } from '../queries/reservations.ts';
import type { CallSummary } from '../queries/calls.ts';
import { eachOwnPeriod, periodOf } from './common.ts';
import { sumOfProperties } from '../queries/stats.ts';
import { bookedValue, valueByCurrency } from '../queries/booked-value.ts';
import { sumOfFlows } from '../queries/flow-stats.ts';
import { arrivalsByProperty, needsPersonToday, withDeskNow } from './today.ts';
import { newReservationApi } from './new-reservation.ts';
import { changeReservationApi } from './change-reservation.ts';
import { handoverApi } from './handover.ts';
import { availabilityOf, callFilterOf, DEFAULT_PER_PAGE, listOnOwnToday, outboxFilterOf } from './views.ts';
import { pageCount } from '../html/format.ts';
import * as z from 'zod';
import { drainedOrClosed } from '../../http/stream-while-allowed.ts';

export function apiRoutes(ctx: StaffContext): Router {
  const router = Router();
  // A group's rows are each in their own property's time and say which property (its code); a
  // request's own dates are the property in view's (the first of several), except a period's
  // figures (stats, flow), which each property takes on its own days.
  const localOf = (hotelId: number | null) => ctx.propertyView(hotelId).hotelClock;
  const codeOf = (hotelId: number | null) => (hotelId === null ? null : (ctx.hotels.byId(hotelId)?.code ?? null));
  const actor = (req: Request, res: Response): Actor => actorOf(req, res, 'api');
  // outcomeKey is the pages' (outcomeLabel says it in English here).
  const callJson = ({ outcomeKey: _key, ...c }: CallSummary) => ({ ...c, hotel: codeOf(c.hotelId), startedAtLocal: localOf(c.hotelId).dateTime(c.startedAt) });
  const reservationJson = (r: ReservationView) => ({ ...r, hotel: codeOf(r.hotelId), holdUntilLocal: localOf(r.hotelId).dateTime(r.holdUntil) });
  const send = <T>(res: Response, result: ActionResult<T>, json: (v: T) => unknown) => {
    if (result.ok) res.json(json(result.value));
    else res.status(result.status).json({ error: result.error, message: result.message });
  };
  const requireAdmin = (res: Response): boolean => {
    if (hasRole(authOf(res), 'admin')) return true;
    res.status(403).json({ error: 'forbidden', message: 'this needs the admin role' });
    return false;
  };

  router.get('/me', (_req, res) => {
    const auth = authOf(res);
    res.json({ username: auth.user.username, role: auth.user.role, via: auth.via, csrfToken: auth.session?.csrfToken ?? null });
  });

  router.get('/calls', async (req, res) => {
    const q = parse(callsQuery, req.query, 'query');
    const page = q.page ?? 1;
    const perPage = q.perPage ?? DEFAULT_PER_PAGE;
    const { total, calls } = await ctx.calls.list(await callFilterOf(ctx, q), page, perPage);
    res.json({ page, perPage, total, pages: pageCount(total, perPage), timezone: ctx.hotelClock.timezone, calls: calls.map(callJson) });
  });

  router.get('/calls.csv', async (req, res) => {
    const q = parse(csvQuery, req.query, 'query');
    const filter = await callFilterOf(ctx, q);
    const today = ctx.hotelClock.today(ctx.clock());
    res.status(200).type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="calls-${today}.csv"`);
    // New columns come last, so that the columns of earlier exports keep their places: channel
    // (voice or sms), guest_name, then the property's code (empty for a hotel loaded without one).
    // confirmation: every reservation made in the call, oldest first, separated by a space.
    const header = ['call_sid', 'started_at_utc', 'started_at_local', 'ended_at_utc', 'duration_s', 'from', 'to', 'language', 'outcome', 'last_state', 'confirmation', 'channel', 'guest_name', 'property'];
    let out = `${header.join(',')}\r\n`;
    // The credentials are asked about again every EXPORT_RECHECK_ROWS rows and after each wait for
    // the client: an account disabled or a session ended mid-export gets at most that many rows more,
    // and the download is cut off (left incomplete, so the browser says it failed).
    const auth = authOf(res);
    const inView = scopeNow()?.ids;
    let sinceCheck = 0;
    const stillAllowed = async () => {
      sinceCheck = 0;
      if (await stillAuthorised(ctx, auth, inView, ctx.clock())) return true;
      ctx.logger.warn({ staff: auth.user.username }, 'calls export cut off: its session or token ended');
      res.destroy();
      return false;
    };
    for await (const c of ctx.calls.iterate(filter)) {
      if (++sinceCheck > EXPORT_RECHECK_ROWS && !(await stillAllowed())) return;
      out += [c.callSid, c.startedAt, localOf(c.hotelId).dateTime(c.startedAt), c.endedAt ?? '', c.durationSeconds ?? '', c.from === '' ? ERASED : c.from, c.to, c.locale, c.outcomeLabel, c.state, c.reservations.map((r) => r.confirmation).join(' '), c.channel, c.guestName ?? '', codeOf(c.hotelId) ?? '']
        .map(csvCell)
        .join(',') + '\r\n';
      if (out.length > 64_000) {
        // At the client's pace: a slow download is not buffered whole in the server's memory, and
        // one that was given up on stops reading the database.
        if (!res.write(out) && !res.destroyed) {
          await drainedOrClosed(res);
          if (!res.destroyed && !(await stillAllowed())) return;
        }
        out = '';
        if (res.destroyed) return;
      }
    }
    res.end(out);
  });

  router.get('/calls/:callSid', async (req, res) => {
    const callSid = parse(callSidParam, req.params.callSid, 'callSid');
    const call = await ctx.calls.get(callSid, ctx.clock());
    if (!call) {
      res.status(404).json({ error: 'not_found', message: `no call ${callSid}` });
      return;
    }
    res.json({ ...callJson(call), timezone: localOf(call.hotelId).timezone, timeline: call.timeline.map((e) => ({ ...e, atLocal: localOf(call.hotelId).dateTime(e.at) })) });
  });

  router.get('/reservations', async (req, res) => {
    const q = parse(reservationsQuery.omit({ notice: true, id: true }), req.query, 'query');
    const now = ctx.clock();
    const date = q.date ?? ctx.hotelClock.today(now);
    const list = q.list ?? 'arrivals';
    // No date asked, several properties in view: each one's list on its own today (`dates` says which).
    const inView = scopeNow()?.ids ?? [];
    if (!q.q && !q.date && inView.length > 1) {
      const own = await listOnOwnToday(ctx, inView, list, now);
      res.json({ list, date: null, dates: own.todays.map((t) => ({ hotel: t.code, date: t.date })), reservations: own.reservations.map(reservationJson) });
      return;
    }
    const reservations = q.q ? await ctx.reservations.search(q.q, now) : await ctx.reservations.list(list, date, now, ctx.hotelClock.period(date, date));
    res.json({ ...(q.q ? { q: q.q } : { list, date }), timezone: ctx.hotelClock.timezone, reservations: reservations.map(reservationJson) });
  });

  // A reservation made at the desk: the fields of the console's form, as JSON.
  router.use(newReservationApi(ctx, reservationJson));
  // A booked reservation changed (dates, nights, type, rooms, name, payment, requests, number).
  router.use(changeReservationApi(ctx, reservationJson));
  router.use(handoverApi(ctx));

  router.get('/reservations/:id', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const r = await ctx.reservations.get(id, ctx.clock());
    if (!r) res.status(404).json({ error: 'not_found', message: 'no such reservation' });
    else res.json(reservationJson(r));
  });

  router.post('/reservations/:id/cancel', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    noBody(req.body);
    send(res, await cancelReservation(ctx, id, actor(req, res)), reservationJson);
  });

  router.post('/reservations/:id/arrived', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    noBody(req.body);
    send(res, await markArrived(ctx, id, actor(req, res)), reservationJson);
  });

  // A late guest's rooms kept: the hold runs until `until` (HH:mm in the property's clock, the next such time).
  router.post('/reservations/:id/hold', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    // Another property's reservation (or none) is not found, whatever the body: never a 400 that says it exists.
    if (!(await ctx.reservations.get(id, ctx.clock()))) return void res.status(404).json({ error: 'not_found', message: 'no such reservation' });
    const { until } = parse(holdBody, req.body ?? {});
    send(res, await extendHold(ctx, id, until, actor(req, res)), reservationJson);
  });

  // Takes back the last "arrived", "cancel", "keep room" or "change" within the undo window.
  router.post('/reservations/:id/undo', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    noBody(req.body);
    send(res, await undoReservation(ctx, id, actor(req, res)), (r) => ({ ...reservationJson(r), textAlreadySent: r.textAlreadySent, undone: r.undone }));
  });

  router.get('/callbacks', async (req, res) => {
    const q = parse(callbacksQuery.omit({ notice: true }), req.query, 'query');
    const status = q.status ?? 'open';
    const page = q.page ?? 1;
    const perPage = q.perPage ?? DEFAULT_PER_PAGE;
    const now = ctx.clock();
    const found = await ctx.callbacks.list(status, page, perPage);
    const listed = { ...found, items: deskOrderOf(ctx, found.items) };
    res.json({
      status,
      // The waiting requests are whole (on page 1 of `all`); those called back are paged, the latest first.
      ...(listed.calledBack === null ? {} : { page, perPage, total: listed.calledBack, pages: pageCount(listed.calledBack, perPage) }),
      timezone: ctx.hotelClock.timezone,
      promiseMinutes: ctx.callbackDue.promiseMinutes,
      callbacks: listed.items.map((c) => {
        // Due by the promise (and desk hours) of the property the guest called.
        const due = ctx.propertyView(c.hotelId).callbackDue.dueAt(c.createdAt);
        return { ...c, hotel: codeOf(c.hotelId), createdAtLocal: localOf(c.hotelId).dateTime(c.createdAt), dueAt: due.toISOString(), overdue: c.status === 'open' && due < now };
      }),
    });
  });

  router.post('/callbacks/:id/tried', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    noBody(req.body);
    send(res, await callbackTried(ctx, id, actor(req, res)), (c) => c);
  });

  router.post('/callbacks/:id/done', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const { note } = parse(callbackDoneBody, req.body ?? {});
    send(res, await completeCallback(ctx, id, note, actor(req, res)), (c) => c);
  });

  // The texts to guests (the outbox), newest first, with their delivery status.
  router.get('/outbox', async (req, res) => {
    const q = parse(outboxQuery, req.query, 'query');
    const page = q.page ?? 1;
    const perPage = q.perPage ?? DEFAULT_PER_PAGE;
    const { total, messages } = await ctx.texts.list(outboxFilterOf(q), page, perPage);
    res.json({
      ...(q.status ? { status: q.status } : {}),
      ...(q.reservation ? { reservation: q.reservation } : {}),
      page,
      perPage,
      total,
      pages: pageCount(total, perPage),
      timezone: ctx.hotelClock.timezone,
      texting: ctx.texting,
      counts: await ctx.texts.counts(),
      messages: messages.map((m) => ({
        ...m,
        hotel: codeOf(m.hotelId),
        createdAtLocal: localOf(m.hotelId).dateTime(m.createdAt),
        updatedAtLocal: localOf(m.hotelId).dateTime(m.updatedAt),
      })),
    });
  });

  router.get('/availability', async (req, res) => {
    const q = parse(availabilityQuery, req.query, 'query');
    // Rooms are a property's own: with several in view, which one must be said.
    const inView = scopeNow()?.ids ?? [];
    if (inView.length > 1) {
      const codes = inView.map((id) => ctx.hotels.byId(id)?.code).filter((c): c is string => Boolean(c));
      throw new BadParameter('hotel', { key: 'perProperty', values: { codes } });
    }
    res.json({ hotel: ctx.hotel.code, ...(await availabilityOf(ctx, q.from, q.days)) });
  });

  // The overview's today (SPEC §7): arrivals as the desk counts them, and the calls that need a person.
  router.get('/today', async (_req, res) => {
    const now = ctx.clock();
    const today = ctx.hotelClock.today(now);
    const inView = scopeNow()?.ids ?? [];
    const [[arriving, leaving], needsPerson, byProperty, withDesk] = await Promise.all([
      Promise.all([ctx.reservations.arrivals(today, now), ctx.reservations.departures(today, now)]),
      needsPersonToday(ctx, now),
      inView.length > 1 ? arrivalsByProperty(ctx, inView, now) : Promise.resolve(null),
      withDeskNow(ctx, now),
    ]);
    res.json({
      date: today,
      timezone: ctx.hotelClock.timezone,
      // With several properties in view, `arrivals` are the first's; `arrivalsByProperty` each one's on its own today.
      arrivals: arrivalsToday(arriving, (iso) => ctx.hotelClock.hourMinute(iso), leaving),
      ...(byProperty ? { arrivalsByProperty: byProperty } : {}),
      needsPerson,
      // The calls ringing the front desk now, with what the whisper tells it.
      withDesk,
    });
  });

  // The manager's morning (morning.ts): since yesterday began, per property and for all in view.
  router.get('/morning', async (_req, res) => {
    res.json(await morningOf(ctx, scopeNow()?.ids ?? ctx.hotels.served, ctx.clock()));
  });

  // Several properties in view: each one's figures over its own days (a preset on its own today,
  // dates in its own zone), summed, and `byProperty` with each one's dates and figures.
  router.get('/stats', async (req, res) => {
    const q = parse(periodQuery, req.query, 'query');
    const period = periodOf(ctx, q);
    const now = ctx.clock();
    const inView = scopeNow()?.ids ?? [];
    // What was booked, in each property's own currency (never added up across currencies).
    if (inView.length < 2) {
      res.json({ ...(await ctx.stats.period(period, now)), booked: await bookedValue(ctx.db, period, ctx.hotel.info.currency) });
      return;
    }
    const parts = await eachOwnPeriod(ctx, inView, q, async (own) => ({ ...(await ctx.stats.period(own, now)), booked: await bookedValue(ctx.db, own, ctx.hotel.info.currency) }));
    res.json({
      ...sumOfProperties(parts.map((p) => p.value)),
      bookedByCurrency: valueByCurrency(parts.map((p) => p.value.booked)),
      byProperty: parts.map((p) => ({ hotel: p.code, ...p.value })),
    });
  });

  // Month end as a spreadsheet: what was booked per property in the period (the JSON's `booked`),
  // one row each, in its own currency and over its own days; never a total across currencies.
  router.get('/stats/booked.csv', async (req, res) => {
    const q = parse(periodQuery, req.query, 'query');
    const inView = scopeNow()?.ids ?? [];
    const parts = await eachOwnPeriod(ctx, inView.length ? inView : [ctx.hotel.id], q, (own) => bookedValue(ctx.db, own, ctx.hotel.info.currency));
    const from = parts.map((p) => p.from).sort()[0]!;
    const to = parts.map((p) => p.to).sort().at(-1)!;
    res.status(200).type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="booked-value-${from}-to-${to}.csv"`);
    const header = ['property', 'name', 'from', 'to', 'timezone', 'reservations', 'room_nights', 'value', 'currency'];
    const rows = parts.map((p) => [p.code ?? '', p.name, p.from, p.to, p.timezone, p.value.reservations, p.value.roomNights, p.value.value.toFixed(2), p.value.currency].map(csvCell).join(','));
    res.send([header.join(','), ...rows].map((line) => `${line}\r\n`).join(''));
  });

  router.get('/flow', async (req, res) => {
    const q = parse(periodQuery, req.query, 'query');
    const period = periodOf(ctx, q);
    const inView = scopeNow()?.ids ?? [];
    if (inView.length < 2) {
      const flow = await ctx.flow.period(period);
      res.json({ from: period.from, to: period.to, calls: flow.calls, states: flow.states, mermaid: toMermaid(ctx.flowGraph, flow.counts) });
      return;
    }
    const parts = await eachOwnPeriod(ctx, inView, q, (own) => ctx.flow.period(own));
    const flow = sumOfFlows(parts.map((p) => p.value));
    res.json({
      from: parts.map((p) => p.from).sort()[0],
      to: parts.map((p) => p.to).sort().at(-1),
      byProperty: parts.map((p) => ({ hotel: p.code, from: p.from, to: p.to, timezone: p.timezone, calls: p.value.calls })),
      calls: flow.calls,
      states: flow.states,
      mermaid: toMermaid(ctx.flowGraph, flow.counts),
    });
  });

  // Admin only.
  router.get('/audit', async (req, res) => {
    if (!requireAdmin(res)) return;
    const q = parse(z.strictObject({ limit: z.preprocess((v) => (v === undefined ? '100' : v), z.string().regex(/^\d{1,4}$/, 'must be a whole number from 1 to 1000').transform(Number).refine((n) => n >= 1 && n <= 1000, 'must be a whole number from 1 to 1000')) }), req.query, 'query');
    const reach = await accountReach(ctx.db, authOf(res).user.id);
    res.json({ entries: await ctx.audit.recent(q.limit, 0, reach.all ? undefined : reach) });
  });

  router.get('/tokens', async (req, res) => {
    if (!requireAdmin(res)) return;
    const reach = await accountReach(ctx.db, authOf(res).user.id);
    res.json({ tokens: (await ctx.accounts.liveTokens(ctx.clock())).filter((t) => reach.has(t.username)) });
  });

  router.delete('/tokens/:id', async (req, res) => {
    if (!requireAdmin(res)) return;
    const id = parse(idParam, req.params.id, 'id');
    noBody(req.body);
    const result = await revokeToken(ctx, id, actor(req, res));
    if (!result.ok) {
      res.status(result.status).json({ error: result.error, message: result.message });
      return;
    }
    res.status(204).end();
  });

  router.post('/tokens', async (req, res) => {
    if (!requireAdmin(res)) return;
    const body = parse(tokenBody, req.body ?? {});
    try {
      const created = await createToken(ctx, body.username, body.label ?? null, actor(req, res));
      res.status(201).json({ username: created.user.username, token: created.token, id: created.id, expiresAt: created.expiresAt });
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      res.status(400).json({ error: 'bad_parameter', parameter: 'username', message: err.message });
    }
  });

  return router;
}

/** Rows of the calls export between two checks that its session or token still holds. */
export const EXPORT_RECHECK_ROWS = 200;


/** A CSV cell, quoted when needed; a cell a spreadsheet would run as a formula is defused. */
/** The CSV's word for a caller number erased on request or by retention (stored as '': privacy/forget-guest.ts). */
const ERASED = 'erased';

export function csvCell(value: string | number): string {
  let text = String(value);
  // =, @, tab, CR, LF, a space (spreadsheets skip it and still read "=…" as a formula) and the
  // full-width ＝ ＋ － ＠ (some spreadsheets fold them to ASCII) always; + and - only when not a
  // number (a phone number like +1212… stays as it is). The same after any run of invisible
  // characters (a zero-width space, a BOM, a no-break or other Unicode space, a bidi mark): an
  // importer that trims or folds them would run what follows, and nothing legitimate starts so.
  const rest = text.replace(/^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]+/u, '');
  if (/^[=@\t\r\n \u3000\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) || /^[=@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212]/.test(rest) || (/^[+-]/.test(rest) && !/^[+-]\d[\d ]*$/.test(rest))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
