import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allocationBreakdown, allocSampler } from '../../bench/lib/alloc-profile.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'conserje-alloc-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const frame = (functionName: string, url: string, selfSize: number, children: object[] = []) => ({
  callFrame: { functionName, url, lineNumber: 0, columnNumber: 0, scriptId: '0' },
  selfSize,
  children,
});

describe('allocationBreakdown', () => {
  it('counts a built-in with the nearest frame above it that belongs to a component', () => {
    const file = join(tempDir(), 'p.heapprofile');
    const xstate = '/app/node_modules/xstate/dist/raise.esm.js';
    const profile = {
      head: frame('(root)', '', 0, [
        frame('macrostep', xstate, 100, [frame('Set', '', 1_000), frame('assign', '', 400)]),
        frame('parserOnIncoming', 'node:_http_server', 500, [frame('split', '', 50)]),
        frame('(V8 API)', '', 30),
      ]),
    };
    writeFileSync(file, JSON.stringify(profile));
    const b = allocationBreakdown(file);
    expect(b.totalBytes).toBe(2_080);
    expect(b.byComponent.XState).toBe(1_500);
    expect(b.byComponent['Node HTTP, sockets, writev']).toBe(550);
    expect(b.byComponent.other).toBe(30);
    expect(b.topFunctions[0]).toEqual({ fn: 'Set', bytes: 1_000 });
  });

  it('reads the profile the sampler writes when a server is signalled twice', () => {
    const file = join(tempDir(), 'server.heapprofile');
    const { nodeFlags, env } = allocSampler(file);
    // A process that allocates between the two signals, as a server does between the bench's.
    const script = `
      process.kill(process.pid, 'SIGUSR2');
      setTimeout(() => {
        let kept = 0;
        for (let i = 0; i < 200000; i++) kept += [i, String(i)].length;
        process.kill(process.pid, 'SIGUSR2');
        setTimeout(() => process.exit(kept > 0 ? 0 : 1), 50);
      }, 50);`;
    const run = spawnSync(process.execPath, [...nodeFlags, '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const b = allocationBreakdown(file);
    // 200,000 two-element arrays and as many strings: megabytes, all of them freed by now.
    expect(b.totalBytes).toBeGreaterThan(2_000_000);
  });
});
