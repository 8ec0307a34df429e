// Staff logins from a chosen source address (a real one on 127/8, so the server's limits see
// each "client" as its own address), over plain HTTP: what the login limits count is the
// connection's address, which supertest cannot choose.

import http from 'node:http';
import type { TestApp } from './app.ts';

export interface SentAnswer {
  status: number;
  body: string;
  cookies: string[];
  retryAfter: string | undefined;
}

export interface LoginAnswer {
  status: number;
  body: string;
  retryAfter: string | undefined;
}

/** One request from `from`, on a connection of its own. */
export function sendFrom(t: TestApp, method: string, path: string, from: string, headers: Record<string, string>, body?: string): Promise<SentAnswer> {
  return new Promise<SentAnswer>((resolve, reject) => {
    const req = http.request(`${t.baseUrl}${path}`, { method, headers, localAddress: from, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          cookies: (res.headers['set-cookie'] as string[] | undefined) ?? [],
          retryAfter: res.headers['retry-after'] as string | undefined,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The login form from `from`, then its POST; headers optional. */
export async function loginFrom(t: TestApp, from: string, username: string, password: string, headers: Record<string, string> = {}): Promise<LoginAnswer> {
  const form = await sendFrom(t, 'GET', '/staff/login', from, {});
  const cookie = form.cookies.map((c) => c.split(';')[0]).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
  const body = new URLSearchParams({ _csrf: csrf, username, password }).toString();
  const res = await sendFrom(t, 'POST', '/staff/login', from, { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body);
  return { status: res.status, body: res.body, retryAfter: res.retryAfter };
}
