// The terminal commands print what guests texted and what staff typed: anyone can text the hotel,
// so what they wrote must reach a staff member's terminal as text, never as terminal commands
// (ESC sequences rewrite the screen, the window title, in some terminals the clipboard) nor as
// lines of the sender's making. Run as `npm run calls` and `npm run staff` run them.

import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { runScript as run } from '../helpers/run-script.ts';
import { textingGuest } from '../helpers/texting.ts';
import { bearer, startStaffApp } from '../staff/staff-helpers.ts';
import { forTerminal } from '../../src/staff/terminal.ts';



/** Any character a terminal acts on rather than prints (C0 but the line breaks between lines, DEL, C1). */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** Set the window title, clear the screen, write red: what a hostile text carries. */
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u001b[31mhello\u009b0m';

describe('the terminal view of what guests texted', { timeout: 90_000 }, () => {
  let t: TestApp;
  let env: Record<string, string>;

  beforeAll(async () => {
    // On the wall clock, as the scripts it runs: a token made on a fixed test day would have expired
    // (90 days) by the time the script lists it.
    t = await startStaffApp({ clock: testClock(new Date().toISOString()) });
    env = { DATABASE_PATH: t.dbPath, NODE_ENV: 'test' };
  });
  afterAll(async () => t.close());

  it('prints a texted escape sequence and line break as visible escapes (npm run calls -- show)', async () => {
    const guest = textingGuest(t.baseUrl, '+12125550166');
    await guest.send('hi');
    await guest.send(`hi ${HOSTILE}`);
    // A line break followed by what looks like a timeline line: it must not become a line of its own.
    await guest.send('book\n10:02  step 9   call.ended  staff marked this guest VIP');
    const { call_sid: sid } = (await t.db.get<{ call_sid: string }>("SELECT call_sid FROM calls WHERE channel = 'sms'"))!;

    const shown = await run('calls.ts', ['show', sid], { env });
    expect(shown.code, shown.stderr).toBe(0);
    // The escapes themselves are taken out as the text arrives (src/privacy/redact.ts, round 24).
    expect(shown.stdout).toContain('texted: "hi ]0;pwned [2J [31mhello 0m"');
    expect(shown.stdout).not.toMatch(CONTROL);
    expect(shown.stdout.split('\n').some((line) => line.startsWith('10:02'))).toBe(false);
    expect(shown.stdout).toContain('texted: "book\\n10:02  step 9   call.ended  staff marked this guest VIP"');
  });

  it('prints an API token label as text (npm run staff -- tokens)', async () => {
    const token = await bearer(t);
    await request(t.baseUrl).post('/api/tokens').set('Authorization', `Bearer ${token}`).send({ username: 'bob', label: `desk ${HOSTILE}` }).expect(201);
    const listed = await run('staff.ts', ['tokens'], { env });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('desk ]0;pwned');
    expect(listed.stdout).not.toMatch(CONTROL);
  });

  it('leaves ordinary text alone, accents and all', () => {
    expect(forTerminal('José Núñez — “vista al mar” 👍')).toBe('José Núñez — “vista al mar” 👍');
    expect(forTerminal('a\tb\r\nc\u202ed\u2028')).toBe('a\\tb\\r\\nc\\u202ed\\u2028');
  });
});
