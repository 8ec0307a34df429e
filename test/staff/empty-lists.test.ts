// Empty lists say what is empty and where else to look: "No guest is due to arrive today", not
// "No reservations here"; a search that finds nothing says what to search by.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { login, startStaffApp } from './staff-helpers.ts';

describe('empty lists of the console', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp();
  });
  afterAll(() => t?.close());

  const said = (page: string) => /<p id="reservations-empty">(.*?)<\/p>/s.exec(page)?.[1];

  it('names the list and the day of an empty reservation list', async () => {
    const { agent } = await login(t);
    expect(said((await agent.get('/staff/reservations').expect(200)).text)).toBe('No guest is due to arrive today. Search above for a guest arriving another day.');
    expect(said((await agent.get('/staff/reservations?list=in-house').expect(200)).text)).toBe('No guest is staying tonight. Pick another day above, or search for a guest.');
    expect(said((await agent.get('/staff/reservations?list=departures&date=2026-12-04').expect(200)).text)).toBe('No guest is due to leave on Fri, Dec 4. Pick another day above, or search for a guest.');
  });

  it('says what to search by when a search finds nothing', async () => {
    const { agent } = await login(t);
    expect(said((await agent.get('/staff/reservations?q=Zed').expect(200)).text)).toBe(
      "No reservation matches “Zed”. Try the confirmation number, part of the guest&#39;s name, or the last 4 digits of their phone.",
    );
  });

  it('says what the called-back and all lists of callbacks hold when empty', async () => {
    const { agent } = await login(t);
    expect((await agent.get('/staff/callbacks?status=done').expect(200)).text).toContain('No request has been called back yet');
    expect((await agent.get('/staff/callbacks?status=all').expect(200)).text).toContain('No callback requests yet');
  });
});
