// HOTELS_DIR: a hotel group's folder of hotel files, one property per `*.json`. Every file is
// validated as a single hotel file is, and then as a group: each needs a `code` and at least one
// of `phoneNumbers`, and no two properties share a code, a number or a name. Any problem throws a
// HotelFileError naming the file and the field, before anything is loaded.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HotelFileError, readHotelFile } from './hotel-file.ts';
import type { HotelFile } from './hotel-file.ts';

export interface GroupHotelFile {
  path: string;
  file: HotelFile;
}

export function readHotelsDir(dir: string): GroupHotelFile[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => entry.name)
      .sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new HotelFileError([{ field: '', problem: code === 'ENOENT' ? 'folder not found' : `cannot be read (${code})` }], dir);
  }
  if (names.length === 0) throw new HotelFileError([{ field: '', problem: 'has no *.json hotel files' }], dir);

  const entries = names.map((name) => {
    const path = join(dir, name);
    return { path, file: readHotelFile(path) };
  });
  const owners = { code: new Map<string, string>(), number: new Map<string, string>(), name: new Map<string, string>() };
  for (const { path, file } of entries) {
    const problems = [];
    if (file.code === undefined) problems.push({ field: 'code', problem: 'is required for every hotel of a group (HOTELS_DIR)' });
    if (entries.length > 1 && (file.phoneNumbers ?? []).length === 0) {
      problems.push({ field: 'phoneNumbers', problem: 'must list at least one number: with several properties, calls are routed by the number dialled' });
    }
    const claim = (kind: keyof typeof owners, value: string, field: string) => {
      const owner = owners[kind].get(value);
      if (owner !== undefined) problems.push({ field, problem: `"${value}" is already the ${kind} of ${owner}` });
      else owners[kind].set(value, path);
    };
    if (file.code !== undefined) claim('code', file.code, 'code');
    claim('name', file.name, 'name');
    (file.phoneNumbers ?? []).forEach((number, index) => claim('number', number, `phoneNumbers[${index}]`));
    if (problems.length > 0) throw new HotelFileError(problems, path);
  }
  // A desk that is a number guests dial for another property would answer its own transfers with the IVR.
  for (const { path, file } of entries) {
    for (const field of ['frontDesk', 'groupDesk'] as const) {
      const owner = file[field] === undefined ? undefined : owners.number.get(file[field]);
      if (owner !== undefined) throw new HotelFileError([{ field, problem: `"${file[field]}" is a number guests dial for ${owner}: a transfer would ring the phone line, not a person` }], path);
    }
  }
  return entries;
}
