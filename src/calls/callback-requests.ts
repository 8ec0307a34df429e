// The callback queue: what a guest left when the front desk could not take the call — their
// number, language, why they needed a person, their message and what the call had collected.
// Staff work through it oldest first (src/staff).
//
// One open request per guest and property (migration 17): a number that asks again while its
// request is open (a caller who tries three times, a texting guest who writes "agent" twenty
// times) adds an ask to that request rather than a second request, so the desk sees the guest
// once and calls once. Each ask is still its own row, merged_into the request: its call, reason,
// what it collected, and its voicemail and transcript, none lost when a second voicemail comes.
// The request counts its asks and keeps the last one's time; its created_at stays the first ask's,
// when the call back was promised (the overdue clock counts from there). A sender that is no
// phone number but names one sender (a WhatsApp number, a SIP or client address, a text's
// sender ID "HotelDeals") is merged by exactly that: one such sender asking again and again is one
// request on the desk's list, not a screenful.
//
// A withheld caller ID ("anonymous", empty) that left no number may be anyone, yet is no one the
// desk can call back: each such call made a request of its own, so one person (or a bot) dialling
// with the number withheld filled the desk's list, a row a call. Now such asks at a property are
// one request while they keep coming: an ask within WITHHELD_MERGE_MINUTES of the request's last
// one joins it (the desk sees one row and how many calls; each call's reason and voicemail kept as
// its ask), a later one starts a new request. A withheld caller who gives a number is merged by
// that number like anyone else: a different person who leaves a number is their own request.

import type { CallbackAsked } from '../../flows/effects.ts';
import { phoneFromCallerId } from '../../flows/understanding/phone.ts';
import { atomically } from '../storage/sql.ts';
import type { Sql } from '../storage/sql.ts';

/** Caller IDs that say the number is withheld: anyone may be behind them. */
const WITHHELD = new Set(['anonymous', 'restricted', 'unknown', 'unavailable', 'private', 'blocked']);
/** One sender, though no phone number: "whatsapp:+1…", "sip:…", "client:…", a sender ID (letters, up to 11). */
const ONE_SENDER = /^(?:(?:whatsapp|messenger|sip|client):\S{3,200}|(?=[\w .-]*[A-Za-z])[\w .-]{2,11})$/;

/** Asks from callers with no number, at one property, this close to the last one are one request. */
export const WITHHELD_MERGE_MINUTES = 60;

/** What an ask is merged by: a valid E.164 number as stored, or one sender as Twilio gave it; else null (no number: see above). */
export function mergeableNumber(number: string): string | null {
  if (phoneFromCallerId(number) === number) return number;
  return !WITHHELD.has(number.toLowerCase()) && ONE_SENDER.test(number) ? number : null;
}

/**
 * What an ask and the close of a request both hold while they read and write a number's open
 * request at a property (Sql.lock: across instances on PostgreSQL): an ask never joins a request
 * being closed, nor do two first asks at once make two requests.
 */
export function guestLockKey(hotelId: number | null, number: string): string {
  // Every number that is none (withheld, malformed) shares one lock: their asks join one request.
  return `callback-request:${hotelId ?? ''}:${mergeableNumber(number) ?? '(no number)'}`;
}

export class CallbackRequests {
  constructor(private readonly sql: Sql) {}

  /** Records an ask; the id of the request it opened or was added to. */
  add(callSid: string, hotelId: number, asked: CallbackAsked, at: string): Promise<number> {
    return atomically(this.sql, async (tx) => {
      const number = mergeableNumber(asked.number);
      const open = number === null ? await openNoNumberRequest(tx, hotelId, at) : await openRequest(tx, hotelId, number);
      const row = await tx.get<{ id: number }>(
        `INSERT INTO callback_requests (call_sid, hotel_id, created_at, last_asked_at, caller_number, locale, reason, recording_url, partial_json, merged_into)
         VALUES (@callSid, @hotelId, @at, @at, @number, @locale, @reason, @recordingUrl, @partial, @mergedInto) RETURNING id`,
        {
          callSid,
          hotelId,
          at,
          number: asked.number,
          locale: asked.locale,
          reason: asked.reason,
          recordingUrl: asked.recordingUrl,
          partial: JSON.stringify(asked.partial),
          mergedInto: open?.id ?? null,
        },
      );
      if (!open) return row!.id;
      await tx.run('UPDATE callback_requests SET asks = asks + 1, last_asked_at = ? WHERE id = ?', [at, open.id]);
      return open.id;
    });
  }

  /**
   * Twilio's transcription of a voicemail: stored on the request that holds that recording (the
   * call's latest with a recording when the URL differs in form). False when there is none.
   */
  async transcribed(callSid: string, recordingUrl: string, status: 'completed' | 'failed', text: string | null): Promise<boolean> {
    const { changes } = await this.sql.run(
      `UPDATE callback_requests SET transcript = @text, transcript_status = @status
        WHERE id = (SELECT id FROM callback_requests WHERE call_sid = @callSid AND recording_url IS NOT NULL
                     ORDER BY CASE WHEN recording_url = @recordingUrl THEN 0 ELSE 1 END, id DESC LIMIT 1)
          AND transcript_status IS NULL`, // Twilio sends it once: one posted again (replayed, re-cut) changes nothing
      { callSid, recordingUrl, status, text },
    );
    return changes === 1;
  }
}

/** A number's open request at a property (caller_number, hotel_id): read through callback_requests_guest. */
export const OPEN_REQUEST_SQL = `SELECT id FROM callback_requests WHERE caller_number = ? AND hotel_id = ? AND status = 'open' AND merged_into IS NULL ORDER BY id LIMIT 1`;

/**
 * The property's open request from a caller with no number whose last ask was within
 * WITHHELD_MERGE_MINUTES of `at`, with the lock of such asks held. Read among the property's open
 * requests asked lately (the desk's list: a few rows), the newest first.
 */
async function openNoNumberRequest(tx: Sql, hotelId: number, at: string): Promise<{ id: number } | undefined> {
  await tx.lock(guestLockKey(hotelId, ''));
  const since = new Date(Date.parse(at) - WITHHELD_MERGE_MINUTES * 60_000).toISOString();
  const recent = await tx.all<{ id: number; caller_number: string }>(
    `SELECT id, caller_number FROM callback_requests
      WHERE status = 'open' AND merged_into IS NULL AND hotel_id = ? AND last_asked_at >= ?
      ORDER BY last_asked_at DESC, id DESC`,
    [hotelId, since],
  );
  const found = recent.find((r) => mergeableNumber(r.caller_number) === null);
  return found ? { id: Number(found.id) } : undefined;
}

/** The number's open request at the property, with the number's lock held. */
async function openRequest(tx: Sql, hotelId: number, number: string): Promise<{ id: number } | undefined> {
  await tx.lock(guestLockKey(hotelId, number));
  return tx.get<{ id: number }>(OPEN_REQUEST_SQL, [number, hotelId]);
}
