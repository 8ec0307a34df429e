// A TCP port free on 127.0.0.1 right now, for a server a test starts in another process.

import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await new Promise<number>((done) => probe.listen(0, '127.0.0.1', () => done((probe.address() as AddressInfo).port)));
  await new Promise((r) => probe.close(r));
  return port;
}
