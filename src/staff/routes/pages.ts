// The staff web pages (server-rendered HTML) and their form actions. Every route here runs after
// requireSession (router.ts); every POST also after the CSRF check.

import { Router } from 'express';
import type { Request, Response } from 'express';
import { AccountError } from '../accounts.ts';
import { cancelReservation, completeCallback, createToken, markArrived } from '../actions.ts';
import type { Actor, ActionResult } from '../actions.ts';
import { authOf, clientIp, hasRole } from '../auth.ts';
import type { StaffContext } from '../context.ts';
import { toMermaid } from '../flow-diagram.ts';
import { adminPage } from '../html/admin-page.ts';
import { availabilityPage } from '../html/availability-page.ts';
import { callPage } from '../html/call-page.ts';
import { callbacksPage } from '../html/callbacks-page.ts';
import { callsPage } from '../html/calls-page.ts';
import { errorBody } from '../html/error-page.ts';
import { flowPage } from '../html/flow-page.ts';
import { withQuery } from '../html/format.ts';
import { outboxPage } from '../html/outbox-page.ts';
import { overviewPage } from '../html/overview-page.ts';
import { reservationsPage } from '../html/reservations-page.ts';
import {
  availabilityQuery,
  callSidParam,
  callbackDoneBody,
  callbacksQuery,
  callsQuery,
  idParam,
  outboxQuery,
  parse,
  periodQuery,
  reservationsQuery,
  tokenBody,
} from '../params.ts';
import { availabilityOf, callFilterOf, DEFAULT_PER_PAGE, outboxFilterOf } from './views.ts';
import { formField, localPath, periodOf, sendPage, withNotice } from './common.ts';

const NOTICES: Record<string, string> = {
  cancelled: 'Reservation cancelled: its rooms are free again.',
  arrived: 'Reservation marked arrived.',
  'callback-done': 'Marked called back.',
};

const notice = (value: string | undefined) => (value && NOTICES[value] ? { text: NOTICES[value] } : null);

