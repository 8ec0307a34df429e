// The staff web pages (server-rendered HTML) and their form actions. Every route here runs after
// requireSession (router.ts); every POST also after the CSRF check.

import { Router } from 'express';
import type { Request, Response } from 'express';
import { accountReach } from '../account-reach.ts';
import { AccountError } from '../accounts.ts';
import { callbackTried, cancelReservation, completeCallback, createToken, extendHold, markArrived, revokeToken, undoReservation } from '../actions.ts';
import type { Actor, ActionResult } from '../actions.ts';
import { actorOf, authOf, hasRole, stillAuthorised } from '../auth.ts';
import type { StaffContext } from '../context.ts';
import { toMermaid } from '../flow-diagram.ts';
import { flowLayout, flowPicture } from '../flow-picture.ts';
import { adminPage } from '../html/admin-page.ts';
import { availabilityPage } from '../html/availability-page.ts';
import { callPage } from '../html/call-page.ts';
import { callbacksPage } from '../html/callbacks-page.ts';
import { callsPage } from '../html/calls-page.ts';
import type { CallbackRowProperty } from '../html/callbacks-page.ts';
import { errorBody } from '../html/error-page.ts';
import { flowPage } from '../html/flow-page.ts';
import { fixWords } from '../html/fix-words.ts';
import { html } from '../html/html.ts';
import { presetLinks } from '../html/presets.ts';
import { guestPage } from '../html/guest-page.ts';
import { withQuery } from '../html/format.ts';
import { outboxPage } from '../html/outbox-page.ts';
import { overviewPage, periodForm } from '../html/overview-page.ts';
import type { TextingPausedShown } from '../html/overview-page.ts';
import type { TextingPaused } from '../queries/texting-paused.ts';
import { morningPage } from '../html/morning-page.ts';
import { morningOf } from '../morning.ts';
import { dayDate, roomTypeWords } from '../words.ts';
import type { Period } from '../hotel-clock.ts';
import { reservationsPage } from '../html/reservations-page.ts';
import { reservationPage } from '../html/reservation-page.ts';
import {
  availabilityQuery,
  callSidParam,
  callbackDoneBody,
  callbacksQuery,
  callsQuery,
  guestQuery,
  holdBody,
  idParam,
  outboxQuery,
  parse,
  overviewQuery,
  periodQuery,
  reservationsQuery,
  tokenBody,
} from '../params.ts';
import { availabilityOf, callFilterOf, DEFAULT_PER_PAGE, listOnOwnToday, outboxFilterOf } from './views.ts';
import type { AvailabilityView } from './views.ts';
import { RESERVATION_LISTS, arrivalsToday } from '../queries/reservations.ts';
import { sumOfProperties } from '../queries/stats.ts';
import { sumOfFlows } from '../queries/flow-stats.ts';
import type { ReservationList, ReservationView } from '../queries/reservations.ts';
import type { Undoable } from '../queries/undo.ts';
import { bookedValue } from '../queries/booked-value.ts';
import type { BookedShown } from '../html/overview-page.ts';
import type { CallSummary } from '../queries/calls.ts';

const parseReservationsQuery = (query: unknown) => parse(reservationsQuery, query, 'query');
const parseAvailabilityQuery = (query: unknown) => parse(availabilityQuery, query, 'query');
import { BadParameter, callbackCounts, eachOwnPeriod, formField, localPath, ownDaysWords, periodOf, sendPage, typedQuery, withNotice } from './common.ts';
import type { PropertyChoice } from '../property-choice.ts';
import { runInScope, scopeNow } from '../property-scope.ts';
import { streamWhileAllowed } from '../../http/stream-while-allowed.ts';
import { arrivalsByProperty, needsPersonToday, withDeskNow } from './today.ts';
import { newReservationPages } from './new-reservation.ts';
import { changeReservationPages } from './change-reservation.ts';
import { handoverPages, handoverShown } from './handover.ts';
import { deskOrderOf } from '../callback-order.ts';
import { deskWords } from '../desk-language.ts';
import { clocksDiffer, zoneAside, zoneSaid } from '../zone-words.ts';


/** What was booked in `period` at the property in scope, its value in that property's currency. */
async function bookedShown(ctx: StaffContext, period: Period): Promise<BookedShown> {
  const b = await bookedValue(ctx.db, period, ctx.hotel.info.currency);
  return { reservations: b.reservations, roomNights: b.roomNights, value: ctx.money.format(b.value) };
}

/** A notice named in the address (?notice=booked), in the page's language; an unknown one says nothing. */
const notice = (value: string | undefined) => {
  const notices = deskWords().notices;
  return value && Object.hasOwn(notices, value) ? { text: notices[value]! } : null;
};

