// HOTELS_DIR: a hotel group's folder of hotel files, one property per `*.json`. Every file is
// validated as a single hotel file is, and then as a group: each needs a `code` and at least one
// of `phoneNumbers`, and no two properties share a code, a number or a name. Any problem throws a
// HotelFileError naming the file and the field, before anything is loaded.
//
// A hotel file may be a symbolic link: Kubernetes mounts a ConfigMap as `hotel.json ->
// ..data/hotel.json`, `..data` itself a link to a hidden folder of the current version. A link is
// read as the file it leads to, with every check any file has; one that leads nowhere, to a folder
// or round in a loop stops the start (it was skipped without a word, and its property never
// answered). Hidden entries (`..data`, `.x.json`) are never properties.

import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
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
      .filter((entry) => !entry.name.startsWith('.') && entry.name.endsWith('.json') && (entry.isFile() || linkToFile(entry, dir)))
      .map((entry) => entry.name)
      .sort();
  } catch (err) {
    if (err instanceof HotelFileError) throw err;
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

/**
 * Whether a `*.json` entry is a symbolic link to a regular file (then read as any file is). A link
 * that cannot be a hotel file throws, naming the link and where it leads: a property the operator
 * put in the folder must answer or stop the start, never be left out in silence.
 */
function linkToFile(entry: Dirent, dir: string): boolean {
  if (!entry.isSymbolicLink()) return false;
  const path = join(dir, entry.name);
  const refuse = (problem: string): never => {
    throw new HotelFileError([{ field: '', problem }], path);
  };
  let target: string;
  try {
    target = realpathSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refuse('is a symbolic link that leads round in a loop');
    if (code === 'ENOENT') return refuse('is a symbolic link to nothing (its target does not exist)');
    return refuse(`is a symbolic link that cannot be followed (${code})`);
  }
  const stats = statSync(target);
  if (stats.isDirectory()) return refuse(`is a symbolic link to a folder (${target}), not a hotel file`);
  if (!stats.isFile()) return refuse(`is a symbolic link to ${target}, which is not a regular file`);
  return true;
}
