// The callbacks worklist names the guest by what was heard on the call when the call settled no
// name: the name said at the name question but not yet confirmed when the caller asked for the
// desk, a name said in passing, one in the voicemail's transcript; marked as not confirmed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameIn } from '../../src/staff/queries/names-heard.ts';
import type { TestApp } from '../helpers/app.ts';
import { askForStay } from '../helpers/scripted-calls.ts';
import { STAFF, login, startStaffApp } from './staff-helpers.ts';

/** The worklist row of a caller's number, as its text. */
const rowOf = (page: string, last4: string) => {
  const row = [...page.matchAll(/<tr id="callback-\d+"[\s\S]*?<\/tr>/g)].map((m) => m[0]).find((r) => r.includes(`555-${last4}`));
  return row?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') ?? '';
};

describe('the name heard, on the callbacks worklist', () => {
  let t: TestApp;
  let page: string;

  beforeAll(async () => {
    t = await startStaffApp();
    // At the name question, said with low confidence; then 0 before confirming it.
    const unsure = t.call({ from: '+12125550901' });
    await askForStay(unsure);
    await unsure.say('Maria Lopez', 0.3);
    await unsure.press('0');
    await unsure.dialResult('no-answer');
    await unsure.press('2');
    await unsure.hangup();
    // Said in passing, asking for a person at the greeting.
    const passing = t.call({ from: '+12125550902' });
    await passing.start();
    await passing.say('Hi, this is John Smith, I want to talk to someone', 0.9);
    await passing.dialResult('no-answer');
    await passing.press('2');
    await passing.hangup();
    // No name anywhere.
    const none = t.call({ from: '+12125550903' });
    await none.start();
    await none.press('0');
    await none.dialResult('no-answer');
    await none.press('2');
    await none.hangup();
    // A voicemail whose transcript names the caller.
    const voicemail = t.call({ from: '+12125550904' });
    await voicemail.start();
    await voicemail.press('0');
    await voicemail.dialResult('no-answer');
    await voicemail.press('2');
    await voicemail.hangup();
    await t.db.run("UPDATE callback_requests SET transcript = 'Hello, my name is Rosa Diaz, please call me about a room', transcript_status = 'completed' WHERE caller_number = '+12125550904'");
    page = (await (await login(t, STAFF)).agent.get('/staff/callbacks').expect(200)).text;
  });
  afterAll(() => t.close());

  it('shows the name given at the name question though not confirmed, and says so', () => {
    expect(rowOf(page, '0901')).toContain('Maria Lopez (heard, not confirmed)');
  });

  it('shows a name said in passing, not the whole sentence', () => {
    expect(rowOf(page, '0902')).toContain('John Smith (heard, not confirmed)');
    expect(rowOf(page, '0902')).not.toContain('I Want');
  });

  it('reads the voicemail’s transcript when the call had none', () => {
    expect(rowOf(page, '0904')).toContain('Rosa Diaz (heard, not confirmed)');
  });

  it('still says "name not given" when nothing was heard', () => {
    expect(rowOf(page, '0903')).toContain('name not given');
  });

  it('the API gives the heard name beside the given one', async () => {
    const { agent } = await login(t, STAFF);
    const { body } = await agent.get('/api/callbacks').expect(200);
    const byNumber = Object.fromEntries((body.callbacks as { callerNumber: string; guestName: string | null; guestNameHeard: string | null }[]).map((c) => [c.callerNumber, c]));
    expect(byNumber['+12125550901']).toMatchObject({ guestName: null, guestNameHeard: 'Maria Lopez' });
    expect(byNumber['+12125550903']).toMatchObject({ guestName: null, guestNameHeard: null });
  });

  it('the overview’s calls that need a person, and GET /api/today, name them the same way', async () => {
    const { agent } = await login(t, STAFF);
    const overview = (await agent.get('/staff').expect(200)).text;
    const item = (last4: string) => [...overview.matchAll(/<li data-call="[^"]+"[^>]*>[\s\S]*?<\/li>/g)].map((m) => m[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).find((li) => li.includes(`555-${last4}`));
    expect(item('0901')).toContain('Maria Lopez (heard, not confirmed)');
    expect(item('0902')).toContain('John Smith (heard, not confirmed)');
    expect(item('0904')).toContain('Rosa Diaz (heard, not confirmed)');
    expect(item('0903')).not.toContain('heard');
    const { body } = await agent.get('/api/today').expect(200);
    expect(body.needsPerson.calls.find((c: { from: string }) => c.from === '+12125550901')).toMatchObject({ guestName: null, guestNameHeard: 'Maria Lopez' });
  });

  it('takes only what the line would take as a name', () => {
    expect(nameIn('operator', true)).toBeNull();
    expect(nameIn('no', true)).toBeNull();
    expect(nameIn('uh I want to talk to the front desk', true)).toBeNull();
    expect(nameIn('Soy Lucía Hernández, quiero hablar con alguien', false)).toBe('Lucía Hernández');
    expect(nameIn('I want a room for Friday', false)).toBeNull();
  });
});