export function pageRoutes(ctx: StaffContext): Router {
  const router = Router();
  const actor = (req: Request, res: Response): Actor => ({ user: authOf(res).user, via: 'web', ip: clientIp(req) });

  router.get('/', async (req, res) => {
    const q = parse(periodQuery, req.query, 'query');
    const period = periodOf(ctx, q);
    const stats = await ctx.stats.period(period, ctx.clock());
    await sendPage(ctx, res, authOf(res), { title: 'Overview', section: 'overview', body: overviewPage(stats) });
  });

  router.get('/calls', async (req, res) => {
    const q = parse(callsQuery, req.query, 'query');
    const page = q.page ?? 1;
    const perPage = q.perPage ?? DEFAULT_PER_PAGE;
    const { total, calls } = await ctx.calls.list(callFilterOf(ctx, q), page, perPage);
    const raw = req.query as Record<string, unknown>;
    const text = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
    const filters = { from: q.from ?? '', to: q.to ?? '', outcome: text('outcome'), caller: text('caller'), lang: q.lang ?? '', channel: q.channel ?? '' };
    await sendPage(ctx, res, authOf(res), {
      title: 'Calls',
      section: 'calls',
      body: callsPage({ filters, page, perPage, total, calls }, ctx.hotelClock),
    });
  });

  router.get('/calls/:callSid', async (req, res) => {
    const callSid = parse(callSidParam, req.params.callSid, 'callSid');
    const call = await ctx.calls.get(callSid);
    if (!call) {
      await sendPage(ctx, res, authOf(res), { title: 'Call not found', section: 'calls', body: errorBody(`No call ${callSid}.`, { href: '/staff/calls', label: 'All calls' }) }, 404);
      return;
    }
    await sendPage(ctx, res, authOf(res), { title: `${call.channel === 'sms' ? 'Text conversation with' : 'Call from'} ${call.from || 'a withheld number'}`, section: 'calls', body: callPage(call, ctx.hotelClock, ctx.money) });
  });

  router.get('/reservations', async (req, res) => {
    const q = parse(reservationsQuery, req.query, 'query');
    const now = ctx.clock();
    const today = ctx.hotelClock.today(now);
    const date = q.date ?? today;
    const reservations = q.q ? await ctx.reservations.search(q.q, now) : await ctx.reservations.arrivals(date, now);
    const back = withQuery('/staff/reservations', q.q ? { q: q.q } : { date });
    await sendPage(ctx, res, authOf(res), {
      title: 'Reservations',
      section: 'reservations',
      body: reservationsPage({ date, today, q: q.q ?? '', reservations, back }, ctx.hotelClock, ctx.money, authOf(res).session!.csrfToken),
      notice: notice(q.notice),
    });
  });

  const reservationAction =
    (act: typeof cancelReservation, done: string) =>
    async (req: Request, res: Response) => {
      const id = parse(idParam, req.params.id, 'id');
      const back = localPath(formField(req, 'back'), '/staff/reservations', '/staff/reservations');
      if (act === cancelReservation && formField(req, 'confirm') !== 'yes') {
        await sendPage(ctx, res, authOf(res), { title: 'Not cancelled', section: 'reservations', body: errorBody('Tick "sure" to cancel a reservation.', { href: back, label: 'Back to reservations' }) }, 400);
        return;
      }
      const result = await act(ctx, id, actor(req, res));
      if (!result.ok) return await sendFailure(res, result, { href: back, label: 'Back to reservations' }, 'reservations');
      res.redirect(303, withNotice(back, done) + `#reservation-${id}`);
    };
  router.post('/reservations/:id/cancel', reservationAction(cancelReservation, 'cancelled'));
  router.post('/reservations/:id/arrived', reservationAction(markArrived, 'arrived'));

  router.get('/callbacks', async (req, res) => {
    const q = parse(callbacksQuery, req.query, 'query');
    const status = q.status ?? 'open';
    await sendPage(ctx, res, authOf(res), {
      title: 'Callback queue',
      section: 'callbacks',
      body: callbacksPage(await ctx.callbacks.list(status), status, ctx.hotelClock, authOf(res).session!.csrfToken),
      notice: notice(q.notice),
    });
  });

  router.post('/callbacks/:id/done', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const { note } = parse(callbackDoneBody, { note: formField(req, 'note') });
    const result = await completeCallback(ctx, id, note, actor(req, res));
    if (!result.ok) return await sendFailure(res, result, { href: '/staff/callbacks', label: 'Back to the queue' }, 'callbacks');
    res.redirect(303, '/staff/callbacks?notice=callback-done');
  });

  router.get('/outbox', async (req, res) => {
    const q = parse(outboxQuery, req.query, 'query');
    const page = q.page ?? 1;
    const perPage = q.perPage ?? DEFAULT_PER_PAGE;
    const { total, messages } = await ctx.texts.list(outboxFilterOf(q), page, perPage);
    const reservation = q.reservation ? { id: q.reservation, confirmation: (await ctx.reservations.get(q.reservation, ctx.clock()))?.confirmation ?? null } : null;
    await sendPage(ctx, res, authOf(res), {
      title: 'Texts to guests',
      section: 'outbox',
      body: outboxPage({ status: q.status ?? '', reservation, page, perPage, total, counts: await ctx.texts.counts(), messages, texting: ctx.texting }, ctx.hotelClock),
    });
  });

  router.get('/availability', async (req, res) => {
    const q = parse(availabilityQuery, req.query, 'query');
    const data = await availabilityOf(ctx, q.from, q.days);
    await sendPage(ctx, res, authOf(res), {
      title: 'Availability',
      section: 'availability',
      body: availabilityPage(
        {
          from: data.from,
          days: data.days,
          types: data.roomTypes.map((t) => ({ code: t.code, name: t.name })),
          nights: data.roomTypes[0]
            ? data.roomTypes[0].nights.map((n, i) => ({ night: n.night, free: data.roomTypes.map((t) => t.nights[i]!) }))
            : [],
        },
        ctx.hotelClock,
      ),
    });
  });

  router.get('/flow', async (req, res) => {
    const q = parse(periodQuery, req.query, 'query');
    const period = periodOf(ctx, q);
    const flow = await ctx.flow.period(period);
    await sendPage(ctx, res, authOf(res), {
      title: 'Call flow',
      section: 'flow',
      body: flowPage({ from: period.from, to: period.to, calls: flow.calls, states: flow.states, mermaid: toMermaid(ctx.flowGraph, flow.counts) }),
    });
  });

  const adminOnly = async (req: Request, res: Response): Promise<boolean> => {
    if (hasRole(authOf(res), 'admin')) return true;
    await sendPage(ctx, res, authOf(res), { title: 'Not allowed', section: null, body: errorBody('This page is for administrators.') }, 403);
    return false;
  };

  router.get('/admin', async (req, res) => {
    if (!(await adminOnly(req, res))) return;
    await sendPage(ctx, res, authOf(res), {
      title: 'Accounts',
      section: 'admin',
      body: adminPage({ accounts: await ctx.accounts.list(), audit: await ctx.audit.recent(200), newToken: null }, ctx.hotelClock, authOf(res).session!.csrfToken),
    });
  });

  router.post('/admin/tokens', async (req, res) => {
    if (!(await adminOnly(req, res))) return;
    const body = parse(tokenBody, { username: formField(req, 'username'), label: formField(req, 'label') });
    let newToken: { username: string; token: string };
    try {
      const created = await createToken(ctx, body.username, body.label ?? null, actor(req, res));
      newToken = { username: created.user.username, token: created.token };
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      await sendPage(ctx, res, authOf(res), { title: 'Accounts', section: 'admin', body: errorBody(err.message, { href: '/staff/admin', label: 'Back' }) }, 400);
      return;
    }
    // Shown once, in this answer only (never cached: see the router's Cache-Control).
    await sendPage(ctx, res, authOf(res), {
      title: 'Accounts',
      section: 'admin',
      body: adminPage({ accounts: await ctx.accounts.list(), audit: await ctx.audit.recent(200), newToken }, ctx.hotelClock, authOf(res).session!.csrfToken),
    });
  });

  function sendFailure(res: Response, result: Extract<ActionResult<unknown>, { ok: false }>, back: { href: string; label: string }, section: 'reservations' | 'callbacks'): Promise<void> {
    return sendPage(ctx, res, authOf(res), { title: result.status === 404 ? 'Not found' : 'Not done', section, body: errorBody(result.message, back) }, result.status);
  }

  return router;
}
