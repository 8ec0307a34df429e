// Where texts may go (SMS pumping / toll fraud). A caller names the number a confirmation is texted
// to (any callback number, any caller ID), so whoever controls a range of costly numbers (a foreign
// mobile range whose carrier shares the fee, a premium number) could have the hotel text it, book
// after book, paid for by the hotel. Besides the cap per number (src/messaging/outbox.ts,
// RECIPIENT_TEXT_LIMIT), a text is sent only
// - to a country the deployment texts: SMS_COUNTRIES, else the countries of the deployment's own
//   numbers (every property's front desk and phoneNumbers, TWILIO_PHONE_NUMBER, the number sending):
//   a group with Mexican and US numbers texts Mexico and the US, not Jamaica's +1 876 nor the UK;
//   with SMS_COUNTRIES unset, also to a number that called or texted the hotel itself (a guest
//   from Mexico calling a US hotel gets their confirmation; the network carried that caller ID, so
//   each costly number would first have to call the hotel, at its owner's expense);
// - never to a premium-rate or shared-cost number, of any country (flows/understanding/costly-numbers.ts);
// - while the deployment has handed Twilio fewer than SMS_DAILY_LIMIT texts in the last 24 hours
//   (every property, every instance: counted in the outbox);
// - and a change's text (`booking_changed`) while changes' texts have had fewer than half of them
//   (CHANGE_TEXT_SHARE): a clerk's token changing reservation after reservation, each number within
//   its own 5, used up the day's texts, and the guests booking next got no confirmation (round 31).
// - and a text the console wrote (a booking, cancellation, change or undo at the desk: its audit
//   entry names it) while the console's texts have had fewer than half of them (CONSOLE_TEXT_SHARE):
//   a clerk's token booking and cancelling to number after number, each within its own 5, used up
//   the day's texts with confirmations and cancellations just the same (round 32).
// A text refused is written 'failed' with the reason, for staff to see; the guest heard their
// confirmation number on the call anyway.

import { costlyLine } from '../../flows/understanding/costly-numbers.ts';
import { phoneCountry } from '../../flows/understanding/phone.ts';
import type { Config } from '../config.ts';
import type { Sql } from '../storage/sql.ts';

/**
 * Texts handed to Twilio (every status past 'unsent'/'queued' but the ones never sent) other than
 * the one being sent (claimed: 'sending'). Read once per text sent, a few an hour.
 */
const HANDED_OVER_SQL = `SELECT count(*) AS n, count(CASE WHEN kind = 'booking_changed' THEN 1 END) AS changes
  FROM outbox WHERE created_at >= ? AND id <> ? AND status IN ('sending', 'sent', 'delivered', 'undelivered')`;

/** The share of SMS_DAILY_LIMIT changes' texts may have: the rest stays for bookings, cancellations and replies. */
export const CHANGE_TEXT_SHARE = 0.5;

/** The share of SMS_DAILY_LIMIT the console's own texts may have: the rest stays for the phone line's guests. */
export const CONSOLE_TEXT_SHARE = 0.5;

/**
 * The outbox ids of the texts the console wrote since a time: every staff action that writes a
 * text names it in its audit entry (`outboxId`). Read by the audit log's time index, a day of
 * staff actions; only for a text about to be sent.
 */
const CONSOLE_TEXTS_SQL = `SELECT detail_json FROM audit_log WHERE at >= ? AND detail_json LIKE '%"outboxId":%'`;
/** The day's texts handed to Twilio (at most SMS_DAILY_LIMIT rows), told apart by id. */
const HANDED_IDS_SQL = `SELECT id FROM outbox WHERE created_at >= ? AND id <> ? AND status IN ('sending', 'sent', 'delivered', 'undelivered')`;

