// A command-line entry point under scripts/, run as `npm run <name>` runs it (tsx), with what it
// printed and how it ended: for the tests of the terminal commands.

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

/**
 * Runs scripts/`script` with `args`, the environment plus `env` (a setting given as undefined is
 * left out), and `input` on its standard input, in `cwd` (the project's folder unless given).
 */
export function runScript(script: string, args: string[], opts: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): Promise<ScriptRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return new Promise((done, fail) => {
    const child = spawn(TSX, [join(ROOT, 'scripts', script), ...args], {
      cwd: opts.cwd ?? ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}
