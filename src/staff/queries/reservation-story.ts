// A reservation's whole story for the desk, on one page: the call or text conversation that made it
// (or the staff member who booked it at the desk), every staff action on it (audit log: who, when,
// how), the calls in which the guest cancelled it or changed its stay, and the texts written to the guest about it.

import { detailOf } from '../audit.ts';
import type { AuditVia } from '../audit.ts';
import type { Sql } from '../../storage/sql.ts';

export interface StaffStep {
  at: string;
  actor: string;
  via: AuditVia;
  /** reservation.create, reservation.cancel, reservation.arrived, reservation.undo-arrived, reservation.undo-cancel, reservation.hold, reservation.change. */
  action: string;
  /** The call the desk booked it for (reservation.create's detail), if any. */
  call: string | null;
  /** reservation.hold: the hold before and after (UTC instants). */
  from?: string | null;
  until?: string | null;
  /** reservation.change: what changed (ChangedStay's keys), and before/after of those not personal (change-reservation.ts). */
  changed?: string[];
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export interface GuestCall {
  callSid: string;
  channel: string;
  from: string;
  startedAt: string;
}

/** How far before a reservation's last change a call that changed it may have started (a text conversation runs long). */
const CALL_SPAN_MS = 2 * 86_400_000;

export class ReservationStoryQueries {
  constructor(private readonly sql: Sql) {}

  /** What staff did to it, oldest first (the audit log's index by target). */
  async staffSteps(reservationId: number): Promise<StaffStep[]> {
    const rows = await this.sql.all<{ at: string; actor: string; via: AuditVia; action: string; detail_json: string | null }>(
      "SELECT at, actor, via, action, detail_json FROM audit_log WHERE target = ? AND action LIKE 'reservation.%' ORDER BY id",
      [`reservation:${reservationId}`],
    );
    return rows.map((r) => {
      const detail = detailOf(r.detail_json);
      const text = (v: unknown) => (typeof v === 'string' ? v : null);
      const step: StaffStep = { at: r.at, actor: r.actor, via: r.via, action: r.action, call: text(detail.call), from: text(detail.from), until: text(detail.until) };
      if (r.action !== 'reservation.change' && r.action !== 'reservation.undo-change') return step;
      const record = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
      return { ...step, changed: Array.isArray(detail.changed) ? detail.changed.filter((k): k is string => typeof k === 'string') : [], before: record(detail.before), after: record(detail.after) };
    });
  }

  /** The call or text conversation it was made in (its SID), or null when not found. */
  async call(callSid: string): Promise<GuestCall | null> {
    const row = await this.sql.get<{ call_sid: string; channel: string; from_number: string; started_at: string }>(
      'SELECT call_sid, channel, from_number, started_at FROM calls WHERE call_sid = ?',
      [callSid],
    );
    return row ? { callSid: row.call_sid, channel: row.channel, from: row.from_number, startedAt: row.started_at } : null;
  }

  /**
   * The calls (or text conversations) in which the guest cancelled it: those of its property that
   * ended cancelled, started shortly before its last change, whose reservation found was this one.
   */
  cancelledIn(r: { id: number; hotelId: number; updatedAt: string }): Promise<GuestCall[]> {
    return this.#guestCalls(r, 'cancelled');
  }

  /** The calls in which the guest changed its stay by phone (flows/stay-change.ts), found as cancelledIn finds its cancel. */
  changedIn(r: { id: number; hotelId: number; updatedAt: string }): Promise<GuestCall[]> {
    return this.#guestCalls(r, 'changed');
  }

  async #guestCalls(r: { id: number; hotelId: number; updatedAt: string }, outcome: 'cancelled' | 'changed'): Promise<GuestCall[]> {
    const since = new Date(new Date(r.updatedAt).getTime() - CALL_SPAN_MS).toISOString();
    const rows = await this.sql.all<{ call_sid: string; channel: string; from_number: string; started_at: string; snapshot_json: string }>(
      `SELECT call_sid, channel, from_number, started_at, snapshot_json FROM calls
        WHERE started_at >= ? AND started_at <= ? AND hotel_id = ? AND outcome = ? ORDER BY started_at`,
      [since, r.updatedAt, r.hotelId, outcome],
    );
    return rows
      .filter((row) => foundId(row.snapshot_json) === r.id)
      .map((row) => ({ callSid: row.call_sid, channel: row.channel, from: row.from_number, startedAt: row.started_at }));
  }
}

/** The reservation a call had found (its snapshot's context.found.id), or null. */
function foundId(snapshotJson: string): number | null {
  try {
    const found = (JSON.parse(snapshotJson) as { context?: { found?: { id?: unknown } | null } }).context?.found;
    return typeof found?.id === 'number' ? found.id : null;
  } catch {
    return null;
  }
}
