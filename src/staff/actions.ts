// What staff do, shared by the pages and the API: each change and its audit entry are written in
// one transaction, so an action is never done without a record of who did it.

import { newConfirmationNumber } from '../inventory/confirmation-number.ts';
import { bookAtDesk } from '../inventory/desk-booking.ts';
import { Inventory } from '../inventory/inventory.ts';
import { changeRecord, changeStay } from '../inventory/reservation-change.ts';
import type { PaymentMethod } from '../../flows/types.ts';
import { Outbox } from '../messaging/outbox.ts';
import { redact } from '../privacy/redact.ts';
import type { Sql } from '../storage/sql.ts';
import { accountReach } from './account-reach.ts';
import { AccountError, Accounts } from './accounts.ts';
import type { StaffUser, TokenListing } from './accounts.ts';
import { AuditLog } from './audit.ts';
import type { AuditVia } from './audit.ts';
import type { StaffContext } from './context.ts';
import { expectedArrivalOf } from './expected-arrival.ts';
import type { CheckedReservation } from './new-reservation.ts';
import { keptUntil } from './hold-extension.ts';
import { inHouseRefusal } from './change-reservation.ts';
import { CallbackQueries } from './queries/callbacks.ts';
import type { CallbackView } from './queries/callbacks.ts';
import { ReservationQueries } from './queries/reservations.ts';
import { UNDO_MINUTES, UndoQueries } from './queries/undo.ts';
import type { Undoable } from './queries/undo.ts';
import type { ReservationView } from './queries/reservations.ts';
import type { DeskWords } from './words-en.ts';
import { dayDate, roomTypeWords } from './words.ts';

export interface Actor {
  user: StaffUser;
  via: Exclude<AuditVia, 'terminal'>;
  ip: string | null;
  /** The API token used, if any: recorded with the action as `token` (auth.ts, actorOf). */
  tokenId?: number | null;
}

/**
 * A refusal carries the API's English `message` and, for the pages, `said`: the same in the words
 * table of the page's language, made from what was refused (never by translating `message`).
 */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; status: 404 | 409; error: string; message: string; said?: (w: DeskWords) => string };

/** Why an action was refused: the API's English message and the page's words, chosen together. */
type Refusal = { message: string; said: (w: DeskWords) => string };

const notFound = (what: string, said?: (w: DeskWords) => string): ActionResult<never> => ({ ok: false, status: 404, error: 'not_found', message: `no such ${what}`, ...(said ? { said } : {}) });
const noReservation = (): ActionResult<never> => notFound('reservation', (w) => w.reservation.refused.notFound);

/** What an action touches, on the action's own transaction. */
export function within(ctx: StaffContext, tx: Sql) {
  return {
    reservations: new ReservationQueries(tx, ctx.hotels.all),
    inventory: new Inventory(tx),
    outbox: new Outbox(tx),
    callbacks: new CallbackQueries(tx),
    undo: new UndoQueries(tx),
    accounts: new Accounts(tx, ctx.config.apiTokenDays),
    audit: async (actor: Actor, action: string, target: string, detail: Record<string, unknown>, now: Date) => {
      const withToken = actor.tokenId ? { ...detail, token: actor.tokenId } : detail;
      await new AuditLog(tx).record({ actorId: actor.user.id, actor: actor.user.username, via: actor.via, action, target, detail: withToken, ip: actor.ip }, now);
      ctx.logger.info({ staff: actor.user.username, action, target, via: actor.via }, 'staff action');
    },
  };
}

/**
 * Cancels a booked reservation: its rooms are free at once (Inventory.cancel), and the guest's
 * written cancellation is queued in the outbox in the same transaction (sent when texting is on).
 */
