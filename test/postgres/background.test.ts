// Background work on two instances of one PostgreSQL database runs once: the outbox's texts are
// sent by whichever instance claims each first (a row lock and a status change), never twice, also
// when both recover the texts a dead sender left half-sent; idle text conversations are expired
// (and their holds freed) by whichever instance gets there first, never twice; so are voice calls
// Twilio went quiet about.

import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { Outbox } from '../../src/messaging/outbox.ts';
import { SmsSender, STALE_SENDING_MS } from '../../src/messaging/sender.ts';
import { openStore } from '../../src/storage/database.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN, TEST_PUBLIC_URL, testClock } from '../helpers/app.ts';
import { createDatabase } from '../helpers/postgres-server.ts';
import { closeAll, twoInstances } from '../helpers/postgres-instances.ts';
import { textingGuest } from '../helpers/texting.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { TRANSFER_LIMIT_MINUTES } from '../../src/calls/sweeps.ts';
import { CallSession } from '../../src/softphone/call-session.ts';
import { startTwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';

const ACCOUNT_SID = 'AC' + '7'.repeat(32);

describe('background work across instances', () => {
  it('sends every text of the outbox once when the senders of two instances run at the same moment', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const clock = testClock();
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_PHONE_NUMBER: HOTEL_NUMBER, DATABASE_URL: url, LOG_LEVEL: 'silent' });
    const twilioApi = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
    const dbs = await Promise.all([openStore(config), openStore(config)]);
    try {
      const outbox = new Outbox(dbs[0]!);
      const texts = 60;
      for (let i = 0; i < texts; i++) await outbox.enqueueText(`+1617555${String(3000 + i)}`, 'en-US', 'conversation', `text ${i}`, clock.now());
      // Each answer takes a moment, so both senders are busy with the outbox at the same time.
      twilioApi.script(...Array.from({ length: texts }, () => ({ kind: 'slow' as const, ms: 5 })));
      const senders = dbs.map((db) => new SmsSender({ db, config, logger: createLogger('silent'), clock: clock.now, httpClient: twilioApi.httpClient(2_000), batchSize: 100 }));
      const runs = await Promise.all(senders.map((s) => s.runOnce()));
      console.log(`outbox across instances: ${texts} texts, sent ${runs.map((r) => r.sent).join(' + ')} by the two senders`);
      expect(runs[0]!.sent + runs[1]!.sent).toBe(texts);
      expect(runs.every((r) => r.sent > 0)).toBe(true);
      expect(twilioApi.received.map((r) => r.form.Body).sort()).toEqual(Array.from({ length: texts }, (_, i) => `text ${i}`).sort());
      expect(await outbox.counts()).toMatchObject({ sent: texts, sending: 0, unsent: 0, queued: 0 });

      // Texts a sender left 'sending' when it died: both instances recover and send them, once.
      const stale = [];
      for (let i = 0; i < 10; i++) {
        const id = await outbox.enqueueText(`+1617555${String(4000 + i)}`, 'en-US', 'conversation', `stale ${i}`, clock.now());
        expect(await outbox.markSending(id, clock.now())).toBe('claimed');
        stale.push(id);
      }
      clock.advance(STALE_SENDING_MS + 1000);
      const again = await Promise.all(senders.map((s) => s.runOnce()));
      expect(again[0]!.sent + again[1]!.sent).toBe(stale.length);
      for (const id of stale) expect(await outbox.get(id)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(twilioApi.received.filter((r) => r.form.Body?.startsWith('stale ')).length).toBe(stale.length);
    } finally {
      for (const db of dbs) await db.close();
      await twilioApi.close();
    }
  });

  it('expires each idle text conversation once when both instances sweep at the same moment', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const clock = testClock();
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_PHONE_NUMBER: HOTEL_NUMBER, DATABASE_URL: url, LOG_LEVEL: 'silent', SMS_IDLE_MINUTES: '30' });
    const instances = await twoInstances(config, clock);
    try {
      const guests = Array.from({ length: 8 }, (_, i) => `+1617555${String(2000 + i)}`);
      for (const [i, from] of guests.entries()) {
        const guest = textingGuest(instances[i % 2]!.baseUrl, from);
        await guest.send('hi, I want to book a room');
        await guest.send('next friday');
      }
      clock.advance(31 * 60_000);
      const before = new Date(clock.now().getTime() - 30 * 60_000).toISOString();
      const expired = await Promise.all(instances.map((x) => x.service.expireIdleConversations(before)));
      expect(expired[0]! + expired[1]!).toBe(guests.length);
      const db = instances[0]!.db;
      const ended = await db.all<{ n: number }>(
        "SELECT count(*) AS n FROM call_events e JOIN calls c ON c.call_sid = e.call_sid WHERE c.channel = 'sms' AND e.kind = 'call.ended' GROUP BY e.call_sid",
      );
      expect(ended).toEqual(guests.map(() => ({ n: 1 })));
      expect(await db.get("SELECT count(*) AS n FROM calls WHERE channel = 'sms' AND (ended_at IS NULL OR status <> 'expired')")).toEqual({ n: 0 });
    } finally {
      await closeAll(instances);
    }
  });

  it('closes each call Twilio went quiet about once when both instances sweep at the same moment', async () => {
    const url = await createDatabase(inject('postgresUrl'));
    const clock = testClock();
    const config = loadConfig({ PUBLIC_BASE_URL: TEST_PUBLIC_URL, TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN, TWILIO_PHONE_NUMBER: HOTEL_NUMBER, DATABASE_URL: url, LOG_LEVEL: 'silent' });
    const instances = await twoInstances(config, clock);
    try {
      const callers = Array.from({ length: 8 }, (_, i) => new CallSession({
        baseUrl: instances[i % 2]!.baseUrl,
        publicBaseUrl: TEST_PUBLIC_URL,
        authToken: TEST_AUTH_TOKEN,
        from: `+1617555${String(5000 + i)}`,
        to: HOTEL_NUMBER,
      }));
      for (const call of callers) await askForStay(call);
      clock.advance(31 * 60_000);
      const ago = (m: number) => new Date(clock.now().getTime() - m * 60_000).toISOString();
      const closed = await Promise.all(instances.map((x) => x.service.closeStaleCalls(ago(30), ago(TRANSFER_LIMIT_MINUTES))));
      expect(closed[0]! + closed[1]!).toBe(callers.length);
      const db = instances[0]!.db;
      const ended = await db.all<{ n: number }>(
        "SELECT count(*) AS n FROM call_events e JOIN calls c ON c.call_sid = e.call_sid WHERE c.channel = 'voice' AND e.kind = 'call.ended' GROUP BY e.call_sid",
      );
      expect(ended).toEqual(callers.map(() => ({ n: 1 })));
      expect(await db.get('SELECT count(*) AS n FROM holds WHERE released_at IS NULL')).toEqual({ n: 0 });
    } finally {
      await closeAll(instances);
    }
  });
});
