// A command-line entry point under scripts/ (or the server, src/server.ts), run as `npm run <name>`
// runs it (tsx), with what it printed and how it ended: for the tests of the terminal commands and
// of how the server starts.

import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Start from an empty environment (PATH kept) instead of this process's: none of the runner's settings leak in. */
  cleanEnv?: boolean;
  input?: string;
  cwd?: string;
  /** SIGTERM after this long: an entry point that wrongly keeps running (a server that started) ends, and its exit code shows it. */
  killAfterMs?: number;
}

/**
 * Runs scripts/`script` with `args`, the environment plus `env` (a setting given as undefined is
 * left out), and `input` on its standard input, in `cwd` (the project's folder unless given).
 */
export function runScript(script: string, args: string[], opts: RunOptions = {}): Promise<ScriptRun> {
  return runEntryPoint(join('scripts', script), args, opts);
}

/** As runScript, for any entry point by its path in the project (`src/server.ts`). */
export function runEntryPoint(path: string, args: string[], opts: RunOptions = {}): Promise<ScriptRun> {
  const env: NodeJS.ProcessEnv = { ...(opts.cleanEnv ? { PATH: process.env.PATH ?? '' } : process.env), ...opts.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return new Promise((done, fail) => {
    const child = spawn(TSX, [join(ROOT, path), ...args], {
      cwd: opts.cwd ?? ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stop = opts.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGTERM'), opts.killAfterMs);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(stop);
      done({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}
