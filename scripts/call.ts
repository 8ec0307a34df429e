/**
 * `npm run call` — a terminal softphone that plays Twilio's part against a running server
 * (or one it starts). The call logic lives in src/softphone/call-session.ts.
 *
 *   npm run call                                # interactive
 *   printf '1\n0412\n\n/hangup\n' | npm run call   # scripted
 *   npm run call -- --url https://hotel.example.com --public-url https://hotel.example.com/conserje --token …
 *                                               # through a proxy that serves it under /conserje
 *                                               # (docs/operations.md#behind-a-proxy-under-a-path)
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CallSession, TwilioWebhookError, gatherHint, interpretLine } from '../src/softphone/call-session.ts';
import { serverBaseUrl } from '../src/softphone/twilio-params.ts';
import type { DialCallStatus, Turn } from '../src/softphone/call-session.ts';
import { loadConfig } from '../src/config.ts';
import { applyEnvFileOrExit } from '../src/env-file.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The server's .env (its port, token, public URL): a softphone that signed without the token the
// server reads from .env would get 403 at every webhook. The environment still wins.
applyEnvFileOrExit(process.env, 'npm run call');
const USAGE = `usage: npm run call -- [--url URL] [--public-url URL] [--token TOKEN] [--from NUMBER] [--to NUMBER]
                     [--confidence 0.92] [--account ACxxx] [--server src/server.ts]`;

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT || 3000}` },
    'public-url': { type: 'string' },
    token: { type: 'string', default: process.env.TWILIO_AUTH_TOKEN },
    from: { type: 'string', default: '+12125550123' },
    to: { type: 'string', default: process.env.TWILIO_PHONE_NUMBER || '+15551230000' },
    confidence: { type: 'string', default: '0.92' },
    account: { type: 'string', default: process.env.TWILIO_ACCOUNT_SID },
    server: { type: 'string', default: 'src/server.ts' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const baseUrl = args.url.replace(/\/+$/, '');
const publicUrl = (args['public-url'] || process.env.PUBLIC_BASE_URL || defaultPublicUrl(baseUrl)).replace(/\/+$/, '');
// Where the public URL is reached: --url with PUBLIC_BASE_URL's path (https://hotel.example.com/conserje
// for --url https://hotel.example.com), unless --url names a path of its own.
const serverUrl = serverBaseUrl(baseUrl, publicUrl);
const confidence = Number(args.confidence);
if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) fail(`--confidence must be 0..1, got ${args.confidence}`);

const DESK_ANSWERS: Record<string, DialCallStatus> = {
  a: 'completed',
  n: 'no-answer',
  b: 'busy',
  f: 'failed',
};

const interactive = Boolean(process.stdin.isTTY);
let server: ChildProcess | undefined;
process.on('exit', () => server?.kill('SIGTERM'));
for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(1));

// --- input ------------------------------------------------------------------------------------
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
rl.on('SIGINT', () => rl.close()); // Ctrl-C hangs up, like Ctrl-D
const lines = rl[Symbol.asyncIterator]();

async function readLine(): Promise<string | null> {
  if (interactive) rl.prompt();
  const next = await lines.next();
  if (next.done) {
    if (interactive) process.stdout.write('\n'); // Ctrl-D leaves the cursor on the prompt
    return null;
  }
  if (!interactive) console.log(`> ${next.value}`);
  return next.value;
}

// --- main -------------------------------------------------------------------------------------
await ensureServer();
const session = new CallSession({
  baseUrl,
  publicBaseUrl: publicUrl,
  authToken: args.token || undefined,
  from: args.from,
  to: args.to,
  accountSid: args.account || undefined,
});
console.log(
  `[calling ${args.to} from ${args.from} at ${serverUrl}${publicUrl !== serverUrl ? ` (as ${publicUrl})` : ''}` +
    `${args.token ? ', signed' : ', unsigned'} — CallSid ${session.callSid}]`,
);

try {
  let turn = await session.start();
  for (;;) {
    show(turn);
    if (turn.waitingFor === 'ended') break;
    turn = await nextTurn(turn);
  }
  console.log('[call ended]');
  finish(0);
} catch (err) {
  if (err instanceof TwilioWebhookError) {
    console.log('IVR (Twilio): We are sorry, an application error has occurred. Goodbye.');
  }
  console.error(`[error: ${err instanceof Error ? err.message : String(err)}]`);
  if (err instanceof TwilioWebhookError && err.status === 403) {
    console.error(
      `[the server checks signatures over its PUBLIC_BASE_URL and TWILIO_AUTH_TOKEN; this call signed for ${publicUrl} ` +
        `${args.token ? 'with --token' : 'with no token'}: give the server's own with --public-url and --token]`,
    );
  }
  console.log('[call ended]');
  finish(1);
}

async function nextTurn(turn: Turn): Promise<Turn> {
  if (turn.waitingFor === 'input' && turn.gather) {
    console.log(gatherHint(turn.gather));
    const line = await readLine();
    if (line === null) return hangUp();
    const input = interpretLine(line, confidence);
    switch (input.kind) {
      case 'press':
        console.log(`[you press ${input.digits}]`);
        return session.press(input.digits);
      case 'say':
        console.log(`[you say "${input.text}" — confidence ${input.confidence}]`);
        return session.say(input.text, input.confidence);
      case 'silence':
        console.log('[you stay silent]');
        return session.silence();
      case 'hangup':
        return hangUp();
    }
  }
  if (turn.waitingFor === 'dial' && turn.dial) {
    const numbers = turn.dial.targets.map((t) => t.number).join(', ') || '(nobody)';
    console.log(`[ringing ${numbers} … up to ${turn.dial.timeout ?? 30} s]`);
    for (;;) {
      console.log('desk: (a)nswer, (n)o answer, (b)usy, (f)ailed?');
      const line = await readLine();
      if (line === null || line.trim() === '/hangup') return hangUp();
      const status = DESK_ANSWERS[line.trim().toLowerCase().charAt(0)];
      if (!status) continue;
      if (status === 'completed' && turn.dial.targets[0]?.url) {
        // The desk hears the whisper and presses 1 to take the call.
        const whisper = await session.whisper(0, '1');
        for (const said of whisper.said) console.log(`DESK HEARS: ${said.text}`);
        for (const note of whisper.notes) console.log(`[note: ${note}]`);
        console.log('[the desk presses 1]');
      }
      console.log(status === 'completed' ? '[the desk answers, talks with the guest, hangs up]' : `[dial: ${status}]`);
      return session.dialResult(status, status === 'completed' ? 45 : undefined);
    }
  }
  if (turn.waitingFor === 'record') {
    console.log('[recording — type what you say, empty line for silence]');
    const line = await readLine();
    if (line === null || line.trim() === '/hangup') return hangUp();
    if (line.trim() === '') return session.record({ silent: true });
    return session.record({ transcript: line.trim() });
  }
  throw new Error(`nothing to do while waiting for ${turn.waitingFor}`);
}

function hangUp(): Promise<Turn> {
  console.log('[you hang up]');
  return session.hangup();
}

function show(turn: Turn): void {
  for (const said of turn.said) console.log(`IVR: ${said.text}`);
  for (const url of turn.played) console.log(`[plays ${url}]`);
  for (const note of turn.notes) console.log(`[note: ${note}]`);
  if (turn.hungUp && turn.endReason !== 'caller-hangup') console.log(`[the IVR hung up (${turn.endReason})]`);
}

// --- server -----------------------------------------------------------------------------------
/**
 * What answers at the server's URL: `up` (/healthz 200), `unwell` (a server answers, but not 200:
 * its database away, say), or `none` (the connection refused: nothing listens there).
 */