export function cancelReservation(ctx: StaffContext, id: number, actor: Actor): Promise<ActionResult<ReservationView>> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx): Promise<ActionResult<ReservationView>> => {
    const its = within(ctx, tx);
    const before = await its.reservations.get(id, now);
    if (!before) return noReservation();
    if (!(await its.inventory.cancel(id, now))) {
      return {
        ok: false,
        status: 409,
        error: 'not_cancellable',
        message: `reservation ${before.confirmation} is ${before.status}: only a booked reservation can be cancelled`,
        said: (w) => w.reservation.refused.notCancellable(before.confirmation, before.status),
      };
    }
    // Worded by the reservation's own property (its name, time zone, currency).
    const hotel = ctx.hotels.byId(before.hotelId) ?? ctx.hotel;
    const textId = await its.outbox.enqueueReservationMessage(id, 'booking_cancelled', hotel.info, now);
    await its.audit(actor, 'reservation.cancel', `reservation:${id}`, { confirmation: before.confirmation, was: before.status, outboxId: textId }, now);
    return { ok: true, value: (await its.reservations.get(id, now))! };
  });
}

/** Not booked: too few rooms of the type for the stay, and what each type has free for it. */
export interface NoRooms {
  ok: false;
  status: 409;
  error: 'no_rooms';
  message: string;
  said: (w: DeskWords) => string;
  free: { roomType: string; name: string; free: number }[];
}

/**
 * A reservation made at the desk, in one transaction: booked through the inventory the phone line
 * books through (never overbooked), the guest's written confirmation queued as a call's booking
 * queues it, the callback request it answers closed with the confirmation number as its note,
 * and the audit entry with the staff member's name. Too few rooms: nothing is written.
 */
export function bookReservation(ctx: StaffContext, r: CheckedReservation, actor: Actor): Promise<ActionResult<ReservationView> | NoRooms> {
  const now = ctx.clock();
  const clock = ctx.propertyView(r.hotel.id).hotelClock;
  return ctx.db.transaction(async (tx): Promise<ActionResult<ReservationView> | NoRooms> => {
    const its = within(ctx, tx);
    if (r.callbackId !== null && (await its.callbacks.get(r.callbackId))?.status !== 'open') {
      return { ok: false, status: 409, error: 'already_done', message: `callback request ${r.callbackId} was already marked called back`, said: (w) => w.newReservation.why.alreadyCalledBack };
    }
    const booked = await bookAtDesk(tx, {
      hotel: r.hotel,
      roomType: r.roomType,
      arrival: r.arrival,
      nights: r.nights,
      rooms: r.rooms,
      guestName: r.guestName,
      paymentMethod: r.payment,
      callbackNumber: r.phone,
      locale: r.locale,
      expectedArrival: r.arrivalTime,
      specialRequests: r.specialRequests,
      callSid: r.callSid,
      today: clock.today(now),
      timeOfDay: clock.hourMinute(now.toISOString()),
      now,
      newConfirmation: () => newConfirmationNumber(),
    });
    const typeName = (code: string) => r.hotel.info.roomTypes.find((t) => t.code === code)?.name.en ?? code;
    if (!booked.ok) {
      const free = booked.freeByType.map((f) => ({ roomType: f.code, name: typeName(f.code), free: f.free }));
      const wanted = `${r.rooms} ${typeName(r.roomType)}`;
      const said = (w: DeskWords) => w.newReservation.noRooms(booked.free, roomTypeWords(r.hotel.info, r.roomType), r.rooms);
      return { ok: false, status: 409, error: 'no_rooms', message: `not booked: ${booked.free === 0 ? 'no' : `only ${booked.free}`} ${typeName(r.roomType)} free for the whole stay (${wanted} asked)`, free, said };
    }
    const id = booked.reservationId;
    const textId = await its.outbox.enqueueReservationMessage(id, 'booking_confirmed', r.hotel.info, now);
    if (r.callbackId !== null) {
      await its.callbacks.close(r.callbackId, actor.user.username, `Booked at the desk: reservation ${booked.confirmation}`, now);
      await its.audit(actor, 'callback.done', `callback:${r.callbackId}`, { reservation: booked.confirmation }, now);
    }
    await its.audit(
      actor,
      'reservation.create',
      `reservation:${id}`,
      { confirmation: booked.confirmation, hotel: r.hotel.code, arrival: r.arrival, nights: r.nights, roomType: r.roomType, rooms: r.rooms, payment: r.payment, call: r.callSid, callback: r.callbackId, outboxId: textId, ...(r.arrivalTime !== null ? { arrivalTime: r.arrivalTime } : {}), ...(r.specialRequests.length ? { requests: r.specialRequests.join(',') } : {}) },
      now,
    );
    // A walk-in is here: marked arrived with the booking (Undo takes the arrival back, leaving it booked).
    if (r.walkIn && (await its.inventory.markArrived(id, now))) {
      await its.audit(actor, 'reservation.arrived', `reservation:${id}`, { confirmation: booked.confirmation, was: 'booked', walkIn: true }, now);
    }
    return { ok: true, value: (await its.reservations.get(id, now))! };
  });
}

