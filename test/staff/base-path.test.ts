// The staff console behind a proxy that serves Conserje under a path (PUBLIC_BASE_URL =
// https://hotel.example.com/conserje): real HTTP through a real proxy (prefix-proxy.ts) that passes
// on only /conserje/…, taking the path off or leaving it on. Every link, asset, form action and
// redirect must stay under the path, and the cookies must be scoped to it; written from the host's
// root, the browser would ask the proxy for /staff/… and get its 404.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CallSession } from '../../src/softphone/call-session.ts';
import { HOTEL_NUMBER, TEST_AUTH_TOKEN } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { startPrefixProxy } from './prefix-proxy.ts';
import type { PrefixProxy } from './prefix-proxy.ts';
import { ADMIN, startStaffApp } from './staff-helpers.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';

const PREFIX = '/conserje';
const PUBLIC = `https://hotel.example.com${PREFIX}`;

/** A client that keeps cookies as a browser does (by name; Max-Age=0 deletes) and follows no redirect by itself. */
function client(origin: string) {
  const jar = new Map<string, string>();
  const setCookies: string[] = [];
  const send = async (path: string, init: RequestInit = {}) => {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(origin + path, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    for (const line of res.headers.getSetCookie()) {
      setCookies.push(line);
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      if (/Max-Age=0\b/.test(line)) jar.delete(name);
      else jar.set(name, pair!.slice(eq + 1));
    }
    return { status: res.status, location: res.headers.get('location'), type: res.headers.get('content-type') ?? '', text: await res.text() };
  };
  return {
    setCookies,
    get: (path: string) => send(path),
    post: (path: string, form: Record<string, string>) =>
      send(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() }),
  };
}

