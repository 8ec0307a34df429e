// The running server looks at HOTELS_DIR every few seconds for changed hotel files
// (src/hotel/hotel-changes.ts). The start refuses a FIFO or a link to /dev/zero named *.json, but
// the look read every file whole: a FIFO put in the folder later blocked the server for good, a
// link to /dev/zero read until memory ran out. Now the look reads a file only as the start does (a
// regular file of at most 1 MB). Run in a child process with a time limit, so that a look that
// blocks fails the test instead of hanging it.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DEMO = join(ROOT, 'src', 'hotel', 'demo-hotel.json');

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** hotelSourceText(dir) in a child process: its output, or null when it did not end within 20 s. */
function lookAt(folder: string): string | null {
  const script = `import { hotelSourceText } from ${JSON.stringify(join(ROOT, 'src', 'hotel', 'hotel-changes.ts'))};
process.stdout.write(hotelSourceText({ hotelsDir: ${JSON.stringify(folder)} }).length + ' ' + hotelSourceText({ hotelsDir: ${JSON.stringify(folder)} }).includes('(unreadable:'));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 1024 * 1024,
  });
  if (run.error || run.status !== 0) return null;
  return run.stdout;
}

describe('the running server\'s look for changed hotel files', () => {
  it('passes over a FIFO named *.json without blocking, and still sees the real file', () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-watch-'));
    copyFileSync(DEMO, join(dir, 'miramar.json'));
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const seen = lookAt(dir);
    expect(seen).not.toBeNull();
    const [length, unreadable] = seen!.split(' ');
    expect(Number(length)).toBeGreaterThan(1000);
    expect(unreadable).toBe('true');
  });

  it('does not read a link to /dev/zero, nor a file over 1 MB, whole', () => {
    dir = mkdtempSync(join(tmpdir(), 'conserje-watch-'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    writeFileSync(join(dir, 'huge.json'), 'x'.repeat(3 * 1024 * 1024));
    const seen = lookAt(dir);
    expect(seen).not.toBeNull();
    const [length, unreadable] = seen!.split(' ');
    expect(Number(length)).toBeLessThan(10_000);
    expect(unreadable).toBe('true');
  });
});
