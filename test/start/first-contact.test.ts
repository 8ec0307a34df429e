// First contact: what a newcomer sees at `/` and in the terminal after `npm start`.

import { PassThrough } from 'node:stream';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { logOutput } from '../../src/log-output.ts';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

describe('the front page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('says what the server is and leads to the staff console, without a login', async () => {
    const res = await request(t.baseUrl).get('/').expect(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('Hotel Miramar');
    expect(res.text).toContain('href="/staff"');
    expect(res.text).toContain('npm run staff -- add NAME --role admin');
    expect(res.text).toContain(`POST ${t.config.publicBaseUrl}/voice`);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  });
});

function capture(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream & PassThrough;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('the log at a terminal and elsewhere', () => {
  it('writes readable lines when stdout is a terminal, with caller numbers still masked', async () => {
    const out = capture(true);
    const destination = await logOutput(out.stream);
    expect(destination).toBeDefined();
    createLogger('info', destination).info({ from: '+12125550123' }, 'a call came in');
    const text = out.text();
    expect(text).toContain('INFO');
    expect(text).toContain('a call came in');
    expect(text).not.toContain('{"level"');
    expect(text).not.toContain('2125550123');
  });

  it('keeps one JSON object per line when stdout is not a terminal', async () => {
    expect(await logOutput(capture(false).stream)).toBeUndefined();
  });
});
