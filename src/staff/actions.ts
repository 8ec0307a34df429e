// What staff do, shared by the pages and the API: each change and its audit entry are written in
// one transaction, so an action is never done without a record of who did it.

import type { StaffUser } from './accounts.ts';
import type { AuditVia } from './audit.ts';
import type { StaffContext } from './context.ts';
import type { CallbackView } from './queries/callbacks.ts';
import type { ReservationView } from './queries/reservations.ts';

export interface Actor {
  user: StaffUser;
  via: Exclude<AuditVia, 'terminal'>;
  ip: string | null;
}

export type ActionResult<T> = { ok: true; value: T } | { ok: false; status: 404 | 409; error: string; message: string };

const notFound = (what: string): ActionResult<never> => ({ ok: false, status: 404, error: 'not_found', message: `no such ${what}` });

function audit(ctx: StaffContext, actor: Actor, action: string, target: string, detail: Record<string, unknown>, now: Date) {
  ctx.audit.record({ actorId: actor.user.id, actor: actor.user.username, via: actor.via, action, target, detail, ip: actor.ip }, now);
  ctx.logger.info({ staff: actor.user.username, action, target, via: actor.via }, 'staff action');
}

/**
 * Cancels a booked reservation: its rooms are free at once (Inventory.cancel), and the guest's
 * written cancellation is queued in the outbox in the same transaction (sent when texting is on).
 */
export function cancelReservation(ctx: StaffContext, id: number, actor: Actor): ActionResult<ReservationView> {
  const now = ctx.clock();
  return ctx.db
    .transaction((): ActionResult<ReservationView> => {
      const before = ctx.reservations.get(id, now);
      if (!before) return notFound('reservation');
      if (!ctx.inventory.cancel(id, now)) {
        return { ok: false, status: 409, error: 'not_cancellable', message: `reservation ${before.confirmation} is ${before.status}: only a booked reservation can be cancelled` };
      }
      const textId = ctx.outbox.enqueueReservationMessage(id, 'booking_cancelled', ctx.hotel.info, now);
      audit(ctx, actor, 'reservation.cancel', `reservation:${id}`, { confirmation: before.confirmation, was: before.status, outboxId: textId }, now);
      return { ok: true, value: ctx.reservations.get(id, now)! };
    })
    .immediate();
}

/**
 * Marks a reservation arrived. Past its hold the rooms were released and may be gone: the
 * inventory then marks it only if they are still free.
 */
export function markArrived(ctx: StaffContext, id: number, actor: Actor): ActionResult<ReservationView> {
  const now = ctx.clock();
  return ctx.db
    .transaction((): ActionResult<ReservationView> => {
      const before = ctx.reservations.get(id, now);
      if (!before) return notFound('reservation');
      if (!ctx.inventory.markArrived(id, now)) {
        const message =
          before.status === 'released'
            ? `reservation ${before.confirmation} was released at its hold time and its rooms have been taken since`
            : `reservation ${before.confirmation} is ${before.status}: only a booked reservation can be marked arrived`;
        return { ok: false, status: 409, error: 'not_arrivable', message };
      }
      audit(ctx, actor, 'reservation.arrived', `reservation:${id}`, { confirmation: before.confirmation, was: before.status }, now);
      return { ok: true, value: ctx.reservations.get(id, now)! };
    })
    .immediate();
}

export function completeCallback(ctx: StaffContext, id: number, note: string, actor: Actor): ActionResult<CallbackView> {
  const now = ctx.clock();
  return ctx.db
    .transaction((): ActionResult<CallbackView> => {
      const before = ctx.callbacks.get(id);
      if (!before) return notFound('callback request');
      if (!ctx.callbacks.close(id, actor.user.username, note, now)) {
        return { ok: false, status: 409, error: 'already_done', message: `callback request ${id} was already marked called back` };
      }
      audit(ctx, actor, 'callback.done', `callback:${id}`, { noteLength: note.length }, now);
      return { ok: true, value: ctx.callbacks.get(id)! };
    })
    .immediate();
}

/** Admin only (checked by the route): a new API token for an account, shown once. */
export function createToken(
  ctx: StaffContext,
  username: string,
  label: string | null,
  actor: Actor,
): { token: string; id: number; user: StaffUser } {
  const now = ctx.clock();
  return ctx.db
    .transaction(() => {
      const created = ctx.accounts.createToken(username, label, now);
      audit(ctx, actor, 'token.create', `user:${created.user.username}`, { tokenId: created.id, label }, now);
      return created;
    })
    .immediate();
}
