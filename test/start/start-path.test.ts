// What `npm start` runs (scripts/start.cjs → the built bundle, through its code cache): the express
// half of the app is loaded on the first request that needs it, stack traces still name the
// TypeScript sources though Node's source-map support is off at start, and a code cache that is
// missing, damaged or cannot be written only makes a start slower (issue 14: all for the start time).

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, bundleCommonJs, buildServer } from '../../scripts/build.ts';

const SCRIPTS = join(process.cwd(), 'scripts');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'conserje-start-path-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs CommonJS `code` in a node of its own (as scripts/start.cjs runs), its output. */
function runNode(code: string): string {
  const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`node exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

function writeThrower(name: string): string {
  const source = join(dir, `${name}.ts`);
  writeFileSync(source, ['// line 1', 'export function fail(): never {', "  throw new Error('thrown in the sources');", '}', 'fail();', ''].join('\n'));
  return source;
}

describe('stack traces of a built bundle', () => {
  it('name the TypeScript file and line an error was thrown at, the map read only then', () => {
    const source = writeThrower('thrower');
    // An ES module bundle, minified, with its map beside it.
    bundle(source, join(dir, 'thrower.mjs'));
    const script = `import { mapStackTraces } from ${JSON.stringify(join(SCRIPTS, 'mapped-stacks.cjs'))};
      mapStackTraces(${JSON.stringify(dir)});
      try { await import(${JSON.stringify(join(dir, 'thrower.mjs'))}); } catch (err) { console.log(err.stack); }`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stdout).toContain('Error: thrown in the sources');
    expect(run.stdout).toMatch(new RegExp(`at fail \\(${escapeRegExp(source)}:3:9\\)`));
  });

  it('name the TypeScript file and line in the CommonJS bundle run from its code cache, as the server is', () => {
    const source = writeThrower('cjs-thrower');
    const built = join(dir, 'cjs-thrower.cjs');
    bundleCommonJs(source, built);
    const stdout = runNode(`require(${JSON.stringify(join(SCRIPTS, 'mapped-stacks.cjs'))}).mapStackTraces(${JSON.stringify(dir)});
      const { runWithCodeCache } = require(${JSON.stringify(join(SCRIPTS, 'code-cache.cjs'))});
      try { runWithCodeCache(${JSON.stringify(built)}); } catch (err) { console.log(err.stack); }`);
    expect(stdout).toContain('Error: thrown in the sources');
    expect(stdout).toMatch(new RegExp(`at fail \\(${escapeRegExp(source)}:3:9\\)`));
  });
});

describe('the CommonJS bundle', () => {
  it('is ASCII, means what the sources mean, and maps to the sources’ lines and columns', () => {
    const source = join(dir, 'beyond-ascii.ts');
    // Characters beyond ASCII where esbuild keeps them: regular expressions (with and without the
    // u flag, one escaped with a backslash, one outside the BMP) and a tagged template's text.
    writeFileSync(
      source,
      [
        'const tag = (strings: TemplateStringsArray, ...values: unknown[]) => strings.reduce((out, text, i) => out + String(values[i - 1]) + text);',
        "const seen = [/[’ʼ]/.test('l’eau'), /^[¡¿]+/u.test('¡¿'), /\\’/.test('’'), /😀/u.test('a😀'), tag`a·${1}·b`, '·é😀'];",
        'console.log(JSON.stringify(seen));',
        "export function fail(): never { if (/[’ʼ]/.test('’')) throw new Error('thrown after “quotes”'); throw new Error('not reached'); }",
        'fail();',
        '',
      ].join('\n'),
    );
    const built = join(dir, 'beyond-ascii.cjs');
    bundleCommonJs(source, built);
    expect(readFileSync(built).every((byte) => byte < 0x80)).toBe(true);
    const stdout = runNode(`require(${JSON.stringify(join(SCRIPTS, 'mapped-stacks.cjs'))}).mapStackTraces(${JSON.stringify(dir)});
      try { require(${JSON.stringify(join(SCRIPTS, 'code-cache.cjs'))}).runWithCodeCache(${JSON.stringify(built)}); } catch (err) { console.log(err.stack); }`);
    const [seen, ...stack] = stdout.split('\n');
    expect(JSON.parse(seen!)).toEqual([true, true, true, true, 'a·1·b', '·é😀']);
    expect(stack[0]).toBe('Error: thrown after “quotes”');
    // Line 4, the column of `new Error` in the sources, after three characters beyond ASCII.
    expect(stack[1]).toMatch(new RegExp(`at fail \\(${escapeRegExp(source)}:4:61\\)`));
  });
});

describe('the code cache', () => {
  /** A small bundle built as the server is; running it prints what it computed. */
  function buildModule(name: string, value: number): string {
    const source = join(dir, `${name}.ts`);
    writeFileSync(source, `export const value = [${value}, 2, 3].map((n) => n * 2).join(' ');\nconsole.log('ran', value);\n`);
    const built = join(dir, `${name}.cjs`);
    bundleCommonJs(source, built);
    return built;
  }
  /** What runWithCodeCache found, what the bundle printed, and whether refresh() wrote a cache. */
  const start = (built: string) =>
    runNode(`const loaded = require(${JSON.stringify(join(SCRIPTS, 'code-cache.cjs'))}).runWithCodeCache(${JSON.stringify(built)});
      console.log('cache', loaded.cache, 'refreshed', loaded.refresh());`).trim();

  it('is the build’s at first, then one made after a run, written once', () => {
    const built = buildModule('cached', 1);
    expect(start(built)).toBe('ran 2 4 6\ncache build refreshed true');
    expect(start(built)).toBe('ran 2 4 6\ncache after-start refreshed false');
    expect(start(built)).toBe('ran 2 4 6\ncache after-start refreshed false');
  });

  it('of another bundle, or one V8 will not take, only means compiling from the source, and is replaced', () => {
    const built = buildModule('replaced', 5);
    const other = buildModule('other', 7);
    // The cache of another build of the same length (the kind of file V8's own check lets through).
    writeFileSync(`${built}.cache`, readFileSync(`${other}.cache`));
    expect(start(built)).toBe('ran 10 4 6\ncache other-bundle refreshed true');
    expect(start(built)).toBe('ran 10 4 6\ncache after-start refreshed false');
    // This bundle's hash, then bytes that are no V8 cache at all.
    const hash = createHash('sha1').update(readFileSync(built)).digest();
    writeFileSync(`${built}.cache`, Buffer.concat([hash, Buffer.from([1]), Buffer.alloc(4096, 7)]));
    expect(start(built)).toBe('ran 10 4 6\ncache rejected refreshed true');
    expect(start(built)).toBe('ran 10 4 6\ncache after-start refreshed false');
  });

  it('that cannot be read or written (a read-only install) does not stop the bundle', () => {
    const built = buildModule('unwritable', 3);
    // A directory where the cache file would be: unreadable as a file, and nothing can be renamed onto it.
    rmSync(`${built}.cache`);
    mkdirSync(`${built}.cache`);
    expect(start(built)).toBe('ran 6 4 6\ncache none refreshed false');
    expect(start(built)).toBe('ran 6 4 6\ncache none refreshed false');
  });
});

describe('the server npm start runs', () => {
  /** `node scripts/start.cjs` on a fresh database; resolves once it listens, on the port it says. */
  async function startCjs(name: string) {
    // Port 0, the port read from the server's own "answering" line: a port chosen here and let go
    // could be taken by another test's server while this one rebuilds for seconds, and a connect
    // would then reach that server (which went away before the test's request: ECONNREFUSED).
    const child = spawn(process.execPath, ['scripts/start.cjs'], {
      env: { ...process.env, PORT: '0', DATABASE_PATH: join(dir, `${name}.db`), TWILIO_AUTH_TOKEN: '', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Only the log's first lines are read (the answering line is among them): the requests of the
    // test are the first the server sees.
    const port = await new Promise<number>((resolve, reject) => {
      let stdout = '';
      const listening = (chunk: Buffer) => {
        stdout += chunk.toString();
        const said = /"port":(\d+),.*Conserje is answering/.exec(stdout);
        if (!said) return;
        child.stdout!.off('data', listening);
        child.stdout!.resume();
        resolve(Number(said[1]));
      };
      child.stdout!.on('data', listening);
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it answered: ${stderr}`)));
    });
    return { base: `http://127.0.0.1:${port}`, child, stderr: () => stderr };
  }
  const call = () => new URLSearchParams({ CallSid: `CA${'0123456789abcdef'.repeat(2)}`, From: '+15551112222', To: '+15551230000' });

  it('answers the staff console and /healthz from its first requests, sent together with a call', async () => {
    buildServer();
    const { base, child } = await startCjs('together');
    try {
      const [voice, health, staff, home] = await Promise.all([
        fetch(`${base}/voice`, { method: 'POST', body: call() }),
        fetch(`${base}/healthz`),
        fetch(`${base}/staff`, { redirect: 'manual' }),
        fetch(`${base}/`),
      ]);
      expect(voice.status).toBe(200);
      expect(await voice.text()).toContain('<Gather');
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true });
      // Not logged in: sent to the login page, as ever.
      expect([302, 303]).toContain(staff.status);
      expect(home.status).toBe(200);
    } finally {
      child.kill();
    }
  }, 60_000);

  it('rebuilds a build older than its sources before it starts, and says so; runs an up-to-date one as it is', async () => {
    const built = buildServer();
    // As if a source had been edited after the build.
    utimesSync(built, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const stale = await startCjs('stale');
    try {
      const voice = await fetch(`${stale.base}/voice`, { method: 'POST', body: call() });
      expect(await voice.text()).toContain('<Gather');
      expect(stale.stderr()).toMatch(/conserje: building the server first \(.+ changed\)/);
      expect(statSync(built).mtimeMs).toBeGreaterThan(new Date(2021, 0, 1).getTime());
    } finally {
      stale.child.kill();
    }
    const fresh = await startCjs('fresh');
    try {
      expect((await fetch(`${fresh.base}/voice`, { method: 'POST', body: call() })).status).toBe(200);
      expect(fresh.stderr()).not.toContain('building the server');
    } finally {
      fresh.child.kill();
    }
  }, 60_000);

  it('starts with a damaged code cache, and writes a good one once it has answered', async () => {
    const built = buildServer();
    const hash = createHash('sha1').update(readFileSync(built)).digest();
    writeFileSync(`${built}.cache`, Buffer.concat([hash, Buffer.from([0]), Buffer.alloc(4096, 7)]));
    const { base, child } = await startCjs('damaged');
    try {
      const voice = await fetch(`${base}/voice`, { method: 'POST', body: call() });
      expect(await voice.text()).toContain('<Gather');
      // This bundle's hash, made after a start (1), then V8's data.
      for (let tries = 0; readFileSync(`${built}.cache`)[20] !== 1; tries++) {
        if (tries > 250) throw new Error('the code cache was not rewritten');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const cache = readFileSync(`${built}.cache`);
      expect(cache.subarray(0, 20).equals(hash)).toBe(true);
      expect(cache.length).toBeGreaterThan(100_000);
    } finally {
      child.kill();
    }
  }, 60_000);
});