const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
const unescape = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every URL a page points at: links, assets, form actions (with the form's method). */
function urlsOf(page: string): { attr: string; url: string; method: string }[] {
  const out: { attr: string; url: string; method: string }[] = [];
  for (const m of page.matchAll(/<(\w+)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    for (const a of attrs.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      const method = m[1] === 'form' ? (/\smethod="(\w+)"/.exec(attrs)?.[1] ?? 'get').toLowerCase() : 'get';
      out.push({ attr: `<${m[1]} ${a[1]}>`, url: unescape(a[2]!), method });
    }
  }
  return out;
}

async function logIn(c: ReturnType<typeof client>, next: string, prefix = PREFIX) {
  // A visitor without a session is sent to the login, under the path, with the page to come back to.
  const gate = await c.get(next);
  expect(gate.status).toBe(303);
  expect(gate.location).toMatch(new RegExp(`^${prefix}/staff/login\\?next=`));
  const form = await c.get(gate.location!);
  expect(form.status).toBe(200);
  expect(form.text).toContain(`action="${prefix}/staff/login"`);
  const done = await c.post(`${prefix}/staff/login`, { _csrf: csrfOf(form.text), username: ADMIN.username, password: ADMIN.password, next: /<input type="hidden" name="next" value="([^"]*)"/.exec(form.text)![1]! });
  expect(done.status).toBe(303);
  return done.location;
}

describe.each([
  { strip: true, how: 'takes the path off' },
  { strip: false, how: 'passes the path on' },
])('the staff console behind a proxy that $how', ({ strip }) => {
  let t: TestApp;
  let proxy: PrefixProxy;
  let confirmation: string;

  beforeAll(async () => {
    t = await startStaffApp({ env: { PUBLIC_BASE_URL: PUBLIC } });
    proxy = await startPrefixProxy(t.baseUrl, { prefix: PREFIX, strip });
    // A booking by phone, through the proxy as Twilio would make it (signed for the public URL).
    const call = new CallSession({ baseUrl: proxy.url, publicBaseUrl: PUBLIC, authToken: TEST_AUTH_TOKEN, from: '+12125550123', to: HOTEL_NUMBER });
    // Booked: the call asks "Another booking?" once (flows/after-booking.ts); the caller hangs up.
    expect((await bookByKeys(call, { date: '1204', roomType: '2', rooms: '1', nights: '2#', name: 'Ana Torres' })).said.at(-1)?.text).toBe('Another booking? Press 1.');
    await call.hangup();
    confirmation = (await t.db.get<{ confirmation: string }>('SELECT confirmation FROM reservations WHERE call_sid = ?', [call.callSid]))!.confirmation;
  });
  afterAll(async () => {
    await proxy?.close();
    await t?.close();
  });
  beforeEach(() => {
    proxy.missed.length = 0;
  });

  it('logs in under the path and comes back to the page asked for, with its cookies scoped to the path', async () => {
    const c = client(proxy.origin);
    expect(await logIn(c, `${PREFIX}/staff/calls?outcome=booked`)).toBe(`${PREFIX}/staff/calls?outcome=booked`);
    expect(c.setCookies.length).toBeGreaterThanOrEqual(3);
    for (const line of c.setCookies) expect(line).toMatch(new RegExp(`; Path=${PREFIX}(?:/staff)?;`));
    expect(c.setCookies.find((l) => l.startsWith('conserje_staff='))).toMatch(new RegExp(`; Path=${PREFIX};`));
    // The session works for the pages and for the JSON API, both under the path.
    expect((await c.get(`${PREFIX}/staff/calls?outcome=booked`)).status).toBe(200);
    const me = await c.get(`${PREFIX}/api/me`);
    expect(me.status).toBe(200);
    expect(JSON.parse(me.text)).toMatchObject({ username: ADMIN.username });
    expect(proxy.missed).toEqual([]);
  });

  it('keeps every link, asset and form of every page under the path, and each one answers', async () => {
    const c = client(proxy.origin);
    await logIn(c, `${PREFIX}/staff`);
    const seen = new Set<string>();
    const queue = [`${PREFIX}/`, `${PREFIX}/staff`];
    const checked: string[] = [];
    while (queue.length > 0 && seen.size < 150) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await c.get(path);
      expect(res.status, `GET ${path}`).toBeLessThan(400);
      if (!res.type.startsWith('text/html')) continue;
      for (const { attr, url, method } of urlsOf(res.text)) {
        if (!url.startsWith('/')) continue; // tel:, #fragment, data:, https://…
        checked.push(`${attr} ${url}`);
        expect(url, `${attr} on ${path}`).toMatch(new RegExp(`^${PREFIX}/`));
        const target = url.split('#')[0]!;
        if (method === 'get' && !seen.has(target)) queue.push(target);
      }
    }
    // Every kind of thing a page points at was seen: the console's pages, its assets, the API, forms.
    for (const kind of ['staff/calls/CA', 'staff/assets/staff.css', 'staff/assets/live.js', 'api/calls.csv', 'staff/reservations?', 'healthz']) {
      expect(checked.some((line) => line.includes(`${PREFIX}/${kind}`)), kind).toBe(true);
    }
    expect(checked.some((line) => line.startsWith('<form action>') && line.includes(`${PREFIX}/staff/logout`))).toBe(true);
    // Pages that are not the console's own lead back into it, under the path.
    const missing = await c.get(`${PREFIX}/staff/no-such-page`);
    expect(missing.status).toBe(404);
    expect(missing.text).toContain(`<a href="${PREFIX}/staff">Overview</a>`);
    const bad = await c.get(`${PREFIX}/staff/calls/not-a-call-sid`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain(`<a href="${PREFIX}/staff/calls/not-a-call-sid">Back to the page</a>`);
    expect(proxy.missed).toEqual([]);
  });

  it('posts a form under the path and is sent back under it (cancel, then undo, a reservation)', async () => {
    const c = client(proxy.origin);
    await logIn(c, `${PREFIX}/staff`);
    const list = await c.get(`${PREFIX}/staff/reservations?date=2026-12-04`);
    const row = list.text.slice(list.text.indexOf(confirmation) - 3000);
    const cancel = /<form method="post" action="([^"]+\/cancel)">/.exec(row)![1]!;
    expect(cancel).toMatch(new RegExp(`^${PREFIX}/staff/reservations/\\d+/cancel$`));
    const back = unescape(/name="back" value="([^"]*)"/.exec(row)![1]!);
    const done = await c.post(cancel, { _csrf: csrfOf(list.text), back, confirm: 'yes' });
    expect(done.status).toBe(303);
    expect(done.location).toMatch(new RegExp(`^${PREFIX}/staff/reservations\\?.*notice=cancelled#reservation-\\d+$`));
    const after = await c.get(done.location!.split('#')[0]!);
    expect(after.text).toContain('Reservation cancelled');
    const undo = /<form method="post" action="([^"]+\/undo)">/.exec(after.text)![1]!;
    const undone = await c.post(undo, { _csrf: csrfOf(after.text), back });
    expect(undone.location).toMatch(new RegExp(`^${PREFIX}/staff/reservations\\?.*notice=undone`));
    expect(proxy.missed).toEqual([]);
  });

  it('logs out under the path: the session cookie is cleared where it was set', async () => {
    const c = client(proxy.origin);
    await logIn(c, `${PREFIX}/staff`);
    const page = await c.get(`${PREFIX}/staff`);
    const out = await c.post(`${PREFIX}/staff/logout`, { _csrf: csrfOf(page.text) });
    expect(out.status).toBe(200);
    expect(out.text).toContain(`href="${PREFIX}/staff/login"`);
    expect(c.setCookies.at(-1)).toMatch(new RegExp(`^conserje_staff=; Path=${PREFIX}; Max-Age=0`));
    expect((await c.get(`${PREFIX}/api/me`)).status).toBe(401);
  });
});

