// A CSV export downloaded the way a slow browser does: paused when its first part arrives while
// something else happens (an account disabled, a token revoked, a logout), then read to its end.
// What came (data rows, the header line not counted) and whether the response ended whole.

import { request as httpRequest } from 'node:http';

export interface PausedDownload {
  /** Data rows received (the header line not counted). */
  rows: number;
  /** False: the server cut the download off before its end. */
  complete: boolean;
}

/** GETs `path` on `baseUrl` with `headers`; `onFirstChunk` runs (and is awaited, the download paused) when its first part arrives. */
export function pausedDownload(baseUrl: string, path: string, headers: Record<string, string>, onFirstChunk: () => Promise<unknown>): Promise<PausedDownload> {
  return new Promise<PausedDownload>((resolve, reject) => {
    const req = httpRequest(new URL(path, baseUrl), { headers }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`export answered ${res.statusCode}`));
      let text = '';
      let first = true;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        if (!first) return;
        first = false;
        res.pause();
        onFirstChunk().then(() => res.resume(), reject);
      });
      res.on('error', () => {});
      res.on('close', () => resolve({ rows: text.split('\r\n').filter((l) => l !== '').length - 1, complete: res.complete }));
    });
    req.on('error', () => {});
    req.end();
  });
}