/**
 * Marks a reservation arrived. Past its hold the rooms were released and may be gone: the
 * inventory then marks it only if they are still free.
 */
export function markArrived(ctx: StaffContext, id: number, actor: Actor): Promise<ActionResult<ReservationView>> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx): Promise<ActionResult<ReservationView>> => {
    const its = within(ctx, tx);
    const before = await its.reservations.get(id, now);
    if (!before) return noReservation();
    if (before.status === 'booked' && !before.canMarkArrived) {
      const day = before.arrival;
      return {
        ok: false,
        status: 409,
        error: 'not_arrivable',
        message: `reservation ${before.confirmation} arrives on ${day}: a guest is marked arrived from their arrival day (change the arrival date first)`,
        said: (w) => w.reservation.refused.notYetArriving(before.confirmation, dayDate(day)),
      };
    }
    if (!(await its.inventory.markArrived(id, now))) {
      const why: Refusal =
        before.status === 'released'
          ? { message: `reservation ${before.confirmation} was released at its hold time and its rooms have been taken since`, said: (w) => w.reservation.refused.releasedTaken(before.confirmation) }
          : { message: `reservation ${before.confirmation} is ${before.status}: only a booked reservation can be marked arrived`, said: (w) => w.reservation.refused.notArrivable(before.confirmation, before.status) };
      return { ok: false, status: 409, error: 'not_arrivable', ...why };
    }
    await its.audit(actor, 'reservation.arrived', `reservation:${id}`, { confirmation: before.confirmation, was: before.status }, now);
    return { ok: true, value: (await its.reservations.get(id, now))! };
  });
}

/**
 * Keeps a late guest's rooms: the hold of a booked, unarrived reservation runs until `time` (HH:mm,
 * the property's clock; hold-extension.ts says which day), audited with the hold before and after.
 * A reservation already released is kept only if its rooms are still free (Inventory.extendHold).
 */
export function extendHold(ctx: StaffContext, id: number, time: string, actor: Actor): Promise<ActionResult<ReservationView>> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx): Promise<ActionResult<ReservationView>> => {
    const its = within(ctx, tx);
    const before = await its.reservations.get(id, now);
    if (!before) return noReservation();
    const clock = ctx.propertyView(before.hotelId).hotelClock;
    const until = keptUntil(time, before.arrival, clock, now);
    if (!(await its.inventory.extendHold(id, until, now))) {
      const today = clock.today(now);
      const held = clock.nearDateTime(before.holdUntil, today);
      const would = clock.nearDateTime(until.toISOString(), today);
      const why: Refusal =
        before.status !== 'booked' && before.status !== 'released'
          ? { message: `reservation ${before.confirmation} is ${before.status}: only a reservation not yet arrived can be held longer`, said: (w) => w.reservation.refused.notHoldable(before.confirmation, before.status) }
          : until.toISOString() <= before.holdUntil
            ? { message: `reservation ${before.confirmation} is already held until ${held}: ${time} would be ${would}, not later`, said: (w) => w.reservation.refused.alreadyHeld(before.confirmation, held, time, would) }
            : { message: `reservation ${before.confirmation} was released at its hold time and its rooms have been taken since`, said: (w) => w.reservation.refused.releasedTaken(before.confirmation) };
      return { ok: false, status: 409, error: 'not_held', ...why };
    }
    await its.audit(
      actor,
      'reservation.hold',
      `reservation:${id}`,
      { confirmation: before.confirmation, was: before.status, from: before.holdUntil, until: until.toISOString() },
      now,
    );
    return { ok: true, value: (await its.reservations.get(id, now))! };
  });
}

