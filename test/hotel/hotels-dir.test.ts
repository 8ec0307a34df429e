import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HotelFileError, parseHotelFile } from '../../src/hotel/hotel-file.ts';
import { loadHotelDirectory } from '../../src/hotel/hotel-directory.ts';
import { ensureHotel, ensureHotels, servedHotelIds } from '../../src/hotel/hotel-store.ts';
import { readHotelsDir } from '../../src/hotel/hotels-dir.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Db } from '../../src/storage/database.ts';
import { DEMO_GROUP, MIRAMAR, SIERRA } from '../helpers/demo-group.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const T0 = new Date('2026-03-01T12:00:00Z');
const T1 = new Date('2026-03-02T12:00:00Z');

let dir: string;
let group: string;
let db: Db;

function read(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DEMO_GROUP, name), 'utf8')) as Record<string, unknown>;
}

function write(name: string, data: unknown): string {
  const path = join(group, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return path;
}

async function dump() {
  return {
    hotels: await db.all('SELECT id, name, code, serving, config_json FROM hotels ORDER BY id'),
    roomTypes: await db.all('SELECT * FROM room_types ORDER BY id'),
  };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-group-'));
  group = join(dir, 'hotels');
  mkdirSync(group);
  cpSync(DEMO_GROUP, group, { recursive: true });
  db = await openDatabase(join(dir, 'conserje.db'));
});

