// A hotel file saved while the server runs (docs/hotel-file.md, "Changing the file while it runs"):
// a valid one is served to new calls without a restart, recorded in the audit log and said in the
// log; a broken one is refused with the messages a start gives and the line keeps working; calls
// in progress go on, re-checked against the rooms stored now (nothing overbooked, nothing dropped).
// The real app over a real SQLite file, real signed webhooks, TwiML parsed as Twilio would.

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchHotels } from '../../src/hotel/hotel-changes.ts';
import type { HotelSource, HotelWatch } from '../../src/hotel/hotel-changes.ts';
import type { HotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { DEMO_HOTEL_PATH } from '../../src/hotel/hotel-store.ts';
import type { CallSession, Turn } from '../../src/softphone/call-session.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';
import { captureLog } from '../helpers/log-capture.ts';
import { askForStay, heard } from '../helpers/scripted-calls.ts';
import { DEMO_GROUP, MIRAMAR } from '../helpers/demo-group.ts';

interface RoomType {
  code: string;
  rate: number;
  rooms: number;
}
type Hotel = Record<string, unknown> & { roomTypes: RoomType[] };

const demo = JSON.parse(readFileSync(DEMO_HOTEL_PATH, 'utf8')) as Hotel;

/** The demo hotel with room type `code` changed (or removed, with null). */
function withType(code: string, change: Partial<RoomType> | null): Hotel {
  return {
    ...demo,
    roomTypes: demo.roomTypes.flatMap((t) => (t.code !== code ? [t] : change === null ? [] : [{ ...t, ...change }])),
  };
}

let t: TestApp | undefined;
let watch: HotelWatch | undefined;
afterEach(async () => {
  watch?.stop();
  await t?.close();
  t = undefined;
});

async function served(source: 'file' | 'dir', log = captureLog('info')) {
  const app = await startTestApp(source === 'file' ? {} : { hotelsDir: DEMO_GROUP });
  // The files the server reads, in its own folder, so the test may change them.
  let where: HotelSource;
  if (source === 'file') {
    const hotelFile = join(app.dir, 'hotel.json');
    writeFileSync(hotelFile, JSON.stringify(demo, null, 2));
    where = { hotelFile };
  } else {
    const hotelsDir = join(app.dir, 'hotels');
    mkdirSync(hotelsDir);
    cpSync(DEMO_GROUP, hotelsDir, { recursive: true });
    where = { hotelsDir };
  }
  t = app;
  const hotels = app.app.locals.hotels as HotelDirectory;
  watch = watchHotels({ db: app.db, hotels, logger: log.logger, source: where, clock: app.clock.now }, 3_600_000);
  const lines = () => log.lines.map((line) => JSON.parse(line) as { level: number; msg: string });
  return { app, hotels, where, lines };
}

/** Every webhook of the call so far answered 200 with TwiML (never a 5xx, never a hang-up for an error). */
function allAnswered(...turns: Turn[]) {
  for (const turn of turns) for (const response of turn.responses) expect(response.status).toBe(200);
}

/** The room type question of a new call, as heard. */
async function roomsOffered(call: CallSession): Promise<string> {
  await call.start();
  await call.press('1');
  return heard(await call.press('1204'));
}

describe('a hotel file saved while the server runs', () => {
  it('is served to new calls at the next look, said in the log and recorded in the audit log', async () => {
    const { app, where, lines } = await served('file');
    expect(await roomsOffered(app.call())).toContain('240');

    writeFileSync(where.hotelFile!, JSON.stringify(withType('DLX', { rate: 275 }), null, 2));
    await watch!.checkOnce();

    const offered = await roomsOffered(app.call());
    expect(offered).toContain('275');
    expect(offered).not.toContain('240');
    const said = lines().find((line) => line.msg.includes('is applied'));
    expect(said?.msg).toContain('room type DLX rate: 240 → 275');
    const audit = await app.db.all<{ action: string; actor: string }>("SELECT action, actor FROM audit_log WHERE action = 'hotel.file.apply'");
    expect(audit).toEqual([{ action: 'hotel.file.apply', actor: 'hotel file' }]);

    // Looked at again unchanged: nothing more is loaded, said or recorded.
    await watch!.checkOnce();
    expect(lines().filter((line) => line.msg.includes('is applied'))).toHaveLength(1);
    expect(await app.db.all("SELECT id FROM audit_log WHERE action = 'hotel.file.apply'")).toHaveLength(1);
  });

  it('refuses a broken file with the messages a start gives, once, and keeps the hotel it serves; the fixed file is applied', async () => {
    const { app, where, lines } = await served('file');
    writeFileSync(where.hotelFile!, JSON.stringify(withType('DLX', { rate: -5 }), null, 2));
    await watch!.checkOnce();
    await watch!.checkOnce();

    const refused = lines().filter((line) => line.msg.includes('NOT applied'));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.level).toBe(40);
    expect(refused[0]!.msg).toContain(`hotel file ${where.hotelFile}: roomTypes[2].rate`);
    const call = app.call();
    expect(await roomsOffered(call)).toContain('240');

    // Half-saved: not JSON at all.
    writeFileSync(where.hotelFile!, JSON.stringify(demo).slice(0, 200));
    await watch!.checkOnce();
    expect(lines().filter((line) => line.msg.includes('NOT applied'))).toHaveLength(2);
    expect(lines().at(-1)!.msg).toContain(`hotel file ${where.hotelFile}:`);

    writeFileSync(where.hotelFile!, JSON.stringify(withType('DLX', { rate: 260 }), null, 2));
    await watch!.checkOnce();
    expect(await roomsOffered(app.call())).toContain('260');
  });

  it('a call holding a room type the file removes is offered what is free instead at its booking: no reservation of it, no error', async () => {
    const { app, where } = await served('file');
    const call = app.call();
    // Deluxe King (key 2), 1 room, 2 nights: held.
    const afterNights = await askForStay(call);
    expect(afterNights.waitingFor).toBe('input');

    writeFileSync(where.hotelFile!, JSON.stringify(withType('DLX', null), null, 2));
    await watch!.checkOnce();
    expect(await roomsOffered(app.call())).not.toContain('240');

    const turns = [await call.say('Ana Torres', 0.95), await call.press('1'), await call.press('1'), await call.press('1')];
    allAnswered(afterNights, ...turns);
    expect(turns.at(-1)!.waitingFor).toBe('input');
    const reservations = await app.db.all<{ code: string }>('SELECT t.code FROM reservations r JOIN room_types t ON t.id = r.room_type_id');
    expect(reservations).toEqual([]);
  });

  it('rooms lowered below what is booked: said in the log, and no call books or holds another', async () => {
    const { app, where, lines } = await served('file');
    // Two Ocean Suites (key 1, the demo hotel has two) booked for December 4, 2 nights.
    const first = app.call({ from: '+12125550111' });
    await askForStay(first, { roomType: '1', rooms: '2' });
    await first.say('Ana Torres', 0.95);
    await first.press('1');
    await first.press('1');
    await first.press('1');
    expect(await app.db.all('SELECT id FROM reservations')).toHaveLength(1);

    writeFileSync(where.hotelFile!, JSON.stringify(withType('OCEAN', { rooms: 1 }), null, 2));
    await watch!.checkOnce();
    const warned = lines().find((line) => line.msg.includes('fewer rooms than are booked'));
    expect(warned?.level).toBe(40);
    expect(warned?.msg).toContain('room type OCEAN on 2026-12-04: 2 booked, 1 rooms');

    const second = app.call({ from: '+12125550122' });
    const offer = await askForStay(second, { roomType: '1', rooms: '1' });
    allAnswered(offer);
    expect(await app.db.all("SELECT h.id FROM holds h JOIN room_types t ON t.id = h.room_type_id WHERE t.code = 'OCEAN' AND h.released_at IS NULL AND h.call_sid = ?", [second.callSid])).toEqual([]);
    const booked = await app.db.get<{ n: number }>("SELECT SUM(n.rooms) AS n FROM reservation_nights n JOIN room_types t ON t.id = n.room_type_id WHERE t.code = 'OCEAN' AND n.night = '2026-12-04'");
    expect(booked!.n).toBe(2);
  });

  // A call whose rooms were found keeps the rate it was quoted (CallContext.quotedRate): read back and booked at it.
  it('a call told a rate before the file changed it is read back and books at the rate it was told', async () => {
    const { app, where, lines } = await served('file');
    const call = app.call();
    await askForStay(call);
    writeFileSync(where.hotelFile!, JSON.stringify(withType('DLX', { rate: 300 }), null, 2));
    await watch!.checkOnce();
    await call.say('Ana Torres', 0.95);
    await call.press('1');
    const readBack = await call.press('1');
    expect(readBack.said.map((s) => s.text).join(' ')).toContain('480 dollars');
    await call.press('1');
    expect(lines().find((line) => line.msg.includes('booked at the rate it was quoted'))?.msg).toContain('1 call in progress');
    const row = await app.db.get<{ rate: number }>('SELECT rate FROM reservations');
    expect(row?.rate).toBe(240);
  });
});