/** A try that did not reach the guest: the request stays open, its attempts counted. */
export function callbackTried(ctx: StaffContext, id: number, actor: Actor): Promise<ActionResult<CallbackView>> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx): Promise<ActionResult<CallbackView>> => {
    const its = within(ctx, tx);
    // An ask added to a request stands for that request (CallbackQueries.get).
    const before = await its.callbacks.get(id);
    if (!before) return notFound('callback request');
    if (!(await its.callbacks.tried(before.id, actor.user.username, now))) {
      return { ok: false, status: 409, error: 'already_done', message: `callback request ${before.id} was already marked called back`, said: (w) => w.callbacks.alreadyCalledBack };
    }
    await its.audit(actor, 'callback.tried', `callback:${before.id}`, { attempt: before.attempts + 1 }, now);
    return { ok: true, value: (await its.callbacks.get(before.id))! };
  });
}

/** A reservation after Undo: what was taken back, and whether the guest already had the cancellation text. */
export type UndoneReservation = ReservationView & { textAlreadySent: boolean; undone: Undoable; textedAgain?: boolean };

/**
 * Takes back the latest "arrived", "cancel", "keep room" or "change" on a reservation within UNDO_MINUTES:
 * it is booked again (a cancelled one only if its rooms are still free), and a cancellation text
 * not yet sent is withdrawn; a kept room is held until its earlier time (takeBackHold); a change is
 * changed back (takeBackChange). Audited like the action it undoes.
 */
export function undoReservation(ctx: StaffContext, id: number, actor: Actor): Promise<ActionResult<UndoneReservation>> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx): Promise<ActionResult<UndoneReservation>> => {
    const its = within(ctx, tx);
    // The row locked before the action to undo is read: a change committed meanwhile on another
    // instance was taken back with the one before it, on that one's figures (round 30).
    await tx.get(`SELECT id FROM reservations WHERE id = ?${tx.dialect.forUpdate}`, [id]);
    const before = await its.reservations.get(id, now);
    if (!before) return noReservation();
    const undoable = (await its.undo.undoable([id], now)).get(id);
    if (!undoable) {
      return {
        ok: false,
        status: 409,
        error: 'not_undoable',
        message: `reservation ${before.confirmation} has no "arrived", "cancel", "keep room" or "change" from the last ${UNDO_MINUTES} minutes to undo`,
        said: (w) => w.reservation.refused.nothingToUndo(before.confirmation, UNDO_MINUTES),
      };
    }
    if (undoable === 'held') return takeBackHold(its, before, actor, now);
    if (undoable === 'changed') return takeBackChange(ctx, tx, its, before, actor, now);
    if (!(await its.inventory.reinstate(id, undoable, now))) {
      const why: Refusal =
        undoable === 'cancelled'
          ? { message: `reservation ${before.confirmation} cannot be booked again: its rooms have been taken since it was cancelled`, said: (w) => w.reservation.refused.roomsTaken(before.confirmation) }
          : { message: `reservation ${before.confirmation} is no longer ${undoable}`, said: (w) => w.reservation.refused.noLonger(before.confirmation, undoable) };
      return { ok: false, status: 409, error: 'not_undoable', ...why };
    }
    const textAlreadySent =
      undoable === 'cancelled' && (await its.outbox.withdraw({ reservationId: id, kind: 'booking_cancelled' }, 'the cancellation was undone by staff', now)).alreadySent;
    await its.audit(actor, `reservation.undo-${undoable === 'arrived' ? 'arrived' : 'cancel'}`, `reservation:${id}`, { confirmation: before.confirmation, was: before.status }, now);
    return { ok: true, value: { ...(await its.reservations.get(id, now))!, textAlreadySent, undone: undoable } };
  });
}

