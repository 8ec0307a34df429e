// A database full of varied calls and texts for looking at the staff console (and measuring it):
// real calls over HTTP through the real app, signed as Twilio signs, with a settable clock that
// spreads them over the last week; then, with --volume N, copies of them up to N calls spread
// over a year, for timings at a realistic size.
//   npx tsx scripts/seed-console.ts --db /tmp/demo.db [--port 3105] [--volume 44000] [--serve]
// With --serve it keeps answering on the port (log in as "demo" / "demo-password-1").

import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { ensureHotel } from '../src/hotel/hotel-store.ts';
import { buildApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { CallSession } from '../src/softphone/call-session.ts';
import { signRequest } from '../src/softphone/twilio-params.ts';
import { Accounts } from '../src/staff/accounts.ts';
import { isSqlite, openDatabase } from '../src/storage/database.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/console-demo.db' },
    port: { type: 'string', default: '0' },
    volume: { type: 'string', default: '0' },
    serve: { type: 'boolean', default: false },
    now: { type: 'string' },
  },
});

const TOKEN = 'seed-auth-token-0123456789abcdef0';
const PUBLIC = 'https://conserje.example.com';
const HOTEL = '+15551230000';
let current = values.now ? new Date(values.now).getTime() : Date.now();
const clock = () => new Date(current);
const at = (daysAgo: number, hour: number, minute = 0) => {
  const d = new Date(Date.now());
  d.setUTCDate(d.getUTCDate() - daysAgo);
  // Hotel time is New York (UTC-5 in winter): close enough for spreading calls over the day.
  d.setUTCHours(hour + 5, minute, 0, 0);
  current = Math.min(d.getTime(), Date.now() - 60_000);
};

const config = loadConfig({
  PUBLIC_BASE_URL: PUBLIC,
  TWILIO_AUTH_TOKEN: TOKEN,
  TWILIO_PHONE_NUMBER: HOTEL,
  DATABASE_PATH: values.db!,
  LOG_LEVEL: 'silent',
  STAFF_COOKIE_SECURE: 'false',
});
const db = await openDatabase(values.db!);
await ensureHotel(db, { now: clock() });
const app = await buildApp({ config, db, logger: createLogger('silent'), clock });
const server = app.listen(Number(values.port), '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const call = (from: string) => new CallSession({ baseUrl, publicBaseUrl: PUBLIC, authToken: TOKEN, from, to: HOTEL });
const tick = (minutes = 1) => {
  current += minutes * 60_000;
};

async function text(from: string, body: string): Promise<void> {
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const params = { AccountSid: `AC${'0'.repeat(32)}`, MessageSid: sid, SmsMessageSid: sid, From: from, To: HOTEL, Body: body, NumMedia: '0', NumSegments: '1', ApiVersion: '2010-04-01' };
  await fetch(`${baseUrl}/sms`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signRequest(TOKEN, `${PUBLIC}/sms`, params) },
    body: new URLSearchParams(params).toString(),
  });
  tick();
}

async function keypadBooking(from: string, name: string, o: { date?: string; type?: string; rooms?: string; nights?: string; pay?: string } = {}) {
  const c = call(from);
  await c.start();
  await c.press('1');
  await c.press(o.date ?? '1224');
  await c.press(o.type ?? '2');
  await c.press(o.rooms ?? '1');
  await c.press(o.nights ?? '3#');
  await c.say(name, 0.93);
  await c.press(o.pay ?? '2');
  await c.press('1');
  await c.press('1');
  tick(3);
}

async function spanishSpeechBooking(from: string, name: string) {
  const c = call(from);
  await c.start();
  await c.press('9');
  await c.say('quiero reservar', 0.9);
  await c.say('el 24 de diciembre', 0.9);
  await c.say('deluxe', 0.9);
  await c.say('dos habitaciones', 0.9);
  await c.say('tres noches', 0.9);
  await c.say(name, 0.92);
  await c.say('efectivo', 0.9);
  await c.press('1');
  await c.press('1');
  tick(4);
}

async function deskAnswers(from: string) {
  const c = call(from);
  await c.start();
  await c.press('0');
  await c.whisper(0, '1');
  await c.dialResult('completed', 140);
  tick(3);
}

async function voicemail(from: string, words: string, name?: string) {
  const c = call(from);
  await c.start();
  await c.press('1');
  await c.press('1224');
  await c.press('1');
  if (name) {
    await c.press('1');
    await c.press('2#');
  }
  await c.press('0');
  await c.dialResult('no-answer');
  await c.press('1');
  await c.record({ transcript: words });
  tick(2);
}

async function callMeBack(from: string) {
  const c = call(from);
  await c.start();
  await c.press('0');
  await c.dialResult('busy');
  await c.press('2');
  tick(2);
}

async function hangsUp(from: string) {
  const c = call(from);
  await c.start();
  await c.press('1');
  await c.hangup();
  tick(1);
}

async function tooMany(from: string) {
  // More Ocean Suites than the hotel has, then hangs up when offered others (a denial).
  const c = call(from);
  await c.start();
  await c.press('1');
  await c.press('1224');
  await c.press('1');
  await c.press('4');
  await c.press('3#');
  await c.hangup();
  tick(2);
}