describe('a group folder (HOTELS_DIR) changed while the server runs', () => {
  const sierra = JSON.parse(readFileSync(join(DEMO_GROUP, 'sierra.json'), 'utf8')) as Hotel;
  const costa = { ...sierra, code: 'COS', name: 'Hotel Costa Azul', phoneNumbers: ['+15557650300'] };

  it('a new file whose number another property has is refused; with numbers of its own it answers them', async () => {
    const { app, hotels, where, lines } = await served('dir');
    writeFileSync(join(where.hotelsDir!, 'costa.json'), JSON.stringify({ ...costa, phoneNumbers: [MIRAMAR] }));
    await watch!.checkOnce();
    // The group's own check, as at a start (costa.json is read first, so miramar.json's number clashes).
    expect(lines().at(-1)!.msg).toContain(`phoneNumbers[0]: "+15557650100" is already the number of ${join(where.hotelsDir!, 'costa.json')}`);
    expect(hotels.byCode('COS')).toBeUndefined();
    expect(hotels.forNumber(MIRAMAR)?.code).toBe('MIR');

    writeFileSync(join(where.hotelsDir!, 'costa.json'), JSON.stringify(costa));
    await watch!.checkOnce();
    expect(hotels.forNumber('+15557650300')?.code).toBe('COS');
    expect(hotels.forNumber(MIRAMAR)?.code).toBe('MIR');
    // Its number is the hotel's own, public: the log shows it as it is.
    expect(lines().some((line) => line.msg.includes('Hotel Costa Azul (COS) answers from now on, at +15557650300'))).toBe(true);
    const greeting = await app.call({ to: '+15557650300' }).start();
    expect(heard(greeting)).toContain('Costa Azul');
  });

  it('a file taken out: its call in progress goes on to its booking; new calls to its number are no longer its', async () => {
    const { app, hotels, where, lines } = await served('dir');
    const call = app.call({ to: '+15557650200' });
    // Sierra Alta: the junior suite (key 1), December 4, 1 room, 2 nights.
    const afterNights = await askForStay(call, { roomType: '1' });
    expect(afterNights.waitingFor).toBe('input');

    rmSync(join(where.hotelsDir!, 'sierra.json'));
    await watch!.checkOnce();
    expect(lines().find((line) => line.msg.includes('Hotel Sierra Alta (SIE) no longer answers'))?.msg).toContain(`it is not in HOTELS_DIR (${where.hotelsDir})`);
    // One property left: every number reaches it, as with a single hotel.
    expect(hotels.forNumber('+15557650200')?.code).toBe('MIR');

    const turns = [await call.say('Ana Torres', 0.95), await call.press('1'), await call.press('1'), await call.press('1')];
    allAnswered(...turns);
    const booked = await app.db.get<{ code: string }>('SELECT h.code FROM reservations r JOIN hotels h ON h.id = r.hotel_id');
    expect(booked?.code).toBe('SIE');

    // Put back: two properties again, and the number dialled decides once more (said, as it changes how calls reach them).
    cpSync(join(DEMO_GROUP, 'sierra.json'), join(where.hotelsDir!, 'sierra.json'));
    await watch!.checkOnce();
    expect(hotels.forNumber('+15557650200')?.code).toBe('SIE');
    expect(lines().at(-1)!.msg).toContain('more than one property answers from now on');
  });
});
