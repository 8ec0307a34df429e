// `npm run bench -- --mode start` (issue 14): how long `npm start` takes to answer its first call,
// timed as an operator meets it: from spawning `npm start` to the first signed `POST /voice`
// answered with TwiML, on a fresh database each time (so each start also migrates it and loads
// the demo hotel). Several starts, and their median: one start says little on a shared machine.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Progress } from '../lib/progress.ts';
import { startServer } from '../lib/server-process.ts';
import { table } from '../lib/stats.ts';

export interface StartOptions {
  starts: number;
  /** What is started: default `npm start`. */
  command: string[];
  /** The checkout it is started in (default this one; e.g. a fresh clone). */
  dir: string;
}

export interface StartFigures {
  mode: 'start';
  machine: Record<string, string | number>;
  options: StartOptions;
  firstAnswerMs: number[];
  medianMs: number;
}

/** The goal of issue 14: the first call answered within 0.6 s of `npm start`. */
export const START_GOAL_MS = 600;

export async function runStart(options: StartOptions, machine: Record<string, string | number>): Promise<StartFigures> {
  const progress = new Progress();
  const firstAnswerMs: number[] = [];
  for (let i = 1; i <= options.starts; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'conserje-bench-start-'));
    try {
      const server = await startServer({ databasePath: join(dir, 'conserje.db'), command: options.command, cwd: options.dir });
      firstAnswerMs.push(server.firstAnswerMs);
      progress.note(`start ${i}/${options.starts}: first call answered ${server.firstAnswerMs.toFixed(0)} ms after \`${options.command.join(' ')}\``);
      await server.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const sorted = [...firstAnswerMs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { mode: 'start', machine, options, firstAnswerMs, medianMs };
}

export function formatStart(f: StartFigures): string {
  return [
    '',
    `\`${f.options.command.join(' ')}\` in ${f.options.dir} to the first answered call (a signed POST /voice), fresh database each time`,
    `machine: ${f.machine.cpus} × ${f.machine.cpuModel}, Node ${f.machine.node}, load average at start ${f.machine.loadAverage}`,
    '',
    table([['start', 'first answer'], ...f.firstAnswerMs.map((v, i) => [String(i + 1), `${v.toFixed(0)} ms`]), ['median', `${f.medianMs.toFixed(0)} ms`]]),
    '',
    `  ${f.medianMs <= START_GOAL_MS ? 'met   ' : 'MISSED'} first call answered within ${START_GOAL_MS} ms of start: median ${f.medianMs.toFixed(0)} ms`,
  ].join('\n');
}
