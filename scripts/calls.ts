// The terminal view of calls (DATABASE_PATH, default data/conserje.db):
//   npm run calls                               today's calls that need a person, then the 20 most recent calls
//   npm run calls -- --limit 50 --outcome booked --caller 5550123 --from 2026-11-01 --to 2026-11-30 --lang es
//   npm run calls -- show CALLSID               one call's timeline
//   npm run calls -- --hotel CODE …             a group's property only (both forms)

import { currentHotelId, loadHotel } from '../src/hotel/hotel-store.ts';
import { addDaysIso } from '../src/inventory/stay.ts';
import { HotelClock } from '../src/staff/hotel-clock.ts';
import { BadParameter, callSidParam, callsQuery, parse } from '../src/staff/params.ts';
import { CallQueries } from '../src/staff/queries/calls.ts';
import type { CallFilter } from '../src/staff/queries/calls.ts';
import { callDetailText, callListText, needsPersonText } from '../src/staff/terminal.ts';
import { terminalNeedsPerson } from '../src/staff/terminal-today.ts';
import { loadHotelDirectory } from '../src/hotel/hotel-directory.ts';
import { loadConfig } from '../src/config.ts';
import { applyEnvFileOrExit } from '../src/env-file.ts';
import { newDatabaseNote, openStore } from '../src/storage/database.ts';
import { runInScope } from '../src/staff/property-scope.ts';
import type { Db } from '../src/storage/sql.ts';

const USAGE = `usage: npm run calls [-- --hotel CODE --limit N --from yyyy-MM-dd --to yyyy-MM-dd --outcome WORD --caller DIGITS --lang en|es --channel voice|sms]
       npm run calls -- [--hotel CODE] show CALLSID`;

function options(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new BadParameter(arg, `unexpected argument "${arg}"`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new BadParameter(match[1]!, `--${match[1]} needs a value`);
    out[match[1]!] = value;
  }
  return out;
}

async function main(): Promise<number> {
  applyEnvFileOrExit(process.env, 'calls');
  const argv = process.argv.slice(2);
  if (argv[0] === '--help' || argv[0] === '-h') {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig({ DATABASE_URL: process.env.DATABASE_URL, DATABASE_PATH: process.env.DATABASE_PATH });
  const madeNew = newDatabaseNote(config, 'calls');
  const db = await openStore(config);
  if (madeNew) process.on('exit', () => console.error(madeNew()));
  try {
    // --hotel CODE: that property's calls only (its time zone and currency too), as its staff see them.
    const at = argv.findIndex((a) => a === '--hotel' || a.startsWith('--hotel='));
    const code = at < 0 ? null : argv[at]!.includes('=') ? argv[at]!.slice('--hotel='.length) : argv[at + 1];
    if (at >= 0) argv.splice(at, argv[at]!.includes('=') ? 1 : 2);
    if (code === undefined || code === '') throw new BadParameter('hotel', '--hotel needs a property code');
    const scoped = code === null ? null : await db.get<{ id: number }>('SELECT id FROM hotels WHERE upper(code) = upper(?)', [code]);
    if (code !== null && !scoped) {
      console.error(`calls: no property with code ${code}`);
      return 1;
    }
    const hotelId = scoped ? Number(scoped.id) : await currentHotelId(db);
    if (hotelId === null) {
      console.log('No hotel in this database yet, so no calls: start the server once (npm start).');
      return 0;
    }
    return await (scoped ? runInScope({ ids: [hotelId] }, () => show(db, hotelId, argv, true)) : show(db, hotelId, argv, false));
  } catch (err) {
    if (err instanceof BadParameter) {
      console.error(`calls: ${err.message}\n${USAGE}`);
      return 2;
    }
    throw err;
  } finally {
    await db.close();
  }
}

/** A group's properties by id (code and clock), when this is a group and no --hotel narrowed it. */
async function groupOf(db: Db): Promise<{ properties: Map<number, string>; clockOf: (hotelId: number) => HotelClock } | undefined> {
  const rows = await db.all<{ id: number; code: string | null }>('SELECT id, code FROM hotels WHERE code IS NOT NULL ORDER BY id');
  if (rows.length < 2) return undefined;
  const clocks = new Map<number, HotelClock>();
  for (const row of rows) clocks.set(Number(row.id), new HotelClock((await loadHotel(db, Number(row.id))).info.timezone));
  return { properties: new Map(rows.map((r) => [Number(r.id), r.code!])), clockOf: (id) => clocks.get(id)! };
}

async function show(db: Db, firstHotelId: number, argv: string[], scoped: boolean): Promise<number> {
  {
    let hotel = await loadHotel(db, firstHotelId);
    let clock = new HotelClock(hotel.info.timezone);
    const calls = new CallQueries(db);
    if (argv[0] === 'show') {
      if (argv.length !== 2) throw new BadParameter('CALLSID', 'show needs exactly one CALLSID');
      const callSid = parse(callSidParam, argv[1], 'CALLSID');
      const call = await calls.get(callSid);
      if (!call) {
        console.error(`calls: no call ${callSid}`);
        return 1;
      }
      // A group's call in its own property's time zone and currency.
      if (call.hotelId !== hotel.id) {
        hotel = await loadHotel(db, call.hotelId);
        clock = new HotelClock(hotel.info.timezone);
      }
      const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: hotel.info.currency });
      console.log(callDetailText(call, clock, money));
      return 0;
    }
    const { limit, ...filters } = options(argv);
    const perPage = limit === undefined ? 20 : parse(callsQuery.shape.perPage, limit, 'limit');
    const q = parse(callsQuery, filters, 'options');
    const filter: CallFilter = {
      ...(q.from ? { startIso: clock.dayStart(q.from) } : {}),
      ...(q.to ? { endIso: clock.dayStart(addDaysIso(q.to, 1)) } : {}),
      ...(q.outcome ? { outcome: q.outcome } : {}),
      ...(q.caller ? { callerDigits: q.caller } : {}),
      ...(q.lang ? { locale: q.lang } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
    };
    // The plain view opens as the console's overview does: who still needs a person today.
    if (Object.keys(filters).length === 0) {
      const hotels = scoped ? [hotel] : (await loadHotelDirectory(db)).answering;
      console.log(needsPersonText(await terminalNeedsPerson(db, hotels, new Date()), hotels.length > 1) + '\n');
    }
    const { total, calls: list } = await calls.list(filter, 1, perPage ?? 20);
    console.log(callListText(list, total, clock, scoped ? undefined : await groupOf(db)));
    return 0;
  }
}

process.exitCode = await main();
