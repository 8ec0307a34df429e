// A `.env` file in the folder the server starts in: .env.example says "copy to .env", so an IT
// person who does and starts with `npm start` (or `npm run staff`, `npm run backup`) gets those
// settings, not the defaults beside a token they believe is set. The environment wins over the
// file, as with `node --env-file`: `PORT=4000 npm start` still means 4000.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** KEY=value lines, `#` comments, blank lines, an optional `export `, values in '…' or "…". */
export function parseEnvFile(text: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    let value = match[2]!;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2]!;
    else value = value.replace(/\s+#.*$/, ''); // a comment after an unquoted value
    settings[match[1]!] = value;
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