async function existing(from: string, cancel: boolean) {
  const row = await db.get<{ confirmation: string }>('SELECT confirmation FROM reservations WHERE callback_number = ? ORDER BY id DESC LIMIT 1', [from]);
  if (!row) return;
  const c = call(from);
  await c.start();
  await c.press('2');
  await c.press(`${row.confirmation}#`);
  if (cancel) {
    await c.press('1');
    await c.press('1');
  } else {
    await c.hangup();
  }
  tick(2);
}

at(7, 9, 10);
await keypadBooking('+12125550123', 'Sofía Ramírez', { date: '1220', nights: '2#' });
await hangsUp('+14155550177');
at(6, 11, 30);
await spanishSpeechBooking('+525512345678', 'María López');
await deskAnswers('+13055550188');
at(5, 15, 5);
await keypadBooking('+17865550144', 'John Smith', { type: '3', rooms: '2', nights: '4#', pay: '1' });
await tooMany('+16175550111');
at(4, 10, 0);
await voicemail('+13125550199', 'Hi, this is Peter Novak, I booked for next week and need to add a crib. Please call me back.');
await existing('+17865550144', false);
at(3, 19, 45);
await keypadBooking('+13125550199', 'Peter Novak', { date: '1226', nights: '1#' });
await callMeBack('+442079460018');
at(2, 8, 20);
await keypadBooking('+12025550155', 'Ana Torres', { date: '1222', type: '1', nights: '2#', pay: '3' });
await existing('+12025550155', true);
at(1, 9, 40);
await text('+15125550166', 'hola, quiero reservar');
await text('+15125550166', 'el 23 de diciembre');
await text('+15125550166', '2');
await text('+15125550166', '1');
await text('+15125550166', '2 noches');
await text('+15125550166', 'Lucía Fernández');
await text('+15125550166', 'efectivo');
await text('+15125550166', '1');
await text('+15125550166', '1');
await hangsUp('+19175550100');
at(1, 14, 15);
await deskAnswers('+12125550123');
await voicemail('+525598765432', 'Buenas tardes, habla José Hernández, quiero saber si tienen estacionamiento.', 'José');
at(0, 8, 5);
await keypadBooking('+14045550123', 'Chloé Martin', { date: '1221', nights: '5#' });
await callMeBack('+16465550190');
await hangsUp('+18005550199');
current = Date.now() - 20 * 60_000;
await voicemail('+17185550142', 'Hello, calling about a late check-in tonight, around midnight.');
current = Date.now() - 5 * 60_000;
await tooMany('+13475550123');
current = Date.now();

const accounts = new Accounts(db);
if (!(await accounts.find('demo'))) await accounts.add('demo', 'demo-password-1', 'admin', clock());
const n = (await db.get<{ n: number }>('SELECT count(*) AS n FROM calls'))!.n;
console.log(`seeded ${n} calls and texts into ${values.db}`);

const volume = Number(values.volume);
if (volume > n && isSqlite(db)) {
  // Volume for timings: copies of the calls above (with their timelines), each moved back a
  // random number of days within the last year, under new SIDs.
  const started = Date.now();
  await db.exec(`CREATE TEMP TABLE seeds AS SELECT call_sid FROM calls`);
  const seeds = (await db.all<{ call_sid: string }>('SELECT call_sid FROM seeds')).map((r) => r.call_sid);
  let made = n;
  while (made < volume) {
    await db.transaction(async (tx) => {
      for (let i = 0; i < 500 && made < volume; i++, made++) {
        const from = seeds[made % seeds.length]!;
        const sid = `${from.slice(0, 2)}${randomBytes(16).toString('hex')}`;
        const shiftMs = Math.floor(Math.random() * 365) * 86_400_000 + Math.floor(Math.random() * 86_400) * 1000;
        const shift = (col: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', julianday(${col}) - ${shiftMs / 86_400_000})`;
        await tx.run(
          `INSERT INTO calls (call_sid, hotel_id, from_number, to_number, locale, started_at, ended_at, duration_s, status, outcome, state, step, machine_version, snapshot_json, last_twiml, reservation_id, updated_at, channel, last_inbound_sid)
           SELECT ?, hotel_id, '+1' || (2000000000 + abs(random() % 7000000000)), to_number, locale, ${shift('started_at')}, ${shift('ended_at')}, duration_s, status, outcome, state, step, machine_version, snapshot_json, last_twiml, NULL, updated_at, channel, NULL
             FROM calls WHERE call_sid = ?`,
          [sid, from],
        );
        await tx.run(
          `INSERT INTO call_events (call_sid, step, at, kind, from_state, to_state, input_json, understood, said_json)
           SELECT ?, step, ${shift('at')}, kind, from_state, to_state, input_json, understood, said_json FROM call_events WHERE call_sid = ?`,
          [sid, from],
        );
      }
    });
  }
  console.log(`copied up to ${made} calls in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (values.serve) {
  console.log(`serving on ${baseUrl} (log in as demo / demo-password-1)`);
} else {
  server.close();
  await db.close();
}
