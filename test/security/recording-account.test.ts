// A voicemail is fetched from Twilio with this deployment's account credentials, and a parent
// account's credentials open its subaccounts' recordings too. So only a recording under the
// configured account (TWILIO_ACCOUNT_SID) is fetched: a stored URL naming another account (taken
// from a webhook the server could not check, or from an account the numbers moved from) is refused
// and Twilio is not asked. Recordings made in calls to this account still play.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { ADMIN, leaveVoicemail, login, startStaffApp } from '../staff/staff-helpers.ts';

const OURS = `AC${'a'.repeat(32)}`;
const SUBACCOUNT = `AC${'b'.repeat(32)}`;

describe("recordings of this server's Twilio account only", () => {
  let t: TestApp;
  const asked: string[] = [];

  beforeAll(async () => {
    t = await startStaffApp({
      env: { TWILIO_ACCOUNT_SID: OURS },
      twilioFetch: async (url) => {
        asked.push(String(url));
        return new Response('ID3 audio', { status: 200, headers: { 'content-type': 'audio/mpeg' } });
      },
    });
  });
  afterAll(() => t.close());

  it("plays a voicemail under the account and refuses one under another account, without asking Twilio", async () => {
    await leaveVoicemail(t, { from: '+13055550150', transcript: 'Please call me back about Friday.' });
    const ours = await t.db.get<{ id: number; recording_url: string }>('SELECT id, recording_url FROM callback_requests ORDER BY id DESC LIMIT 1');
    expect(ours!.recording_url).toContain(`/Accounts/${OURS}/`);
    // Another voicemail whose stored URL names another account (a subaccount, say).
    await leaveVoicemail(t, { from: '+13055550151', transcript: 'About my booking.' });
    const other = await t.db.get<{ id: number }>('SELECT id FROM callback_requests WHERE caller_number = ?', ['+13055550151']);
    await t.db.run('UPDATE callback_requests SET recording_url = ? WHERE id = ?', [`https://api.twilio.com/2010-04-01/Accounts/${SUBACCOUNT}/Recordings/RE${'d'.repeat(32)}`, other!.id]);
    const { agent } = await login(t, ADMIN);

    const played = await agent.get(`/staff/callbacks/${ours!.id}/recording`);
    expect(played.status).toBe(200);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain(`/Accounts/${OURS}/Recordings/`);

    const refused = await agent.get(`/staff/callbacks/${other!.id}/recording`);
    expect(refused.status).toBe(404);
    expect(refused.text).toContain('another Twilio account');
    expect(asked).toHaveLength(1);
  });
});
