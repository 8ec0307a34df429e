// An app whose texts go out through the real sender to a Twilio stand-in, with a small
// SMS_DAILY_LIMIT and a clerk's API token: what the tests of the day's texts' shares start from.

import request from 'supertest';
import { createLogger } from '../../src/logger.ts';
import { SmsSender } from '../../src/messaging/sender.ts';
import { Accounts } from '../../src/staff/accounts.ts';
import { startTestApp, TEST_AUTH_TOKEN } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { startTwilioStandIn } from '../messaging/twilio-rest-stand-in.ts';

const ACCOUNT_SID = 'AC' + '3'.repeat(32);

export interface TextingLimitApp {
  t: TestApp;
  /** POST to the console's API with the clerk's token. */
  api: (path: string, body: object) => request.Test;
  /** Every text due, handed to the stand-in (or refused) once. */
  sendAll: () => Promise<unknown>;
  close: () => Promise<void>;
}

export async function startTextingLimitApp(limit: number): Promise<TextingLimitApp> {
  const standIn = await startTwilioStandIn({ accountSid: ACCOUNT_SID, authToken: TEST_AUTH_TOKEN });
  const t = await startTestApp({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, SMS_DAILY_LIMIT: String(limit), STAFF_COOKIE_SECURE: 'false' } });
  const accounts = new Accounts(t.db);
  await accounts.add('clerk', 'clerk-password-1234', 'staff', t.clock.now());
  const token = (await accounts.createToken('clerk', 'test', t.clock.now())).token;
  return {
    t,
    api: (path, body) => request(t.baseUrl).post(path).set('Authorization', `Bearer ${token}`).send(body),
    sendAll: () => new SmsSender({ db: t.db, config: t.config, logger: createLogger('silent'), clock: t.clock.now, httpClient: standIn.httpClient(1000), batchSize: 100 }).runOnce(),
    close: async () => {
      await t.close();
      await standIn.close();
    },
  };
}
