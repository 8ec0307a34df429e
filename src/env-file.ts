// A `.env` file in the folder the server starts in: .env.example says "copy to .env", so an IT
// person who does and starts with `npm start` (or `npm run staff`, `npm run backup`) gets those
// settings, not the defaults beside a token they believe is set. The environment wins over the
// file, as with `node --env-file`: `PORT=4000 npm start` still means 4000.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * KEY=value lines, `#` comments, `export `, quoted values: read by Node's own parser, the one
 * `node --env-file` uses, so the file means what Node's documentation says. A byte-order mark
 * (Notepad writes one) is taken off first: Node's parser would make it part of the first key.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const [key, value] of Object.entries(parseEnv(text.replace(/^\uFEFF/, '')))) {
    if (value !== undefined) settings[key] = value;
  }
  return settings;
}

/**
 * Fills `env` from `.env` in `dir` for every key `env` does not already have. Returns the file's
 * path when one was read. No file is no error; one that cannot be read is (a setting silently
 * left at its default is what this is here to prevent).
 */
export function applyEnvFile(env: NodeJS.ProcessEnv, dir = process.cwd()): string | null {
  const path = resolve(dir, '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { cause: err });
  }
  for (const [key, value] of Object.entries(parseEnvFile(text))) {
    if (env[key] === undefined) env[key] = value;
  }
  return path;
}

/**
 * What every program does with `.env` at start (the server, `npm run call`, `staff`, `calls`,
 * `backup`, `migrate`, `load-hotel`), before it reads a setting:
 * read it, or, when it is there but cannot be read, say so and exit 1. Going on without it would
 * start a server on default settings (no token, another database) beside an operator who believes
 * the file is in force; stopping with one line, no stack, is the one behaviour for all of them.
 */
export function applyEnvFileOrExit(env: NodeJS.ProcessEnv, program: string, dir = process.cwd()): string | null {
  try {
    return applyEnvFile(env, dir);
  } catch (err) {
    console.error(`${program}: ${(err as Error).message}: fix it (or remove it) and start again`);
    process.exit(1);
  }
}
