// A hotel file that is a symbolic link, as Kubernetes mounts a ConfigMap (`miramar.json ->
// ..data/miramar.json`, `..data -> ..2026_12_07_10_00_00.123/`), with real links in a temp folder;
// and hotel files of absurd sizes (round 29).

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HotelFileError, parseHotelFile, readHotelFile } from '../../src/hotel/hotel-file.ts';
import { readHotelsDir } from '../../src/hotel/hotels-dir.ts';
import { DEMO_GROUP } from '../helpers/demo-group.ts';
import { runEntryPoint } from '../helpers/run-script.ts';

let dir: string;
let group: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-links-'));
  group = join(dir, 'hotels');
  mkdirSync(group);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The folder as a ConfigMap volume is: a hidden version folder, `..data` leading to it, a link per file. */
function configMapMount(): void {
  const version = join(group, '..2026_12_07_10_00_00.123');
  mkdirSync(version);
  cpSync(DEMO_GROUP, version, { recursive: true });
  symlinkSync('..2026_12_07_10_00_00.123', join(group, '..data'));
  symlinkSync('..data/miramar.json', join(group, 'miramar.json'));
  symlinkSync('..data/sierra.json', join(group, 'sierra.json'));
}

function codes(): (string | undefined)[] {
  return readHotelsDir(group).map((entry) => entry.file.code);
}

describe('HOTELS_DIR with symbolic links', () => {
  it('loads a ConfigMap mount: each link read as the file it leads to, the hidden folders not as hotels', () => {
    configMapMount();
    expect(codes()).toEqual(['MIR', 'SIE']);
  });

  it('checks a linked file as any file: an unknown key in it is refused, naming the link', () => {
    configMapMount();
    const target = join(group, '..data', 'sierra.json');
    writeFileSync(target, JSON.stringify({ ...JSON.parse(readFileSync(target, 'utf8')), maxNight: 3 }));
    expect(() => readHotelsDir(group)).toThrow(`hotel file ${join(group, 'sierra.json')}: maxNight: unknown key`);
  });

  it('never reads a hidden *.json as a property', () => {
    cpSync(DEMO_GROUP, group, { recursive: true });
    writeFileSync(join(group, '.sierra.json'), readFileSync(join(DEMO_GROUP, 'sierra.json')));
    expect(codes()).toEqual(['MIR', 'SIE']);
  });

  it.each([
    ['a link to nothing', () => symlinkSync('..data/gone.json', join(group, 'zeta.json')), 'is a symbolic link to nothing'],
    ['a link to a folder', () => symlinkSync('..data', join(group, 'zeta.json')), 'is a symbolic link to a folder'],
    [
      'a loop of links',
      () => {
        symlinkSync('zeta.json', join(group, 'omega.json'));
        symlinkSync('omega.json', join(group, 'zeta.json'));
      },
      'is a symbolic link that leads round in a loop',
    ],
    ['a link to a device', () => symlinkSync('/dev/zero', join(group, 'zeta.json')), 'is a symbolic link to /dev/zero, which is not a regular file'],
  ])('refuses %s, naming it (it was left out without a word)', (_what, make, problem) => {
    configMapMount();
    make();
    const error = (() => {
      try {
        readHotelsDir(group);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(HotelFileError);
    expect((error as Error).message).toMatch(new RegExp(`^hotel file ${group}/(zeta|omega)\\.json: ${problem}`));
    expect((error as Error).message.split('\n')).toHaveLength(1);
  });

  it('npm start stops on a dangling link with one line and exit 1, before opening the database', async () => {
    configMapMount();
    symlinkSync('..data/gone.json', join(group, 'zeta.json'));
    const databasePath = join(dir, 'never', 'conserje.db');
    const result = await runEntryPoint('src/server.ts', [], {
      env: { HOTELS_DIR: group, DATABASE_PATH: databasePath, PORT: '0', LOG_LEVEL: 'silent', HOTEL_FILE: '' },
      killAfterMs: 30_000,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`hotel file ${join(group, 'zeta.json')}: is a symbolic link to nothing (its target does not exist)`]);
    expect(existsSync(databasePath)).toBe(false);
  }, 60_000);
});

describe('hotel files of absurd sizes (round 29)', () => {
  const base = JSON.parse(readFileSync(join(DEMO_GROUP, 'sierra.json'), 'utf8')) as { roomTypes: Record<string, unknown>[] };
  const refusal = (data: unknown): string => {
    try {
      parseHotelFile(data, 'x.json');
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('accepted');
  };

  it('refuses 10,000 room types with a short error, not one line per room type', () => {
    const message = refusal({ ...base, roomTypes: Array.from({ length: 10_000 }, () => base.roomTypes[0]) });
    const lines = message.split('\n');
    expect(lines[0]).toBe('hotel file x.json: roomTypes: must list 1 to 9 room types (each is chosen with one key)');
    expect(lines.length).toBeLessThanOrEqual(21);
    expect(lines.at(-1)).toMatch(/^hotel file x\.json: … and \d+ more problems$/);
  });

  it('refuses a 1 MB name without repeating it, and a 1 MB unknown key by its first 40 characters', () => {
    expect(refusal({ ...base, name: 'x'.repeat(1_000_000) })).toBe('hotel file x.json: name: must be at most 80 characters');
    const key = 'k'.repeat(1_000_000);
    const message = refusal({ ...base, [key]: 1 });
    expect(message.length).toBeLessThan(300);
    expect(message).toContain(`${'k'.repeat(40)}… (1000000 characters)`);
  });

  it('refuses a file over 1 MB before reading it, and a path that is a device', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ ...base, name: 'x'.repeat(2_000_000) }));
    expect(() => readHotelFile(big)).toThrow(/^hotel file .*big\.json: is \d+ bytes; a hotel file is at most 1 MB$/);
    expect(() => readHotelFile('/dev/zero')).toThrow('hotel file /dev/zero: is not a regular file');
  });
});
