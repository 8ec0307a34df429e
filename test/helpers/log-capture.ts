// A logger writing to memory, as the server writes its log (masked, JSON lines): for tests that
// read what was logged.

import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger.ts';
import type { Logger } from '../../src/logger.ts';

export function captureLog(level = 'debug'): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger(level, sink) };
}
