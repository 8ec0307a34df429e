/**
 * `npx tsx bench/compile-trace.ts` — is V8's compiling in the server warm-up or churn? (issue 14)
 *
 * Runs `npm run bench -- --mode calls` (40 callers, no think time: the compare bench's cpu phase)
 * with the server started under `--trace-opt --trace-deopt`, its stdout to a file, and reads that
 * trace against the load generator's progress lines (one every 5 s, each with the webhooks sent so
 * far): functions TurboFan optimized and deopts per 1,000 webhooks in each stretch of the run, the
 * compile time V8 reports per webhook, how much of it recompiles functions it had optimized before
 * (after a deopt: churn), and the functions recompiled most. The trace slows the server; compare
 * its counts between versions, not its CPU with the bench's. The compile times are the ones V8
 * prints, each compile's wall time on its thread: on a busy machine they grow, the counts do not.
 *
 *   npx tsx bench/compile-trace.ts                  # 3,000 calls
 *   npx tsx bench/compile-trace.ts --calls 6000 --top 20
 *   npx tsx bench/compile-trace.ts --node-flags=--max-inlined-bytecode-size-cumulative=230   # and other V8 flags
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/server-process.ts';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '3000' }, top: { type: 'string', default: '12' }, 'node-flags': { type: 'string', default: '' } } });
const dir = mkdtempSync(join(tmpdir(), 'conserje-compile-trace-'));
const trace = join(dir, 'server.out');

/** A progress line of the load generator: webhooks sent so far, and how far the server's trace had got then. */
interface Mark {
  webhooks: number;
  bytes: number;
}

const marks: Mark[] = [];
const bytesNow = (): number => {
  try {
    return statSync(trace).size;
  } catch {
    return 0;
  }
};
const bench = spawn(
  'npm',
  ['run', '-s', 'bench', '--', '--mode', 'calls', '--concurrency', '40', '--think-ms', '0', '--calls', values.calls!, '--server-stdout', trace, `--node-flags=--trace-opt --trace-deopt ${values['node-flags']}`],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
);
let summary = '';
bench.stdout.on('data', (chunk: Buffer) => (summary += chunk.toString()));
let partial = '';
bench.stderr.on('data', (chunk: Buffer) => {
  const lines = (partial + chunk.toString()).split('\n');
  partial = lines.pop()!;
  for (const line of lines) {
    const m = / (\d+) webhooks · /.exec(line);
    if (m) marks.push({ webhooks: Number(m[1]), bytes: bytesNow() });
  }
});
const code = await new Promise<number | null>((done) => bench.once('exit', done));
/** Stops with `why`, the trace's directory removed. */
function fail(why: string): never {
  rmSync(dir, { recursive: true, force: true });
  throw new Error(why);
}
if (code !== 0) {
  console.error(summary);
  fail(`the bench exited with ${code}`);
}
if (marks.length < 2) fail('the run was too short to see how compiling goes on (the bench prints progress every 5 s): give it more --calls');
const text = readFileSync(trace, 'latin1');
const COMPILED = /\[completed compiling 0x\w+ <JSFunction (.*?) \(sfi = (\w+)\)> \(target TURBOFAN\)(?: OSR)? - took ([\d.]+), ([\d.]+), ([\d.]+) ms/g;
const DEOPT = /\[bailout \(kind: ([\w-]+), reason: ([^)]*?)\): begin\. deoptimizing 0x\w+ <JSFunction (.*?) \(sfi/g;

/** Compiles and deopts in `[from, to)` of the trace; `seen` carries the functions compiled before. */
function stretch(from: number, to: number, seen: Set<string>) {
  const part = text.slice(from, to);
  let optimized = 0;
  let again = 0;
  let ms = 0;
  let msAgain = 0;
  for (const m of part.matchAll(COMPILED)) {
    const key = `${m[1]} ${m[2]}`;
    const took = Number(m[3]) + Number(m[4]) + Number(m[5]);
    optimized++;
    ms += took;
    if (seen.has(key)) {
      again++;
      msAgain += took;
      recompiled.set(key, (recompiled.get(key) ?? 0) + took);
    }
    seen.add(key);
  }
  const deopts = [...part.matchAll(DEOPT)];
  for (const d of deopts) reasons.set(d[2]!, (reasons.get(d[2]!) ?? 0) + 1);
  return { optimized, again, ms, msAgain, deopts: deopts.length };
}

const recompiled = new Map<string, number>();
const reasons = new Map<string, number>();
const seen = new Set<string>();
const per1000 = (n: number, webhooks: number) => ((n * 1000) / webhooks).toFixed(1).padStart(6);
console.log(`${values.calls} calls, 40 at a time, no think time; the server under --trace-opt --trace-deopt ${values['node-flags']}`);
console.log('webhooks         optimized/1,000  of them again  deopts/1,000  TurboFan µs/webhook (of it again)');
// The server's start (migrations, the first calls) is the stretch before the first progress line.
let previous: Mark = { webhooks: 0, bytes: 0 };
const totals = { optimized: 0, again: 0, ms: 0, msAgain: 0, deopts: 0, webhooks: 0 };
for (const mark of [...marks, { webhooks: marks.at(-1)?.webhooks ?? 0, bytes: text.length }]) {
  const s = stretch(previous.bytes, mark.bytes, seen);
  const n = mark.webhooks - previous.webhooks;
  if (n > 0) {
    console.log(
      `${`${previous.webhooks}–${mark.webhooks}`.padEnd(16)} ${per1000(s.optimized, n)}           ${per1000(s.again, n)}        ${per1000(s.deopts, n)}        ${((s.ms * 1000) / n).toFixed(0).padStart(5)} (${((s.msAgain * 1000) / n).toFixed(0)})`,
    );
  }
  if (previous.webhooks > 0) {
    for (const k of ['optimized', 'again', 'ms', 'msAgain', 'deopts'] as const) totals[k] += s[k];
    totals.webhooks += n;
  }
  previous = mark;
}
console.log(
  `after the first progress line: ${totals.optimized} compiles (${totals.again} of functions compiled before), ${totals.deopts} deopts, ` +
    `TurboFan ${((totals.ms * 1000) / totals.webhooks).toFixed(0)} µs a webhook, ${((100 * totals.msAgain) / totals.ms).toFixed(0)} % of it recompiling`,
);
const top = Number(values.top);
console.log('recompiled most (ms, the whole run):');
for (const [fn, ms] of [...recompiled].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms.toFixed(0).padStart(5)}  ${fn.replace(/ 0x\w+$/, '')}`);
console.log('deopts by reason (the whole run):');
for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${String(n).padStart(5)}  ${why}`);
const cpu = /server CPU per webhook\s+([\d.]+ ms)/.exec(summary);
if (cpu) console.log(`server CPU per webhook under the trace: ${cpu[1]}`);
rmSync(dir, { recursive: true, force: true });
