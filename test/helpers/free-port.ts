// A TCP port free on 127.0.0.1 right now, for a server a test starts in another process: the one
// the bench's server processes use (bench/lib/server-process.ts).

export { freePort } from '../../bench/lib/server-process.ts';