describe('a hotel group’s console under a path', () => {
  it('switches property under the path, the choice remembered for the console alone', async () => {
    const t = await startStaffApp({ hotelsDir: DEMO_GROUP, env: { PUBLIC_BASE_URL: PUBLIC } });
    const proxy = await startPrefixProxy(t.baseUrl, { prefix: PREFIX, strip: true });
    try {
      const c = client(proxy.origin);
      await logIn(c, `${PREFIX}/staff/calls`);
      const page = await c.get(`${PREFIX}/staff/calls`);
      expect(page.text).toContain(`<form class="switcher" method="post" action="${PREFIX}/staff/property">`);
      const here = unescape(/name="next" value="([^"]*)"/.exec(page.text)![1]!);
      const switched = await c.post(`${PREFIX}/staff/property`, { _csrf: csrfOf(page.text), code: 'SIE', next: here });
      expect(switched.status).toBe(303);
      expect(switched.location).toBe(`${PREFIX}/staff/calls`);
      expect(c.setCookies.at(-1)).toMatch(new RegExp(`^conserje_property=SIE; Path=${PREFIX}/staff;`));
      expect((await c.get(switched.location!)).text).toContain('<option value="SIE" selected>');
      expect(proxy.missed).toEqual([]);
    } finally {
      await proxy.close();
      await t.close();
    }
  });
});

describe('the staff console under a path, with Secure cookies', () => {
  it('names them __Secure- (a __Host- cookie must have Path=/, and the browser would drop it)', async () => {
    const t = await startStaffApp({ env: { PUBLIC_BASE_URL: PUBLIC, STAFF_COOKIE_SECURE: 'true' } });
    try {
      const c = client(t.baseUrl);
      const form = await c.get('/staff/login');
      await c.post('/staff/login', { _csrf: csrfOf(form.text), username: ADMIN.username, password: ADMIN.password });
      expect(c.setCookies[0]).toMatch(new RegExp(`^__Secure-conserje_login=[^;]+; Path=${PREFIX}; .*; Secure$`));
      expect(c.setCookies.find((l) => l.startsWith('__Secure-conserje_staff='))).toMatch(new RegExp(`; Path=${PREFIX}; .*; Secure$`));
      expect(c.setCookies.some((l) => l.startsWith('__Host-'))).toBe(false);
    } finally {
      await t.close();
    }
  });
});

describe('the staff console at the host root (PUBLIC_BASE_URL without a path)', () => {
  it('links from the root and scopes its cookies to the whole host, as before', async () => {
    const t = await startStaffApp({ env: { PUBLIC_BASE_URL: 'https://hotel.example.com/' } });
    try {
      const c = client(t.baseUrl);
      const gate = await c.get('/staff/calls');
      expect(gate.location).toBe('/staff/login?next=%2Fstaff%2Fcalls');
      expect(await logIn(c, '/staff', '')).toBe('/staff');
      const page = await c.get('/staff');
      expect(page.text).toContain('href="/staff/calls"');
      expect(page.text).toContain('src="/staff/assets/live.js"');
      expect(c.setCookies.find((l) => l.startsWith('conserje_staff='))).toMatch(/; Path=\/;/);
    } finally {
      await t.close();
    }
  });
});