/**
 * Takes back a Keep room: the hold runs until it did before (its audit entry's `from`), only while
 * it is still the one kept (a later Keep room is the one to take back): Inventory.shortenHold.
 * Audited with the hold before and after.
 */
async function takeBackHold(
  its: ReturnType<typeof within>,
  before: ReservationView,
  actor: Actor,
  now: Date,
): Promise<ActionResult<UndoneReservation>> {
  const kept = await its.undo.lastKept(before.id);
  if (!kept || !(await its.inventory.shortenHold(before.id, new Date(kept.until), new Date(kept.from), now))) {
    return {
      ok: false,
      status: 409,
      error: 'not_undoable',
      message: `reservation ${before.confirmation} is no longer held as its last Keep room left it`,
      said: (w) => w.reservation.refused.holdMoved(before.confirmation),
    };
  }
  await its.audit(actor, 'reservation.undo-hold', `reservation:${before.id}`, { confirmation: before.confirmation, was: before.status, from: kept.until, until: kept.from }, now);
  return { ok: true, value: { ...(await its.reservations.get(before.id, now))!, textAlreadySent: false, undone: 'held' } };
}

/**
 * Takes back a Change: the stay, payment, requests, hold and rate it had (its audit entry's
 * `before`), re-checked as a change is (changeStay: its own rooms free, never overbooked). The
 * guest's name and number, which the audit log does not keep, stay as changed. The change's text
 * not yet sent is withdrawn (the guest never knew); one already sent is followed by a text with the
 * details as they are again. Audited as a change back.
 */
async function takeBackChange(
  ctx: StaffContext,
  tx: Sql,
  its: ReturnType<typeof within>,
  before: ReservationView,
  actor: Actor,
  now: Date,
): Promise<ActionResult<UndoneReservation>> {
  const last = await its.undo.lastChange(before.id);
  const hotel = ctx.hotels.byId(before.hotelId);
  const was = last?.before ?? {};
  const text = (k: string, now_: string) => (typeof was[k] === 'string' ? (was[k] as string) : now_);
  const count = (k: string, now_: number) => (typeof was[k] === 'number' ? (was[k] as number) : now_);
  const refused = (): ActionResult<UndoneReservation> => ({
    ok: false,
    status: 409,
    error: 'not_undoable',
    message: `reservation ${before.confirmation} cannot be changed back: its earlier rooms have been taken since`,
    said: (w) => w.reservation.refused.roomsTaken(before.confirmation),
  });
  if (!last || !hotel) return refused();
  const clock = ctx.propertyView(hotel.id).hotelClock;
  const changed = await changeStay(tx, {
    reservationId: before.id,
    hotel,
    roomType: text('roomType', before.roomTypeCode),
    arrival: text('arrival', before.arrival),
    nights: count('nights', before.nights),
    rooms: count('rooms', before.rooms),
    guestName: before.guestName,
    paymentMethod: text('paymentMethod', before.paymentMethod) as PaymentMethod,
    callbackNumber: before.callbackNumber,
    specialRequests: typeof was.specialRequests === 'string' ? was.specialRequests.split(',').filter(Boolean) : before.specialRequests,
    expectedArrival: Object.hasOwn(was, 'expectedArrival') ? expectedArrivalOf(was.expectedArrival) : before.expectedArrival,
    locale: was.locale === 'es-MX' || was.locale === 'en-US' ? was.locale : before.locale === 'es-MX' ? 'es-MX' : 'en-US',
    today: clock.today(now),
    timeOfDay: clock.hourMinute(now.toISOString()),
    now,
    restore: { ...(typeof was.holdUntil === 'string' ? { holdUntil: was.holdUntil } : {}), ...(typeof was.rate === 'number' ? { rate: was.rate } : {}) },
    // A guest in house: their nights changed back, never giving back a night already begun.
    ...(before.status === 'arrived' ? { inHouse: true as const } : {}),
  });
  if (!changed.ok && changed.why !== 'nothing' && changed.why !== 'no_rooms' && changed.why !== 'not_booked') return inHouseRefusal(before, changed, 'not_undoable');
  if (!changed.ok && changed.why === 'not_booked') {
    return { ok: false, status: 409, error: 'not_undoable', message: `reservation ${before.confirmation} is no longer booked`, said: (w) => w.reservation.refused.noLonger(before.confirmation, 'booked') };
  }
  // Only the name or number changed: the log keeps neither, so nothing here can put them back.
  if (!changed.ok && changed.why === 'nothing') {
    return { ok: false, status: 409, error: 'not_undoable', message: `reservation ${before.confirmation}'s last change was to the guest's name or number only, which the audit log does not keep: write them again with Change`, said: (w) => w.change.onlyPersonal(before.confirmation) };
  }
  if (!changed.ok) return refused();
  const { alreadySent: textAlreadySent } = await its.outbox.withdraw(
    { reservationId: before.id, kind: 'booking_changed', textId: last.outboxId },
    'the change was undone by staff',
    now,
  );
  // Two changes in a row, the second undone: the first's text was withdrawn for the second's, so
  // the guest was never told the details now back (round 30) — texted as when the undone one had gone.
  const untold = !textAlreadySent && last.outboxId !== null && (await its.outbox.earlierTextWithdrawnFor(before.id, last.outboxId));
  const textId = textAlreadySent || untold ? await its.outbox.enqueueReservationChange(before.id, hotel.info, now) : null;
  await its.audit(actor, 'reservation.undo-change', `reservation:${before.id}`, { confirmation: before.confirmation, ...changeRecord(changed.before, changed.after), outboxId: textId }, now);
  return { ok: true, value: { ...(await its.reservations.get(before.id, now))!, textAlreadySent, undone: 'changed', textedAgain: textId !== null } };
}

