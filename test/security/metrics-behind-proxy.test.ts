// GET /metrics without METRICS_TOKEN answers a request made on this machine only. A reverse proxy
// on the same machine connects from loopback too: it must be told apart by what it adds or passes
// on, whichever of the usual set-ups it is, or the world reads the hotel's figures through it.

import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../helpers/app.ts';
import type { TestApp } from '../helpers/app.ts';

/** A GET with exactly these headers (fetch would not let a test set Host). */
function get(baseUrl: string, path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, headers, setHost: !('Host' in headers) }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('/metrics behind a reverse proxy on the same machine', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['nginx with proxy_set_header X-Real-IP only', { 'X-Real-IP': '203.0.113.9' }],
    ['a proxy sending RFC 7239 Forwarded', { Forwarded: 'for=203.0.113.9;proto=https' }],
    ['a proxy sending Via', { Via: '1.1 proxy' }],
    ['Cloudflare in front', { 'CF-Connecting-IP': '203.0.113.9' }],
    ['HAProxy by default (the public Host passed on, nothing added)', { Host: 'conserje.example.com' }],
    ['nginx with proxy_set_header Host $host', { Host: 'conserje.example.com:443' }],
  ])('refuses a request through %s', async (_setup, headers) => {
    expect(await get(t.baseUrl, '/metrics', headers)).toBe(403);
  });

  it('still answers a scrape made on this machine, by address or by name', async () => {
    const port = new URL(t.baseUrl).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost', `[::1]:${port}`]) {
      expect(await get(t.baseUrl, '/metrics', { Host: host }), host).toBe(200);
    }
  });
});