/** Why the outbox's text `id` to `to`, sent from `from`, must not go out now; null when it may. */
export async function textRefusal(
  sql: Sql,
  config: Pick<Config, 'smsCountries' | 'smsDailyLimit' | 'twilioPhoneNumber'>,
  text: { id: number; to: string; from: string | null; kind: string },
  now: Date,
): Promise<string | null> {
  const { to, from } = text;
  if (costlyLine(to)) return 'not sent: a premium-rate number (a guard against SMS pumping)';
  if (config.smsCountries !== '*') {
    const country = phoneCountry(to);
    const allowed = config.smsCountries ?? (await deploymentCountries(sql, [from, config.twilioPhoneNumber]));
    if (country === null || (!allowed.includes(country) && !(config.smsCountries === null && (await reachedTheHotel(sql, to))))) {
      const where = country ?? 'no country';
      return `not sent: a number in ${where}, and texts go to ${allowed.join(', ') || 'no country'} only (SMS_COUNTRIES; a guard against SMS pumping)`;
    }
  }
  const since = new Date(now.getTime() - 24 * 3_600_000).toISOString();
  const handed = await sql.get<{ n: number; changes: number }>(HANDED_OVER_SQL, [since, text.id]);
  if (Number(handed?.n ?? 0) >= config.smsDailyLimit) {
    return `not sent: ${config.smsDailyLimit} texts already went out in 24 hours (SMS_DAILY_LIMIT; a guard against SMS pumping)`;
  }
  const changeShare = Math.max(1, Math.floor(config.smsDailyLimit * CHANGE_TEXT_SHARE));
  if (text.kind === 'booking_changed' && Number(handed?.changes ?? 0) >= changeShare) {
    return `not sent: ${changeShare} texts of changes already went out in 24 hours (half of SMS_DAILY_LIMIT; the rest stays for bookings)`;
  }
  const consoleTexts = await consoleTextIds(sql, since);
  if (consoleTexts.has(text.id)) {
    const consoleShare = Math.max(1, Math.floor(config.smsDailyLimit * CONSOLE_TEXT_SHARE));
    const handedIds = await sql.all<{ id: number }>(HANDED_IDS_SQL, [since, text.id]);
    if (handedIds.filter((r) => consoleTexts.has(Number(r.id))).length >= consoleShare) {
      return `not sent: ${consoleShare} texts from the console already went out in 24 hours (half of SMS_DAILY_LIMIT; the rest stays for the phone line's guests)`;
    }
  }
  return null;
}

/** The ids of the texts written by the console's actions since `since` (their audit entries' outboxId). */
async function consoleTextIds(sql: Sql, since: string): Promise<Set<number>> {
  const ids = new Set<number>();
  for (const row of await sql.all<{ detail_json: string | null }>(CONSOLE_TEXTS_SQL, [since])) {
    try {
      const id = (JSON.parse(row.detail_json ?? 'null') as { outboxId?: unknown } | null)?.outboxId;
      if (typeof id === 'number' && Number.isInteger(id)) ids.add(id);
    } catch {
      // An entry that is not JSON names no text.
    }
  }
  return ids;
}

/** The countries of the deployment's own numbers: the properties answering (their hotel files), and `more`. */
async function deploymentCountries(sql: Sql, more: (string | null)[]): Promise<string[]> {
  const numbers = more.filter((n): n is string => n !== null);
  for (const row of await sql.all<{ config_json: string }>('SELECT config_json FROM hotels WHERE serving = 1')) {
    try {
      const file = JSON.parse(row.config_json) as { frontDesk?: unknown; phoneNumbers?: unknown };
      for (const n of [file.frontDesk, ...(Array.isArray(file.phoneNumbers) ? file.phoneNumbers : [])]) if (typeof n === 'string') numbers.push(n);
    } catch {
      // A hotel row that is not JSON names no number.
    }
  }
  return [...new Set(numbers.map(phoneCountry).filter((c): c is string => c !== null))];
}

/** Whether `number` itself called or texted the hotel (a conversation's caller ID). */
async function reachedTheHotel(sql: Sql, number: string): Promise<boolean> {
  return (await sql.get<{ one: number }>('SELECT 1 AS one FROM calls WHERE from_number = ? LIMIT 1', [number])) !== undefined;
}
