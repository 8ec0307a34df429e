// The callback queue: what a guest left when the front desk could not take the call — their
// number, language, why they needed a person, their message and what the call had collected.
// Staff work through it oldest first (src/staff).

import type { CallbackAsked } from '../../flows/effects.ts';
import type { Sql } from '../storage/sql.ts';

export class CallbackRequests {
  constructor(private readonly sql: Sql) {}

  async add(callSid: string, hotelId: number, asked: CallbackAsked, at: string): Promise<number> {
    const row = await this.sql.get<{ id: number }>(
      `INSERT INTO callback_requests (call_sid, hotel_id, created_at, caller_number, locale, reason, recording_url, partial_json)
       VALUES (@callSid, @hotelId, @at, @number, @locale, @reason, @recordingUrl, @partial) RETURNING id`,
      {
        callSid,
        hotelId,
        at,
        number: asked.number,
        locale: asked.locale,
        reason: asked.reason,
        recordingUrl: asked.recordingUrl,
        partial: JSON.stringify(asked.partial),
      },
    );
    return row!.id;
  }

  /**
   * Twilio's transcription of a voicemail: stored on the request that holds that recording (the
   * call's latest with a recording when the URL differs in form). False when there is none.
   */
  async transcribed(callSid: string, recordingUrl: string, status: 'completed' | 'failed', text: string | null): Promise<boolean> {
    const { changes } = await this.sql.run(
      `UPDATE callback_requests SET transcript = @text, transcript_status = @status
        WHERE id = (SELECT id FROM callback_requests WHERE call_sid = @callSid AND recording_url IS NOT NULL
                     ORDER BY CASE WHEN recording_url = @recordingUrl THEN 0 ELSE 1 END, id DESC LIMIT 1)`,
      { callSid, recordingUrl, status, text },
    );
    return changes === 1;
  }
}
