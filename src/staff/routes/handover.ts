// The shift's handover note (handover.ts): GET /api/handover (each property in view: today's note
// in its own clock, and yesterday's), POST /api/handover (today's note at one property, over the
// version read: 409 `edit_conflict` with both texts when another save came first), and the
// overview's form, POST /staff/handover (back to the overview with the note said saved; the form
// again with what was typed when it was refused).

import { Router } from 'express';
import type { Response } from 'express';
import { actorOf, authOf } from '../auth.ts';
import type { StaffContext } from '../context.ts';
import { deskWords } from '../desk-language.ts';
import { handoverOf, saveHandover } from '../handover.ts';
import type { HandoverView } from '../handover.ts';
import { fixWords } from '../html/fix-words.ts';
import { handoverAgain, handoverPanel } from '../html/handover-panel.ts';
import type { HandoverShown } from '../html/handover-panel.ts';
import { BadParameter, handoverBody, parse } from '../params.ts';
import type { PropertyChoice } from '../property-choice.ts';
import { scopeNow } from '../property-scope.ts';
import { formField, sendPage } from './common.ts';

/** The properties in view: the scope's, or the deployment's start property outside one. */
function inView(ctx: StaffContext): number[] {
  const ids = scopeNow()?.ids ?? [];
  return ids.length > 0 ? [...ids] : [ctx.hotel.id];
}

/** Each property in view's handover now, with the clock its page says times in. */
export async function handoverShown(ctx: StaffContext, now: Date): Promise<HandoverShown[]> {
  return Promise.all(inView(ctx).map(async (id) => ({ view: await handoverOf(ctx, id, now), clock: ctx.propertyView(id).hotelClock })));
}

/** A view as the API answers it: the property by its code. */
const viewJson = ({ hotelId: _id, ...v }: HandoverView) => v;

export function handoverApi(ctx: StaffContext): Router {
  const router = Router();
  router.get('/handover', async (_req, res) => {
    const now = ctx.clock();
    res.json({ properties: await Promise.all(inView(ctx).map(async (id) => viewJson(await handoverOf(ctx, id, now)))) });
  });

  router.post('/handover', async (req, res) => {
    const ids = inView(ctx);
    // A note is a property's own: with several in view, which one must be said.
    if (ids.length > 1) {
      const codes = ids.map((id) => ctx.hotels.byId(id)?.code).filter((c): c is string => Boolean(c));
      throw new BadParameter('hotel', `the handover note is per property: add hotel=${codes.join(' or hotel=')}`);
    }
    const { text, version } = parse(handoverBody, req.body ?? {});
    const result = await saveHandover(ctx, ids[0]!, text, version, actorOf(req, res, 'api'));
    if (result.ok) return void res.json(viewJson(result.value));
    res.status(409).json({ error: result.error, message: result.message, theirs: result.theirs, yours: result.yours, handover: viewJson(result.view) });
  });
  return router;
}

export function handoverPages(ctx: StaffContext): Router {
  const router = Router();
  // Where a clerk starting the shift writes the note when the overview has none to show: each form open.
  router.get('/handover', async (_req, res) => {
    const body = handoverPanel(await handoverShown(ctx, ctx.clock()), authOf(res).session!.csrfToken, true);
    await sendPage(ctx, res, authOf(res), { title: deskWords().handover.title, section: 'overview', body });
  });
  router.post('/handover', async (req, res) => {
    const now = ctx.clock();
    // The property the form was for, among those in view (the switcher's); another is no form of this page.
    const scope = (res.locals.properties as PropertyChoice | undefined)?.scope.ids ?? [ctx.hotel.id];
    const hotelId = Number(formField(req, 'hotel'));
    if (!scope.includes(hotelId)) throw new BadParameter('hotel', { key: 'notValid', values: {} });
    const typed = formField(req, 'text');
    const yours = typeof typed === 'string' ? typed : '';
    const shown = async (): Promise<HandoverShown> => ({ view: await handoverOf(ctx, hotelId, now), clock: ctx.propertyView(hotelId).hotelClock });
    const again = async (res: Response, status: 400 | 409, refused: { error: string; version: number } | null, text: string, s: HandoverShown) =>
      sendPage(ctx, res, authOf(res), { title: refused ? deskWords().handover.fixTitle : deskWords().handover.conflictTitle, section: 'overview', body: handoverAgain(s, text, authOf(res).session!.csrfToken, refused) }, status);
    let body: { text: string; version: number };
    try {
      body = parse(handoverBody, { text: typed, version: formField(req, 'version') });
    } catch (err) {
      if (!(err instanceof BadParameter)) throw err;
      const read = Number(formField(req, 'version'));
      return void (await again(res, 400, { error: fixWords(err), version: Number.isSafeInteger(read) && read >= 0 ? read : 0 }, yours, await shown()));
    }
    const result = await saveHandover(ctx, hotelId, body.text, body.version, actorOf(req, res, 'web'));
    if (!result.ok) return void (await again(res, 409, null, result.yours, { view: result.view, clock: ctx.propertyView(hotelId).hotelClock }));
    res.redirect(303, `/staff?notice=handover-saved#handover-${hotelId}`);
  });
  return router;
}