async function serverAt(): Promise<{ state: 'up' | 'unwell' | 'none'; why?: string }> {
  try {
    const res = await fetch(`${serverUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
    const body = (await res.text()).slice(0, 200);
    return res.status === 200 ? { state: 'up' } : { state: 'unwell', why: `answers /healthz ${res.status} ${body}`.trim() };
  } catch (err) {
    const code = ((err as Error).cause as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND') return { state: 'none' };
    return { state: 'unwell', why: `does not answer /healthz (${code ?? (err as Error).name})` };
  }
}

async function healthy(): Promise<boolean> {
  return (await serverAt()).state === 'up';
}

async function ensureServer(): Promise<void> {
  const found = await serverAt();
  if (found.state === 'up') return;
  // A server is there, unwell (its PostgreSQL away): call it as Twilio would, and hear what a caller
  // hears. Starting another on its port could only fail, and said "nothing answers".
  if (found.state === 'unwell') {
    console.log(`[the server at ${serverUrl} ${found.why}; calling it all the same, as Twilio would]`);
    return;
  }
  const url = new URL(baseUrl);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    fail(`nothing answers at ${serverUrl}/healthz (and it is not local, so I cannot start it)`);
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const logPath = join(mkdtempSync(join(tmpdir(), 'conserje-call-')), 'server.log');
  const log = openSync(logPath, 'a');
  console.log(
    `[nothing answers at ${serverUrl}/healthz — starting the server: node --import tsx ${args.server} (PORT=${port}); its log: ${logPath}]`,
  );
  // The server checks what it is sent against the public URL and token this call signs with.
  const child = spawn(process.execPath, ['--import', 'tsx', args.server], {
    cwd: ROOT,
    env: { ...process.env, PORT: port, PUBLIC_BASE_URL: publicUrl, ...(args.token ? { TWILIO_AUTH_TOKEN: args.token } : {}) },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  server = child;
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = `exited (${signal ?? code})`;
    if (server === child) server = undefined;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) break;
    if (await healthy()) {
      console.log(`[server ready at ${serverUrl}]`);
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const tail = readFileSync(logPath, 'utf8').split('\n').slice(-20).join('\n');
  fail(`the server ${exited ?? 'did not answer /healthz within 30 s'}; last lines of ${logPath}:\n${tail}`);
}

function finish(code: number): never {
  rl.close();
  process.exit(code);
}

function fail(message: string): never {
  console.error(`[call: ${message}]`);
  process.exit(1);
}

/**
 * The URL to sign over when neither --public-url nor PUBLIC_BASE_URL says: for a server on this
 * machine, the one a server with no PUBLIC_BASE_URL checks signatures against (http://localhost:$PORT,
 * src/config.ts). Signing over the 127.0.0.1 of the default --url made every webhook a 403 for an
 * operator whose .env set TWILIO_AUTH_TOKEN and left PUBLIC_BASE_URL empty, as .env.example does.
 */
function defaultPublicUrl(base: string): string {
  const url = new URL(base);
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (!local || url.protocol !== 'http:' || url.pathname !== '/') return base;
  return loadConfig({ PORT: url.port || '80' }).publicBaseUrl;
}
