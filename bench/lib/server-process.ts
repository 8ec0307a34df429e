// The real server as a separate process (`node --import tsx src/server.ts`), as an operator runs
// it: for the benchmark and for the reliability tests that kill it or run two at once.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newCallSid, signRequest } from '../../src/softphone/twilio-params.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BENCH_AUTH_TOKEN = 'bench-auth-token-0123456789abcdef';
export const BENCH_PUBLIC_URL = 'https://conserje.example.com';
export const BENCH_HOTEL_NUMBER = '+15551230000';

export interface ServerOptions {
  databasePath: string;
  /** Default: a free port chosen here. */
  port?: number;
  hotelFile?: string;
  authToken?: string;
  publicBaseUrl?: string;
  logLevel?: string;
  /** Flags for node before the entry (e.g. --trace-gc, --max-semi-space-size=32). */
  nodeFlags?: string[];
  /** Where the process's stdout goes (a file path); default nowhere (the server logs JSON to it). */
  stdoutFile?: string;
  /** What node runs: default `--import tsx src/server.ts` (npm start); a built file instead, e.g. a bundle. */
  entry?: string[];
  /** Write a V8 CPU profile into this directory when the process exits (node --cpu-prof). */
  cpuProfileDir?: string;
  env?: Record<string, string>;
  /**
   * How the first answer is awaited: 'voice' posts a signed `POST /voice` for a probe call (and
   * ends it with a status callback) until it is answered; 'healthz' polls `GET /healthz`.
   */
  readiness?: 'voice' | 'healthz';
  /** Give up when nothing answers within this long (default 20 s). */
  startTimeoutMs?: number;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly port: number;
  readonly baseUrl: string;
  /** Milliseconds from spawn() to the first answered request (`POST /voice` or `/healthz`). */
  readonly firstAnswerMs: number;
  /** The probe call's CallSid when readiness was 'voice'. */
  readonly probeCallSid: string | null;
  /** VmRSS (now) and VmHWM (peak) of the server process, in bytes. */
  memory(): { rss: number; peakRss: number };
  /** CPU time the server process has used (user + system), in milliseconds. */
  cpuMs(): number;
  /** What the process wrote to stderr (the last 64 kB), for error messages. */
  stderr(): string;
  /** SIGTERM and wait for the exit (the server closes its database cleanly). */
  stop(): Promise<void>;
  /** SIGKILL and wait for the exit: a crash, as far as the database can tell. */
  kill(): Promise<void>;
  readonly exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const authToken = options.authToken ?? BENCH_AUTH_TOKEN;
  const publicBaseUrl = options.publicBaseUrl ?? BENCH_PUBLIC_URL;
  const baseUrl = `http://127.0.0.1:${port}`;
  const nodeArgs = [
    ...(options.nodeFlags ?? []),
    ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []),
    ...(options.entry ?? ['--import', 'tsx', 'src/server.ts']),
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_PATH: options.databasePath,
    PORT: String(port),
    TWILIO_AUTH_TOKEN: authToken,
    PUBLIC_BASE_URL: publicBaseUrl,
    TWILIO_PHONE_NUMBER: BENCH_HOTEL_NUMBER,
    LOG_LEVEL: options.logLevel ?? 'warn',
    ...options.env,
  };
  if (options.hotelFile) env.HOTEL_FILE = options.hotelFile;
  else delete env.HOTEL_FILE;

  const spawnedAt = performance.now();
  const stdout = options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore';
  const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env, stdio: ['ignore', stdout, 'pipe'] });
  if (typeof stdout === 'number') closeSync(stdout);
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-65_536);
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolveExit) => {
    child.once('exit', (code) => {
      exitCode = code;
      resolveExit(code);
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the server process');

  const deadline = spawnedAt + (options.startTimeoutMs ?? 20_000);
  let probeCallSid: string | null = null;
  let firstAnswerMs = 0;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the server exited (${exitCode}) before answering:\n${stderr}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within ${options.startTimeoutMs ?? 20_000} ms:\n${stderr}`);
    }
    try {
      if (options.readiness === 'healthz') {
        const res = await fetch(`${baseUrl}/healthz`);
        if (res.status === 200) {
          firstAnswerMs = performance.now() - spawnedAt;
          break;
        }
      } else {
        probeCallSid ??= newCallSid();
        const res = await postSigned(baseUrl, publicBaseUrl, authToken, '/voice', { CallSid: probeCallSid, From: '+12125550100', To: BENCH_HOTEL_NUMBER, CallStatus: 'ringing' });
        if (res.status === 200 && (await res.text()).includes('<Response>')) {
          firstAnswerMs = performance.now() - spawnedAt;
          await postSigned(baseUrl, publicBaseUrl, authToken, '/voice/status', { CallSid: probeCallSid, CallStatus: 'completed', CallDuration: '1' });
          break;
        }
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 2));
  }

  const stopWith = async (signal: NodeJS.Signals) => {
    if (exitCode === undefined) child.kill(signal);
    await exited;
  };
  return {
    child,
    pid,
    port,
    baseUrl,
    firstAnswerMs,
    probeCallSid,
    memory: () => processMemory(pid),
    cpuMs: () => processCpuMs(pid),
    stderr: () => stderr,
    stop: () => stopWith('SIGTERM'),
    kill: () => stopWith('SIGKILL'),
    exited,
  };
}

/** A signed form POST, as Twilio makes it. */
export async function postSigned(
  baseUrl: string,
  publicBaseUrl: string,
  authToken: string,
  pathAndQuery: string,
  params: Record<string, string>,
): Promise<Response> {
  return fetch(baseUrl + pathAndQuery, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Twilio-Signature': signRequest(authToken, publicBaseUrl + pathAndQuery, params),
    },
    body: new URLSearchParams(params).toString(),
  });
}

/** VmRSS and VmHWM from /proc (Linux), in bytes; zeros elsewhere. */
export function processMemory(pid: number): { rss: number; peakRss: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
  } catch {
    return { rss: 0, peakRss: 0 };
  }
}

/** utime + stime from /proc/<pid>/stat (Linux), in milliseconds; 0 elsewhere. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime (14) and stime (15)
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** sysconf(_SC_CLK_TCK): 100 on Linux on every architecture Node runs on. */
export const CLOCK_TICKS = 100;
