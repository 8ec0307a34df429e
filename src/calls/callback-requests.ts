// The callback queue: what a guest left when the front desk could not take the call — their
// number, language, why they needed a person, their message and what the call had collected.
// Staff work through it oldest first (src/staff).

import type { CallContext } from '../../flows/call-context.ts';
import { reachableNumber } from '../../flows/reading/guest-questions.ts';
import type { Db } from '../storage/database.ts';

export class CallbackRequests {
  private readonly insertStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO callback_requests (call_sid, created_at, caller_number, locale, reason, recording_url, partial_json)
       VALUES (@callSid, @at, @number, @locale, @reason, @recordingUrl, @partial)`,
    );
  }

  add(ctx: CallContext, at: string): number {
    const partial = {
      arrival: ctx.arrival,
      roomType: ctx.roomType,
      rooms: ctx.rooms,
      nights: ctx.nights,
      guestName: ctx.guestName,
      nameRecordingUrl: ctx.nameRecordingUrl,
      payment: ctx.payment,
      held: ctx.held,
      holdExpiresAt: ctx.holdExpiresAt,
      dialStatus: ctx.dialStatus,
    };
    const result = this.insertStmt.run({
      callSid: ctx.callSid,
      at,
      // A withheld caller ID is kept as Twilio gave it, so staff can see why they cannot call back.
      number: reachableNumber(ctx) ?? (ctx.caller || 'unknown'),
      locale: ctx.locale,
      reason: ctx.deskClosed ? `desk_closed:${ctx.transferReason ?? 'caller_asked'}` : (ctx.transferReason ?? 'caller_asked'),
      recordingUrl: ctx.messageUrl,
      partial: JSON.stringify(partial),
    });
    return Number(result.lastInsertRowid);
  }
}
