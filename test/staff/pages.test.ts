import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import { bookByKeys } from '../helpers/scripted-calls.ts';
import { ADMIN, STAFF, fillWithCalls, login, startStaffApp } from './staff-helpers.ts';
import type { FilledCalls } from './staff-helpers.ts';

const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

describe('staff pages', () => {
  let t: TestApp;
  let calls: FilledCalls;

  beforeAll(async () => {
    // Behind a proxy on this machine (TRUST_PROXY): the tests name the client's address in X-Forwarded-For.
    t = await startStaffApp({ env: { STAFF_LOGIN_MAX_ATTEMPTS: '3', TRUST_PROXY: 'loopback' } });
    calls = await fillWithCalls(t);
  });
  afterAll(() => t.close());

  describe('login', () => {
    it('sends a visitor without a session to the login page, and back after logging in', async () => {
      const res = await request(t.baseUrl).get('/staff/calls?outcome=booked');
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/staff/login?next=%2Fstaff%2Fcalls%3Foutcome%3Dbooked');
      const agent = request.agent(t.baseUrl);
      const form = await agent.get(res.headers.location!).expect(200);
      expect(form.text).toContain('<label for="username">');
      expect(form.text).toContain('autocomplete="current-password"');
      const done = await agent
        .post('/staff/login')
        .type('form')
        .send({ _csrf: csrfOf(form.text), username: STAFF.username, password: STAFF.password, next: '/staff/calls?outcome=booked' });
      expect(done.status).toBe(303);
      expect(done.headers.location).toBe('/staff/calls?outcome=booked');
      const cookie = (done.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('conserje_staff='))!;
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
      expect(cookie).toMatch(/Max-Age=43200/);
      expect((await agent.get('/staff/calls?outcome=booked')).status).toBe(200);
    });

    it('never sends the browser elsewhere after login', async () => {
      const agent = request.agent(t.baseUrl);
      const form = await agent.get('/staff/login').expect(200);
      const res = await agent.post('/staff/login').type('form').send({ _csrf: csrfOf(form.text), username: STAFF.username, password: STAFF.password, next: '//evil.example/staff' });
      expect(res.headers.location).toBe('/staff');
    });

    it('refuses a login form without its CSRF token (403)', async () => {
      const res = await request(t.baseUrl).post('/staff/login').type('form').send({ username: ADMIN.username, password: ADMIN.password });
      expect(res.status).toBe(403);
      expect(res.headers['set-cookie']?.toString() ?? '').not.toContain('conserje_staff=');
    });

    it('says nothing about which of username and password was wrong, and records the failure', async () => {
      const agent = request.agent(t.baseUrl);
      const tryLogin = async (username: string, password: string) => {
        const form = await agent.get('/staff/login');
        return agent.post('/staff/login').set('X-Forwarded-For', '203.0.113.9').type('form').send({ _csrf: csrfOf(form.text), username, password });
      };
      const wrongPassword = await tryLogin(STAFF.username, 'not-the-password');
      const noSuchUser = await tryLogin('nobody', 'not-the-password');
      expect(wrongPassword.status).toBe(401);
      expect(noSuchUser.status).toBe(401);
      expect(wrongPassword.text).toContain('Wrong username or password.');
      expect(noSuchUser.text).toContain('Wrong username or password.');
      const audit = (await t.db.all<{ actor: string; ip: string }>("SELECT actor, ip FROM audit_log WHERE action = 'login.failed' ORDER BY id"));
      expect(audit).toEqual(expect.arrayContaining([{ actor: STAFF.username, ip: '203.0.113.9' }, { actor: 'nobody', ip: '203.0.113.9' }]));
    });

    it('rate-limits failed logins per username and address (429), even with the right password then', async () => {
      const attempt = async (password: string, ip: string) => {
        const agent = request.agent(t.baseUrl);
        const form = await agent.get('/staff/login');
        return agent.post('/staff/login').set('X-Forwarded-For', ip).type('form').send({ _csrf: csrfOf(form.text), username: ADMIN.username, password });
      };
      for (let i = 0; i < 3; i++) expect((await attempt('guess-number-' + i, '198.51.100.7')).status).toBe(401);
      const blocked = await attempt(ADMIN.password, '198.51.100.7');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.text).toContain('Too many failed attempts');
      // Another address is judged on its own…
      expect((await attempt(ADMIN.password, '198.51.100.8')).status).toBe(303);
      // …but a guesser changing address at every try meets the per-username limit (4 × 3).
      for (let i = 0; i < 9; i++) await attempt('guess-' + i, `192.0.2.${i + 1}`);
      expect((await attempt(ADMIN.password, '192.0.2.200')).status).toBe(429);
      // The window passes.
      t.clock.advance(16 * 60_000);
      expect((await attempt(ADMIN.password, '198.51.100.7')).status).toBe(303);
    });

    it('marks the cookie Secure (and __Host-) when PUBLIC_BASE_URL is https', async () => {
      const secure = await startStaffApp({ env: { STAFF_COOKIE_SECURE: 'auto' } });
      try {
        const form = await request(secure.baseUrl).get('/staff/login');
        const loginCookie = (form.headers['set-cookie'] as unknown as string[])[0]!;
        expect(loginCookie).toMatch(/^__Host-conserje_login=.*; Secure/);
        const res = await request(secure.baseUrl)
          .post('/staff/login')
          .set('Cookie', loginCookie.split(';')[0]!)
          .type('form')
          .send({ _csrf: csrfOf(form.text), username: ADMIN.username, password: ADMIN.password });
        expect(res.status).toBe(303);
        const session = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('__Host-conserje_staff='))!;
        expect(session).toMatch(/; Path=\//);
        expect(session).toMatch(/; HttpOnly/);
        expect(session).toMatch(/; SameSite=Lax/);
        expect(session).toMatch(/; Secure/);
      } finally {
        await secure.close();
      }
    });

    it('logs out: the session is gone for good, and the logout is audited', async () => {
      const { agent } = await login(t, STAFF);
      const page = await agent.get('/staff').expect(200);
      const cookie = (await agent.get('/api/me')).request.cookies;
      expect(cookie).toContain('conserje_staff=');
      expect((await agent.post('/staff/logout').type('form').send({})).status).toBe(403);
      expect((await agent.post('/staff/logout').type('form').send({ _csrf: csrfOf(page.text) })).status).toBe(200);
      expect((await agent.get('/staff')).status).toBe(303);
      // The old cookie value does not open a session any more.
      expect((await request(t.baseUrl).get('/api/calls').set('Cookie', cookie)).status).toBe(401);
      expect(await t.db.get("SELECT count(*) AS n FROM audit_log WHERE action = 'logout' AND actor = ?", [STAFF.username])).toEqual({ n: 1 });
    });
  });

  describe('pages', () => {
    it('renders every page for phone and desk, with labels, navigation and no inline script', async () => {
      // Scripts only from the app itself (the live figures' /staff/assets/live.js), never inline.
      const { agent } = await login(t, ADMIN);
      for (const path of ['/staff', '/staff/calls', `/staff/calls/${calls.booked}`, '/staff/reservations', '/staff/callbacks', '/staff/availability', '/staff/flow', '/staff/admin']) {
        const res = await agent.get(path);
        expect(res.status, path).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-security-policy']).toContain("default-src 'none'");
        expect(res.text).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
        expect(res.text).toContain('<link rel="stylesheet" href="/staff/assets/staff.css">');
        expect(res.text).toContain('<nav aria-label="Staff pages">');
        expect(res.text).toContain('aria-current="page"');
        for (const [tag] of res.text.matchAll(/<script[^>]*>/g)) expect(tag, path).toBe('<script src="/staff/assets/live.js" defer>');
        expect(res.text).not.toMatch(/<script[^>]*>[^<]/);
        // Every form control has a label.
        for (const [, id] of res.text.matchAll(/<(?:input|select|textarea)(?![^>]*type="(?:hidden|checkbox)")[^>]*id="([^"]+)"/g)) {
          expect(res.text, `${path} #${id}`).toContain(`for="${id}"`);
        }
      }
      const css = await agent.get('/staff/assets/staff.css').expect(200);
      expect(css.headers['content-type']).toMatch(/^text\/css/);
      expect(css.text).toContain('@media');
    });

    it('lists calls with filters and links to each timeline', async () => {
      const { agent } = await login(t, STAFF);
      const res = await agent.get('/staff/calls').expect(200);
      for (const sid of Object.values(calls)) if (sid.startsWith('CA')) expect(res.text).toContain(`href="/staff/calls/${sid}"`);
      expect(res.text).toContain('+12125550123');
      expect(res.text).toContain('<label for="outcome">Outcome</label>');
      expect(res.text).toContain('href="/api/calls.csv"');
      const booked = await agent.get('/staff/calls?outcome=booked&from=&to=&caller=&lang=').expect(200);
      expect(booked.text).toContain(calls.booked);
      expect(booked.text).not.toContain(calls.abandoned);
      expect(booked.text).toContain('<option value="booked" selected>');
      const bad = await agent.get('/staff/calls?from=2026-02-31');
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('The start date must be a date, like 2026-12-04.');
    });

    it("shows one call's timeline: prompts, keys, speech with confidence, understanding, outcome and reservation", async () => {
      const { agent } = await login(t, STAFF);
      const res = await agent.get(`/staff/calls/${calls.booked}`).expect(200);
      expect(res.text).toContain('<ol class="timeline">');
      expect(res.text).toContain('Hello, this is Hotel Miramar.');
      expect(res.text).toContain('<h1>Call from Ana Torres</h1>');
      expect(res.text).toMatch(/<p class="summary" id="summary">Ana Torres booked 1 Deluxe King room, Dec 4–6 \(2 nights\), by phone in English/);
      expect(res.text).toContain('pressed <span class="heard">1204</span>');
      expect(res.text).toContain('said <span class="heard">“Ana Torres”</span> <span class="small muted">(confidence 95%)</span>');
      // What the line understood, in the desk's words: the day, the room's name, the payment method.
      expect(res.text).toContain('Understood: <strong>arriving Fri, Dec 4</strong>');
      expect(res.text).toContain('Understood: <strong>Deluxe King</strong>');
      expect(res.text).toContain('Understood: <strong>pays by credit card</strong>');
      expect(res.text).toContain('Outcome: <strong>booked</strong>');
      // State names and prompt ids are there, behind the technical-details toggle.
      expect(res.text).toMatch(/<div class="tech small muted">step \d+ · state askingArrivalDate → askingRoomType<\/div>/);
      expect(res.text).toContain('<input type="checkbox" id="show-tech"');
      expect(res.text).not.toContain('DLX');
      expect(res.text).toContain(`Reservation ${calls.confirmation}`);
      expect(res.text).toContain('<dt>Held until</dt><dd>Fri, Dec 4 18:00</dd>');
      const desk = await agent.get(`/staff/calls/${calls.desk}`).expect(200);
      expect(desk.text).toContain('the desk did not answer');
      expect(desk.text).toContain('Understood: <strong>asked for the front desk</strong>');
      expect(desk.text).not.toMatch(/Understood: <strong>(agent|miss|leaveMessage)/);
      const spanish = await agent.get(`/staff/calls/${calls.spanish}`).expect(200);
      expect(spanish.text).toContain('Understood: <strong>Spanish, please</strong>');
      expect((await agent.get('/staff/calls/CA0123456789abcdef0123456789abcdef')).status).toBe(404);
    });

    it('cancels from the reservations page only with the CSRF token, then shows it cancelled', async () => {
      const { agent } = await login(t, STAFF);
      const page = await agent.get('/staff/reservations?date=2026-12-04').expect(200);
      expect(page.text).toContain(calls.confirmation);
      expect(page.text).toContain('Ana Torres');
      const id = /action="\/staff\/reservations\/(\d+)\/cancel"/.exec(page.text)![1];
      const csrf = csrfOf(page.text);

      const forged = await agent.post(`/staff/reservations/${id}/cancel`).type('form').send({ confirm: 'yes' });
      expect(forged.status).toBe(403);
      const wrong = await agent.post(`/staff/reservations/${id}/cancel`).type('form').send({ confirm: 'yes', _csrf: 'x'.repeat(43) });
      expect(wrong.status).toBe(403);
      expect(await t.db.get('SELECT status FROM reservations WHERE id = ?', [id!])).toEqual({ status: 'booked' });
      const unconfirmed = await agent.post(`/staff/reservations/${id}/cancel`).type('form').send({ _csrf: csrf });
      expect(unconfirmed.status).toBe(400);

      const done = await agent.post(`/staff/reservations/${id}/cancel`).type('form').send({ _csrf: csrf, confirm: 'yes', back: '/staff/reservations?date=2026-12-04' });
      expect(done.status).toBe(303);
      expect(done.headers.location).toBe(`/staff/reservations?date=2026-12-04&notice=cancelled#reservation-${id}`);
      const after = await agent.get('/staff/reservations?date=2026-12-04&notice=cancelled').expect(200);
      expect(after.text).toContain('Reservation cancelled: its rooms are free again.');
      expect(after.text).toContain('<span class="badge cancelled">cancelled</span>');
      expect(await t.db.get("SELECT actor, via FROM audit_log WHERE action = 'reservation.cancel' AND target = ?", [`reservation:${id}`])).toEqual({ actor: STAFF.username, via: 'web' });
      const again = await agent.post(`/staff/reservations/${id}/cancel`).type('form').send({ _csrf: csrf, confirm: 'yes' });
      expect(again.status).toBe(409);
    });

    it('marks a guest arrived from the page, and shows an unarrived reservation as released past its hold', async () => {
      const first = t.call({ from: '+16175550150' });
      await bookByKeys(first, { date: '1205', roomType: '3', rooms: '1', nights: '1#', name: 'Ivy Chen' });
      const second = t.call({ from: '+16175550151' });
      await bookByKeys(second, { date: '1205', roomType: '3', rooms: '1', nights: '1#', name: 'Max Ruiz' });
      const before = t.clock.now().toISOString();
      try {
        t.clock.set('2026-12-05T19:00:00Z'); // 14:00 in New York
        const { agent } = await login(t, STAFF);
        const page = await agent.get('/staff/reservations').expect(200);
        expect(page.text).toContain('<h2>Arrivals, today</h2>');
        const ivy = /<tr id="reservation-(\d+)"[^>]*>(?:(?!<\/tr>)[\s\S])*Ivy Chen/.exec(page.text)![1];
        const res = await agent.post(`/staff/reservations/${ivy}/arrived`).type('form').send({ _csrf: csrfOf(page.text), back: '/staff/reservations' });
        expect(res.status).toBe(303);
        expect(res.headers.location).toBe(`/staff/reservations?notice=arrived#reservation-${ivy}`);

        t.clock.set('2026-12-05T23:30:00Z'); // 18:30: past the 18:00 hold (hours later: a session unused that long has ended)
        const later = await (await login(t, STAFF)).agent.get('/staff/reservations').expect(200);
        expect(later.text).toMatch(/Ivy Chen(?:(?!<\/tr>)[\s\S])*<span class="badge arrived">arrived<\/span>/);
        expect(later.text).toMatch(/Max Ruiz(?:(?!<\/tr>)[\s\S])*<span class="badge released">released<\/span>(?:(?!<\/tr>)[\s\S])*<td data-label="Held until">today 18:00<\/td>/);
      } finally {
        t.clock.set(before);
      }
    });

    it('works the callback queue: oldest first, mark called back with a note', async () => {
      (await t.db.run(`INSERT INTO callback_requests (call_sid, created_at, caller_number, locale, reason, recording_url, partial_json, hotel_id)
         SELECT ?, '2026-11-28T15:03:00.000Z', '+13055550188', 'en-US', 'caller_asked', 'javascript:alert(1)', ?, (SELECT hotel_id FROM calls LIMIT 1)`, [calls.desk, JSON.stringify({ arrival: '2026-12-24', rooms: 1, guestName: '<b>Zoe</b>' })]));
      const { agent } = await login(t, STAFF);
      const page = await agent.get('/staff/callbacks').expect(200);
      expect(page.text).toContain('href="tel:+13055550188"');
      expect(page.text).toContain('Wanted: 1 room, arriving Thu, Dec 24');
      expect(page.text).toContain('&lt;b&gt;Zoe&lt;/b&gt;');
      // A note is required to close a request: without one the row comes back with what to fix.
      const empty = await agent.post(`/staff/callbacks/${/action="\/staff\/callbacks\/(\d+)\/done"/.exec(page.text)![1]}/done`).type('form').send({ _csrf: csrfOf(page.text), note: '  ' });
      expect(empty.status).toBe(400);
      expect(empty.text).toContain('Say what was agreed with the guest.');
      expect(empty.text).toContain('aria-invalid="true"');
      expect(page.text).not.toContain('href="javascript:');
      const id = /action="\/staff\/callbacks\/(\d+)\/done"/.exec(page.text)![1];
      const res = await agent.post(`/staff/callbacks/${id}/done`).type('form').send({ _csrf: csrfOf(page.text), note: 'Called, booked for the 24th' });
      expect(res.status).toBe(303);
      const done = await agent.get('/staff/callbacks?status=done').expect(200);
      expect(done.text).toContain('Called, booked for the 24th');
      expect(done.text).toContain(`by ${STAFF.username}`);
    });

    it('folds outcomes no call had into one line on the overview', async () => {
      const { agent } = await login(t, STAFF);
      const page = await agent.get('/staff').expect(200);
      const none = /<p class="small muted" id="outcomes-none">None in this period: ([^<]*)\.<\/p>/.exec(page.text);
      expect(none).not.toBeNull();
      const table = /<table class="stack" id="outcomes">[\s\S]*?<\/table>/.exec(page.text)![0];
      for (const label of none![1]!.split(', ')) expect(table).not.toContain(`>${label}</a>`);
    });

    it('keeps the accounts page and its audit log from the staff role', async () => {
      const { agent } = await login(t, STAFF);
      const page = await agent.get('/staff').expect(200);
      expect(page.text).not.toContain('href="/staff/admin"');
      expect((await agent.get('/staff/admin')).status).toBe(403);
      expect((await agent.post('/staff/admin/tokens').type('form').send({ _csrf: csrfOf(page.text), username: STAFF.username })).status).toBe(403);
      expect(await t.db.get("SELECT count(*) AS n FROM staff_tokens WHERE label IS NULL AND user_id = (SELECT id FROM staff_users WHERE username = ?)", [STAFF.username])).toEqual({ n: 0 });
    });

    it('lets an admin create an API token from the accounts page, shown once', async () => {
      const { agent } = await login(t, ADMIN);
      const page = await agent.get('/staff/admin').expect(200);
      expect(page.text).toContain('<table id="audit">');
      const res = await agent.post('/staff/admin/tokens').type('form').send({ _csrf: csrfOf(page.text), username: STAFF.username, label: 'front desk PC' }).expect(200);
      const token = /<p class="token" id="new-token">(cnj_[^<]+)<\/p>/.exec(res.text)![1]!;
      expect((await request(t.baseUrl).get('/api/calls').set('Authorization', `Bearer ${token}`)).status).toBe(200);
      expect((await agent.get('/staff/admin')).text).not.toContain(token);
    });

    it('draws the flow from the statechart, with the period counts', async () => {
      const { agent } = await login(t, STAFF);
      const res = await agent.get('/staff/flow?from=2026-11-28&to=2026-11-28').expect(200);
      // A picture drawn on the server: every step of the statechart, named in words, with its count.
      const picture = res.text.slice(res.text.indexOf('<svg class="flowmap"'), res.text.indexOf('</svg>', res.text.indexOf('<svg class="flowmap"')));
      const steps = [...picture.matchAll(/<g class="node[^"]*" data-state="([^"]+)">/g)].map((m) => m[1]);
      expect(steps).toContain('greeting');
      expect(steps).toContain('askingArrivalDate');
      expect(steps.length).toBeGreaterThan(20);
      expect(picture).toMatch(/data-state="greeting"><rect[^>]*><\/rect><text[^>]*>Greeting<\/text><text class="count"[^>]*>reached \d+<\/text>/);
      expect(picture).toContain('>Asking arrival date</text>');
      expect(picture.match(/<path class="edge"/g)!.length).toBeGreaterThan(20);
      // The statechart's own names and its Mermaid text are for whoever works on the flow, behind a toggle.
      expect(res.text).toMatch(/<details class="source"><summary>[^<]*<\/summary>[\s\S]*<pre class="mermaid">stateDiagram-v2/);
      expect(res.text).toContain('[*] --&gt; greeting');
      expect(res.text).toMatch(/<tr data-state="askingArrivalDate"><th scope="row">Asking arrival date<\/th><td>asks the caller<\/td>\s*<td class="num">\d+<\/td>/);
      expect(res.text).toContain('<svg class="chart" id="chart-flow"');
    });

    it('shows the overview figures with server-drawn charts', async () => {
      const { agent } = await login(t, STAFF);
      const res = await agent.get('/staff?from=2026-11-28&to=2026-11-28').expect(200);
      for (const label of ['Calls', 'Bookings', 'Conversion', 'Reached the front desk', 'Containment', 'Abandonment', 'Average call', 'Text conversations']) {
        expect(res.text).toContain(`<dt>${label}</dt>`);
      }
      // Each chart twice: columns for a desk screen, rows for a phone.
      expect(res.text.match(/<svg class="chart wide"/g)).toHaveLength(3);
      expect(res.text.match(/<svg class="chart narrow"/g)).toHaveLength(3);
      expect(res.text).toContain('<title id="chart-days-title">');
    });

    it('shows availability per type per night for 30 nights', async () => {
      const { agent } = await login(t, STAFF);
      const res = await agent.get('/staff/availability').expect(200);
      expect(res.text.match(/<th scope="row">/g)).toHaveLength(30);
      expect(res.text).toContain('data-code="DLX" data-night="2026-12-04"');
      // Each night as the desk says it, tonight and tomorrow named (the clock: Saturday 28 November).
      const rows = [...res.text.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1]);
      expect(rows.slice(0, 3)).toEqual(['Sat, Nov 28 (tonight)', 'Sun, Nov 29 (tomorrow)', 'Mon, Nov 30']);
      expect(rows.at(-1)).toBe('Sun, Dec 27');
    });
  });
});