export function pageRoutes(ctx: StaffContext): Router {
  const router = Router();
  const actor = (req: Request, res: Response): Actor => actorOf(req, res, 'web');

  /**
   * The period a page asks for; when it cannot be read, the page's period form again as typed, with
   * what to fix beside it and the presets as a way out (a 400, never a dead end) — then null.
   */
  const periodOrForm = async (req: Request, res: Response, path: string, title: string, section: 'overview' | 'flow', eachOwn = false): Promise<Period | null> => {
    try {
      return periodOf(ctx, parse(section === 'overview' ? overviewQuery : periodQuery, req.query, 'query'));
    } catch (err) {
      if (!(err instanceof BadParameter)) throw err;
      const today = ctx.hotelClock.today(ctx.clock());
      await sendPage(
        ctx,
        res,
        authOf(res),
        {
          title,
          section,
          body: html`${presetLinks(path, today, { from: '', to: '' }, {}, eachOwn)}${periodForm(path, typedQuery(req, 'from'), typedQuery(req, 'to'), '', { field: err.parameter, message: fixWords(err) })}`,
        },
        400,
      );
      return null;
    }
  };

  /** Texting's pauses in words: each property's time in its own clock ("today 17:40"), its name when several are in view. */
  const textingPausedShown = (p: TextingPaused, several: boolean, now: Date): TextingPausedShown => ({
    conversations: p.conversations.map((c) => {
      const { hotel, hotelClock } = ctx.propertyView(c.hotelId);
      return { where: several ? hotel.info.name : null, limit: c.limit, until: hotelClock.nearDateTime(c.until, hotelClock.today(now)) };
    }),
    keywords: p.keywords && { limit: p.keywords.limit, until: ctx.hotelClock.nearDateTime(p.keywords.until, ctx.hotelClock.today(now)) },
  });

  router.get('/', async (req, res) => {
    const now = ctx.clock();
    const choice = res.locals.properties as PropertyChoice | undefined;
    // A group user looking at all their properties: each one's figures over its own days, side by
    // side and summed (the first property's days cut another's evening off, or took in its night).
    const group = choice && !choice.chosen && choice.allowed.length > 1 ? choice.allowed : null;
    const period = await periodOrForm(req, res, '/staff', deskWords().overview.title, 'overview', group !== null);
    if (!period) return;
    const q = parse(overviewQuery, req.query, 'query');
    const today = ctx.hotelClock.today(now);
    const inView = choice?.scope.ids ?? [];
    const [live, counts, [arrivingToday, leavingToday], needsPerson, arrivingEach, byProperty, withDesk, paused, handover] = await Promise.all([
      ctx.live.now(now),
      callbackCounts(ctx),
      Promise.all([ctx.reservations.arrivals(today, now), ctx.reservations.departures(today, now)]),
      needsPersonToday(ctx, now),
      // Several properties in view: each one's arrivals on its own today.
      inView.length > 1 ? arrivalsByProperty(ctx, inView, now) : Promise.resolve(null),
      group
        ? eachOwnPeriod(ctx, group.map((h) => h.id), q, async (own) => ({ stats: await ctx.stats.period(own, now), booked: await bookedShown(ctx, own) })).then((parts) =>
            parts.map((p) => ({ name: p.name, code: p.code, timezone: p.timezone, from: p.from, to: p.to, stats: p.value.stats, booked: p.value.booked })),
          )
        : Promise.resolve(null),
      withDeskNow(ctx, now),
      ctx.textingPaused.now(inView, now),
      handoverShown(ctx, now),
    ]);
    const stats = byProperty ? sumOfProperties(byProperty.map((p) => p.stats)) : await ctx.stats.period(period, now);
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().overview.title,
      section: 'overview',
      notice: notice(q.notice),
      body: overviewPage({
        stats,
        byProperty,
        booked: byProperty ? null : await bookedShown(ctx, period),
        // The same figures as a spreadsheet: the period as asked (a group: each property's own days), the property chosen.
        bookedCsv: withQuery('/api/stats/booked.csv', {
          ...(group ? { from: q.from, to: q.to, preset: q.preset } : { from: period.from, to: period.to }),
          hotel: choice?.chosen?.code ?? null,
        }),
        csrf: authOf(res).session?.csrfToken ?? '',
        live: { ...live, callbacksWaiting: counts.openCallbacks, callbacksOverdue: counts.overdueCallbacks, at: updatedAt(now) },
        today,
        arrivals: arrivalsToday(arrivingToday, (iso) => ctx.hotelClock.hourMinute(iso), leavingToday),
        arrivalsByProperty: arrivingEach,
        needsPerson,
        withDesk,
        handover,
        textingPaused: textingPausedShown(paused, inView.length > 1, now),
        periodAsked: req.query.from !== undefined || req.query.to !== undefined || req.query.preset !== undefined,
        // No dates asked: each property's last 7 days, on its own today.
        preset: !q.from && !q.to ? (q.preset ?? 'last-7-days') : null,
      }),
      live: true,
    });
  });

  // The manager's morning: since yesterday began, per property and for all in view (morning.ts).
  router.get('/morning', async (_req, res) => {
    const morning = await morningOf(ctx, (res.locals.properties as PropertyChoice).scope.ids, ctx.clock());
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().pages.morning.title,
      section: 'overview',
      body: morningPage({ morning, csrf: authOf(res).session?.csrfToken ?? '' }),
    });
  });

  // What the live pages poll (src/staff/assets/live.ts): what is happening now, as JSON.
  router.get('/live', async (_req, res) => {
    const now = ctx.clock();
    const today = ctx.hotelClock.today(now);
    const [live, counts, queue, needs, withDesk] = await Promise.all([
      ctx.live.now(now),
      callbackCounts(ctx),
      ctx.callbacks.queueSignature(),
      needsPersonToday(ctx, now),
      ctx.withDesk.now(now),
    ]);
    res.json({
      ...live,
      callbacksWaiting: counts.openCallbacks,
      callbacksOverdue: counts.overdueCallbacks,
      // The worklist is fetched again when this changes: a request added, tried or closed, one
      // passing its due time, and each minute (so "waiting 12 min" keeps true).
      queue: `${queue}:${counts.overdueCallbacks}:${Math.floor(now.getTime() / 60_000)}`,
      at: updatedAt(now),
      // The overview's calls that need a person are fetched again when this changes: a call added
      // or settled, or the hotel's day turning.
      needsPerson: `${today}:${needs.count}:${needs.calls.map((c) => c.callSid).join(',')}`,
      // The overview's calls ringing the desk are fetched again when one starts or stops ringing.
      withDeskCalls: withDesk.map((c) => c.callSid).join(','),
    });
  });

  router.get('/calls', async (req, res) => {
    const raw = req.query as Record<string, unknown>;
    const text = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string).slice(0, 200) : '');
    const filters = { from: text('from'), to: text('to'), preset: text('preset'), outcome: text('outcome'), caller: text('caller'), guest: text('guest'), lang: text('lang'), channel: text('channel') };
    const today = ctx.hotelClock.today(ctx.clock());
    let listed: { total: number; calls: CallSummary[] };
    let page = 1;
    let perPage = DEFAULT_PER_PAGE;
    try {
      const q = parse(callsQuery, req.query, 'query');
      page = q.page ?? 1;
      perPage = q.perPage ?? DEFAULT_PER_PAGE;
      listed = await ctx.calls.list(await callFilterOf(ctx, q), page, perPage);
    } catch (err) {
      if (!(err instanceof BadParameter)) throw err;
      // The form again, as typed, with what to fix beside it.
      await sendPage(
        ctx,
        res,
        authOf(res),
        { title: deskWords().calls.title, section: 'calls', body: callsPage({ filters, page: 1, perPage, total: 0, calls: [], today, error: { field: err.parameter, message: fixWords(err) } }, ctx.hotelClock, ctx.phoneLinks) },
        400,
      );
      return;
    }
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().calls.title,
      section: 'calls',
      body: callsPage(
        { filters, page, perPage, total: listed.total, calls: listed.calls, today, hotel: (res.locals.properties as PropertyChoice).chosen?.code ?? null, properties: callRowProperties(res) },
        ctx.hotelClock,
        ctx.phoneLinks,
      ),
    });
  });

  /** With several properties in view, each row (a call, a callback request) in its own property's clock and day, saying which. */
  const callRowProperties = (res: Response): { rowOf(hotelId: number | null): CallbackRowProperty; zones: string; todays: string } | null => {
    const inView = (res.locals.properties as PropertyChoice).scope.ids;
    if (inView.length < 2) return null;
    const now = ctx.clock();
    const rowOf = (hotelId: number | null): CallbackRowProperty => {
      const { hotel, hotelClock, callbackDue, money } = ctx.propertyView(hotelId);
      return { code: hotel.code ?? hotel.info.name, clock: hotelClock, today: hotelClock.today(now), hotel: hotel.info, money, dueAt: (createdAt) => callbackDue.dueAt(createdAt) };
    };
    const zones = inView.map((id) => {
      const { hotel, hotelClock } = ctx.propertyView(id);
      return `${hotel.code ?? hotel.info.name}: ${zoneSaid(hotelClock.timezone)}`;
    });
    // Each property's date now, for "Today" said as each one's own.
    const todays = inView.map((id) => {
      const { hotel, hotelClock } = ctx.propertyView(id);
      return `${hotel.code ?? hotel.info.name} ${dayDate(hotelClock.today(now))}`;
    });
    return { rowOf, zones: zones.join('; '), todays: todays.join(', ') };
  };

  /** A reservation with its room type named in the page's language (the query names it in English, as the API does). */
  const typeNamed = (r: ReservationView): ReservationView => ({ ...r, roomTypeName: roomTypeWords(ctx.propertyView(r.hotelId).hotel.info, r.roomTypeCode) });

  // A guest by number: their calls and reservations (every guest number on a page links here).
  router.get('/guest', async (req, res) => {
    const { phone } = parse(guestQuery, req.query, 'query');
    const digits = ctx.phones.searchDigits(phone);
    const now = ctx.clock();
    const [listed, reservations] = await Promise.all([
      ctx.calls.list({ callerDigits: digits }, 1, 50),
      digits.length >= 4 ? ctx.reservations.search(phone, now).then((found) => found.map(typeNamed)) : Promise.resolve([]),
    ]);
    const name = reservations.find((r) => r.guestName)?.guestName ?? listed.calls.find((c) => c.guestName)?.guestName ?? null;
    await sendPage(ctx, res, authOf(res), {
      title: name ? `${name}, ${ctx.phoneLinks.text(phone)}` : ctx.phoneLinks.text(phone),
      section: 'calls',
      body: guestPage(
        { phone, calls: listed.calls, total: listed.total, reservations: reservations.filter((r) => r.callbackNumber.replace(/\D/g, '').includes(digits)) },
        (hotelId) => {
          const clock = ctx.propertyView(hotelId).hotelClock;
          return { clock, today: clock.today(now) };
        },
        ctx.phoneLinks,
      ),
    });
  });

  router.get('/calls/:callSid', async (req, res) => {
    const callSid = parse(callSidParam, req.params.callSid, 'callSid');
    const call = await ctx.calls.get(callSid, ctx.clock());
    if (!call) {
      const e = deskWords().errors;
      await sendPage(ctx, res, authOf(res), { title: e.callNotFound, section: 'calls', body: errorBody(e.noCall(callSid), { href: '/staff/calls', label: e.allCalls }) }, 404);
      return;
    }
    const who = call.guestName ?? (call.from ? ctx.phoneLinks.text(call.from) : call.from === '' ? deskWords().call.erasedCaller : deskWords().call.withheldCaller);
    // The call's own property: its clock, money and room names (with all properties in view, the
    // first property's clock told a Mexico City call's times in New York's).
    const { hotel, hotelClock, money } = ctx.propertyView(call.hotelId);
    await sendPage(ctx, res, authOf(res), {
      title: call.channel === 'sms' ? deskWords().call.textWith(who) : deskWords().call.callFrom(who),
      section: 'calls',
      body: callPage({ call, who, hotel: hotel.info, playable: ctx.recordings.playable, today: hotelClock.today(ctx.clock()), several: ((res.locals.properties as PropertyChoice).scope.ids.length > 1) }, hotelClock, money, ctx.phoneLinks),
    });
  });

  router.get('/reservations', async (req, res) => {
    const now = ctx.clock();
    const today = ctx.hotelClock.today(now);
    let q: ReturnType<typeof parseReservationsQuery>;
    try {
      q = parseReservationsQuery(req.query);
    } catch (err) {
      if (!(err instanceof BadParameter)) throw err;
      // The form again, as typed, with what to fix beside it.
      const list = (RESERVATION_LISTS as readonly string[]).includes(typedQuery(req, 'list')) ? (typedQuery(req, 'list') as ReservationList) : 'arrivals';
      await sendPage(
        ctx,
        res,
        authOf(res),
        {
          title: deskWords().reservations.title,
          section: 'reservations',
          body: reservationsPage(
            { list, date: typedQuery(req, 'date'), today, q: typedQuery(req, 'q'), reservations: [], undoable: new Map(), playable: false, back: '/staff/reservations', error: { field: err.parameter, message: fixWords(err) } },
            ctx.hotelClock,
            ctx.money,
            authOf(res).session!.csrfToken,
            ctx.phoneLinks,
          ),
        },
        400,
      );
      return;
    }
    const date = q.date ?? today;
    const list = q.list ?? 'arrivals';
    const inView = (res.locals.properties as PropertyChoice).scope.ids;
    // No date asked, several properties in view: each one's list on its own today.
    const own = !q.q && !q.date && inView.length > 1 ? await listOnOwnToday(ctx, inView, list, now) : null;
    const reservations = (q.q ? await ctx.reservations.search(q.q, now) : own ? own.reservations : await ctx.reservations.list(list, date, now, ctx.hotelClock.period(date, date))).map(typeNamed);
    const back = withQuery('/staff/reservations', q.q ? { q: q.q } : { list, date: q.date && (inView.length > 1 || date !== today) ? date : null });
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().reservations.title,
      section: 'reservations',
      body: reservationsPage(
        {
          list,
          date: own ? '' : date,
          today,
          q: q.q ?? '',
          reservations,
          undoable: await ctx.undo.undoable(reservations.map((r) => r.id), now),
          playable: ctx.recordings.playable,
          back,
          now,
          eachToday: own ? own.todays.map((t) => `${t.code} ${dayDate(t.date)}`).join(', ') : null,
          rowOf: callRowProperties(res)?.rowOf ?? null,
          printed: {
            hotel: inView.length > 1 ? deskWords().layout.allProperties : ctx.hotel.info.name,
            // In each property's own clock, its zone said.
            at: inView
              .map((id) => {
                const { hotel, hotelClock } = ctx.propertyView(id);
                return `${inView.length > 1 ? `${hotel.code ?? hotel.info.name} ` : ''}${dayDate(hotelClock.today(now))} ${hotelClock.hourMinute(now.toISOString())}${zoneAside(hotelClock.timezone, clocksDiffer(inView.map((i) => ctx.propertyView(i).hotelClock.timezone)))}`;
              })
              .join(', '),
          },
        },
        ctx.hotelClock,
        ctx.money,
        authOf(res).session!.csrfToken,
        ctx.phoneLinks,
      ),
      notice: notice(q.notice),
    });
  });

  router.use(newReservationPages(ctx));
  router.use(changeReservationPages(ctx));
  router.use(handoverPages(ctx));

  // One reservation's whole story (reservation-page.ts), in its own property's clock.
  router.get('/reservations/:id', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const now = ctx.clock();
    const found = await ctx.reservations.get(id, now);
    if (!found) {
      const e = deskWords().errors;
      await sendPage(ctx, res, authOf(res), { title: e.reservationNotFound, section: 'reservations', body: errorBody(e.noReservation, { href: '/staff/reservations', label: deskWords().layout.nav.reservations! }) }, 404);
      return;
    }
    const r = typeNamed(found);
    const { hotel, hotelClock, money } = ctx.propertyView(r.hotelId);
    const [madeIn, staff, cancelledIn, changedIn, texts, undoable] = await Promise.all([
      r.callSid ? ctx.story.call(r.callSid) : Promise.resolve(null),
      ctx.story.staffSteps(r.id),
      r.status === 'cancelled' ? ctx.story.cancelledIn(r) : Promise.resolve([]),
      ctx.story.changedIn(r),
      ctx.texts.list({ reservationId: r.id }, 1, 50),
      ctx.undo.undoable([r.id], now),
    ]);
    const inView = (res.locals.properties as PropertyChoice).scope.ids;
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().reservation.title(r.confirmation),
      section: 'reservations',
      body: reservationPage(
        {
          r,
          property: { code: hotel.code, name: hotel.info.name, shown: inView.length > 1 },
          clock: hotelClock,
          today: hotelClock.today(now),
          money,
          madeIn,
          staff,
          cancelledIn,
          changedIn,
          texts: texts.messages,
          undo: undoable.get(r.id),
          playable: ctx.recordings.playable,
          csrf: authOf(res).session!.csrfToken,
        },
        ctx.phoneLinks,
      ),
      notice: notice(typeof req.query.notice === 'string' ? req.query.notice : undefined),
    });
  });

  const reservationAction =
    (act: typeof cancelReservation, done: string) =>
    async (req: Request, res: Response) => {
      const id = parse(idParam, req.params.id, 'id');
      const back = localPath(formField(req, 'back'), '/staff/reservations', '/staff/reservations');
      const refused = deskWords().reservation.refused;
      const toList = { href: back, label: refused.backTo };
      if (act === cancelReservation && formField(req, 'confirm') !== 'yes') {
        await sendPage(ctx, res, authOf(res), { title: refused.notCancelled, section: 'reservations', body: errorBody(refused.tickSure, toList) }, 400);
        return;
      }
      if (act === markArrived && formField(req, 'released') !== 'yes') {
        const r = await ctx.reservations.get(id, ctx.clock());
        if (r?.status === 'released') {
          await sendPage(ctx, res, authOf(res), { title: refused.notArrived, section: 'reservations', body: errorBody(refused.releasedFirst(r.confirmation), toList) }, 400);
          return;
        }
      }
      const result = await act(ctx, id, actor(req, res));
      if (!result.ok) return await sendFailure(res, result, toList, 'reservations');
      res.redirect(303, withNotice(back, done) + `#reservation-${id}`);
    };
  router.post('/reservations/:id/cancel', reservationAction(cancelReservation, 'cancelled'));
  router.post('/reservations/:id/arrived', reservationAction(markArrived, 'arrived'));
  // A late guest's rooms kept until a time the clerk types (the next such time in the property's clock).
  router.post('/reservations/:id/hold', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const back = localPath(formField(req, 'back'), '/staff/reservations', '/staff/reservations');
    const refused = deskWords().reservation.refused;
    const toList = { href: back, label: refused.backTo };
    // Another property's reservation (or none) is not found, whatever the form: never a 400 that says it exists.
    if (!(await ctx.reservations.get(id, ctx.clock()))) {
      return await sendFailure(res, { ok: false, status: 404, error: 'not_found', message: 'no such reservation', said: (w) => w.reservation.refused.notFound }, toList, 'reservations');
    }
    let until: string;
    try {
      until = parse(holdBody, { until: formField(req, 'until') }).until;
    } catch (err) {
      if (!(err instanceof BadParameter)) throw err;
      // The one thing the form's field can be refused for: not a time of day (holdBody).
      await sendPage(ctx, res, authOf(res), { title: refused.holdNotChanged, section: 'reservations', body: errorBody(refused.notKept(refused.notATime), toList) }, 400);
      return;
    }
    const result = await extendHold(ctx, id, until, actor(req, res));
    if (!result.ok) return await sendFailure(res, result, toList, 'reservations');
    res.redirect(303, withNotice(back, 'held') + `#reservation-${id}`);
  });
  router.post('/reservations/:id/undo', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const back = localPath(formField(req, 'back'), '/staff/reservations', '/staff/reservations');
    const result = await undoReservation(ctx, id, actor(req, res));
    if (!result.ok) return await sendFailure(res, result, { href: back, label: deskWords().reservation.refused.backTo }, 'reservations');
    res.redirect(303, withNotice(back, undoneNotice(result.value)) + `#reservation-${id}`);
  });

  const showCallbacks = async (
    res: Response,
    status: 'open' | 'done' | 'all',
    notice: { text: string } | null,
    error: { id: number; message: string; note: string } | null = null,
    paging: { page?: number | undefined; perPage?: number | undefined } = {},
  ) => {
    const now = ctx.clock();
    const live = await ctx.live.now(now);
    const page = paging.page ?? 1;
    const perPage = paging.perPage ?? DEFAULT_PER_PAGE;
    const found = await ctx.callbacks.list(status, page, perPage);
    const listed = { ...found, items: deskOrderOf(ctx, found.items) };
    // The reservations callers already have, for the requests still waiting (a few rows, by id).
    const reservations = new Map<number, ReservationView>();
    for (const id of new Set(listed.items.flatMap((c) => (c.status === 'open' && c.reservationId !== null ? [c.reservationId] : [])))) {
      const r = await ctx.reservations.get(id, now);
      if (r) reservations.set(id, r);
    }
    const bookedFrom = await ctx.callbacks.bookedFrom([...reservations.keys()]);
    await sendPage(
      ctx,
      res,
      authOf(res),
      {
        title: deskWords().callbacks.title,
        section: 'callbacks',
        body: callbacksPage(
          {
            items: listed.items,
            status,
            page,
            perPage,
            calledBack: listed.calledBack,
            now,
            live,
            promiseMinutes: ctx.callbackDue.promiseMinutes,
            promises: (res.locals.properties as PropertyChoice).scope.ids.map((id) => {
              const { hotel, callbackDue } = ctx.propertyView(id);
              return { code: hotel.code ?? hotel.info.name, minutes: callbackDue.promiseMinutes };
            }),
            dueAt: (createdAt) => ctx.callbackDue.dueAt(createdAt),
            rowOf: callRowProperties(res)?.rowOf ?? null,
            playable: ctx.recordings.playable,
            csrf: authOf(res).session!.csrfToken,
            error,
            reservations,
            bookedFrom,
          },
          ctx.hotelClock,
          ctx.hotel.info,
          ctx.phoneLinks,
        ),
        notice: error ? { text: deskWords().callbacks.noteNeeded, error: true } : notice,
        live: true,
      },
      error ? 400 : 200,
    );
  };

  router.get('/callbacks', async (req, res) => {
    const q = parse(callbacksQuery, req.query, 'query');
    await showCallbacks(res, q.status ?? 'open', notice(q.notice), null, { page: q.page, perPage: q.perPage });
  });

  router.post('/callbacks/:id/tried', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const result = await callbackTried(ctx, id, actor(req, res));
    if (!result.ok) return await sendFailure(res, result, { href: '/staff/callbacks', label: 'Back to the callbacks' }, 'callbacks');
    // From the overview's calls that need a person: back there, on the same call.
    const call = overviewCall(req);
    res.redirect(303, call ? `/staff?notice=callback-tried#needs-person-${call}` : `/staff/callbacks?notice=callback-tried#callback-${result.value.id}`);
  });

  router.post('/callbacks/:id/done', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const typed = formField(req, 'note');
    let note: string;
    try {
      note = parse(callbackDoneBody, { note: typed }).note;
    } catch (err) {
      if (!(err instanceof BadParameter)) throw err;
      // The worklist again, with this row's note as typed and what to fix beside it.
      await showCallbacks(res, 'open', null, { id, message: fixWords(err), note: typeof typed === 'string' ? typed.slice(0, 1000) : '' });
      return;
    }
    // The request that takes its place in the list (the next, else the one before): the page comes
    // back focused on it, for the keyboard to go on from there rather than from the page's start.
    const waiting = deskOrderOf(ctx, await ctx.callbacks.waiting()).map((c) => c.id);
    const at = waiting.indexOf(id);
    const next = at < 0 ? undefined : (waiting[at + 1] ?? waiting[at - 1]);
    const result = await completeCallback(ctx, id, note, actor(req, res));
    if (!result.ok) return await sendFailure(res, result, { href: '/staff/callbacks', label: 'Back to the callbacks' }, 'callbacks');
    // From the overview: back there, on its list (the call has left it).
    if (overviewCall(req)) return res.redirect(303, '/staff?notice=callback-done#needs-person');
    res.redirect(303, `/staff/callbacks?notice=callback-done${next !== undefined ? `#callback-${next}` : '#main'}`);
  });

  /**
   * When the live figures were read: "09:32" in the one clock of the properties in view (every time on
   * the page is that clock: naming its city reads as if it were another's), "09:32 New York time (MIR)
   * · 08:32 Mexico City time (SIE)" when their clocks differ (the first property's time alone named no
   * clock, and was another property's wrong hour).
   */
  const updatedAt = (now: Date): string => {
    const ids = scopeNow()?.ids ?? [];
    const views = ids.length > 1 ? ids.map((id) => ctx.propertyView(id)) : [ctx.propertyView(ids[0] ?? null)];
    const zones = new Set(views.map((v) => v.hotelClock.timezone));
    if (zones.size === 1) return views[0]!.hotelClock.hourMinute(now.toISOString());
    return views.map((v) => `${v.hotelClock.hourMinute(now.toISOString())} ${zoneSaid(v.hotelClock.timezone)} (${v.hotel.code ?? v.hotel.info.name})`).join(' · ');
  };

  /** The call a callback action was sent for from the overview (`back=/staff`, `call=CA…`), else null. */
  const overviewCall = (req: Request): string | null => {
    const call = formField(req, 'call');
    return formField(req, 'back') === '/staff' && typeof call === 'string' && /^CA[0-9a-fA-F]{32}$/.test(call) ? call : null;
  };

  // The voicemail, fetched from Twilio for the page's audio player (src/staff/recordings.ts).
  router.get('/callbacks/:id/recording', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    // Each ask's own voicemail: a request that gathered several asks keeps each one's (callbacks.ts).
    await sendRecording(res, await ctx.callbacks.recordingOf(id), { href: '/staff/callbacks', label: 'Back to the callbacks' });
  });

  router.get('/reservations/:id/name-recording', async (req, res) => {
    const id = parse(idParam, req.params.id, 'id');
    const reservation = await ctx.reservations.get(id, ctx.clock());
    await sendRecording(res, reservation?.nameRecordingUrl ?? null, { href: '/staff/reservations', label: deskWords().reservation.refused.backTo });
  });

  async function sendRecording(res: Response, url: string | null, back: { href: string; label: string }): Promise<void> {
    const result = url ? await ctx.recordings.fetch(url) : ({ ok: false, status: 404, message: 'There is no recording here.' } as const);
    if (!result.ok) {
      await sendPage(ctx, res, authOf(res), { title: 'Recording unavailable', section: null, body: errorBody(result.message, back) }, result.status);
      return;
    }
    res.status(200).type(result.type);
    if (result.length) res.setHeader('Content-Length', result.length);
    // Private audio: never kept by a browser or proxy cache (the router already says no-store).
    // Its access is asked about again as it streams: cut off when the session or token ends.
    const auth = authOf(res);
    const inView = scopeNow()?.ids;
    await streamWhileAllowed(result.body, res, { stillAllowed: () => stillAuthorised(ctx, auth, inView, ctx.clock()) });
  }

  /** The properties this account may see that answer without a number of their own to text from. */
  const withoutOwnNumber = (res: Response): string[] => {
    const allowed = new Set((res.locals.properties as PropertyChoice).allowed.map((h) => h.id));
    return ctx.hotels.answering.filter((h) => allowed.has(h.id) && !(h.file.phoneNumbers?.length ?? 0)).map((h) => h.info.name);
  };

  router.get('/outbox', async (req, res) => {
    const q = parse(outboxQuery, req.query, 'query');
    const page = q.page ?? 1;
    const perPage = q.perPage ?? DEFAULT_PER_PAGE;
    const { total, messages } = await ctx.texts.list(outboxFilterOf(q), page, perPage);
    const reservation = q.reservation ? { id: q.reservation, confirmation: (await ctx.reservations.get(q.reservation, ctx.clock()))?.confirmation ?? null } : null;
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().texts.title,
      section: 'outbox',
      body: outboxPage({ status: q.status ?? '', reservation, page, perPage, total, counts: await ctx.texts.counts(), messages, texting: ctx.texting, withoutNumber: withoutOwnNumber(res), today: ctx.hotelClock.today(ctx.clock()), properties: callRowProperties(res) }, ctx.hotelClock, ctx.phoneLinks),
    });
  });

  router.get('/availability', async (req, res) => {
    let q: ReturnType<typeof parseAvailabilityQuery>;
    try {
      q = parseAvailabilityQuery(req.query);
    } catch (err) {
      if (!(err instanceof BadParameter)) throw err;
      const form = { from: typedQuery(req, 'from'), days: typedQuery(req, 'days'), error: { field: err.parameter, message: fixWords(err) } };
      await sendPage(ctx, res, authOf(res), { title: deskWords().availability.title, section: 'availability', body: availabilityPage({ ...form, types: [], nights: [] }) }, 400);
      return;
    }
    const grid = (data: AvailabilityView) => ({
      // Named in the page's language (ctx.hotel: the property in scope, as availabilityOf's).
      types: data.roomTypes.map((t) => ({ code: t.code, name: roomTypeWords(ctx.hotel.info, t.code) })),
      nights: data.roomTypes[0] ? data.roomTypes[0].nights.map((n, i) => ({ night: n.night, free: data.roomTypes.map((t) => t.nights[i]!) })) : [],
    });
    const data = await availabilityOf(ctx, q.from, q.days);
    // Rooms are a property's own: with several in view, one grid each (each from its own today).
    const inView = (res.locals.properties as PropertyChoice).scope.ids;
    const properties =
      inView.length > 1
        ? await Promise.all(
            inView.map((id) =>
              runInScope({ ids: [id] }, async () => ({
                code: ctx.hotel.code ?? String(id),
                name: ctx.hotel.info.name,
                // Its own "tonight": the properties of a group may be in different time zones.
                today: ctx.hotelClock.today(ctx.clock()),
                ...grid(await availabilityOf(ctx, q.from, q.days)),
              })),
            ),
          )
        : undefined;
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().availability.title,
      section: 'availability',
      body: availabilityPage({ from: data.from, days: data.days, today: ctx.hotelClock.today(ctx.clock()), ...grid(data), ...(properties ? { properties } : {}) }),
    });
  });

  router.get('/flow', async (req, res) => {
    const inView = (res.locals.properties as PropertyChoice | undefined)?.scope.ids ?? [];
    const period = await periodOrForm(req, res, '/staff/flow', deskWords().pages.flow.title, 'flow', inView.length > 1);
    if (!period) return;
    // Several properties in view: each one's calls over its own days (as the overview's figures).
    const q = parse(periodQuery, req.query, 'query');
    const parts = inView.length > 1 ? await eachOwnPeriod(ctx, inView, q, (own) => ctx.flow.period(own)) : null;
    const flow = parts ? sumOfFlows(parts.map((p) => p.value)) : await ctx.flow.period(period);
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().pages.flow.title,
      section: 'flow',
      body: flowPage({
        from: parts ? parts.map((p) => p.from).sort()[0]! : period.from,
        to: parts ? parts.map((p) => p.to).sort().at(-1)! : period.to,
        ...(parts ? { eachOwn: { days: ownDaysWords(parts), preset: !q.from && !q.to ? (q.preset ?? 'last-7-days') : null } } : {}),
        today: ctx.hotelClock.today(ctx.clock()),
        calls: flow.calls,
        states: flow.states,
        picture: flowPicture(ctx.flowGraph, flow.counts),
        everywhere: flowLayout(ctx.flowGraph).everywhere,
        mermaid: toMermaid(ctx.flowGraph, flow.counts),
      }),
    });
  });

  const adminOnly = async (req: Request, res: Response): Promise<boolean> => {
    if (hasRole(authOf(res), 'admin')) return true;
    await sendPage(ctx, res, authOf(res), { title: deskWords().errors.notAllowed, section: null, body: errorBody(deskWords().errors.adminsOnly) }, 403);
    return false;
  };

  router.get('/admin', async (req, res) => {
    if (!(await adminOnly(req, res))) return;
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().pages.accounts.title,
      section: 'admin',
      body: await adminBody(res, null, typeof req.query.notice === 'string' ? req.query.notice : null),
    });
  });

  router.post('/admin/tokens/:id/revoke', async (req, res) => {
    if (!(await adminOnly(req, res))) return;
    const id = parse(idParam, req.params.id, 'id');
    const result = await revokeToken(ctx, id, actor(req, res));
    if (!result.ok) return await sendFailure(res, result, { href: '/staff/admin', label: 'Back to the accounts' }, 'admin');
    res.redirect(303, '/staff/admin?notice=token-revoked#tokens');
  });

  /** The accounts page: accounts, live API tokens (each revocable), the audit log. */
  const adminBody = async (res: Response, newToken: { username: string; token: string; expiresAt: string } | null, notice: string | null) => {
    const now = ctx.clock();
    // An admin limited to some properties sees the accounts of those properties only (account-reach.ts).
    const reach = await accountReach(ctx.db, authOf(res).user.id);
    const accounts = (await ctx.accounts.list(now)).filter((a) => reach.has(a.username));
    const tokens = (await ctx.accounts.liveTokens(now)).filter((t) => reach.has(t.username));
    const audit = await ctx.audit.recent(200, 0, reach.all ? undefined : reach);
    const properties = ctx.hotels.all.length > 1 ? await ctx.accounts.hotelCodes() : null;
    return adminPage(
      { accounts, tokens, audit, newToken, notice, properties, today: ctx.hotelClock.today(now) },
      ctx.hotelClock,
      authOf(res).session!.csrfToken,
    );
  };

  router.post('/admin/tokens', async (req, res) => {
    if (!(await adminOnly(req, res))) return;
    const body = parse(tokenBody, { username: formField(req, 'username'), label: formField(req, 'label') });
    let newToken: { username: string; token: string; expiresAt: string };
    try {
      const created = await createToken(ctx, body.username, body.label ?? null, actor(req, res));
      newToken = { username: created.user.username, token: created.token, expiresAt: created.expiresAt };
    } catch (err) {
      if (!(err instanceof AccountError)) throw err;
      await sendPage(ctx, res, authOf(res), { title: deskWords().pages.accounts.title, section: 'admin', body: errorBody(err.said(deskWords().params.refusals), { href: '/staff/admin', label: deskWords().errors.back }) }, 400);
      return;
    }
    // Shown once, in this answer only (never cached: see the router's Cache-Control).
    await sendPage(ctx, res, authOf(res), {
      title: deskWords().pages.accounts.title,
      section: 'admin',
      body: await adminBody(res, newToken, null),
    });
  });

  function sendFailure(res: Response, result: Extract<ActionResult<unknown>, { ok: false }>, back: { href: string; label: string }, section: 'reservations' | 'callbacks' | 'admin'): Promise<void> {
    // The refusal in the page's words when the action says it so (actions.ts), else the API's message.
    const e = deskWords().errors;
    return sendPage(ctx, res, authOf(res), { title: result.status === 404 ? e.notFound : e.notDone, section, body: errorBody(result.said ? result.said(deskWords()) : result.message, back) }, result.status);
  }

  return router;
}

/** What the page says after Undo: what was taken back, and whether its text had already gone to the guest. */
function undoneNotice(r: { undone: Undoable; textAlreadySent: boolean; textedAgain?: boolean }): string {
  if (r.undone === 'held') return 'undone-hold';
  if (r.undone === 'changed') return r.textAlreadySent ? 'undone-change-text-sent' : r.textedAgain ? 'undone-change-untold' : 'undone-change';
  return r.textAlreadySent ? 'undone-text-sent' : 'undone';
}
