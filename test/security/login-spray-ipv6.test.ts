// Round 28: the login limits counted per address were counted per IPv6 address, and any client on
// IPv6 has a /64 of them (a home line, a phone, a rented server): rotating the address at every
// attempt, one machine sprayed a password over thirty usernames with no refusal, where one address
// is refused after twenty. Now an IPv6 client is its /64 (src/http/client-network.ts); an IPv4
// address is itself, however it is written. Behind one proxy (TRUST_PROXY) as the console is
// deployed, the addresses come from X-Forwarded-For.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { loginFrom } from '../helpers/login-from.ts';
import { ADMIN, startStaffApp } from '../staff/staff-helpers.ts';

const from = (t: TestApp, address: string, username: string, password: string) =>
  loginFrom(t, '127.0.0.1', username, password, { 'x-forwarded-for': address });

describe('a password sprayed over many usernames from one IPv6 network', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startStaffApp({ env: { STAFF_LOGIN_MAX_ATTEMPTS: '5', TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => t.close());

  it('is refused after the address limit, though every attempt comes from another address of the /64', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 26; i++) statuses.push((await from(t, `2001:db8:1:2::${i.toString(16)}`, `clerk-${i}`, 'Summer2026!')).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(6).fill(429));
    // However it is written, an address of that /64 is that client.
    expect((await from(t, '2001:0db8:0001:0002:ffff:ffff:ffff:fffe', 'clerk-99', 'Summer2026!')).status).toBe(429);
    // The next /64 (another customer of the same provider) is not refused, nor is the account there.
    expect((await from(t, '2001:db8:1:3::1', 'clerk-99', 'Summer2026!')).status).toBe(401);
    expect((await from(t, '2001:db8:1:3::2', ADMIN.username, ADMIN.password)).status).toBe(303);
  });

  it('counts an IPv4 client as one whether it arrives as IPv4 or IPv4-mapped IPv6', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const address = i % 2 === 0 ? '203.0.113.9' : '::ffff:203.0.113.9';
      statuses.push((await from(t, address, `night-${i}`, 'Winter2026!')).status);
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect((await from(t, '203.0.113.10', 'night-99', 'Winter2026!')).status).toBe(401);
  });

  it('still lets a clerk in from their own network after its address changed (IPv6 privacy addresses do, daily)', async () => {
    expect((await from(t, '2001:db8:7:7::1', ADMIN.username, ADMIN.password)).status).toBe(303);
    for (let i = 0; i < 24; i++) await from(t, `2001:db8:7:7::${(0x100 + i).toString(16)}`, `desk-${i}`, 'Autumn2026!');
    expect((await from(t, '2001:db8:7:7::beef', 'desk-99', 'Autumn2026!')).status).toBe(429);
    expect((await from(t, '2001:db8:7:7:a:b:c:d', ADMIN.username, ADMIN.password)).status).toBe(303);
  });
});