afterEach(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('code and phoneNumbers in a hotel file', () => {
  const base = read('sierra.json');

  it('takes a short upper-case code and E.164 numbers; both stay optional for a single hotel', () => {
    expect(parseHotelFile(base).code).toBe('SIE');
    const { code: _code, phoneNumbers: _numbers, ...single } = base;
    expect(parseHotelFile(single).code).toBeUndefined();
  });

  it.each([
    [{ code: 'sie' }, 'code: must be 2 to 10 characters'],
    [{ code: 'S' }, 'code: must be 2 to 10 characters'],
    [{ code: 'SIERRA-ALTA-MX' }, 'code: must be 2 to 10 characters'],
    [{ phoneNumbers: SIERRA }, 'phoneNumbers: must be a list of phone numbers'],
    [{ phoneNumbers: ['55 5555 0200'] }, 'phoneNumbers[0]: must be a phone number in E.164 form'],
    [{ phoneNumbers: [SIERRA, SIERRA] }, 'phoneNumbers[1]: duplicate number (phoneNumbers[0] has it too)'],
  ])('refuses %j naming the field', (change, message) => {
    expect(() => parseHotelFile({ ...base, ...change }, 'x.json')).toThrow(`hotel file x.json: ${message}`);
  });
});

describe('HOTELS_DIR', () => {
  it('loads every *.json of the folder as a property that answers, and ignores other files', async () => {
    write('README.txt', 'not a hotel');
    const ids = await ensureHotels(db, { hotelsDir: group, now: T0 });
    expect(ids).toHaveLength(2);
    expect(await db.all('SELECT code, name, serving FROM hotels ORDER BY code')).toEqual([
      { code: 'MIR', name: 'Hotel Miramar', serving: 1 },
      { code: 'SIE', name: 'Hotel Sierra Alta', serving: 1 },
    ]);
    const directory = await loadHotelDirectory(db);
    expect(directory.forNumber(MIRAMAR)?.code).toBe('MIR');
    expect(directory.forNumber('+1 (555) 765-0200')?.code).toBe('SIE');
    expect(directory.forNumber(SIERRA)?.code).toBe('SIE');
    expect(directory.forNumber('+15557659999')).toBeNull();
    expect(directory.forNumber('')).toBeNull();
    expect(directory.byCode('sie')?.info.currency).toBe('MXN');
  });

  it('updates a property by its code at the next start, renamed or not, and stops answering for one taken out', async () => {
    await ensureHotels(db, { hotelsDir: group, now: T0 });
    const [mir, sie] = (await db.all<{ id: number }>('SELECT id FROM hotels ORDER BY code')).map((r) => r.id);
    write('sierra.json', { ...read('sierra.json'), name: 'Sierra Alta Boutique' });
    rmSync(join(group, 'miramar.json'));
    expect(await ensureHotels(db, { hotelsDir: group, now: T1 })).toEqual([sie]);
    expect(await db.all('SELECT id, name, serving FROM hotels ORDER BY id')).toEqual([
      { id: mir, name: 'Hotel Miramar', serving: 0 },
      { id: sie, name: 'Sierra Alta Boutique', serving: 1 },
    ]);
    // Without HOTELS_DIR the next start serves the same properties.
    expect(await ensureHotels(db, { now: T1 })).toEqual([sie]);
    expect(await servedHotelIds(db)).toEqual([sie]);
    // Miramar's history stays readable (staff), though it answers no number.
    const directory = await loadHotelDirectory(db);
    expect(directory.byId(mir!)?.info.name).toBe('Hotel Miramar');
    expect(directory.answering.map((h) => h.code)).toEqual(['SIE']);
  });

  it('gives a single hotel loaded before its code its code, keeping its id (and so its history)', async () => {
    const { code: _c, phoneNumbers: _p, ...withoutCode } = read('miramar.json');
    const first = await ensureHotel(db, { hotelFile: write('one.json', withoutCode), now: T0 });
    rmSync(join(group, 'one.json'));
    await ensureHotels(db, { hotelsDir: group, now: T1 });
    expect(await db.get('SELECT id, code FROM hotels WHERE name = ?', ['Hotel Miramar'])).toEqual({ id: first, code: 'MIR' });
  });

  describe('refuses a folder with any bad file, naming the file and the field, and loads none of it', () => {
    const cases: [string, (write: (name: string, data: unknown) => string) => string, string][] = [
      ['a bad field', (w) => w('zeta.json', { ...read('sierra.json'), code: 'ZET', phoneNumbers: ['+15557650300'], name: 'Z', currency: 'pesos' }), 'currency: must be an ISO 4217 currency code'],
      ['broken JSON', (w) => w('zeta.json', '{"name": '), 'invalid JSON at line 1'],
      ['no code', (w) => w('zeta.json', { ...read('sierra.json'), code: undefined, name: 'Z', phoneNumbers: ['+15557650300'] }), 'code: is required for every hotel of a group'],
      ['no number', (w) => w('zeta.json', { ...read('sierra.json'), code: 'ZET', name: 'Z', phoneNumbers: [] }), 'phoneNumbers: must list at least one number'],
      ['a code twice', (w) => w('zeta.json', { ...read('sierra.json'), name: 'Z', phoneNumbers: ['+15557650300'] }), 'code: "SIE" is already the code of'],
      ['a number twice', (w) => w('zeta.json', { ...read('sierra.json'), code: 'ZET', name: 'Z', phoneNumbers: ['+15557650300', MIRAMAR] }), 'phoneNumbers[1]: "+15557650100" is already the number of'],
      ['a name twice', (w) => w('zeta.json', { ...read('sierra.json'), code: 'ZET', phoneNumbers: ['+15557650300'] }), 'name: "Hotel Sierra Alta" is already the name of'],
      // A transfer to a desk that is a number guests dial would ring the IVR, not a person.
      ['a desk that is its own line', (w) => w('zeta.json', { ...read('sierra.json'), code: 'ZET', name: 'Z', phoneNumbers: ['+15557650300'], frontDesk: '+15557650300' }), 'frontDesk: is one of phoneNumbers, the numbers guests dial'],
      ["a desk that is another property's line", (w) => w('zeta.json', { ...read('sierra.json'), code: 'ZET', name: 'Z', phoneNumbers: ['+15557650300'], frontDesk: MIRAMAR }), 'frontDesk: "+15557650100" is a number guests dial for'],
    ];
    it.each(cases)('%s', async (_what, makeBad, problem) => {
      await ensureHotels(db, { hotelsDir: group, now: T0 });
      const before = await dump();
      const bad = makeBad(write);
      const error = await ensureHotels(db, { hotelsDir: group, now: T1 }).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(HotelFileError);
      expect((error as Error).message).toContain(`hotel file ${bad}: ${problem}`);
      expect(await dump()).toEqual(before);
    });

    it('an empty or missing folder', () => {
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      expect(() => readHotelsDir(empty)).toThrow(`hotel file ${empty}: has no *.json hotel files`);
      expect(() => readHotelsDir(join(dir, 'nowhere'))).toThrow('folder not found');
    });
  });

  /** Starts the server on the folder, returns its log lines once it answers, and stops it. */
  function startLog(databasePath: string): Promise<string[]> {
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd: REPO,
        env: { ...process.env, HOTELS_DIR: group, DATABASE_PATH: databasePath, PORT: '0', LOG_LEVEL: 'info', HOTEL_FILE: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Conserje is answering')) child.kill('SIGTERM');
      });
      const stop = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('error', fail);
      child.on('close', () => {
        clearTimeout(stop);
        done(out.split('\n').filter(Boolean));
      });
    });
  }

  it('npm start says which property stopped answering when its file is taken out of the folder', async () => {
    const databasePath = join(dir, 'conserje.db');
    expect((await startLog(databasePath)).some((line) => line.includes('no longer answers'))).toBe(false);
    rmSync(join(group, 'sierra.json'));
    const warning = (await startLog(databasePath)).map((line) => JSON.parse(line) as { level: number; msg: string }).find((entry) => entry.msg.includes('no longer answers'));
    expect(warning?.level).toBe(40);
    expect(warning?.msg).toBe(
      `Hotel Sierra Alta (SIE) no longer answers: it is not in HOTELS_DIR (${group}). Its calls and reservations stay for staff; calls to any number, its own included, now reach Hotel Miramar`,
    );
  }, 60_000);

  it('npm start refuses a bad folder before opening the database, naming file and field', () => {
    write('zeta.json', { ...read('sierra.json'), code: 'ZET', name: 'Z', phoneNumbers: [MIRAMAR] });
    const databasePath = join(dir, 'never', 'conserje.db');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: REPO,
      env: { ...process.env, HOTELS_DIR: group, DATABASE_PATH: databasePath, PORT: '0', LOG_LEVEL: 'silent', HOTEL_FILE: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`hotel file ${join(group, 'zeta.json')}: phoneNumbers[0]: "+15557650100" is already the number of`);
    expect(spawnSync('test', ['-e', databasePath]).status).toBe(1);
  });
});
