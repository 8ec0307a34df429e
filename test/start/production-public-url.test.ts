// NODE_ENV=production with the token set and PUBLIC_BASE_URL left empty (as .env.example ships it):
// signatures are then checked against http://localhost:$PORT, and every real call's webhook would
// be refused. The start says so, loudly; with the public URL set it says nothing of it.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../bench/lib/server-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'conserje-production-url-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The warnings a production start logged with PUBLIC_BASE_URL as given ('' for unset). */
async function warningsWith(publicBaseUrl: string, name: string): Promise<string[]> {
  const log = join(dir, `${name}.log`);
  const server = await startServer({ databasePath: join(dir, `${name}.db`), stdoutFile: log, logLevel: 'warn', readiness: 'healthz', env: { PUBLIC_BASE_URL: publicBaseUrl } });
  await server.stop();
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; msg: string })
    .filter((entry) => entry.level === 40)
    .map((entry) => entry.msg);
}

describe('a production start', () => {
  it('warns that every real call would be refused when PUBLIC_BASE_URL is left to its localhost default', async () => {
    const warnings = await warningsWith('', 'unset');
    expect(warnings.find((msg) => msg.includes('PUBLIC_BASE_URL is http://localhost:'))).toMatch(
      /every real call's webhook will be refused \(403\).*Set PUBLIC_BASE_URL to the URL Twilio calls/,
    );
  }, 60_000);

  it('says nothing of it with a public URL', async () => {
    expect((await warningsWith('https://hotel.example.com/conserje', 'public')).some((msg) => msg.includes('PUBLIC_BASE_URL is'))).toBe(false);
  }, 60_000);
});
