/**
 * `npx tsx bench/login-flood.ts` — staff logins under a password-guessing flood, on the real
 * server process (the bundle `npm start` runs), over real HTTP.
 *
 *   npx tsx bench/login-flood.ts                 # every scenario below, 300 guesses each
 *   npx tsx bench/login-flood.ts --guesses 500 --json bench-results/login.json
 *
 * Scenarios (each on a fresh database with one account, alice):
 *   quiet             alice logs in with nothing else going on (the median of 5).
 *   concurrent-200    200 wrong passwords for alice at once from one address, the right one among
 *                     them (sent last): how many were checked (401), refused (429), and whether the
 *                     right password got in.
 *   one-address       N wrong guesses at once from the attacker's address (127.0.0.1) for alice;
 *                     alice logs in from another address (127.0.0.2) 50 ms later.
 *   many-usernames    the same, each guess for another (mostly unknown) username.
 *   many-addresses    N guesses, each from its own address (127.0.x.y) for random usernames; alice
 *                     logs in from the address she used before (127.0.0.2).
 * Each address is a real source address: the client binds its sockets to it (Linux routes all of
 * 127/8 to loopback), so nothing depends on X-Forwarded-For or TRUST_PROXY.
 * Figures are reported, never asserted.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { buildServer } from '../scripts/build.ts';
import { Accounts } from '../src/staff/accounts.ts';
import { openDatabase } from '../src/storage/database.ts';
import { ensureHotel } from '../src/hotel/hotel-store.ts';
import { startServer } from './lib/server-process.ts';

const { values: args } = parseArgs({
  options: {
    guesses: { type: 'string', default: '300' },
    json: { type: 'string' },
    scenario: { type: 'string' },
    'server-entry': { type: 'string' },
  },
});
const GUESSES = Number(args.guesses);
const PASSWORD = 'alice-password-1';

interface Answer {
  status: number;
  ms: number;
  setCookie: string[];
  body: string;
}

function send(baseUrl: string, path: string, opts: { method?: string; from: string; cookie?: string; form?: Record<string, string> }): Promise<Answer> {
  const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
  const headers: Record<string, string> = {};
  if (opts.cookie) headers.cookie = opts.cookie;
  if (body !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(`${baseUrl}${path}`, { method: opts.method ?? 'GET', headers, localAddress: opts.from, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - started,
          setCookie: (res.headers['set-cookie'] as string[] | undefined) ?? [],
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

interface Form {
  from: string;
  cookie: string;
  csrf: string;
}

async function loginForm(baseUrl: string, from: string): Promise<Form> {
  const page = await send(baseUrl, '/staff/login', { from });
  const cookie = page.setCookie.map((c) => c.split(';')[0]).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  return { from, cookie, csrf };
}

function post(baseUrl: string, form: Form, username: string, password: string): Promise<Answer> {
  return send(baseUrl, '/staff/login', { method: 'POST', from: form.from, cookie: form.cookie, form: { _csrf: form.csrf, username, password } });
}

const count = (answers: Answer[]) =>
  answers.reduce<Record<string, number>>((acc, a) => {
    acc[a.status] = (acc[a.status] ?? 0) + 1;
    return acc;
  }, {});

async function withServer<T>(entry: string, work: (baseUrl: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-login-bench-'));
  const databasePath = join(dir, 'conserje.db');
  const db = await openDatabase(databasePath);
  await ensureHotel(db, { now: new Date() });
  await new Accounts(db).add('alice', PASSWORD, 'admin', new Date());
  await db.close();
  const server = await startServer({ databasePath, entry: ['--enable-source-maps', entry], readiness: 'healthz', env: { STAFF_COOKIE_SECURE: 'false' } });
  try {
    return await work(server.baseUrl);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A real login from `from` while the guesses are in flight: its POST's latency and status. */
async function floodWithRealLogin(baseUrl: string, guesses: { form: Form; username: string }[], real: Form) {
  const flood = guesses.map((g) => post(baseUrl, g.form, g.username, `wrong-${Math.random()}`));
  await new Promise((r) => setTimeout(r, 50));
  const mine = await post(baseUrl, real, 'alice', PASSWORD);
  const answers = await Promise.all(flood);
  return { realLoginMs: Math.round(mine.ms), realLoginStatus: mine.status, guessStatuses: count(answers), slowestGuessMs: Math.round(Math.max(...answers.map((a) => a.ms))) };
}

const addressOf = (i: number) => `127.0.${10 + Math.floor(i / 250)}.${(i % 250) + 2}`;

const scenarios: Record<string, (baseUrl: string) => Promise<object>> = {
  // A real login with nothing else going on: what the others compare with.
  quiet: async (baseUrl) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await post(baseUrl, await loginForm(baseUrl, '127.0.0.2'), 'alice', PASSWORD)).ms);
    return { realLoginMs: Math.round(times.sort((a, b) => a - b)[2]!) };
  },
  'concurrent-200': async (baseUrl) => {
    const forms = await Promise.all(Array.from({ length: 200 }, () => loginForm(baseUrl, '127.0.0.1')));
    const answers = await Promise.all(forms.map((f, i) => post(baseUrl, f, 'alice', i === 199 ? PASSWORD : `wrong-${i}`)));
    return { statuses: count(answers.slice(0, 199)), rightPassword: answers[199]!.status, loggedIn: answers.filter((a) => a.status === 303).length };
  },
  'one-address': async (baseUrl) => {
    const guesses = await Promise.all(Array.from({ length: GUESSES }, async () => ({ form: await loginForm(baseUrl, '127.0.0.1'), username: 'alice' })));
    return floodWithRealLogin(baseUrl, guesses, await loginForm(baseUrl, '127.0.0.2'));
  },
  'many-usernames': async (baseUrl) => {
    const guesses = await Promise.all(Array.from({ length: GUESSES }, async (_, i) => ({ form: await loginForm(baseUrl, '127.0.0.1'), username: i % 10 === 0 ? 'alice' : `user${i}` })));
    return floodWithRealLogin(baseUrl, guesses, await loginForm(baseUrl, '127.0.0.2'));
  },
  'many-addresses': async (baseUrl) => {
    // Alice has logged in from 127.0.0.2 before.
    const before = await post(baseUrl, await loginForm(baseUrl, '127.0.0.2'), 'alice', PASSWORD);
    if (before.status !== 303) throw new Error(`alice could not log in before the flood (${before.status})`);
    const guesses = await Promise.all(Array.from({ length: GUESSES }, async (_, i) => ({ form: await loginForm(baseUrl, addressOf(i)), username: i % 10 === 0 ? 'alice' : `user${i}` })));
    return floodWithRealLogin(baseUrl, guesses, await loginForm(baseUrl, '127.0.0.2'));
  },
};

const entry = args['server-entry'] ?? buildServer();
const results: Record<string, object> = {};
for (const [name, run] of Object.entries(scenarios)) {
  if (args.scenario && args.scenario !== name) continue;
  results[name] = await withServer(entry, run);
  console.log(`${name.padEnd(16)} ${JSON.stringify(results[name])}`);
}
if (args.json) writeFileSync(args.json, `${JSON.stringify({ guesses: GUESSES, results }, null, 2)}\n`);