/** Closes a request: the note (required by the routes) says what was agreed with the guest. */
export function completeCallback(ctx: StaffContext, id: number, note: string, actor: Actor): Promise<ActionResult<CallbackView>> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx): Promise<ActionResult<CallbackView>> => {
    const its = within(ctx, tx);
    const before = await its.callbacks.get(id);
    if (!before) return notFound('callback request');
    // Closes every ask the request gathered (CallbackQueries.close).
    if (!(await its.callbacks.close(before.id, actor.user.username, redact(note), now))) {
      return { ok: false, status: 409, error: 'already_done', message: `callback request ${before.id} was already marked called back`, said: (w) => w.callbacks.alreadyCalledBack };
    }
    await its.audit(actor, 'callback.done', `callback:${before.id}`, { noteLength: note.length, asks: before.asks }, now);
    return { ok: true, value: (await its.callbacks.get(before.id))! };
  });
}

/** Admin only (checked by the route): revokes one API token, at once. */
export function revokeToken(ctx: StaffContext, id: number, actor: Actor): Promise<ActionResult<TokenListing>> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const its = within(ctx, tx);
    // An admin limited to some properties revokes only the tokens of accounts in their reach.
    const live = (await its.accounts.liveTokens(now)).find((t) => t.id === id);
    if (!live || !(await accountReach(tx, actor.user.id)).has(live.username)) return notFound('live API token');
    const revoked = await its.accounts.revokeToken(id, now);
    if (!revoked) return notFound('live API token');
    await its.audit(actor, 'token.revoke', `user:${revoked.username}`, { tokenId: id, label: revoked.label }, now);
    return { ok: true, value: revoked };
  });
}

/** Admin only (checked by the route): a new API token for an account, shown once. */
export function createToken(
  ctx: StaffContext,
  username: string,
  label: string | null,
  actor: Actor,
): Promise<{ token: string; id: number; user: StaffUser; expiresAt: string }> {
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const its = within(ctx, tx);
    // Out of a limited admin's reach reads as no such account: nothing said of accounts beyond it.
    if (!(await accountReach(tx, actor.user.id)).has(username)) throw new AccountError({ key: 'noAccount', values: { name: username } });
    const created = await its.accounts.createToken(username, label, now);
    await its.audit(actor, 'token.create', `user:${created.user.username}`, { tokenId: created.id, label }, now);
    return created;
  });
}
